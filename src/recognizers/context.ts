/** What every recognizer reads: the tokens, the lexicon matches at each token, and what is taken. */
import { ENTRY_BIT, type Lexicon, type LexEntry } from "../lexicon/lexicon";
import type { NormalizedText } from "../text/normalize";
import type { Token } from "../text/tokenize";
import { collapseSpaces } from "../text/spaces";
import { work } from "../util/work";
import { findCredits } from "./credits";

export interface LexMatch {
  end: number;
  values: LexEntry[];
  bits: number;
}

export interface ScanContext {
  readonly nt: NormalizedText;
  readonly tokens: Token[];
  readonly lex: Lexicon;
  /** Tokens inside a date mention: no other recognizer starts or runs through them. */
  readonly inDate: Uint8Array;
  /** Tokens of a byline or photo credit ("Ảnh: Huy Bình/TTXVN"): no person or place there. */
  readonly inCredit: Uint8Array;
  matchesAt(i: number): LexMatch[];
  /** Bit mask of the entry kinds (KIND_BIT) of every phrase starting at token i. */
  kindsAt(i: number): number;
}

export const KIND_BIT = ENTRY_BIT;

const NO_MATCHES: LexMatch[] = [];

export function createContext(nt: NormalizedText, tokens: Token[], lex: Lexicon): ScanContext {
  // Every token is looked up once, here: the recognizers ask about every token anyway, and one
  // loop is simpler than a cache filled on demand (and no slower: 45.1 against 45.7 ms a corpus
  // pass). Most tokens start no phrase and keep kind 0.
  const n = tokens.length;
  const matches: Array<LexMatch[] | undefined> = new Array(n); // (a chunk of 16 K characters: at most about 16 000 tokens)
  const kinds = new Int32Array(n);
  const trie = lex.trie;
  for (let i = 0; i < n; i++) {
    const m = trie.matchAt(tokens, i);
    if (m.length === 0) continue;
    let k = 0;
    for (let j = 0; j < m.length; j++) k |= m[j]!.bits;
    if (k & ENTRY_BIT.level && tokens[i]!.cap) k = dropLowerOnly(m);
    matches[i] = m;
    kinds[i] = k;
  }
  const matchesAt = (i: number): LexMatch[] => (work.lookups++, matches[i] ?? NO_MATCHES);
  const kindsAt = (i: number): number => (work.lookups++, i >= 0 && i < n ? kinds[i]! : 0);
  // A signature is looked for only where the chunk ends the text.
  const textEnd = n === 0 || onlySpaceFrom(nt.cased, tokens[n - 1]!.end);
  return { nt, tokens, lex, inDate: new Uint8Array(n), inCredit: findCredits(tokens, { kindsAt, matchesAt }, textEnd), matchesAt, kindsAt };
}

/**
 * A capitalized word is no level word that location-levels.tsv marks lower_only ("Mỹ Đình", "Văn Miếu", "Bến
 * Tre"): its level entries leave the token's matches (fresh objects; the trie's value arrays are copied, not
 * changed). The token's kind bits after.
 */
function dropLowerOnly(m: LexMatch[]): number {
  let k = 0;
  for (const x of m) {
    if (x.bits & ENTRY_BIT.level && x.values.some((v) => v.t === "level" && v.info.lowerOnly)) {
      x.values = x.values.filter((v) => !(v.t === "level" && v.info.lowerOnly));
      x.bits = x.values.reduce((b, v) => b | ENTRY_BIT[v.t], 0);
    }
    k |= x.bits;
  }
  return k;
}

/** Nothing but white space from `from` to the end (stops at the first other character). */
function onlySpaceFrom(s: string, from: number): boolean {
  for (let c = from; c < s.length; c++) if (!/\s/u.test(s[c]!)) return false;
  return true;
}

const acceptAll = (): boolean => true; // one function, not a new closure per call

/**
 * The distinct test functions `longest` was given while `on` (for a test; off, one test of a flag a call). A
 * test written as an arrow function in the call is a new function at every call (and, when it reads the
 * caller's parameters, a scope object at every call of the caller), so their number grows with the text where
 * filters made once do not: helpers asked at every token use `longestEnding`, `cueOfListEnding`, a filter made
 * once or a loop. test/recognizers/closure-probe.test.ts keeps the number per token small.
 */
export const acceptProbe: { on: boolean; seen: WeakSet<object>; distinct: number } = { on: false, seen: new WeakSet(), distinct: 0 };

/** The longest match at i holding an entry of kind `t` (optionally filtered). */
export function longest<T extends LexEntry["t"]>(
  ctx: ScanContext,
  i: number,
  t: T,
  accept: (e: Extract<LexEntry, { t: T }>, end: number) => boolean = acceptAll,
): { end: number; entry: Extract<LexEntry, { t: T }> } | null {
  if (acceptProbe.on && !acceptProbe.seen.has(accept)) {
    acceptProbe.seen.add(accept);
    acceptProbe.distinct++;
  }
  if (!(ctx.kindsAt(i) & KIND_BIT[t])) return null;
  for (const m of ctx.matchesAt(i)) {
    for (const v of m.values) {
      if (v.t === t && accept(v as Extract<LexEntry, { t: T }>, m.end)) return { end: m.end, entry: v as Extract<LexEntry, { t: T }> };
    }
  }
  return null;
}

/**
 * The longest match at i holding an entry of kind `t` that ends at a token in [lo, hi]: `longest` with
 * an end test, without a closure (a closure over a loop's variable makes V8 allocate a context at every
 * entry of that scope, which in a per-token loop is every token).
 */
export function longestEnding<T extends LexEntry["t"]>(ctx: ScanContext, i: number, t: T, lo: number, hi = lo): { end: number; entry: Extract<LexEntry, { t: T }> } | null {
  if (!(ctx.kindsAt(i) & KIND_BIT[t])) return null;
  for (const m of ctx.matchesAt(i)) {
    if (m.end < lo || m.end > hi) continue;
    for (const v of m.values) if (v.t === t) return { end: m.end, entry: v as Extract<LexEntry, { t: T }> };
  }
  return null;
}

/** A cue of word list `list` (its `info.list`) starts at i and ends at a token in [lo, hi]: `longest` with that test, without a closure. */
export function cueOfListEnding(ctx: ScanContext, i: number, list: string, lo: number, hi = lo): boolean {
  if (!(ctx.kindsAt(i) & KIND_BIT.cue)) return false;
  for (const m of ctx.matchesAt(i)) {
    if (m.end < lo || m.end > hi) continue;
    for (const v of m.values) if (v.t === "cue" && v.info.list === list) return true;
  }
  return false;
}

export function has(ctx: ScanContext, i: number, t: LexEntry["t"]): boolean {
  return (ctx.kindsAt(i) & KIND_BIT[t]) !== 0;
}

/** Text of tokens [a, b) in normalized, cased form, with the original spacing collapsed. */
export function spanText(ctx: ScanContext, a: number, b: number): string {
  if (b <= a) return "";
  return collapseSpaces(ctx.nt.cased.slice(ctx.tokens[a]!.start, ctx.tokens[b - 1]!.end)); // (a token span: nothing to trim)
}

/** The keys of tokens [a, b) (lower case, tones placed one way), one space between them: "phong khê". */
export function spanKey(ctx: ScanContext, a: number, b: number): string {
  let key = "";
  for (let k = a; k < b; k++) key += k > a ? " " + ctx.tokens[k]!.key : ctx.tokens[k]!.key;
  return key;
}

/**
 * Tokens [a, b) and [c, d) have the same keys: `spanKey(ctx, a, b) === spanKey(ctx, c, d)` without building
 * either string (keys hold no space, so equal joins are equal keys one by one).
 */
export function sameKeys(ctx: ScanContext, a: number, b: number, c: number, d: number): boolean {
  if (b - a !== d - c) return false;
  const { tokens } = ctx;
  for (let k = 0; k < b - a; k++) if (tokens[a + k]!.key !== tokens[c + k]!.key) return false;
  return true;
}

export { nameOf } from "./candidate";
export type { Candidate, ContextBody, PersonCandidate, PositionCandidate, OrganizationCandidate, LocationCandidate, PersonData, PositionData, OrganizationData, LocationData } from "./candidate";
