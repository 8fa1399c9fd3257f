// "Chiều cùng ngày", "16h cùng ngày": the day of the latest day-level mention before it (a relative day counts,
// an interval, a clock time alone and a bound such as "sau ngày 1/1/2008" do not); "tháng 9 năm đó": the year of the
// latest mention before it. Without one, no mention.
import type { Cand, Ctx, Fields, Ref, Val } from "../types";
import { resolveFields } from "./resolve";
import { dayNum } from "../values";

function resolved(c: Cand, ref: Ref | null, fwd: boolean): Val | null {
  if (c.kind === "pod") return null;
  return c.f ? resolveFields(c.f, ref, fwd) : c.r ? c.r(ref, fwd) : null;
}

const DAY_GRAINS = new Set(["day", "hour", "minute", "second"]);
const YEARLESS_DAY = /^--(\d{2})-(\d{2})/;

/**
 * How a day-level candidate bears on "cùng ngày": 1 it is a day of the story; 0 it is no day of the story (a clock
 * time alone, a bound such as "sau ngày 1/1/2008", a birth date) and leaves the anchor as it was; -1 it is a day far
 * (over a year) from the reference, as in a career list or a history, and the anchor is lost.
 */
function storyDay(ctx: Ctx, c: Cand, v: Val, ref: Ref | null): number {
  const f = c.f;
  if (f && f.day === undefined && f.dayRel === undefined && f.weekday === undefined && !f.now) return 0;
  let p = ctx.at(c.ts - 1);
  if (p.k === 0 && p.t === "ngày") p = ctx.at(c.ts - 2);
  if (p.k === 0 && (p.t === "sau" || p.t === "trước" || p.t === "sinh")) return 0;
  return !ref || v.text !== undefined || Math.abs(dayNum(v.a.y, v.a.m, v.a.d) - dayNum(ref.y, ref.m, ref.d)) <= 370 ? 1 : -1;
}

export function refineAnaphora(ctx: Ctx, cands: Cand[], ref: Ref | null, fwd: boolean): Cand[] {
  let any = false;
  for (const c of cands) if (c.f && (c.f.sameDay || c.f.thatYear)) { any = true; break; }
  if (!any) return cands;
  let day: Fields | null = null;
  let year: number | null = null;
  const out: Cand[] = [];
  for (let c of cands) {
    if (c.f?.sameDay) {
      if (!day) continue;
      c = { ...c, f: { ...c.f, sameDay: undefined, ...day } };
    } else if (c.f?.thatYear) {
      if (year === null) continue;
      c = { ...c, f: { ...c.f, thatYear: undefined, year } };
    }
    out.push(c);
    const v = resolved(c, ref, fwd);
    if (!v) continue;
    if (v.text !== undefined) {
      // no reference: a yearless day ("--02-07") is still the day meant
      const m = YEARLESS_DAY.exec(v.text);
      if (m && !v.b && storyDay(ctx, c, v, ref) === 1) day = { month: +m[1]!, day: +m[2]! };
      continue;
    }
    year = (v.b ?? v.a).y;
    if (!v.b && DAY_GRAINS.has(v.a.g)) {
      const sd = storyDay(ctx, c, v, ref);
      if (sd === 1) day = { year: v.a.y, month: v.a.m, day: v.a.d };
      else if (sd === -1) day = null;
    }
  }
  return out;
}
