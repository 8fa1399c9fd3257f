/**
 * Where the sentence and the clause of each token start, computed once per chunk: the linking
 * rules ask for every title, and a text with no full stop must not make each of them walk back.
 */
import type { ScanContext } from "../recognizers/context";

const SENTENCE_END = new Set([".", "!", "?"]);
const CLAUSE_END = new Set([".", "!", "?", ";"]);

interface Starts {
  sentence: Int32Array;
  clause: Int32Array;
}

const cache = new WeakMap<ScanContext, Starts>();

function starts(ctx: ScanContext): Starts {
  let s = cache.get(ctx);
  if (s) return s;
  const n = ctx.tokens.length;
  s = { sentence: new Int32Array(n + 1), clause: new Int32Array(n + 1) };
  let sent = 0;
  let clause = 0;
  for (let k = 0; k <= n; k++) {
    const t = ctx.tokens[k];
    const prev = ctx.tokens[k - 1];
    if (k > 0 && ((t && t.lineBreakBefore) || SENTENCE_END.has(prev!.key))) sent = k;
    if (k > 0 && ((t && t.lineBreakBefore) || CLAUSE_END.has(prev!.key))) clause = k;
    s.sentence[k] = sent;
    s.clause[k] = clause;
  }
  cache.set(ctx, s);
  return s;
}

/** The first token of the sentence token k is in (a line break or ". ! ?" ends a sentence). */
export const sentenceStart = (ctx: ScanContext, k: number): number => starts(ctx).sentence[Math.min(k, ctx.tokens.length)]!;

/** The first token of its clause (";" ends one too). */
export const clauseStart = (ctx: ScanContext, k: number): number => starts(ctx).clause[Math.min(k, ctx.tokens.length)]!;
