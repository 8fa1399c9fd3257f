import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMPILED_LEXICON } from "../../src/generated/lexicon";
import { buildBundledLexicon } from "../../src/lexicon/bundled";
import { loadLexicon, RowKeys, serializeLexicon } from "../../src/lexicon/compiled";
import { LexiconBuilder } from "../../src/lexicon/builder";
import type { Lexicon, PlaceInfo } from "../../src/lexicon/entries";
import { buildLexicon } from "../../src/lexicon/lexicon";
import type { TrieNode } from "../../src/lexicon/trie";

/** Everything a lexicon holds, in trie order, with its data objects numbered by identity (so sharing shows). */
function contents(lex: Lexicon) {
  const ids = new Map<object, number>();
  const id = (o: object): number => ids.get(o) ?? (ids.set(o, ids.size), ids.size - 1);
  const rows: unknown[] = [];
  const walk = (node: TrieNode<Lexicon["trie"]["root"]["values"] extends (infer V)[] | null ? V : never>, path: string) => {
    for (const v of node.values ?? []) rows.push([path, node.bits, JSON.stringify(v), "info" in v ? id(v.info) : -1]);
    for (const [k, child] of node.next ?? []) walk(child, path ? `${path} ${k}` : k);
  };
  walk(lex.trie.root, "");
  const byKey = (m: Map<string, object>) => [...m].map(([k, v]) => [k, id(v), JSON.stringify(v)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const sorted = (s: Iterable<string>) => [...s].sort();
  return {
    rows,
    orgsByKey: byKey(lex.orgsByKey), titlesByKey: byKey(lex.titlesByKey), placesByKey: byKey(lex.placesByKey),
    surnames: byKey(lex.surnames), givenNames: sorted(lex.givenNames), countries: sorted(lex.countries),
  };
}

const times = (text: string, part: string): number => text.split(part).length - 1;

describe("compiled lexicon (src/generated/lexicon.ts)", () => {
  it("is what data/ builds today (else: npm run build:data)", () => {
    expect(COMPILED_LEXICON).not.toBeNull();
    expect(serializeLexicon(buildBundledLexicon()) === COMPILED_LEXICON).toBe(true);
  });

  it("loads back to the same lexicon", () => {
    expect(serializeLexicon(loadLexicon(COMPILED_LEXICON!)) === COMPILED_LEXICON).toBe(true);
  });

  // The package ships it as dist/lexicon.json, which require() hands over parsed (scripts/emit-lexicon.mjs).
  it("loads the lexicon data/ builds: the trie's phrases and values in order, the maps and sets, shared objects", () => {
    const built = buildBundledLexicon();
    const loaded = loadLexicon(COMPILED_LEXICON!);
    expect(contents(loaded)).toEqual(contents(built));
    expect([...loaded.notBare]).toEqual([...built.notBare]);
  });

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

  // What a row leaves out (format 3): each case says how many times a text is written in the JSON.
  const place = (name: string, parent = "Hà Nội"): PlaceInfo => ({ name, kind: "district", parent, bare: false });
  it.each<[string, (b: LexiconBuilder) => void, Array<[string, number]>]>([
    ["a place by its name: phrase and display text left out", (b) => b.addPlace("Thường Tín", place("Thường Tín")), [["Thường Tín", 1], ["thường tín", 0]]],
    ["a place by another name: that name, not its phrase", (b) => {
      const info = place("Thành phố Hồ Chí Minh", "");
      b.addPlace("Thành phố Hồ Chí Minh", info);
      b.addPlace("Sài Gòn", info);
    }, [["Thành phố Hồ Chí Minh", 1], ["Sài Gòn", 1], ["sài gòn", 0]]],
    ["a place whose phrase is not its name in lower case: both", (b) => b.addPlace("Đô-ha", place("Đô-ha", "Qatar")), [["Đô-ha", 1], ["đô - ha", 1]]],
    ["an organization's name, alias and abbreviation: written once, in the object", (b) => b.addOrg({ name: "Mặt trận Tổ quốc Việt Nam", aliases: ["Mặt trận Tổ quốc"], abbreviations: ["MTTQ"], kind: "front" }), [["Mặt trận Tổ quốc Việt Nam", 1], ["Mặt trận Tổ quốc\"", 1], ["MTTQ", 1], ["mttq", 0]]],
    ["an organization's spelling with \"&\": written as it is", (b) => b.addOrg({ name: "Bộ Kế hoạch và Đầu tư", aliases: [], abbreviations: [], kind: "ministry" }), [["Bộ Kế hoạch & Đầu tư", 1], ["bộ kế hoạch & đầu tư", 0], ["Bộ Kế hoạch - Đầu tư", 1]]],
    ["an alias after a title only (\"*\"): the object's alias", (b) => b.addOrg({ name: "Ban Chấp hành Trung ương Đảng", aliases: ["Trung ương*"], abbreviations: [], kind: "party" }), [["Trung ương*", 1], ["trung ương", 0]]],
    ["a title: its head", (b) => b.addTitle({ head: "Phó Thủ tướng", kind: "office", org: { mode: "none" }, follows: true }), [["Phó Thủ tướng", 1], ["phó thủ tướng", 0]]],
    ["a surname: its phrase (in its row and the surname map)", (b) => b.addSurname("Nguyễn", "kinh", true), [["nguyễn", 2]]],
    ["a country's phrase that no row carries (all digits): kept aside", (b) => b.countries.add("1"), [["\"1\"", 1]]],
  ])("%s", (_what, add, expected) => {
    const b = new LexiconBuilder();
    add(b);
    const json = serializeLexicon(b);
    expect(expected.map(([part]) => [part, times(json, part)])).toEqual(expected);
    const loaded = loadLexicon(json);
    expect(contents(loaded)).toEqual(contents(b));
    expect(serializeLexicon(loaded) === json).toBe(true);
  });

  it("keeps one object behind an organization's forms when loaded", () => {
    const b = new LexiconBuilder();
    b.addOrg({ name: "Mặt trận Tổ quốc Việt Nam", aliases: ["Mặt trận Tổ quốc"], abbreviations: ["MTTQ"], kind: "front" });
    const lex = loadLexicon(serializeLexicon(b));
    expect(lex.orgsByKey.get("mttq")).toBe(lex.orgsByKey.get("mặt trận tổ quốc việt nam"));
    expect(lex.orgsByKey.get("mặt trận tổ quốc")).toBe(lex.orgsByKey.get("mặt trận tổ quốc việt nam"));
  });
});

describe("RowKeys (the replay's words of each row's phrase)", () => {
  // Phrases in turn → each one's words are its split at spaces, whatever it shares with the one before.
  it.each([
    [["ủy ban", "ủy ban nhân dân", "ủy ban nhân dân tỉnh", "ủy viên", "ủy", "bộ y tế", "bộ"]],
    [["a b", "a bc", "a b", "ab", "a  b", "a", ""]],
    [["hà nội", "hà nội", "hà tĩnh", "hà"]],
  ])("%j", (paths) => {
    const keys = new RowKeys();
    for (const p of paths) expect([...keys.of(p)], p).toEqual(p.split(" "));
  });
});
