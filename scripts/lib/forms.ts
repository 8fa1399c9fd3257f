/** The names an entity goes by in one graph, as normalized keys: gold lines are matched against these. */
import type { EntityGraph, Entity } from "../../src/index";
import { normalizeKey } from "../../src/text/normalize";

export function forms(e: Entity | undefined, graph: EntityGraph): Set<string> {
  const out = new Set<string>();
  if (!e) return out;
  out.add(normalizeKey(e.name));
  for (const a of e.aliases ?? []) out.add(normalizeKey(a));
  if (e.type === "organization") for (const a of e.abbreviations) out.add(normalizeKey(a));
  for (const m of graph.mentions) if (m.entity === e.id) out.add(normalizeKey(m.text));
  return out;
}
