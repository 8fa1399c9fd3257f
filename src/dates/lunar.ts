// Lunar ↔ solar conversion (Vietnamese calendar, UTC+7) wrapped so callers never see exceptions.
import { LunarDate, SolarDate } from "@nghiavuive/lunar_date_vi";

export interface YMD { y: number; m: number; d: number }

export function lunarToSolar(y: number, m: number, d: number, leap = false): YMD | null {
  if (y < 1800 || y > 2199) return null;
  try {
    const l = new LunarDate({ day: d, month: m, year: y, leap_month: leap });
    l.init();
    const s = l.toSolarDate().get();
    return { y: s.year, m: s.month, d: s.day };
  } catch {
    return null;
  }
}

export function solarToLunar(y: number, m: number, d: number): (YMD & { leap: boolean }) | null {
  if (y < 1800 || y > 2199) return null;
  try {
    const l = new SolarDate({ day: d, month: m, year: y }).toLunarDate().get();
    return { y: l.year, m: l.month, d: l.day, leap: l.leap_month };
  } catch {
    return null;
  }
}

/** Last day of a lunar month (29 or 30). */
export function lunarMonthLength(y: number, m: number): number {
  return lunarToSolar(y, m, 30) ? 30 : 29;
}
