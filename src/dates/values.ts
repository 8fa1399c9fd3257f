// Calendar arithmetic, ISO formatting and ranges. All dates are proleptic Gregorian wall-clock values.
import type { Grain, Point, Ref, Val } from "./types";

const DAY_MS = 86_400_000;

/**
 * Milliseconds of a UTC wall-clock time for any year: Date.UTC maps years 0–99 to 1900–1999, so a
 * reference in year 50 resolved "hôm qua" to 1950. Months and days may overflow, as with Date.UTC.
 */
export function utcMs(y: number, m: number, d: number, h = 0, mi = 0, s = 0): number {
  if (plainDay(y, m, d) && plainTime(h) && plainTime(mi) && plainTime(s)) return civilDays(y, m, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000;
  return dateMs(y, m, d, h, mi, s);
}

/** The same through a Date (any numbers: overflowing months, fractions, NaN, years past the Date range). */
function dateMs(y: number, m: number, d: number, h: number, mi: number, s: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  t.setUTCHours(h, mi, s, 0);
  return t.getTime();
}

// Calendar arithmetic without a Date object (each cost a C++ call or three; the date engine asks for thousands a
// pass), for the numbers it meets: whole years far inside the Date range (±271 821), months 1–12, whole days and
// times of modest size. Anything else goes through a Date as before. test/dates/values.test.ts compares them.
const plainDay = (y: number, m: number, d: number) =>
  Number.isInteger(y) && y >= -200_000 && y <= 200_000 && Number.isInteger(m) && m >= 1 && m <= 12 && Number.isInteger(d) && d >= -100_000 && d <= 100_000;
const plainTime = (x: number) => Number.isInteger(x) && x >= -1_000_000 && x <= 1_000_000;

/** Days from 1970-01-01 to y-m-d, proleptic Gregorian (month 1–12; the day may overflow; H. Hinnant's days_from_civil). */
function civilDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Years ISO 8601 writes with four digits; a value outside them is not given. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export function daysInMonth(y: number, m: number): number {
  if (plainDay(y, m, 1)) return m === 2 && leapYear(y) ? 29 : MONTH_DAYS[m - 1]!;
  return new Date(utcMs(y, m + 1, 0)).getUTCDate();
}

export function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Day number (days since 1970-01-01). */
export function dayNum(y: number, m: number, d: number): number {
  if (plainDay(y, m, d)) return civilDays(y, m, d);
  return Math.floor(utcMs(y, m, d) / DAY_MS);
}

export function fromDayNum(n: number): { y: number; m: number; d: number } {
  if (Number.isInteger(n) && n >= -70_000_000 && n <= 70_000_000) {
    // H. Hinnant's civil_from_days
    const z = n + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
  }
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** 1 = Monday … 7 = Sunday */
export function weekdayOf(y: number, m: number, d: number): number {
  const w = (dayNum(y, m, d) + 4) % 7; // 1970-01-01 was a Thursday (4)
  return w <= 0 ? w + 7 : w;
}

export function isoWeek(y: number, m: number, d: number): { wy: number; wn: number } {
  const n = dayNum(y, m, d);
  const thursday = n - weekdayOf(y, m, d) + 4;
  const ty = fromDayNum(thursday).y;
  return { wy: ty, wn: Math.floor((thursday - dayNum(ty, 1, 1)) / 7) + 1 };
}

export function pt(g: Grain, y: number, m = 1, d = 1, h = 0, mi = 0, s = 0): Point {
  return { g, y, m, d, h, mi, s };
}

export function dayPoint(n: number, g: Grain = "day"): Point {
  const { y, m, d } = fromDayNum(n);
  return pt(g, y, m, d);
}

/** Minutes since epoch of a point's start. */
export function minuteOf(p: Point): number {
  return dayNum(p.y, p.m, p.d) * 1440 + p.h * 60 + p.mi;
}

export function refPoint(ref: Ref): Point {
  return pt("second", ref.y, ref.m, ref.d, ref.h, ref.mi, ref.s);
}

/** Two-digit field of an ISO value. */
export const p2 = (n: number) => (n < 10 ? "0" + n : String(n));
const p4 = (n: number) => (n >= 0 && n < 1000 ? String(n).padStart(4, "0") : String(n));

export function formatPoint(p: Point): string {
  const date = `${p4(p.y)}-${p2(p.m)}-${p2(p.d)}`;
  switch (p.g) {
    case "year": return p4(p.y);
    case "half": return `${p4(p.y)}-H${p.m <= 6 ? 1 : 2}`;
    case "quarter": return `${p4(p.y)}-Q${Math.floor((p.m - 1) / 3) + 1}`;
    case "month": return `${p4(p.y)}-${p2(p.m)}`;
    case "week": { const w = isoWeek(p.y, p.m, p.d); return `${p4(w.wy)}-W${p2(w.wn)}`; }
    case "day": return date;
    case "hour": return `${date}T${p2(p.h)}:00`;
    case "minute": return `${date}T${p2(p.h)}:${p2(p.mi)}`;
    case "second": return `${date}T${p2(p.h)}:${p2(p.mi)}:${p2(p.s)}`;
  }
}

/** Whether every point of a value lies in years 1–9999 (a year before or after, as "năm sau" on 9999-12-31, has no ISO form). */
export function inIsoYears(v: Val): boolean {
  const ok = (p: Point) => p.y >= MIN_YEAR && p.y <= MAX_YEAR;
  return ok(v.a) && (!v.b || ok(v.b));
}

export function formatVal(v: Val): string {
  if (v.text !== undefined) return v.text;
  return v.b ? `${formatPoint(v.a)}/${formatPoint(v.b)}` : formatPoint(v.a);
}

/** Add n units of the point's grain. */
export function addUnits(p: Point, n: number): Point {
  switch (p.g) {
    case "year": return pt(p.g, p.y + n);
    case "half": case "quarter": case "month": {
      const step = p.g === "month" ? 1 : p.g === "quarter" ? 3 : 6;
      const idx = p.y * 12 + (p.m - 1) + n * step;
      return pt(p.g, Math.floor(idx / 12), (idx % 12 + 12) % 12 + 1);
    }
    case "week": return dayPoint(dayNum(p.y, p.m, p.d) + 7 * n, "week");
    case "day": return dayPoint(dayNum(p.y, p.m, p.d) + n);
    default: {
      const sec = p.g === "hour" ? 3600 : p.g === "minute" ? 60 : 1;
      const t = utcMs(p.y, p.m, p.d, p.h, p.mi, p.s) + n * sec * 1000;
      const dt = new Date(t);
      return pt(p.g, dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), dt.getUTCHours(), dt.getUTCMinutes(), dt.getUTCSeconds());
    }
  }
}

/** Truncate an instant to the start of its unit at grain g. */
export function truncate(p: Point, g: Grain): Point {
  switch (g) {
    case "year": return pt(g, p.y);
    case "half": return pt(g, p.y, p.m <= 6 ? 1 : 7);
    case "quarter": return pt(g, p.y, Math.floor((p.m - 1) / 3) * 3 + 1);
    case "month": return pt(g, p.y, p.m);
    case "week": return dayPoint(dayNum(p.y, p.m, p.d) - weekdayOf(p.y, p.m, p.d) + 1, "week");
    case "day": return pt(g, p.y, p.m, p.d);
    case "hour": return pt(g, p.y, p.m, p.d, p.h);
    case "minute": return pt(g, p.y, p.m, p.d, p.h, p.mi);
    case "second": return pt(g, p.y, p.m, p.d, p.h, p.mi, p.s);
  }
}

/** Parse one ISO value end ("2019", "2019-01", "2019-01-10", "2019-01-10T16:43", "2025-Q2", "2021-W30") into a point. */
export function parsePoint(s: string): Point | null {
  let m = /^(\d{4})$/.exec(s);
  if (m) return pt("year", +m[1]!);
  m = /^(\d{4})-H([12])$/.exec(s);
  if (m) return pt("half", +m[1]!, m[2] === "1" ? 1 : 7);
  m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (m) return pt("quarter", +m[1]!, (+m[2]! - 1) * 3 + 1);
  m = /^(\d{4})-W(\d{2})$/.exec(s);
  if (m) {
    const y = +m[1]!, w = +m[2]!;
    const jan4 = dayNum(y, 1, 4);
    return dayPoint(jan4 - weekdayOf(y, 1, 4) + 1 + (w - 1) * 7, "week");
  }
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return pt("month", +m[1]!, +m[2]!);
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) {
    if (m[4] === undefined) return pt("day", +m[1]!, +m[2]!, +m[3]!);
    if (m[6] === undefined) return pt(m[5] === "00" ? "hour" : "minute", +m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!);
    return pt("second", +m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  }
  return null;
}

/** [start, end) in minutes since epoch (seconds dropped below minute precision, kept as fractions). */
export function rangeOf(a: Point, b: Point = a): [number, number] {
  const start = minuteOf(a) + a.s / 60;
  const nb = addUnits(b, 1);
  return [start, minuteOf(nb) + nb.s / 60];
}
