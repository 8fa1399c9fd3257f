// Date engine: tokenize once, run the parsers (one per file), then the refiners (merge, resolve, drop overlaps).
// Refiners in order: drop overlaps; weekday + date; part of day + date/time; date + time; lunar marker; anaphora
// ("cùng ngày", "năm đó" take the day or year last mentioned); intervals ("từ A đến B", "A – B"); "từ A đến nay".
//
// Values (see DateSpan): ISO 8601 at the precision written — "2019", "2019-01", "2019-01-10", "2019-01-10T16:43"
// (minute), "2019-01-10T16:00" (hour grain), "2019-01-10T16:43:52", "2025-Q2", "2021-W30", "A/B" intervals with an
// inclusive end. A part of day on a day is `partOfDay` beside a day value. Fuzzy periods ("đầu năm 2026") give the
// first/middle/last third and `fuzzy: true`. Lunar dates are converted to solar with `lunar: true`.
// Without a reference: a yearless day is "--MM-DD", a yearless month "--MM", a clock time alone "THH:MM[:SS]"
// (or "--MM-DDTHH:MM" with a yearless day); relative mentions ("hôm qua", "năm qua", "quý này") are still reported,
// with value "" (grain "day"). With a reference, an impossible date ("31/2") is dropped.
import type { DateCandidate, DateParser, DateReference, DateSpan, FindDatesOptions, Ref } from "./types";
import { planOf, runParsers } from "./scan";
import type { EngineContext } from "./tokens";
import { contextWords } from "./words";
import { formatPoint, formatVal, inIsoYears, pt } from "./values";
import { DEFAULT_DATE_PARSERS } from "./parsers/index";
import { dropOverlaps } from "./refiners/overlaps";
import { refineWeekdayDate } from "./refiners/weekdayDate";
import { refinePartOfDay } from "./refiners/partOfDay";
import { refineDateTime } from "./refiners/dateTime";
import { refineLunarMarker } from "./refiners/lunarMarker";
import { refineInterval, refineUntilNow } from "./refiners/interval";
import { refineAnaphora } from "./refiners/anaphora";
import { resolveFields, toRef } from "./refiners/resolve";

export type { Grain, PartOfDay, DateReference, DateSpan, FindDatesOptions, DateParser, DateTriggers, DateContext, DateCandidate, Fields, Token, TokenKind } from "./types";
export { NO_MATCH, WORD, NUMBER, PUNCTUATION, OUTSIDE } from "./types";
export { DEFAULT_DATE_PARSERS } from "./parsers/index";
// for writing a parser of one's own
export { makeCandidate } from "./parsers/common";
export { isP, isW, seqAt } from "./tokens";

/** Candidates of one text before any reference is known: the parsers and the refiners that need none. */
interface Parsed {
  ctx: EngineContext;
  cands: DateCandidate[];
}

/**
 * The text lower-cased (`cased`.toLowerCase(), same length), or a function that makes it: the engine then reads the
 * cased text as if lower-cased, and calls it only if it needs the whole text so (see makeCtx).
 */
export type LowerText = string | (() => string);

function parse(lower: LowerText, cased: string, parsers: readonly DateParser[]): Parsed | null {
  const found = runParsers(lower, cased, planOf(parsers));
  if (!found) return null;
  const { ctx } = found;
  let cands = found.candidates;
  cands = dropOverlaps(cands, cased.length);
  cands = refineWeekdayDate(ctx, cands);
  cands = refinePartOfDay(ctx, cands);
  cands = refineDateTime(ctx, cands);
  cands = refineLunarMarker(ctx, cands);
  return { ctx, cands };
}

/** The refiners that depend on the reference ("cùng ngày"), intervals, and the values. */
function finish({ ctx, cands }: Parsed, ref: Ref | null, fwd: boolean): DateSpan[] {
  cands = refineAnaphora(ctx, cands, ref, fwd);
  cands = refineInterval(ctx, cands);
  cands = refineUntilNow(ctx, cands);
  const out: DateSpan[] = [];
  for (const c of cands) {
    if (c.kind === "pod") continue; // a bare part of day is not a date
    const found = c.fields ? resolveFields(c.fields, ref, fwd) : c.resolve ? c.resolve(ref, fwd) : null;
    const v = found && (found.text !== undefined || inIsoYears(found)) ? found : null;
    if (!v) {
      // without a reference, relative mentions are kept with an empty value; with one, an impossible date is dropped
      if (ref) continue;
      out.push({ start: c.start, end: c.end, value: "", grain: "day", reason: c.reason, ...(c.interval ? { interval: true } : {}) });
      continue;
    }
    const span: DateSpan = { start: c.start, end: c.end, value: formatVal(v), grain: v.a.g, reason: c.reason };
    if (v.pod) span.partOfDay = v.pod;
    if (v.fuzzy || c.fuzzy) span.fuzzy = true;
    if (v.lunar || c.fields?.lunar) span.lunar = true;
    if (v.b) span.interval = true;
    out.push(span);
  }
  return out;
}

/** The two texts as the engine reads them: null when there is nothing to read. */
function texts(lower: LowerText, cased: string): { lower: LowerText; cased: string } | null {
  if (typeof lower === "function") return typeof cased === "string" && cased.length > 0 ? { lower, cased } : null;
  if (typeof lower !== "string" || lower.length === 0) return null;
  return { lower, cased: typeof cased !== "string" || cased.length !== lower.length ? lower : cased };
}

/** Date mentions in a text; `lower` = `cased`.toLowerCase() (same length), or a function that makes it. Never throws. */
export function findDates(lower: LowerText, cased: string, options: FindDatesOptions): DateSpan[] {
  const parsers = options?.parsers ?? DEFAULT_DATE_PARSERS;
  planOf(parsers); // a list the engine cannot run is the caller's error: thrown, not swallowed
  try {
    const t = texts(lower, cased);
    if (!t) return [];
    const p = parse(t.lower, t.cased, parsers);
    return p ? finish(p, toRef(options?.reference ?? null), !!options?.forwardDate) : [];
  } catch {
    return [];
  }
}

/** How far from the top the article's own date is looked for. */
const DATELINE_HEAD = 600;
// Words before a date that make it the article's own (data/date-context-words.tsv dateline-cue), or a
// person's birth or death date, never the article's (not-dateline: "Sinh ngày: 12/06/1953").
const DATELINE_CUES = contextWords("dateline-cue");
const NOT_DATELINE = contextWords("not-dateline");

/** The text before a date ends with one of `words` (a colon and spaces after it may be). */
function endsWithWord(before: string, words: ReadonlySet<string>): boolean {
  const t = before.replace(/[\s:]+$/u, "");
  for (const w of words) if (t.endsWith(w) && (t.length === w.length || /[\s(\[\-|•*:.,;]/u.test(t[t.length - w.length - 1]!))) return true;
  return false;
}

/**
 * The article's own date near the top: a full date (with a year) in the first ~600 chars, preferring one with a
 * clock time, then one introduced like a dateline ("Cập nhật:", a weekday, the start of a line), then a recent
 * year over a historical one ("sinh ngày 9/2/1907"), then the earliest. A day without a year is no reference.
 */
export function detectDateline(lower: string, cased: string): { reference: DateReference; start: number; end: number } | null {
  if (typeof lower !== "string" || typeof cased !== "string") return null;
  const head = lower.slice(0, DATELINE_HEAD);
  return pickDateline((from, to) => head.slice(from, to), findDates(head, cased.slice(0, DATELINE_HEAD), { reference: null }));
}

/** `lowerSlice`: a piece of the text lower-cased (the 30 characters before each date are read). */
function pickDateline(lowerSlice: (from: number, to: number) => string, found: DateSpan[]): { reference: DateReference; start: number; end: number } | null {
  let best: { reference: DateReference; start: number; end: number; rank: number } | null = null;
  for (const s of found) {
    if (s.interval || !/^\d{4}-\d{2}-\d{2}/.test(s.value)) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s.value);
    if (!m) continue;
    const reference: DateReference = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    if (m[4] !== undefined) { reference.hour = +m[4]; reference.minute = +m[5]!; if (m[6] !== undefined) reference.second = +m[6]; }
    const before = lowerSlice(Math.max(0, s.start - 30), s.start);
    if (endsWithWord(before, NOT_DATELINE)) continue;
    const lineStart = /(^|\n)[\s(\[\-|•*:]*$/.test(before);
    const cue = lineStart || endsWithWord(before, DATELINE_CUES) || s.reason.includes("weekday");
    const rank = (m[4] !== undefined ? 4 : 0) + (cue ? 2 : 0) + (reference.year >= 1990 ? 1 : 0);
    if (!best || rank > best.rank) best = { reference, start: s.start, end: s.end, rank };
  }
  return best ? { reference: best.reference, start: best.start, end: best.end } : null;
}

/**
 * findDates() for a text that starts an article whose reference is not given: the dateline is read from the same
 * parse (its candidates in the first 600 chars) instead of parsing the top twice. Never throws.
 */
export function findDatesAndDateline(
  lower: LowerText,
  cased: string,
  forwardDate: boolean,
  parsers: readonly DateParser[] = DEFAULT_DATE_PARSERS,
): { dates: DateSpan[]; dateline: { reference: DateReference; start: number; end: number } | null } {
  planOf(parsers);
  try {
    const t = texts(lower, cased);
    if (!t) return { dates: [], dateline: null };
    const p = parse(t.lower, t.cased, parsers);
    if (!p) return { dates: [], dateline: null };
    // What starts in the head, as if the text ended there (a date running past its end is read whole).
    const head = p.cands.filter((c) => c.start < DATELINE_HEAD);
    const dateline = head.length ? pickDateline(p.ctx.lowerSlice, finish({ ctx: p.ctx, cands: head }, null, false)) : null;
    const ref = dateline ? toRef(dateline.reference) : null;
    return { dates: finish(p, ref, forwardDate), dateline };
  } catch {
    return { dates: [], dateline: null };
  }
}

/** A reference as an ISO value at the precision it has: "2019-01-11", "2019-01-11T16:43", "2019-01-11T16:43:52". */
export function formatReference(r: DateReference): string {
  const g = r.hour === undefined ? "day" : r.second !== undefined ? "second" : "minute";
  return formatPoint(pt(g, r.year, r.month, r.day, r.hour ?? 0, r.minute ?? 0, r.second ?? 0));
}

/** "2019-01-11", "2019-01-11T16:43:52", "2019-01-11T16:43:52+07:00" (wall clock as written), or a Date (Vietnam wall clock). */
export function parseReference(input: string | Date): DateReference | null {
  try {
    if (input instanceof Date) {
      const t = input.getTime();
      if (!Number.isFinite(t)) return null;
      // (Past ±8.64e15 ms the shifted Date is invalid, and its NaN fields fail toRef below.)
      const d = new Date(t + 7 * 3_600_000);
      const r = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
      return toRef(r) ? r : null;
    }
    if (typeof input !== "string") return null;
    const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*$/.exec(input);
    if (!m) return null;
    const r: DateReference = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    if (m[4] !== undefined) { r.hour = +m[4]; r.minute = +m[5]!; r.second = m[6] !== undefined ? +m[6] : 0; }
    return toRef(r) ? r : null;
  } catch {
    return null;
  }
}
