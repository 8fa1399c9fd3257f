/**
 * Property-based tests: whatever string comes in, extract() returns a well-formed graph whose
 * offsets point into that very string. FUZZ_RUNS sets the number of runs per property
 * (default 150 for CI; `npm run fuzz` runs 20000).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { checkGraph, fuzzRuns, graphProblems } from "./invariants";

const RUNS = fuzzRuns();
// Big runs need room; CI runs finish in seconds.
const TIMEOUT = Math.max(60_000, RUNS * 50);
const params = { numRuns: RUNS };

// ── Arbitrary strings ────────────────────────────────────────────────────────────────────────

const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200, size: "max" });

const arbitraryStrings: Array<[string, fc.Arbitrary<string>]> = [
  ["binary (any code point, surrogate pairs included)", fc.string({ unit: "binary", maxLength: 300, size: "max" })],
  ["binary-ascii", fc.string({ unit: "binary-ascii", maxLength: 300, size: "max" })],
  ["printable graphemes (fast-check 4's full-Unicode strings)", fc.string({ unit: "grapheme", maxLength: 120, size: "max" })],
  ["raw UTF-16 code units (lone surrogates included)", anyUtf16],
];

// ── Vietnamese pieces ────────────────────────────────────────────────────────────────────────

const NAMES = ["Nguyễn Xuân Phúc", "Điểu K'Ré", "H'Hen Niê", "Trương Thị Mai", "Võ Văn Thưởng", "Y Thanh Hà Niê Kđăm", "Ksor Phước Hà", "Trần Tuấn Anh", "ông Phúc", "bà H.T.P", "Nakatani Gen", "Hoà", "Thuỷ"];
const TITLES = ["Phó Thủ tướng Thường trực", "Ủy viên Bộ Chính trị", "Uỷ viên Trung ương Đảng", "Chủ tịch UBND tỉnh", "Thủ tướng", "Bộ trưởng Tài chính", "Trưởng ban Dân vận Trung ương", "nguyên Bí thư Tỉnh ủy", "Đại tướng", "Quyền Giám đốc", "Chủ tịch Quốc hội", "Phó trưởng ban Thường trực"];
const ORGS = ["Ban Dân vận Trung ương", "MTTQ", "TP.HCM", "TP. HCM", "UBND tỉnh Quảng Nam", "Bộ Y tế", "Chính phủ", "Vietcombank", "Công an tỉnh Lâm Đồng", "Sở Y tế Hà Nội", "tỉnh Thừa Thiên Huế", "đường Lê Duẩn", "Hà Nội", "Bà Rịa - Vũng Tàu", "khóa XII"];
const DATES = ["10/1", "10/1/2019", "4:43:52 CH", "quý II/2025", "ngày 5/3 đến ngày 10/3/2023", "năm 2019", "2019", "Thứ Sáu, 11/01/2019 - 16:43", "tháng Chạp", "rằm tháng Giêng", "3 giờ rưỡi chiều", "11 giờ kém 15", "2 tháng qua", "Cập nhật: 11/01/2019 4:43:52 CH", "0", "31/2", "99/99/9999", "1.1.1.1"];
const PUNCT = [",", ";", "-", "–", "—", "(", ")", '"', "“", "”", "'", "’", ".", ":", "!", "?", "…", "/", "&"];
const WORDS = ["phát biểu", "tại", "hội nghị", "nhấn mạnh", "bổ nhiệm", "giữ chức", "thôi giữ chức", "Các đồng chí", "chủ trì", "và", "của"];
const ODD = ["\uD800", "\uDC00", "\uDBFF\uDFFF", "\u200B", "\uFEFF", "\u200D", "\u00AD", "👍🏽", "🇻🇳", "中华人民共和国", "习近平", "مرحبا", "Путин", "Москва", "\u00A0", "\u202F", "\u3000", "\t", "\r\n", "\n\n", "\u2028", "\u0000", "İ", "ß", "Ð", "ﬁ"];
const HTML = ["<p>", "</p>", "<b>", "</b>", "<br/>", '<a href="/ong-Nguyen-Van-A" title="Bộ trưởng Bộ Y tế">', "</a>", "<!-- Nguyễn Văn A -->", "<script>var x = 1;</script>", "&amp;", "&nbsp;", "&#7871;", "&#x1EBF;", "&ldquo;", "&bogus;", "&#xD800;", "&#99999999;", "<", ">", "<div class=\"x\">"];
const combining = fc.integer({ min: 0x300, max: 0x323 }).map((c) => String.fromCharCode(c));

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...TITLES) },
  { weight: 4, arbitrary: fc.constantFrom(...ORGS) },
  { weight: 3, arbitrary: fc.constantFrom(...DATES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.constantFrom(...HTML) },
  { weight: 1, arbitrary: combining },
  { weight: 1, arbitrary: fc.nat({ max: 99999 }).map(String) },
);
// Each piece may itself be spelled NFD or in capitals (mixed spellings inside one text).
const spelledPiece = fc.tuple(piece, fc.constantFrom("as-is", "as-is", "as-is", "nfd", "upper")).map(([p, how]) =>
  how === "nfd" ? p.normalize("NFD") : how === "upper" ? p.toUpperCase() : p,
);
const separator = fc.constantFrom(" ", " ", " ", "", "\n", "\u00A0", ", ", "; ", " - ");

type Variant = "as-is" | "nfd" | "upper" | "lower";
const variant = fc.constantFrom<Variant>("as-is", "nfd", "upper", "lower");
function applyVariant(s: string, v: Variant): string {
  if (v === "nfd") return s.normalize("NFD");
  if (v === "upper") return s.toUpperCase();
  if (v === "lower") return s.toLowerCase();
  return s;
}

/** A text assembled from Vietnamese pieces joined by separators. */
const vietnameseText = fc.array(fc.tuple(spelledPiece, separator), { maxLength: 40, size: "max" }).map((parts) => parts.map(([p, s]) => p + s).join(""));
const vietnameseVariant = fc.tuple(vietnameseText, variant).map(([s, v]) => applyVariant(s, v));

// Same pieces but without the ones that are not Vietnamese text (for the NFC ≡ NFD property).
const cleanPiece = fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...TITLES), fc.constantFrom(...ORGS), fc.constantFrom(...DATES), fc.constantFrom(...WORDS), fc.constantFrom(",", ";", "-", "(", ")", '"', "."));
const cleanVietnamese = fc.array(fc.tuple(cleanPiece, fc.constantFrom(" ", " ", ", ", "\n")), { minLength: 1, maxLength: 30, size: "max" }).map((parts) => parts.map(([p, s]) => p + s).join(""));

const inputs: Array<[string, fc.Arbitrary<string>]> = [...arbitraryStrings, ["Vietnamese pieces (as-is, NFD, UPPER, lower)", vietnameseVariant]];

// ── Properties ───────────────────────────────────────────────────────────────────────────────

describe.each(inputs)("extract() on %s", (_label, arb) => {
  it("never throws, and returns a graph whose offsets, entities and relations are consistent", () => {
    fc.assert(
      fc.property(arb, (text) => {
        checkGraph(text, extract(text));
      }),
      params,
    );
  }, TIMEOUT);

  it("is deterministic: two calls give deep-equal graphs", () => {
    fc.assert(
      fc.property(arb, (text) => {
        expect(extract(text, { referenceDate: "2019-01-11" })).toEqual(extract(text, { referenceDate: "2019-01-11" }));
      }),
      params,
    );
  }, TIMEOUT);
});

describe("extract() with options on Vietnamese pieces", () => {
  it("keeps the invariants for every combination of referenceDate, forwardDate and types", () => {
    const options = fc.record(
      {
        referenceDate: fc.oneof(fc.constant(null), fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })),
        forwardDate: fc.boolean(),
        types: fc.uniqueArray(fc.constantFrom("person", "position", "organization", "location", "date") as fc.Arbitrary<"person" | "position" | "organization" | "location" | "date">, { minLength: 1, maxLength: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(vietnameseVariant, options, (text, opts) => {
        const g = extract(text, opts);
        checkGraph(text, g);
        // Only the requested types: entities and mentions, nested ones included.
        if (opts.types) {
          for (const e of g.entities) expect(opts.types).toContain(e.type);
          for (const m of g.mentions) expect(opts.types).toContain(m.type);
        }
      }),
      params,
    );
  }, TIMEOUT);

  // Was a BUG (found by the property above, fixed during the session): `types` filtered top-level
  // mentions only. A position's organization was still returned as an entity (with its "of"
  // relation, and a nested mention when written):
  //   extract("Phó Thủ tướng Thường trực", { types: ["position"] }).entities
  //     → [organization "Chính phủ", position "Phó Thủ tướng Thường trực"]
  //   extract("Chủ tịch UBND tỉnh Quảng Nam", { types: ["position"] }).mentions
  //     → [position "Chủ tịch UBND tỉnh Quảng Nam", organization "UBND tỉnh Quảng Nam" (nested)]
  it.each([
    ["Phó Thủ tướng Thường trực", ["position"]],
    ["Bộ trưởng Tài chính Đinh Tiến Dũng", ["person", "position"]],
    ["Chủ tịch UBND tỉnh Quảng Nam", ["position"]],
  ] as const)("types filters entities and nested mentions too: %j with types %j", (text, types) => {
    const g = extract(text, { types: [...types] });
    const allowed = types as readonly string[];
    expect(g.entities.map((e) => e.type).filter((t) => !allowed.includes(t))).toEqual([]);
    expect(g.mentions.map((m) => m.type).filter((t) => !allowed.includes(t))).toEqual([]);
  });
});

describe("NFC and NFD spellings of the same text", () => {
  const entitySet = (text: string) =>
    extract(text, { referenceDate: "2019-01-11" })
      .entities.map((e) => `${e.type}\t${e.name.normalize("NFC")}`)
      .sort();

  it("give the same multiset of (type, NFC name) entities", () => {
    fc.assert(
      fc.property(cleanVietnamese, (nfc) => {
        expect(entitySet(nfc.normalize("NFD"))).toEqual(entitySet(nfc.normalize("NFC")));
      }),
      params,
    );
  }, TIMEOUT);

  it("give mentions at the offsets of the same characters", () => {
    fc.assert(
      fc.property(cleanVietnamese, (text) => {
        const nfc = text.normalize("NFC");
        const nfd = text.normalize("NFD");
        const a = extract(nfc, { referenceDate: "2019-01-11" }).mentions.map((m) => `${m.type}\t${m.text}`);
        const b = extract(nfd, { referenceDate: "2019-01-11" }).mentions.map((m) => `${m.type}\t${m.text.normalize("NFC")}`);
        expect(b).toEqual(a);
      }),
      params,
    );
  }, TIMEOUT);
});

// The checks above are only as good as the checker: it must see each kind of damage.
describe("the graph checker used by these properties catches a broken graph", () => {
  const text = "Thủ tướng Nguyễn Xuân Phúc phát biểu.";
  const good = () => structuredClone(extract(text, { referenceDate: "2019-01-11" }));
  type G = ReturnType<typeof good>;
  it.each<[string, (g: G) => void]>([
    ["a mention shifted by one", (g) => void (g.mentions[0]!.start += 1)],
    ["a mention past the end", (g) => void (g.mentions[0]!.end = text.length + 1)],
    ["a mention of an unknown entity", (g) => void (g.mentions[0]!.entity = "nope")],
    ["a mention typed unlike its entity", (g) => void (g.mentions[0]!.type = g.mentions[0]!.type === "person" ? "date" : "person")],
    ["a holds relation pointing the wrong way", (g) => { const r = g.relations.find((x) => x.type === "holds")!; [r.from, r.to] = [r.to, r.from]; }],
    ["evidence that is not its slice", (g) => void (g.relations[0]!.evidence.text += "x")],
    ["a duplicate entity id", (g) => void g.entities.push(g.entities[0]!)],
    ["a missing field", (g) => void delete (g as Partial<G>).warnings],
  ])("%s", (_label, damage) => {
    const g = good();
    expect(graphProblems(text, g)).toEqual([]);
    damage(g);
    expect(graphProblems(text, g)).not.toEqual([]);
  });
});
