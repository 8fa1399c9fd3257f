// Numeric dates, day first: 10/1, 10/01/2019, 10-1-2019, 10.1.2019, "24 - 7", "11/ 5", 11/2025, 3/3/17, 5-7/3.
import { NUMBER, OUTSIDE, PUNCTUATION, WORD, NO_MATCH } from "../types";
import type { DateCandidate, DateContext, Fields, DateParser } from "../types";
import { isP, isW, seqAt } from "../tokens";
import { POD_WORDS, WEEKDAY_WORDS } from "../vocabulary";
import { joinVals, resolveFields } from "../refiners/resolve";
import { boundaryBefore, codeAfter, codeBefore, COUNTED, CUE_WORDS, DOT_CUE_WORDS, makeCandidate, yearSuffixAt } from "./common";
import { contextWords } from "../words";

const FRACTION_OF = contextWords("fraction-of");

function sepAt(ctx: DateContext, i: number): string | null {
  const t = ctx.at(i);
  return t.kind === PUNCTUATION && (t.text === "/" || t.text === "-" || t.text === ".") ? t.text : null;
}

/** A separator usable here: "." must be tight on both sides; "/" and "-" may have spaces. */
function sepOk(ctx: DateContext, i: number, sep: string): boolean {
  if (sep !== ".") return true;
  return !ctx.at(i).spaceBefore && !ctx.at(i + 1).spaceBefore;
}

const small = (ctx: DateContext, i: number) => { const t = ctx.at(i); return t.kind === NUMBER && t.end - t.start <= 2 ? t.value : -1; };

/** Extend the start over "ngày", "mùng"/"mồng", "ngày mồng". */
function prefixStart(ctx: DateContext, i: number): number {
  let s = i;
  if (isW(ctx, s - 1, "mùng") || isW(ctx, s - 1, "mồng")) s--;
  if (isW(ctx, s - 1, "ngày") || (s === i && isW(ctx, s - 1, "hôm"))) s--;
  return s;
}

/** A tight dotted date with a year at i: "6.1994" or "18.3.2008" (career lists). */
function dottedAt(ctx: DateContext, i: number): boolean {
  const a = small(ctx, i);
  if (a < 1 || !isP(ctx, i + 1, ".") || !sepOk(ctx, i + 1, ".")) return false;
  const y = ctx.at(i + 2);
  if (y.kind === NUMBER && y.end - y.start === 4) return a <= 12 && y.value >= 1900 && y.value <= 2100;
  const m = small(ctx, i + 2);
  if (m < 1 || m > 12 || !isP(ctx, i + 3, ".") || !sepOk(ctx, i + 3, ".")) return false;
  const y2 = ctx.at(i + 4);
  return y2.kind === NUMBER && y2.end - y2.start === 4 && y2.value >= 1900 && y2.value <= 2100;
}

/** A range connector at i ("-", "–", "đến", "tới"): index after it, else -1. */
function rangeTo(ctx: DateContext, i: number): number {
  const t = ctx.at(i);
  if (t.kind === PUNCTUATION && t.text === "-") return i + 1;
  if (t.kind === WORD && (t.text === "đến" || t.text === "tới")) return i + 1;
  return -1;
}

/** "N ngày" right before a range of N days ("trong 2 ngày 23 và 24/4", "3 ngày 5-7/3"): part of the mention. */
function countedDays(ctx: DateContext, s: number, n: number): number {
  if (!isW(ctx, s, "ngày")) return s;
  const c = ctx.at(s - 1);
  if (c.kind === NUMBER && c.value === n && !isP(ctx, s - 2, "/")) return s - 1;
  return s;
}

/**
 * Token i (after "tới") lets "tới" mean "coming": punctuation or the end of the text ("ngày 20-6 tới, …"). Before a
 * word it may be "to" ("tới hết tháng", "ngày 5/3 tới Hà Nội").
 */
function nextFree(ctx: DateContext, i: number): boolean {
  const t = ctx.at(i);
  return t.kind === OUTSIDE || (t.kind === PUNCTUATION && t.text !== "/") || !!t.lineBreakBefore;
}

// Per text: the last token of the latest dotted date with a year ("Tháng 7.1979", "19.3.2008"), for a range after it.
const LAST_DOTTED = new WeakMap<DateContext, number>();

/** Words a match can start on (numbers before a separator always are: "10/3", "5-7/3", "18.3.2008"). */
export const numericTriggers: readonly string[] = [];

/** One numeric match at hot token i (a number of one or two digits before a separator). */
function numericAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  if (t.kind !== NUMBER || t.end - t.start > 2) return NO_MATCH;
  const sep = sepAt(ctx, i + 1);
  if (!sep || !sepOk(ctx, i + 1, sep) || !boundaryBefore(ctx, i) || codeBefore(ctx, i)) return NO_MATCH;
  const start = prefixStart(ctx, i);
  const range = dayRangeAt(ctx, i, sep, start, out);
  if (range !== NO_MATCH) return range;
  const monthYear = monthYearAt(ctx, i, sep, out);
  if (monthYear !== NO_MATCH) return monthYear;
  const a = t.value, b = small(ctx, i + 2);
  if (b < 1 || b > 12 || a < 1 || a > 31) return NO_MATCH;
  if (sepAt(ctx, i + 3) === sep && sepOk(ctx, i + 3, sep)) return dayMonthYearAt(ctx, i, sep, start, out);
  return dayMonthAt(ctx, i, sep, start, out);
}

/** Day-day/month: "5-7/3", "5-7/3/2023", "27 - 30/6/23": one interval. */
function dayRangeAt(ctx: DateContext, i: number, sep: string, start: number, out: DateCandidate[]): number {
  if (sep !== "-" || small(ctx, i + 2) <= 0 || !isP(ctx, i + 3, "/") || small(ctx, i + 4) <= 0) return NO_MATCH;
  const a = ctx.at(i).value, d2 = small(ctx, i + 2), m = small(ctx, i + 4);
  if (!(a >= 1 && a < d2 && d2 <= 31 && m >= 1 && m <= 12)) return NO_MATCH;
  let j = i + 5;
  const f: Fields = { month: m };
  const ys = yearSuffixAt(ctx, j);
  if (ys) { Object.assign(f, ys.f); j = ys.next; }
  else if (isP(ctx, j, "/") && small(ctx, j + 1) >= 0 && ctx.at(j + 1).end - ctx.at(j + 1).start === 2) { f.yy = ctx.at(j + 1).value; j += 2; }
  if (codeAfter(ctx, j)) return NO_MATCH;
  const f1: Fields = { ...f, day: a }, f2: Fields = { ...f, day: d2 };
  // "từ ngày 27 - 30/6" is one interval mention; "trong 3 ngày 5-7/3" counts its days
  const s0 = isW(ctx, start - 1, "từ") ? start - 1 : countedDays(ctx, start, d2 - a + 1);
  const c = makeCandidate(ctx, s0, j, "span", "numeric-range", undefined, (ref, fwd) => {
    const x = resolveFields(f1, ref, fwd), y = resolveFields(f2, ref, fwd);
    return x && y ? joinVals(x, y) : null;
  });
  c.interval = true;
  out.push(c);
  return j;
}

/** A dotted month/year at i next to another dotted date across a dash: "Tháng 7.1979 – 6.1994", "7.1979 – 18.3.2008". */
function inDottedRange(ctx: DateContext, i: number): boolean {
  const k = rangeTo(ctx, i - 1) >= 0 ? i - 2 : isW(ctx, i - 1, "tháng") && rangeTo(ctx, i - 2) >= 0 ? i - 3 : -2;
  if (k >= 0 && k === LAST_DOTTED.get(ctx)) return true;
  const k2 = rangeTo(ctx, i + 3);
  return k2 > 0 && (dottedAt(ctx, k2) || (isW(ctx, k2, "tháng") && dottedAt(ctx, k2 + 1)));
}

/** Month/year: "11/2025", "tháng 11/2025", "tháng 6.2013" (dotted only after "tháng" or in a dotted range). */
function monthYearAt(ctx: DateContext, i: number, sep: string, out: DateCandidate[]): number {
  const a = ctx.at(i).value, bt = ctx.at(i + 2);
  if (bt.kind !== NUMBER || bt.end - bt.start !== 4) return NO_MATCH;
  if (sep === "." && !isW(ctx, i - 1, "tháng") && !inDottedRange(ctx, i)) return NO_MATCH;
  if (a < 1 || a > 12 || bt.value < 1900 || bt.value > 2100 || codeAfter(ctx, i + 3)) return NO_MATCH;
  const s = isW(ctx, i - 1, "tháng") ? i - 1 : i;
  out.push(makeCandidate(ctx, s, i + 3, "date", "numeric-my", { month: a, year: bt.value }));
  if (sep === ".") LAST_DOTTED.set(ctx, i + 2);
  return i + 3;
}

/** Day/month/year: "10/01/2019", "10-1-2019", "18.3.2008", "3/3/17" (two-digit years not with dots). */
function dayMonthYearAt(ctx: DateContext, i: number, sep: string, start: number, out: DateCandidate[]): number {
  const a = ctx.at(i).value, b = small(ctx, i + 2);
  const yt = ctx.at(i + 4);
  const len = yt.end - yt.start;
  // 1/1/1, 1.1.3: a longer code
  if (!(yt.kind === NUMBER && ((len === 4 && yt.value >= 1000 && yt.value <= 2999) || (len === 2 && sep !== ".")))) return NO_MATCH;
  if (codeAfter(ctx, i + 5)) return NO_MATCH;
  const f: Fields = len === 4 ? { day: a, month: b, year: yt.value } : { day: a, month: b, yy: yt.value };
  // "Tháng 9.2.2011 – 14.4.2011" (a slip in career lists): the word joins the date
  const s = start === i && len === 4 && isW(ctx, i - 1, "tháng") ? i - 1 : start;
  out.push(makeCandidate(ctx, s, i + 5, "date", "numeric-dmy", f));
  if (sep === "." && len === 4) LAST_DOTTED.set(ctx, i + 4);
  return i + 5;
}

/** Day/month without a year: "10/1", "ngày 20-6 tới", "Sáng 7.5" — unless a decimal, a score, "24/7" or a fraction. */
function dayMonthAt(ctx: DateContext, i: number, sep: string, start: number, out: DateCandidate[]): number {
  const a = ctx.at(i).value, b = small(ctx, i + 2);
  const pw = ctx.at(i - 1);
  // "tháng 6.2013", "ngày 27.5", "Sáng nay 6.2": a dot date only right after a date word
  // ("dịp lễ 30.4 - 1.5": after a holiday word, date-context-words.tsv dot-cue, and across a dash after such a date.)
  const lastDate = out[out.length - 1];
  const dotRangeEnd = (isP(ctx, i - 1, "-") || isP(ctx, i - 1, "–")) && lastDate?.endToken === i - 1 && lastDate.reason === "numeric-dm";
  const holidayCue = (pw.kind === WORD && DOT_CUE_WORDS.has(pw.text)) || dotRangeEnd;
  const dotCue = holidayCue || (pw.kind === WORD && (pw.text === "tháng" || pw.text === "ngày" || pw.text === "nay" || pw.text === "hôm" || POD_WORDS[pw.text] !== undefined ||
    ((isW(ctx, i - 2, "thứ") || isW(ctx, i - 2, "chủ")) && (WEEKDAY_WORDS[pw.text] !== undefined || pw.text === "nhật"))));
  const cue = start < i || pw.kind === OUTSIDE || (pw.kind === WORD && CUE_WORDS.has(pw.text)) || isP(ctx, i - 1, "(");
  if (sep === "." && (!dotCue || pw.text === "tháng")) return NO_MATCH; // "10.1" alone is a decimal
  if (codeAfter(ctx, i + 3)) return NO_MATCH;
  // "2-1" is a score unless a date word precedes or the day cannot be a score
  if (sep === "-" && !cue && a <= 12) return NO_MATCH;
  if (a === 24 && b === 7 && !cue) return NO_MATCH; // "24/7" = around the clock
  // "2/3 tổng số đại biểu", "3/4 diện tích": a fraction of something
  if (!cue && a < b && ctx.at(i + 3).kind === WORD && FRACTION_OF.has(ctx.at(i + 3).text)) return NO_MATCH;
  const f: Fields = { day: a, month: b };
  const j = dayMonthTail(ctx, i + 3, f);
  // ("dịp 2.5 năm", "lễ 1.5 triệu": a number of things after a holiday word, not a date.)
  if (sep === "." && holidayCue && j === i + 3 && ctx.at(j).kind === WORD && COUNTED.has(ctx.at(j).text)) return NO_MATCH;
  out.push(makeCandidate(ctx, start, j, "date", "numeric-dm", f));
  return j;
}

/** What may follow a day/month: a year ("năm 2019", "/2019", "năm nay") or a direction ("tới đây", "vừa qua"). */
function dayMonthTail(ctx: DateContext, j: number, f: Fields): number {
  const ys = yearSuffixAt(ctx, j);
  if (ys && ys.f.year === undefined) { Object.assign(f, ys.f); return ys.next; }
  if (ys && isW(ctx, j, "năm")) { Object.assign(f, ys.f); return ys.next; }
  if (ys) return j;
  // "ngày 19/5 tới đây", "22/5 sắp tới", "ngày 20-6 tới, …", "ngày 5/3 vừa qua" ("từ 5/3 tới 10/3" is a range)
  let k: number;
  if ((k = seqAt(ctx, j, ["tới", "đây"])) > 0 || (k = seqAt(ctx, j, ["sắp", "tới"])) > 0) { f.dir = 1; return k; }
  if (isW(ctx, j, "tới") && nextFree(ctx, j + 1)) { f.dir = 1; return j + 1; }
  if ((k = seqAt(ctx, j, ["vừa", "qua"])) > 0 || (k = seqAt(ctx, j, ["vừa", "rồi"])) > 0) { f.dir = -1; return k; }
  return j;
}

export const numericParser: DateParser = { name: "numeric", triggers: { words: numericTriggers, numbers: ["/", "-", "."] }, parseAt: numericAt };
