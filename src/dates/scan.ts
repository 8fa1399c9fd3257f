// The one scan loop of the date engine: each parser is tried only on the tokens its triggers name (the tokenizer
// marks them with a bit per parser while it reads the text), in text order, skipping its own matches' insides.
import type { DateCandidate, DateContext, DateParser } from "./types";
import { makeCtx } from "./tokens";

/** A parser list made ready to scan: trigger word → bit mask of the parsers it may start, and the numbers' mask. */
interface ParserPlan {
  parsers: readonly DateParser[];
  triggers: Map<string, number>;
  numberMask: number;
}

// One bit per parser in a 32-bit mask.
const MAX_PARSERS = 31;
const PLANS = new WeakMap<readonly DateParser[], ParserPlan>();

/** The plan of a parser list (made once per list). Throws on a list the engine cannot run. */
export function planOf(parsers: readonly DateParser[]): ParserPlan {
  let plan = PLANS.get(parsers);
  if (plan) return plan;
  if (!Array.isArray(parsers) || parsers.length > MAX_PARSERS) throw new RangeError(`date parsers: a list of at most ${MAX_PARSERS} is expected`);
  const triggers = new Map<string, number>();
  let numberMask = 0;
  parsers.forEach((p, k) => {
    if (typeof p?.parseAt !== "function" || !p.triggers) throw new TypeError(`date parsers[${k}]: { name, triggers, parseAt } expected`);
    for (const w of p.triggers.words) triggers.set(w, (triggers.get(w) ?? 0) | (1 << k));
    if (p.triggers.numbers) numberMask |= 1 << k;
  });
  plan = { parsers, triggers, numberMask };
  PLANS.set(parsers, plan);
  return plan;
}

/** Tokenize a text and run every parser of the plan over it; null when no token can start a date. */
export function runParsers(lower: string, cased: string, plan: ParserPlan): { ctx: DateContext; candidates: DateCandidate[] } | null {
  const ctx = makeCtx(lower, cased, plan.triggers, plan.numberMask);
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
