// Weekdays: "thứ Hai", "thứ 2", "chủ nhật", "chúa nhật", with "tới", "này", "vừa rồi", "tuần tới", "của tuần này".
import { NUMBER, OUTSIDE, PUNCTUATION, WORD, NO_MATCH } from "../types";
import type { DateCandidate, DateContext, Fields, DateParser } from "../types";
import { isP, isW, seqAt } from "../tokens";
import { WEEK_REL, WEEKDAY_WORDS } from "../vocabulary";
import { CUE_WORDS, makeCandidate } from "./common";
import { contextWords } from "../words";

// "lần thứ 5 này", "kỳ họp thứ ba": ordinals, not weekdays
const ORDINAL_NOUNS = contextWords("ordinal-noun");

/** A date starts at j (possibly after "," or "("): the weekday is then certainly a weekday. */
function dateFollows(ctx: DateContext, j: number): boolean {
  if (isP(ctx, j, ",") || isP(ctx, j, "(") || isP(ctx, j, "-")) j++;
  const t = ctx.at(j);
  return (t.kind === NUMBER && t.end - t.start <= 2) || (t.kind === WORD && (t.text === "ngày" || t.text === "mùng" || t.text === "mồng"));
}

function ordinalNoun(ctx: DateContext, i: number): boolean {
  const p = ctx.at(i);
  return p.kind === WORD && ORDINAL_NOUNS.has(p.text);
}

// ("chủ"/"chúa" only before "nhật": "chủ tịch" is no weekday)
export const weekdayTriggers: readonly string[] = ["thứ", "chủ nhật", "chúa nhật"];

/** One weekday match at hot token i. */
function weekdayAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  if (t.kind !== WORD || (t.text !== "thứ" && t.text !== "chủ" && t.text !== "chúa")) return NO_MATCH;
  let wd = 0, j = i + 1, strong = false;
  if (t.text === "thứ") {
    const w = ctx.at(i + 1);
    const v = WEEKDAY_WORDS[w.text];
    if (v === undefined || (w.kind === NUMBER && w.end - w.start !== 1)) return NO_MATCH;
    wd = v; j = i + 2;
    // a capitalized weekday name ("thứ Hai") is a weekday; lower-case "thứ hai" may be "second"
    const c = ctx.cased.charCodeAt(w.start);
    strong = w.kind === WORD && c !== w.text.charCodeAt(0); // (the token's text is lower case: no ctx.lower to make)
    if (w.kind === NUMBER && (isP(ctx, j, "/") || isP(ctx, j, ".") || isP(ctx, j, ","))) { if (!ctx.at(j).spaceBefore && ctx.at(j + 1).kind === NUMBER) return NO_MATCH; }
  } else if ((t.text === "chủ" || t.text === "chúa") && isW(ctx, i + 1, "nhật")) {
    wd = 7; j = i + 2; strong = true;
  } else return NO_MATCH;
  const f: Fields = { weekday: wd };
  let k = j, mod = false;
  if (isW(ctx, k, "của") && isW(ctx, k + 1, "tuần")) k++;
  if (isW(ctx, k, "tuần") && ctx.at(k + 1).kind === WORD && WEEK_REL[ctx.at(k + 1).text] !== undefined) {
    f.weekRel = WEEK_REL[ctx.at(k + 1).text]; j = k + 2; mod = true;
  } else if (isW(ctx, j, "này")) { f.weekRel = 0; j++; mod = true; }
  else if (isW(ctx, j, "tới") && !isW(ctx, j + 1, "nay") && !isW(ctx, j + 1, "đây") && ctx.at(j + 1).kind !== NUMBER) { f.dir = 1; j++; mod = true; }
  else if ((k = seqAt(ctx, j, ["sắp", "tới"])) > 0) { f.dir = 1; j = k; mod = true; }
  else if ((k = seqAt(ctx, j, ["vừa", "rồi"])) > 0 || (k = seqAt(ctx, j, ["vừa", "qua"])) > 0) { f.dir = -1; j = k; mod = true; }
  const p = ctx.at(i - 1);
  const prevOk = p.kind === OUTSIDE || (p.kind === WORD && CUE_WORDS.has(p.text)) || (p.kind === PUNCTUATION && p.text !== "/" && p.text !== ".");
  const ordinal = p.kind === WORD && !CUE_WORDS.has(p.text); // "lần thứ 2", "người thứ hai"
  // "lần thứ 2 (17/3)", "kỳ họp thứ 3, ngày 5/6": still an ordinal; only a capitalized name with a date is a weekday
  if (ordinalNoun(ctx, i - 1) && !(strong && dateFollows(ctx, j))) return NO_MATCH;
  // "Ngày thứ 3 Thủ tướng …" = the third day; "ngày thứ Bảy", "ngày thứ 3 (5/3)", "ngày thứ 3 tới" are weekdays
  if (isW(ctx, i - 1, "ngày") && ctx.at(i + 1).kind === NUMBER && !mod && !dateFollows(ctx, j)) return NO_MATCH;
  if (!strong && !mod && (isW(ctx, j, "là") || isP(ctx, j, ":"))) return NO_MATCH; // "thứ hai là …" = "secondly"
  if (!(mod || dateFollows(ctx, j) || (strong && !ordinal) || (prevOk && (p.kind === OUTSIDE || p.kind === WORD)))) return NO_MATCH;
  // "ngày thứ Bảy", "hôm chủ nhật": the unit word is part of the mention
  const s = isW(ctx, i - 1, "ngày") || isW(ctx, i - 1, "hôm") ? i - 1 : i;
  out.push(makeCandidate(ctx, s, j, "date", "weekday", f));
  return j;
}

export const weekdayParser: DateParser = { name: "weekday", triggers: { words: weekdayTriggers, numbers: false }, parseAt: weekdayAt };
