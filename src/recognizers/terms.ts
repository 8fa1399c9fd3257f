/** Terms of office after a title or a body: "khóa XII", "các khóa X, XI, XII", "khóa 14", "nhiệm kỳ IV". */
import type { LexEntry } from "../lexicon/lexicon";
import { longest, type ScanContext } from "./context";
import { grammarWords } from "../lexicon/grammar-words";

const TERM_JOINERS = new Set([",", ";", ...grammarWords("conjunction")]);
const INCUMBENT = (e: Extract<LexEntry, { t: "modifier" }>): boolean => e.info.position === "after" && e.info.meaning === "incumbent";
const ROMAN_OR_NUMBER = /^(?:[ivxlc]+|\d{1,2})$/;

/** Within the terms termsEnd read, the tokens that are the terms themselves ("XI", "14"), not "khóa", "và" or commas. */
export const isTermNumber = (key: string): boolean => ROMAN_OR_NUMBER.test(key);

// Words inside the parentheses of counted terms besides the numbers: "(X - dự khuyết, XI, XII)".
const COUNTED_TERM_WORDS = new Set([",", "-", "–", ";", "và", "dự", "khuyết"]);
const MAX_COUNTED = 20;

/** "4 khóa (X - dự khuyết, XI, XII, XIII)" from token k: past the ")", or k when it is not that. */
function countedTermsEnd(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.kind !== "n" || !/^\d$/.test(tokens[k]!.key) || tokens[k + 1]?.key !== "khóa" || tokens[k + 2]?.key !== "(") return k;
  let numbers = 0;
  for (let j = k + 3; j < tokens.length && j < k + 3 + MAX_COUNTED; j++) {
    const t = tokens[j]!;
    if (t.lineBreakBefore) return k;
    if (t.key === ")") return numbers ? j + 1 : k;
    if (ROMAN_OR_NUMBER.test(t.key) && /^[IVXLC\d]+$/.test(t.cased)) numbers++;
    else if (!COUNTED_TERM_WORDS.has(t.key)) return k;
  }
  return k;
}

/** A term's number at k: roman in capitals or digits. */
const isTermAt = (ctx: ScanContext, k: number): boolean => {
  const t = ctx.tokens[k];
  return !!t && ROMAN_OR_NUMBER.test(t.key) && /^[IVXLC\d]+$/.test(t.cased);
};

/** "(dự khuyết)" at k: past its ")", else k. */
function alternateAside(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  return tokens[k]?.key === "(" && tokens[k + 1]?.key === "dự" && tokens[k + 2]?.key === "khuyết" && tokens[k + 3]?.key === ")" ? k + 4 : k;
}

/** "Khóa IX", "khóa 14" at k: a term word before its number (roman in capitals or digits), in any case, never a name's
 *  syllables ("Ủy viên Bộ Chính trị Khóa X" has no person "Khóa X"; "Trung ương Đảng Khóa IX" no party "Khóa IX"). */
export function termWordAt(ctx: ScanContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  const n = tokens[k + 1];
  return !!t && !!n && t.key === "khóa" && !n.lineBreakBefore && ROMAN_OR_NUMBER.test(n.key) && /^[IVXLC\d]+$/.test(n.cased);
}

/** The end of the terms written from token `end` on, or `end` itself when none are. */
export function termsEnd(ctx: ScanContext, end: number): number {
  const { tokens } = ctx;
  let k = end;
  // "đại biểu Quốc hội đương nhiệm khóa XIV": an "incumbent" modifier (data/title-modifiers.tsv) before the term.
  const incumbent = longest(ctx, k, "modifier", INCUMBENT);
  if (incumbent && tokens[incumbent.end]?.key === "khóa") k = incumbent.end;
  if (tokens[k]?.key === "các" && tokens[k + 1]?.key === "khóa") k++;
  // "Ủy viên Trung ương 4 khóa (X - dự khuyết, XI, XII, XIII)": a count of terms, the terms in parentheses.
  const counted = countedTermsEnd(ctx, k);
  if (counted > k) return counted;
  // "Thủ tướng Chính phủ Hoàng gia nhiệm kỳ IV": a term counted in capital roman numerals after "nhiệm kỳ" (not "nhiệm kỳ
  // 2016-2021", a date of its own).
  if (tokens[k]?.key === "nhiệm" && tokens[k + 1]?.key === "kỳ" && !tokens[k]!.lineBreakBefore && /^[IVXLC]+$/.test(tokens[k + 2]?.cased ?? "") && !tokens[k + 2]!.lineBreakBefore) k++;
  else if (tokens[k]?.key !== "khóa") return end;
  if (tokens[k]!.lineBreakBefore || !tokens[k + 1] || !ROMAN_OR_NUMBER.test(tokens[k + 1]!.key) || tokens[k + 1]!.lineBreakBefore) return end;
  k += 2;
  // "khóa X, XI, XII", "khóa XIII; XIV", "các khóa X, XI và XII": more terms joined by commas,
  // semicolons or "và".
  for (;;) {
    // ("khóa VI (dự khuyết), VII, VIII": an alternate's seat in parentheses after a term, the terms going on after it.)
    const aside = alternateAside(ctx, k);
    if (aside > k && TERM_JOINERS.has(tokens[aside]?.key ?? "") && isTermAt(ctx, aside + 1)) k = aside;
    if (!TERM_JOINERS.has(tokens[k]?.key ?? "") || !isTermAt(ctx, k + 1)) break;
    k += 2;
  }
  return k;
}
