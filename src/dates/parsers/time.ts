// Clock times: "14 giờ 30 phút", "9h30", "10g45", "16h", "15:23:24", "4:43:52 CH", "3 giờ rưỡi chiều", "11 giờ kém 15", "8 giờ tối nay".
import { NUMBER, PUNCTUATION, WORD, NO_MATCH } from "../types";
import type { DateCandidate, DateContext, Fields, DateParser } from "../types";
import { isP, isW } from "../tokens";
import { hourWithPod, NUMBER_WORDS, numberAt, POD_WORDS } from "../vocabulary";
import { boundaryBefore, codeAfter, codeBefore, makeCandidate, relDayAt } from "./common";
import { contextWords } from "../words";

const NUMW = NUMBER_WORDS; // local alias: hot loop
const two = (ctx: DateContext, i: number) => { const t = ctx.at(i); return t.kind === NUMBER && t.end - t.start === 2 && !t.spaceBefore ? t.value : -1; };

// "trong 3 giờ" (within 3 hours) is a duration, not a clock time
const DURATION_BEFORE = contextWords("duration-before");
const DURATION_AFTER = contextWords("duration-after");

export const timeTriggers: readonly string[] = [...NUMBER_WORDS];

/** One time match at hot token i. */
function timeAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  if (t.kind === PUNCTUATION || (t.kind === WORD && !NUMW.has(t.text))) return NO_MATCH;
  let h = -1, mi: number | undefined, s: number | undefined, j = -1, spelled = false;
  if (t.kind === NUMBER && t.end - t.start <= 2) {
    if (!boundaryBefore(ctx, i) || codeBefore(ctx, i)) return NO_MATCH;
    if (isP(ctx, i + 1, ":") && !ctx.at(i + 1).spaceBefore && two(ctx, i + 2) >= 0) {
      h = t.value; mi = two(ctx, i + 2); j = i + 3;
      if (isP(ctx, j, ":") && !ctx.at(j).spaceBefore && two(ctx, j + 1) >= 0) { s = two(ctx, j + 1); j += 2; }
      if (codeAfter(ctx, j)) return NO_MATCH;
    } else {
      const u = ctx.at(i + 1);
      if (u.kind === WORD && !u.spaceBefore && (u.text === "am" || u.text === "pm")) { h = t.value; j = i + 1; }
      else if (u.kind === WORD && !u.spaceBefore && (u.text === "h" || u.text === "g")) {
        h = t.value; j = i + 2;
        const m2 = ctx.at(j);
        if (m2.kind === NUMBER && !m2.spaceBefore && m2.end - m2.start <= 2) { mi = m2.value; j++; if (isW(ctx, j, "phút") || (isW(ctx, j, "p") && !ctx.at(j).spaceBefore)) j++; }
        else if (u.text === "g") return NO_MATCH;
        if (codeAfter(ctx, j) && !(ctx.at(j).kind === WORD && POD_WORDS[ctx.at(j).text])) return NO_MATCH;
      }
    }
  }
  if (h < 0) {
    // "H giờ …" with H in digits or words
    const n = numberAt(ctx, i);
    if (!n || !isW(ctx, n.next, "giờ")) return NO_MATCH;
    if (t.kind === NUMBER && (!boundaryBefore(ctx, i) || codeBefore(ctx, i))) return NO_MATCH;
    if (t.kind === WORD && ctx.at(i - 1).kind === WORD && numberAt(ctx, i - 1)) return NO_MATCH; // inside a longer number phrase
    h = n.v; j = n.next + 1; spelled = true;
    const nx = ctx.at(j);
    if (nx.kind === WORD && nx.text === "rưỡi") { mi = 30; j++; }
    else if (nx.kind === WORD && nx.text === "kém") {
      const m = numberAt(ctx, j + 1);
      if (!m || m.v < 1 || m.v > 59) return NO_MATCH;
      h -= 1; mi = 60 - m.v; j = m.next;
      if (isW(ctx, j, "phút")) j++;
    } else if (nx.kind === NUMBER && nx.end - nx.start <= 2 && !isP(ctx, j + 1, "/") && !isW(ctx, j + 1, "tháng")) {
      mi = nx.value; j++;
      if (isW(ctx, j, "phút")) j++;
      const sx = ctx.at(j);
      if (sx.kind === NUMBER && sx.end - sx.start <= 2 && isW(ctx, j + 1, "giây")) { s = sx.value; j += 2; }
    } else if (nx.kind === WORD && nx.text !== "kém" && numberAt(ctx, j) && isW(ctx, numberAt(ctx, j)!.next, "phút")) {
      const m = numberAt(ctx, j)!;
      mi = m.v; j = m.next + 1;
    }
  }
  if (h < 0 || h > 24 || (mi !== undefined && mi > 59) || (s !== undefined && s > 59)) return NO_MATCH;
  if (h === 24) { if (mi) return NO_MATCH; h = 0; }
  const f: Fields = { hour: h };
  if (mi !== undefined) f.minute = mi;
  if (s !== undefined) f.second = s;
  // AM/PM and part of day
  const w = ctx.at(j);
  let marked = false;
  if (w.kind === WORD && (w.text === "ch" || w.text === "pm" || w.text === "sa" || w.text === "am")) {
    const pm = w.text === "ch" || w.text === "pm";
    if (h > 12) return NO_MATCH;
    f.hour = pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
    j++; marked = true;
  } else {
    let k = j;
    if (isW(ctx, k, "buổi")) k++;
    const pw = ctx.at(k);
    const pod = pw.kind === WORD ? POD_WORDS[pw.text] : undefined;
    if (pod && !(pw.text === "tối" && (isW(ctx, k + 1, "đa") || isW(ctx, k + 1, "thiểu")))) {
      if (h <= 12) f.hour = hourWithPod(h, pod);
      j = k + 1; marked = true;
      const rd = relDayAt(ctx, j, true);
      if (rd) { f.dayRel = rd.rel; j = rd.next; }
    }
  }
  if (!marked && h >= 1 && h <= 12) f.ampmFree = true;
  // "trong 3 giờ", "24 giờ" without minutes or part of day read as durations
  if (spelled && !marked && h <= 12 && DURATION_BEFORE.has(ctx.at(i - 1).text) && ctx.at(i - 1).kind === WORD) return NO_MATCH;
  if (spelled && !marked && ctx.at(j).kind === WORD && DURATION_AFTER.has(ctx.at(j).text)) return NO_MATCH;
  out.push(makeCandidate(ctx, i, j, "time", "time", f));
  return j;
}

export const timeParser: DateParser = { name: "time", triggers: { words: timeTriggers, numbers: true }, parseAt: timeAt };
