// Date engine: tokenize once, run the parsers (one per file), then the refiners (merge, resolve, drop overlaps).
import type { Cand, DateReference, DateSpan, FindDatesOptions, Ref } from "./types";
import { makeCtx } from "./tokens";
import { formatVal } from "./values";
import { parseNumeric, numericTriggers } from "./parsers/numeric";
import { parseWritten, writtenTriggers } from "./parsers/written";
import { parseTime, timeTriggers } from "./parsers/time";
import { parseRelative, relativeTriggers } from "./parsers/relative";
import { parseWeekday, weekdayTriggers } from "./parsers/weekday";
import { parsePartOfDay, partOfDayTriggers } from "./parsers/partOfDay";
import { parsePeriod, periodTriggers } from "./parsers/period";
import { parseYear, yearTriggers } from "./parsers/year";
import { parseHoliday, holidayTriggers } from "./parsers/holiday";
import { dropOverlaps } from "./refiners/overlaps";
import { refineWeekdayDate } from "./refiners/weekdayDate";
import { refinePartOfDay } from "./refiners/partOfDay";
import { refineDateTime } from "./refiners/dateTime";
import { refineLunarMarker } from "./refiners/lunarMarker";
import { refineInterval } from "./refiners/interval";
import { resolveFields, toRef } from "./refiners/resolve";

export type { Grain, PartOfDay, DateReference, DateSpan, FindDatesOptions } from "./types";

const PARSERS = [parseNumeric, parseWritten, parseTime, parseRelative, parseWeekday, parsePartOfDay, parsePeriod, parseYear, parseHoliday];

// Pre-filter: parsers only start on numbers and on these words, so stretches without them cost one Set lookup per word.
const TRIGGERS: ReadonlySet<string> = new Set([
  ...numericTriggers, ...writtenTriggers, ...timeTriggers, ...relativeTriggers, ...weekdayTriggers,
  ...partOfDayTriggers, ...periodTriggers, ...yearTriggers, ...holidayTriggers,
]);

function spans(lower: string, cased: string, ref: Ref | null, fwd: boolean): DateSpan[] {
  const ctx = makeCtx(lower, cased, TRIGGERS);
  if (ctx.hot.length === 0) return [];
  let cands: Cand[] = [];
  for (const p of PARSERS) p(ctx, cands);
  cands = dropOverlaps(cands, lower.length);
  cands = refineWeekdayDate(ctx, cands);
  cands = refinePartOfDay(ctx, cands);
  cands = refineDateTime(ctx, cands);
  cands = refineLunarMarker(ctx, cands);
  cands = refineInterval(ctx, cands);
  const out: DateSpan[] = [];
  for (const c of cands) {
    if (c.kind === "pod") continue; // a bare part of day is not a date
    const v = c.f ? resolveFields(c.f, ref, fwd) : c.r ? c.r(ref, fwd) : null;
    if (!v) {
      // without a reference, relative mentions are kept with an empty value; with one, an impossible date is dropped
      if (ref) continue;
      out.push({ start: c.s, end: c.e, value: "", grain: "day", reason: c.reason, ...(c.interval ? { interval: true } : {}) });
      continue;
    }
    const span: DateSpan = { start: c.s, end: c.e, value: formatVal(v), grain: v.a.g, reason: c.reason };
    if (v.pod) span.partOfDay = v.pod;
    if (v.fuzzy || c.fuzzy) span.fuzzy = true;
    if (v.lunar || c.f?.lunar) span.lunar = true;
    if (v.b) span.interval = true;
    out.push(span);
  }
  return out;
}

/** Date mentions in a text; `lower` = `cased`.toLowerCase() (same length). Never throws. */
export function findDates(lower: string, cased: string, options: FindDatesOptions): DateSpan[] {
  try {
    if (typeof lower !== "string" || lower.length === 0) return [];
    if (typeof cased !== "string" || cased.length !== lower.length) cased = lower;
    return spans(lower, cased, toRef(options?.reference ?? null), !!options?.forwardDate);
  } catch {
    return [];
  }
}

/** The article's own date near the top: the most specific full date (with a year) in the first ~600 chars. */
export function detectDateline(lower: string, cased: string): { reference: DateReference; start: number; end: number } | null {
  const head = lower.slice(0, 600);
  const found = findDates(head, cased.slice(0, 600), { reference: null });
  let best: { reference: DateReference; start: number; end: number; rank: number } | null = null;
  for (const s of found) {
    if (s.interval || !/^\d{4}-\d{2}-\d{2}/.test(s.value)) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s.value);
    if (!m) continue;
    const reference: DateReference = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    if (m[4] !== undefined) { reference.hour = +m[4]; reference.minute = +m[5]!; if (m[6] !== undefined) reference.second = +m[6]; }
    const rank = m[6] !== undefined ? 3 : m[4] !== undefined ? 2 : 1;
    if (!best || rank > best.rank) best = { reference, start: s.start, end: s.end, rank };
  }
  return best ? { reference: best.reference, start: best.start, end: best.end } : null;
}

/** "2019-01-11", "2019-01-11T16:43:52", "2019-01-11T16:43:52+07:00" (wall clock as written), or a Date (Vietnam wall clock). */
export function parseReference(input: string | Date): DateReference | null {
  try {
    if (input instanceof Date) {
      const t = input.getTime();
      if (!Number.isFinite(t)) return null;
      const d = new Date(t + 7 * 3_600_000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
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
