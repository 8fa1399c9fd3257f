/**
 * Splits normalized text into syllable, number and punctuation tokens. Offsets are indices of
 * the normalized text; `toOriginal` maps them back at the very end.
 */
import { work } from "../util/work";

/** "w" a word (syllable), "n" a number, "p" one punctuation or symbol character. */
export type TokenKind = "w" | "n" | "p";

export interface Token {
  /** Where it starts in the normalized text (UTF-16 index; the graph maps offsets back into the caller's string). */
  readonly start: number;
  /** Where it ends in the normalized text. */
  readonly end: number;
  /** "w" a word, "n" a number, "p" one punctuation character. */
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

import { isVietnameseSyllable } from "./syllable";

const CAP = 1;
const ALL_CAPS = 2;
const SPACE_BEFORE = 4;
const LINE_BREAK = 8;
const CAPS_LINE = 16;
// The kind in two bits above the flags.
const KIND_SHIFT = 5;
const N_BITS = 1 << KIND_SHIFT;
const P_BITS = 2 << KIND_SHIFT;
const KIND_OF: readonly TokenKind[] = ["w", "n", "p"];

// One class with the flags and the kind in one number, and the end read off the key (the key is the
// text's slice [start, end)): a token is made for every word of every text, and each own field is
// 8 bytes more on every one of them (eleven own fields made each token 40 % bigger).
class Tok implements Token {
  constructor(
    readonly start: number,
    readonly key: string,
    readonly cased: string,
    private flags: number,
  ) {}
  get end(): number {
    return this.start + this.key.length;
  }
  get kind(): TokenKind {
    return KIND_OF[this.flags >>> KIND_SHIFT]!;
  }
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }
  get allCaps(): boolean {
    return (this.flags & ALL_CAPS) !== 0;
  }
  get spaceBefore(): boolean {
    return (this.flags & SPACE_BEFORE) !== 0;
  }
  get lineBreakBefore(): boolean {
    return (this.flags & LINE_BREAK) !== 0;
  }
  get capsLine(): boolean {
    return (this.flags & CAPS_LINE) !== 0;
  }
  set capsLine(v: boolean) {
    this.flags = v ? this.flags | CAPS_LINE : this.flags & ~CAPS_LINE;
  }
}

// Character classes, by UTF-16 code unit: 1 letter/mark/digit (part of a word), 2 white space,
// 0 anything else (one punctuation token). A table for the Latin and Vietnamese ranges, a Unicode
// regex only for the rare code units outside them.
const WORD = 1;
const SPACE = 2;
const OTHER_WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const OTHER_SPACE_RE = /\s/u;
// Below U+2000 the class is decided with the two regex objects above the first time a code unit is seen, and kept
// (UNKNOWN until then): testing all 8 192 at import took 2–3 ms, for the few dozen code units a text has.
const UNKNOWN = 255;
export const TABLE = new Uint8Array(0x2000).fill(UNKNOWN);

function classOfChar(ch: string): number {
  return OTHER_WORD_RE.test(ch) ? WORD : OTHER_SPACE_RE.test(ch) ? SPACE : 0;
}

function classOf(c: number, text: string, i: number): number {
  // (Small, so that the tokenizer's loop takes it inline: the rest is classOfRest.)
  if (c < 0x2000) {
    const k = TABLE[c]!;
    if (k !== UNKNOWN) return k;
  }
  return classOfRest(c, text, i);
}

/** A code unit below U+2000 seen for the first time (its class, now in TABLE), or one above it. */
function classOfRest(c: number, text: string, i: number): number {
  if (c < 0x2000) return (TABLE[c] = classOfChar(String.fromCharCode(c)));
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return OTHER_WORD_RE.test(String.fromCodePoint(cp)) ? WORD : 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return classOfChar(text[i]!);
}

function allDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function sameSpan(a: string, b: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

// Tokens are gathered in one array kept between calls and copied out at their count: a new array
// pushed to was regrown a dozen times a chunk (about 8 MB a corpus pass). A longer list than a chunk
// makes is not kept.
let gathered: Array<Tok | undefined> = [];
const KEEP_GATHERED = 1 << 15;

export function tokenize(cased: string, lower: string, from = 0, to = cased.length): Token[] {
  const into = gathered;
  let n = 0;
  let prevEnd = from;
  let lineBreak = true;
  let i = from;
  while (i < to) {
    const c = cased.charCodeAt(i);
    const cls = classOf(c, cased, i);
    if (cls === SPACE) {
      // (\n, or a lone \r of old Mac files, which normalization keeps; the date tokenizer reads \r too. Unicode's line
      // and paragraph separators are "\n" by then: src/text/normalize.ts.)
      if (c === 10 || c === 13) lineBreak = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cls === WORD) {
      // A word: letters, marks and digits, with inner apostrophes for names such as K'Ré and H'Hen.
      i++;
      while (i < to) {
        const d = cased.charCodeAt(i);
        if (classOf(d, cased, i) === WORD) i++;
        else if (d === 39 && i + 1 < to && classOf(cased.charCodeAt(i + 1), cased, i + 1) === WORD) i += 2;
        else break;
      }
      kind = "w";
    } else {
      // One punctuation or symbol character (a surrogate pair stays whole).
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      kind = "p";
    }
    let end = i;
    let key = lower.slice(start, end);
    // "Nguyễn Tấn Bỉnhcho biết", "Sở Y tế TPHCMcho": a space lost before a common word glued to a
    // name; the name ends where the word starts (the word becomes a token of its own, glued).
    if (kind === "w") {
      const cut = camelCutAt(cased, lower, start, end, key) ?? gluedWordAt(cased, lower, start, end, key);
      if (cut > 0) {
        end = cut;
        i = cut;
        key = lower.slice(start, end);
      }
    }
    // Most tokens are written in lower case: their cased form is the key itself, not a second slice.
    const text = sameSpan(cased, lower, start, end) ? key : cased.slice(start, end);
    let cap = false;
    let allCaps = false;
    if (kind === "w") {
      if (allDigits(text)) kind = "n";
      else {
        cap = text.charCodeAt(0) !== key.charCodeAt(0);
        // Two or more letters, all upper-case ("UBND", "NGUYỄN"); digits may sit among them.
        allCaps = cap && text.length > 1 && key.charCodeAt(1) !== text.charCodeAt(1) && text.toUpperCase() === text;
      }
    }
    const flags = (kind === "w" ? 0 : kind === "n" ? N_BITS : P_BITS) | (cap ? CAP : 0) | (allCaps ? ALL_CAPS : 0) | (start > prevEnd || n === 0 ? SPACE_BEFORE : 0) | (lineBreak ? LINE_BREAK : 0);
    into[n] = new Tok(start, key, text, flags);
    n++;
    work.tokens++;
    lineBreak = false;
    prevEnd = end;
  }
  const tokens = into.slice(0, n) as Token[];
  // (Not kept alive by the gathering array until the next call.)
  if (n > KEEP_GATHERED) gathered = [];
  else into.fill(undefined, 0, n);
  markCapsLines(tokens);
  return tokens;
}

// Common words that a missing space glues to the name before them.
const GLUED_WORDS = ["cho", "nói", "đã", "và", "là", "cũng", "vừa", "đang", "sẽ", "được", "có", "khi", "tại", "với", "của", "thì", "trong"];

/**
 * Where a common lower-case word glued to the end of a capitalized word starts ("Bỉnh|cho", "TPHCM|cho"),
 * or -1. Only when the whole is no Vietnamese syllable and the rest is one (with its tone marks) or a
 * run of capitals: brand names ("VNExpress", "PVcomBank") end in no such word.
 */
function gluedWordAt(cased: string, lower: string, start: number, end: number, key: string): number {
  if (end - start < 4 || cased.charCodeAt(start) === lower.charCodeAt(start)) return -1;
  if (isVietnameseSyllable(key)) return -1;
  for (const w of GLUED_WORDS) {
    const cut = end - w.length;
    if (cut - start < 2 || !key.endsWith(w) || cased.slice(cut, end) !== w) continue;
    const head = key.slice(0, key.length - w.length);
    const caps = cased.slice(start, cut);
    if (caps.length >= 3 && caps === caps.toUpperCase() && !/\d/u.test(caps)) return cut;
    if (/[^a-z]/u.test(head) && isVietnameseSyllable(head)) return cut;
  }
  return -1;
}

/**
 * Where a capitalized word glued to the word before it starts ("Trung Quốc|Ngụy Phượng Hòa", "huyện|Cần
 * Giờ"), or null: a capital after a lower-case letter inside a word, when the whole is no Vietnamese
 * syllable, both parts are, and one of them carries a Vietnamese letter or tone mark (brand names
 * written in camel case, "VnExpress", "McCain", "VietNam", are left whole).
 */
function camelCutAt(cased: string, lower: string, start: number, end: number, key: string): number | null {
  if (end - start < 4 || isVietnameseSyllable(key)) return null;
  // (Only the first capital inside the word is tried, so a long word is read once.)
  for (let j = start + 1; j < end - 1; j++) {
    if (cased.charCodeAt(j) === lower.charCodeAt(j) || cased.charCodeAt(j - 1) !== lower.charCodeAt(j - 1)) continue;
    const before = cased[j - 1]!;
    if (before === before.toUpperCase()) continue; // (a digit or mark, no lower-case letter)
    const head = key.slice(0, j - start);
    const rest = key.slice(j - start);
    if (isVietnameseSyllable(head) && isVietnameseSyllable(rest) && /[^a-z]/u.test(head + rest)) return j;
    return null;
  }
  return null;
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

/** The first token of the line of token k. */
export function lineStartOf(tokens: readonly Token[], k: number): number {
  while (k > 0 && !tokens[k]!.lineBreakBefore) k--;
  return k;
}

/** True when the token is a word whose case marks a proper noun (always true in a headline). */
export function isProperLike(t: Token | undefined): boolean {
  return !!t && t.kind === "w" && (t.cap || t.capsLine);
}
