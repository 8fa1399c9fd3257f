import { NUMBER, OUTSIDE, PUNCTUATION, WORD } from "./types";
import type { DateContext, Token, TokenKind } from "./types";
import { work } from "../util/work";


// 0 other/punct, 1 digit, 2 letter, 3 space (the definition; CLS below is the same as a table)
export function cls(c: number): number {
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

// Character classes of every UTF-16 code unit (the tokenizer's inner loop is a table lookup): cls() for ASCII,
// the ranges of cls() filled in for the rest. Calling cls() 65 536 times at import ran in the interpreter and
// took about 10 ms of the library's import; test/dates/tokens.test.ts checks the table against cls().
export const CLS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLS[c] = cls(c);
CLS.fill(2, 128);
CLS.fill(0, 0xa1, 0xc0);
CLS[0xd7] = CLS[0xf7] = 0;
CLS.fill(0, 0x2010, 0x2c00);
CLS.fill(0, 0xd800, 0xe000);
CLS.fill(0, 0x3000, 0x3040);
CLS.fill(3, 0x2000, 0x200c);
CLS[0xa0] = CLS[0x3000] = CLS[0x202f] = CLS[0xfeff] = 3;

/** A word's letter whose lower case is another code unit ("N" in "Ngày"): the word is hashed lower-cased. */
const UPPER = 4;
/** A code unit whose lower case depends on the letters around it (Σ: σ, or ς at a word's end) or changes the text's length (İ). */
const WHOLE = 8;

/**
 * The tables that read a text still in its case as if it were lower-cased (made at the first such scan, in about
 * 2 ms: one toLowerCase of a string of every code unit): each unit's lower case, and its class as CLS gives its
 * lower case (the Ohm, Kelvin and Ångström signs are letters once lower-cased: ω, k, å), with UPPER on a letter
 * that is not lower case, or WHOLE: the scan then lower-cases the whole text, as before. test/dates/tokens.test.ts
 * checks both on every code unit.
 */
let casedTables: { cls: Uint8Array; lower: Uint16Array } | null = null;
function makeCasedTables(): { cls: Uint8Array; lower: Uint16Array } {
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = (c >= 0xd800 && c <= 0xdfff) || c === 0x130 || c === 0x3a3 ? 0x20 : c;
  const all = new TextDecoder("utf-16le").decode(units).toLowerCase();
  const lower = new Uint16Array(0x10000);
  const cls = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const l = units[c] === c ? all.charCodeAt(c) : c;
    lower[c] = l;
    cls[c] = CLS[l]! | (l !== c && CLS[l] === 2 ? UPPER : 0);
  }
  cls[0x130] = cls[0x3a3] = WHOLE;
  return { cls, lower };
}
const casedTablesOf = () => (casedTables ??= makeCasedTables());
/** The class of code unit c in a cased text (see makeCasedTables). */
export const casedClass = (c: number): number => casedTablesOf().cls[c]!;
/** Code unit c lower-cased (one unit to one unit, as lowerSameLength does it where no context decides). */
export const lowerUnit = (c: number): number => casedTablesOf().lower[c]!;

const GAP = 4, NL = 8;

// One-character ASCII punctuation strings, shared.
const ASCII_STR: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/**
 * A token with a fixed shape, so the parsers' property reads stay monomorphic. Its text is sliced on first use.
 * Tokens are made on demand from the tokenizer's arrays: parsers look only around hot tokens, so most are never made.
 * The kind and the two flags in one number, the value an integer (-1: none; a field holding NaN is a boxed number
 * of its own at every token).
 */
class Tok implements Token {
  private _t: string | undefined;
  constructor(
    private readonly f: number,
    private readonly src: string,
    readonly start: number,
    readonly end: number,
    private readonly v: number,
    t: string | undefined,
  ) {
    this._t = t;
  }
  get text(): string {
    // (A token of a cased text is lower-cased as read: the same as the lower-cased text's slice, see makeCasedTables.)
    return (this._t ??= (this.f & CASED) !== 0 ? lowerSlice(this.src, this.start, this.end) : this.src.slice(this.start, this.end));
  }
  get kind(): TokenKind {
    return (this.f & 3) as TokenKind;
  }
  get value(): number {
    return this.v >= 0 ? this.v : NaN;
  }
  get spaceBefore(): boolean {
    return (this.f & GAP) !== 0;
  }
  get lineBreakBefore(): boolean {
    return (this.f & NL) !== 0;
  }
}

/** s[from, to) lower-cased (as lowerUnit reads each unit: the caller knows no unit there needs more), one string. */
function lowerSlice(s: string, from: number, to: number): string {
  const lower = casedTablesOf().lower;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (lower[c] !== c) return s.slice(from, to).toLowerCase();
  }
  return s.slice(from, to);
}

/** Tok's flag: its `src` is the cased text. */
const CASED = 16;

const NO_TOKEN: Token = new Tok(OUTSIDE | GAP, "", -1, -1, -1, "");

// A 16-bit hash of a word, computed while scanning it: the trigger words are found by it in a table (no slice of
// the text and no Map lookup for the 300 000 words of a corpus pass that are none).
const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;
const hash16 = (h: number, len: number) => ((h ^ (h >>> 16)) + len * 40503) & 0xffff;
// The units a text is hashed and compared by: itself, or lower-cased (cased().lower) in a word with an UPPER letter.
const SAME_UNIT = new Uint16Array(0x10000).map((_, c) => c);
function hashOf(s: string, from: number, to: number, units: Uint16Array = SAME_UNIT): number {
  let h = 0;
  for (let i = from; i < to; i++) h = hashStep(h, units[s.charCodeAt(i)]!);
  return hash16(h, to - from);
}
const isDash = (c: number) => c === 0x2013 || c === 0x2014 || c === 0x2212;

/**
 * The token texts the scan looks for (trigger words and the tokens a pair trigger needs next), each with a small
 * id, found by the text's hash (open addressing in 65 536 slots, a few dozen used: a word that is none of them
 * usually meets an empty slot at once).
 */
class TextTable {
  private readonly slots = new Int32Array(65536); // id + 1; 0 empty
  readonly texts: string[] = [];
  id(text: string): number {
    const found = this.find(text, 0, text.length, hashOf(text, 0, text.length));
    if (found >= 0) return found;
    let k = hashOf(text, 0, text.length);
    while (this.slots[k] !== 0) k = (k + 1) & 0xffff;
    this.slots[k] = this.texts.push(text);
    return this.texts.length - 1;
  }
  /** The id of s[from, to) read by `units` (whose hash16 is `h`), or -1. */
  find(s: string, from: number, to: number, h: number, units: Uint16Array = SAME_UNIT): number {
    for (let k = h; ; k = (k + 1) & 0xffff) {
      const slot = this.slots[k]!;
      if (slot === 0) return -1;
      if (sameText(this.texts[slot - 1]!, s, from, to, units)) return slot - 1;
    }
  }
  /** The id of token [from, to) of `src` as `Token.text` reads it (a dash of any kind is "-"), or -1. */
  findToken(src: string, from: number, to: number, units: Uint16Array): number {
    const c = src.charCodeAt(from);
    if (to === from + 1 && isDash(c)) return this.find("-", 0, 1, hashOf("-", 0, 1));
    return this.find(src, from, to, hashOf(src, from, to, units), units);
  }
}

function sameText(t: string, s: string, from: number, to: number, units: Uint16Array): boolean {
  if (t.length !== to - from) return false;
  for (let k = 0; k < t.length; k++) {
    if (t.charCodeAt(k) !== units[s.charCodeAt(from + k)]) return false;
  }
  return true;
}

/**
 * What the scan reads off the triggers, by text id: the parser bits a word may start (`mask`), the bits of them that
 * need the next token (`need`), and for those, the bits each next token gives (`then`, by the next token's id).
 */
interface TriggerTable {
  table: TextTable;
  mask: Int32Array;
  need: Int32Array;
  then: Array<Int32Array | null>;
  /** The same for a number: the bits that need the next token, and what it gives. */
  numberNeed: number;
  numberThen: Int32Array;
}

const TABLES = new WeakMap<ReadonlyMap<string, number>, { pairs: PairTriggers | null; t: TriggerTable }>();
function triggerTable(triggers: ReadonlyMap<string, number>, pairs: PairTriggers | null): TriggerTable {
  const got = TABLES.get(triggers);
  if (got && got.pairs === pairs) return got.t;
  const table = new TextTable();
  for (const w of triggers.keys()) table.id(w);
  const seconds = [...(pairs?.words.values() ?? [])].map((p) => p.then);
  if (pairs) seconds.push(pairs.numbers.then);
  for (const then of seconds) for (const w of then.keys()) table.id(w);
  const n = table.texts.length;
  const byId = (then: ReadonlyMap<string, number>) => {
    const bits = new Int32Array(n);
    for (const [w, b] of then) bits[table.id(w)] = b;
    return bits;
  };
  const t: TriggerTable = { table, mask: new Int32Array(n), need: new Int32Array(n), then: new Array<Int32Array | null>(n).fill(null), numberNeed: pairs?.numbers.need ?? 0, numberThen: byId(pairs?.numbers.then ?? new Map()) };
  for (const [w, m] of triggers) {
    const id = table.id(w);
    t.mask[id] = m;
    const pair = pairs && (m & pairs.wordNeed) !== 0 ? pairs.words.get(w) : undefined;
    if (pair !== undefined && (m & pair.need) !== 0) {
      t.need[id] = pair.need;
      t.then[id] = byId(pair.then);
    }
  }
  TABLES.set(triggers, { pairs, t });
  return t;
}

/**
 * Triggers that need the token after the one they start on: first word → the parser bits that need a second and
 * the second's text → bits; the same for numbers (`numbers`). A token's text as `Token.text` reads it.
 */
export interface PairTriggers {
  words: ReadonlyMap<string, { need: number; then: ReadonlyMap<string, number> }>;
  /** The OR of the words' `need` bits (0: no word needs a second). */
  wordNeed: number;
  numbers: { need: number; then: ReadonlyMap<string, number> };
}

/** Token arrays: start, end, value (-1 = none) and flags (kind | 4 gap | 8 line break) of token i. */
export interface TokenArrays { count: number; start: Int32Array; end: Int32Array; num: Int32Array; flags: Uint8Array }

// Scratch arrays reused across calls (the engine is synchronous; tokens are made from them during one call only).
let scratch: TokenArrays = { count: 0, start: new Int32Array(4096), end: new Int32Array(4096), num: new Int32Array(4096), flags: new Uint8Array(4096) };

const MAX_SCRATCH = 1 << 20;

/**
 * Linear tokenizer into arrays: letter runs, digit runs, single punctuation chars; whitespace only sets the gap flag.
 * With `triggers` (word → bit mask of the parsers it may start), also collects the hot tokens into `hot` and their
 * masks into `masks` (numbers get `numMask`). With `pairs`, the bits that need a second token are kept only where
 * it follows (settled when the next token is read), and a token left with no bit leaves the hot list.
 */
function scan(lower: string, triggers: ReadonlyMap<string, number> | null, numMask: number, hot: number[] | null, masks: number[] | null, pairs: PairTriggers | null = null, cased = false): TokenArrays | null {
  const n = lower.length;
  // `cased`: the text is read in its case, as if lower-cased (null when a code unit needs the whole text for that).
  const cls = cased ? casedTablesOf().cls : CLS, lowerUnits = cased ? casedTablesOf().lower : SAME_UNIT;
  let arrays = scratch;
  if (arrays.start.length < n + 1) {
    const size = Math.max(n + 1, arrays.start.length * 2);
    arrays = { count: 0, start: new Int32Array(size), end: new Int32Array(size), num: new Int32Array(size), flags: new Uint8Array(size) };
    if (size <= MAX_SCRATCH) scratch = arrays; // a huge text gets arrays of its own, not kept after the call
  }
  const { start, end, num, flags } = arrays;
  const tt = triggers && hot ? triggerTable(triggers, pairs) : null;
  // The last hot token's bits that wait for this token, and what each next token (by text id) gives them.
  let pendNeed = 0;
  let pendThen: Int32Array | null = null;
  let count = 0;
  let i = 0;
  let fl = GAP;
  while (i < n) {
    const c = lower.charCodeAt(i);
    const k = cls[c]!;
    if (k === 3) { fl |= c === 10 || c === 13 ? GAP | NL : GAP; i++; continue; }
    if (k === WHOLE) return null;
    let j = i + 1;
    let id = -1; // the token's text id in the trigger table (a word's always; another's only when a pair waits for it)
    if (k === 1) {
      let v = c - 48;
      while (j < n) {
        const d = lower.charCodeAt(j);
        if (d < 48 || d > 57) break;
        v = v * 10 + (d - 48);
        j++;
      }
      num[count] = j - i <= 6 ? v : -1;
      flags[count] = fl | 1;
      if (pendNeed !== 0) id = tt!.table.findToken(lower, i, j, lowerUnits);
    } else if ((k & 3) === 2) {
      // (A letter's class is 2, with UPPER when it is not lower case: one table read a character gives both.)
      let h = hashStep(0, c), up = k;
      while (j < n) {
        const d = lower.charCodeAt(j);
        const kd = cls[d]!;
        if ((kd & 3) !== 2) break;
        up |= kd;
        h = hashStep(h, d);
        j++;
      }
      if (tt) id = (up & UPPER) === 0 ? tt.table.find(lower, i, j, hash16(h, j - i)) : tt.table.find(lower, i, j, hashOf(lower, i, j, lowerUnits), lowerUnits);
      flags[count] = fl; // kind 0
    } else {
      if (c >= 0xd800 && c <= 0xdbff && j < n) {
        const c2 = lower.charCodeAt(j);
        if (c2 >= 0xdc00 && c2 <= 0xdfff) j++;
      }
      flags[count] = fl | 2;
      if (pendNeed !== 0) id = tt!.table.findToken(lower, i, j, lowerUnits);
    }
    if (pendNeed !== 0) {
      settle(hot!, masks!, pendNeed, id >= 0 ? pendThen![id]! : 0);
      pendNeed = 0;
    }
    if (tt) {
      if (k === 1) {
        hot!.push(count);
        masks!.push(numMask);
        if (tt.numberNeed !== 0) { pendNeed = tt.numberNeed; pendThen = tt.numberThen; }
      } else if ((k & 3) === 2 && id >= 0 && tt.mask[id] !== 0) {
        hot!.push(count);
        masks!.push(tt.mask[id]!);
        if (tt.need[id] !== 0) { pendNeed = tt.need[id]!; pendThen = tt.then[id]!; }
      }
    }
    start[count] = i;
    end[count] = j;
    count++;
    // (num is read for numbers only.) A single space after a token is read here, not by a turn of the loop.
    if (j < n && lower.charCodeAt(j) === 32) { fl = GAP; i = j + 1; } else { fl = 0; i = j; }
  }
  if (pendNeed !== 0) settle(hot!, masks!, pendNeed, 0); // the text ends after it
  arrays.count = count;
  return arrays;
}

/** The last hot token's bits that needed the next token: `need` cleared, `got` (of them) set; gone if none is left. */
function settle(hot: number[], masks: number[], need: number, got: number): void {
  const last = masks.length - 1;
  const m = (masks[last]! & ~need) | (got & need);
  if (m !== 0) masks[last] = m;
  else { hot.pop(); masks.pop(); }
}

function makeTok(src: string, cased: boolean, a: TokenArrays, i: number): Tok {
  const f = a.flags[i]!, k = (f & 3) as TokenKind, s = a.start[i]!, e = a.end[i]!;
  let t: string | undefined;
  if (k === PUNCTUATION) {
    const c = src.charCodeAt(s);
    // dashes and the minus sign read as "-" (the normalizer usually did this already)
    t = c < 128 ? ASCII_STR[c] : isDash(c) ? "-" : undefined;
  }
  const v = k === NUMBER ? a.num[i]! : -1;
  return new Tok((f & (3 | GAP | NL)) | (cased ? CASED : 0), src, s, e, v >= 0 ? v : -1, t);
}

/** All tokens of a text (tests and tools; the engine makes them on demand). */
export function tokenize(lower: string): Token[] {
  const a = scan(lower, null, 0, null, null)!;
  const out: Token[] = [];
  for (let i = 0; i < a.count; i++) out.push(makeTok(lower, false, a, i));
  return out;
}

/**
 * The context of one call: hot token indices (numbers and trigger words; parsers only start there) with the bit masks
 * of the parsers each may start (`triggers`: word → mask; `numMask` for numbers), tokens on demand.
 * `lower` is the text lower-cased, or a function that makes it: then the tokens are read from `cased` as if it were
 * (a token's text is lower-cased as it is read), and the whole text is lower-cased only if something asks for
 * `ctx.lower` (a dates-only extract() never does: its toLowerCase of every text was 3 MB a corpus pass).
 */
export function makeCtx(lower: string | (() => string), cased: string, triggers: ReadonlyMap<string, number>, numMask: number, pairs: PairTriggers | null = null): EngineContext {
  const hot: number[] = [];
  const masks: number[] = [];
  let whole = typeof lower === "string" ? lower : null;
  let a = whole === null ? scan(cased, triggers, numMask, hot, masks, pairs, true) : null;
  const fromCased = a !== null;
  if (!a) {
    whole ??= (lower as () => string)();
    hot.length = masks.length = 0;
    a = scan(whole, triggers, numMask, hot, masks, pairs)!;
  }
  const src = fromCased ? cased : whole!;
  const lowerOf = fromCased ? () => (whole ??= (lower as () => string)()) : () => whole!;
  const len = a.count;
  const arrays = a;
  let at: (i: number) => Token;
  if (arrays !== scratch) {
    // A huge text's own arrays: its own table of tokens (filled in order of use, so pre-sized).
    const made: Array<Tok | undefined> = new Array(len);
    at = (i: number) => (work.lookups++, i >= 0 && i < len ? (made[i] ??= makeTok(src, fromCased, arrays, i)) : NO_TOKEN);
  } else {
    const stamp = nextStamp(len);
    const toks = madeToks, stamps = madeStamps;
    at = (i: number) => {
      work.lookups++;
      if (i < 0 || i >= len) return NO_TOKEN;
      if (stamps[i] === stamp) return toks[i]!;
      stamps[i] = stamp;
      return (toks[i] = makeTok(src, fromCased, arrays, i));
    };
  }
  return new EngineCtx(cased, hot, masks, len, at, lowerOf, fromCased ? (from, to) => lowerSlice(cased, from, to) : (from, to) => whole!.slice(from, to));
}

// A class, not an object literal with a getter: V8 keeps such a literal's properties in a dictionary, and the
// parsers read `ctx.at` 145 000 times a corpus pass (a dates-only pass ran 10–20 % slower so).
class EngineCtx implements EngineContext {
  constructor(
    readonly cased: string,
    readonly hot: number[],
    readonly masks: number[],
    readonly count: number,
    readonly at: (i: number) => Token,
    private readonly lowerOf: () => string,
    readonly lowerSlice: (from: number, to: number) => string,
  ) {}
  get lower(): string {
    return this.lowerOf();
  }
}

/** The engine's own view of a context: the parser bits of each hot token, and a piece of the text lower-cased. */
export interface EngineContext extends DateContext {
  masks: number[];
  lowerSlice(from: number, to: number): string;
}

// Tokens made during the current call, by index, beside the scratch arrays they are made from. A slot
// holds a token of this call when its stamp is the call's. (A `[]` written at scattered indices, as
// parsers do around hot tokens, turns into a dictionary: 7 MB allocated a news corpus pass.)
let madeToks: Array<Tok | undefined> = [];
let madeStamps = new Int32Array(0);
let lastStamp = 0;
function nextStamp(len: number): number {
  if (madeStamps.length < len) {
    const size = Math.max(len, madeStamps.length * 2, 1024);
    madeStamps = new Int32Array(size);
    const toks: Array<Tok | undefined> = [];
    for (let k = 0; k < size; k++) toks.push(undefined); // (pushed, so the array stays in fast elements)
    madeToks = toks;
    lastStamp = 0;
  }
  if (lastStamp === 0x7fffffff) {
    madeStamps.fill(0);
    lastStamp = 0;
  }
  return ++lastStamp;
}

/** Token i is the word w. */
export function isW(ctx: DateContext, i: number, w: string): boolean {
  const t = ctx.at(i);
  return t.kind === WORD && t.text === w;
}

/** Tokens from i spell the words of `seq` (space separated); returns index after, or -1. */
export function seqAt(ctx: DateContext, i: number, seq: readonly string[]): number {
  for (let k = 0; k < seq.length; k++) {
    const t = ctx.at(i + k);
    if (t.kind !== WORD || t.text !== seq[k]) return -1;
  }
  return i + seq.length;
}

/** Token i is the punctuation char p. */
export function isP(ctx: DateContext, i: number, p: string): boolean {
  const t = ctx.at(i);
  return t.kind === PUNCTUATION && t.text === p;
}

/** Token i is a number of 1..maxDigits digits. */
export function isNum(ctx: DateContext, i: number, maxDigits = 2): boolean {
  const t = ctx.at(i);
  return t.kind === NUMBER && t.end - t.start <= maxDigits;
}
