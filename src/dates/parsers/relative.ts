// Relative days and spans: "hôm nay", "bữa nay", "hôm qua", "hôm kia", "ngày mai", "ngày kia", "bây giờ",
// "năm qua", "năm ngoái", "tháng trước", "tuần tới", "quý này", "3 ngày tới", "2 tháng qua", "2 năm trước".
import { NUMBER, OUTSIDE, PUNCTUATION, WORD, NO_MATCH } from "../types";
import type { DateCandidate, DateContext, Grain, Point, Ref, Val, DateParser } from "../types";
import { isW, seqAt } from "../tokens";
import { NUMBER_WORDS, numberAt, numberWordTriggers, POD_WORDS } from "../vocabulary";
import { addUnits, refPoint, truncate } from "../values";
import { makeCandidate, relDayAt, yearRelAt } from "./common";
import { UNIT_WORDS, contextWords } from "../words";

const NUMW = NUMBER_WORDS; // local alias: hot loop
const TRIGGERS = new Set(["bây", "ngay", "ngày", "hôm", "bữa", "năm", "tháng", "tuần", "quý", "cùng"]);
// "mấy hôm nay", "những hôm qua": a vague stretch, not that day
const VAGUE_BEFORE = contextWords("vague-before");
const CONJUNCTION_AFTER = contextWords("conjunction-after");

const UNIT = UNIT_WORDS;

/** A sentence or clause starts at token i. */
function clauseStart(ctx: DateContext, i: number): boolean {
  const t = ctx.at(i), p = ctx.at(i - 1);
  return p.kind === OUTSIDE || !!t.lineBreakBefore || (p.kind === PUNCTUATION && ".!?:;,\"“”'‘’()[]-+•*".includes(p.text));
}

// "những năm qua" is vague: no single value
const PLURAL_BEFORE = contextWords("plural-before");

function unitPoint(ref: Ref, g: Grain, n: number): Point {
  return addUnits(truncate(refPoint(ref), g), n);
}

/** Direction word after a unit: past span (-1), future span (1), a point ago ("trước") or ahead ("nữa"). */
function dirAt(ctx: DateContext, j: number): { kind: "past" | "future" | "ago" | "ahead"; next: number } | null {
  let k: number;
  if ((k = seqAt(ctx, j, ["vừa", "qua"])) > 0 || (k = seqAt(ctx, j, ["vừa", "rồi"])) > 0 || (k = seqAt(ctx, j, ["gần", "đây"])) > 0 || (k = seqAt(ctx, j, ["gần", "nhất"])) > 0) return { kind: "past", next: k };
  if ((k = seqAt(ctx, j, ["tiếp", "theo"])) > 0 || (k = seqAt(ctx, j, ["sắp", "tới"])) > 0 || (k = seqAt(ctx, j, ["kế", "tiếp"])) > 0) return { kind: "future", next: k };
  const t = ctx.at(j);
  if (t.kind !== WORD) return null;
  if (t.text === "qua") return { kind: "past", next: j + 1 };
  if (t.text === "tới" || t.text === "tiếp") return { kind: "future", next: j + 1 };
  if (t.text === "trước") return { kind: "ago", next: j + 1 };
  if (t.text === "nữa") return { kind: "ahead", next: j + 1 };
  return null;
}

// "cùng", "bây", "ngay" and "ngày" only with the word after them that a relative day needs ("cùng ngày", "ngày mai").
export const relativeTriggers: readonly string[] = [
  "cùng ngày", "bây giờ", "ngay lúc", "ngày hôm", "ngày mai", "ngày kia", "ngày mốt",
  ...[...TRIGGERS].filter((w) => w !== "cùng" && w !== "bây" && w !== "ngay" && w !== "ngày"),
  // a number in words before a unit ("hai tháng qua", "mười lăm ngày tới"); "năm" is a unit too (above)
  ...numberWordTriggers(Object.keys(UNIT_WORDS)),
];
/** A number in digits starts a relative span only before a unit ("3 ngày tới"). */
const relativeNumbers: readonly string[] = Object.keys(UNIT_WORDS);

/** One relative match at hot token i. */
function relativeAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  if (t.kind === PUNCTUATION || (t.kind === WORD && !TRIGGERS.has(t.text) && !NUMW.has(t.text))) return NO_MATCH;
  if (t.kind === NUMBER && ctx.at(i + 1).kind !== WORD) return NO_MATCH;
  if (t.kind === WORD) {
    // "Cùng ngày, …", "Chiều cùng ngày", "diễn ra cùng ngày.": the day last mentioned (refineAnaphora)
    if (t.text === "cùng") {
      if (!isW(ctx, i + 1, "ngày")) return NO_MATCH;
      let j = i + 2;
      if (isW(ctx, j, "hôm") && (isW(ctx, j + 1, "đó") || isW(ctx, j + 1, "ấy"))) j += 2;
      const nx = ctx.at(j), p = ctx.at(i - 1);
      if (nx.kind === NUMBER) return NO_MATCH; // "cùng ngày 5/3": the date is written
      // before a word ("có cùng ngày sinh", "cùng ngày với …") only at the start of a clause or after a part of day
      if (nx.kind === WORD && !nx.lineBreakBefore && !clauseStart(ctx, i) && !(p.kind === WORD && POD_WORDS[p.text] !== undefined)) return NO_MATCH;
      out.push(makeCandidate(ctx, i, j, "date", "same-day", { sameDay: true }));
      return j;
    }
    let k: number;
    if ((k = seqAt(ctx, i, ["bây", "giờ"])) > 0 || (k = seqAt(ctx, i, ["ngay", "lúc", "này"])) > 0) {
      out.push(makeCandidate(ctx, i, k, "date", "now", { now: true }));
      return k;
    }
    const rd = relDayAt(ctx, i, false);
    if (rd && ctx.at(i - 1).kind === WORD && VAGUE_BEFORE.has(ctx.at(i - 1).text)) { return rd.next; }
    if (rd) {
      out.push(makeCandidate(ctx, i, rd.next, "date", "relative-day", { dayRel: rd.rel }));
      return rd.next;
    }
    // năm/tháng/tuần/quý + nay/qua/tới/…
    const g = UNIT[t.text];
    if (g && (g === "year" || g === "month" || g === "week" || g === "quarter")) {
      if (ctx.at(i - 1).kind === WORD && PLURAL_BEFORE.has(ctx.at(i - 1).text)) return NO_MATCH;
      if (numberAt(ctx, i - 1) && !(g === "year" && ctx.at(i - 1).text === "năm")) return NO_MATCH; // "2 tháng qua" below
      let r = yearRelAt(ctx, i + 1);
      if (r && g !== "year" && ctx.at(i + 1).text === "ngoái") r = null;
      if (r && g === "week" && ctx.at(i + 1).text === "qua") r = { rel: -1, next: r.next };
      if (!r) return NO_MATCH;
      if (isW(ctx, r.next, "đó") || isW(ctx, r.next, "ấy")) return NO_MATCH; // "năm sau đó": relative to the story, not to today
      if (r.rel === 1 && ctx.at(i + 1).text === "tới" && (isW(ctx, i + 2, "nay") || isW(ctx, i + 2, "đây"))) return NO_MATCH; // "tới nay" = until now
      const rel = r.rel;
      out.push(makeCandidate(ctx, i, r.next, "span", "relative-" + g, undefined, (ref) => (ref ? { a: unitPoint(ref, g, rel) } : null)));
      return r.next;
    }
  }
  // N units past/next: "3 ngày tới", "2 tháng qua", "một tiếng vừa rồi", "2 năm trước"
  const n = numberAt(ctx, i, 3);
  if (!n) return NO_MATCH;
  const u = ctx.at(n.next);
  const g = u.kind === WORD ? UNIT[u.text] : undefined;
  if (!g || n.v < 1) return NO_MATCH;
  if (t.kind === WORD && ctx.at(i - 1).kind === WORD && numberAt(ctx, i - 1)) return NO_MATCH;
  const d = dirAt(ctx, n.next + 1);
  if (!d) return NO_MATCH;
  // "17 năm trước khi về hưu": "trước khi" opens a clause, no "17 years ago".
  const after = ctx.at(d.next);
  if (after.kind === WORD && CONJUNCTION_AFTER.has(after.text)) return NO_MATCH;
  if (d.kind === "future" && ctx.at(n.next + 1).text === "tới" && (isW(ctx, d.next, "nay") || isW(ctx, d.next, "đây"))) return NO_MATCH;
  const N = n.v, kind = d.kind;
  out.push(makeCandidate(ctx, i, d.next, "span", "relative-n-" + g, undefined, (ref): Val | null => {
    if (!ref) return null;
    if (kind === "ago") return { a: unitPoint(ref, g, -N) };
    if (kind === "ahead") return { a: unitPoint(ref, g, N) };
    const a = kind === "past" ? unitPoint(ref, g, -N) : unitPoint(ref, g, 1);
    const b = kind === "past" ? unitPoint(ref, g, -1) : unitPoint(ref, g, N);
    return N === 1 ? { a } : { a, b };
  }));
  const made = out[out.length - 1]!;
  if (N > 1 && (kind === "past" || kind === "future")) made.interval = true;
  return d.next;
}

export const relativeParser: DateParser = { name: "relative", triggers: { words: relativeTriggers, numbers: relativeNumbers }, parseAt: relativeAt };
