/**
 * The structural promises every graph makes, whatever the input: shared by the property-based,
 * adversarial, options and encoding tests. A broken promise fails with the offending mention or
 * relation in the message.
 */
import { expect } from "vitest";
import { EntityGraph } from "../../src/index";

type Graph = ReturnType<typeof EntityGraph.parse>;

const RELATION_ENDS = {
  holds: { from: "person", to: "position" },
  of: { from: "position", to: "organization" },
} as const;

/** Everything wrong with `g` as the graph of `input` (empty when all is well). */
export function graphProblems(input: string, g: Graph): string[] {
  const problems: string[] = [];
  const parsed = EntityGraph.safeParse(g);
  if (!parsed.success) problems.push(`schema: ${parsed.error.message}`);
  if (g.text !== input) problems.push("graph.text is not the input");

  const byId = new Map(g.entities.map((e) => [e.id, e]));
  if (byId.size !== g.entities.length) problems.push("entity ids are not unique");

  const inRange = (s: { start: number; end: number }) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= input.length;

  for (const m of g.mentions) {
    const what = () => `mention ${JSON.stringify(m)} (input length ${input.length})`;
    if (!inRange(m)) problems.push(`offsets out of range: ${what()}`);
    else if (input.slice(m.start, m.end) !== m.text) problems.push(`text ≠ input.slice(start, end) = ${JSON.stringify(input.slice(m.start, m.end))}: ${what()}`);
    const e = byId.get(m.entity);
    if (!e) problems.push(`unknown entity: ${what()}`);
    else if (e.type !== m.type) problems.push(`entity is a ${e.type}: ${what()}`);
    // A person's name is written on one line (a byline, then a source line, is two things).
    if (m.type === "person" && /[\n\r\u2028\u2029]/u.test(m.text)) problems.push(`a person across a line break: ${what()}`);
  }

  for (const r of g.relations) {
    const what = `relation ${JSON.stringify(r)}`;
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    const ends = RELATION_ENDS[r.type];
    if (!from) problems.push(`unknown from: ${what}`);
    else if (from.type !== ends.from) problems.push(`from is a ${from.type}, not a ${ends.from}: ${what}`);
    if (!to) problems.push(`unknown to: ${what}`);
    else if (to.type !== ends.to) problems.push(`to is a ${to.type}, not a ${ends.to}: ${what}`);
    for (const ev of [r.evidence, ...r.evidences]) {
      if (!inRange(ev)) problems.push(`evidence out of range: ${what}`);
      else if (input.slice(ev.start, ev.end) !== ev.text) problems.push(`evidence text ≠ its slice: ${what}`);
    }
    if (!r.evidences.some((e) => e.start === r.evidence.start && e.end === r.evidence.end)) problems.push(`evidence not among evidences: ${what}`);
    for (const id of r.dates ?? []) if (byId.get(id)?.type !== "date") problems.push(`dates holds a non-date: ${what}`);
  }

  for (const ev of g.events) {
    const what = `event ${JSON.stringify(ev)}`;
    if (byId.get(ev.person)?.type !== "person") problems.push(`event person is not a person: ${what}`);
    if (byId.get(ev.position)?.type !== "position") problems.push(`event position is not a position: ${what}`);
    if (ev.date && byId.get(ev.date)?.type !== "date") problems.push(`event date is not a date: ${what}`);
    if (ev.authority && (!byId.has(ev.authority) || ev.authority === ev.person)) problems.push(`event authority unknown or the holder: ${what}`);
    if (!g.relations.some((r) => r.type === "holds" && r.from === ev.person && r.to === ev.position)) problems.push(`event without its holds relation: ${what}`);
    if (!inRange(ev.evidence) || input.slice(ev.evidence.start, ev.evidence.end) !== ev.evidence.text) problems.push(`event evidence ≠ its slice: ${what}`);
  }
  return problems.slice(0, 20);
}

/** Fails the test with the list of problems when `g` is not a consistent graph of `input`. */
export function checkGraph(input: string, g: Graph): void {
  expect(graphProblems(input, g)).toEqual([]);
}

/** Number of runs per property: FUZZ_RUNS (npm run fuzz sets 20000), else a CI-sized default. */
export function fuzzRuns(fallback = 150): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
