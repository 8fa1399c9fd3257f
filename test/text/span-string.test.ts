import { describe, expect, it } from "vitest";
import { spanString } from "../../src/text/span-string";
import { tokenize } from "../../src/text/tokenize";

describe("spanString: a span's text, kept between calls (the same string as a slice)", () => {
  const cases: Array<[string, number, number]> = [
    ["Chủ tịch UBND tỉnh", 0, 3],
    ["Chủ tịch UBND tỉnh", 4, 8],
    ["Ông Nguyễn Văn A", 4, 10],
    ["Phó Thủ tướng thường trực", 4, 13],
    ["Bộ trưởng Bộ Tài nguyên và Môi trường", 0, 37], // longer than kept spans: sliced
    ["𠀀 chữ Nôm", 0, 2], // a surrogate pair
    ["ab", 1, 1], // empty
  ];
  it.each(cases)("%s [%i, %i)", (text, start, end) => {
    expect(spanString(text, start, end)).toBe(text.slice(start, end));
    expect(spanString(text, start, end)).toBe(text.slice(start, end)); // second time: the kept string
  });
  it("stays right once its table is full (new words are sliced as before)", () => {
    for (let k = 0; k < 40_000; k++) {
      const s = `x${k.toString(36)}y`;
      expect(spanString(` ${s} `, 1, s.length + 1)).toBe(s);
    }
    expect(tokenize("Thủ tướng Phạm Minh Chính", "thủ tướng phạm minh chính").map((t) => [t.key, t.cased, t.start, t.end, t.kind])).toEqual([
      ["thủ", "Thủ", 0, 3, "w"],
      ["tướng", "tướng", 4, 9, "w"],
      ["phạm", "Phạm", 10, 14, "w"],
      ["minh", "Minh", 15, 19, "w"],
      ["chính", "Chính", 20, 25, "w"],
    ]);
  });
});
