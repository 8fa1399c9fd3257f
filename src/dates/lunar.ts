// Lunar ↔ solar conversion (Vietnamese calendar, UTC+7) wrapped so callers never see exceptions.
// A static import (the package is a UMD/CommonJS module: its exports are the default import), so
// that bundlers include it: loaded through createRequire, it was missing from a browser bundle,
// where lunar dates then silently became a person ("Giáp Thìn").
import lunarCalendar from "@nghiavuive/lunar_date_vi";

const lib = () => lunarCalendar;

export interface YMD { y: number; m: number; d: number }

// The conversion is costly (astronomical series); news repeats the same few dates, so remember them.
const CACHE = new Map<number, YMD | null>();
const CACHE_MAX = 20_000;

export function lunarToSolar(y: number, m: number, d: number, leap = false): YMD | null {
  if (!Number.isInteger(y) || y < 1800 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 30) return null;
  const key = ((y * 13 + m) * 31 + d) * 2 + (leap ? 1 : 0);
  const hit = CACHE.get(key);
  if (hit !== undefined) return hit;
  if (CACHE.size >= CACHE_MAX) CACHE.clear();
  const v = convert(y, m, d, leap);
  CACHE.set(key, v);
  return v;
}

function convert(y: number, m: number, d: number, leap: boolean): YMD | null {
  try {
    const l = new (lib().LunarDate)({ day: d, month: m, year: y, leap_month: leap });
    l.init();
    const s = l.toSolarDate().get();
    return { y: s.year, m: s.month, d: s.day };
  } catch {
    return null;
  }
}

const CACHE_S = new Map<number, (YMD & { leap: boolean }) | null>();

export function solarToLunar(y: number, m: number, d: number): (YMD & { leap: boolean }) | null {
  if (!Number.isInteger(y) || y < 1800 || y > 2199) return null;
  const key = (y * 13 + m) * 32 + d;
  const hit = CACHE_S.get(key);
  if (hit !== undefined) return hit;
  if (CACHE_S.size >= CACHE_MAX) CACHE_S.clear();
  const v = convertS(y, m, d);
  CACHE_S.set(key, v);
  return v;
}

function convertS(y: number, m: number, d: number): (YMD & { leap: boolean }) | null {
  try {
    const l = new (lib().SolarDate)({ day: d, month: m, year: y }).toLunarDate().get();
    return { y: l.year, m: l.month, d: l.day, leap: l.leap_month };
  } catch {
    return null;
  }
}

/** Last day of a lunar month (29 or 30). */
export function lunarMonthLength(y: number, m: number): number {
  return lunarToSolar(y, m, 30) ? 30 : 29;
}
