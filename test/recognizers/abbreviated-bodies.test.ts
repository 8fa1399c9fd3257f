import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

/**
 * Provincial departments written with hyphenated abbreviations after a title (issue 13, provincial personnel news):
 * a part glued after the hyphen ("CN" of "KH-CN", "TT" of "VH-TT-DL") is the abbreviation's, not an address word or
 * a title that would end the body's name.
 */
const mentions = (text: string, type: string) => extract(text, { referenceDate: "2025-08-15" }).mentions.filter((m) => m.type === type).map((m) => m.text);

describe("a title's body written with hyphenated abbreviations", () => {
  it.each([
    ["Ông Nguyễn Văn An, Giám đốc Sở VH-TT-DL, phát biểu.", ["Sở VH-TT-DL"]],
    ["Ông Nguyễn Văn An, Phó giám đốc Sở KH-CN, phát biểu.", ["Sở KH-CN"]],
    ["Ông Nguyễn Văn An, Phó giám đốc Sở TT-TT, phát biểu.", ["Sở TT-TT"]],
    ["Ông Nguyễn Văn An, Giám đốc Sở VH-TT&DL, phát biểu.", ["Sở VH-TT&DL"]],
    // (A spaced dash still ends it before another body: "Sở Y tế - Bộ Y tế" are two.)
    ["Ông Nguyễn Văn An, Giám đốc Sở Y tế - Bộ Y tế, phát biểu.", ["Sở Y tế", "Bộ Y tế"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "organization")).toEqual(expected);
  });
});

describe("a rare given name glued to a dash", () => {
  it.each([
    // (given-names.txt "Đước": the name ends at the dash before its title.)
    ["Miễn nhiệm ông Nguyễn Văn Đước-nguyên Giám đốc Sở Tài chính.", ["Nguyễn Văn Đước"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "person")).toEqual(expected);
  });
});

describe("'PCT', Phó Chủ tịch abbreviated (titles.tsv, office-rules.tsv needs_name)", () => {
  const holds = (text: string) => {
    const g = extract(text, { referenceDate: "2025-08-15" });
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    return g.relations.filter((r) => r.type === "holds").map((r) => `${name(r.from)} > ${name(r.to)}`);
  };
  it.each([
    // One post with the full form.
    ["Ông Nguyễn Văn An, PCT UBND tỉnh Gia Lai, phát biểu. Phó Chủ tịch UBND tỉnh Gia Lai Nguyễn Văn An cho biết thêm.", ["Nguyễn Văn An > Phó Chủ tịch UBND tỉnh Gia Lai"]],
    ["Ông Lê Văn Bình, PCT HĐND tỉnh, dự.", ["Lê Văn Bình > PCT HĐND tỉnh"]],
    ["PCT Nguyễn Văn An chủ trì.", ["Nguyễn Văn An > PCT"]],
  ])("%s", (text, expected) => {
    expect(holds(text)).toEqual(expected);
  });
  it("is no title alone", () => {
    expect(mentions("Hồ sơ nộp theo hệ thống PCT quốc tế.", "position")).toEqual([]);
  });
});
