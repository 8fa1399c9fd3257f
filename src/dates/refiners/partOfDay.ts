// "Sáng 10/1", "chiều hôm qua", "sáng chủ nhật", "chiều 15h": a part of day joins the following date or time.
import type { DateCandidate, DateContext } from "../types";
import { hourWithPod } from "../vocabulary";
import { between, dayLevel, isConnector, merged, mergePass } from "./common";

export function refinePartOfDay(ctx: DateContext, cands: DateCandidate[]): DateCandidate[] {
  return mergePass(cands, (a, b) => {
    if (a.kind !== "pod" || !a.fields?.pod || !b.fields) return null;
    if (!isConnector(between(ctx, a, b), ["", ",", "ngày", "hôm"])) return null;
    const pod = a.fields.pod;
    if (b.kind === "time" && b.fields.hour !== undefined) {
      if (!b.fields.ampmFree) return null;
      const f = { ...b.fields, hour: hourWithPod(b.fields.hour, pod), ampmFree: undefined };
      return merged(a, b, f, "pod+time", "time");
    }
    if (b.kind !== "date" || !dayLevel(b.fields) || b.fields.hour !== undefined || b.fields.pod) return null;
    return merged(a, b, { ...b.fields, pod }, "pod+" + b.reason);
  });
}
