import { describe, expect, it } from "vitest";
import { extract, type EntityGraph } from "../src/index";

/** The mention texts of one type, in text order. */
export function mentions(text: string, type: string, options = {}): string[] {
  return extract(text, options)
    .mentions.filter((m) => m.type === type)
    .map((m) => m.text);
}

/** "person | position" pairs of the holds relations. */
export function holds(text: string, options = {}): string[] {
  const g = extract(text, options);
  return holdsOf(g);
}

export function holdsOf(g: EntityGraph): string[] {
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  return g.relations.filter((r) => r.type === "holds").map((r) => `${name(r.from)} | ${name(r.to)}`);
}

/** "position | organization" pairs of the of relations. */
export function ofs(text: string, options = {}): string[] {
  const g = extract(text, options);
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  return g.relations.filter((r) => r.type === "of").map((r) => `${name(r.from)} | ${name(r.to)}`);
}

/**
 * The holds ("person | post", with a status other than current or unknown), of ("post | body") and events ("type: person |
 * post") of a text, each sorted: the world and business tables of test/link read graphs so.
 */
export function edges(text: string) {
  const g = extract(text, { referenceDate: "2025-06-01" });
  const name = (id?: string) => g.entities.find((e) => e.id === id)?.name ?? "";
  return {
    holds: g.relations.filter((r) => r.type === "holds").map((r) => `${name(r.from)} | ${name(r.to)}${r.status && r.status !== "unknown" && r.status !== "current" ? ` | ${r.status}` : ""}`).sort(),
    of: g.relations.filter((r) => r.type === "of").map((r) => `${name(r.from)} | ${name(r.to)}`).sort(),
    events: g.events.map((e) => `${e.type}: ${name(e.person)} | ${name(e.position)}`).sort(),
  };
}

export type EdgeRow = [text: string, holds: string[], of: string[], events: string[]];

/** A table of rows that give a text's holds, of and events (any order): edges(text) must be exactly these. */
export function edgeTable(title: string, rows: EdgeRow[]): void {
  describe(title, () => {
    it.each(rows)("%s", (text, holds, of, events) => expect(edges(text)).toEqual({ holds: [...holds].sort(), of: [...of].sort(), events: [...events].sort() }));
  });
}

/**
 * The holds relations of a text with their qualifiers ("person > post [status term start end]") and its events ("type:
 * person | post by authority on date"), in the graph's order: the domestic personnel tables of test/link read graphs so.
 */
export function personnelGraph(text: string, referenceDate = "2025-08-15") {
  const g = extract(text, { referenceDate });
  const ent = (id: string | undefined) => g.entities.find((e) => e.id === id);
  const name = (id: string | undefined) => ent(id)?.name;
  const holds = g.relations.flatMap((r) => {
    if (r.type !== "holds") return [];
    const q = [r.status && r.status !== "unknown" ? r.status : "", r.term ? `term ${r.term}` : "", r.start ? `start ${r.start}` : "", r.end ? `end ${r.end}` : ""].filter(Boolean).join(" ");
    return [`${name(r.from)} > ${name(r.to)}${q ? ` [${q}]` : ""}`];
  });
  const events = g.events.map((e) => {
    const d = ent(e.date);
    return [`${e.type}: ${name(e.person)} | ${name(e.position)}`, e.authority && `by ${name(e.authority)}`, d?.type === "date" && `on ${d.value}`].filter(Boolean).join(" ");
  });
  return { holds, events };
}

/** "person | post | body | status" of every holds relation, sorted (reference date 2024-06-01; "-" for none). */
export function holdingsWithBodies(text: string): string[] {
  const g = extract(text, { referenceDate: "2024-06-01" });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name ?? "-";
  const bodyOf = (post: string) => name(g.relations.find((r) => r.type === "of" && r.from === post)?.to);
  return g.relations
    .filter((r) => r.type === "holds")
    .map((r) => `${name(r.from)} | ${name(r.to)} | ${bodyOf(r.to)} | ${r.status ?? "-"}`)
    .sort();
}

/** "type: person | post" for every personnel event, in order; with `authority`, " by X" after it when the text names one. */
export function eventLines(text: string, referenceDate = "2025-06-01", authority = false): string[] {
  const g = extract(text, { referenceDate });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name;
  return g.events.map((e) => [`${e.type}: ${name(e.person)} | ${name(e.position)}`, authority && e.authority && `by ${name(e.authority)}`].filter(Boolean).join(" "));
}

/** "person | post status" for every `holds`, sorted. */
export function holdsWithStatus(text: string, referenceDate = "2025-06-01"): string[] {
  const g = extract(text, { referenceDate });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name;
  return g.relations
    .filter((r) => r.type === "holds")
    .map((r) => `${name(r.from)} | ${name(r.to)}${r.status ? ` ${r.status}` : ""}`)
    .sort();
}
