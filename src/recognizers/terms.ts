/** Terms of office after a title or a body: "khóa XII", "các khóa X, XI, XII", "khóa 14", "nhiệm kỳ IV". */
import type { LexEntry } from "../lexicon/lexicon";
import { longest, type ScanContext } from "./context";

const TERM_JOINERS = new Set([",", ";", "và"]);
const INCUMBENT = (e: Extract<LexEntry, { t: "modifier" }>): boolean => e.info.position === "after" && e.info.meaning === "incumbent";
const ROMAN_OR_NUMBER = /^(?:[ivxlc]+|\d{1,2})$/;

/** Within the terms termsEnd read, the tokens that are the terms themselves ("XI", "14"), not "khóa", "và" or commas. */
export const isTermNumber = (key: string): boolean => ROMAN_OR_NUMBER.test(key);

/** The end of the terms written from token `end` on, or `end` itself when none are. */
export function termsEnd(ctx: ScanContext, end: number): number {
  const { tokens } = ctx;
  let k = end;
  // "đại biểu Quốc hội đương nhiệm khóa XIV": an "incumbent" modifier (data/title-modifiers.tsv) before the term.
  const incumbent = longest(ctx, k, "modifier", INCUMBENT);
  if (incumbent && tokens[incumbent.end]?.key === "khóa") k = incumbent.end;
  if (tokens[k]?.key === "các" && tokens[k + 1]?.key === "khóa") k++;
  // "Thủ tướng Chính phủ Hoàng gia nhiệm kỳ IV": a term counted in capital roman numerals after "nhiệm kỳ" (not "nhiệm kỳ
  // 2016-2021", a date of its own).
  if (tokens[k]?.key === "nhiệm" && tokens[k + 1]?.key === "kỳ" && !tokens[k]!.lineBreakBefore && /^[IVXLC]+$/.test(tokens[k + 2]?.cased ?? "") && !tokens[k + 2]!.lineBreakBefore) k++;
  else if (tokens[k]?.key !== "khóa") return end;
  if (tokens[k]!.lineBreakBefore || !tokens[k + 1] || !ROMAN_OR_NUMBER.test(tokens[k + 1]!.key) || tokens[k + 1]!.lineBreakBefore) return end;
  k += 2;
  // "khóa X, XI, XII", "khóa XIII; XIV", "các khóa X, XI và XII": more terms joined by commas,
  // semicolons or "và".
  while (TERM_JOINERS.has(tokens[k]?.key ?? "") && tokens[k + 1] && ROMAN_OR_NUMBER.test(tokens[k + 1]!.key) && /^[IVXLC\d]+$/.test(tokens[k + 1]!.cased)) k += 2;
  return k;
}
