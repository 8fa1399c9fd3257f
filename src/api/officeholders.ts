/**
 * "Who holds what", in one call: the holds relations of a graph with the names resolved, one row per
 * person and post (a Popolo Membership, a Wikidata P39 statement with its qualifiers).
 */
import * as z from "zod";
import { HoldingStatus, Span, type EntityGraph } from "../schema/graph";

export const Officeholding = z.object({
  person: z.string().describe("The person's name"),
  personId: z.string(),
  position: z.string().describe("The post's name (the title with its organization, without status words)"),
  positionId: z.string(),
  organization: z.string().optional().describe("The post's organization"),
  organizationId: z.string().optional(),
  status: HoldingStatus,
  term: z.string().optional().describe("Term of office (P2937)"),
  start: z.string().optional().describe("Start (P580), ISO 8601"),
  end: z.string().optional().describe("End (P582), ISO 8601"),
  evidence: z.array(Span).describe("Every stretch of text that states it"),
});
export type Officeholding = z.infer<typeof Officeholding>;

/** The holds relations of `graph` as rows with names, in the order the text first states them. */
export function officeholders(graph: EntityGraph): Officeholding[] {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const orgOf = new Map<string, string>();
  for (const r of graph.relations) if (r.type === "of" && !orgOf.has(r.from)) orgOf.set(r.from, r.to);
  const rows: Officeholding[] = [];
  for (const r of graph.relations) {
    if (r.type !== "holds") continue;
    const person = byId.get(r.from);
    const post = byId.get(r.to);
    if (!person || !post || post.type !== "position") continue;
    const orgId = post.organization ?? orgOf.get(post.id);
    const org = orgId ? byId.get(orgId) : undefined;
    rows.push({
      person: person.name,
      personId: person.id,
      position: post.name,
      positionId: post.id,
      ...(org ? { organization: org.name, organizationId: org.id } : {}),
      status: r.status ?? "unknown",
      ...(r.term ? { term: r.term } : {}),
      ...(r.start ? { start: r.start } : {}),
      ...(r.end ? { end: r.end } : {}),
      evidence: r.evidences.length ? r.evidences : [r.evidence],
    });
  }
  return rows.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
