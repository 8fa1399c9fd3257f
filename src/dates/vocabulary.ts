// Reading numbers, months, can-chi years and hours; the words themselves are in data/date-*.tsv (words.ts).
import { NUMBER, WORD } from "./types";
import type { DateContext, PartOfDay } from "./types";
import { isW } from "./tokens";

import { AFTER_TEN_VALUES, BRANCHES, contextWords, NUMBER_WORD_VALUES, STEMS } from "./words";

export { HOLIDAYS, POD_WORDS, WEEK_REL, WEEKDAY_WORDS, type Holiday } from "./words";

const UNITS = NUMBER_WORD_VALUES;
// after "mươi"/"mười": "mốt" = 1, "lăm" = 5, "tư" = 4 ("năm" is left out: "tháng mười năm 2017")
const TAIL = AFTER_TEN_VALUES;
/** Words that can start a number written in words (cheap pre-check before numberAt). */
export const NUMBER_WORDS = new Set([...Object.keys(UNITS), "mười"]);

/**
 * Two-word triggers for a number in words (numberAt) followed by one of `after`: its first word with what can come
 * next, one of `after` ("hai giờ") or the number's own second word ("hai mươi", "mười lăm").
 */
export function numberWordTriggers(after: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of NUMBER_WORDS) {
    const seconds = [...after, ...(w === "mười" ? Object.keys(TAIL).filter((t) => t !== "mốt") : UNITS[w]! >= 2 ? ["mươi"] : [])];
    for (const s of seconds) out.push(`${w} ${s}`);
  }
  return [...new Set(out)];
}

/** A number written in words (1–99) or digits at token i. */
export function numberAt(ctx: DateContext, i: number, maxDigits = 2): { v: number; next: number } | null {
  const t = ctx.at(i);
  if (t.kind === NUMBER) return t.end - t.start <= maxDigits ? { v: t.value, next: i + 1 } : null;
  if (t.kind !== WORD) return null;
  if (t.text === "mười") {
    const u = ctx.at(i + 1);
    if (u.kind === WORD && TAIL[u.text] !== undefined && u.text !== "mốt") return { v: 10 + TAIL[u.text]!, next: i + 2 };
    return { v: 10, next: i + 1 };
  }
  const u = UNITS[t.text];
  if (u === undefined) return null;
  if (u >= 2 && isW(ctx, i + 1, "mươi")) {
    const w = ctx.at(i + 2);
    if (w.kind === WORD && TAIL[w.text] !== undefined) return { v: u * 10 + TAIL[w.text]!, next: i + 3 };
    return { v: u * 10, next: i + 2 };
  }
  return { v: u, next: i + 1 };
}

/** Month after "tháng": 1–12, plus the lunar names Giêng (1) and Chạp (12). */
export function monthAt(ctx: DateContext, i: number): { m: number; lunar: boolean; next: number } | null {
  const t = ctx.at(i);
  if (t.kind === WORD && t.text === "giêng") return { m: 1, lunar: true, next: i + 1 };
  if (t.kind === WORD && t.text === "chạp") return { m: 12, lunar: true, next: i + 1 };
  const n = numberAt(ctx, i);
  if (!n || n.v < 1 || n.v > 12) return null;
  return { m: n.v, lunar: false, next: n.next };
}

/** Apply a part of day to an hour as written (1–12 style). */
export function hourWithPod(h: number, pod: PartOfDay): number {
  switch (pod) {
    case "morning": return h === 12 ? 0 : h;
    case "noon": return h <= 3 ? h + 12 : h; // "1 giờ trưa" = 13h
    case "afternoon": return h < 12 ? h + 12 : h;
    case "evening": return h < 12 ? h + 12 : h; // Duckling: "3 giờ tối" = 15:00
    case "night": return h >= 6 && h < 12 ? h + 12 : h === 12 ? 0 : h; // "11 giờ đêm" = 23h, "2 giờ đêm" = 2h
  }
}

/** Hours of a part of day [from, to) for interval values. */
export const POD_HOURS: Record<PartOfDay, [number, number]> = {
  morning: [4, 12], noon: [12, 14], afternoon: [12, 18], evening: [18, 24], night: [22, 28],
};

// Heavenly stems and earthly branches (data/date-words.tsv); year Y has stem (Y+6)%10 and branch (Y+8)%12.
/** A can-chi year name at i ("giáp thìn") → index in the 60-year cycle such that (Y - 4) % 60 === index. */
export function canChiAt(ctx: DateContext, i: number): { idx: number; next: number } | null {
  const a = ctx.at(i), b = ctx.at(i + 1);
  if (a.kind !== WORD || b.kind !== WORD) return null;
  const idx = canChiIndex(a.text, b.text);
  return idx === null ? null : { idx, next: i + 2 };
}

/** A stem and a branch, lower case ("giáp", "thìn") → index in the 60-year cycle; null when they make no year's name. */
export function canChiIndex(stem: string, branch: string): number | null {
  const s = STEMS[stem], br = BRANCHES[branch];
  if (s === undefined || br === undefined || s % 2 !== br % 2) return null;
  // Y-4 ≡ s (mod 10) and Y-4 ≡ br (mod 12) → unique idx mod 60
  for (let idx = s; idx < 60; idx += 10) if (idx % 12 === br) return idx;
  return null;
}

/** Words before a number that make it a code, not a date ("số 2", "Điều 5", "quận 1"). */
export const CODE_PREFIX = contextWords("code-before");
