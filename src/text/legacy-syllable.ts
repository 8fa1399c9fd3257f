/**
 * Is a word one well-formed Vietnamese syllable? Initial consonant, a rhyme from
 * data/vietnamese-rhymes.tsv, the spelling rules (c/k, g/gh, ng/ngh, qu, gi), at most one tone,
 * and only sắc or nặng on a rhyme that ends in a stop (c, ch, p, t). Strict on purpose: the
 * legacy-encoding check asks it whether "NguyÔn" decodes to a real word and whether "Loïc",
 * "può" or "Müller" already are one, and foreign words must fail it.
 */
import { TEXT_DATA } from "../generated/text-data";
import { parseTsv } from "../lexicon/tsv";

const TONE_MARKS = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // huyền, sắc, hỏi, ngã, nặng
const SAC = 2;
const NANG = 5;
// Longest first: "ngh" before "ng" before "n". "q" takes the u of "qu" into its rhyme (qua → q + ua).
const ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "q", "r", "s", "t", "v", "x", ""];
const FRONT = new Set(["e", "ê", "i", "y"]);

interface Tables {
  rhymes: Set<string>;
  /** A lower-case letter → its letter without tone and its tone (0: none, 1–5 as TONE_MARKS). */
  letters: Map<string, { base: string; tone: number }>;
}
let tables: Tables | null = null;

function load(): Tables {
  const rhymes = new Set<string>();
  for (const row of parseTsv(TEXT_DATA["vietnamese-rhymes.tsv"] ?? "")) if (row.rhyme) rhymes.add(row.rhyme.normalize("NFC"));
  const letters = new Map<string, { base: string; tone: number }>();
  for (const base of "abcdeghiklmnopqrstuvxyăâđêôơư") letters.set(base, { base, tone: 0 });
  for (const base of "aăâeêioôơuưy") {
    TONE_MARKS.forEach((mark, k) => letters.set((base + mark).normalize("NFC"), { base, tone: k + 1 }));
  }
  return { rhymes, letters };
}

function rhymeFits(t: Tables, onset: string, rhyme: string): boolean {
  const first = rhyme.charAt(0);
  switch (onset) {
    case "c":
    case "g":
    case "ng":
      return !FRONT.has(first) && t.rhymes.has(rhyme);
    case "k":
      return FRONT.has(first) && t.rhymes.has(rhyme);
    case "gh":
    case "ngh":
      return first !== "y" && FRONT.has(first) && t.rhymes.has(rhyme);
    case "gi": // gì, giữa, giếng (the i of iê is not written twice)
      return first !== "i" && (rhyme === "" || t.rhymes.has(rhyme) || t.rhymes.has("i" + rhyme));
    case "q": // qua, quân, quyết; quang and que are spelled oang and oe after other consonants
      return first === "u" && (t.rhymes.has(rhyme) || t.rhymes.has("o" + rhyme.slice(1)));
    default:
      return t.rhymes.has(rhyme);
  }
}

/** `word` is NFC; all lower case, Capitalized or ALL CAPS. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  const lower = word.toLowerCase();
  if (word !== lower && word !== word.toUpperCase() && word.slice(1) !== lower.slice(1)) return false;
  const t = (tables ??= load());
  let plain = "";
  let tone = 0;
  for (const ch of lower) {
    const l = t.letters.get(ch);
    if (!l) return false;
    if (l.tone) {
      if (tone) return false;
      tone = l.tone;
    }
    plain += l.base;
  }
  const stop = /(?:c|ch|p|t)$/.test(plain);
  if (stop && tone !== SAC && tone !== NANG) return false;
  for (const onset of ONSETS) {
    if (plain.startsWith(onset) && rhymeFits(t, onset, plain.slice(onset.length))) return true;
  }
  return false;
}
