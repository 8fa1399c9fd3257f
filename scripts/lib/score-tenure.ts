/**
 * Scores what the graph says about tenures: the qualifiers (status, term, start, end) on the holds
 * relations the system found, and the personnel events. The graph fields are read defensively
 * (`relation.status`, `graph.events` …): a graph without them simply gave no value.
 */
import type { EntityGraph, Entity, Relation } from "../../src/index";
import { normalizeKey } from "../../src/text/normalize";
import { forms } from "./forms";
import { dateValueMatches } from "./date-value";
import type { GoldEvent, GoldQualifier } from "./gold";
import type { Counts } from "./score";

export const QUALIFIER_FIELDS = ["status", "term", "start", "end"] as const;
type Field = (typeof QUALIFIER_FIELDS)[number];

export interface QualifierScore {
  /** Gold qualifier fields on holds the system found, and how many of them it got right. */
  right: number;
  total: number;
  /** Of `total`, the fields the system gave no value for. */
  noValue: number;
  /** Gold qualifier fields on holds lines the system did not find (not in `total`). */
  notFound: number;
  /** Values the system gave where the gold has none (status current/unknown aside): not scored, listed. */
  extra: number;
}

export interface EventScore {
  counts: Counts;
  /** On matched events: gold dates and authorities, and how many the system got right. */
  dates: { right: number; total: number };
  authorities: { right: number; total: number };
}

export const emptyQualifiers = (): QualifierScore => ({ right: 0, total: 0, noValue: 0, notFound: 0, extra: 0 });
export const emptyEvents = (): EventScore => ({ counts: { tp: 0, fp: 0, fn: 0 }, dates: { right: 0, total: 0 }, authorities: { right: 0, total: 0 } });

export function addQualifiers(a: QualifierScore, b: QualifierScore): QualifierScore {
  return { right: a.right + b.right, total: a.total + b.total, noValue: a.noValue + b.noValue, notFound: a.notFound + b.notFound, extra: a.extra + b.extra };
}

const addRT = (a: { right: number; total: number }, b: { right: number; total: number }) => ({ right: a.right + b.right, total: a.total + b.total });
export function addEvents(a: EventScore, b: EventScore): EventScore {
  const c = a.counts;
  const d = b.counts;
  return { counts: { tp: c.tp + d.tp, fp: c.fp + d.fp, fn: c.fn + d.fn }, dates: addRT(a.dates, b.dates), authorities: addRT(a.authorities, b.authorities) };
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const field = (r: Relation, f: Field) => str((r as Record<string, unknown>)[f]);

const ROMAN: Array<[number, string]> = [[50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

/** A term as a set of tokens: "các khóa X; XI và XII" = "X, XI, XII"; "khóa 14" = "XIV"; "2015 - 2020" = "2015–2020". */
export function termTokens(term: string): Set<string> {
  const t = term
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s*[-–—]\s*/g, "–")
    // \b is ASCII-only in JS: the boundaries are written out.
    .replace(/(^|\s)(khóa|khoá|các|nhiệm kỳ|nhiệm kì)(?=\s|$)/g, " ");
  const out = new Set<string>();
  for (const tok of t.split(/[,;]|\svà\s|\s+/)) {
    const w = tok.trim();
    if (!w) continue;
    out.add(/^\d{1,2}$/.test(w) ? roman(+w) : w.toUpperCase());
  }
  return out;
}

export function qualifierMatches(f: Field, gold: string, got: string): boolean {
  if (f === "status") return gold === got;
  if (f === "term") {
    const a = termTokens(gold);
    const b = termTokens(got);
    return a.size === b.size && [...a].every((x) => b.has(x));
  }
  return dateValueMatches(gold, got);
}

/**
 * `found(person, position)` is the system's holds relation that the scorer matched to that gold
 * line, if any. Every gold holds line is visited so that values the gold does not have are listed.
 */
export function scoreQualifiers(
  holds: Array<[string, string]>,
  qualifiers: GoldQualifier[],
  found: (person: string, position: string) => Relation | undefined,
  misses: string[],
  spurious: string[],
): QualifierScore {
  const s = emptyQualifiers();
  const seen = new Set<Relation>();
  const key = (per: string, pos: string) => `${normalizeKey(per)}|${normalizeKey(pos)}`;
  const byLine = new Map(qualifiers.map((q) => [key(q.person, q.position), q]));
  for (const [per, pos] of holds) {
    const q = byLine.get(key(per, pos));
    const r = found(per, pos);
    const fields = QUALIFIER_FIELDS.filter((f) => q?.[f] !== undefined);
    if (!r) {
      s.notFound += fields.length;
      continue;
    }
    for (const f of fields) {
      const want = q![f]!;
      const got = field(r, f);
      s.total++;
      if (got === undefined) {
        s.noValue++;
        misses.push(`qualifier ${f} ${per} | ${pos}: gold ${want}, got nothing`);
      } else if (qualifierMatches(f, want, got)) s.right++;
      else misses.push(`qualifier ${f} ${per} | ${pos}: gold ${want}, got ${got}`);
    }
    if (seen.has(r)) continue;
    seen.add(r);
    for (const f of QUALIFIER_FIELDS) {
      const got = field(r, f);
      if (got === undefined || fields.includes(f) || (f === "status" && (got === "current" || got === "unknown"))) continue;
      s.extra++;
      spurious.push(`qualifier ${f} ${per} | ${pos}: got ${got}, gold has none`);
    }
  }
  return s;
}

interface PredEvent {
  type: string;
  person?: Entity;
  position?: Entity;
  date?: Entity;
  authority?: Entity;
  evidence?: string;
}

function readEvents(graph: EntityGraph): PredEvent[] {
  const raw = (graph as unknown as Record<string, unknown>).events;
  if (!Array.isArray(raw)) return [];
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const ent = (v: unknown) => (typeof v === "string" ? byId.get(v) : undefined);
  return raw.map((x: Record<string, unknown>) => ({
    type: String(x.type),
    person: ent(x.person),
    position: ent(x.position),
    date: ent(x.date),
    authority: ent(x.authority),
    evidence: str((x.evidence as Record<string, unknown> | undefined)?.text),
  }));
}

/** The authority's names, and those of the entities one holds/of edge away ("Thủ tướng" for its holder). */
function authorityForms(e: Entity | undefined, graph: EntityGraph): Set<string> {
  const out = forms(e, graph);
  if (!e) return out;
  const byId = new Map(graph.entities.map((x) => [x.id, x]));
  for (const r of graph.relations) {
    if (r.from === e.id) for (const f of forms(byId.get(r.to), graph)) out.add(f);
    if (r.to === e.id) for (const f of forms(byId.get(r.from), graph)) out.add(f);
  }
  return out;
}

/** Events match on type, person and position, by the names as written (as holds lines do). */
export function scoreEvents(gold: GoldEvent[], graph: EntityGraph, misses: string[], spurious: string[]): EventScore {
  const s = emptyEvents();
  const preds = readEvents(graph).map((p) => ({ p, per: forms(p.person, graph), pos: forms(p.position, graph) }));
  const used = new Set<number>();
  for (const g of gold) {
    const label = `event ${g.type} ${g.person} | ${g.position}`;
    const k = preds.findIndex((x, i) => !used.has(i) && x.p.type === g.type && x.per.has(normalizeKey(g.person)) && x.pos.has(normalizeKey(g.position)));
    if (k < 0) {
      s.counts.fn++;
      misses.push(label);
      continue;
    }
    used.add(k);
    s.counts.tp++;
    const p = preds[k]!.p;
    if (g.date !== undefined) {
      s.dates.total++;
      const got = p.date?.type === "date" ? p.date.value : undefined;
      if (dateValueMatches(g.date, got)) s.dates.right++;
      else misses.push(`${label}: date gold ${g.date}, got ${got ?? "nothing"}`);
    }
    if (g.authority !== undefined) {
      s.authorities.total++;
      if (authorityForms(p.authority, graph).has(normalizeKey(g.authority))) s.authorities.right++;
      else misses.push(`${label}: authority gold ${g.authority}, got ${p.authority?.name ?? "nothing"}`);
    }
  }
  preds.forEach((x, i) => {
    if (used.has(i)) return;
    s.counts.fp++;
    spurious.push(`event ${x.p.type} ${x.p.person?.name} | ${x.p.position?.name}${x.p.evidence ? ` (${JSON.stringify(x.p.evidence)})` : ""}`);
  });
  return s;
}
