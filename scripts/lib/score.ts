/**
 * Scores an extracted graph against gold: mentions (strict and lenient), holds and of edges, date
 * values, tenure qualifiers on the holds found, and personnel events.
 */
import type { EntityGraph } from "../../src/index";
import { normalizeKey } from "../../src/text/normalize";
import { dateValueMatches } from "./date-value";
import { forms } from "./forms";
import type { GoldDoc } from "./gold";
import { scoreEvents, scoreQualifiers, type EventScore, type QualifierScore } from "./score-tenure";

export { dateValueMatches };

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface DocScore {
  id: string;
  strict: Record<string, Counts>;
  lenient: Record<string, Counts>;
  holds: Counts;
  of: Counts;
  dates: { right: number; total: number };
  qualifiers: QualifierScore;
  events: EventScore;
  misses: string[];
  spurious: string[];
}

const TYPES = ["person", "position", "organization", "location", "date"] as const;
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function scoreDoc(gold: GoldDoc, graph: EntityGraph): DocScore {
  const strict: Record<string, Counts> = {};
  const lenient: Record<string, Counts> = {};
  for (const t of TYPES) {
    strict[t] = zero();
    lenient[t] = zero();
  }
  const misses: string[] = [];
  const spurious: string[] = [];
  const required = gold.mentions.filter((m) => !m.optional);
  const optional = gold.mentions.filter((m) => m.optional);
  // A required mention may lie inside an optional one ("Bộ Nội vụ Slovakia" in an optional "đoàn đại
  // biểu Bộ Nội vụ Slovakia"): a prediction exactly on it is scored, not ignored with the optional span.
  const onRequired = (p: { type: string; start: number; end: number }) => required.some((g) => g.type === p.type && g.start === p.start && g.end === p.end);
  const preds = graph.mentions.filter((p) => onRequired(p) || !optional.some((o) => overlaps(o, p)));
  const label = (m: { type: string; start: number; text: string }) => `${m.type} ${JSON.stringify(m.text)} @${m.start}`;

  // Strict: same type and offsets.
  const usedS = new Set<number>();
  for (const g of required) {
    const k = preds.findIndex((p, i) => !usedS.has(i) && p.type === g.type && p.start === g.start && p.end === g.end);
    if (k >= 0) {
      usedS.add(k);
      strict[g.type]!.tp++;
    } else {
      strict[g.type]!.fn++;
      misses.push(label(g));
    }
  }
  preds.forEach((p, i) => {
    if (usedS.has(i)) return;
    strict[p.type]!.fp++;
    spurious.push(`${label(p)} (${p.reason})`);
  });
  // Lenient: same type and overlapping, one to one.
  const usedL = new Set<number>();
  const dates = { right: 0, total: 0 };
  for (const g of required) {
    const k = preds.findIndex((p, i) => !usedL.has(i) && p.type === g.type && overlaps(p, g));
    if (k >= 0) {
      usedL.add(k);
      lenient[g.type]!.tp++;
    } else lenient[g.type]!.fn++;
    if (g.type === "date" && g.value) {
      dates.total++;
      const p = k >= 0 ? preds[k] : undefined;
      const e = p ? graph.entities.find((x) => x.id === p.entity) : undefined;
      if (e && e.type === "date" && dateValueMatches(g.value, e.value)) dates.right++;
      else misses.push(`date value ${JSON.stringify(g.text)} gold ${g.value} got ${e && e.type === "date" ? e.value : "nothing"}`);
    }
  }
  preds.forEach((p, i) => {
    if (!usedL.has(i)) lenient[p.type]!.fp++;
  });

  // Edges, compared by the names as written.
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const holdsPred = graph.relations.filter((r) => r.type === "holds").map((r) => ({ r, from: forms(byId.get(r.from), graph), to: forms(byId.get(r.to), graph) }));
  // Relations are entity-level: one predicted relation may stand for several gold lines that
  // write the same person and office differently ("Trưởng Ban …", "Trưởng ban …").
  const holds = zero();
  const usedH = new Set<number>();
  for (const [per, pos] of gold.holds) {
    const k = holdsPred.findIndex((h) => h.from.has(normalizeKey(per)) && h.to.has(normalizeKey(pos)));
    if (k >= 0) {
      usedH.add(k);
      holds.tp++;
    } else {
      holds.fn++;
      misses.push(`holds ${per} | ${pos}`);
    }
  }
  holdsPred.forEach((h, i) => {
    if (usedH.has(i)) return;
    holds.fp++;
    spurious.push(`holds ${byId.get(h.r.from)?.name} | ${byId.get(h.r.to)?.name} (${h.r.reason}: ${JSON.stringify(h.r.evidence.text)})`);
  });
  const ofPred = graph.relations.filter((r) => r.type === "of").map((r) => ({ r, from: forms(byId.get(r.from), graph), to: forms(byId.get(r.to), graph) }));
  const of = zero();
  const usedO = new Set<number>();
  for (const [pos, orgs] of gold.of) {
    const k = ofPred.findIndex((h) => h.from.has(normalizeKey(pos)) && orgs.some((o) => h.to.has(normalizeKey(o))));
    if (k >= 0) {
      usedO.add(k);
      of.tp++;
    } else {
      of.fn++;
      misses.push(`of ${pos} | ${orgs.join(" | ")}`);
    }
  }
  // A post written only where the gold marks it optional (a generic "13 đại biểu Quốc hội") is
  // neither required nor wrong, like its mentions: its unmatched `of` is not counted.
  const onlyOptional = (id: string) => {
    const ms = graph.mentions.filter((m) => m.entity === id);
    return ms.length > 0 && ms.every((m) => optional.some((o) => overlaps(o, m)));
  };
  ofPred.forEach((h, i) => {
    if (usedO.has(i) || onlyOptional(h.r.from)) return;
    of.fp++;
    spurious.push(`of ${byId.get(h.r.from)?.name} | ${byId.get(h.r.to)?.name}`);
  });
  const holdsFound = (per: string, pos: string) => {
    const h = holdsPred.find((x) => x.from.has(normalizeKey(per)) && x.to.has(normalizeKey(pos)));
    return h?.r;
  };
  const qualifiers = scoreQualifiers(gold.holds, gold.qualifiers ?? [], holdsFound, misses, spurious);
  const events = scoreEvents(gold.events ?? [], graph, misses, spurious);
  return { id: gold.id, strict, lenient, holds, of, dates, qualifiers, events, misses, spurious };
}
