// Years and year ranges: "năm 2019", "năm Giáp Thìn", "giai đoạn 2021-2025", "nhiệm kỳ 2015-2020", "năm học 2024-2025",
// "2021 - 2025", and a bare year that stands alone ("Năm Dân vận chính quyền" 2018).
import { NUMBER, PUNCTUATION, WORD, NO_MATCH } from "../types";
import type { DateCandidate, DateContext, Fields, DateParser } from "../types";
import { isP, isW, seqAt } from "../tokens";
import { canChiAt } from "../vocabulary";
import { pt } from "../values";
import { boundaryBefore, codeAfter, codeBefore, COUNTED, makeCandidate, yearNum } from "./common";
import { contextWords } from "../words";

const FIRST = new Set(["giai", "nhiệm", "năm", "niên", "thời"]);
const PERIOD_WORDS: string[][] = [["giai", "đoạn"], ["nhiệm", "kỳ"], ["năm", "học"], ["niên", "khóa"], ["niên", "học"], ["thời", "kỳ"], ["năm", "tài", "chính"]];

// a number followed by these counts things: "2000 người"
const COUNT_BEFORE = contextWords("count-before");

/** YYYY (-|–|đến|tới) YYYY at i → [y1, y2, next]. */
function yearRange(ctx: DateContext, i: number): [number, number, number] | null {
  const y1 = yearNum(ctx, i);
  if (y1 === null) return null;
  let j = i + 1;
  if (isP(ctx, j, "-") || isW(ctx, j, "đến") || isW(ctx, j, "tới")) j++;
  else return null;
  if (isP(ctx, j, "-") && isP(ctx, j - 1, "-")) j++; // "2021--2026"
  if (isW(ctx, j, "năm")) j++;
  const y2 = yearNum(ctx, j);
  if (y2 === null || y2 <= y1 || y2 - y1 > 50 || codeAfter(ctx, j + 1)) return null;
  return [y1, y2, j + 1];
}

/**
 * "1990 - nay: Bí thư Huyện ủy …" opening a career entry (its line, or a colon after it): a bare year up to now, made an
 * interval by refineUntilNow; elsewhere "1990 - nay" stays unread.
 */
function untilNowEntry(ctx: DateContext, i: number): boolean {
  if (!isP(ctx, i + 1, "-") || !isW(ctx, i + 2, "nay")) return false;
  if (isP(ctx, i + 3, ":") || i === 0 || ctx.at(i).lineBreakBefore) return true;
  const b = ctx.at(i - 1);
  return b.kind === PUNCTUATION && "+-•*–".includes(b.text) && (i === 1 || !!b.lineBreakBefore);
}

/** Make a candidate the year interval a..b. */
function years(c: DateCandidate, a: number, b: number): DateCandidate {
  c.resolve = () => ({ a: pt("year", a), b: pt("year", b) });
  c.interval = true;
  return c;
}

// "năm" alone; the other first words only with their second ("giai đoạn", not "giai cấp")
export const yearTriggers: readonly string[] = ["năm", ...PERIOD_WORDS.filter((pw) => pw[0] !== "năm").map((pw) => pw.slice(0, 2).join(" "))];

/** One year match at hot token i. */
function yearAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  if (t.kind === WORD) {
    if (!FIRST.has(t.text)) return NO_MATCH;
    let k = -1;
    for (const pw of PERIOD_WORDS) if ((k = seqAt(ctx, i, pw)) > 0) break;
    if (k > 0) {
      const r = yearRange(ctx, k) ?? (isW(ctx, k, "từ") ? yearRange(ctx, k + 1) : null);
      if (r) {
        out.push(years(makeCandidate(ctx, i, r[2], "span", "period-years"), r[0], r[1]));
        return r[2];
      }
    }
    if (t.text === "năm") {
      const y = yearNum(ctx, i + 1);
      if (y !== null && !codeAfter(ctx, i + 2)) {
        const r = yearRange(ctx, i + 1);
        if (r) {
          out.push(years(makeCandidate(ctx, isW(ctx, i - 1, "từ") ? i - 1 : i, r[2], "span", "year-range"), r[0], r[1]));
          return r[2];
        }
        // "những năm 1990" = the 1990s
        if (y % 10 === 0 && (isW(ctx, i - 1, "những") || isW(ctx, i - 1, "các") || isW(ctx, i - 1, "thập"))) {
          out.push(years(makeCandidate(ctx, i, i + 2, "span", "decade"), y, y + 9));
          return i + 2;
        }
        out.push(makeCandidate(ctx, i, i + 2, "date", "year", { year: y }));
        return i + 2;
      }
      const cc = canChiAt(ctx, i + 1);
      if (cc) {
        const y2 = yearNum(ctx, cc.next);
        const f: Fields = y2 !== null ? { year: y2 } : { canChi: cc.idx };
        const j = y2 !== null ? cc.next + 1 : cc.next;
        out.push(makeCandidate(ctx, i, j, "date", "year-canchi", f));
        return j;
      }
    }
    return NO_MATCH;
  }
  if (t.kind !== NUMBER || t.end - t.start !== 4 || !boundaryBefore(ctx, i) || codeBefore(ctx, i)) return NO_MATCH;
  const r = yearRange(ctx, i);
  if (r && r[0] >= 1900 && r[1] <= 2100) {
    out.push(years(makeCandidate(ctx, isW(ctx, i - 1, "từ") ? i - 1 : i, r[2], "span", "year-range"), r[0], r[1]));
    return r[2];
  }
  // bare year: 1900–2100, alone (not a count, code, or part of a number)
  if (t.value < 1900 || t.value > 2100 || codeAfter(ctx, i + 1)) return NO_MATCH;
  const p = ctx.at(i - 1), nx = ctx.at(i + 1);
  if (p.kind === NUMBER || nx.kind === NUMBER || (p.kind === WORD && COUNT_BEFORE.has(p.text)) || (nx.kind === WORD && COUNTED.has(nx.text))) return NO_MATCH;
  if (p.kind === PUNCTUATION && (p.text === "/" || p.text === "-" || p.text === "." || p.text === ",") && ctx.at(i - 2).kind === NUMBER) return NO_MATCH;
  if (nx.kind === PUNCTUATION && (nx.text === "/" || (nx.text === "-" && !untilNowEntry(ctx, i)) || nx.text === "%")) return NO_MATCH;
  out.push(makeCandidate(ctx, i, i + 1, "date", "bare-year", { year: t.value }));
  return NO_MATCH;
}

export const yearParser: DateParser = { name: "year", triggers: { words: yearTriggers, numbers: true }, parseAt: yearAt };

