/** Calendar arithmetic without Date objects: the same numbers as through a Date, overflow and odd years included. */
import { describe, expect, it } from "vitest";
import { dayNum, daysInMonth, fromDayNum, utcMs, validDate } from "../../src/dates/values";

const DAY_MS = 86_400_000;
// The definitions these replace, through a Date.
const byDate = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  t.setUTCHours(h, mi, s, 0);
  return t.getTime();
};
const daysByDate = (y: number, m: number) => new Date(byDate(y, m + 1, 0)).getUTCDate();
const fromByDate = (n: number) => {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};

const YEARS = [-200_001, -200_000, -401, -400, -399, -101, -100, -99, -5, -4, -1, 0, 1, 4, 50, 99, 100, 101, 1582, 1600, 1700, 1899, 1900, 1969, 1970, 1971, 1999, 2000, 2001, 2020, 2024, 2025, 2100, 2400, 9999, 10_000, 199_999, 200_000, 200_001, 275_760, 1.5, NaN];
const MONTHS = [-1, 0, 1, 2, 3, 7, 11, 12, 13, 25, 2.5];
const DAYS = [-100_001, -100_000, -400, -32, -1, 0, 1, 2, 27, 28, 29, 30, 31, 32, 60, 366, 400, 100_000, 100_001, 0.5];

describe("calendar arithmetic", () => {
  it("dayNum, daysInMonth, validDate and utcMs agree with Date for every year, month and day of the table", () => {
    for (const y of YEARS) {
      for (const m of MONTHS) {
        expect(daysInMonth(y, m)).toEqual(daysByDate(y, m));
        for (const d of DAYS) {
          expect(dayNum(y, m, d)).toEqual(Math.floor(byDate(y, m, d) / DAY_MS));
          expect(validDate(y, m, d)).toBe(m >= 1 && m <= 12 && d >= 1 && d <= daysByDate(y, m));
          expect(utcMs(y, m, d)).toEqual(byDate(y, m, d));
          for (const [h, mi, s] of [[23, 59, 59], [24, 0, 0], [-1, 30, 0], [1_000_000, 0, 0], [1_000_001, 0, 0], [12, 0.5, 0]] as const) {
            expect(utcMs(y, m, d, h, mi, s)).toEqual(byDate(y, m, d, h, mi, s));
          }
        }
      }
    }
  });

  it("every day of 1900–2100, and of stretches around year 0, years ±6 000 and the bounds of the short way, round-trips", () => {
    const wrong: number[] = [];
    for (const [a, b] of [[-73_000_000, -72_999_000], [-3_000_000, -2_999_000], [-719_528 - 800, -719_528 + 800], [-25_567, 47_482], [2_900_000, 2_901_000], [69_999_000, 70_001_000]] as const) {
      for (let n = a; n <= b; n++) {
        const got = fromDayNum(n), want = fromByDate(n);
        if (got.y !== want.y || got.m !== want.m || got.d !== want.d) wrong.push(n);
        else if (Math.abs(got.y) <= 200_000 && dayNum(got.y, got.m, got.d) !== n) wrong.push(n);
      }
    }
    expect(wrong).toEqual([]);
    expect(fromDayNum(0.5)).toEqual(fromByDate(0.5));
    expect(fromDayNum(NaN)).toEqual(fromByDate(NaN));
  });
});
