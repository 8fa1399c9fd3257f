// The one scan loop of the date engine: each parser is tried only on the tokens its triggers name (the tokenizer
// marks them with a bit per parser while it reads the text), in text order, skipping its own matches' insides.
// A trigger of two words ("chủ nhật"), or a number with the tokens that may follow it (`numbers: ["tháng"]`), marks
// the first token while scanning, and the tokenizer keeps the mark only if the token after it is the second.
import type { DateCandidate, DateParser } from "./types";
import { makeCtx, type EngineContext, type PairTriggers } from "./tokens";

/** A parser list made ready to scan. */
interface ParserPlan {
  parsers: readonly DateParser[];
  /** Trigger word (a one-word trigger, or a two-word trigger's first word) → bit mask of the parsers it may start. */
  triggers: Map<string, number>;
  /** The parsers a number may start (`numbers: true` or a list of what may follow). */
  numberMask: number;
  /** The triggers that need the token after: checked by the tokenizer when it reads that token. */
  pairs: PairTriggers;
}

// One bit per parser in a 32-bit mask.
const MAX_PARSERS = 31;
const PLANS = new WeakMap<readonly DateParser[], ParserPlan>();

const add = (m: Map<string, number>, k: string, bit: number) => m.set(k, (m.get(k) ?? 0) | bit);

/** The plan of a parser list (made once per list). Throws on a list the engine cannot run. */
export function planOf(parsers: readonly DateParser[]): ParserPlan {
  let plan = PLANS.get(parsers);
  if (plan) return plan;
  if (!Array.isArray(parsers) || parsers.length > MAX_PARSERS) throw new RangeError(`date parsers: a list of at most ${MAX_PARSERS} is expected`);
  const single = new Map<string, number>();
  const pairs = new Map<string, { need: number; then: Map<string, number> }>();
  const numberPairs = { need: 0, then: new Map<string, number>() };
  let numberMask = 0;
  parsers.forEach((p, k) => {
    if (typeof p?.parseAt !== "function" || !p.triggers) throw new TypeError(`date parsers[${k}]: { name, triggers, parseAt } expected`);
    const bit = 1 << k;
    for (const w of p.triggers.words) {
      const sp = w.indexOf(" ");
      if (sp < 0) { add(single, w, bit); continue; }
      const first = w.slice(0, sp), second = w.slice(sp + 1);
      if (!first || !second || second.includes(" ")) throw new TypeError(`date parsers[${k}] (${p.name}): trigger ${JSON.stringify(w)}: one word, or two words with one space`);
      let pair = pairs.get(first);
      if (!pair) pairs.set(first, (pair = { need: 0, then: new Map() }));
      pair.need |= bit;
      add(pair.then, second, bit);
    }
    const nums = p.triggers.numbers;
    if (Array.isArray(nums)) {
      for (const s of nums as readonly string[]) add(numberPairs.then, s, bit);
      numberMask |= bit;
      numberPairs.need |= bit;
    } else if (nums) numberMask |= bit;
  });
  // A parser with a one-word trigger needs no second word there.
  for (const [first, pair] of pairs) pair.need &= ~(single.get(first) ?? 0);
  const triggers = new Map(single);
  for (const [first, pair] of pairs) add(triggers, first, [...pair.then.values()].reduce((a, b) => a | b, 0));
  const wordNeed = [...pairs.values()].reduce((m, p) => m | p.need, 0);
  plan = { parsers, triggers, numberMask, pairs: { words: pairs, wordNeed, numbers: numberPairs } };
  PLANS.set(parsers, plan);
  return plan;
}

/** Tokenize a text and run every parser of the plan over it; null when no token can start a date. */
export function runParsers(lower: string | (() => string), cased: string, plan: ParserPlan): { ctx: EngineContext; candidates: DateCandidate[] } | null {
  const ctx = makeCtx(lower, cased, plan.triggers, plan.numberMask, plan.pairs);
  const { hot, masks } = ctx;
  if (hot.length === 0) return null;
  const { parsers } = plan;
  const candidates: DateCandidate[] = [];
  // Each parser over its own hot tokens, in text order: a bit test per hot token (no list per parser to build).
  for (let k = 0; k < parsers.length; k++) {
    const parser = parsers[k]!, bit = 1 << k;
    let next = 0; // the parser's last match ends before this token
    for (let h = 0; h < hot.length; h++) {
      if ((masks[h]! & bit) === 0) continue;
      const i = hot[h]!;
      if (i < next) continue;
      const end = parser.parseAt(ctx, i, candidates);
      if (end > next) next = end;
    }
  }
  return { ctx, candidates };
}
