import type { Ctx, Token } from "./types";

const NONE: Token = { k: 3, t: "", s: -1, e: -1, n: NaN, gap: true };

// 0 other/punct, 1 digit, 2 letter, 3 space
function cls(c: number): number {
  if (c < 128) {
    if (c >= 48 && c <= 57) return 1;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 2;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) return 3;
    return 0;
  }
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f || c === 0xfeff) return 3;
  if ((c >= 0x2010 && c <= 0x2bff) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x3000 && c <= 0x303f) || c === 0xd7 || c === 0xf7) return 0;
  if (c >= 0xa1 && c <= 0xbf) return 0;
  return 2;
}

/** Linear tokenizer: letter runs, digit runs, single punctuation chars; whitespace only sets `gap`. */
export function tokenize(lower: string): Token[] {
  const out: Token[] = [];
  const n = lower.length;
  let i = 0;
  let gap = true;
  let nl = false;
  while (i < n) {
    const c = lower.charCodeAt(i);
    const k = cls(c);
    if (k === 3) { gap = true; if (c === 10 || c === 13) nl = true; i++; continue; }
    let j = i + 1;
    if (k === 1 || k === 2) {
      while (j < n && cls(lower.charCodeAt(j)) === k) j++;
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) {
      const c2 = lower.charCodeAt(j);
      if (c2 >= 0xdc00 && c2 <= 0xdfff) j++;
    }
    // dashes and the minus sign read as "-" (the normalizer usually did this already)
    const t = c === 0x2013 || c === 0x2014 || c === 0x2212 ? "-" : lower.slice(i, j);
    const tok: Token = { k: k === 1 ? 1 : k === 2 ? 0 : 2, t, s: i, e: j, n: k === 1 && j - i <= 6 ? Number(t) : NaN, gap };
    if (nl) tok.nl = true;
    out.push(tok);
    gap = false;
    nl = false;
    i = j;
  }
  return out;
}

/** Tokens plus the indices of "hot" tokens (numbers and trigger words); parsers only start there. */
export function makeCtx(lower: string, cased: string, triggers: ReadonlySet<string>): Ctx {
  const toks = tokenize(lower);
  const hot: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k === 1 || (t.k === 0 && triggers.has(t.t))) hot.push(i);
  }
  return { lower, cased, toks, hot, at: (i: number) => (i >= 0 && i < toks.length ? toks[i]! : NONE) };
}

/** Token i is the word w. */
export function isW(ctx: Ctx, i: number, w: string): boolean {
  const t = ctx.at(i);
  return t.k === 0 && t.t === w;
}

/** Tokens from i spell the words of `seq` (space separated); returns index after, or -1. */
export function seqAt(ctx: Ctx, i: number, seq: readonly string[]): number {
  for (let k = 0; k < seq.length; k++) {
    const t = ctx.at(i + k);
    if (t.k !== 0 || t.t !== seq[k]) return -1;
  }
  return i + seq.length;
}

/** Token i is the punctuation char p. */
export function isP(ctx: Ctx, i: number, p: string): boolean {
  const t = ctx.at(i);
  return t.k === 2 && t.t === p;
}

/** Token i is a number of 1..maxDigits digits. */
export function isNum(ctx: Ctx, i: number, maxDigits = 2): boolean {
  const t = ctx.at(i);
  return t.k === 1 && t.e - t.s <= maxDigits;
}
