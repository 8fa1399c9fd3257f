import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

/** The position entities of a text: "name [modifier meanings]", and the mention texts of each. */
function posts(text: string): Array<[string, string[], string[]]> {
  const g = extract(text, { referenceDate: "2017-06-01" });
  return g.entities
    .filter((e) => e.type === "position")
    .map((e) => [e.name, e.type === "position" ? e.modifiers.map((m) => m.meaning) : [], g.mentions.filter((m) => m.entity === e.id).map((m) => m.text)]);
}

describe("a position entity is a post: one per office per text, without one holder's words", () => {
  it.each([
    ["Nguyên Chủ tịch nước Trương Tấn Sang và Chủ tịch nước Trần Đại Quang dự lễ.", [["Chủ tịch nước", [], ["Nguyên Chủ tịch nước", "Chủ tịch nước"]]]],
    ["Quyền Bộ trưởng Bộ Y tế Nguyễn Văn A gặp nguyên Bộ trưởng Bộ Y tế Trần Văn B.", [["Bộ trưởng Bộ Y tế", [], ["Quyền Bộ trưởng Bộ Y tế", "nguyên Bộ trưởng Bộ Y tế"]]]],
    // Phó, Thường trực make another office.
    ["Phó Thủ tướng Thường trực Trương Hòa Bình và Phó Thủ tướng Vũ Đức Đam dự.", [["Phó Thủ tướng Thường trực", ["deputy", "standing"], ["Phó Thủ tướng Thường trực"]], ["Phó Thủ tướng", ["deputy"], ["Phó Thủ tướng"]]]],
    // The terms are outside the title.
    ["Ông Đinh La Thăng, Ủy viên Bộ Chính trị khóa XII, phát biểu.", [["Ủy viên Bộ Chính trị", [], ["Ủy viên Bộ Chính trị"]]]],
  ])("%s", (text, expected) => {
    expect(posts(text)).toEqual(expected);
  });
});
