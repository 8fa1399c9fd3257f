/**
 * "The title is right, the body is not" (issue 13): a body written short in a title, whose place, parent or full name
 * the text gives elsewhere. Each row is a made-up sentence and the holds with the body a careful annotator
 * (eval/CONVENTIONS.md) names; a wrong body is worse than none.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

/** "person | post | the post's organization" for each holds relation, sorted. */
function holdsWithBodies(text: string): string[] {
  const g = extract(text, { referenceDate: "2021-06-01" });
  const byId = new Map(g.entities.map((e) => [e.id, e]));
  const orgOf = new Map(g.relations.filter((r) => r.type === "of").map((r) => [r.from, r.to]));
  return g.relations
    .filter((r) => r.type === "holds")
    .map((r) => {
      const post = byId.get(r.to);
      const org = byId.get(orgOf.get(r.to) ?? "");
      return `${byId.get(r.from)?.name} | ${post?.name} | ${org?.name ?? ""}`;
    })
    .sort();
}

function table(title: string, rows: Array<[string, string[]]>): void {
  describe(title, () => {
    it.each(rows)("%s", (text, expected) => expect(holdsWithBodies(text)).toEqual([...expected].sort()));
  });
}

table("a named body ending with a level word alone is that level's body of the place the text names", [
  ["Hội Nhà báo tỉnh Bình Định tổ chức đại hội. Ông Trần Văn Hòa, Chủ tịch Hội Nhà báo tỉnh, phát biểu.", ["Trần Văn Hòa | Chủ tịch Hội Nhà báo tỉnh | Hội Nhà báo tỉnh Bình Định"]],
  ["Kỳ họp HĐND tỉnh Nghệ An khai mạc. Dự có bà Lê Thị Thu, Phó Giám đốc Đài PT-TH tỉnh.", ["Lê Thị Thu | Phó Giám đốc Đài PT-TH tỉnh | Đài PT-TH tỉnh Nghệ An"]],
  ["UBND tỉnh Cà Mau họp báo. Ông Phạm Văn Sáu, Chủ tịch Hội Kiến trúc sư tỉnh, cho biết.", ["Phạm Văn Sáu | Chủ tịch Hội Kiến trúc sư tỉnh | Hội Kiến trúc sư tỉnh Cà Mau"]],
  // ("Hội CCB TPHCM": a city written with its level word glued to its letters is a place the body names too.)
  ["Sáng 3-4, Hội CCB TPHCM họp. Bà Trần Thị Mai, Trưởng Ban Dân vận Thành ủy, dự.", ["Trần Thị Mai | Trưởng Ban Dân vận Thành ủy | Ban Dân vận Thành ủy Thành phố Hồ Chí Minh"]],
  // (No place of its level named: the body stays as written.)
  ["Ông Trần Văn Hòa, Chủ tịch Hội Nhà báo tỉnh, phát biểu.", ["Trần Văn Hòa | Chủ tịch Hội Nhà báo tỉnh | Hội Nhà báo tỉnh"]],
  // (A tier, "tuyến huyện", "cấp tỉnh", is no bare body of that level.)
  ["Tại huyện Lý Nhân, bà Đỗ Thị Hạnh, Giám đốc Trung tâm Y tế tuyến huyện, cho biết.", ["Đỗ Thị Hạnh | Giám đốc Trung tâm Y tế tuyến huyện | Trung tâm Y tế tuyến huyện"]],
]);

table("a unit a title names by its field, ending with a level word alone, is of the one place of that level the text names", [
  ["Kỳ họp HĐND tỉnh Quảng Bình khai mạc. HĐND tỉnh miễn nhiệm Trưởng ban Pháp chế HĐND tỉnh đối với ông Lê Văn Khoa.", ["Lê Văn Khoa | Trưởng ban Pháp chế HĐND tỉnh | Ban Pháp chế HĐND tỉnh Quảng Bình"]],
  ["Tại huyện Gia Lâm, ông Đào Văn Tiến, Trưởng phòng Nội vụ huyện, cho biết.", ["Đào Văn Tiến | Trưởng phòng Nội vụ huyện | Phòng Nội vụ huyện Gia Lâm"]],
  // (Two places of its level named: which one is not said.)
  ["Huyện Gia Lâm và huyện Đông Anh họp. Ông Đào Văn Tiến, Trưởng phòng Nội vụ huyện, cho biết.", ["Đào Văn Tiến | Trưởng phòng Nội vụ huyện | Phòng Nội vụ huyện"]],
]);

table("a standing board or an executive committee written alone in a chain is of the association the next title names", [
  ["Ông Phan Văn Tâm, Ủy viên Ban Thường vụ, Chủ tịch LĐLĐ tỉnh Trà Vinh phát biểu.", ["Phan Văn Tâm | Chủ tịch LĐLĐ tỉnh Trà Vinh | LĐLĐ tỉnh Trà Vinh", "Phan Văn Tâm | Ủy viên Ban Thường vụ | Ban Thường vụ LĐLĐ tỉnh Trà Vinh"]],
  ["Bà Võ Thị Lan, Ủy viên Ban Chấp hành, Phó Chủ tịch Hội Nông dân tỉnh Sóc Trăng dự.", ["Võ Thị Lan | Phó Chủ tịch Hội Nông dân tỉnh Sóc Trăng | Hội Nông dân tỉnh Sóc Trăng", "Võ Thị Lan | Ủy viên Ban Chấp hành | Ban Chấp hành Hội Nông dân tỉnh Sóc Trăng"]],
  // (A Party committee's board is named with it; the next title's body is no association: the board stays as written.)
  ["Ông Lý Văn Hùng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy Trà Vinh dự.", ["Lý Văn Hùng | Trưởng ban Tuyên giáo Tỉnh ủy Trà Vinh | Ban Tuyên giáo Tỉnh ủy Trà Vinh", "Lý Văn Hùng | Ủy viên Ban Thường vụ | Ban Thường vụ"]],
  ["Ông Lý Văn Hùng, Ủy viên Ban Thường vụ, Phó Chủ tịch UBND tỉnh Trà Vinh dự.", ["Lý Văn Hùng | Phó Chủ tịch UBND tỉnh Trà Vinh | UBND tỉnh Trà Vinh", "Lý Văn Hùng | Ủy viên Ban Thường vụ | Ban Thường vụ"]],
]);

table("a delegation of deputies with its term written before its place is that place's delegation", [
  ["Ông Hoàng Văn Minh, Trưởng Đoàn Đại biểu Quốc hội khóa XV tỉnh Lạng Sơn, phát biểu.", ["Hoàng Văn Minh | Trưởng Đoàn Đại biểu Quốc hội | Đoàn Đại biểu Quốc hội tỉnh Lạng Sơn"]],
  ["Bà Lò Thị Việt, Phó Trưởng Đoàn ĐBQH khóa XIV tỉnh Sơn La phát biểu.", ["Lò Thị Việt | Phó Trưởng Đoàn ĐBQH | Đoàn ĐBQH tỉnh Sơn La"]],
  // (No place after the term: the body stays as written.)
  ["Ông Hoàng Văn Minh, Trưởng Đoàn Đại biểu Quốc hội khóa XV, phát biểu.", ["Hoàng Văn Minh | Trưởng Đoàn Đại biểu Quốc hội | Đoàn Đại biểu Quốc hội"]],
]);

table("the police's political department is not the army's", [
  ["Thượng tướng Nguyễn Văn Sơn, Chủ nhiệm Tổng cục Chính trị CAND, phát biểu.", ["Nguyễn Văn Sơn | Chủ nhiệm Tổng cục Chính trị CAND | Tổng cục Chính trị Công an nhân dân", "Nguyễn Văn Sơn | Thượng tướng | "]],
  ["Trung tướng Lê Văn Hải, Phó Chủ nhiệm Tổng cục Chính trị Công an nhân dân, dự.", ["Lê Văn Hải | Phó Chủ nhiệm Tổng cục Chính trị Công an nhân dân | Tổng cục Chính trị Công an nhân dân", "Lê Văn Hải | Trung tướng | "]],
  ["Thượng tướng Lương Cường, Chủ nhiệm Tổng cục Chính trị, phát biểu.", ["Lương Cường | Chủ nhiệm Tổng cục Chính trị | Tổng cục Chính trị Quân đội nhân dân Việt Nam", "Lương Cường | Thượng tướng | "]],
]);
