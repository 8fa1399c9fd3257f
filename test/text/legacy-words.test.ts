/** The legacy check's first count (countWords) is what scanWords visits, counted without a call per word. */
import { describe, expect, it } from "vitest";
import { LEGACY_SIGNS } from "../../src/generated/text-data";
import { legacyTable } from "../../src/text/legacy-tables";
import { countWords, HAS_ASCII, HAS_VIET, scanWords } from "../../src/text/legacy-words";
import { normalizeCounting, normalizeText } from "../../src/text/normalize";

function byVisits(text: string, max: number): { vietnamese: number; judgeable: number } {
  let vietnamese = 0;
  let judgeable = 0;
  scanWords(text, (start, end, flags) => {
    if (flags & HAS_VIET) vietnamese++;
    else if (flags & HAS_ASCII && end - start <= max) judgeable++;
  });
  return { vietnamese, judgeable };
}

describe("countWords", () => {
  it.each([
    ["Nguyễn Xuân Phúc", 1, 2], // ễ only Unicode Vietnamese has; Xuân, Phúc could be legacy
    ["NguyÔn Xu©n Phóc", 0, 3], // TCVN3 read as Latin-1
    ["Nguyeãn Xuaân Phuùc", 0, 3], // VNI
    ["Thu tuong Phuc, 2019", 0, 0], // ASCII words are not counted
    ["ủy ban, Đà Nẵng", 3, 0],
    ["é", 0, 0], // no ASCII letter
    ["a".repeat(24) + "é", 0, 0], // longer than 24
    ["a".repeat(23) + "é x", 0, 1],
    ["", 0, 0],
    ["Xuân", 0, 1], // a word at the very end
    ["Nguye\u0303\u0302n", 0, 1], // NFD: the combining tilde and circumflex are marks of Latin-1 too
    ["Nguye\u0323\u0302n", 1, 0], // the dot below is only Vietnamese
    ["t\u2212íng ng\u2212êi", 0, 2], // TCVN3's ư shown as a minus sign (LEGACY_SIGNS): inside the word, not between two
    ["Ng\u00adêi", 0, 1], // its ư as a soft hyphen
  ])("%j: %i Vietnamese, %i to judge", (text, vietnamese, judgeable) => {
    expect(countWords(text, 24)).toEqual({ vietnamese, judgeable });
    expect(byVisits(text, 24)).toEqual({ vietnamese, judgeable });
  });

  it("agrees with scanWords on mixed scripts", () => {
    const text = "Chủ tịch Xuân 😀 Phóc Müller où ăn © 東京 שלום ¸−ơ \u00ad x\u0306y 12é3";
    for (let i = 0; i <= text.length; i++) expect(countWords(text.slice(i), 24)).toEqual(byVisits(text.slice(i), 24));
  });
});

describe("normalizeCounting: countWords made in the normalization's pass", () => {
  it.each([
    ["Nguyễn Xuân Phúc"],
    ["NguyÔn Xu©n Phóc"],
    ["Nguyeãn Xuaân Phuùc"],
    ["“Hoà bình”\u00a0– thuỷ lợi, uỷ ban"], // folds and old-style tone pairs on the plain path
    ["Nguye\u0303\u0302n Xuân"], // a combining mark: the long way, counted apart
    ["Tôi &amp; anh"], // an entity: the long way
    ["<p>Chủ tịch Xuân</p>"], // HTML
    ["a".repeat(23) + "é x"],
    [""],
  ])("%j", (text) => {
    const { nt, counts } = normalizeCounting(text, 24);
    expect(counts).toEqual(countWords(text, 24));
    expect(nt).toMatchObject({ cased: normalizeText(text).cased, lower: normalizeText(text).lower });
  });
});

it("normalizeCounting counts as countWords on every suffix of mixed scripts", () => {
  const text = "Chủ tịch Xuân 😀 Phóc Müller “où” ăn © 東京 שלום ¸−ơ x\u0306y 12é3 hoà\u00a0uỷ";
  for (let i = 0; i <= text.length; i++) expect(normalizeCounting(text.slice(i), 24).counts).toEqual(countWords(text.slice(i), 24));
});

describe("LEGACY_SIGNS (written by npm run build:data)", () => {
  it("is every character at or above U+0080 of the legacy charts' forms", () => {
    const signs = new Set<string>();
    for (const enc of ["TCVN3", "VNI"] as const) {
      const t = legacyTable(enc);
      for (const key of [...t.one.keys(), ...t.two.keys()]) for (const ch of key) if (ch.charCodeAt(0) >= 0x80) signs.add(ch);
    }
    expect(LEGACY_SIGNS).toBe([...signs].sort().join(""));
  });
});
