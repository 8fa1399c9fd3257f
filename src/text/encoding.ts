/**
 * Is the text Vietnamese in a legacy 8-bit encoding (TCVN3/ABC, VNI-Windows) read as if it were
 * Unicode ("NguyÔn Xu©n Phóc", "Nguyeãn Xuaân Phuùc")? Decided word by word over the whole text,
 * in NFC: a word is evidence for an encoding when it is a Vietnamese syllable only once decoded,
 * and evidence against when it is one only as it stands (every word with ơ, ư, ạ … ỹ is). Foreign
 * words that are neither ("Müller", "Haïti", "può") count for nothing, so a Vietnamese article
 * with a few of them is never taken for legacy text; a text is decoded when the evidence is clear.
 */
import type { Warning } from "../schema/graph";
import type { LegacyEncoding } from "./legacy-tables";
import { countWords, decodes, decodesToSyllable, HAS_ASCII, HAS_MARK, HAS_VIET, judgeWord, MAX_WORD, readsTheSame, scanWords, UNICODE_OK, type WordCounts } from "./legacy-words";

export type { LegacyEncoding } from "./legacy-tables";

export interface LegacyVerdict {
  /** The encoding to decode the text from: it is in that encoding with high confidence. */
  decode: LegacyEncoding | null;
  /** Legacy-looking words outnumber Unicode Vietnamese ones, but not clearly enough to decode. */
  unsure: boolean;
  /** Words that read as Vietnamese only once decoded from each encoding. */
  evidence: Record<LegacyEncoding, number>;
  /** Words that read as Vietnamese only as they stand (against each encoding). */
  against: Record<LegacyEncoding, number>;
  /** Words judged: non-ASCII words without a letter only Unicode Vietnamese has. */
  judged: number;
  /** Work done: characters scanned (once or twice) plus characters of the words judged (for linear-time tests). */
  steps: number;
}

// Decoding needs at least this many words for it, at least this many times the words against it,
// and twice as many words for it alone as for the other encoding alone.
const MIN_EVIDENCE = 2;
const CLEAR_RATIO = 3;
// …and at least this share of the non-ASCII words judged (legacy sentences of the news corpus: ≥ 0.4).
const DENSITY = 0.3;

/** `counted`: countWords(text, 2 * MAX_WORD) when the caller has it already (normalizeCounting). */
export function detectLegacyEncoding(text: string, counted?: WordCounts): LegacyVerdict {
  const evidence = { TCVN3: 0, VNI: 0 };
  const against = { TCVN3: 0, VNI: 0 };
  // First pass, counting only: words with a letter only Unicode Vietnamese has are against both
  // encodings; the other non-ASCII words need judging only if they could outnumber those.
  const judgeable = (start: number, end: number, flags: number) => (flags & HAS_ASCII) !== 0 && end - start <= 2 * MAX_WORD;
  const counts = counted ?? countWords(text, 2 * MAX_WORD);
  const vietnamese = counts.vietnamese;
  const judged = counts.judgeable;
  let steps = text.length;
  const verdict = (decode: LegacyEncoding | null, unsure: boolean): LegacyVerdict => ({ decode, unsure, evidence, against, judged, steps });
  against.TCVN3 = against.VNI = vietnamese;
  if (judged <= vietnamese) return verdict(null, false);

  // Second pass: judge them.
  let both = 0; // words that read as Vietnamese from either encoding: they do not tell which
  steps += text.length;
  scanWords(text, (start, end, flags) => {
    if (flags & HAS_VIET || !judgeable(start, end, flags)) return;
    steps += end - start;
    let word = text.slice(start, end);
    if (flags & HAS_MARK) word = word.normalize("NFC");
    if (word.length > MAX_WORD) return;
    const bits = judgeWord(word);
    const unicode = (bits & UNICODE_OK) !== 0;
    if (!unicode && decodesToSyllable(bits, "TCVN3") && decodesToSyllable(bits, "VNI")) both++;
    for (const enc of ["TCVN3", "VNI"] as const) {
      if (readsTheSame(bits, enc)) continue; // "Chính" in VNI: no evidence either way
      if (!decodes(bits, enc)) {
        if (unicode) against[enc]++;
        continue;
      }
      const legacy = decodesToSyllable(bits, enc);
      if (legacy && !unicode) evidence[enc]++;
      else if (unicode && !legacy) against[enc]++;
    }
  });
  const best: LegacyEncoding = evidence.TCVN3 >= evidence.VNI ? "TCVN3" : "VNI";
  const other: LegacyEncoding = best === "TCVN3" ? "VNI" : "TCVN3";
  const n = evidence[best];
  // Few words for it among many judged is a foreign text with a few accidents ("où" reads as VNI "ó").
  if (n < MIN_EVIDENCE || n <= against[best] || n < DENSITY * judged) return verdict(null, false);
  const clear = n >= CLEAR_RATIO * against[best] && n - both >= 2 * (evidence[other] - both);
  return clear ? verdict(best, false) : verdict(null, true);
}

export const ENCODING_NAMES: Record<LegacyEncoding, string> = { TCVN3: "TCVN3 (ABC)", VNI: "VNI-Windows" };

/** The warning for a verdict, if any (`words`: how many words the decoding changed). */
export function legacyWarning(v: LegacyVerdict, words = 0): Warning | null {
  if (v.decode) {
    return {
      code: "legacy-encoding",
      message: `Text was Vietnamese in the ${ENCODING_NAMES[v.decode]} legacy encoding read as Unicode; ${words} word(s) were decoded to Unicode before extraction. Offsets and mention texts point into the text as given; entity names are in Unicode.`,
    };
  }
  if (v.unsure) {
    return {
      code: "legacy-encoding",
      message: "Parts of the text look like Vietnamese in a legacy encoding (TCVN3/ABC or VNI) read as Unicode, but not clearly enough to decode them; convert the text to Unicode first. No entities were extracted.",
    };
  }
  return null;
}

/** The legacy-encoding warning the text gets, if any (the verdict alone, without decoding). */
export function detectEncodingProblems(text: string): Warning[] {
  const w = legacyWarning(detectLegacyEncoding(text));
  return w ? [w] : [];
}
