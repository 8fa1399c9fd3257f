import { describe, expect, it } from "vitest";
import { capitalizeFirst, lowerPiece, normalizeKey, normalizeText } from "../../src/text/normalize";
import { tokenize } from "../../src/text/tokenize";
import { extract } from "../../src/index";
import { checkGraph } from "../fuzz/invariants";

describe("normalizeText: one key form for every way Vietnamese is typed", () => {
  it.each([
    ["Hoà Bình", "hòa bình"],
    ["Thuỷ", "thủy"],
    ["Uỷ viên", "ủy viên"],
    ["khoẻ", "khỏe"],
    ["HOÀ", "hòa"],
    ["quý II", "quý ii"], // qu + y keeps its mark
    ["Hoàng", "hoàng"], // a final consonant: the mark stays on the second vowel
    ["Nguye\u0302\u0303n Xua\u0302n Phu\u0301c", "nguyễn xuân phúc"], // NFD
    ["Ðiểu K’Ré", "điểu k'ré"], // Icelandic Eth for Đ, curly apostrophe
    ["Ban\u00a0Dân\u202fvận", "ban dân vận"], // non-breaking spaces
    ["“Năm Dân vận”", '"năm dân vận"'],
    ["2021–2025", "2021-2025"],
  ])("%j → %j", (input, key) => {
    expect(normalizeKey(input)).toBe(key);
  });

  // Plain text is folded and its tone pairs fixed in one pass; a text with a cluster ("&", NFD, zero-width) takes
  // the long way: both give the same text.
  it.each([
    ["Hoà.", "Hòa."],
    ["oà", "òa"],
    ["hoàʼ", "hòa'"], // U+02BC is a letter, folded to an apostrophe: the pair ends the syllable after the fold
    ["hoà\u00a0bình", "hòa bình"],
    ["Quỳ Châu, quý", "Quỳ Châu, quý"], // qu + y
    ["QUỲ, UỶ", "QUỲ, ỦY"],
    ["hoàng, khoẻ", "hoàng, khỏe"],
    ["hoà𝐀", "hoà𝐀"], // an astral letter follows: no pair
    ["uà ư", "uà ư"], // u + a is no pair
    ["“Thuỷ” – uỷ viên", '"Thủy" - ủy viên'],
  ])("one pass or the long way, %j → %j", (input, cased) => {
    expect(normalizeText(input).cased).toBe(cased);
    expect(normalizeText(input + " &").cased).toBe(cased + " &");
    expect(normalizeText(input + " \u200b").cased).toBe(cased + " ");
  });

  it.each([
    "Nguye\u0302\u0303n Xua\u0302n Phu\u0301c phát biểu",
    "a&amp;b&nbsp;c &#7871; &#x1EBF;",
    "<p>Nguyễn Văn A</p><p>Trần B</p>",
    "Ng\u200buyễn\ufeff Văn",
    "x\u0301\u0301\u0301 y",
  ])("maps every normalized offset back into the original: %j", (input) => {
    const nt = normalizeText(input);
    expect(nt.cased.length).toBe(nt.lower.length);
    for (const t of tokenize(nt.cased, nt.lower)) {
      const a = nt.toOriginal(t.start);
      const b = nt.toOriginal(t.end);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThanOrEqual(input.length);
      expect(input.slice(a, b).normalize("NFC").replace(/[\u200b\ufeff]/g, "")).toBe(
        t.cased.includes("&") ? input.slice(a, b) : input.slice(a, b).normalize("NFC").replace(/[\u200b\ufeff]/g, ""),
      );
    }
  });

  it("blanks HTML tags without moving offsets, and puts a line break for block tags", () => {
    const nt = normalizeText("<p>Nguyễn Văn A</p><p>Trần B</p>");
    expect(nt.html).toBe(true);
    expect(nt.cased.includes("<")).toBe(false);
    expect(nt.cased.indexOf("Nguyễn")).toBe(3);
    expect(nt.cased).toMatch(/A\n/);
  });
});

describe("tokenize: syllables, numbers and punctuation", () => {
  it.each([
    ["TP.HCM", ["tp", ".", "hcm"]],
    ["TP. HCM", ["tp", ".", "hcm"]],
    ["Điểu K'Ré,", ["điểu", "k're", ","].map((s) => s.replace("k're", "k'ré"))],
    ["Bộ GD&ĐT", ["bộ", "gd", "&", "đt"]],
    ["Nguyễn Văn A ,", ["nguyễn", "văn", "a", ","]],
  ])("%j → %j", (input, keys) => {
    const nt = normalizeText(input);
    expect(tokenize(nt.cased, nt.lower).map((t) => t.key)).toEqual(keys);
  });

  it("flags a headline written in capitals", () => {
    const nt = normalizeText("THỦ TƯỚNG NGUYỄN XUÂN PHÚC THĂM NHẬT BẢN\nThủ tướng Nguyễn Xuân Phúc");
    const tokens = tokenize(nt.cased, nt.lower);
    expect(tokens[0]!.capsLine).toBe(true);
    expect(tokens.at(-1)!.capsLine).toBe(false);
  });
});

// Failed before commit "own-property look-ups" (ec9801d): `ENTITIES["toString"]` found the
// inherited function, and mentions came out past the end of the text.
describe("an HTML entity named like an Object member is left as written", () => {
  const NAMES = ["toString", "valueOf", "constructor", "__proto__", "hasOwnProperty", "isPrototypeOf", "__defineGetter__"];
  it.each(NAMES)("&%s; keeps its length and every mention its offsets", (name) => {
    const text = `&${name}; Thủ tướng Nguyễn Xuân Phúc thăm tỉnh Quảng Nam.`;
    expect(normalizeText(text).cased.length).toBe(text.length);
    const g = extract(text);
    checkGraph(text, g);
    expect(g.mentions.map((m) => m.text)).toEqual(["Thủ tướng", "Nguyễn Xuân Phúc", "tỉnh Quảng Nam"]);
  });
});

// capitalizeFirst returns a name written capitalized already as it is (graph assembly asks it for every body
// mention): the same text either way.
describe("capitalizeFirst", () => {
  it.each<[string, string]>([
    ["Bộ Y tế", "Bộ Y tế"],
    ["bộ Y tế", "Bộ Y tế"],
    ["ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"],
    ["đảng ủy khối", "Đảng ủy khối"],
    ["UBND", "UBND"],
    ["", ""],
    ["1/5", "1/5"],
    ["ǆ", "Ǆ"],
  ])("%j → %j", (s, want) => {
    expect(capitalizeFirst(s)).toBe(want);
  });
});

// A piece of the text lower-cased without lower-casing the whole text (a dates-only extract() reads the cased text
// alone): it must be the whole text's `lower` at that place, whatever the letters around it.
describe("lowerPiece", () => {
  it.each([
    ["Ngày Quốc Khánh, HÔM QUA"],
    ["ΟΔΟΣ ΑΘΗΝΑΣ hôm qua"], // Σ at a word's end is ς in the whole text
    ["İSTANBUL, ΟΔΟΣ hôm qua"], // İ keeps its form, and Σ is σ (lowerSameLength reads the text a character at a time)
    ["Thứ Hai\u2126 \u212a"],
  ])("%j", (text) => {
    const nt = normalizeText(text);
    let asked = 0;
    for (let from = 0; from < nt.cased.length; from++) {
      for (let to = from; to <= nt.cased.length; to++) expect(lowerPiece(nt.cased, () => (asked++, nt.lower), from, to)).toBe(nt.lower.slice(from, to));
    }
    expect(asked > 0).toBe(text.includes("Σ"));
  });
});
