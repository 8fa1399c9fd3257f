// "thứ Hai (27/2)", "thứ 2 ngày 6 tháng 2", "Thứ Sáu, 11/01/2019": the weekday joins the date (and picks its year).
import type { DateCandidate, DateContext } from "../types";
import { between, isConnector, merged, mergePass } from "./common";

export function refineWeekdayDate(ctx: DateContext, cands: DateCandidate[]): DateCandidate[] {
  return mergePass(cands, (a, b) => {
    // "Chiều nay (19/6)", "Sáng nay, 21/06/2017", "hôm nay (3/6)", "Cùng ngày (19/6)": the written date says which day
    if (a.fields && b.fields && (a.fields.dayRel !== undefined || a.fields.sameDay) && a.fields.hour === undefined && b.kind === "date" && b.fields.day !== undefined && b.fields.month !== undefined && b.fields.hour === undefined && b.fields.dayRel === undefined) {
      const gap = between(ctx, a, b);
      if (!isConnector(gap, ["", ",", "("])) return null;
      const m = merged(a, b, { ...b.fields, pod: a.fields.pod ?? b.fields.pod }, "relative-day+date");
      if (gap[0] === "(" && ctx.at(b.endToken).text === ")") { m.endToken = b.endToken + 1; m.end = ctx.at(b.endToken).end; }
      return m;
    }
    if (!a.fields || !b.fields || a.fields.weekday === undefined || a.fields.day !== undefined || a.fields.weekRel !== undefined || a.fields.dir !== undefined) return null;
    if (b.fields.day === undefined || b.fields.month === undefined || b.fields.weekday !== undefined || b.fields.hour !== undefined) return null;
    const gap = between(ctx, a, b);
    if (!isConnector(gap, ["", ",", "-", "("])) return null;
    const m = merged(a, b, { ...b.fields, weekday: a.fields.weekday, pod: a.fields.pod ?? b.fields.pod }, "weekday+date");
    if (gap[0] === "(" && ctx.at(b.endToken).text === ")") { m.endToken = b.endToken + 1; m.end = ctx.at(b.endToken).end; }
    return m;
  });
}
