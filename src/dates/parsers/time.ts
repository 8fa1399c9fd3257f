// Clock times: "14 giờ 30 phút", "9h30", "10g45", "16h", "15:23:24", "4:43:52 CH", "3 giờ rưỡi chiều", "11 giờ kém 15", "8 giờ tối nay".
import { NUMBER, PUNCTUATION, WORD, NO_MATCH } from "../types";
import type { DateCandidate, DateContext, Fields, DateParser, Token } from "../types";
import { isP, isW } from "../tokens";
import { hourWithPod, NUMBER_WORDS, numberAt, numberWordTriggers, POD_WORDS } from "../vocabulary";
import { boundaryBefore, codeAfter, codeBefore, makeCandidate, relDayAt } from "./common";
import { contextWords } from "../words";

const NUMW = NUMBER_WORDS; // local alias: hot loop
const two = (ctx: DateContext, i: number) => { const t = ctx.at(i); return t.kind === NUMBER && t.end - t.start === 2 && !t.spaceBefore ? t.value : -1; };

// "trong 3 giờ" (within 3 hours) is a duration, not a clock time
const DURATION_BEFORE = contextWords("duration-before");
const DURATION_AFTER = contextWords("duration-after");

// A number in words before "giờ" ("hai giờ", "mười hai giờ").
export const timeTriggers: readonly string[] = numberWordTriggers(["giờ"]);
/** A number in digits starts a clock time only before one of these ("15:23", "9am", "9h30", "10g45", "14 giờ"). */
const timeNumbers: readonly string[] = [":", "am", "pm", "h", "g", "giờ"];

/** A clock time as written: hour, minute and second, the token after it, and whether it was "H giờ …". */
interface Clock { hour: number; minute?: number; second?: number; next: number; spelled: boolean }

/** Not a time at all (as opposed to null: not this form of one). */
const STOP = "stop";

/** One time match at hot token i: a clock time, then AM/PM or a part of day, unless it reads as a duration. */
function timeAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  if (t.kind === PUNCTUATION || (t.kind === WORD && !NUMW.has(t.text))) return NO_MATCH;
  const digits = digitClockAt(ctx, i, t);
  if (digits === STOP) return NO_MATCH;
  const clock = digits ?? spelledClockAt(ctx, i, t);
  if (!clock) return NO_MATCH;
  let { hour: h } = clock;
  const { minute: mi, second: s, spelled } = clock;
  if (h < 0 || h > 24 || (mi !== undefined && mi > 59) || (s !== undefined && s > 59)) return NO_MATCH;
  if (h === 24) { if (mi) return NO_MATCH; h = 0; }
  const f: Fields = { hour: h };
  if (mi !== undefined) f.minute = mi;
  if (s !== undefined) f.second = s;
  const marked = markAt(ctx, clock.next, h, f);
  if (marked === null) return NO_MATCH;
  const j = marked === false ? clock.next : marked;
  if (marked === false && h >= 1 && h <= 12) f.ampmFree = true;
  // "trong 3 giờ", "24 giờ" without minutes or part of day read as durations
  if (spelled && marked === false && h <= 12 && DURATION_BEFORE.has(ctx.at(i - 1).text) && ctx.at(i - 1).kind === WORD) return NO_MATCH;
  if (spelled && marked === false && ctx.at(j).kind === WORD && DURATION_AFTER.has(ctx.at(j).text)) return NO_MATCH;
  out.push(makeCandidate(ctx, i, j, "time", "time", f));
  return j;
}

/** "15:23", "15:23:24", "9am", "9h30", "9h30p", "10g45", "16h": STOP when the digits are no time (a code). */
function digitClockAt(ctx: DateContext, i: number, t: Token): Clock | typeof STOP | null {
  if (t.kind !== NUMBER || t.end - t.start > 2) return null;
  if (!boundaryBefore(ctx, i) || codeBefore(ctx, i)) return STOP;
  if (isP(ctx, i + 1, ":") && !ctx.at(i + 1).spaceBefore && two(ctx, i + 2) >= 0) {
    const clock: Clock = { hour: t.value, minute: two(ctx, i + 2), next: i + 3, spelled: false };
    const j = clock.next;
    if (isP(ctx, j, ":") && !ctx.at(j).spaceBefore && two(ctx, j + 1) >= 0) { clock.second = two(ctx, j + 1); clock.next += 2; }
    return codeAfter(ctx, clock.next) ? STOP : clock;
  }
  const u = ctx.at(i + 1);
  if (u.kind !== WORD || u.spaceBefore) return null;
  if (u.text === "am" || u.text === "pm") return { hour: t.value, next: i + 1, spelled: false };
  if (u.text !== "h" && u.text !== "g") return null;
  const clock: Clock = { hour: t.value, next: i + 2, spelled: false };
  let j = i + 2;
  const m2 = ctx.at(j);
  if (m2.kind === NUMBER && !m2.spaceBefore && m2.end - m2.start <= 2) {
    clock.minute = m2.value; j++;
    if (isW(ctx, j, "phút") || (isW(ctx, j, "p") && !ctx.at(j).spaceBefore)) j++;
  } else if (u.text === "g") return STOP;
  clock.next = j;
  if (codeAfter(ctx, j) && !(ctx.at(j).kind === WORD && POD_WORDS[ctx.at(j).text])) return STOP;
  return clock;
}

/** "H giờ", "H giờ M (phút) (S giây)", "H giờ rưỡi", "H giờ kém M", with H and M in digits or words. */
function spelledClockAt(ctx: DateContext, i: number, t: Token): Clock | null {
  const n = numberAt(ctx, i);
  if (!n || !isW(ctx, n.next, "giờ")) return null;
  if (t.kind === NUMBER && (!boundaryBefore(ctx, i) || codeBefore(ctx, i))) return null;
  if (t.kind === WORD && ctx.at(i - 1).kind === WORD && numberAt(ctx, i - 1)) return null; // inside a longer number phrase
  let j = n.next + 1;
  const clock: Clock = { hour: n.v, next: j, spelled: true };
  const nx = ctx.at(j);
  if (nx.kind === WORD && nx.text === "rưỡi") { clock.minute = 30; j++; }
  else if (nx.kind === WORD && nx.text === "kém") {
    const m = numberAt(ctx, j + 1);
    if (!m || m.v < 1 || m.v > 59) return null;
    clock.hour -= 1; clock.minute = 60 - m.v; j = m.next;
    if (isW(ctx, j, "phút")) j++;
  } else if (nx.kind === NUMBER && nx.end - nx.start <= 2 && !isP(ctx, j + 1, "/") && !isW(ctx, j + 1, "tháng")) {
    clock.minute = nx.value; j++;
    if (isW(ctx, j, "phút")) j++;
    const sx = ctx.at(j);
    if (sx.kind === NUMBER && sx.end - sx.start <= 2 && isW(ctx, j + 1, "giây")) { clock.second = sx.value; j += 2; }
  } else if (nx.kind === WORD && numberAt(ctx, j) && isW(ctx, numberAt(ctx, j)!.next, "phút")) {
    const m = numberAt(ctx, j)!;
    clock.minute = m.v; j = m.next + 1;
  }
  clock.next = j;
  return clock;
}

/**
 * AM/PM ("CH", "SA", "pm") or a part of day ("chiều", "buổi tối", "tối nay") at j, applied to the hour h in `f`:
 * the token after the mark, false when there is none, null when the mark contradicts the hour ("15h pm").
 */
function markAt(ctx: DateContext, j: number, h: number, f: Fields): number | false | null {
  const w = ctx.at(j);
  if (w.kind === WORD && (w.text === "ch" || w.text === "pm" || w.text === "sa" || w.text === "am")) {
    const pm = w.text === "ch" || w.text === "pm";
    if (h > 12) return null;
    f.hour = pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
    return j + 1;
  }
  let k = j;
  if (isW(ctx, k, "buổi")) k++;
  const pw = ctx.at(k);
  const pod = pw.kind === WORD ? POD_WORDS[pw.text] : undefined;
  // "tối đa", "tối thiểu": at most, at least
  if (!pod || (pw.text === "tối" && (isW(ctx, k + 1, "đa") || isW(ctx, k + 1, "thiểu")))) return false;
  if (h <= 12) f.hour = hourWithPod(h, pod);
  const rd = relDayAt(ctx, k + 1, true);
  if (rd) { f.dayRel = rd.rel; return rd.next; }
  return k + 1;
}

export const timeParser: DateParser = { name: "time", triggers: { words: timeTriggers, numbers: timeNumbers }, parseAt: timeAt };
