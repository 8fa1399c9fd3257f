// "thứ Hai (27/2)", "thứ 2 ngày 6 tháng 2", "Thứ Sáu, 11/01/2019": the weekday joins the date (and picks its year).
import type { Cand, Ctx } from "../types";
import { between, isConnector, merged, mergePass } from "./common";

export function refineWeekdayDate(ctx: Ctx, cands: Cand[]): Cand[] {
  return mergePass(cands, (a, b) => {
    // "Chiều nay (19/6)", "Sáng nay, 21/06/2017", "hôm nay (3/6)", "Cùng ngày (19/6)": the written date says which day
    if (a.f && b.f && (a.f.dayRel !== undefined || a.f.sameDay) && a.f.hour === undefined && b.kind === "date" && b.f.day !== undefined && b.f.month !== undefined && b.f.hour === undefined && b.f.dayRel === undefined) {
      const gap = between(ctx, a, b);
      if (!isConnector(gap, ["", ",", "("])) return null;
      const m = merged(a, b, { ...b.f, pod: a.f.pod ?? b.f.pod }, "relative-day+date");
      if (gap[0] === "(" && ctx.at(b.te).t === ")") { m.te = b.te + 1; m.e = ctx.at(b.te).e; }
      return m;
    }
    if (!a.f || !b.f || a.f.weekday === undefined || a.f.day !== undefined || a.f.weekRel !== undefined || a.f.dir !== undefined) return null;
    if (b.f.day === undefined || b.f.month === undefined || b.f.weekday !== undefined || b.f.hour !== undefined) return null;
    const gap = between(ctx, a, b);
    if (!isConnector(gap, ["", ",", "-", "("])) return null;
    const m = merged(a, b, { ...b.f, weekday: a.f.weekday, pod: a.f.pod ?? b.f.pod }, "weekday+date");
    if (gap[0] === "(" && ctx.at(b.te).t === ")") { m.te = b.te + 1; m.e = ctx.at(b.te).e; }
    return m;
  });
}
