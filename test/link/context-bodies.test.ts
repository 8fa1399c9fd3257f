// A title written bare takes its body from the text around it (data/office-rules.tsv,
// body_in_context) only when exactly one body of its kind is named just before it, or its holder's
// next title in the same chain names one; never across a paragraph, for a foreign name, an
// honorific, a body someone else heads, or a title followed by words that may be its own body.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

/** "post | organization" of each of relation whose post is written without its body. */
function contextOf(text: string): string[] {
  const g = extract(text, { referenceDate: "2017-06-01" });
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  return g.relations
    .filter((r) => r.type === "of" && r.reason === "title-body-in-context")
    .map((r) => `${name(r.from)} | ${name(r.to)}`)
    .sort();
}

describe("a bare title held by someone is an office of the one body of its kind named just before it", () => {
  it.each([
    ["Ban Kinh tế Trung ương họp chiều nay. Ông Nguyễn Văn An, Phó trưởng ban Thường trực, báo cáo.", ["Phó trưởng ban Thường trực | Ban Kinh tế Trung ương"]],
    ["Thủ tướng ký quyết định bổ nhiệm ông Nguyễn Văn Sinh, Thứ trưởng Bộ Xây dựng, giữ chức Bộ trưởng.", ["Bộ trưởng | Bộ Xây dựng"]],
    // A "Ban Chấp hành" (named by "Ủy viên Trung ương Đảng") has no "trưởng ban" (body_not_in_context), and a
    // deputy's office has several holders: the Ban another deputy is written with is this one's too.
    [
      "Ông Lê Quang Vinh là Ủy viên Trung ương Đảng, Phó trưởng Ban Dân vận Trung ương. Ban Dân vận Trung ương còn có ông Hoàng Văn Tú, Phó trưởng ban Thường trực.",
      ["Phó trưởng ban Thường trực | Ban Dân vận Trung ương"],
    ],

    ["Tổng Giám đốc Vietcombank Nguyễn Thanh Tùng và Phó Tổng Giám đốc Đặng Hoài Đức ký kết.", ["Phó Tổng Giám đốc | Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"]],
    ["Trường Đại học Bách khoa vừa khai giảng. Phó Hiệu trưởng Trần Văn Bình phát biểu.", ["Phó Hiệu trưởng | Trường Đại học Bách khoa"]],
    // … also across a word for the body in context before the holder (grammar-words.tsv referent).
    ["Trường Đại học Bách khoa vừa khai giảng. Hiệu trưởng nhà trường Trần Văn Bình phát biểu.", ["Hiệu trưởng | Trường Đại học Bách khoa"]],
    // The office of the one ministry named: its chief's.
    ["Bộ Xây dựng vừa bổ nhiệm ông Đỗ Đức Duy làm Chánh văn phòng.", ["Chánh văn phòng | Bộ Xây dựng"]],
    // A body the title names only by its kind ("Trưởng Ban Chỉ đạo") is the one of that kind named before with its name.
    ["Ban Chỉ đạo Cải cách tư pháp Trung ương đã họp dưới sự chủ trì của Chủ tịch nước Nguyễn Văn An - Trưởng Ban Chỉ đạo.", ["Trưởng Ban Chỉ đạo | Ban Chỉ đạo Cải cách tư pháp Trung ương"]],
    ["Ông Nguyễn Văn An, Trưởng Ban Chỉ đạo, phát biểu.", []],
    // The next title of the same chain names it.
    ["Ông Trần Thanh Mẫn, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam, dự họp.", ["Phó Chủ tịch | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]],
    // A deputy's office has several holders: another deputy of that body named in the text does not stop it.
    ["Ông Trần Văn Bình, Phó Chủ tịch - Tổng Thư ký Hội Nông dân Việt Nam, phát biểu. Hội nghị cử ông Lê Văn Hòa giữ chức Phó Chủ tịch Hội Nông dân Việt Nam.", ["Phó Chủ tịch Hội Nông dân Việt Nam | Hội Nông dân Việt Nam"]],
    // A sole office someone else heads still stops it.
    ["Ông Trần Văn Bình, Chủ tịch - Tổng Thư ký Hội Nông dân Việt Nam, phát biểu. Hội nghị cử ông Lê Văn Hòa giữ chức Chủ tịch Hội Nông dân Việt Nam.", []],
    // Every bare form of that holder's office is that post.
    ["Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng chủ trì. Bộ trưởng Dũng cho biết thêm.", ["Bộ trưởng | Văn phòng Chính phủ"]],
    // A list word after the title is not its body.
    ["UBND tỉnh Nghệ An có 4 Phó Chủ tịch là các ông Nguyễn Văn Sơn, Lê Văn Dũng, Phạm Văn Tâm.", ["Phó Chủ tịch | UBND tỉnh Nghệ An"]],
    // The company of a board named before; the title's terms are not its body.
    ["HĐQT Vinamilk đã bổ nhiệm bà Mai Kiều Liên làm Tổng Giám đốc nhiệm kỳ 2022-2026.", ["Tổng Giám đốc | Công ty Cổ phần Sữa Việt Nam"]],
    // … nor a date after its preposition, nor "đối với" and the holder (the title's words end there).
    ["Công ty cổ phần Thép Bình Minh vừa bổ nhiệm ông Lê Văn Hòa làm quyền Tổng giám đốc từ ngày 1/3/2021.", ["Tổng giám đốc | Công ty cổ phần Thép Bình Minh"]],
    ["Tập đoàn Hải Long thông báo miễn nhiệm chức vụ Tổng giám đốc đối với ông Phạm Quốc Dũng kể từ ngày 5/4.", ["Tổng giám đốc | Tập đoàn Hải Long"]],
    ["Công ty cổ phần Nhựa Tân Phú đã bổ nhiệm bà Trần Thị Mai giữ chức Giám đốc kể từ ngày 2/6.", ["Giám đốc | Công ty cổ phần Nhựa Tân Phú"]],
  ])("%s", (text, expected) => {
    expect(contextOf(text)).toEqual(expected);
  });
});

describe("no body from context when it could be wrong", () => {
  it.each([
    // Two bodies of its kind: which one is not known.
    ["Bộ Y tế và Bộ Tài chính họp. Thứ trưởng Nguyễn Văn An phát biểu."],
    // Words after the title may be its own body, unread: "Chi bộ", "Hội nạn nhân …".
    ["Đảng ủy Khối Doanh nghiệp họp. Bà Trịnh Thị Hường, Bí thư Chi bộ, phát biểu."],
    ["Ngày 30/4, UBND xã Quảng Yên xác nhận. Ông Đàm Văn Hoàn, Chủ tịch Hội nạn nhân chất độc da cam xã Quảng Yên, có mặt."],
    // A paragraph before is someone else's line.
    ["Ông Lê Văn Hải, Phó Bí thư Đảng ủy Khối Cơ quan tỉnh.\nBà Trịnh Thị Hường, Bí thư, phát biểu."],
    // A foreign name: the body named before is rather Vietnamese.
    ["Bộ Công Thương đón đoàn. Bộ trưởng Lee Chang-yang cảm ơn."],
    // A form of respect, not a post with a body.
    ["Ủy ban Trung ương MTTQ Việt Nam tổ chức lễ kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh."],
  ])("%s", (text) => {
    expect(contextOf(text)).toEqual([]);
  });
});

/** The organization of each post a person holds ("-" for none). */
function bodiesHeldBy(text: string, person: string): string[] {
  const g = extract(text, { referenceDate: "2017-06-01" });
  const byId = new Map(g.entities.map((e) => [e.id, e]));
  const who = g.entities.find((e) => e.type === "person" && e.name === person)!;
  return g.relations
    .filter((r) => r.type === "holds" && r.from === who.id)
    .map((r) => {
      const post = byId.get(r.to);
      return post?.type === "position" && post.organization ? byId.get(post.organization)!.name : "-";
    });
}

describe("a body someone else heads is not another holder's", () => {
  it.each([
    ["Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến và Bộ trưởng Nguyễn Ngọc Thiện dự họp.", "Nguyễn Ngọc Thiện", ["-"]],
    ["Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến dự họp. Bộ trưởng Nguyễn Ngọc Thiện phát biểu.", "Nguyễn Ngọc Thiện", ["-"]],
    // (Its own holder's bare form is that office.)
    ["Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến dự họp. Bộ trưởng Nguyễn Thị Kim Tiến phát biểu.", "Nguyễn Thị Kim Tiến", ["Bộ Y tế"]],
    // In a list of people split by ";", another item's ministry is not this item's.
    ["Bị xử lý có Lê Văn An, nguyên Bộ trưởng Xây dựng; Trần Văn Bình, nguyên Bí thư Tỉnh ủy Nam Định; rồi Phạm Thu Hà, thứ trưởng.", "Phạm Thu Hà", ["-"]],
    ["Ông Lê Văn An, nguyên Bộ trưởng Xây dựng, và bà Phạm Thu Hà, thứ trưởng, bị kỷ luật.", "Phạm Thu Hà", ["Bộ Xây dựng"]],
  ])("%s", (text, person, expected) => {
    expect(bodiesHeldBy(text, person)).toEqual(expected);
  });
});

describe("a unit written alone belongs to the body of the next title of its chain (office-rules.tsv, unit_of)", () => {
  const ofs = (text: string): string[] => {
    const g = extract(text, { referenceDate: "2023-01-01" });
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    return g.relations.filter((r) => r.type === "of").map((r) => `${name(r.from)} | ${name(r.to)}`);
  };
  it.each([
    ["Ông Trần Hùng Huy, Chủ tịch HĐQT kiêm Tổng Giám đốc ACB, phát biểu.", "Chủ tịch HĐQT | HĐQT Ngân hàng Thương mại Cổ phần Á Châu"],
    // The company's name as written counts, also when the gazetteer names it more briefly ("Tập đoàn Samsung" → "Samsung").
    ["Chủ tịch HĐQT kiêm Tổng giám đốc Tập đoàn Samsung Park Min-ho phát biểu.", "Chủ tịch HĐQT | HĐQT Samsung"],
    // (Alone, it stays a board with no company named.)
    ["Ông Trần Hùng Huy, Chủ tịch HĐQT, phát biểu.", "Chủ tịch HĐQT | HĐQT"],
  ])("%s", (text, expected) => {
    expect(ofs(text)).toContain(expected);
  });
});

describe("a party group written bare takes the state body the next title of its chain names (office-rules.tsv unit_of)", () => {
  const ofs = (text: string): string[] => {
    const g = extract(text, { referenceDate: "2017-06-01" });
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    return g.relations.filter((r) => r.type === "of").map((r) => `${name(r.from)} | ${name(r.to)}`).sort();
  };
  it.each([
    ["Ông Lê Văn An, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Nam Định, phát biểu.", ["Bí thư Ban cán sự đảng | Ban cán sự đảng UBND tỉnh Nam Định", "Chủ tịch UBND tỉnh Nam Định | UBND tỉnh Nam Định"]],
    ["Bà Lê Thị Hoa, Ủy viên Ban cán sự đảng, Thứ trưởng Bộ Xây dựng, dự.", ["Thứ trưởng Bộ Xây dựng | Bộ Xây dựng", "Ủy viên Ban cán sự đảng | Ban cán sự đảng Bộ Xây dựng"]],
    ["Ông Lê Văn An, Bí thư Đảng đoàn, Chủ tịch HĐND tỉnh Nam Định, phát biểu.", ["Bí thư Đảng đoàn | Đảng đoàn HĐND tỉnh Nam Định", "Chủ tịch HĐND tỉnh Nam Định | HĐND tỉnh Nam Định"]],
  ])("%s", (text, expected) => expect(ofs(text)).toEqual(expected));
});
