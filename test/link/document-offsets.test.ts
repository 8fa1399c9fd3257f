import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

// A character the text layer drops (zero-width space and joiners, word joiner, BOM, soft hyphen) right after
// a mention stays outside it; one inside a name stays inside.
describe("mention ends before a dropped invisible character", () => {
  it.each([
    ["Chủ tịch Quốc hội Campuchia Heng Samrin\u200b dẫn đầu đoàn.", ["Chủ tịch Quốc hội Campuchia", "Quốc hội Campuchia", "Heng Samrin"]],
    ["Ông Nguyễn Văn An\ufeff, Giám đốc Sở Y tế\u2060, cho biết ngày 5/6\u00ad.", ["Nguyễn Văn An", "Giám đốc Sở Y tế", "Sở Y tế", "ngày 5/6"]],
    ["tỉnh Quảng\u200b Nam\u200d và Bộ Y tế\u200c.", ["tỉnh Quảng\u200b Nam", "Bộ Y tế"]],
  ])("%j", (text, expected) => {
    const g = extract(text, { referenceDate: "2017-06-01" });
    for (const m of g.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(g.mentions.map((m) => m.text)).toEqual(expected);
  });
});
