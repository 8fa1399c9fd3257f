// Parts of day: "sáng", "buổi chiều", "rạng sáng", and with a relative day "tối nay", "trưa mai", "chiều hôm qua", "buổi sáng nay".
// A bare part of day is kept as a marker for the refiners ("Sáng 10/1") and is never reported alone.
import { NUMBER, WORD, NO_MATCH } from "../types";
import type { DateCandidate, DateContext, Fields, PartOfDay, DateParser } from "../types";
import { isW } from "../tokens";
import { POD_WORDS } from "../vocabulary";
import { makeCandidate, relDayAt } from "./common";
import { contextWords } from "../words";

const POD = POD_WORDS; // local alias: hot loop
const EDGE = contextWords("edge");
const CLOCK_CUE = contextWords("clock-cue");

// "rạng sáng", "nửa đêm", "buổi"/"ban" + a part of day ("ban ngành" is no part of day), a part of day alone
export const partOfDayTriggers: readonly string[] = ["rạng sáng", "nửa đêm", ...["buổi", "ban"].flatMap((w) => Object.keys(POD_WORDS).map((p) => `${w} ${p}`)), ...Object.keys(POD_WORDS)];

/** One partOfDay match at hot token i. */
function partOfDayAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  if (t.kind !== WORD) return NO_MATCH;
  const w = t.text;
  if (w !== "rạng" && w !== "nửa" && w !== "buổi" && w !== "ban" && POD[w] === undefined) return NO_MATCH;
  let s = i, j: number, pod: PartOfDay | undefined;
  if (t.text === "rạng" && isW(ctx, i + 1, "sáng")) { pod = "morning"; j = i + 2; }
  else if (t.text === "nửa" && isW(ctx, i + 1, "đêm")) { pod = "night"; j = i + 2; }
  else {
    if (t.text === "buổi" || t.text === "ban") { if (ctx.at(i + 1).kind !== WORD) return NO_MATCH; j = i + 2; pod = POD[ctx.at(i + 1).text]; }
    else { pod = POD[t.text]; j = i + 1; }
    if (!pod) return NO_MATCH;
    if (isW(ctx, j, "sớm") && pod === "morning") j++;
    else if (pod === "afternoon" && isW(ctx, j, "tối")) { pod = "evening"; j++; } // "chiều tối": dusk
  }
  if (isW(ctx, s - 1, "buổi") && s === i && ctx.at(i).text !== "buổi") s--;
  // "1 chiều", "2 chiều" (one-way, two-way): a direction, not the afternoon ("lúc 2 chiều nay" is one)
  const c = ctx.at(s - 1), cc = ctx.at(s - 2);
  if (w === "chiều" && s === i && c.kind === NUMBER && (c.value === 1 || c.value === 2) && c.end - c.start === 1 && ctx.at(s).spaceBefore && !ctx.at(s).lineBreakBefore &&
    cc.kind === WORD && !CLOCK_CUE.has(cc.text)) { return j; }
  // "cuối giờ chiều", "đầu giờ sáng", "cuối buổi chiều": the edge of that part of day
  if (isW(ctx, s - 1, "giờ") && EDGE.has(ctx.at(s - 2).text) && ctx.at(s - 2).kind === WORD) s -= 2;
  else if (ctx.at(s).text === "buổi" && EDGE.has(ctx.at(s - 1).text) && ctx.at(s - 1).kind === WORD) s -= 1;
  const f: Fields = { pod };
  const rd = relDayAt(ctx, j, true);
  if (rd) {
    // "sáng qua" / "tối qua" = yesterday; "sáng nay" = today; "trưa mai" = tomorrow
    f.dayRel = rd.rel;
    out.push(makeCandidate(ctx, s, rd.next, "date", "pod+relative-day", f));
    return rd.next;
  }
  out.push(makeCandidate(ctx, s, j, "pod", "pod", f));
  return j;
}

export const partOfDayParser: DateParser = { name: "partOfDay", triggers: { words: partOfDayTriggers, numbers: false }, parseAt: partOfDayAt };
