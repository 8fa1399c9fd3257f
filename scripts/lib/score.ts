/** Scores an extracted graph against gold: mentions (strict and lenient), holds and of edges, date values. */
import type { EntityGraph, Entity } from "../../src/index";
import { normalizeKey } from "../../src/text/normalize";
import type { GoldDoc, GoldMention } from "./gold";

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

/** Date values: equal as ranges of days, a part-of-day suffix allowed, "~V" accepts any value inside V. */
export function dateValueMatches(gold: string, got: string | null | undefined): boolean {
  if (!got) return false;
  const g = gold.replace(/T(MO|AF|EV|NI|NO)$/, "");
  const v = got.replace(/T(MO|AF|EV|NI|NO)$/, "");
  if (g === v) return true;
  if (g.startsWith("~")) {
    const outer = dayRange(g.slice(1));
    const inner = dayRange(v);
    return !!outer && !!inner && inner[0] >= outer[0] && inner[1] <= outer[1];
  }
  const a = dayRange(g);
  const b = dayRange(v);
  if (!a || !b) return false;
  // Times: compare as written when both carry one.
  if (g.includes("T") && v.includes("T")) return g === v || g.replace(/:00$/, "") === v.replace(/:00$/, "");
  return a[0] === b[0] && a[1] === b[1];
}

function dayRange(v: string): [number, number] | null {
  if (v.includes("/")) {
    const [s, e] = v.split("/");
    const a = dayRange(s!);
    const b = dayRange(e!);
    return a && b ? [a[0], b[1]] : null;
  }
  let m: RegExpExecArray | null;
  const day = (y: number, mo: number, d: number) => Date.UTC(y, mo - 1, d) / 86400000;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v))) return [day(+m[1]!, +m[2]!, +m[3]!), day(+m[1]!, +m[2]!, +m[3]!)];
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
    const y = +m[1]!;
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const mon = day(y, 1, 4) - ((jan4.getUTCDay() + 6) % 7) + (+m[2]! - 1) * 7;
    return [mon, mon + 6];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const q = +m[2]!;
    return [day(+m[1]!, q * 3 - 2, 1), day(+m[1]!, q * 3 + 1, 1) - 1];
  }
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    const h = +m[2]!;
    return [day(+m[1]!, h * 6 - 5, 1), day(+m[1]!, h * 6 + 1, 1) - 1];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return [day(+m[1]!, +m[2]!, 1), day(+m[1]!, +m[2]! + 1, 1) - 1];
  if ((m = /^(\d{4})$/.exec(v))) return [day(+m[1]!, 1, 1), day(+m[1]! + 1, 1, 1) - 1];
  return null;
}

function forms(e: Entity | undefined, graph: EntityGraph): Set<string> {
  const out = new Set<string>();
  if (!e) return out;
  out.add(normalizeKey(e.name));
  for (const a of e.aliases ?? []) out.add(normalizeKey(a));
  if (e.type === "organization") for (const a of e.abbreviations) out.add(normalizeKey(a));
  for (const m of graph.mentions) if (m.entity === e.id) out.add(normalizeKey(m.text));
  return out;
}

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
  const preds = graph.mentions.filter((p) => !optional.some((o) => overlaps(o, p)));
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
  ofPred.forEach((h, i) => {
    if (usedO.has(i)) return;
    of.fp++;
    spurious.push(`of ${byId.get(h.r.from)?.name} | ${byId.get(h.r.to)?.name}`);
  });
  return { id: gold.id, strict, lenient, holds, of, dates, misses, spurious };
}
