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
