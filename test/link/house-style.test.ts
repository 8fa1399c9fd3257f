import { describe, expect, it } from "vitest";
import { holds } from "../helpers";

// Shapes of how outlets and years write officeholders (rosters, abbreviations, captions), from made-up sentences.
describe("a roster's item: a title, a colon, its holder", () => {
  it.each([
    // A numbered line: the title, a colon, an address word and the name, then the end of the item.
    ["Bí thư tỉnh ủy nhiệm kỳ mới\n1. Bí thư tỉnh ủy Yên Bái: Ông Lê Văn An.\n2. Bí thư tỉnh ủy Sơn La : Ông Trần Văn Bình, Ủy viên T.Ư Đảng.", ["Lê Văn An | Bí thư tỉnh ủy Yên Bái", "Trần Văn Bình | Bí thư tỉnh ủy Sơn La", "Trần Văn Bình | Ủy viên T.Ư Đảng"]],
    ["3. Bí thư tỉnh ủy Kon Tum: Ông Hà Văn Cường ( bầu trực tiếp ).", ["Hà Văn Cường | Bí thư tỉnh ủy Kon Tum"]],
    // A sentence of its own, and a line with no address word but a full name.
    ["Kết quả như sau. Chủ tịch HĐND huyện: bà Trần Thị Dung. Phó Chủ tịch HĐND huyện: ông Lê Văn Em, ông Phan Văn Giang.", ["Lê Văn Em | Phó Chủ tịch HĐND huyện", "Phan Văn Giang | Phó Chủ tịch HĐND huyện", "Trần Thị Dung | Chủ tịch HĐND huyện"]],
    ["Thành phần đoàn công tác:\n- Trưởng đoàn: Nguyễn Văn Hải", ["Nguyễn Văn Hải | Trưởng đoàn"]],
  ])("%s", (text, expected) => {
    expect(holds(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    // A headline's statement: the name is the subject of what the title-holder says.
    ["Bộ trưởng Bộ Y tế: Ông Nguyễn Văn An phải chịu trách nhiệm", []],
    // A title inside a sentence, after a preposition: what follows the colon is no roster.
    ["Ông Lê Văn Bình nêu ý kiến của Chủ tịch UBND tỉnh: ông Nguyễn Văn An.", []],
  ])("precision: %s", (text, expected) => {
    expect(holds(text).filter((h) => !h.startsWith("Lê Văn Bình"))).toEqual(expected);
  });
});
