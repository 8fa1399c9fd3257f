/** What every recognizer reads: the tokens, the lexicon matches at each token, and what is taken. */
import type { Lexicon, LexEntry } from "../lexicon/lexicon";
import type { NormalizedText } from "../text/normalize";
import type { Token } from "../text/tokenize";

export interface LexMatch {
  end: number;
  values: LexEntry[];
}

export interface ScanContext {
  readonly nt: NormalizedText;
  readonly tokens: Token[];
  readonly lex: Lexicon;
  /** Tokens inside a date mention: no other recognizer starts or runs through them. */
  readonly inDate: Uint8Array;
  matchesAt(i: number): LexMatch[];
}

export function createContext(nt: NormalizedText, tokens: Token[], lex: Lexicon): ScanContext {
  const cache: Array<LexMatch[] | undefined> = new Array(tokens.length);
  return {
    nt,
    tokens,
    lex,
    inDate: new Uint8Array(tokens.length),
    matchesAt(i: number): LexMatch[] {
      let m = cache[i];
      if (m === undefined) {
        m = i < tokens.length && lex.trie.root.next.has(tokens[i]!.key) ? lex.trie.matchAt(tokens, i) : [];
        cache[i] = m;
      }
      return m;
    },
  };
}

/** The longest match at i holding an entry of kind `t` (optionally filtered). */
export function longest<T extends LexEntry["t"]>(
  ctx: ScanContext,
  i: number,
  t: T,
  accept: (e: Extract<LexEntry, { t: T }>, end: number) => boolean = () => true,
): { end: number; entry: Extract<LexEntry, { t: T }> } | null {
  for (const m of ctx.matchesAt(i)) {
    for (const v of m.values) {
      if (v.t === t && accept(v as Extract<LexEntry, { t: T }>, m.end)) return { end: m.end, entry: v as Extract<LexEntry, { t: T }> };
    }
  }
  return null;
}

export function has(ctx: ScanContext, i: number, t: LexEntry["t"]): boolean {
  return ctx.matchesAt(i).some((m) => m.values.some((v) => v.t === t));
}

/** Text of tokens [a, b) in normalized, cased form, with the original spacing collapsed. */
export function spanText(ctx: ScanContext, a: number, b: number): string {
  if (b <= a) return "";
  return ctx.nt.cased.slice(ctx.tokens[a]!.start, ctx.tokens[b - 1]!.end).replace(/\s+/g, " ");
}

/** Candidate entity span over tokens [start, end). */
export interface Candidate {
  type: "person" | "position" | "organization" | "location" | "date";
  start: number;
  end: number;
  priority: number;
  reason: string;
  children?: Candidate[];
  data: Record<string, unknown>;
}
