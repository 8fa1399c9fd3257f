import { describe, expect, it } from "vitest";
import { TABLE, tokenize } from "../../src/text/tokenize";

// The tokenizer's class table is filled as code units are first seen, with two shared regex objects (255 until
// then: not all 8 192 at import); it must say what a test of each code unit says: 1 letter, mark or digit, 2 white
// space, 0 anything else.
describe("tokenizer character classes", () => {
  it("the table agrees with a Unicode test of every code unit below U+2000, once each has been seen", () => {
    // (First in this file: no text has been tokenized yet.)
    expect([TABLE[0x1234], TABLE[0x5d0], TABLE[0x3a9]]).toEqual([255, 255, 255]); // ሴ א Ω: not yet seen
    let all = "";
    for (let c = 1; c < 0x2000; c++) all += String.fromCharCode(c);
    tokenize(all, all, 0, all.length);
    const differ: number[] = [];
    for (let c = 1; c < 0x2000; c++) {
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

// A space lost between two words, the second capitalized: the capital starts a token when both parts are
// Vietnamese syllables and one carries a Vietnamese letter or tone; brand names in camel case stay whole.
describe("a capitalized word glued to the word before it", () => {
  it.each([
    ["Bộ trưởng Tài chính Trung QuốcLưu Côn", ["bộ", "trưởng", "tài", "chính", "trung", "quốc", "lưu", "côn"]],
    ["về thăm xãTân Lập", ["về", "thăm", "xã", "tân", "lập"]],
    ["TheoGiám đốc Sở", ["theo", "giám", "đốc", "sở"]],
    ["báo VnExpress", ["báo", "vnexpress"]],
    ["ông McCain, hãng PetroVietnam", ["ông", "mccain", ",", "hãng", "petrovietnam"]],
    ["đội tuyển VietNam", ["đội", "tuyển", "vietnam"]],
  ])("%j → %j", (text, keys) => {
    const lower = text.toLowerCase();
    expect(tokenize(text, lower, 0, text.length).map((t) => t.key)).toEqual(keys);
  });
});

// Tokens are gathered in one array kept between calls: every call must still return a list of its own.
describe("tokenize returns a list of its own at every call", () => {
  const keys = (text: string) => tokenize(text, text.toLowerCase()).map((t, i) => `${i}:${t.key}`);
  it.each([
    ["Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh", "Hà Nội", ["0:chủ", "1:tịch", "2:ubnd", "3:tỉnh", "4:quảng", "5:nam", "6:lê", "7:trí", "8:thanh"]],
    ["Ông Nguyễn Văn A, Bí thư Tỉnh ủy.", "", ["0:ông", "1:nguyễn", "2:văn", "3:a", "4:,", "5:bí", "6:thư", "7:tỉnh", "8:ủy", "9:."]],
  ])("%j, then %j", (first, second, want) => {
    const a = tokenize(first, first.toLowerCase());
    const b = tokenize(second, second.toLowerCase());
    expect(a.map((t, i) => `${i}:${t.key}`)).toEqual(want);
    expect(a.length).toBe(want.length);
    expect(b.every((t) => !a.includes(t))).toBe(true);
    expect(keys(first)).toEqual(want);
  });

  it("a list longer than a chunk makes, then a short one", () => {
    const long = "Bộ trưởng Bộ Y tế. ".repeat(9000); // 54 000 tokens
    const a = tokenize(long, long.toLowerCase());
    expect(a.length).toBe(54_000);
    expect([a[53_998]!.key, a[53_999]!.key, a[53_999]!.start]).toEqual(["tế", ".", long.length - 2]);
    expect(keys("Hà Nội")).toEqual(["0:hà", "1:nội"]);
    expect(a[0]!.key).toBe("bộ");
  });
});
