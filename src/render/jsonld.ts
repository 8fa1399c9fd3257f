/**
 * toJsonLd: the graph's people, organizations and posts in the W3C Organization Ontology (ORG),
 * with schema.org and FOAF types beside it so either kind of consumer reads them:
 *   person   foaf:Person, schema:Person   (org:holds → the posts)
 *   org      org:Organization, schema:Organization
 *   post     org:Post (org:postIn → org, org:role → role)
 *   role     org:Role (the post's title without its organization: "Bộ trưởng")
 *   holds    org:Membership (org:member, org:organization, org:role, org:memberDuring as a
 *            time:Interval of time:Instants, and veg:post, veg:status, veg:term, veg:evidence)
 * The context is inline: expanding the document needs no network.
 */
import * as z from "zod";
import type { Entity } from "../schema/graph";
import { calendarDate, holdings, postOrganizations, entityIndex, roleName, type CalendarDate, type RenderableGraph } from "./model";

/** This library's own terms (status, term, evidence …), for which ORG has none. */
export const VOCABULARY = "urn:vn-entity-graph:vocab#";

export const JSONLD_CONTEXT = {
  org: "http://www.w3.org/ns/org#",
  foaf: "http://xmlns.com/foaf/0.1/",
  schema: "https://schema.org/",
  skos: "http://www.w3.org/2004/02/skos/core#",
  time: "http://www.w3.org/2006/time#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  veg: VOCABULARY,
} as const;

export const JsonLdOptions = z.strictObject({
  base: z
    .string()
    .regex(/^(?:_:|[A-Za-z][A-Za-z0-9+.-]*:\S*)$/, 'expected "_:" (blank nodes) or an absolute IRI prefix such as https://example.org/doc/1#')
    .optional()
    .describe('Prefix of every node id: "_:" (the default) makes blank nodes, an IRI makes ids others can link to'),
});
export type JsonLdOptions = z.input<typeof JsonLdOptions>;

type Node = Record<string, unknown>;

// The time:Instant property and XSD datatype of each precision (OWL-Time 2017).
const INSTANT: Record<CalendarDate["precision"], [string, string]> = {
  year: ["time:inXSDgYear", "xsd:gYear"],
  month: ["time:inXSDgYearMonth", "xsd:gYearMonth"],
  day: ["time:inXSDDate", "xsd:date"],
  datetime: ["time:inXSDDateTime", "xsd:dateTime"],
};

function instant(d: CalendarDate | undefined): Node | undefined {
  if (!d) return undefined;
  const [property, datatype] = INSTANT[d.precision];
  return { "@type": "time:Instant", [property]: { "@value": d.iso, "@type": datatype } };
}

/** skos:prefLabel in Vietnamese, and in English where the entity has a gloss. */
function labels(e: Entity): Node {
  const gloss = e.type === "position" || e.type === "organization" ? e.gloss : undefined;
  return { "skos:prefLabel": [{ "@value": e.name, "@language": "vi" }, ...(gloss ? [{ "@value": gloss, "@language": "en" }] : [])] };
}

const ref = (id: string): Node => ({ "@id": id });

export function toJsonLd(graph: RenderableGraph, options: JsonLdOptions = {}): Record<string, unknown> {
  const base = JsonLdOptions.parse(options).base ?? "_:";
  const id = (e: Entity) => `${base}${e.id}`;
  const byId = entityIndex(graph);
  const orgOf = postOrganizations(graph, byId);
  const held = holdings(graph);
  const nodes: Node[] = [];

  const postsOf = new Map<string, string[]>();
  for (const h of held) postsOf.set(h.person.id, [...(postsOf.get(h.person.id) ?? []), id(h.position)]);
  const roles = new Map<string, string>(); // role name → node id
  const roleOf = (position: Entity): string => {
    const name = roleName(position, orgOf.get(position.id));
    let rid = roles.get(name);
    if (rid === undefined) {
      rid = `${base}role${roles.size + 1}`;
      roles.set(name, rid);
      nodes.push({ "@id": rid, "@type": "org:Role", "skos:prefLabel": { "@value": name, "@language": "vi" } });
    }
    return rid;
  };

  for (const e of graph.entities) {
    if (e.type === "person") {
      const posts = [...new Set(postsOf.get(e.id) ?? [])];
      nodes.push({
        "@id": id(e),
        "@type": ["foaf:Person", "schema:Person"],
        "foaf:name": e.name,
        "schema:name": e.name,
        ...(e.surname ? { "schema:familyName": e.surname } : {}),
        ...(e.aliases?.length ? { "schema:alternateName": e.aliases } : {}),
        ...(posts.length ? { "org:holds": posts.map(ref) } : {}),
      });
    } else if (e.type === "organization") {
      const alt = [...new Set([...e.abbreviations, ...(e.aliases ?? [])])];
      nodes.push({
        "@id": id(e),
        "@type": ["org:Organization", "schema:Organization"],
        "schema:name": e.name,
        ...labels(e),
        ...(alt.length ? { "skos:altLabel": alt } : {}),
        ...(e.kind ? { "veg:kind": e.kind } : {}),
      });
    } else if (e.type === "position") {
      const org = orgOf.get(e.id);
      nodes.push({ "@id": id(e), "@type": "org:Post", ...labels(e), ...(org ? { "org:postIn": ref(id(org)) } : {}), "org:role": ref(roleOf(e)) });
    }
  }

  held.forEach((h, i) => {
    const begin = instant(calendarDate(h.start, "start"));
    const end = instant(calendarDate(h.end, "end"));
    nodes.push({
      "@id": `${base}mem${i + 1}`,
      "@type": "org:Membership",
      "org:member": ref(id(h.person)),
      ...(h.organization ? { "org:organization": ref(id(h.organization)) } : {}),
      "org:role": ref(roleOf(h.position)),
      "veg:post": ref(id(h.position)),
      ...(begin || end ? { "org:memberDuring": { "@type": "time:Interval", ...(begin ? { "time:hasBeginning": begin } : {}), ...(end ? { "time:hasEnd": end } : {}) } } : {}),
      ...(h.status ? { "veg:status": h.status } : {}),
      ...(h.term ? { "veg:term": h.term } : {}),
      ...(h.evidences.length ? { "veg:evidence": h.evidences.map((s) => ({ "veg:text": s.text, "veg:start": s.start, "veg:end": s.end })) } : {}),
    });
  });
  return { "@context": JSONLD_CONTEXT, "@graph": nodes };
}
