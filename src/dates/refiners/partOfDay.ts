// "Sáng 10/1", "chiều hôm qua", "sáng chủ nhật", "chiều 15h": a part of day joins the following date or time.
import type { Cand, Ctx } from "../types";
import { hourWithPod } from "../vocabulary";
import { between, dayLevel, isConnector, merged, mergePass } from "./common";

export function refinePartOfDay(ctx: Ctx, cands: Cand[]): Cand[] {
  return mergePass(cands, (a, b) => {
    if (a.kind !== "pod" || !a.f?.pod || !b.f) return null;
    if (!isConnector(between(ctx, a, b), ["", ",", "ngày", "hôm"])) return null;
    const pod = a.f.pod;
    if (b.kind === "time" && b.f.hour !== undefined) {
      if (!b.f.ampmFree) return null;
      const f = { ...b.f, hour: hourWithPod(b.f.hour, pod), ampmFree: undefined };
      return merged(a, b, f, "pod+time", "time");
    }
    if (b.kind !== "date" || !dayLevel(b.f) || b.f.hour !== undefined || b.f.pod) return null;
    return merged(a, b, { ...b.f, pod }, "pod+" + b.reason);
  });
}
