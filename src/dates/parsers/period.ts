// Periods: quarters ("quý II/2025", "quý 4 của năm 2018", "quý này"), halves ("6 tháng đầu năm 2023", "nửa cuối năm"),
// fuzzy thirds ("đầu năm 2026", "cuối tháng 3"), weeks of a month ("tuần đầu tiên của tháng 9 năm 2017"),
// seasons ("mùa hè này", "mùa đông năm 2020").
import { NUMBER, PUNCTUATION, WORD, NO_MATCH } from "../types";
import type { DateCandidate, DateContext, Fields, Ref, Resolver, Val, DateParser } from "../types";
import { hasYear } from "../refiners/common";
import { isP, isW, seqAt } from "../tokens";
import { monthAt, NUMBER_WORDS, numberAt, WEEK_REL } from "../vocabulary";
import { addUnits, dayNum, dayPoint, daysInMonth, pt, refPoint, truncate, weekdayOf } from "../values";
import { resolveFields } from "../refiners/resolve";
import { makeCandidate, monthTail, yearNum, yearRelAt, yearSuffixAt } from "./common";
import { DEKAD, ROMAN, SEASONS } from "../words";

const NUMW = NUMBER_WORDS; // local alias: hot loop
const TRIGGERS = new Set(["quý", "nửa", "đầu", "giữa", "cuối", "tuần", "mùa", "sau", "thượng", "trung", "hạ"]);

/** Year after "năm" inside a period: 4 digits, "nay", "ngoái"…; none → the reference year. */
function periodYear(ctx: DateContext, j: number): { f: Fields; next: number } {
  const y = yearNum(ctx, j);
  if (y !== null) return { f: { year: y }, next: j + 1 };
  const r = yearRelAt(ctx, j);
  if (r) return { f: { yearRel: r.rel }, next: r.next };
  return { f: { yearRel: 0 }, next: j };
}

function yearOf(f: Fields, ref: Ref | null): number | null {
  const v = resolveFields(f, ref, false);
  return v && !v.text ? v.a.y : null;
}

// A number (digits or a word) starts a period only before "tháng" ("6 tháng đầu năm").
// "đầu"/"giữa"/"cuối" before "năm" or "tháng" ("cuối tuần" too), a dekad word before "tuần", "sau bữa (trưa)".
export const periodTriggers: readonly string[] = [
  "quý", "nửa", "tuần", "mùa", "sau bữa", "cuối tuần",
  ...["đầu", "giữa", "cuối"].flatMap((w) => [`${w} năm`, `${w} tháng`]),
  ...Object.keys(DEKAD).map((w) => `${w} tuần`),
  ...[...NUMBER_WORDS].map((w) => `${w} tháng`),
];

/** One period match at hot token i: the part its first word starts. */
function periodAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  if (t.kind === PUNCTUATION) return NO_MATCH;
  if (t.kind === NUMBER && !isW(ctx, i + 1, "tháng")) return NO_MATCH;
  if (t.kind === WORD && !TRIGGERS.has(t.text) && !(NUMW.has(t.text) && isW(ctx, i + 1, "tháng"))) return NO_MATCH;
  if (t.kind === WORD && t.text === "quý") return quarterAt(ctx, i, out);
  const months = monthsOfYearAt(ctx, i, out);
  if (months !== NO_MATCH) return months;
  if (t.kind !== WORD) return NO_MATCH;
  if (t.text === "cuối" && isW(ctx, i + 1, "tuần")) return weekendAt(ctx, i, out);
  const third = fuzzyThirdAt(ctx, i, out);
  if (third !== NO_MATCH) return third;
  if (t.text === "tuần") return weekOfMonthAt(ctx, i, out);
  if (t.text === "mùa") return seasonAt(ctx, i, out);
  if (t.text === "sau") return afterLunchAt(ctx, i, out);
  return NO_MATCH;
}

/** A quarter number after "quý": roman ("II") or 1–4 in digits or words; 0 when none. */
function quarterNumberAt(ctx: DateContext, i: number): { q: number; next: number } {
  const w = ctx.at(i);
  if (w.kind === WORD && ROMAN[w.text] !== undefined) return { q: ROMAN[w.text]!, next: i + 1 };
  const n = numberAt(ctx, i, 1);
  return n && n.v >= 1 && n.v <= 4 ? { q: n.v, next: n.next } : { q: 0, next: i + 1 };
}

/** "quý II/2025", "quý 4 của năm 2018", "quý 3", "quý này", "quý I, II, III năm 2020" (one interval). */
function quarterAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const written = quarterNumberAt(ctx, i + 1);
  const q = written.q;
  if (!q) return relativeQuarterAt(ctx, i, out);
  let j = written.next;
  // "quý I, II, III, IV năm 2020", "quý 1 và 2": consecutive quarters of one year are one interval
  let qEnd = q;
  const j0 = j;
  for (let k = j; (isP(ctx, k, ",") || isW(ctx, k, "và")) && qEnd < 4; ) {
    const w2 = ctx.at(k + 1);
    const q2 = w2.kind === WORD && ROMAN[w2.text] !== undefined ? ROMAN[w2.text]! : w2.kind === NUMBER && w2.end - w2.start === 1 ? w2.value : 0;
    if (q2 !== qEnd + 1) break;
    qEnd = q2; k += 2; j = k;
  }
  let yf: Fields | null = null;
  const ys = yearSuffixAt(ctx, j);
  if (ys) { yf = ys.f; j = ys.next; }
  if (qEnd > q && !yf) j = j0; // no year: the first quarter alone
  if (qEnd > q && yf) {
    const f0 = yf;
    out.push(makeCandidate(ctx, i, j, "span", "quarters", undefined, (ref): Val | null => {
      const y = yearOf(f0, ref);
      return y === null ? null : { a: pt("quarter", y, (q - 1) * 3 + 1), b: pt("quarter", y, (qEnd - 1) * 3 + 1) };
    }));
    out[out.length - 1]!.interval = true;
    return j;
  }
  out.push(makeCandidate(ctx, i, j, "span", "quarter", undefined, quarterValue(q, yf)));
  return j;
}

/** Quarter q of the year `yf` says; without one, the nearest (or, forward, the next) quarter q around the reference. */
function quarterValue(q: number, yf: Fields | null): Resolver {
  return (ref, fwd): Val | null => {
    if (yf) { const y = yearOf(yf, ref); return y === null ? null : { a: pt("quarter", y, (q - 1) * 3 + 1) }; }
    if (!ref) return { a: pt("quarter", 0, 1), text: "" };
    const cur = ref.y * 4 + Math.floor((ref.m - 1) / 3);
    const cands = [cur - 4, cur, cur + 4].map((c) => c - (c % 4) + q - 1);
    // nearest: a quarter number alone means one of the reference year ("quý 3" in February = Q3 of this year)
    const best = fwd ? cands.find((c) => c >= cur)! : cands[1]!;
    return { a: pt("quarter", Math.floor(best / 4), (best % 4) * 3 + 1) };
  };
}

/** "quý này", "quý tới", "quý trước" ("quý ngoái" is not said). */
function relativeQuarterAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const r = yearRelAt(ctx, i + 1);
  if (!r || ctx.at(i + 1).text === "ngoái") return NO_MATCH;
  const rel = r.rel;
  out.push(makeCandidate(ctx, i, r.next, "span", "relative-quarter", undefined, (ref) => (ref ? { a: addUnits(truncate(refPoint(ref), "quarter"), rel) } : null)));
  return r.next;
}

/** "6 tháng đầu năm 2023", "sáu tháng cuối năm", "nửa đầu năm nay": the first or last N months of a year. */
function monthsOfYearAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  let n: { v: number; next: number } | null = null;
  if (t.kind === WORD && t.text === "nửa") n = { v: 6, next: i + 1 };
  else if (isW(ctx, i + 1, "tháng")) { const x = numberAt(ctx, i); if (x && x.next === i + 1) n = { v: x.v, next: i + 2 }; }
  if (!n || n.v < 1 || n.v > 11) return NO_MATCH;
  const side = ctx.at(n.next).text;
  if ((side !== "đầu" && side !== "cuối") || !isW(ctx, n.next + 1, "năm")) return NO_MATCH;
  const py = periodYear(ctx, n.next + 2);
  const N = n.v, first = side === "đầu";
  out.push(makeCandidate(ctx, i, py.next, "span", "months-of-year", undefined, (ref) => {
    const y = yearOf(py.f, ref);
    if (y === null) return null;
    return first ? { a: pt("month", y, 1), b: pt("month", y, N) } : { a: pt("month", y, 13 - N), b: pt("month", y, 12) };
  }));
  out[out.length - 1]!.interval = true;
  return py.next;
}

/** "cuối tuần [này|qua|trước|tới|sau]": Saturday–Sunday of that week. */
function weekendAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const w = ctx.at(i + 2);
  const rel = w.kind === WORD ? WEEK_REL[w.text] : undefined;
  const j = rel === undefined ? i + 2 : i + 3;
  const r = rel ?? 0;
  out.push(makeCandidate(ctx, i, j, "span", "weekend", undefined, (ref) => {
    if (!ref) return null;
    const mon = dayNum(ref.y, ref.m, ref.d) - weekdayOf(ref.y, ref.m, ref.d) + 1 + 7 * r;
    return { a: dayPoint(mon + 5), b: dayPoint(mon + 6) };
  }));
  out[out.length - 1]!.interval = true;
  return j;
}

/** "đầu năm 2026", "giữa tháng 3", "cuối tháng này", "trung tuần tháng 5": the first, middle or last third. */
function fuzzyThirdAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  const dekad = isW(ctx, i + 1, "tuần") && isW(ctx, i + 2, "tháng") ? DEKAD[t.text] : undefined;
  if (t.text !== "đầu" && t.text !== "giữa" && t.text !== "cuối" && dekad === undefined) return NO_MATCH;
  const third = dekad !== undefined ? dekad : t.text === "đầu" ? 0 : t.text === "giữa" ? 1 : 2;
  if (dekad === undefined && isW(ctx, i + 1, "năm")) return fuzzyYearAt(ctx, i, third, out);
  const k = dekad !== undefined ? i + 2 : i + 1; // "trung tuần tháng 3": "tháng" after "tuần"
  return isW(ctx, k, "tháng") ? fuzzyMonthAt(ctx, i, k, third, out) : NO_MATCH;
}

/** "đầu năm 2026", "cuối năm nay", "giữa năm": months 1–4, 5–8 or 9–12 ("đầu năm học" is a school year). */
function fuzzyYearAt(ctx: DateContext, i: number, third: number, out: DateCandidate[]): number {
  if (isW(ctx, i + 2, "học") || isW(ctx, i + 2, "tài")) return NO_MATCH;
  const py = periodYear(ctx, i + 2);
  out.push(makeCandidate(ctx, i, py.next, "span", "fuzzy-year", undefined, (ref) => {
    const y = yearOf(py.f, ref);
    return y === null ? null : { a: pt("month", y, third * 4 + 1), b: pt("month", y, third * 4 + 4), fuzzy: true };
  }));
  out[out.length - 1]!.fuzzy = true;
  return py.next;
}

/** "cuối tháng 3/2020", "đầu tháng này", "giữa tháng": days 1–10, 11–20 or 21–end of the month after "tháng" at k. */
function fuzzyMonthAt(ctx: DateContext, i: number, k: number, third: number, out: DateCandidate[]): number {
  const m = monthAt(ctx, k + 1);
  const f: Fields = {};
  let j: number;
  if (m && !m.lunar) {
    f.month = m.m;
    j = monthTail(ctx, m.next, f);
  } else {
    const r = yearRelAt(ctx, k + 1);
    if (r && ctx.at(k + 1).text !== "ngoái") { f.month = -1; f.yearRel = r.rel; j = r.next; }
    else { f.month = 0; j = k + 1; }
  }
  // month -1: "tháng này/tới/trước" (relative), 0: "tháng" alone (the reference month)
  const bare = f.month === 0 || f.month === -1;
  const rel = f.month === -1 ? f.yearRel! : 0;
  const value = (written: Fields) => monthThird(third, bare ? null : written, rel);
  const c = makeCandidate(ctx, i, j, "span", "fuzzy-month", undefined, value(f));
  c.fuzzy = true;
  if (!bare) {
    c.periodFields = f;
    if (!hasYear(f)) c.withYear = (yf) => value({ ...f, ...yf });
  }
  out.push(c);
  return j;
}

/** The third of a month: of the month `f` writes, or (f null) of the reference month moved by `rel`. */
function monthThird(third: number, f: Fields | null, rel: number): Resolver {
  return (ref, fwd): Val | null => {
    let y: number, mm: number;
    if (!f) {
      if (!ref) return null;
      const p = addUnits(pt("month", ref.y, ref.m), rel);
      y = p.y; mm = p.m;
    } else {
      const v = resolveFields(f, ref, fwd);
      if (!v || v.text !== undefined) return null;
      y = v.a.y; mm = v.a.m;
    }
    const dim = daysInMonth(y, mm);
    const a = third * 10 + 1, b = third === 2 ? dim : third * 10 + 10;
    return { a: pt("day", y, mm, a), b: pt("day", y, mm, b), fuzzy: true };
  };
}

/** "tuần đầu tiên / tuần thứ N (của) tháng M [năm Y]": the week starting on the month's first (or Nth) Monday. */
function weekOfMonthAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  let j = seqAt(ctx, i + 1, ["đầu", "tiên"]);
  let nth = 1;
  if (j < 0 && isW(ctx, i + 1, "thứ")) { const n = numberAt(ctx, i + 2, 1); if (n && n.v >= 1 && n.v <= 5) { nth = n.v; j = n.next; } }
  if (j < 0) return NO_MATCH;
  if (isW(ctx, j, "của")) j++;
  if (!isW(ctx, j, "tháng")) return NO_MATCH;
  const m = monthAt(ctx, j + 1);
  if (!m || m.lunar) return NO_MATCH;
  const f: Fields = { month: m.m };
  j = m.next;
  const ys = yearSuffixAt(ctx, j);
  if (ys) { Object.assign(f, ys.f); j = ys.next; }
  out.push(makeCandidate(ctx, i, j, "span", "week-of-month", undefined, (ref, fwd) => {
    const v = resolveFields(f, ref, fwd);
    if (!v || v.text !== undefined) return null;
    const first = dayNum(v.a.y, v.a.m, 1);
    const monday = first + ((8 - weekdayOf(v.a.y, v.a.m, 1)) % 7);
    return { a: dayPoint(monday + 7 * (nth - 1), "week") };
  }));
  return j;
}

/** "mùa hè này", "mùa đông năm nay", "mùa thu năm 2020", "mùa xuân tới": the season's dates (winter ends next year). */
function seasonAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const name = ctx.at(i + 1);
  const se = name.kind === WORD ? SEASONS[name.text] : undefined;
  if (!se) return NO_MATCH;
  let j = i + 2, rel = 0, year: number | null = null, any = false;
  if (isW(ctx, j, "này") || isW(ctx, j, "nay")) { j++; any = true; }
  else if (isW(ctx, j, "tới") || isW(ctx, j, "sau")) { j++; rel = 1; any = true; }
  else if (isW(ctx, j, "trước") || isW(ctx, j, "qua")) { j++; rel = -1; any = true; }
  else if (isW(ctx, j, "năm")) {
    const y = yearNum(ctx, j + 1);
    const r = yearRelAt(ctx, j + 1);
    if (y !== null) { year = y; j += 2; any = true; }
    else if (r) { rel = r.rel; j = r.next; any = true; }
  }
  if (!any) return NO_MATCH;
  const winter = se[0] > se[2];
  out.push(makeCandidate(ctx, i, j, "span", "season", undefined, (ref): Val | null => {
    let y: number;
    if (year !== null) y = year;
    else {
      if (!ref) return null;
      y = ref.y;
      // the current winter started last December when the reference is before its end
      if (winter && (ref.m < se[2] || (ref.m === se[2] && ref.d <= se[3]))) y--;
      y += rel;
    }
    return { a: pt("day", y, se[0], se[1]), b: pt("day", winter ? y + 1 : y, se[2], se[3]) };
  }));
  out[out.length - 1]!.interval = true;
  return j;
}

/** "sau bữa trưa": the early afternoon, 13:00–16:00 (Duckling). */
function afterLunchAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  if (seqAt(ctx, i + 1, ["bữa", "trưa"]) < 0) return NO_MATCH;
  out.push(makeCandidate(ctx, i, i + 3, "span", "after-lunch", undefined, (ref) => {
    if (!ref) return null;
    return { a: pt("hour", ref.y, ref.m, ref.d, 13), b: pt("hour", ref.y, ref.m, ref.d, 16) };
  }));
  return i + 3;
}

export const periodParser: DateParser = { name: "period", triggers: { words: periodTriggers, numbers: ["tháng"] }, parseAt: periodAt };
