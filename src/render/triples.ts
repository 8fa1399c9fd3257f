/**
 * toTriples: the relations as (subject, predicate, object) name triples, the form relation-extraction
 * data sets and simple knowledge-graph loaders take: [person, "holds", post], [post, "of", organization].
 * Each triple once. (For RDF, expand toJsonLd's output with any JSON-LD processor.)
 */
import { entityIndex, type RenderableGraph } from "./model";

export type Triple = [subject: string, predicate: "holds" | "of", object: string];

export function toTriples(graph: RenderableGraph): Triple[] {
  const byId = entityIndex(graph);
  const seen = new Set<string>();
  const out: Triple[] = [];
  for (const r of graph.relations) {
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    if (!from || !to || (r.type !== "holds" && r.type !== "of")) continue;
    const triple: Triple = [from.name, r.type, to.name];
    const key = JSON.stringify(triple);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(triple);
  }
  return out;
}
