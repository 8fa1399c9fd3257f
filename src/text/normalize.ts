/**
 * Text layer: one normalized view of the caller's string that every later stage reads,
 * with a map back to the original UTF-16 offsets.
 *
 * `cased` is NFC, has tone marks placed one way (hòa, khỏe, thủy, ủy), folds look-alike
 * characters (non-breaking spaces, curly quotes, dashes, Icelandic Ð) and blanks HTML tags.
 * `lower` is `cased` lower-cased and always has the same length, so an index into one is an
 * index into the other. Only clusters whose length changes (NFD sequences, HTML entities,
 * zero-width characters) create a breakpoint in the offset map; ordinary NFC text maps 1:1.
 */
import { dict } from "../util/dict";
import { collapseSpaces } from "./spaces";
import { countWords, HAS_ASCII, HAS_VIET, wordClasses, wordClassOf, type WordCounts } from "./legacy-words";

export interface NormalizedText {
  readonly original: string;
  readonly cased: string;
  readonly lower: string;
  /** Maps an index of `cased`/`lower` to an index of `original`. */
  toOriginal(index: number): number;
  /** True when the text looked like HTML and tags were blanked. */
  readonly html: boolean;
}

// Length-preserving character folds (one UTF-16 unit → one unit).
const CHAR_FOLD: Record<string, string> = {
  "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ",
  "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u2009": " ",
  "\u200a": " ", "\u3000": " ", "\t": " ", "\u000b": " ", "\u000c": " ", "\u0085": "\n",
  "\u2028": "\n", "\u2029": "\n",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u00d0": "\u0110", "\u00f0": "\u0111", // Ð/ð typed for Đ/đ
  "\u2024": ".", "\u2026": "…",
};
// The same folds by code unit (0: unchanged): one pass over the text instead of a callback per match.
const FOLD_TABLE = new Uint16Array(0x3001);
for (const [from, to] of Object.entries(CHAR_FOLD)) FOLD_TABLE[from.charCodeAt(0)] = to.charCodeAt(0);

// (No regex pre-test: a character-class scan of a two-byte string costs several times this loop.)
function foldChars(text: string): string {
  let parts: string[] | null = null;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x3000) continue;
    const f = FOLD_TABLE[c]!;
    if (f === 0) continue;
    parts ??= [];
    if (i > last) parts.push(text.slice(last, i));
    parts.push(String.fromCharCode(f));
    last = i + 1;
  }
  if (!parts) return text;
  if (last < text.length) parts.push(text.slice(last));
  return parts.join("");
}

// Things whose length changes: a base character with combining marks (NFD), HTML entities,
// zero-width characters, and (only in HTML mode) tags. Every branch is bounded, so the scan
// stays linear.
const CLUSTER_RE = /[^\u0300-\u036f\s][\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]{1,8}|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});|[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// In HTML mode the regex finds where a tag or comment starts; `tagEnd` finds where it ends.
const HTML_CLUSTER_RE = new RegExp(`${CLUSTER_RE.source}|<!--|<\\/?[a-zA-Z]`, "g");
const HTML_HINT_RE = /<\/?(?:p|div|span|br|a|b|i|strong|em|h[1-6]|li|ul|ol|table|tr|td|th|img|html|body|section|article|header|footer|figure|figcaption|script|style|meta|link)\b[^<>]{0,500}>/i;
const BLOCK_TAG_RE = /^<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|figure|figcaption|blockquote)\b/i;

const ENTITIES: Record<string, string> = dict({
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "-", mdash: "-",
  hellip: "…", laquo: '"', raquo: '"', ldquo: '"', rdquo: '"', lsquo: "'", rsquo: "'",
  agrave: "à", aacute: "á", acirc: "â", atilde: "ã", egrave: "è", eacute: "é", ecirc: "ê",
  igrave: "ì", iacute: "í", ograve: "ò", oacute: "ó", ocirc: "ô", otilde: "õ", ugrave: "ù",
  uacute: "ú", yacute: "ý", Agrave: "À", Aacute: "Á", Acirc: "Â", Atilde: "Ã", Egrave: "È",
  Eacute: "É", Ecirc: "Ê", Igrave: "Ì", Iacute: "Í", Ograve: "Ò", Oacute: "Ó", Ocirc: "Ô",
  Otilde: "Õ", Ugrave: "Ù", Uacute: "Ú", Yacute: "Ý", copy: "©", reg: "®",
});

function decodeEntity(m: string): string | null {
  const body = m.slice(1, -1);
  if (body[0] === "#") {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return String.fromCodePoint(code);
  }
  return ENTITIES[body] ?? null;
}

/**
 * Old-style tone placement on open oa/oe/uy ("hoà", "khoẻ", "thuỷ", "uỷ") → the mark on the
 * first vowel ("hòa", "khỏe", "thủy", "ủy"). Only at the end of a syllable: with a final
 * consonant the mark is always on the second vowel ("hoàng"). "quý" keeps its mark (qu + y).
 */
const TONE_PAIRS: Record<string, string> = dict();
{
  const tones = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
  const pairs: Array<[string, string]> = [["o", "a"], ["o", "e"], ["u", "y"], ["O", "A"], ["O", "E"], ["U", "Y"], ["O", "a"], ["O", "e"], ["U", "y"]];
  for (const [first, second] of pairs) {
    for (const t of tones) {
      const oldStyle = (first + (second + t)).normalize("NFC");
      const newStyle = ((first + t) + second).normalize("NFC");
      if (oldStyle.length === 2 && newStyle.length === 2) TONE_PAIRS[oldStyle] = newStyle;
    }
  }
}
// An old-style pair at the end of a syllable: the second vowel carries the mark, no letter follows.
const TONE_PAIR_RE = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\p{L}\p{M}])/gu;

function fixTones(s: string): string {
  TONE_PAIR_RE.lastIndex = 0;
  let m = TONE_PAIR_RE.exec(s);
  if (!m) return s;
  const parts: string[] = [];
  let last = 0;
  for (; m; m = TONE_PAIR_RE.exec(s)) {
    const pair = m[0];
    const fixed = TONE_PAIRS[pair];
    if (!fixed) continue;
    // "qu" + y: the u belongs to the onset and the mark stays on y ("quý").
    const before = m.index > 0 ? s[m.index - 1]! : "";
    if ((before === "q" || before === "Q") && (pair[0] === "u" || pair[0] === "U")) continue;
    parts.push(s.slice(last, m.index), fixed);
    last = m.index + 2;
  }
  if (!parts.length) return s;
  parts.push(s.slice(last));
  return parts.join("");
}

function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  // Rare characters change length when lower-cased (e.g. "İ"): keep those as they are.
  let out = "";
  for (const ch of s) {
    const lc = ch.toLowerCase();
    out += lc.length === ch.length ? lc : ch;
  }
  return out;
}

/**
 * End (exclusive) of the tag or comment that starts at `start`, reading quoted attribute values
 * whole ("a > b" inside title="…" does not end the tag); -1 when nothing closes it.
 */
function tagEnd(text: string, start: number, comment: boolean, scan: { noGt: boolean; noCommentEnd?: boolean }): number {
  if (comment) {
    const close = scan.noCommentEnd ? -1 : text.indexOf("-->", start + 4);
    if (close < 0) scan.noCommentEnd = true; // no later "<!--" can close either
    return close < 0 ? -1 : close + 3;
  }
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 62) return i + 1; // >
    if (c === 60 && i > start + 1) return -1; // "<" before any ">": not a tag
    if ((c === 34 || c === 39) && text.charCodeAt(i - 1) === 61) {
      // ="…" or ='…': skip to the closing quote, if there is one.
      const close = text.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close >= 0) {
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  scan.noGt = true;
  return -1;
}

/** Offset map: sorted breakpoints (normalized index → delta to add) where the delta changes. */
export class OffsetMap {
  private readonly at: number[] = [];
  private readonly delta: number[] = [];
  push(normIndex: number, delta: number): void {
    const n = this.at.length;
    if (n > 0 && this.at[n - 1] === normIndex) {
      this.delta[n - 1] = delta;
      return;
    }
    this.at.push(normIndex);
    this.delta.push(delta);
  }
  map(i: number): number {
    const at = this.at;
    if (at.length === 0 || i < at[0]!) return i;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return i + this.delta[lo]!;
  }
}

// What one pass over a plain text (no HTML) looks for, by code unit: 1 a code unit CLUSTER_RE rewrites (combining
// marks, zero-width characters, soft hyphen, "&"); 2 one that foldChars changes; 4 the toned second vowel of an
// old-style tone pair (TONE_PAIR_RE).
const CLUSTER = 1, FOLD = 2, TONE = 4;
// The characters the text layer drops (CLUSTER_RE's one-character clusters): zero-width space and joiners, word joiner, BOM, soft hyphen.
const DROPPED = [[0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff], [0xad, 0xad]] as const;
/** A code unit the text layer drops from the normalized text (so no span of it may end with one). */
export const isDropped = (c: number): boolean => DROPPED.some(([a, b]) => c >= a && c <= b);
const PLAIN_SCAN = new Uint8Array(0x10000);
// (and the code units it marks, a few hundred, for PLAIN_WORDS below)
const PLAIN_MARKED: number[] = [];
const markPlain = (c: number, k: number) => {
  if (PLAIN_SCAN[c] === 0) PLAIN_MARKED.push(c);
  PLAIN_SCAN[c]! |= k;
};
for (const [a, b] of [[0x300, 0x36f], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], ...DROPPED, [0x26, 0x26]] as const) {
  for (let c = a; c <= b; c++) markPlain(c, CLUSTER);
}
// (From FOLD_TABLE, as foldChars reads it: a fold it cannot hold, above U+3000, is no fold here either.)
FOLD_TABLE.forEach((f, c) => { if (f !== 0) markPlain(c, FOLD); });
for (const ch of "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ") markPlain(ch.charCodeAt(0), TONE);

/**
 * PLAIN_SCAN << 8 | countWords' class (legacy-words.ts), for the pass that folds and counts at once (made at its
 * first use); OU_BIT marks o/O/u/U, which may start a tone pair.
 */
const OU_BIT = TONE << 9;
let PLAIN_WORDS: Uint16Array | null = null;
function plainWords(): Uint16Array {
  const t = new Uint16Array(0x10000);
  t.set(wordClasses());
  for (const c of PLAIN_MARKED) t[c]! |= PLAIN_SCAN[c]! << 8;
  for (const ch of "oOuU") t[ch.charCodeAt(0)]! |= OU_BIT;
  return t;
}

/** A letter for certain, before and after the folds (which turn "ʼ" U+02BC, a letter, into "'"). */
const surelyLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9);
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;

/** TONE_PAIR_RE's look-ahead at i of the folded text: no letter or mark starts there. */
function noLetterAt(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c < 128 || surelyLetter(c)) return !surelyLetter(c);
  const f = c <= 0x3000 ? FOLD_TABLE[c]! : 0;
  return !LETTER_OR_MARK.test(f !== 0 ? String.fromCharCode(f) : String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * fixTones(foldChars(text)) in one pass that also looks for what CLUSTER_RE would rewrite: null when there is
 * such a cluster (the caller then takes the long way), else the folded text with its tone pairs fixed. The same
 * pairs as TONE_PAIR_RE's matches: an o/O/u/U, a toned vowel, then no letter or mark in the folded text (the
 * folds change neither of the pair's letters, nor a q before them).
 */
function foldPlain(text: string, counts: WordCounts | null = null, maxLength = 0): string | null {
  let parts: string[] | null = null;
  let last = 0;
  const n = text.length;
  // countWords' state, when `counts` asks for it (the same arithmetic: see there).
  const wc = counts ? (PLAIN_WORDS ??= plainWords()) : null;
  let vietnamese = 0, judgeable = 0, flags = 0, len = 0;
  let ou = 0; // TONE when the code unit before is an o/O/u/U (the first of a tone pair), else 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    if (wc !== null) {
      // One table: countWords' class in the low byte (255: not yet known), PLAIN_SCAN's flags in the high one.
      const t = wc[c]!;
      let w = t & 0xff;
      if (w === 255) {
        w = wordClassOf(c);
        wc[c] = (t & 0xff00) | w;
      }
      const inWord = (w + 255) >> 8;
      const keep = 0 - inWord;
      const ends = ((flags + 15) >> 4) & (inWord ^ 1);
      const viet = (flags >> 1) & 1;
      vietnamese += ends & viet;
      judgeable += ends & flags & (((flags ^ HAS_ASCII) + 15) >> 4) & (viet ^ 1) & (1 + ((maxLength - len) >> 31));
      flags = (flags | w) & keep;
      len = (len + 1) & keep;
      // (A toned vowel after anything but o/u is no pair: no branch taken for it, as the common case.)
      k = (t >> 8) & (ou | CLUSTER | FOLD);
      ou = (t >> 9) & TONE;
    } else k = PLAIN_SCAN[c]!;
    if (k === 0) continue;
    if (k & CLUSTER) return null;
    if (k & TONE) {
      const p = i > 0 ? text.charCodeAt(i - 1) : 0;
      if (!(p === 111 || p === 79 || p === 117 || p === 85) || !noLetterAt(text, i + 1)) continue;
      const fixed = TONE_PAIRS[text.slice(i - 1, i + 1)];
      if (!fixed) continue;
      // "qu" + y: the u belongs to the onset and the mark stays on y ("quý").
      const q = i > 1 ? text.charCodeAt(i - 2) : 0;
      if ((q === 113 || q === 81) && (p === 117 || p === 85)) continue;
      parts ??= [];
      if (i - 1 > last) parts.push(text.slice(last, i - 1));
      parts.push(fixed);
      last = i + 1;
      continue;
    }
    parts ??= [];
    if (i > last) parts.push(text.slice(last, i));
    parts.push(String.fromCharCode(FOLD_TABLE[c]!));
    last = i + 1;
  }
  if (counts) {
    // A word at the very end of the text.
    if (flags !== 0 && flags !== HAS_ASCII) {
      if (flags & HAS_VIET) vietnamese++;
      else if (flags & HAS_ASCII && len <= maxLength) judgeable++;
    }
    counts.vietnamese = vietnamese;
    counts.judgeable = judgeable;
  }
  if (!parts) return text;
  if (last < n) parts.push(text.slice(last));
  return parts.join("");
}

/**
 * normalizeText, and the legacy check's first count of the same string (countWords(original, maxLength)) made in
 * its pass over a plain text.
 */
export function normalizeCounting(original: string, maxLength: number): { nt: NormalizedText; counts: WordCounts } {
  const counts: WordCounts = { vietnamese: -1, judgeable: 0 }; // (-1: not counted, the text took the long way)
  const nt = normalizeText(original, counts, maxLength);
  return { nt, counts: counts.vietnamese >= 0 ? counts : countWords(original, maxLength) };
}

export function normalizeText(original: string, counts: WordCounts | null = null, maxLength = 0): NormalizedText {
  const html = original.includes("<") && HTML_HINT_RE.test(original.length > 200_000 ? original.slice(0, 200_000) : original);
  const map = new OffsetMap();
  // Most texts: one pass folds, fixes old-style tone pairs and finds nothing else to do (and counts, if asked).
  const folded = html ? null : foldPlain(original, counts, maxLength);
  if (folded !== null) return normalized(original, folded, html, map);
  let text = original;
  {
    const re = html ? HTML_CLUSTER_RE : CLUSTER_RE;
    re.lastIndex = 0;
    const parts: string[] = [];
    let last = 0;
    let outLen = 0;
    let m: RegExpExecArray | null;
    // Scripts and style sheets are not text: blank them up to their closing tag. A missing closing
    // tag or ">" is remembered, so a page full of unclosed "<script>" or "<a" stays linear.
    const lowerHtml = html ? original.toLowerCase() : "";
    const noClose: Record<string, boolean> = dict();
    const scan: { noGt: boolean; noCommentEnd?: boolean } = { noGt: false };
    while ((m = re.exec(original)) !== null) {
      let s = m[0];
      let rep: string;
      if (s[0] === "<") {
        const end = scan.noGt ? -1 : tagEnd(original, m.index, s === "<!--", scan);
        if (end < 0) continue; // not a tag after all: "a < b", or nothing closes it
        s = original.slice(m.index, end);
        re.lastIndex = end;
      }
      const raw = s[0] === "<" ? /^<(script|style)\b/i.exec(s) : null;
      if (raw) {
        const name = raw[1]!.toLowerCase();
        const close = noClose[name] ? -1 : lowerHtml.indexOf(`</${name}`, m.index + s.length);
        if (close < 0) noClose[name] = true;
        else {
          const gt = original.indexOf(">", close);
          const end = gt < 0 ? original.length : gt + 1;
          s = original.slice(m.index, end);
          re.lastIndex = end;
        }
      }
      if (s[0] === "<") {
        // Blank the tag; block-level tags become a line break so names do not run together.
        rep = raw ? s.replace(/[^\n]/g, " ") : BLOCK_TAG_RE.test(s) ? "\n" + " ".repeat(s.length - 1) : " ".repeat(s.length);
      } else if (s[0] === "&" && s.length > 2 && s.endsWith(";")) {
        rep = decodeEntity(s) ?? s;
      } else if (s.length === 1) {
        rep = ""; // zero-width
      } else {
        rep = s.normalize("NFC");
      }
      if (rep === s) continue;
      if (m.index > last) {
        parts.push(original.slice(last, m.index));
        outLen += m.index - last;
      }
      parts.push(rep);
      outLen += rep.length;
      last = m.index + s.length;
      if (rep.length !== s.length) map.push(outLen, last - outLen);
    }
    if (last < original.length) parts.push(original.slice(last));
    text = parts.join("");
  }
  // A lone NFD residue (a mark after a space) is left as is; NFC of everything else is done.
  return normalized(original, fixTones(foldChars(text)), html, map);
}

/**
 * cased[from, to) lower-cased as the whole text's `lower` has it, without lower-casing the whole text: only a Σ
 * takes its lower case from the letters around it (σ, or ς at a word's end), and İ, which lowerSameLength keeps,
 * keeps it in the piece too.
 */
export function lowerPiece(cased: string, lower: () => string, from: number, to: number): string {
  const piece = cased.slice(from, to);
  return piece.includes("\u03a3") ? lower().slice(from, to) : lowerSameLength(piece);
}

/** The normalized text, `lower` made at its first use: a dates-only extract() reads the cased text alone. */
function normalized(original: string, cased: string, html: boolean, map: OffsetMap): NormalizedText {
  return new Normalized(original, cased, html, (i: number) => map.map(i));
}

// A class, not an object literal with a getter (V8 keeps such a literal's properties in a dictionary). `lower` is a
// getter of the prototype: a spread or JSON of a NormalizedText leaves it out (readText copies it by name).
class Normalized implements NormalizedText {
  private lowerText: string | undefined;
  constructor(
    readonly original: string,
    readonly cased: string,
    readonly html: boolean,
    readonly toOriginal: (i: number) => number,
  ) {}
  get lower(): string {
    return (this.lowerText ??= lowerSameLength(this.cased));
  }
}

// Keys and display forms of short phrases are asked for again and again (every mention of a
// name): remember them. The cache is cleared when it grows past a bound, so memory stays flat.
const keyCache = new Map<string, string>();
const displayCache = new Map<string, string>();
export function remember<V>(cache: Map<string, V>, k: string, v: V): V {
  if (cache.size > 50_000) cache.clear();
  cache.set(k, v);
  return v;
}

// A phrase of precomposed Latin/Vietnamese letters, digits, spaces and plain punctuation, with no
// old-style tone pair, is already in normalized form: no full pass needed (gazetteer loading).
const PLAIN_RE = /^[a-zA-Z0-9\u00c0-\u024f\u1e00-\u1eff ,.\-&/()'":;]*$/;
const OLD_PAIR_RE = new RegExp(`${TONE_PAIR_RE.source}|[\u00d0\u00f0]`, "u");
/** An old-style tone pair ("hoà", "thuỷ") or an Icelandic Ð/ð: fixTones and the folds would change it. */
export function hasOldTonePair(phrase: string): boolean {
  return OLD_PAIR_RE.test(phrase);
}
function plain(phrase: string): boolean {
  return PLAIN_RE.test(phrase) && !hasOldTonePair(phrase) && !/\s{2}/.test(phrase);
}

/** Normalizes a short phrase (a gazetteer entry, a user entry) to the key form used for matching. */
export function normalizeKey(phrase: string): string {
  const hit = keyCache.get(phrase);
  if (hit !== undefined) return hit;
  const v = plain(phrase) ? lowerSameLength(phrase).trim() : collapseSpaces(normalizeText(phrase).lower);
  return remember(keyCache, phrase, v);
}

/** First letter upper-cased, the rest as written ("tỉnh Quảng Nam" → "Tỉnh Quảng Nam"). */
export function capitalizeFirst(s: string): string {
  // (Mostly asked about names written capitalized already: those are returned as they are, not copied.)
  const first = s.charAt(0);
  const upper = first.toUpperCase();
  return upper === first ? s : upper + s.slice(1);
}

/** Canonical display form of a phrase: NFC, folded, modern tone placement, single spaces. */
export function normalizeDisplay(phrase: string): string {
  const hit = displayCache.get(phrase);
  if (hit !== undefined) return hit;
  return remember(displayCache, phrase, plain(phrase) ? phrase.trim() : collapseSpaces(normalizeText(phrase).cased));
}
