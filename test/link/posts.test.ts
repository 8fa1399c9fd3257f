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
    // A head written with its modifier as one word (titles.tsv same_as) is that modifier and head.
    ["Ông Đinh La Thăng, Phó trưởng Ban Kinh tế Trung ương. Ông về nhận nhiệm vụ Phó Ban Kinh tế Trung ương.", [["Phó trưởng Ban Kinh tế Trung ương", ["deputy"], ["Phó trưởng Ban Kinh tế Trung ương", "Phó Ban Kinh tế Trung ương"]]]],
    ["Phó phòng Tổ chức Nguyễn Văn An và Phó Trưởng phòng Tổ chức Lê Văn Bình dự.", [["Phó Trưởng phòng Tổ chức", ["deputy"], ["Phó phòng Tổ chức", "Phó Trưởng phòng Tổ chức"]]]],
  ])("%s", (text, expected) => {
    expect(posts(text)).toEqual(expected);
  });
});

/** "person | post" of each holds relation, and "post | organization or country" of each of relation. */
function edges(text: string): { holds: string[]; of: string[] } {
  const g = extract(text, { referenceDate: "2017-06-01" });
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  const pairs = (type: string) => g.relations.filter((r) => r.type === type).map((r) => `${name(r.from)} | ${name(r.to)}`);
  // (Sorted: which rule found an edge first is not what these tables say.)
  return { holds: pairs("holds").sort(), of: pairs("of").sort() };
}

describe("a shorter title held by someone who holds that post written in full is that post", () => {
  it.each([
    // Later, before or after: the bare head refers to the full form of the same holder.
    ["Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến dự họp. Sau đó, Bộ trưởng Nguyễn Thị Kim Tiến phát biểu.", ["Nguyễn Thị Kim Tiến | Bộ trưởng Bộ Y tế"]],
    ["Chủ tịch Tập Cận Bình nói. Trước đó, Thủ tướng gặp Chủ tịch Trung Quốc Tập Cận Bình.", ["Tập Cận Bình | Chủ tịch Trung Quốc"]],
    // A title whose body is only implied ("Thủ tướng": the government) is a bare title too.
    ["Thủ tướng Nhật Bản Shinzo Abe đón đoàn. Thủ tướng Shinzo Abe cho biết thêm.", ["Shinzo Abe | Thủ tướng Nhật Bản"]],
    ["Ông Đinh La Thăng được phân công làm Phó Trưởng ban Kinh tế Trung ương. Ông Thăng về nhận nhiệm vụ Phó Trưởng ban từ tháng 6.", ["Đinh La Thăng | Phó Trưởng ban Kinh tế Trung ương"]],
    // Another holder's full form is not this one's: each keeps the post written for them.
    ["Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến và Bộ trưởng Nguyễn Ngọc Thiện dự họp.", ["Nguyễn Thị Kim Tiến | Bộ trưởng Bộ Y tế", "Nguyễn Ngọc Thiện | Bộ trưởng"]],
    // Two full forms of one head for the holder: which one is not known, the bare title stays its own.
    ["Ông Nguyễn Văn An, Chủ tịch HĐND tỉnh Quảng Nam, Chủ tịch Hội Nông dân tỉnh Quảng Nam. Chủ tịch Nguyễn Văn An nói.", ["Nguyễn Văn An | Chủ tịch HĐND tỉnh Quảng Nam", "Nguyễn Văn An | Chủ tịch Hội Nông dân tỉnh Quảng Nam", "Nguyễn Văn An | Chủ tịch"]],
    // A title with its body written is a shorter form too ("Hạ viện" of "Hạ viện Nhật Bản"), and
    // "Thường trực" says which deputy, not another rank.
    ["Chủ tịch Hạ viện Nhật Bản Tadamori Oshima đón đoàn. Chủ tịch Hạ viện Tadamori Oshima nói.", ["Tadamori Oshima | Chủ tịch Hạ viện Nhật Bản"]],
    ["Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình dự. Phó Thủ tướng Trương Hòa Bình nói.", ["Trương Hòa Bình | Phó Thủ tướng Thường trực Chính phủ"]],
    // One post written two ways is one full form.
    ["Bộ trưởng Bộ VH-TT-DL Nguyễn Ngọc Thiện và Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Ngọc Thiện. Bộ trưởng Nguyễn Ngọc Thiện nói.", ["Nguyễn Ngọc Thiện | Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"]],
    // "Chủ tịch" is the "Chủ tịch nước" of the same holder (office-rules.tsv, short_head), not another chair; a
    // full form with the same head comes first.
    ["Chủ tịch nước Lê Văn An đến sân bay. Chủ tịch Lê Văn An duyệt đội danh dự.", ["Lê Văn An | Chủ tịch nước"]],
    ["Chủ tịch nước Lê Văn An gặp Chủ tịch Trần Minh Bình.", ["Lê Văn An | Chủ tịch nước", "Trần Minh Bình | Chủ tịch"]],
    ["Chủ tịch Trung Quốc Tập Cận Bình và Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình. Chủ tịch Tập Cận Bình nói.", ["Tập Cận Bình | Chủ tịch Trung Quốc", "Tập Cận Bình | Chủ tịch nước Cộng hòa Nhân dân Trung Hoa"]],
    // Words all in the fuller title, but a body written with them that is not, in order, the fuller one's: two posts.
    ["Ông Nguyễn Văn Long là Ủy viên Trung ương Đảng, Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương.", ["Nguyễn Văn Long | Ủy viên Trung ương Đảng", "Nguyễn Văn Long | Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương"]],
    // (One body written more fully, its words in order, is the same post: "Quốc hội Cuba" of "Quốc hội nước Cộng hòa Cuba".)
    ["Chủ tịch Quốc hội nước Cộng hòa Cuba Esteban Lazo dự. Chủ tịch Quốc hội Cuba Esteban Lazo nói.", ["Esteban Lazo | Chủ tịch Quốc hội nước Cộng hòa Cuba"]],
    // A modifier makes another office: "Phó Chủ tịch" is not "Chủ tịch UBND tỉnh".
    ["Chủ tịch UBND tỉnh Nghệ An Nguyễn Xuân Đường dự. Phó Chủ tịch Nguyễn Xuân Đường phát biểu.", ["Nguyễn Xuân Đường | Chủ tịch UBND tỉnh Nghệ An", "Nguyễn Xuân Đường | Phó Chủ tịch"]],
  ])("%s", (text, expected) => {
    expect(edges(text).holds).toEqual([...expected].sort());
  });
});

describe("posts with no body written are told apart by their words; one body written in several ways is one", () => {
  it.each([
    ["Thống đốc tỉnh Kanagawa Yuji Kuroiwa và Thống đốc tỉnh Aichi - ông Hideaki Omura dự.", ["Yuji Kuroiwa | Thống đốc tỉnh Kanagawa", "Hideaki Omura | Thống đốc tỉnh Aichi"]],
    ["Bí thư Thành ủy TP.HCM Đinh La Thăng họp. Ông Nguyễn Thiện Nhân thay ông làm Bí thư Thành ủy TP HCM.", ["Đinh La Thăng | Bí thư Thành ủy TP.HCM", "Nguyễn Thiện Nhân | Bí thư Thành ủy TP.HCM"]],
  ])("%s", (text, expected) => {
    expect(edges(text).holds).toEqual([...expected].sort());
  });
});

describe("of: the body a title implies is this country's, not a foreign holder's", () => {
  it.each([
    ["Thủ tướng Nguyễn Xuân Phúc phát biểu.", ["Thủ tướng | Chính phủ"]],
    // Only foreigners hold it and no country is written: which government is not said.
    ["Thủ tướng Shinzo Abe phát biểu.", []],
    // A country written says it.
    ["Thủ tướng Ấn Độ Narendra Modi phát biểu.", ["Thủ tướng Ấn Độ | Chính phủ Ấn Độ"]],
  ])("%s", (text, expected) => {
    expect(edges(text).of).toEqual([...expected].sort());
  });
});
