import { describe, expect, it } from "vitest";
import { TABLE, tokenize } from "../../src/text/tokenize";

// The tokenizer's class table is filled at import with two shared regex objects; it must say what a
// test of each code unit says: 1 letter, mark or digit, 2 white space, 0 anything else.
describe("tokenizer character classes", () => {
  it("the table agrees with a Unicode test of every code unit below U+2000", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x2000; c++) {
      const ch = String.fromCharCode(c);
      const want = /[\p{L}\p{M}\p{N}]/u.test(ch) ? 1 : /\s/u.test(ch) ? 2 : 0;
      if (TABLE[c] !== want) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it.each([
    ["Chủ tịch UBND tỉnh", ["chủ", "tịch", "ubnd", "tỉnh"]],
    ["ông Lê Trí Thanh, 52 tuổi", ["ông", "lê", "trí", "thanh", ",", "52", "tuổi"]],
    ["Phó\u00a0Thủ tướng – Bộ trưởng", ["phó", "thủ", "tướng", "–", "bộ", "trưởng"]],
    ["Hà Nội\tngày\n2/9", ["hà", "nội", "ngày", "2", "/", "9"]],
  ])("%j → %j", (text, keys) => {
    const lower = text.toLowerCase();
    expect(tokenize(text, lower, 0, text.length).map((t) => t.key)).toEqual(keys);
  });
});
