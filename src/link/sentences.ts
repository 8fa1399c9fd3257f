/**
 * Where the sentence of each token starts, computed once per chunk: the linking rules ask for every
 * title, and a text with no full stop must not make each of them walk back.
 */
import type { ScanContext } from "../recognizers/context";

const isSentenceEnd = (key: string): boolean => key === "." || key === "!" || key === "?";

const cache = new WeakMap<ScanContext, Int32Array>();
// The chunk asked about last: every rule asks about the same one many times in a row.
let lastCtx: ScanContext | null = null;
let lastStarts: Int32Array = new Int32Array(0);

function starts(ctx: ScanContext): Int32Array {
  if (ctx === lastCtx) return lastStarts;
  let s = cache.get(ctx);
  if (s) {
    lastCtx = ctx;
    lastStarts = s;
    return s;
  }
  const n = ctx.tokens.length;
  s = new Int32Array(n + 1);
  let sentence = 0;
  for (let k = 1; k <= n; k++) {
    const t = ctx.tokens[k];
    // A full stop inside a date ("Tháng 7.1979") or a number ends nothing: a space must follow it.
    const stop = isSentenceEnd(ctx.tokens[k - 1]!.key) && !ctx.inDate[k - 1] && (!t || t.spaceBefore);
    if ((t && t.lineBreakBefore) || stop) sentence = k;
    s[k] = sentence;
  }
  cache.set(ctx, s);
  lastCtx = ctx;
  lastStarts = s;
  return s;
}

/** The first token of the sentence token k is in (a line break or ". ! ?" ends a sentence). */
export const sentenceStart = (ctx: ScanContext, k: number): number => starts(ctx)[Math.min(k, ctx.tokens.length)]!;
