import { LINK_DATA } from "../generated/link-data";
import { normalizeKey } from "../text/normalize";
import { parseTsv } from "./tsv";

/** The roles of data/grammar-words.tsv; a misspelled role is a type error, not an empty set. */
export type GrammarRole =
  | "locative" | "toward-place" | "at-place" | "name-joiner" | "people-word" | "plural-level" | "state-compound" | "plural"
  | "generic-head" | "unit-count" | "compound" | "title-word" | "generic-context" | "duration-unit" | "gender" | "gathering" | "sentence-opener" | "house-number" | "level-classifier" | "venue" | "step-reason" | "step-clause" | "term-length" | "decision-noun" | "takes-effect" | "term-count" | "before-clause" | "kin" | "respectively" | "relative" | "era"
  | "middle-name" | "unnamed-post" | "capital-head" | "referent" | "each-side" | "unnamed-country" | "body-unit" | "rank-noun" | "power-noun" | "bare-event-after" | "held-span" | "new-post" | "demonstrative" | "not-event" | "owner-before" | "task-verb" | "title-list"
  | "conjunction" | "title-joiner" | "copula" | "business-head" | "state-noun" | "relative-pronoun" | "head-compound" | "paragraph-body" | "fronting" | "study-field" | "group-subject" | "candidate-noun" | "tier-word";

const BY_ROLE = new Map<string, Set<string>>();
for (const r of parseTsv(LINK_DATA["grammar-words.tsv"] ?? "")) {
  if (!r.word || !r.role) continue;
  let set = BY_ROLE.get(r.role);
  if (!set) BY_ROLE.set(r.role, (set = new Set()));
  set.add(normalizeKey(r.word));
}

/** The words of one role of data/grammar-words.tsv (lower case; two-syllable words with one space). */
export function grammarWords(role: GrammarRole): ReadonlySet<string> {
  return BY_ROLE.get(role) ?? new Set();
}

/**
 * A role's words read on tokens, where a word has one syllable or two ("con", "con trai", "lần lượt"): the longer
 * reading first. The two-syllable key is made only where its first (or last) syllable stands, so a scan of every
 * token costs no string.
 */
export interface GrammarWordList {
  /** How many tokens (2, else 1) a word of the list takes from token k; 0 when none starts there. */
  at(tokens: readonly { readonly key: string }[], k: number): number;
  /** Where a word of the list ending right before token k starts, not before `from`; -1 when none ends there. */
  before(tokens: readonly { readonly key: string }[], k: number, from?: number): number;
}

const LISTS = new Map<GrammarRole, GrammarWordList>();

export function grammarWordList(role: GrammarRole): GrammarWordList {
  let list = LISTS.get(role);
  if (list) return list;
  const words = grammarWords(role);
  const pairs = [...words].filter((w) => w.includes(" ")).map((w) => w.split(" "));
  const firsts = new Set(pairs.map((p) => p[0]!));
  const lasts = new Set(pairs.map((p) => p[p.length - 1]!));
  list = {
    at(tokens, k) {
      const a = tokens[k]?.key;
      if (a === undefined) return 0;
      if (firsts.has(a) && k + 1 < tokens.length && words.has(`${a} ${tokens[k + 1]!.key}`)) return 2;
      return words.has(a) ? 1 : 0;
    },
    before(tokens, k, from = 0) {
      const b = tokens[k - 1]?.key;
      if (b === undefined || k - 1 < from) return -1;
      if (lasts.has(b) && k - 2 >= from && words.has(`${tokens[k - 2]!.key} ${b}`)) return k - 2;
      return words.has(b) ? k - 1 : -1;
    },
  };
  LISTS.set(role, list);
  return list;
}
