/**
 * Splits normalized text into syllable, number and punctuation tokens. Offsets are indices of
 * the normalized text; `toOriginal` maps them back at the very end.
 */

/** "w" a word (syllable), "n" a number, "p" one punctuation or symbol character. */
export type TokenKind = "w" | "n" | "p";

export interface Token {
  /** Index of this token in its array. */
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Lower-cased normalized form: the key for every lexicon look-up. */
  readonly key: string;
  /** Normalized form with its case. */
  readonly cased: string;
  /** First letter upper-case. */
  readonly cap: boolean;
  /** Every letter upper-case and at least two letters (an acronym or a shouted word). */
  readonly allCaps: boolean;
  /** Whitespace (or nothing) separates this token from the previous one. */
  readonly spaceBefore: boolean;
  /** A line break separates this token from the previous one. */
  readonly lineBreakBefore: boolean;
  /** The token stands in a line written in capitals (a headline): case says nothing there. */
  capsLine: boolean;
}

// A word: letters/marks/digits, with inner apostrophes for names such as K'Ré and H'Hen.
const TOKEN_RE = /([\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*)|[^\s\p{L}\p{M}\p{N}]/gu;

function allDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function tokenize(cased: string, lower: string, from = 0, to = cased.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let prevEnd = from;
  // Position of the next line break at or after prevEnd (found once, not per token).
  let nextNl = cased.indexOf("\n", from);
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(cased)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const text = m[0];
    const end = Math.min(start + text.length, to);
    while (nextNl !== -1 && nextNl < prevEnd) nextNl = cased.indexOf("\n", prevEnd);
    const lineBreak = nextNl !== -1 && nextNl < start;
    const kind: TokenKind = m[1] === undefined ? "p" : allDigits(text) ? "n" : "w";
    const key = lower.slice(start, end);
    let cap = false;
    let allCaps = false;
    if (kind === "w") {
      cap = text.charCodeAt(0) !== key.charCodeAt(0);
      // Two or more letters, all upper-case ("UBND", "NGUYỄN"); digits may sit among them.
      allCaps = cap && text.length > 1 && text !== key && text.toUpperCase() === text && key.charCodeAt(1) !== text.charCodeAt(1);
    }
    tokens.push({
      i: tokens.length,
      start,
      end,
      kind,
      key,
      cased: text,
      cap,
      allCaps,
      spaceBefore: start > prevEnd || tokens.length === 0,
      lineBreakBefore: lineBreak || tokens.length === 0,
      capsLine: false,
    });
    prevEnd = end;
  }
  markCapsLines(tokens);
  return tokens;
}

/** A line whose words are mostly in capitals is a headline: flag its tokens. */
function markCapsLines(tokens: Token[]): void {
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || (i > lineStart && tokens[i]!.lineBreakBefore)) {
      let words = 0;
      let caps = 0;
      for (let j = lineStart; j < i; j++) {
        const t = tokens[j]!;
        if (t.kind !== "w" || t.cased.length < 2) continue;
        words++;
        if (t.allCaps) caps++;
      }
      if (words >= 3 && caps / words > 0.6) for (let j = lineStart; j < i; j++) tokens[j]!.capsLine = true;
      lineStart = i;
    }
  }
}

/** True when the token is a word whose case marks a proper noun (always true in a headline). */
export function isProperLike(t: Token | undefined): boolean {
  return !!t && t.kind === "w" && (t.cap || t.capsLine);
}
