// Helpers shared by the parsers.
import { NUMBER, OUTSIDE, PUNCTUATION, WORD } from "../types";
import type { DateCandidate, CandidateKind, DateContext, Fields, Resolver } from "../types";
import { isP, isW, seqAt } from "../tokens";
import { CODE_PREFIX, canChiAt } from "../vocabulary";
import { YEAR_REL, contextWords } from "../words";

/**
 * A candidate over tokens [first, end): `fields` for what can merge with its neighbours (a day, a time, a part of day),
 * or `resolve` for a value computed from the reference (periods, spans).
 */
export function makeCandidate(ctx: DateContext, first: number, end: number, kind: CandidateKind, reason: string, fields?: Fields, resolve?: Resolver): DateCandidate {
  return { firstToken: first, endToken: end, start: ctx.at(first).start, end: ctx.at(end - 1).end, kind, reason, fields, resolve };
}

/** Token i starts a new item: after a space, or after punctuation that cannot join numbers. */
export function boundaryBefore(ctx: DateContext, i: number): boolean {
  const t = ctx.at(i);
  if (t.spaceBefore) return true;
  const p = ctx.at(i - 1);
  if (p.kind === OUTSIDE) return true;
  if (p.kind !== PUNCTUATION) return false;
  return p.text !== "/" && p.text !== "." && p.text !== "," && p.text !== "\\" && p.text !== "_" && p.text !== "#";
}

/** The word before token i makes the number a code ("số 2", "Điều 5", "quận 1", "Nghị định 15/2020"). */
export function codeBefore(ctx: DateContext, i: number): boolean {
  const p = ctx.at(i - 1);
  return p.kind === WORD && CODE_PREFIX.has(p.text);
}

/** Token j (right after a match) continues it into a code or a bigger number ("15/2020/NĐ-CP", "12,5%", "1.1.3"). */
export function codeAfter(ctx: DateContext, j: number): boolean {
  const t = ctx.at(j);
  if (t.kind === OUTSIDE || t.spaceBefore) return false;
  if (t.kind === WORD || t.kind === NUMBER) return true;
  if (t.text === "%" || t.text === "‰") return true;
  if (t.text === "/" || t.text === "." || t.text === "," || t.text === "-" || t.text === ":" || t.text === "_") {
    const u = ctx.at(j + 1);
    // "14/6/1957-14/6/2017" and "4/1985-7/1988" are ranges, "05-CT/TW" is a code
    if (t.text === "-" && u.kind === NUMBER) return false;
    return !u.spaceBefore && (u.kind === WORD || u.kind === NUMBER);
  }
  return false;
}

/** "năm nay", "năm ngoái", "năm tới", "năm vừa qua", "năm hiện tại", "năm tiếp theo", "năm kế tiếp" after "năm" at i+1. */
export function yearRelAt(ctx: DateContext, i: number): { rel: number; next: number } | null {
  const t = ctx.at(i);
  if (t.kind !== WORD) return null;
  let k: number;
  if ((k = seqAt(ctx, i, ["vừa", "qua"])) > 0 || (k = seqAt(ctx, i, ["vừa", "rồi"])) > 0) return { rel: -1, next: k };
  if ((k = seqAt(ctx, i, ["hiện", "tại"])) > 0) return { rel: 0, next: k };
  if ((k = seqAt(ctx, i, ["tiếp", "theo"])) > 0 || (k = seqAt(ctx, i, ["kế", "tiếp"])) > 0 || (k = seqAt(ctx, i, ["sắp", "tới"])) > 0) return { rel: 1, next: k };
  const r = YEAR_REL[t.text];
  return r === undefined ? null : { rel: r, next: i + 1 };
}

/** A 4-digit year 1000–2999 at i. */
export function yearNum(ctx: DateContext, i: number): number | null {
  const t = ctx.at(i);
  return t.kind === NUMBER && t.end - t.start === 4 && t.value >= 1000 && t.value <= 2999 ? t.value : null;
}

/** Year written after a day or month: "năm 2019", "/2019", "năm nay", "của năm 2018", "năm Quý Mão", "năm đó", "cùng năm". */
export function yearSuffixAt(ctx: DateContext, i: number): { f: Fields; next: number } | null {
  let j = i;
  // "tháng 9 cùng năm": the year last mentioned, as "năm đó" (refineAnaphora)
  if (isW(ctx, j, "cùng") && isW(ctx, j + 1, "năm") && ctx.at(j + 2).kind !== NUMBER) return { f: { thatYear: true }, next: j + 2 };
  if (isW(ctx, j, "của") && isW(ctx, j + 1, "năm")) j++;
  if (isW(ctx, j, "năm")) {
    const y = yearNum(ctx, j + 1);
    if (y !== null && !codeAfter(ctx, j + 2)) return { f: { year: y }, next: j + 2 };
    const cc = canChiAt(ctx, j + 1);
    if (cc) {
      const y2 = yearNum(ctx, cc.next);
      return y2 !== null ? { f: { year: y2 }, next: cc.next + 1 } : { f: { canChi: cc.idx }, next: cc.next };
    }
    const r = yearRelAt(ctx, j + 1);
    if (r) return { f: { yearRel: r.rel }, next: r.next };
    // "tháng 9 năm đó": the year last mentioned (refineAnaphora)
    const w = ctx.at(j + 1);
    if (w.kind === WORD && (w.text === "đó" || w.text === "ấy")) return { f: { thatYear: true }, next: j + 2 };
    return null;
  }
  if (isP(ctx, i, "/") || (isP(ctx, i, "-") && !ctx.at(i).spaceBefore)) {
    const y = yearNum(ctx, i + 1);
    if (y !== null && !codeAfter(ctx, i + 2)) return { f: { year: y }, next: i + 2 };
  }
  return null;
}

/** Relative day after a part of day or a time: "nay", "qua", "mai", "hôm nay", "ngày mai", "hôm qua", "ngày hôm qua". */
export function relDayAt(ctx: DateContext, i: number, bare: boolean): { rel: number; next: number } | null {
  let j = i;
  const t = ctx.at(j);
  if (t.kind !== WORD) return null;
  if (bare) {
    if (t.text === "nay") return { rel: 0, next: j + 1 };
    if (t.text === "qua") return { rel: -1, next: j + 1 };
    if (t.text === "mai") return { rel: 1, next: j + 1 };
  }
  if (t.text === "ngày" && isW(ctx, j + 1, "hôm")) j++;
  const w = ctx.at(j), x = ctx.at(j + 1);
  if (x.kind !== WORD) return null;
  if (w.text === "hôm" || w.text === "bữa") {
    if (x.text === "nay") return { rel: 0, next: j + 2 };
    if (x.text === "qua") return { rel: -1, next: j + 2 };
    if (x.text === "kia" && w.text === "hôm") return { rel: -2, next: j + 2 };
  }
  if (w.text === "ngày" && j === i) {
    if (x.text === "mai") return { rel: 1, next: j + 2 };
    if (x.text === "kia" || x.text === "mốt") return { rel: 2, next: j + 2 };
  }
  return null;
}

/** Words before a weekday, time or date that mark it as temporal. */
export const CUE_WORDS = contextWords("cue-before");

/** Words after a number that make it a count of things, not a year or a date ("2000 người", "dịp 2.5 ngày"). */
export const COUNTED = contextWords("counted-after");

/** Words before a day.month with a dot that make it a date, not a decimal ("dịp lễ 30.4"). */
export const DOT_CUE_WORDS = contextWords("dot-cue");

/** Year and direction after a month: "năm 2020", "/2025", "năm nay", "tới". */
export function monthTail(ctx: DateContext, j: number, f: Fields): number {
  const ys = yearSuffixAt(ctx, j);
  if (ys) { Object.assign(f, ys.f); return ys.next; }
  let k: number;
  const nx = ctx.at(j + 1);
  const free = nx.kind !== NUMBER && !(nx.kind === WORD && (nx.text === "nay" || nx.text === "đây" || nx.text === "tháng" || nx.text === "ngày" || nx.text === "năm"));
  if ((k = seqAt(ctx, j, ["tới", "đây"])) > 0) { f.dir = 1; return k; } // "tháng 5 tới đây" = the coming May
  if ((isW(ctx, j, "tới") && free) || isW(ctx, j, "này")) { f.dir = 1; return j + 1; }
  if ((k = seqAt(ctx, j, ["sắp", "tới"])) > 0) { f.dir = 1; return k; }
  if ((k = seqAt(ctx, j, ["vừa", "qua"])) > 0 || (k = seqAt(ctx, j, ["vừa", "rồi"])) > 0) { f.dir = -1; return k; }
  return j;
}

