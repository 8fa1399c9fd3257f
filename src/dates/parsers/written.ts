// Written dates: "ngày 15 tháng 3 năm 2020", "mồng 6 tháng 2", "tháng sáu", "tháng 11/2025", "tháng Chạp", "ngày đầu tiên của tháng ba".
import { NUMBER, WORD, NO_MATCH } from "../types";
import type { DateCandidate, DateContext, Fields, DateParser } from "../types";
import { isP, isW, seqAt } from "../tokens";
import { monthAt, numberAt } from "../vocabulary";
import { boundaryBefore, codeBefore, makeCandidate, monthTail, yearSuffixAt } from "./common";

export const writtenTriggers: readonly string[] = ["ngày", "tháng", "mồng", "mùng"];

const capital = (ctx: DateContext, k: number): boolean => {
  const c = ctx.cased[ctx.at(k).start];
  return c !== undefined && c !== c.toLowerCase();
};

/**
 * "Công ty Hoa Tháng Năm", "Cách mạng Tháng Tám": a month written with capitals (tháng and its word) right after a
 * capitalized word, no mark between, ends a name; no date. (After a number or a date word it stays a date.)
 */
function monthInName(ctx: DateContext, i: number, next: number): boolean {
  const before = ctx.at(i - 1);
  if (before.kind !== WORD || !ctx.at(i).spaceBefore || ctx.at(i).lineBreakBefore || !capital(ctx, i - 1) || !capital(ctx, i)) return false;
  for (let k = i + 1; k < next; k++) if (ctx.at(k).kind !== WORD || !capital(ctx, k)) return false;
  return true;
}

/** One written match at hot token i. */
function writtenAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  if (t.kind !== WORD) return NO_MATCH;
  if (t.text === "ngày") {
    // ngày đầu tiên (của) tháng M
    let k = seqAt(ctx, i + 1, ["đầu", "tiên"]);
    if (k > 0) {
      if (isW(ctx, k, "của")) k++;
      if (isW(ctx, k, "tháng")) {
        const m = monthAt(ctx, k + 1);
        if (m) {
          const f: Fields = { day: 1, month: m.m, lunar: m.lunar || undefined };
          const j = monthTail(ctx, m.next, f);
          out.push(makeCandidate(ctx, i, j, "date", "first-day-of-month", f));
        }
      }
    }
    return NO_MATCH;
  }
  if (t.kind === WORD && t.text === "tháng") {
    if (isW(ctx, i - 1, "rằm")) return NO_MATCH; // holiday parser
    const m = monthAt(ctx, i + 1);
    if (isW(ctx, i + 1, "năm") && (yearSuffixAt(ctx, i + 1) || isW(ctx, i + 2, "học") || isW(ctx, i + 2, "tài"))) return NO_MATCH;
    if (!m || isP(ctx, m.next, "/") && !ctx.at(m.next + 1).spaceBefore && ctx.at(m.next + 1).kind === NUMBER && ctx.at(m.next + 1).end - ctx.at(m.next + 1).start <= 2) return NO_MATCH;
    if (ctx.at(i + 1).kind === NUMBER && codeBefore(ctx, i)) return NO_MATCH;
    // "tháng" right after a number is "N tháng" (a duration) or "15 tháng 3" (handled below)
    if (ctx.at(i - 1).kind === NUMBER || (numberAt(ctx, i - 1) && ctx.at(i - 1).text !== "năm" && !isW(ctx, i - 2, "mồng") && !isW(ctx, i - 2, "mùng"))) {
      // day + month
      const d = ctx.at(i - 1).kind === NUMBER ? { v: ctx.at(i - 1).value } : numberAt(ctx, i - 1);
      if (!d) return NO_MATCH;
      if (ctx.at(i - 1).kind !== NUMBER && !(isW(ctx, i - 2, "ngày"))) return NO_MATCH; // words as a day only after "ngày"
      if (ctx.at(i - 1).kind === NUMBER && (!boundaryBefore(ctx, i - 1) || ctx.at(i - 1).end - ctx.at(i - 1).start > 2)) return NO_MATCH;
      if (d.v < 1 || d.v > 31) return NO_MATCH;
      let s = i - 1;
      if (isW(ctx, s - 1, "mùng") || isW(ctx, s - 1, "mồng")) s--;
      if (isW(ctx, s - 1, "ngày")) s--;
      const f: Fields = { day: d.v, month: m.m, lunar: m.lunar || undefined };
      const j = monthTail(ctx, m.next, f);
      out.push(makeCandidate(ctx, s, j, "date", "written-dmy", f));
      return j;
    }
    if (monthInName(ctx, i, m.next)) return NO_MATCH;
    const f: Fields = { month: m.m, lunar: m.lunar || undefined };
    const j = monthTail(ctx, m.next, f);
    out.push(makeCandidate(ctx, i, j, "date", "written-month", f));
    return j;
  }
  // mồng/mùng D tháng M (word days: "mồng ba tháng ba")
  if (t.kind === WORD && (t.text === "mồng" || t.text === "mùng")) {
    const d = numberAt(ctx, i + 1);
    if (!d || d.v < 1 || d.v > 31 || !isW(ctx, d.next, "tháng") || ctx.at(i + 1).kind === NUMBER) return NO_MATCH;
    const m = monthAt(ctx, d.next + 1);
    if (!m) return NO_MATCH;
    const s = isW(ctx, i - 1, "ngày") ? i - 1 : i;
    const f: Fields = { day: d.v, month: m.m, lunar: m.lunar || undefined };
    const j = monthTail(ctx, m.next, f);
    out.push(makeCandidate(ctx, s, j, "date", "written-dmy", f));
    return j;
  }
  return NO_MATCH;
}

export const writtenParser: DateParser = { name: "written", triggers: { words: writtenTriggers, numbers: false }, parseAt: writtenAt };
