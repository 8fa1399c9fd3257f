/**
 * The structural promises every graph makes, whatever the input: shared by the property-based
 * and adversarial tests. Each check throws (via expect) with the offending mention or relation.
 */
import { expect } from "vitest";
import { EntityGraph } from "../../src/index";

type Graph = ReturnType<typeof EntityGraph.parse>;

const RELATION_ENDS = {
  holds: { from: "person", to: "position" },
  of: { from: "position", to: "organization" },
} as const;

export function checkGraph(input: string, g: Graph): void {
  // The graph is what the zod schema says it is.
  EntityGraph.parse(g);
  expect(g.text).toBe(input);

  const byId = new Map(g.entities.map((e) => [e.id, e]));
  // Ids are unique.
  expect(byId.size).toBe(g.entities.length);

  for (const m of g.mentions) {
    const where = { mention: m, inputLength: input.length };
    expect(Number.isInteger(m.start) && Number.isInteger(m.end), JSON.stringify(where)).toBe(true);
    expect(m.start >= 0 && m.start <= m.end && m.end <= input.length, JSON.stringify(where)).toBe(true);
    expect(input.slice(m.start, m.end), JSON.stringify(where)).toBe(m.text);
    const e = byId.get(m.entity);
    expect(e, `mention points at unknown entity ${m.entity}`).toBeDefined();
    expect(e!.type, JSON.stringify(where)).toBe(m.type);
  }

  for (const r of g.relations) {
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    expect(from, `relation from unknown entity ${JSON.stringify(r)}`).toBeDefined();
    expect(to, `relation to unknown entity ${JSON.stringify(r)}`).toBeDefined();
    expect(from!.type, JSON.stringify(r)).toBe(RELATION_ENDS[r.type].from);
    expect(to!.type, JSON.stringify(r)).toBe(RELATION_ENDS[r.type].to);
    const ev = r.evidence;
    expect(ev.start >= 0 && ev.start <= ev.end && ev.end <= input.length, JSON.stringify(r)).toBe(true);
    expect(input.slice(ev.start, ev.end), JSON.stringify(r)).toBe(ev.text);
  }
}

/** Number of runs per property: FUZZ_RUNS (npm run fuzz sets 20000), else a CI-sized default. */
export function fuzzRuns(fallback = 150): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
