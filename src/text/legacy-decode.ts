/**
 * Decodes a text that is in a legacy encoding read as Unicode, word by word, and keeps the map from
 * each index of the decoded text back to the caller's string (a VNI letter is two characters there,
 * one once decoded; an NFD character is composed first), with the same OffsetMap normalization uses.
 */
import { legacyTable, type LegacyEncoding } from "./legacy-tables";
import { decodesToSyllable, decodeUnits, HAS_LETTER, HAS_MARK, HAS_VIET, judgeWord, MAX_WORD, scanWords, UNICODE_OK, unitsOf } from "./legacy-words";
import { OffsetMap } from "./normalize";

export interface DecodedText {
  readonly text: string;
  /** Maps an index of `text` to an index of the original string. */
  toOriginal(index: number): number;
  /** How many words were decoded. */
  readonly words: number;
}

// Start of the text, or after . ! ? or a line break, with at most 8 spaces, quotes or brackets between.
const OPENER = /[\s"'“‘(\[]/;
function sentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) {
    const c = text[i]!;
    if (c === "." || c === "!" || c === "?" || c === "\n") return true;
    if (!OPENER.test(c)) return false;
  }
  return at <= 8;
}

export function decodeLegacy(original: string, encoding: LegacyEncoding): DecodedText {
  const table = legacyTable(encoding);
  const map = new OffsetMap();
  const parts: string[] = [];
  let last = 0;
  let outLen = 0;
  let delta = 0;
  let words = 0;
  const at = (origIndex: number) => {
    if (origIndex - outLen !== delta) map.push(outLen, (delta = origIndex - outLen));
  };
  scanWords(original, (start, end, flags) => {
    // A word with ơ, ư, ạ … is Unicode already (a Unicode line inside a legacy text).
    if (flags & HAS_VIET) return;
    const units = unitsOf(original, start, end);
    const decoded = decodeUnits(units, table);
    if (!decoded?.changed) return;
    const pieces = decoded.pieces;
    // A word that is a Vietnamese syllable as it stands, and not once decoded, stays as it is.
    const word = flags & HAS_MARK ? units.map((u) => u.s).join("") : original.slice(start, end);
    // (A word longer than any syllable is decoded without asking: it is no Unicode syllable either.)
    const bits = word.length > MAX_WORD ? HAS_LETTER : judgeWord(word);
    if (!(bits & HAS_LETTER)) return;
    if (bits & UNICODE_OK && !decodesToSyllable(bits, encoding)) return;
    // TCVN3 has no toned capitals: a sentence that starts with "¸nh" or "ñy" started with "Ánh", "Ủy".
    if (encoding === "TCVN3" && original.charCodeAt(start) >= 0x80 && sentenceStart(original, start)) pieces[0]!.s = pieces[0]!.s.toUpperCase();
    parts.push(original.slice(last, start));
    outLen += start - last;
    for (const p of pieces) {
      at(p.at);
      parts.push(p.s);
      outLen += p.s.length;
    }
    at(end);
    last = end;
    words++;
  });
  parts.push(original.slice(last));
  const text = parts.join("");
  return { text, toOriginal: (i: number) => map.map(i), words };
}
