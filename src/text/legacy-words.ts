/**
 * Words as the legacy-encoding check and decoder see them: runs of letters, combining marks and the
 * Latin-1 signs that TCVN3 uses for letters ("Xu©n", "t−íng"), and what one word decodes to.
 */
import { LEGACY_SIGNS } from "../generated/text-data";
import { legacyTable, type LegacyEncoding, type LegacyTable } from "./legacy-tables";
import { isVietnameseSyllable } from "./legacy-syllable";

/** Word flags: what kinds of character a word has. */
export const HAS_ASCII = 1; // an ASCII letter
export const HAS_VIET = 2; // a letter only Unicode Vietnamese has (ă đ ơ ư ạ … ỹ), or its NFD mark
export const HAS_OTHER = 4; // any other letter or legacy sign (Latin-1 letters, ©, ¸, −, …)
export const HAS_MARK = 8; // a combining mark: the word is compared in NFC

// Per UTF-16 unit: 0 separator, else the flag it gives a word; 255 not yet known (decided on first sight).
let classes: Uint8Array | null = null;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function buildClasses(): Uint8Array {
  const c = new Uint8Array(0x10000).fill(255, 0x250);
  for (let i = 0; i < 0x250; i++) {
    const ch = String.fromCharCode(i);
    c[i] = (i >= 65 && i <= 90) || (i >= 97 && i <= 122) ? HAS_ASCII : i >= 0x80 && LETTER_OR_MARK.test(ch) ? HAS_OTHER : 0;
  }
  for (const i of [0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1a0, 0x1a1, 0x1af, 0x1b0]) c[i] = HAS_VIET;
  c.fill(HAS_OTHER | HAS_MARK, 0x300, 0x370);
  // Breve, hook, horn and dot below: Latin-1 text in any normal form never has them.
  for (const i of [0x306, 0x309, 0x31b, 0x323]) c[i] = HAS_VIET | HAS_MARK;
  c.fill(HAS_VIET, 0x1ea0, 0x1efa);
  // The legacy charts' signs (written by npm run build:data: the charts themselves are read only to decode).
  for (let i = 0; i < LEGACY_SIGNS.length; i++) c[LEGACY_SIGNS.charCodeAt(i)] = HAS_OTHER;
  return c;
}

function classOf(c: Uint8Array, code: number): number {
  let k = c[code]!;
  if (k === 255) k = c[code] = LETTER_OR_MARK.test(String.fromCharCode(code)) ? HAS_OTHER : 0;
  return k;
}

/**
 * Calls `visit` for each word that is not plain ASCII, with the OR of its characters' flags.
 * One pass, constant work per character.
 */
export function scanWords(text: string, visit: (start: number, end: number, flags: number) => void): void {
  const c = (classes ??= buildClasses());
  let start = -1;
  let flags = 0;
  for (let i = 0; i <= text.length; i++) {
    const k = i < text.length ? classOf(c, text.charCodeAt(i)) : 0;
    if (k !== 0) {
      if (start < 0) {
        start = i;
        flags = 0;
      }
      flags |= k;
    } else if (start >= 0) {
      if (flags !== HAS_ASCII) visit(start, i, flags);
      start = -1;
    }
  }
}

/** The legacy check's first count: see countWords. */
export interface WordCounts {
  vietnamese: number;
  judgeable: number;
}

/** The word classes of countWords by code unit (255: not yet known, see wordClassOf), for a loop that counts as it does. */
export function wordClasses(): Uint8Array {
  return (classes ??= buildClasses());
}

/** The class of a code unit whose entry in wordClasses() is 255 (decided now, and written there). */
export function wordClassOf(code: number): number {
  return classOf((classes ??= buildClasses()), code);
}

/**
 * The first count of the legacy check in one pass, without a call per word: words with a letter only Unicode
 * Vietnamese has (`vietnamese`), and the other non-ASCII words that have an ASCII letter and are no longer than
 * `maxLength` (`judgeable`): what scanWords would visit with those flags. Without branches at word boundaries
 * (two mispredicted branches a word cost more than the rest of the loop): each code unit updates the counts by
 * arithmetic on its class.
 */
export function countWords(text: string, maxLength: number): WordCounts {
  const c = (classes ??= buildClasses());
  let vietnamese = 0;
  let judgeable = 0;
  let flags = 0; // of the word so far (0 between words)
  let len = 0;
  const n = text.length;
  // (No -0, which is no small integer to V8: no negation of a number that may be 0. No `i < n ? … : 0` in the
  // loop for the end of the text: that alone made it 2.5 times slower. And masks, not multiplications, to reset the
  // word's flags and length: an imul's latency on that chain made the loop 1.6 times slower.)
  for (let i = 0; i < n; i++) {
    let k = c[text.charCodeAt(i)]!;
    if (k === 255) k = classOf(c, text.charCodeAt(i));
    const inWord = (k + 255) >> 8; // 1 inside a word (classes are 1–15 there)
    const keep = 0 - inWord; // -1 inside a word, else 0
    const ends = ((flags + 15) >> 4) & (inWord ^ 1); // 1 at the separator after a word
    const viet = (flags >> 1) & 1; // HAS_VIET
    vietnamese += ends & viet;
    // HAS_ASCII, not only ASCII letters, no HAS_VIET, and short enough
    judgeable += ends & flags & (((flags ^ HAS_ASCII) + 15) >> 4) & (viet ^ 1) & (1 + ((maxLength - len) >> 31));
    flags = (flags | k) & keep;
    len = (len + 1) & keep;
  }
  // A word at the very end of the text.
  if (flags !== 0 && flags !== HAS_ASCII) {
    if (flags & HAS_VIET) vietnamese++;
    else if (flags & HAS_ASCII && len <= maxLength) judgeable++;
  }
  return { vietnamese, judgeable };
}

/** One character of the word with its combining marks, composed, and where it starts. */
export interface Unit {
  s: string;
  at: number;
}

export function unitsOf(text: string, start: number, end: number): Unit[] {
  const units: Unit[] = [];
  for (let i = start; i < end; ) {
    let j = i + 1;
    while (j < end && text.charCodeAt(j) >= 0x300 && text.charCodeAt(j) < 0x370) j++;
    units.push({ s: j === i + 1 ? text[i]! : text.slice(i, j).normalize("NFC"), at: i });
    i = j;
  }
  return units;
}

const isAsciiUpper = (s: string) => s >= "A" && s <= "Z";
const isAsciiLower = (s: string) => s >= "a" && s <= "z";

/**
 * The word decoded from `table`, one piece per decoded letter (with where its source starts), and
 * whether anything changed ("Chính" is the same in VNI); null when a non-ASCII character is not
 * part of the encoding.
 */
export function decodeUnits(units: Unit[], table: LegacyTable): { pieces: Unit[]; changed: boolean } | null {
  const out: Unit[] = [];
  let changed = false;
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.s.length === 1 && u.s < "\u0080") {
      if (isAsciiUpper(u.s)) upper++;
      else if (isAsciiLower(u.s)) lower++;
    }
    const next = units[k + 1];
    const pair = next && table.two.size ? table.two.get(u.s + next.s) : undefined;
    if (pair !== undefined) {
      out.push({ s: pair, at: u.at });
      changed ||= pair !== u.s + next!.s;
      k++;
      continue;
    }
    const one = table.one.get(u.s);
    if (one !== undefined) {
      out.push({ s: one, at: u.at });
      changed ||= one !== u.s;
    } else if (u.s.length > 1 || u.s >= "\u0080") return null;
    else out.push(u);
  }
  // TCVN3 has no toned capitals: a word in capitals ("NGUYÔN") was drawn with the capital font.
  if (changed && table.encoding === "TCVN3" && upper >= 2 && lower === 0) for (const p of out) p.s = p.s.toUpperCase();
  return { pieces: out, changed };
}

/** Judgement bits of one word (NFC). */
export const UNICODE_OK = 1; // already a Vietnamese syllable as it is
const DECODES = { TCVN3: 2, VNI: 8 } as const; // decodes to something else
const DECODES_OK = { TCVN3: 4, VNI: 16 } as const; // …and that is a Vietnamese syllable
const SAME = { TCVN3: 64, VNI: 128 } as const; // all its characters are in the encoding, as themselves
export const HAS_LETTER = 32;

export const decodes = (bits: number, enc: LegacyEncoding) => (bits & DECODES[enc]) !== 0;
export const decodesToSyllable = (bits: number, enc: LegacyEncoding) => (bits & DECODES_OK[enc]) !== 0;
export const readsTheSame = (bits: number, enc: LegacyEncoding) => (bits & SAME[enc]) !== 0;
/** No syllable is longer (VNI "nghieâng" is 8): a longer word is judged by length alone. */
export const MAX_WORD = 12;

const judged = new Map<string, number>();

/** What a word (NFC, no longer than a syllable can be) is as Unicode and under each legacy encoding. */
export function judgeWord(word: string): number {
  const hit = judged.get(word);
  if (hit !== undefined) return hit;
  let bits = isVietnameseSyllable(word) ? UNICODE_OK : 0;
  const units = unitsOf(word, 0, word.length);
  for (const enc of ["TCVN3", "VNI"] as const) {
    const d = decodeUnits(units, legacyTable(enc));
    if (!d) continue;
    if (!d.changed) {
      bits |= SAME[enc];
      continue;
    }
    bits |= DECODES[enc];
    if (isVietnameseSyllable(d.pieces.map((p) => p.s).join(""))) bits |= DECODES_OK[enc];
  }
  if (LETTER_OR_MARK.test(word)) bits |= HAS_LETTER;
  // Distinct words are few in real text; a bound keeps memory flat on generated input.
  if (judged.size > 20_000) judged.clear();
  judged.set(word, bits);
  return bits;
}
