/**
 * Credits: who took a photo or wrote the text ("Ảnh: Huy Bình/TTXVN", "(Ảnh: Trọng Đức - TTXVN)",
 * "Thùy Vân/VOV-Paris", "… ./. Hiền Hạnh (TTXVN)" at the end). Their names are bylines: not persons,
 * and not places even when they read like one ("Trọng Đức", an author called "Thái Bình"). The
 * outlet itself (TTXVN, VOV) stays an organization: only persons and places look at these marks.
 */
import { isProperLike, type Token } from "../text/tokenize";
import type { LexEntry } from "../lexicon/lexicon";
import { ENTRY_BIT } from "../lexicon/lexicon";
import { isVietnameseSyllable } from "../text/syllable";

/** What the credit finder asks of the lexicon: the kinds of phrase starting at a token, and the phrases. */
export interface CreditLookup {
  kindsAt(i: number): number;
  matchesAt(i: number): Array<{ end: number; values: LexEntry[] }>;
}

const SEPARATORS = new Set(["/", "-", "–", ",", "&"]);
/** What ends a sentence when it stands alone (organizations.ts reads it too). */
export const SENTENCE_END: ReadonlySet<string> = new Set([".", "!", "?", "…"]);
const MAX_SEGMENTS = 6;
const MAX_NAME_WORDS = 4;

/** A name word of a byline: capitalized, and not a title that starts something else. */
function nameWord(t: Token | undefined, kinds: number): boolean {
  if (!t || t.kind !== "w" || !isProperLike(t)) return false;
  return (kinds & (ENTRY_BIT.title | ENTRY_BIT.modifier)) === 0;
}

/** A run of name words found backwards must not open with "Ông", "Bà": that is a person in a sentence. */
const opensWithAddress = (look: CreditLookup, a: number): boolean => (look.kindsAt(a) & ENTRY_BIT.address) !== 0;

/** An outlet written as one token ("TTXVN", "VOV", "VGP"), with a glued domain ("VOV.VN"). End index, or -1. */
function outletEnd(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== "w" || !t.allCaps) return -1;
  let end = k + 1;
  if (tokens[end]?.key === "." && !tokens[end]!.spaceBefore && tokens[end + 1]?.kind === "w" && !tokens[end + 1]!.spaceBefore) end += 2;
  return end;
}

/** "Ảnh: HOÀNG GIANG": a name written in capitals, two or more Vietnamese syllables (an outlet is none). End index, or -1. */
function capsNameEnd(tokens: Token[], k: number): number {
  let end = k;
  for (; end < k + MAX_NAME_WORDS; end++) {
    const t = tokens[end];
    if (!t || t.kind !== "w" || !t.allCaps || t.cased.length < 2 || !isVietnameseSyllable(t.key) || (end > k && t.lineBreakBefore)) break;
  }
  return end - k >= 2 ? end : -1;
}

/** One part of a byline starting at k: an outlet or a run of name words (hyphen-joined names too). */
function segmentEnd(tokens: Token[], look: CreditLookup, k: number): number {
  const caps = capsNameEnd(tokens, k);
  if (caps > 0) return caps;
  const outlet = outletEnd(tokens, k);
  if (outlet > 0) return outlet;
  let end = k;
  let words = 0;
  while (words < MAX_NAME_WORDS && nameWord(tokens[end], look.kindsAt(end)) && !tokens[end]!.allCaps) {
    if (end > k && tokens[end]!.lineBreakBefore) break;
    end++;
    words++;
    // "Bùi Hùng-Việt Dũng": a hyphen glued on both sides joins two names.
    const h = tokens[end];
    if (h?.key === "-" && !h.spaceBefore && nameWord(tokens[end + 1], look.kindsAt(end + 1)) && !tokens[end + 1]!.spaceBefore) end++;
  }
  return end;
}

/** Marks a byline from k: parts joined by separators, on one line. Returns its end. */
function markByline(tokens: Token[], look: CreditLookup, k: number, out: Uint8Array): number {
  let end = k;
  for (let seg = 0; seg < MAX_SEGMENTS; seg++) {
    const e = segmentEnd(tokens, look, end);
    if (e === end) break;
    for (let j = end; j < e; j++) out[j] = 1;
    end = e;
    const sep = tokens[end];
    const next = tokens[end + 1];
    if (!sep || !SEPARATORS.has(sep.key) || !next || next.lineBreakBefore || sep.lineBreakBefore || !isProperLike(next)) break;
    out[end] = 1;
    end++;
  }
  return end;
}

/** A credit opener ("Ảnh", "Ảnh minh họa", "Nguồn") written before a colon at token i: the index after the colon, or -1. */
export function openerEnd(tokens: Token[], look: CreditLookup, i: number): number {
  if (!(look.kindsAt(i) & ENTRY_BIT.cue)) return -1;
  for (const m of look.matchesAt(i)) {
    if (!m.values.some((v) => v.t === "cue" && v.info.list === "credit")) continue;
    const colon = tokens[m.end];
    if (colon?.key === ":" && !colon.lineBreakBefore) return m.end + 1;
  }
  return -1;
}

/** The opener must start its phrase: capitalized, or after a bracket or a sentence end. */
function startsPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  return t.cap || !prev || t.lineBreakBefore || prev.key === "(" || SENTENCE_END.has(prev.key);
}

/**
 * "Name/OUTLET" anywhere ("Thùy Vân/VOV-Paris", "Trí Anh/VOV.VN"): the name before a slash glued to
 * an outlet written in capitals. The outlet must not be a place ("Hà Nội/TPHCM" is two places).
 */
function markSlashBylines(tokens: Token[], look: CreditLookup, out: Uint8Array): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.key !== "/" || tokens[k + 1]!.lineBreakBefore) continue;
    const right = outletEnd(tokens, k + 1);
    if (right < 0 || look.kindsAt(k + 1) & ENTRY_BIT.place) continue;
    // The name before the slash: name words back to the start of the run.
    let a = k;
    while (a > 0 && k - a < MAX_NAME_WORDS + 2 && !tokens[a]!.lineBreakBefore) {
      const p = tokens[a - 1]!;
      if (nameWord(p, look.kindsAt(a - 1)) && !p.allCaps) a--;
      else if (p.key === "-" && !p.spaceBefore && a - 2 >= 0 && nameWord(tokens[a - 2], look.kindsAt(a - 2))) a--;
      else break;
    }
    if (a === k || opensWithAddress(look, a)) continue;
    for (let j = a; j < k; j++) out[j] = 1;
    // "VOV-Paris", "VOV-Tokyo": where the correspondent writes from.
    if (tokens[right]?.key === "-" && !tokens[right]!.spaceBefore && isProperLike(tokens[right + 1]) && !tokens[right + 1]!.spaceBefore) {
      out[right] = 1;
      out[right + 1] = 1;
    }
  }
}

/**
 * The signature at the very end of a text: after the last sentence, a name alone, maybe with its
 * outlet ("Hiền Hạnh (TTXVN)", "Xuân Hải", "Thu Phương⏎TTXVN").
 */
function markEndSignature(tokens: Token[], look: CreditLookup, out: Uint8Array): void {
  let k = tokens.length;
  // Trailing outlet: "(TTXVN)", "TTXVN" on its own line, "/TTXVN".
  if (tokens[k - 1]?.key === ")" && outletEnd(tokens, k - 2) === k - 1 && tokens[k - 3]?.key === "(") k -= 3;
  else if (k >= 2 && outletEnd(tokens, k - 1) === k && (tokens[k - 1]!.lineBreakBefore || tokens[k - 2]!.key === "/")) k -= tokens[k - 2]!.key === "/" ? 2 : 1;
  // "THÁI BÌNH", "NGUYỄN HƯNG": a name in capitals on a line of its own after the last sentence.
  // (Back to the line's start, no further than such a name is long.)
  let line = k - 1;
  while (line > 0 && line > k - MAX_NAME_WORDS && !tokens[line]!.lineBreakBefore) line--;
  if (line > 0 && tokens[line]!.lineBreakBefore && SENTENCE_END.has(tokens[line - 1]!.key) && capsNameEnd(tokens, line) === k) {
    for (let j = line; j < k; j++) out[j] = 1;
    return;
  }
  // The name: name words (and glued hyphens) back to a sentence end or a line start.
  let a = k;
  while (a > 0 && k - a < MAX_NAME_WORDS + 2) {
    const p = tokens[a - 1]!;
    if ((nameWord(p, look.kindsAt(a - 1)) && !p.allCaps) || (p.key === "-" && !p.spaceBefore)) {
      a--;
      if (p.lineBreakBefore) break;
    } else break;
  }
  // "Trung Kiên - Khoa Nam": authors joined by a spaced dash, on a line of their own.
  while (a < k && (tokens[a - 1]?.key === "-" || tokens[a - 1]?.key === "–") && tokens[a - 1]!.spaceBefore && !tokens[a]!.lineBreakBefore) {
    let b = a - 1;
    // ("Tùng Nguyên": a given name may also be a title's modifier, "nguyên"; a title itself may not.)
    while (b > 0 && a - 1 - b < MAX_NAME_WORDS && isProperLike(tokens[b - 1]) && tokens[b - 1]!.kind === "w" && !(look.kindsAt(b - 1) & ENTRY_BIT.title) && !tokens[b - 1]!.allCaps && !tokens[b]!.lineBreakBefore) b--;
    if (b === a - 1 || !tokens[b]!.lineBreakBefore) break;
    a = b;
  }
  if (a === k || opensWithAddress(look, a)) return;
  const before = tokens[a - 1];
  // (A text that is nothing but a name is no signature.)
  // The sentence before must be over: a name on the line after a heading ("Bộ trưởng Bộ Y tế⏎Nguyễn
  // Thị Kim Tiến") is that heading's person.
  // (Or a credit ends right before it: "… Ảnh: Trọng Đức/TTXVN Hoàng Thị Hoa (TTXVN)".)
  const opens = !!before && ((SENTENCE_END.has(before.key) && tokens[a]!.spaceBefore) || out[a - 1] === 1 || (before.key === ")" && tokens[a]!.lineBreakBefore) || (before.key === "/" && tokens[a - 2]?.key === "."));
  if (!opens) return;
  for (let j = a; j < k; j++) out[j] = 1;
}

/** Marks (1) the tokens of every credit in the tokens of one chunk. `textEnd`: the chunk ends the text. */
export function findCredits(tokens: Token[], look: CreditLookup, textEnd: boolean): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const k = openerEnd(tokens, look, i);
    if (k < 0 || !startsPhrase(tokens, i) || tokens[k]?.lineBreakBefore) continue;
    i = Math.max(i, markByline(tokens, look, k, out) - 1);
  }
  markSlashBylines(tokens, look, out);
  if (textEnd) markEndSignature(tokens, look, out);
  return out;
}
