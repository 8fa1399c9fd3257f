// "ngày 15/7 (âm lịch)", "mùng 5 tháng 5 âm lịch": the date before the marker is lunar.
import type { DateCandidate, DateContext } from "../types";
import { isP, isW } from "../tokens";

export function refineLunarMarker(ctx: DateContext, cands: DateCandidate[]): DateCandidate[] {
  return cands.map((c) => {
    if (!c.fields || c.fields.month === undefined || c.kind === "pod") return c;
    let j = c.endToken;
    const paren = isP(ctx, j, "(");
    if (paren) j++;
    let k = -1;
    if (isW(ctx, j, "âm") && isW(ctx, j + 1, "lịch")) k = j + 2;
    else if (paren && (isW(ctx, j, "al") || isW(ctx, j, "âl"))) k = j + 1;
    if (k < 0) return c;
    if (paren) { if (!isP(ctx, k, ")")) return c; k++; }
    return { ...c, endToken: k, end: ctx.at(k - 1).end, fields: { ...c.fields, lunar: true }, reason: c.reason + "+lunar" };
  });
}
