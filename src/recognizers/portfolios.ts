/**
 * The fields of another cabinet's ministry (data/portfolios.tsv) written after "Bộ trưởng" or "Bộ": "Kinh tế và Năng
 * lượng", "Ngoại giao và Hợp tác quốc tế". Read by the positions and the organizations recognizers.
 */
import { longest, type ScanContext } from "./context";
import { grammarWords } from "../lexicon/grammar-words";

/** A ministry field ("Giáo dục", "Năng lượng") or a prefix word ("điều phối") starting at k: its end, or -1. */
function portfolioAt(ctx: ScanContext, k: number, kind: "field" | "prefix"): number {
  const m = longest(ctx, k, "cue", (e) => e.info.list === "portfolio" && e.info.kind === kind);
  return m ? m.end : -1;
}

const FIELD_JOINERS = new Set([",", "-", "–", ...grammarWords("conjunction")]);

/**
 * "Giáo dục", "Văn hóa và Thể thao", "Kinh tế, Thương mại và Công nghiệp", "điều phối Cơ sở hạ tầng":
 * fields of a ministry from k, joined by "và", "-" or commas (a comma only in a list closed by "và").
 */
export function portfolioEnd(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  let at = portfolioAt(ctx, k, "prefix");
  at = at < 0 ? k : at;
  let end = portfolioAt(ctx, at, "field");
  if (end < 0) return k;
  let firstComma = -1;
  let closed = true;
  for (let guard = 0; guard < 6; guard++) {
    const j = tokens[end];
    if (!j || !FIELD_JOINERS.has(j.key) || tokens[end + 1]?.lineBreakBefore) break;
    const next = portfolioAt(ctx, end + 1, "field");
    if (next < 0) break;
    if (j.key === ",") {
      if (firstComma < 0) firstComma = end;
      closed = false;
    } else if (j.key === "và") closed = true;
    end = next;
  }
  return closed || firstComma < 0 ? end : firstComma;
}
