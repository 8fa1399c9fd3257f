/**
 * The lexicon: every gazetteer in data/ (plus run-time user entries) in one trie of syllable
 * keys. The bundled part is compiled at build time (scripts/compile-lexicon.ts) and loaded at
 * first use; user entries are added on top, per extractor.
 */
import { COMPILED_LEXICON } from "../generated/lexicon";
import { addUserEntries } from "./builder";
import { loadLexicon } from "./compiled";
import type { Lexicon, UserEntries } from "./entries";

export * from "./entries";

export function buildLexicon(user: UserEntries = {}): Lexicon {
  if (COMPILED_LEXICON == null) throw new Error("vn-entity-graph: the compiled lexicon is missing; run `npm run build:data`");
  // (Typed as the JSON text it is in src/; the built package hands over its parsed value: compiled.ts.)
  const b = loadLexicon(COMPILED_LEXICON as string | object);
  addUserEntries(b, user);
  return b.lexicon;
}

let defaultLexicon: Lexicon | null = null;
export function getDefaultLexicon(): Lexicon {
  return (defaultLexicon ??= buildLexicon());
}
