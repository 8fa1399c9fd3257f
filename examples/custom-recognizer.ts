/**
 * A recognizer and a date parser of your own, added to the default pipeline:
 *
 *   npx tsx examples/custom-recognizer.ts
 *
 * - `tickers`: a stock ticker after "mã", "mã chứng khoán", "cổ phiếu" ("mã DGC", "mã chứng
 *   khoán: SSI") is an organization, also one no gazetteer lists;
 * - `decades`: "thập niên 1990", "thập kỷ 80" is the ten years 1990–1999 (a year interval).
 *
 * createExtractor takes each list whole, or a function of the default list (as chrono-node's
 * `casual.clone()` then `parsers.push`). Runs on the TypeScript sources, like examples/demo.ts; in
 * your project import from "vn-entity-graph" instead.
 */
import { fileURLToPath } from "node:url";
import {
  createExtractor,
  isW,
  makeCandidate,
  NO_MATCH,
  NUMBER,
  type DatePoint,
  type DateParser,
  type Recognizer,
  type RecognizerContext,
} from "../src/index";

/** The words before a ticker, longest first (token keys are lower case). */
const TICKER_CUES = [["mã", "chứng", "khoán"], ["mã", "cổ", "phiếu"], ["cổ", "phiếu"], ["mã"]];
/** Three capitals or digits, the first a letter (HOSE, HNX and UPCoM tickers). */
const TICKER = /^[A-Z][A-Z0-9]{2}$/;

/** The end of a ticker cue starting at token i, or -1. */
function cueEnd(ctx: RecognizerContext, i: number): number {
  for (const cue of TICKER_CUES) if (cue.every((word, n) => ctx.tokens[i + n]?.key === word)) return i + cue.length;
  return -1;
}

export const tickers: Recognizer = {
  name: "tickers",
  needs: ["organization"],
  run(ctx, found) {
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      let k = cueEnd(ctx, i);
      if (k < 0) continue;
      if (tokens[k]?.key === ":") k++;
      const t = tokens[k];
      if (!t || t.lineBreakBefore || ctx.inDate[k] || !TICKER.test(t.cased)) continue;
      // Proposed beside the other organizations, before "strong readings": names cannot run into it,
      // and a gazetteer reading of the same letters (priority 92) wins over this one.
      found.organizations.push({ type: "organization", start: k, end: k + 1, priority: 91, reason: "ticker", data: { name: t.cased, kind: "listed-company", abbreviations: [] } });
    }
  },
};

const yearStart = (y: number): DatePoint => ({ g: "year", y, m: 1, d: 1, h: 0, mi: 0, s: 0 });

export const decades: DateParser = {
  name: "decades",
  // two-word triggers: the scan calls parseAt on "thập" only before "niên" or "kỷ"
  triggers: { words: ["thập niên", "thập kỷ"], numbers: false },
  parseAt(ctx, i, out) {
    if (!isW(ctx, i + 1, "niên") && !isW(ctx, i + 1, "kỷ")) return NO_MATCH;
    const n = ctx.at(i + 2);
    if (n.kind !== NUMBER || n.value % 10 !== 0) return NO_MATCH;
    // "thập niên 1990"; "thập kỷ 80" is of the last century.
    const y = n.text.length === 4 ? n.value : n.text.length === 2 ? 1900 + n.value : NaN;
    if (!(y >= 1000 && y <= 2990)) return NO_MATCH;
    const c = makeCandidate(ctx, i, i + 3, "span", "decade", undefined, () => ({ a: yearStart(y), b: yearStart(y + 9) }));
    c.interval = true;
    out.push(c);
    return i + 3;
  },
};

/** The default pipeline with `tickers` among the recognizers that propose spans, and `decades` after the default date parsers. */
export const extractor = createExtractor({
  recognizers: (defaults) => {
    const at = defaults.findIndex((r) => r.name === "strong readings");
    return [...defaults.slice(0, at), tickers, ...defaults.slice(at)];
  },
  dateParsers: (defaults) => [...defaults, decades],
});

const TEXT = "Trong thập niên 1990, cổ phiếu mã DGC chưa lên sàn; mã chứng khoán: SSI tăng 2% hôm qua.";

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = extractor.extract(TEXT, { referenceDate: "2024-05-10" });
  for (const m of graph.mentions) {
    const e = graph.entities.find((x) => x.id === m.entity)!;
    console.log(`${m.type.padEnd(12)} ${m.text.padEnd(16)} ${m.reason.padEnd(10)} ${e.type === "date" ? e.value : e.name}`);
  }
}
