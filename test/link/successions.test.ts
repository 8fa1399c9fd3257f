// "A thay ông B làm T": A holds T, B held it; "A được bầu làm T, thay ông B": B held T. A planned
// or proposed succession links nobody through it.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

/** "person | post | status" of each holds relation, sorted. */
function holdings(text: string): string[] {
  const g = extract(text, { referenceDate: "2020-01-01" });
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  return g.relations
    .filter((r) => r.type === "holds")
    .map((r) => `${name(r.from)} | ${name(r.to)} | ${r.status}`)
    .sort();
}

describe("successions", () => {
  it.each([
    ["Ông Nguyễn Văn Thắng thay ông Hồ Đức Phớc làm Bộ trưởng Bộ Tài chính.", ["Hồ Đức Phớc | Bộ trưởng Bộ Tài chính | former", "Nguyễn Văn Thắng | Bộ trưởng Bộ Tài chính | current"]],
    ["Ông Nguyễn Văn Nên kế nhiệm ông Nguyễn Thiện Nhân làm Bí thư Thành ủy TP.HCM.", ["Nguyễn Thiện Nhân | Bí thư Thành ủy TP.HCM | former", "Nguyễn Văn Nên | Bí thư Thành ủy TP.HCM | current"]],
    ["Ông Lê Văn Hải được bầu làm Chủ tịch UBND tỉnh Nam Định, thay ông Phạm Đình Nghị.", ["Lê Văn Hải | Chủ tịch UBND tỉnh Nam Định | current", "Phạm Đình Nghị | Chủ tịch UBND tỉnh Nam Định | former"]],
    // The successor's own title before the word is not the one the other left.
    ["Ông Lê Văn An, Chủ tịch Hội Nông dân tỉnh, thay ông Trần Văn Bình làm Chủ tịch UBND tỉnh.", ["Lê Văn An | Chủ tịch Hội Nông dân tỉnh | current", "Lê Văn An | Chủ tịch UBND tỉnh | current", "Trần Văn Bình | Chủ tịch UBND tỉnh | former"]],
    // A moving word after the one replaced leads to his own new post, never the successor's.
    ["Hội đồng quản trị bổ nhiệm ông Đỗ Minh Khang làm Tổng giám đốc, thay ông Vũ Quốc Huy chuyển sang làm Chủ tịch HĐQT.", ["Vũ Quốc Huy | Chủ tịch HĐQT | current", "Vũ Quốc Huy | Tổng giám đốc | former", "Đỗ Minh Khang | Tổng giám đốc | current"]],
    ["Bà Lò Thị Hằng được bầu làm Chủ tịch UBND huyện, thay ông Đinh Công Sơn sang làm Bí thư Huyện ủy.", ["Lò Thị Hằng | Chủ tịch UBND huyện | current", "Đinh Công Sơn | Bí thư Huyện ủy | current", "Đinh Công Sơn | Chủ tịch UBND huyện | former"]],
    // Planned or proposed: nothing is said to be held through the word.
    ["Ông Lê Văn An sẽ thay ông Trần Văn Bình làm Chủ tịch UBND tỉnh.", []],
    ["Ông Trần Thanh Mẫn được giới thiệu thay ông Nguyễn Thiện Nhân làm Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.", []],
  ])("%s", (text, expected) => {
    expect(holdings(text)).toEqual(expected);
  });
});
