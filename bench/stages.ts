/**
 * What the stages every reading needs cost on their own: normalization, the encoding checks, the
 * tokenizer, a gazetteer look-up at every token and the date engine. Their sum, against the bare
 * pass measured alongside, bounds from above what any change to the recognizers and the graph
 * assembly can give the ratio of extract(). Measured from src/ (the stages are not exported).
 */
import { findDatesAndDateline } from "../src/dates/index";
import { getDefaultLexicon } from "../src/lexicon/lexicon";
import { createContext } from "../src/recognizers/context";
import { detectEncodingProblems } from "../src/text/encoding";
import { normalizeText } from "../src/text/normalize";
import { tokenize } from "../src/text/tokenize";
import { median, timeMs, type Corpus } from "./corpus";

export interface StageTimes {
  /** Median ms per corpus pass, by stage. */
  ms: Record<"normalize" | "encoding" | "tokenize" | "lookup" | "dates", number>;
  totalMs: number;
  bareMs: number;
}

const STAGES = ["normalize", "encoding", "tokenize", "lookup", "dates"] as const;

/** One corpus pass, text by text (so tokens die young, as in extract()), adding each stage's time to `acc`. */
function pass(c: Corpus, acc: number[]): number {
  const lex = getDefaultLexicon();
  let sink = 0; // results are consumed, so no stage can be optimized away
  for (const text of c.texts) {
    let t0 = performance.now();
    const nt = normalizeText(text);
    let t1 = performance.now();
    acc[0]! += t1 - t0;
    sink += detectEncodingProblems(text).length;
    t0 = performance.now();
    acc[1]! += t0 - t1;
    const tokens = tokenize(nt.cased, nt.lower);
    t1 = performance.now();
    acc[2]! += t1 - t0;
    const ctx = createContext(nt, tokens, lex);
    for (let i = 0; i < tokens.length; i++) sink += ctx.kindsAt(i);
    t0 = performance.now();
    acc[3]! += t0 - t1;
    sink += findDatesAndDateline(nt.lower, nt.cased, false).dates.length;
    acc[4]! += performance.now() - t0;
  }
  return sink;
}

export function stageTimes(c: Corpus, bareRun: (c: Corpus) => number, runs = 5): StageTimes {
  let sink = pass(c, [0, 0, 0, 0, 0]); // warm-up
  const per: number[][] = STAGES.map(() => []);
  const bare: number[] = [];
  for (let r = 0; r < runs; r++) {
    bare.push(timeMs(() => { sink += bareRun(c); }));
    const acc = [0, 0, 0, 0, 0];
    sink += pass(c, acc);
    acc.forEach((x, k) => per[k]!.push(x));
  }
  if (sink < 0) console.log(sink);
  const ms = Object.fromEntries(STAGES.map((n, k) => [n, median(per[k]!)])) as StageTimes["ms"];
  return { ms, totalMs: STAGES.reduce((s, n) => s + ms[n], 0), bareMs: median(bare) };
}
