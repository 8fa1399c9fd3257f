// Resolve written fields against the reference: nearest occurrence by default, next occurrence with forwardDate.
import type { DateReference, Fields, Point, Ref, Val } from "../types";
import { addUnits, dayNum, dayPoint, fromDayNum, minuteOf, p2, pt, refPoint, validDate, weekdayOf } from "../values";
import { lunarMonthLength, lunarToSolar, solarToLunar } from "../lunar";

export function toRef(r: DateReference | null): Ref | null {
  if (!r) return null;
  const { year: y, month: m, day: d } = r;
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1 || y > 9999 || !validDate(y, m, d)) return null;
  const h = r.hour ?? 0, mi = r.minute ?? 0, s = r.second ?? 0;
  if (!(h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59)) return null;
  return { y, m, d, h, mi, s, hasTime: r.hour !== undefined };
}


/** Two-digit year: within ten years ahead of the reference, else the previous century. */
function fullYear(yy: number, ref: Ref | null): number {
  const pivot = ref ? (ref.y % 100) + 10 : 50;
  const century = ref ? Math.floor(ref.y / 100) * 100 : 2000;
  return yy <= pivot ? century + yy : century - 100 + yy;
}

/** The year written or implied by the fields; undefined when missing; NaN when it needs a missing reference. */
function explicitYear(f: Fields, ref: Ref | null): number | undefined {
  if (f.year !== undefined) return f.year;
  if (f.yy !== undefined) return fullYear(f.yy, ref);
  if (f.yearRel !== undefined) return ref ? ref.y + f.yearRel : NaN;
  if (f.canChi !== undefined) {
    if (!ref) return NaN;
    // nearest year to the reference in the 60-year cycle
    const base = ref.y - ((((ref.y - 4) % 60) + 60) % 60) + f.canChi;
    return [base - 60, base, base + 60].reduce((a, b) => (Math.abs(b - ref.y) < Math.abs(a - ref.y) ? b : a));
  }
  return undefined;
}

/** Day number of (y, m, d) in the calendar of the fields (lunar converted), or null. */
function dayOf(y: number, m: number, d: number, lunar: boolean): number | null {
  if (lunar) {
    const s = lunarToSolar(y, m, d);
    return s ? dayNum(s.y, s.m, s.d) : null;
  }
  return validDate(y, m, d) ? dayNum(y, m, d) : null;
}

function pick(cands: number[], target: number, fwd: boolean, dir: number | undefined): number | undefined {
  if (cands.length === 0) return undefined;
  if (fwd || dir === 1) {
    const after = cands.filter((n) => n >= target).sort((a, b) => a - b);
    if (after.length) return after[0];
  }
  if (dir === -1) {
    const before = cands.filter((n) => n <= target).sort((a, b) => b - a);
    if (before.length) return before[0];
  }
  let best = cands[0]!;
  for (const n of cands) if (Math.abs(n - target) < Math.abs(best - target)) best = n;
  return best;
}

function lunarMonthVal(y: number, m: number): Val | null {
  const a = lunarToSolar(y, m, 1);
  const b = lunarToSolar(y, m, lunarMonthLength(y, m));
  if (!a || !b) return null;
  return { a: pt("day", a.y, a.m, a.d), b: pt("day", b.y, b.m, b.d), lunar: true };
}

/** The date part (year, month or day grain). */
function resolveDate(f: Fields, ref: Ref | null, fwd: boolean): Val | null {
  const lunar = !!f.lunar;
  const Y = explicitYear(f, ref);
  if (Y !== undefined && Number.isNaN(Y)) return null;
  const refN = ref ? dayNum(ref.y, ref.m, ref.d) : 0;
  if (f.dayRel !== undefined) return ref ? { a: dayPoint(refN + f.dayRel) } : null;
  if (f.weekday !== undefined && f.day === undefined) {
    if (!ref) return null;
    const wd = f.weekday, rw = weekdayOf(ref.y, ref.m, ref.d);
    let n: number;
    if (f.weekRel !== undefined) n = refN - rw + 1 + 7 * f.weekRel + wd - 1;
    else if (f.dir === 1) n = refN + ((wd - rw + 7) % 7 || 7);
    else if (f.dir === -1) n = refN - ((rw - wd + 7) % 7 || 7);
    else if (fwd) n = refN + ((wd - rw + 7) % 7);
    else { const diff = (wd - rw + 7) % 7; n = refN + (diff > 3 ? diff - 7 : diff); }
    return { a: dayPoint(n) };
  }
  if (f.month !== undefined && f.day !== undefined) {
    const m = f.month, d = f.day;
    if (Y !== undefined) {
      const n = dayOf(Y, m, d, lunar);
      return n === null ? null : { a: dayPoint(n), lunar };
    }
    if (!ref) return lunar || !validDate(2000, m, d) ? null : { a: pt("day", 0, m, d), text: `--${p2(m)}-${p2(d)}` };
    const baseY = lunar ? (solarToLunar(ref.y, ref.m, ref.d)?.y ?? ref.y) : ref.y;
    let cands: number[] = [];
    for (let y = baseY - 1; y <= baseY + 1; y++) { const n = dayOf(y, m, d, lunar); if (n !== null) cands.push(n); }
    if (f.weekday !== undefined) {
      const match = cands.filter((n) => { const p = fromDayNum(n); return weekdayOf(p.y, p.m, p.d) === f.weekday; });
      if (match.length) cands = match;
    }
    const n = pick(cands, refN, fwd, f.dir);
    return n === undefined ? null : { a: dayPoint(n), lunar };
  }
  if (f.month !== undefined) {
    const m = f.month;
    if (lunar) {
      if (Y !== undefined) return lunarMonthVal(Y, m);
      if (!ref) return null;
      const baseY = solarToLunar(ref.y, ref.m, ref.d)?.y ?? ref.y;
      const vals = [baseY - 1, baseY, baseY + 1].map((y) => lunarMonthVal(y, m)).filter((v): v is Val => v !== null);
      const n = pick(vals.map((v) => dayNum(v.a.y, v.a.m, v.a.d)), refN, fwd, f.dir);
      return vals.find((v) => dayNum(v.a.y, v.a.m, v.a.d) === n) ?? null;
    }
    if (Y !== undefined) return { a: pt("month", Y, m) };
    if (!ref) return { a: pt("month", 0, m), text: `--${p2(m)}` };
    const target = ref.y * 12 + ref.m - 1;
    const idx = pick([target - 12 + m - ref.m, target + m - ref.m, target + 12 + m - ref.m], target, fwd, f.dir)!;
    return { a: pt("month", Math.floor(idx / 12), (idx % 12) + 1) };
  }
  if (f.day !== undefined) {
    // a day without a month: the nearest such day around the reference month
    if (!ref) return null;
    const cands: number[] = [];
    for (let k = -1; k <= 1; k++) {
      const idx = ref.y * 12 + ref.m - 1 + k;
      const y = Math.floor(idx / 12), m = (idx % 12) + 1;
      if (validDate(y, m, f.day)) cands.push(dayNum(y, m, f.day));
    }
    const n = pick(cands, refN, fwd, f.dir);
    return n === undefined ? null : { a: dayPoint(n) };
  }
  if (Y !== undefined) return { a: pt("year", Y) };
  return null;
}

function hasDate(f: Fields): boolean {
  return f.year !== undefined || f.yy !== undefined || f.yearRel !== undefined || f.canChi !== undefined ||
    f.month !== undefined || f.day !== undefined || f.dayRel !== undefined || f.weekday !== undefined;
}

export function resolveFields(f: Fields, ref: Ref | null, fwd: boolean): Val | null {
  if (f.sameDay || f.thatYear) return null; // an anaphora refineAnaphora could not fill in
  if (f.now) return ref ? (ref.hasTime ? { a: refPoint(ref) } : { a: pt("day", ref.y, ref.m, ref.d) }) : null;
  if (f.hour === undefined) {
    const v = resolveDate(f, ref, fwd);
    if (v && f.pod && v.a.g === "day" && !v.b) v.pod = f.pod;
    return v;
  }
  const g = f.second !== undefined ? "second" : f.minute !== undefined ? "minute" : "hour";
  const h = f.hour, mi = f.minute ?? 0, s = f.second ?? 0;
  const at = (n: number, hh: number): Point => { const p = dayPoint(n); return pt(g, p.y, p.m, p.d, hh, mi, s); };
  if (hasDate(f)) {
    const d = resolveDate(f, ref, fwd);
    if (!d) return null;
    if (d.text !== undefined) return { a: { ...d.a, g }, text: `${d.text}T${p2(h)}:${p2(mi)}${g === "second" ? ":" + p2(s) : ""}` };
    if (d.a.g !== "day" || d.b) return d;
    let hh = h;
    if (f.ampmFree && fwd && ref && dayNum(d.a.y, d.a.m, d.a.d) === dayNum(ref.y, ref.m, ref.d) && h < 12 && h * 60 + mi < ref.h * 60 + ref.mi) hh = h + 12;
    return { a: at(dayNum(d.a.y, d.a.m, d.a.d), hh), lunar: d.lunar };
  }
  if (!ref) return { a: pt(g, 0, 1, 1, h, mi, s), text: `T${p2(h)}:${p2(mi)}${g === "second" ? ":" + p2(s) : ""}` };
  const refN = dayNum(ref.y, ref.m, ref.d);
  if (!ref.hasTime) return { a: at(refN, h) };
  const refMin = minuteOf(refPoint(ref));
  const hours = f.ampmFree && fwd && h >= 1 && h <= 12 ? (h === 12 ? [12, 0] : [h, h + 12]) : [h];
  const cands: Point[] = [];
  for (let k = fwd ? 0 : -1; k <= 1; k++) for (const hh of hours) cands.push(at(refN + k, hh));
  let best: Point | undefined;
  if (fwd) {
    for (const p of cands) if (minuteOf(p) >= refMin && (!best || minuteOf(p) < minuteOf(best))) best = p;
  } else {
    for (const p of cands) if (!best || Math.abs(minuteOf(p) - refMin) < Math.abs(minuteOf(best) - refMin)) best = p;
  }
  return { a: best ?? cands[0]! };
}

/**
 * An end of an interval at the grain written: a fuzzy third ("giữa năm 2006", "cuối tháng 3") stands for its whole
 * year or month ("từ năm 1999 đến giữa năm 2006" = 1999/2006).
 */
export function widenFuzzy(v: Val): Val {
  if (!v.fuzzy || !v.b || v.text !== undefined) return v;
  const { a, b } = v;
  if (a.g === "month" && b.g === "month" && a.y === b.y) return { a: pt("year", a.y), lunar: v.lunar };
  if (a.g === "day" && b.g === "day" && a.y === b.y && a.m === b.m) return { a: pt("month", a.y, a.m), lunar: v.lunar };
  return v;
}

/** Combine two resolved values into an interval a..b (b inclusive); null if b precedes a. */
export function joinVals(x: Val, y: Val): Val | null {
  const a = x.a, b = y.b ?? y.a;
  if (x.text !== undefined || y.text !== undefined) {
    if (x.text === undefined || y.text === undefined) return null;
    return { a, b, text: `${x.text}/${y.text}` };
  }
  if (minuteOf(addUnits(b, 1)) <= minuteOf(a)) return null;
  return { a, b, lunar: x.lunar || y.lunar };
}
