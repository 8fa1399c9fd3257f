import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMPILED_LEXICON } from "../../src/generated/lexicon";
import { buildBundledLexicon } from "../../src/lexicon/bundled";
import { loadLexicon, serializeLexicon } from "../../src/lexicon/compiled";
import { buildLexicon } from "../../src/lexicon/lexicon";

describe("compiled lexicon (src/generated/lexicon.ts)", () => {
  it("is what data/ builds today (else: npm run build:data)", () => {
    expect(COMPILED_LEXICON).not.toBeNull();
    expect(serializeLexicon(buildBundledLexicon()) === COMPILED_LEXICON).toBe(true);
  });

  it("loads back to the same lexicon", () => {
    expect(serializeLexicon(loadLexicon(COMPILED_LEXICON!)) === COMPILED_LEXICON).toBe(true);
  });

  // The package ships it as dist/lexicon.json, which require() hands over parsed (scripts/emit-lexicon.mjs).
  it("loads the same lexicon from its parsed JSON", () => {
    expect(serializeLexicon(loadLexicon(JSON.parse(COMPILED_LEXICON!) as object)) === COMPILED_LEXICON).toBe(true);
  });

  it("is written as JSON beside the module, the file the build ships", () => {
    const file = fileURLToPath(new URL("../../src/generated/lexicon.json", import.meta.url));
    expect(fs.readFileSync(file, "utf8") === COMPILED_LEXICON).toBe(true);
  });

  it("keeps one data object behind a name, its aliases and abbreviations", () => {
    const lex = buildLexicon();
    const full = lex.orgsByKey.get("mặt trận tổ quốc việt nam");
    const abbr = lex.orgsByKey.get("mttq");
    expect(full).toBeDefined();
    expect(abbr).toBe(full);
  });

  it.each([
    ["bộ trưởng", 1],
    ["việt nam", 16],
    ["nguyễn", 64],
  ])("%s carries kind bits %i", (phrase, bit) => {
    const node = buildLexicon().trie.walk(phrase.split(" "));
    expect((node?.bits ?? 0) & bit).toBe(bit);
  });
});
