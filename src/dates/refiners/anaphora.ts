// "Chiều cùng ngày", "16h cùng ngày": the day of the latest day-level mention before it (a relative day counts,
// an interval, a clock time alone and a bound such as "sau ngày 1/1/2008" do not); "tháng 9 năm đó": the year of the
// latest mention before it. Without one, no mention.
import { WORD } from "../types";
import type { DateCandidate, DateContext, Fields, Ref, Val } from "../types";
import { resolveFields } from "./resolve";
import { dayNum } from "../values";

function resolved(c: DateCandidate, ref: Ref | null, fwd: boolean): Val | null {
  if (c.kind === "pod") return null;
  return c.fields ? resolveFields(c.fields, ref, fwd) : c.resolve ? c.resolve(ref, fwd) : null;
}

const DAY_GRAINS = new Set(["day", "hour", "minute", "second"]);
const YEARLESS_DAY = /^--(\d{2})-(\d{2})/;

/**
 * How a day-level candidate bears on "cùng ngày": 1 it is a day of the story; 0 it is no day of the story (a clock
 * time alone, a bound such as "sau ngày 1/1/2008", a birth date) and leaves the anchor as it was; -1 it is a day far
 * (over a year) from the reference, as in a career list or a history, and the anchor is lost.
 */
function storyDay(ctx: DateContext, c: DateCandidate, v: Val, ref: Ref | null): number {
  const f = c.fields;
  if (f && f.day === undefined && f.dayRel === undefined && f.weekday === undefined && !f.now) return 0;
  let p = ctx.at(c.firstToken - 1);
  if (p.kind === WORD && p.text === "ngày") p = ctx.at(c.firstToken - 2);
  if (p.kind === WORD && (p.text === "sau" || p.text === "trước" || p.text === "sinh")) return 0;
  return !ref || v.text !== undefined || Math.abs(dayNum(v.a.y, v.a.m, v.a.d) - dayNum(ref.y, ref.m, ref.d)) <= 370 ? 1 : -1;
}

export function refineAnaphora(ctx: DateContext, cands: DateCandidate[], ref: Ref | null, fwd: boolean): DateCandidate[] {
  let any = false;
  for (const c of cands) if (c.fields && (c.fields.sameDay || c.fields.thatYear)) { any = true; break; }
  if (!any) return cands;
  let day: Fields | null = null;
  let year: number | null = null;
  const out: DateCandidate[] = [];
  for (let c of cands) {
    if (c.fields?.sameDay) {
      if (!day) continue;
      c = { ...c, fields: { ...c.fields, sameDay: undefined, ...day } };
    } else if (c.fields?.thatYear) {
      if (year === null) continue;
      c = { ...c, fields: { ...c.fields, thatYear: undefined, year } };
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
