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
  let t = 0;
  /** Adds the time since the previous lap to stage k. */
  const lap = (k: number) => {
    const now = performance.now();
    acc[k]! += now - t;
    t = now;
  };
  for (const text of c.texts) {
    t = performance.now();
    const nt = normalizeText(text);
    lap(0);
    sink += detectEncodingProblems(text).length;
    lap(1);
    const tokens = tokenize(nt.cased, nt.lower);
    lap(2);
    const ctx = createContext(nt, tokens, lex);
    for (let i = 0; i < tokens.length; i++) sink += ctx.kindsAt(i);
    lap(3);
    sink += findDatesAndDateline(nt.lower, nt.cased, false).dates.length;
    lap(4);
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
