// Periods: quarters ("quý II/2025", "quý 4 của năm 2018", "quý này"), halves ("6 tháng đầu năm 2023", "nửa cuối năm"),
// fuzzy thirds ("đầu năm 2026", "cuối tháng 3"), weeks of a month ("tuần đầu tiên của tháng 9 năm 2017"),
// seasons ("mùa hè này", "mùa đông năm 2020").
import { NUMBER, PUNCTUATION, WORD, NO_MATCH } from "../types";
import { dict } from "../vocabulary";
import type { DateCandidate, DateContext, Fields, Ref, Resolver, Val, DateParser } from "../types";
import { hasYear } from "../refiners/common";
import { isP, isW, seqAt } from "../tokens";
import { monthAt, NUMBER_WORDS, numberAt, WEEK_REL } from "../vocabulary";
import { addUnits, dayNum, dayPoint, daysInMonth, pt, refPoint, truncate, weekdayOf } from "../values";
import { resolveFields } from "../refiners/resolve";
import { mk, monthTail, yearNum, yearRelAt, yearSuffixAt } from "./common";

const NUMW = NUMBER_WORDS; // local alias: hot loop
const TRIGGERS = new Set(["quý", "nửa", "đầu", "giữa", "cuối", "tuần", "mùa", "sau", "thượng", "trung", "hạ"]);
// "thượng tuần", "trung tuần", "hạ tuần": the first, middle and last ten days of a month
const DEKAD: Record<string, number> = dict({ "thượng": 0, "trung": 1, "hạ": 2 });
const ROMAN: Record<string, number> = dict({ "i": 1, "ii": 2, "iii": 3, "iv": 4 });

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

const SEASONS: Record<string, [number, number, number, number]> = dict({
  // start month/day, end month/day (inclusive); winter ends the next year
  "xuân": [3, 20, 6, 20], "hè": [6, 21, 9, 23], "hạ": [6, 21, 9, 23], "thu": [9, 24, 12, 20], "đông": [12, 21, 3, 20],
});

export const periodTriggers: readonly string[] = [...TRIGGERS, ...NUMBER_WORDS];

/** One period match at hot token i. */
function periodAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  if (t.kind === PUNCTUATION) return NO_MATCH;
  if (t.kind === NUMBER && !isW(ctx, i + 1, "tháng")) return NO_MATCH;
  if (t.kind === WORD && !TRIGGERS.has(t.text) && !(NUMW.has(t.text) && isW(ctx, i + 1, "tháng"))) return NO_MATCH;
  if (t.kind === WORD && t.text === "quý") {
    const w = ctx.at(i + 1);
    let q = 0, j = i + 2;
    if (w.kind === WORD && ROMAN[w.text] !== undefined) q = ROMAN[w.text]!;
    else { const n = numberAt(ctx, i + 1, 1); if (n && n.v >= 1 && n.v <= 4) { q = n.v; j = n.next; } }
    if (!q) {
      const r = yearRelAt(ctx, i + 1);
      if (!r || ctx.at(i + 1).text === "ngoái") return NO_MATCH;
      const rel = r.rel;
      out.push(mk(ctx, i, r.next, "span", "relative-quarter", undefined, (ref) => (ref ? { a: addUnits(truncate(refPoint(ref), "quarter"), rel) } : null)));
      return r.next;
    }
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
      const Q0 = q, Q1 = qEnd, f0 = yf;
      out.push(mk(ctx, i, j, "span", "quarters", undefined, (ref): Val | null => {
        const y = yearOf(f0, ref);
        return y === null ? null : { a: pt("quarter", y, (Q0 - 1) * 3 + 1), b: pt("quarter", y, (Q1 - 1) * 3 + 1) };
      }));
      out[out.length - 1]!.interval = true;
      return j;
    }
    const Q = q;
    out.push(mk(ctx, i, j, "span", "quarter", undefined, (ref, fwd): Val | null => {
      if (yf) { const y = yearOf(yf, ref); return y === null ? null : { a: pt("quarter", y, (Q - 1) * 3 + 1) }; }
      if (!ref) return { a: pt("quarter", 0, 1), text: "" };
      const cur = ref.y * 4 + Math.floor((ref.m - 1) / 3);
      const cands = [cur - 4, cur, cur + 4].map((c) => c - (c % 4) + Q - 1);
      // nearest: a quarter number alone means one of the reference year ("quý 3" in February = Q3 of this year)
      const best = fwd ? cands.find((c) => c >= cur)! : cands[1]!;
      return { a: pt("quarter", Math.floor(best / 4), (best % 4) * 3 + 1) };
    }));
    return j;
  }
  // N tháng đầu/cuối năm [Y], nửa đầu/cuối năm [Y]
  {
    let n: { v: number; next: number } | null = null;
    if (t.kind === WORD && t.text === "nửa") n = { v: 6, next: i + 1 };
    else if (isW(ctx, i + 1, "tháng") || (t.kind === WORD && isW(ctx, i + 1, "tháng"))) { const x = numberAt(ctx, i); if (x && x.next === i + 1) n = { v: x.v, next: i + 2 }; }
    if (n && n.v >= 1 && n.v <= 11) {
      const side = ctx.at(n.next).text;
      if ((side === "đầu" || side === "cuối") && isW(ctx, n.next + 1, "năm")) {
        const py = periodYear(ctx, n.next + 2);
        const N = n.v, first = side === "đầu";
        out.push(mk(ctx, i, py.next, "span", "months-of-year", undefined, (ref) => {
          const y = yearOf(py.f, ref);
          if (y === null) return null;
          return first ? { a: pt("month", y, 1), b: pt("month", y, N) } : { a: pt("month", y, 13 - N), b: pt("month", y, 12) };
        }));
        out[out.length - 1]!.interval = true;
        return py.next;
      }
    }
  }
  // cuối tuần [này|qua|trước|tới|sau]: Saturday–Sunday of that week
  if (t.kind === WORD && t.text === "cuối" && isW(ctx, i + 1, "tuần")) {
    const w = ctx.at(i + 2);
    const rel = w.kind === WORD ? WEEK_REL[w.text] : undefined;
    const j = rel === undefined ? i + 2 : i + 3;
    const r = rel ?? 0;
    out.push(mk(ctx, i, j, "span", "weekend", undefined, (ref) => {
      if (!ref) return null;
      const mon = dayNum(ref.y, ref.m, ref.d) - weekdayOf(ref.y, ref.m, ref.d) + 1 + 7 * r;
      return { a: dayPoint(mon + 5), b: dayPoint(mon + 6) };
    }));
    out[out.length - 1]!.interval = true;
    return j;
  }
  const dekad = t.kind === WORD && isW(ctx, i + 1, "tuần") && isW(ctx, i + 2, "tháng") ? DEKAD[t.text] : undefined;
  if (t.kind === WORD && (t.text === "đầu" || t.text === "giữa" || t.text === "cuối" || dekad !== undefined)) {
    const third = dekad !== undefined ? dekad : t.text === "đầu" ? 0 : t.text === "giữa" ? 1 : 2;
    const k = dekad !== undefined ? i + 2 : i + 1; // "trung tuần tháng 3": "tháng" after "tuần"
    if (dekad === undefined && isW(ctx, i + 1, "năm")) {
      if (isW(ctx, i + 2, "học") || isW(ctx, i + 2, "tài")) return NO_MATCH;
      const py = periodYear(ctx, i + 2);
      out.push(mk(ctx, i, py.next, "span", "fuzzy-year", undefined, (ref) => {
        const y = yearOf(py.f, ref);
        return y === null ? null : { a: pt("month", y, third * 4 + 1), b: pt("month", y, third * 4 + 4), fuzzy: true };
      }));
      out[out.length - 1]!.fuzzy = true;
      return py.next;
    }
    if (isW(ctx, k, "tháng")) {
      const m = monthAt(ctx, k + 1);
      const f: Fields = {};
      let j: number;
      if (m && !m.lunar) {
        f.month = m.m; j = m.next;
        j = monthTail(ctx, j, f);
      } else {
        const r = yearRelAt(ctx, k + 1);
        if (r && ctx.at(k + 1).text !== "ngoái") { f.month = -1; f.yearRel = r.rel; j = r.next; }
        else { f.month = 0; j = k + 1; }
      }
      const rel = f.month === -1 ? f.yearRel! : 0, bare = f.month === 0 || f.month === -1;
      const fuzzyMonth = (f: Fields): Resolver => (ref, fwd): Val | null => {
        let y: number, mm: number;
        if (bare) {
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
      const c = mk(ctx, i, j, "span", "fuzzy-month", undefined, fuzzyMonth(f));
      c.fuzzy = true;
      if (!bare) {
        c.periodFields = f;
        if (!hasYear(f)) c.withYear = (yf) => fuzzyMonth({ ...f, ...yf });
      }
      out.push(c);
      return j;
    }
  }
  // tuần đầu tiên / tuần thứ N (của) tháng M [năm Y]
  if (t.kind === WORD && t.text === "tuần") {
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
    const N = nth;
    out.push(mk(ctx, i, j, "span", "week-of-month", undefined, (ref, fwd) => {
      const v = resolveFields(f, ref, fwd);
      if (!v || v.text !== undefined) return null;
      const first = dayNum(v.a.y, v.a.m, 1);
      const monday = first + ((8 - weekdayOf(v.a.y, v.a.m, 1)) % 7);
      return { a: dayPoint(monday + 7 * (N - 1), "week") };
    }));
    return j;
  }
  // mùa hè này, mùa đông năm nay, mùa thu năm 2020, mùa xuân tới
  if (t.kind === WORD && t.text === "mùa" && ctx.at(i + 1).kind === WORD && SEASONS[ctx.at(i + 1).text]) {
    const se = SEASONS[ctx.at(i + 1).text]!;
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
    out.push(mk(ctx, i, j, "span", "season", undefined, (ref): Val | null => {
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
  // "sau bữa trưa": the early afternoon (Duckling)
  if (t.kind === WORD && t.text === "sau" && seqAt(ctx, i + 1, ["bữa", "trưa"]) > 0) {
    out.push(mk(ctx, i, i + 3, "span", "after-lunch", undefined, (ref) => {
      if (!ref) return null;
      return { a: pt("hour", ref.y, ref.m, ref.d, 13), b: pt("hour", ref.y, ref.m, ref.d, 16) };
    }));
    return i + 3;
  }
  return NO_MATCH;
}

export const periodParser: DateParser = { name: "period", triggers: { words: periodTriggers, numbers: true }, parseAt: periodAt };
