/**
 * Long inputs are scanned in chunks that end at a line break (or, failing that, a space), so a
 * 50 MB dump costs bounded memory per step; entities are still merged across the whole text.
 */
import { work } from "../util/work";

const CHUNK = 16 * 1024;

export function* chunkBounds(text: string, size = CHUNK): Generator<[number, number]> {
  let from = 0;
  const n = text.length;
  while (from < n) {
    let to = Math.min(n, from + size);
    if (to < n) {
      // Cut at a line break, else after a sentence, else between two lower-case words: never
      // inside a capitalized name or title ("Thủ tướng Nguyễn Xuân Phúc").
      const floor = from + size / 2;
      const nl = lastIndexAbove(text, 10, to, floor);
      if (nl > floor) to = nl + 1;
      else {
        const cut = quietSpace(text, to, floor);
        if (cut > floor) to = cut + 1;
      }
      // Never split a surrogate pair.
      const c = text.charCodeAt(to - 1);
      if (c >= 0xd800 && c <= 0xdbff) to++;
    }
    yield [from, to];
    from = to;
  }
}

const isLower = (c: string | undefined) => !!c && c !== c.toUpperCase() && c === c.toLowerCase();

/** The last space before `to` (and after `floor`) that ends a sentence or sits between lower-case words. */
function quietSpace(text: string, to: number, floor: number): number {
  let fallback = -1;
  let last = -1; // the last space of all, if none is quieter
  for (let i = to; i > floor; i--) {
    work.chunkChars++;
    if (text.charCodeAt(i) !== 32) continue;
    if (last < 0) last = i;
    const before = text[i - 1];
    const after = text[i + 1];
    if (before === "." || before === ";" || before === "!" || before === "?") return i;
    if (fallback < 0 && isLower(after) && (isLower(before) || before === ",")) fallback = i;
  }
  return fallback > 0 ? fallback : last;
}

/**
 * The last index of a code unit at or before `to` and above `floor`, else -1. Bounded: lastIndexOf
 * would scan back to the start of a text without line breaks, once per chunk (quadratic time).
 */
function lastIndexAbove(text: string, code: number, to: number, floor: number): number {
  for (let i = Math.min(to, text.length - 1); i > floor; i--) {
    work.chunkChars++;
    if (text.charCodeAt(i) === code) return i;
  }
  return -1;
}
