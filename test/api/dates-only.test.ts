import { describe, expect, it, vi } from "vitest";

// The gazetteers are replayed into a trie by loadLexicon at their first use: counted here, in a module graph of
// this file's own (vitest isolates test files), so that no other test has loaded them before.
const loads = vi.hoisted(() => ({ n: 0 }));
vi.mock("../../src/lexicon/compiled", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/lexicon/compiled")>();
  return { ...real, loadLexicon: (...args: Parameters<typeof real.loadLexicon>) => (loads.n++, real.loadLexicon(...args)) };
});

// Name indexes made by the graph's assembly: none when only dates were found.
const indexes = vi.hoisted(() => ({ n: 0 }));
vi.mock("../../src/link/name-entities", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/link/name-entities")>();
  class Counted extends real.NameIndex {
    constructor(...args: ConstructorParameters<typeof real.NameIndex>) {
      super(...args);
      indexes.n++;
    }
  }
  return { ...real, NameIndex: Counted };
});

const { createExtractor, extract } = await import("../../src/index");

// A dates-only call reads no gazetteer: building them was most of its first call (54–77 ms against 18–21 ms).
describe("dates only: the gazetteers are built at their first use, not before", () => {
  it.each([
    ["Ngày 10/3/2020, Thủ tướng Nguyễn Xuân Phúc thăm tỉnh Quảng Nam.", ["Ngày 10/3/2020"]],
    ["Sáng thứ Hai (27/2), đoàn công tác làm việc tại Hà Nội.", ["Sáng thứ Hai (27/2)"]],
    ["Từ tháng 1 đến tháng 3/2021, ông Trần Văn A giữ chức Giám đốc Sở Y tế.", ["Từ tháng 1 đến tháng 3/2021"]],
  ])("%j", (text, want) => {
    const g = extract(text, { types: ["date"], referenceDate: "2021-06-01" });
    expect(g.mentions.map((m) => text.slice(m.start, m.end))).toEqual(want);
    expect(createExtractor({ forwardDate: true }).extract(text, { types: ["date"] }).mentions.length).toBe(want.length);
    expect(loads.n).toBe(0);
    expect(indexes.n).toBe(0);
  });

  it("the first call that asks for names builds them once, for extract() and a plain extractor alike", () => {
    const text = "Thủ tướng Nguyễn Xuân Phúc thăm tỉnh Quảng Nam ngày 10/3/2020.";
    expect(extract(text).entities.some((e) => e.type === "person")).toBe(true);
    expect(createExtractor().extract(text).entities.some((e) => e.type === "person")).toBe(true);
    expect(loads.n).toBe(1);
    expect(indexes.n).toBe(2);
    // A text with names but none asked for, only dates: no index either.
    extract(text, { types: ["date"] });
    expect(indexes.n).toBe(2);
  });

  it("an extractor with entries of its own builds its gazetteers when it is made (a mistake in them throws there)", () => {
    createExtractor({ titles: [{ head: "Trưởng ban Điều phối", gloss: "Coordinator", org: "" }] });
    expect(loads.n).toBe(2);
  });
});

// A dates-only call reads the cased text as if lower-cased: the whole text is never lower-cased (3 MB a corpus pass).
describe("dates only: no lower-casing of the whole text", () => {
  const sentence = "Sáng 12/3, Thủ tướng làm việc với tỉnh; HÔM QUA đoàn đến Hà Nội, thứ Hai tuần tới họp tiếp. ";
  it.each([
    ["with a reference date", { referenceDate: "2021-06-01" }],
    ["with a dateline", {}],
    ["with no reference (dates with no value)", {}],
  ] as const)("%s", (what, options) => {
    const text = (what === "with a dateline" ? "Thứ Sáu, 11/01/2019 - 16:43\n" : "") + sentence.repeat(40);
    const longest = { n: 0 };
    const real = String.prototype.toLowerCase;
    const spy = vi.spyOn(String.prototype, "toLowerCase").mockImplementation(function (this: string) {
      longest.n = Math.max(longest.n, this.length);
      return real.call(this);
    });
    try {
      const g = extract(text, { types: ["date"], ...options });
      expect(g.mentions.length).toBeGreaterThan(40);
    } finally {
      spy.mockRestore();
    }
    expect(longest.n).toBeLessThan(100);
  });
});
