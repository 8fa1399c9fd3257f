/**
 * Legacy Vietnamese encodings (TCVN3/ABC, VNI) read as if they were Unicode give text such as
 * "Thñ t−íng ChÝnh phñ NguyÔn Xu©n Phóc" or "Thuû töôùng Chính phuû". Such text is reported, not
 * mined for garbage entities. The test looks for what only those encodings produce inside words,
 * so that German or Spanish names ("Müller", "Peña") and signs such as "©" or "¥" are not mistaken.
 */
import type { Warning } from "../schema/graph";
import { containsAny } from "./chars";

// Latin-1 signs that TCVN3 uses for Vietnamese letters, next to a letter: "Xu©n", "tr\u00adëng", "t−íng".
// (Each pattern consumes its letter: a look-behind would be tried at every position of the text.)
const SIGNS = "¨©ª¬®¡¢£¤¥¦§µ¶·¸¹º¼½¾¿ÞßÇÐ\u00ad\u2212";
// Inside a word, a letter on both sides: "©Reuters", "Vinamilk®", "µg" are signs, not letters.
const TCVN3_SIGN_RE = new RegExp(`\\p{L}[${SIGNS}]\\p{L}`, "gu");
// Whether a sign occurs at all (containsAny), before the regex looks for one inside a word.
const IS_SIGN = new Uint8Array(0x10000);
for (const ch of SIGNS) IS_SIGN[ch.charCodeAt(0)] = 1;
// An accented capital inside a lower-case word: "ChÝnh", "NguyÔn", "TiÕn".
const MID_CAP_RE = /\p{Ll}[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/gu;
// VNI: a vowel followed by a separate tone or hat character: "Thuû", "töôùng", "Xuaân", "Phuùc".
const VNI_PAIR_RE = /[aeiouyâêôơưăAEIOUY][øùûõïò]|[aeoAEO][âêôÂÊÔ]|ö[ôÔ]/gu;
// Letters that legacy text shows but that foreign names use too: weak evidence only.
const WEAK_RE = /\p{L}[ñöüëïøûæåä]|[ñöüëïøûæåä]\p{L}/gu;

const count = (re: RegExp, s: string) => (s.match(re) ?? []).length;

export function detectEncodingProblems(text: string): Warning[] {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const strong = (containsAny(sample, IS_SIGN) ? count(TCVN3_SIGN_RE, sample) : 0) + count(MID_CAP_RE, sample) + count(VNI_PAIR_RE, sample);
  if (strong === 0) return [];
  const score = 2 * strong + count(WEAK_RE, sample);
  if (score < 4) return [];
  return [
    {
      code: "legacy-encoding",
      message: "Text looks like Vietnamese in a legacy encoding (TCVN3/ABC or VNI) read as Unicode; convert it to Unicode first. No entities were extracted.",
    },
  ];
}
