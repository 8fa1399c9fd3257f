import { describe, expect, it } from "vitest";
import { edgeTable, holds } from "../helpers";

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

// A purpose clause (link-cues.tsv purpose) between the post and "đối với": the names after it still hold the post.
edgeTable("a purpose clause between a decision's post and its target", [
  [
    "Thủ tướng phê chuẩn việc miễn nhiệm chức danh Ủy viên UBND tỉnh Kon Tum nhiệm kỳ 2016 - 2021 để nhận nhiệm vụ mới đối với ông Lê Văn An, nguyên Giám đốc Sở Nội vụ và ông Trần Văn Bình, nguyên Chánh Văn phòng UBND tỉnh.",
    ["Lê Văn An | Giám đốc Sở Nội vụ | former", "Lê Văn An | Ủy viên UBND tỉnh Kon Tum | former", "Trần Văn Bình | Chánh Văn phòng UBND tỉnh | former", "Trần Văn Bình | Ủy viên UBND tỉnh Kon Tum | former"],
    ["Chánh Văn phòng UBND tỉnh | UBND tỉnh Kon Tum", "Giám đốc Sở Nội vụ | Sở Nội vụ Kon Tum", "Thủ tướng | Chính phủ", "Ủy viên UBND tỉnh Kon Tum | UBND tỉnh Kon Tum"],
    ["dismissal: Lê Văn An | Ủy viên UBND tỉnh Kon Tum", "dismissal: Trần Văn Bình | Ủy viên UBND tỉnh Kon Tum"],
  ],
  [
    "Thủ tướng phê chuẩn miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Phú Yên để nghỉ hưu theo chế độ, đối với ông Lê Văn Cường.",
    ["Lê Văn Cường | Phó Chủ tịch UBND tỉnh Phú Yên | former"],
    ["Phó Chủ tịch UBND tỉnh Phú Yên | UBND tỉnh Phú Yên", "Thủ tướng | Chính phủ"],
    ["dismissal: Lê Văn Cường | Phó Chủ tịch UBND tỉnh Phú Yên"],
  ],
]);

// "được Trung ương điều động": the bare "Trung ương" as the deciding body (link-cues.tsv passive), not a gap that breaks the link.
edgeTable("a decision by 'Trung ương' written bare", [
  [
    "Ông Lê Văn An được Trung ương điều động, phân công giữ chức vụ Thứ trưởng Bộ Tư pháp.",
    ["Lê Văn An | Thứ trưởng Bộ Tư pháp"],
    ["Thứ trưởng Bộ Tư pháp | Bộ Tư pháp"],
    ["appointment: Lê Văn An | Thứ trưởng Bộ Tư pháp"],
  ],
  [
    "Ông Trần Văn Bình được Trung ương luân chuyển về làm Phó Bí thư Tỉnh ủy Hà Giang.",
    ["Trần Văn Bình | Phó Bí thư Tỉnh ủy Hà Giang"],
    ["Phó Bí thư Tỉnh ủy Hà Giang | Tỉnh ủy Hà Giang"],
    ["appointment: Trần Văn Bình | Phó Bí thư Tỉnh ủy Hà Giang"],
  ],
]);

// "bầu ông A … T1 và bà B, nguyên T2 đảm nhiệm chức vụ T3": the decision gives the second name's post too, past the title
// written with that name.
edgeTable("a decision's second name, with a title of its own before its verb", [
  [
    "Kỳ họp đã bầu ông Lê Văn An, Phó Bí thư Tỉnh ủy vào vị trí Chủ tịch HĐND tỉnh và bà Trần Thị Bình, nguyên Chủ tịch HĐND tỉnh đảm nhiệm chức vụ Chủ tịch UBND tỉnh.",
    ["Lê Văn An | Chủ tịch HĐND tỉnh", "Lê Văn An | Phó Bí thư Tỉnh ủy", "Trần Thị Bình | Chủ tịch HĐND tỉnh | former", "Trần Thị Bình | Chủ tịch UBND tỉnh"],
    ["Chủ tịch HĐND tỉnh | HĐND tỉnh", "Chủ tịch UBND tỉnh | UBND tỉnh", "Phó Bí thư Tỉnh ủy | Tỉnh ủy"],
    ["election: Lê Văn An | Chủ tịch HĐND tỉnh", "election: Trần Thị Bình | Chủ tịch UBND tỉnh"],
  ],
  // (Not when a word other than the verb says the post goes on: "vẫn giữ chức".)
  [
    "HĐND tỉnh đã bầu ông Lê Văn An giữ chức Chủ tịch HĐND tỉnh và bà Trần Thị Bình, Giám đốc Sở Tài chính vẫn giữ chức Ủy viên UBND tỉnh.",
    ["Lê Văn An | Chủ tịch HĐND tỉnh", "Trần Thị Bình | Giám đốc Sở Tài chính", "Trần Thị Bình | Ủy viên UBND tỉnh"],
    ["Chủ tịch HĐND tỉnh | HĐND tỉnh", "Giám đốc Sở Tài chính | Sở Tài chính", "Ủy viên UBND tỉnh | UBND tỉnh"],
    ["election: Lê Văn An | Chủ tịch HĐND tỉnh"],
  ],
]);

// "… cho hai sĩ quan cấp cao: A, T1 và B, T2": a count, the counted noun's lower-case words and a colon open the names.
edgeTable("a counted noun and a colon before the names a decision is about", [
  [
    "Chủ tịch nước đã trao quyết định thăng quân hàm từ Trung tướng lên Thượng tướng cho hai sĩ quan cấp cao: Lê Văn An, Phó Tổng Tham mưu trưởng và Trần Văn Bình, Tư lệnh Quân khu 3.",
    ["Lê Văn An | Phó Tổng Tham mưu trưởng", "Lê Văn An | Thượng tướng", "Lê Văn An | Trung tướng | former", "Trần Văn Bình | Thượng tướng", "Trần Văn Bình | Trung tướng | former", "Trần Văn Bình | Tư lệnh Quân khu 3"],
    ["Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Phó Tổng Tham mưu trưởng | Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam", "Tư lệnh Quân khu 3 | Quân khu 3"],
    [],
  ],
  [
    "Giám đốc Sở Nội vụ trao quyết định bổ nhiệm chức vụ Phó Chánh Văn phòng UBND tỉnh đối với 2 cán bộ: ông Lê Văn An và bà Trần Thị Bình.",
    ["Lê Văn An | Phó Chánh Văn phòng UBND tỉnh", "Trần Thị Bình | Phó Chánh Văn phòng UBND tỉnh"],
    ["Giám đốc Sở Nội vụ | Sở Nội vụ", "Phó Chánh Văn phòng UBND tỉnh | UBND tỉnh"],
    ["appointment: Lê Văn An | Phó Chánh Văn phòng UBND tỉnh", "appointment: Trần Thị Bình | Phó Chánh Văn phòng UBND tỉnh"],
  ],
]);

// An interview's speaker line in capitals: "CHỦ TỊCH UBND TỈNH LÊ VĂN AN:" names the holder after the bare level word,
// as "Chủ tịch UBND tỉnh Lê Văn An" does (no province of that name).
edgeTable("a speaker's line written in capitals", [
  ["• CHỦ TỊCH UBND TỈNH LÊ VĂN AN: Năm qua, tỉnh đã đạt nhiều kết quả.", ["Lê Văn An | CHỦ TỊCH UBND TỈNH"], ["CHỦ TỊCH UBND TỈNH | UBND TỈNH"], []],
  ["CHỦ TỊCH UBND HUYỆN TRẦN VĂN BÌNH: Huyện sẽ tập trung làm đường.", ["Trần Văn Bình | CHỦ TỊCH UBND HUYỆN"], ["CHỦ TỊCH UBND HUYỆN | UBND HUYỆN"], []],
  // (A known province stays a place; words after the name that are not given names end no name.)
  ["BÍ THƯ TỈNH ỦY QUẢNG NAM LÊ VĂN DŨNG: Tỉnh sẽ tiếp tục.", ["Lê Văn Dũng | BÍ THƯ TỈNH ỦY QUẢNG NAM"], ["BÍ THƯ TỈNH ỦY QUẢNG NAM | TỈNH ỦY QUẢNG NAM"], []],
]);

// Abbreviations written apart (titles.tsv): "UV BTV Tỉnh ủy", "UV BCT", "UV TƯ Đảng" keep the chain of titles after the name.
edgeTable("party memberships abbreviated with a space", [
  ["Ông Lê Văn Sơn, UV BTV Tỉnh ủy, PCT UBND tỉnh Kon Tum dự lễ.", ["Lê Văn Sơn | PCT UBND tỉnh Kon Tum", "Lê Văn Sơn | UV BTV Tỉnh ủy"], ["PCT UBND tỉnh Kon Tum | UBND tỉnh Kon Tum", "UV BTV Tỉnh ủy | BTV Tỉnh ủy Kon Tum"], []],
  ["Chỉ số UV tại Hà Nội ở mức cao.", [], [], []],
  ["Ông Phạm Văn Nghĩa, UV BCT TƯ Đảng, Bí thư Thành ủy Hải Phòng phát biểu.", ["Phạm Văn Nghĩa | Bí thư Thành ủy Hải Phòng", "Phạm Văn Nghĩa | UV BCT TƯ Đảng"], ["Bí thư Thành ủy Hải Phòng | Thành ủy Hải Phòng", "UV BCT TƯ Đảng | Bộ Chính trị"], []],
  ["Ông Lê Văn Tú, UV TƯ Đảng, Bí thư Tỉnh ủy Lào Cai dự họp.", ["Lê Văn Tú | Bí thư Tỉnh ủy Lào Cai", "Lê Văn Tú | UV TƯ Đảng"], ["Bí thư Tỉnh ủy Lào Cai | Tỉnh ủy Lào Cai", "UV TƯ Đảng | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"], []],
]);

// A headline in Title Case: the name ends before words that are no given names ("Kiểm Tra Công Trình").
edgeTable("a headline that capitalizes every word", [
  ["Phó Chủ Tịch UBND Tỉnh Bình Dương Nguyễn Văn Lộc Kiểm Tra Công Trình", ["Nguyễn Văn Lộc | Phó Chủ Tịch UBND Tỉnh Bình Dương"], ["Phó Chủ Tịch UBND Tỉnh Bình Dương | UBND Tỉnh Bình Dương"], []],
  // (A last given name the list may lack stays: it is not followed by another such word.)
  ["Tân Bí Thư Tỉnh Ủy Nguyễn Thị Kim Xuyến Nhận Nhiệm Vụ", ["Nguyễn Thị Kim Xuyến | Bí Thư Tỉnh Ủy"], ["Bí Thư Tỉnh Ủy | Tỉnh Ủy"], []],
]);

// "PBT" (Phó Bí thư) in captions and lists, as "PCT" is: a title before a body or a name, nothing alone.
edgeTable("Phó Bí thư abbreviated", [
  ["Ông Hồ Văn Nam, PBT Tỉnh ủy, Chủ tịch UBND tỉnh Đắk Nông làm việc.", ["Hồ Văn Nam | Chủ tịch UBND tỉnh Đắk Nông", "Hồ Văn Nam | PBT Tỉnh ủy"], ["Chủ tịch UBND tỉnh Đắk Nông | UBND tỉnh Đắk Nông", "PBT Tỉnh ủy | Tỉnh ủy Đắk Nông"], []],
  ["Sản phẩm làm từ nhựa PBT chịu nhiệt tốt.", [], [], []],
]);

// Abbreviations of captions and lists: "Ủy viên BTV Tỉnh ủy" (org-heads.tsv: BTV = Ban Thường vụ), "PGĐ", "GĐ" (titles.tsv,
// a title only before a body or a name).
edgeTable("Ban Thường vụ, Giám đốc and Phó Giám đốc abbreviated", [
  [
    "Dự có các đồng chí: Lê Văn An, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh; Trần Văn Bình, Giám đốc Sở Y tế.",
    ["Lê Văn An | Phó Chủ tịch UBND tỉnh", "Lê Văn An | Ủy viên BTV Tỉnh ủy", "Trần Văn Bình | Giám đốc Sở Y tế"],
    ["Giám đốc Sở Y tế | Sở Y tế", "Phó Chủ tịch UBND tỉnh | UBND tỉnh", "Ủy viên BTV Tỉnh ủy | BTV Tỉnh ủy"],
    [],
  ],
  ["Bà Trần Thị Dung, PGĐ Sở Y tế cho biết.", ["Trần Thị Dung | PGĐ Sở Y tế"], ["PGĐ Sở Y tế | Sở Y tế"], []],
  ["Ông Đỗ Văn Lâm, GĐ Sở Công thương tỉnh Hà Tĩnh cho biết.", ["Đỗ Văn Lâm | GĐ Sở Công thương tỉnh Hà Tĩnh"], ["GĐ Sở Công thương tỉnh Hà Tĩnh | Sở Công thương tỉnh Hà Tĩnh"], []],
  ["Chi phí GĐ 2 của dự án tăng mạnh.", [], [], []],
]);

// "Đội quản lý TTĐT" (org-heads.tsv: a district's urban order team, TTĐT = trật tự đô thị) is a body after its head's title.
edgeTable("a district's urban order team", [
  ["Ông Lê Văn Hùng, Đội trưởng Đội quản lý TTĐT Q.3 cho biết sẽ xử lý.", ["Lê Văn Hùng | Đội trưởng Đội quản lý TTĐT Q.3"], ["Đội trưởng Đội quản lý TTĐT Q.3 | Đội quản lý TTĐT Q.3"], []],
]);

// A roster under a heading that tells an event ("… tái đắc cử:", "… được bổ nhiệm:"): each item's holder has that event.
edgeTable("a roster's items under a heading that tells an event", [
  [
    "* Bí thư Tỉnh ủy tái đắc cử:\n1. Bí thư Tỉnh ủy Yên Bái: Ông Lê Văn An.\n2. Bí thư Tỉnh ủy Sơn La: Ông Trần Văn Bình.",
    ["Lê Văn An | Bí thư Tỉnh ủy Yên Bái", "Trần Văn Bình | Bí thư Tỉnh ủy Sơn La"],
    ["Bí thư Tỉnh ủy Sơn La | Tỉnh ủy Sơn La", "Bí thư Tỉnh ủy Yên Bái | Tỉnh ủy Yên Bái"],
    ["election: Lê Văn An | Bí thư Tỉnh ủy Yên Bái", "election: Trần Văn Bình | Bí thư Tỉnh ủy Sơn La"],
  ],
  // (A heading that tells no event, or a proposal, gives none.)
  [
    "Danh sách lãnh đạo tỉnh:\n- Bí thư Tỉnh ủy Yên Bái: Ông Lê Văn An.\n- Chủ tịch UBND tỉnh Yên Bái: Ông Trần Văn Bình.",
    ["Lê Văn An | Bí thư Tỉnh ủy Yên Bái", "Trần Văn Bình | Chủ tịch UBND tỉnh Yên Bái"],
    ["Bí thư Tỉnh ủy Yên Bái | Tỉnh ủy Yên Bái", "Chủ tịch UBND tỉnh Yên Bái | UBND tỉnh Yên Bái"],
    [],
  ],
  [
    "Nhân sự dự kiến được bầu:\n- Bí thư Tỉnh ủy Yên Bái: Ông Lê Văn An.",
    ["Lê Văn An | Bí thư Tỉnh ủy Yên Bái"],
    ["Bí thư Tỉnh ủy Yên Bái | Tỉnh ủy Yên Bái"],
    [],
  ],
]);

// A phrase about a person opens the sentence (grammar-words.tsv fronting): the title after its comma is the clause's subject.
edgeTable("a name in a phrase that opens the sentence", [
  ["Ngoài ông Lê Văn An, Thủ tướng cũng thi hành kỷ luật đối với ông Trần Văn Bình.", [], ["Thủ tướng | Chính phủ"], []],
  ["Trước đó, cùng với ông Lê Văn An, Chủ tịch UBND tỉnh cũng chỉ đạo các sở.", [], ["Chủ tịch UBND tỉnh | UBND tỉnh"], []],
  // (A title set off by its own comma is still the name's.)
  ["Ngoài ông Lê Văn An, Giám đốc Sở Y tế, còn có bà Trần Thị Bình.", ["Lê Văn An | Giám đốc Sở Y tế"], ["Giám đốc Sở Y tế | Sở Y tế"], []],
]);

// A plural title, a list word, then names each with a rank before it: the rank is the item's, the names hold the title.
edgeTable("ranks before the names of a title's list", [
  [
    "Công an tỉnh Bình Phước có 3 Phó giám đốc gồm đại tá Lê Văn An, đại tá Trần Văn Bình và thượng tá Phạm Văn Cường.",
    ["Lê Văn An | Phó giám đốc", "Lê Văn An | đại tá", "Phạm Văn Cường | Phó giám đốc", "Phạm Văn Cường | thượng tá", "Trần Văn Bình | Phó giám đốc", "Trần Văn Bình | đại tá"],
    ["Phó giám đốc | Công an tỉnh Bình Phước"],
    [],
  ],
  // (Items with titles of their own after a colon keep the plural title too.)
  [
    "Cùng dự có các đồng chí Ủy viên Trung ương Đảng: Thượng tướng Lê Văn An, Phó Tổng Tham mưu trưởng; Trung tướng Trần Văn Bình, Tư lệnh Quân khu 5.",
    ["Lê Văn An | Phó Tổng Tham mưu trưởng", "Lê Văn An | Thượng tướng", "Lê Văn An | Ủy viên Trung ương Đảng", "Trần Văn Bình | Trung tướng", "Trần Văn Bình | Tư lệnh Quân khu 5", "Trần Văn Bình | Ủy viên Trung ương Đảng"],
    ["Phó Tổng Tham mưu trưởng | Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam", "Tư lệnh Quân khu 5 | Quân khu 5", "Ủy viên Trung ương Đảng | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"],
    [],
  ],
  // (Not without a list word: "Phó Thủ tướng A, Đại tướng B" are two people.)
  ["Phó Thủ tướng Lê Văn An, Đại tướng Trần Văn Bình cùng dự.", ["Lê Văn An | Phó Thủ tướng", "Trần Văn Bình | Đại tướng"], ["Phó Thủ tướng | Chính phủ"], []],
]);
