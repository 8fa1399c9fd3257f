import { LINK_DATA } from "../generated/link-data";
import { normalizeKey } from "../text/normalize";
import { parseTsv } from "./tsv";

/** The roles of data/grammar-words.tsv; a misspelled role is a type error, not an empty set. */
export type GrammarRole =
  | "locative" | "at-place" | "name-joiner" | "people-word" | "plural-level" | "state-compound" | "plural"
  | "generic-head" | "unit-count" | "compound" | "title-word" | "generic-context" | "duration-unit" | "gender" | "gathering" | "sentence-opener" | "house-number" | "level-classifier" | "venue" | "step-reason" | "step-clause" | "term-length" | "before-clause" | "kin" | "respectively" | "relative"
  | "middle-name" | "unnamed-post" | "capital-head" | "referent";

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
