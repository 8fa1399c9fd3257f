import { describe, expect, it } from "vitest";
import { buildLexicon } from "../../src/lexicon/lexicon";
import { FirstWords, PhraseTrie } from "../../src/lexicon/trie";
import { tokenize } from "../../src/text/tokenize";

const tokens = (s: string) => tokenize(s, s.toLowerCase());

describe("PhraseTrie.matchAt and its first-step filter", () => {
  it.each([
    // phrase added, text, matches expected at token 0 (ends, longest first)
    ["bộ trưởng", "bộ trưởng bộ y tế", [2]],
    ["bộ y tế", "bộ y tế", [3]],
    ["a", "a b", [1]],
    ["(", "( x", [1]],
    ["ông", "ôn", []],
    ["các", "cát", []],
  ])("'%s' in '%s'", (phrase, text, ends) => {
    const trie = new PhraseTrie<string>();
    trie.add(phrase.split(" "), phrase);
    expect(trie.matchAt(tokens(text), 0).map((m) => m.end)).toEqual(ends);
  });

  it("a phrase added after others is found (the filter learns every first word)", () => {
    const trie = new PhraseTrie<string>();
    trie.add(["hà", "nội"], "Hà Nội");
    expect(trie.matchAt(tokens("Hà Tĩnh"), 0)).toEqual([]);
    trie.add(["hà", "tĩnh"], "Hà Tĩnh");
    expect(trie.matchAt(tokens("Hà Tĩnh"), 0).map((m) => m.values)).toEqual([["Hà Tĩnh"]]);
  });

  it("finds every first word of the bundled lexicon", () => {
    const trie = buildLexicon().trie;
    const firsts = [...trie.root.next!.entries()].filter(([, node]) => node.values);
    expect(firsts.length).toBeGreaterThan(1000);
    for (const [key] of firsts) expect(trie.matchAt(tokens(key), 0).length, key).toBeGreaterThan(0);
  });
});

describe("FirstWords", () => {
  it("may start: every word added; not (here): words that differ in their first two letters, last letter or length", () => {
    const f = new FirstWords();
    for (const w of ["các", "thay", "ông", ","]) f.add(w);
    expect(["các", "thay", "ông", ","].map((w) => f.mayStart(w))).toEqual([true, true, true, true]);
    expect(["cát", "thai", "ôn", ".", "thaya"].map((w) => f.mayStart(w))).toEqual([false, false, false, false, false]);
  });
});

describe("PhraseTrie.addNext (the compiled lexicon's replay)", () => {
  // A run of phrases (any order; depth-first is the fast one) gives the trie add() gives from the same calls.
  it.each([
    [["ủy ban", "ủy ban nhân dân", "ủy ban nhân dân tỉnh", "ủy viên", "bộ", "bộ y tế"]],
    [["bộ y tế", "ủy ban nhân dân", "bộ", "ủy ban", "bộ y tế", "ủy"]],
    [["a b c", "a b", "a", "a b c", "b", "a b d"]],
    [["x", "x", "y z", "y"]],
  ])("%j", (phrases) => {
    const one = new PhraseTrie<string>((v) => v.length);
    const run = new PhraseTrie<string>((v) => v.length);
    const at = run.startPath();
    phrases.forEach((p, i) => {
      one.add(p.split(" "), `${p}#${i}`);
      run.addNext(p.split(" "), `${p}#${i}`, at);
    });
    expect(run.root).toEqual(one.root);
    for (const p of phrases) expect(run.matchAt(tokens(p), 0)).toEqual(one.matchAt(tokens(p), 0));
  });
});
