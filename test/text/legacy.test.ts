/**
 * Legacy encodings (TCVN3/ABC, VNI-Windows) as data and as properties: the code charts in data/
 * read back every letter; a Vietnamese text with a few foreign words is always read as Unicode;
 * whatever the mix of legacy, Unicode and foreign words, in NFC or NFD, offsets point into the
 * input; and the check does work linear in the length of the text (counted, not timed).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATA } from "../../src/generated/data";
import { extract } from "../../src/index";
import { parseTsv } from "../../src/lexicon/tsv";
import { detectLegacyEncoding } from "../../src/text/encoding";
import { decodeLegacy } from "../../src/text/legacy-decode";
import { legacyTable, type LegacyEncoding } from "../../src/text/legacy-tables";
import { decodeUnits, unitsOf } from "../../src/text/legacy-words";
import { checkGraph, fuzzRuns } from "../fuzz/invariants";
import { asTcvn3ReadAsLatin1, asVniReadAsLatin1 } from "./legacy";

// Every letter of Vietnamese, lower case and capital.
const LETTERS = [..."aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"];
const decodeWord = (legacy: string, enc: LegacyEncoding) => decodeUnits(unitsOf(legacy, 0, legacy.length), legacyTable(enc))?.pieces.map((p) => p.s).join("");

describe("the code charts in data/ read back every letter the converters write", () => {
  it.each(LETTERS.flatMap((l) => [l, l.toUpperCase()]).filter((l) => !/[a-zA-Z]/.test(l)))("VNI: %s", (letter) => {
    expect(decodeWord(asVniReadAsLatin1(letter), "VNI")).toBe(letter);
  });
  // TCVN3 has capitals only for ă â ê ô ơ ư đ; the other capitals come back in lower case.
  it.each(LETTERS.flatMap((l) => [l, l.toUpperCase()]).filter((l) => !/[a-zA-Z]/.test(l)))("TCVN3: %s", (letter) => {
    const own = "ĂÂÊÔƠƯĐ".includes(letter) || letter === letter.toLowerCase();
    expect(decodeWord(asTcvn3ReadAsLatin1(letter), "TCVN3")).toBe(own ? letter : letter.toLowerCase());
  });
  it.each([
    ["legacy-tcvn3.tsv", "byte"],
    ["legacy-vni.tsv", "bytes"],
  ])("%s: the shown column is what the bytes look like", (file, column) => {
    const rows = parseTsv(DATA[file]!);
    expect(rows.length).toBeGreaterThan(70);
    for (const r of rows) {
      const codes = r[column]!.split(" ").map((c) => parseInt(c.replace("U+", ""), 16));
      const shown = String.fromCharCode(...codes);
      expect(r.shown === shown || (shown === "\u00ad" && r.shown === "(soft hyphen)"), `${r.letter}: ${r[column]} shows ${JSON.stringify(shown)}, not ${r.shown}`).toBe(true);
    }
  });
});

const RUNS = fuzzRuns(100);

// Vietnamese paragraphs in Unicode, each with a person it must give.
const PARAGRAPHS: Array<[string, string]> = [
  ["Sáng 11/1, tại Hà Nội, Thủ tướng Chính phủ Nguyễn Xuân Phúc dự và phát biểu chỉ đạo hội nghị tổng kết công tác dân vận năm 2018 của Ban Dân vận Trung ương.", "Nguyễn Xuân Phúc"],
  ["Chiều 7/2, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến đã làm việc với lãnh đạo UBND tỉnh Quảng Nam về công tác phòng chống dịch bệnh trong dịp Tết.", "Nguyễn Thị Kim Tiến"],
  ["Ủy viên Bộ Chính trị, Trưởng ban Dân vận Trung ương Trương Thị Mai chủ trì hội nghị; cùng dự có Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Trần Thanh Mẫn.", "Trương Thị Mai"],
];
// Words of other languages written with Latin-1 letters, some of which read as legacy Vietnamese ("où" as VNI "ó").
const FOREIGN = ["Loïc", "Rémy", "Haïti", "può", "più", "où", "Noël", "Zoë", "Müller", "Peña", "São", "João", "déjà", "côté", "naïve", "Citroën", "Gaël", "Anaïs", "Moïse", "perché", "città", "#CảmƠnÔngBà"];

describe("a Vietnamese paragraph with a few foreign words anywhere is read as Unicode", () => {
  it("in NFC and in NFD, with the same entities", () => {
    const arb = fc.tuple(fc.constantFrom(...PARAGRAPHS), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FOREIGN)), { maxLength: 5 }), fc.boolean());
    fc.assert(
      fc.property(arb, ([[paragraph, person], inserts, nfd]) => {
        // Inserted at the start, the end or after a comma or semicolon: never inside a name or a title.
        const words = paragraph.split(" ");
        for (const [at, w] of inserts) {
          const slots = [0, ...words.flatMap((x, k) => (/[,;.]$/.test(x) ? [k + 1] : []))];
          words.splice(slots[at % slots.length]!, 0, w);
        }
        const text = words.join(" ");
        const input = nfd ? text.normalize("NFD") : text;
        const g = extract(input);
        expect(g.warnings.map((w) => w.code)).not.toContain("legacy-encoding");
        expect(g.entities.filter((e) => e.type === "person").map((e) => e.name)).toContain(person);
        if (nfd) expect(g.entities).toEqual(extract(text).entities);
      }),
      { numRuns: RUNS },
    );
  });
});

// Pieces of text that legacy and Unicode input mix: encoded Vietnamese, Unicode, foreign words,
// Latin-1 signs, combining marks, and what separates words.
const PHRASES = ["Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Bộ trưởng Bộ Y tế", "Ủy viên Bộ Chính trị Trương Thị Mai", "tỉnh Quảng Nam", "Đỗ Bá Tỵ", "người", "ngày 10/1/2019", "Hà Nội"];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES).map(asTcvn3ReadAsLatin1) },
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES).map(asVniReadAsLatin1) },
  { weight: 2, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 2, arbitrary: fc.constantFrom(...FOREIGN) },
  { weight: 2, arbitrary: fc.constantFrom("©", "®", "−", "«", "»", "\u00ad", "µg", "¸", "ß", "Þ", "ñ", "î", "ù", "Ñ") },
  { weight: 1, arbitrary: fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.constantFrom("<p>", "</p>", "&amp;", "&#7877;", "\u200b") },
);
const sep = fc.constantFrom(" ", " ", "", ". ", ", ", "\n", "\u00a0");
const mixed = fc.array(fc.tuple(piece, sep), { maxLength: 30 }).map((xs) => xs.map(([p, s]) => p + s).join(""));

describe("whatever the mix of legacy, Unicode and foreign words, offsets point into the input", () => {
  it("in NFC and in NFD", () => {
    fc.assert(
      fc.property(mixed, fc.boolean(), (text, nfd) => {
        const input = nfd ? text.normalize("NFD") : text;
        checkGraph(input, extract(input));
      }),
      { numRuns: RUNS },
    );
  });

  it("the decoded text maps every index back into the input, in order", () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom<LegacyEncoding>("TCVN3", "VNI"), (text, enc) => {
        const d = decodeLegacy(text, enc);
        expect(d.text.length).toBeLessThanOrEqual(text.length);
        let prev = 0;
        for (let i = 0; i <= d.text.length; i++) {
          const o = d.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(prev);
          expect(o).toBeLessThanOrEqual(text.length);
          prev = o;
        }
        expect(d.toOriginal(d.text.length)).toBe(text.length);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the legacy check does work linear in the length of the text", () => {
  // steps: characters scanned (two passes at most) plus characters of the words judged; a judged
  // word is at most 24 units and its judgement bounded, so steps ≤ 3 × length means linear time.
  it("on any mix of pieces", () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 50 }), (text, times) => {
        const input = text.repeat(times);
        expect(detectLegacyEncoding(input).steps).toBeLessThanOrEqual(3 * input.length);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ["legacy signs with no space", "©¸µ¶·¹"],
    ["one letter with many combining marks", "a" + "\u0301".repeat(40) + " "],
    ["short legacy words", "Xu©n "],
    ["VNI pairs with no space", "aùeâoâ"],
    ["foreign words that read as VNI", "où Loïc "],
    ["words a letter too long to judge", "Nguyeãnn".repeat(3) + " "],
  ])("%s: the same work per character at 1 KB and at 64 KB", (_label, unit) => {
    const per = (n: number) => {
      const text = unit.repeat(Math.ceil(n / unit.length));
      return detectLegacyEncoding(text).steps / text.length;
    };
    const small = per(1_000);
    const large = per(64_000);
    expect(large).toBeLessThanOrEqual(3);
    expect(large).toBeLessThanOrEqual(small * 1.05);
  });
});
