/**
 * The caller's string as extraction reads it: normalized, and first decoded when it is Vietnamese
 * in a legacy encoding read as Unicode. The offset maps of the two steps are composed, so every
 * index still leads back into the caller's string, whatever the encoding or normal form.
 */
import type { Warning } from "../schema/graph";
import { detectLegacyEncoding, legacyWarning } from "./encoding";
import { decodeLegacy } from "./legacy-decode";
import { MAX_WORD } from "./legacy-words";
import { normalizeCounting, normalizeText, type NormalizedText } from "./normalize";

export interface ReadText {
  nt: NormalizedText;
  warnings: Warning[];
  /** Looks like legacy text, but not clearly enough to decode: nothing is to be extracted. */
  unreadable: boolean;
}

export function readText(text: string): ReadText {
  // The legacy check's first count is made in the normalization's pass over the text (a plain text's, the most).
  const { nt: plain, counts } = normalizeCounting(text, 2 * MAX_WORD);
  const verdict = detectLegacyEncoding(text, counts);
  if (!verdict.decode) {
    const w = legacyWarning(verdict);
    return { nt: plain, warnings: w ? [w] : [], unreadable: verdict.unsure };
  }
  const decoded = decodeLegacy(text, verdict.decode);
  const inner = normalizeText(decoded.text);
  const nt: NormalizedText = { original: text, cased: inner.cased, lower: inner.lower, html: inner.html, toOriginal: (i: number) => decoded.toOriginal(inner.toOriginal(i)) };
  return { nt, warnings: [legacyWarning(verdict, decoded.words)!], unreadable: false };
}
