import { describe, expect, it } from "vitest";
import { mentions, ofs } from "../helpers";

describe("positions: modifiers + head + organization", () => {
  it.each([
    ["Phó trưởng ban Thường trực Ban Dân vận Trung ương Điểu K'Ré", "Phó trưởng ban Thường trực Ban Dân vận Trung ương"],
    ["Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình", "Phó Thủ tướng Thường trực Chính phủ"],
    ["Ủy viên Bộ Chính trị Trương Thị Mai", "Ủy viên Bộ Chính trị"],
    ["nguyên Chủ tịch nước Trương Tấn Sang", "nguyên Chủ tịch nước"],
    ["Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu", "Chủ tịch UBND tỉnh Quảng Nam"],
    ["Đại tướng Tô Lâm", "Đại tướng"],
    ["Giám đốc Sở Y tế Hà Nội Trần Văn A", "Giám đốc Sở Y tế Hà Nội"],
    ["Bộ trưởng Tài chính Hồ Đức Phớc", "Bộ trưởng Tài chính"],
    ["Trưởng ban Dân vận Trung ương Trương Thị Mai", "Trưởng ban Dân vận Trung ương"],
    // A village is a place of office as a ward is.
    ["Bí thư thôn Yên Cảnh Nguyễn Văn Ba cho biết", "Bí thư thôn Yên Cảnh"],
    // (a member is no office of the body after "của": "Việt Nam là thành viên của Diễn đàn …")
    ["Việt Nam là thành viên của Diễn đàn Nghị viện châu Á - Thái Bình Dương, Chủ tịch nước phát biểu", "Chủ tịch nước"],
    // A parliamentarians' league goes on in lower case after its head (org-heads.tsv).
    ["Ngài Ryu Shionoya, Chủ tịch Liên minh nghị sỹ Me Kong Nhật Bản, phát biểu.", "Chủ tịch Liên minh nghị sỹ Me Kong Nhật Bản"],
  ])("%s", (text, expected) => {
    expect(mentions(text, "position")[0]).toBe(expected);
  });

  it.each([
    ["Trưởng ban Dân vận Trung ương Trương Thị Mai", "Trưởng ban Dân vận Trung ương | Ban Dân vận Trung ương"],
    ["Bộ trưởng Tài chính Hồ Đức Phớc", "Bộ trưởng Tài chính | Bộ Tài chính"],
    ["Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Thủ tướng Chính phủ | Chính phủ"],
    ["Ủy viên Bộ Chính trị Trương Thị Mai", "Ủy viên Bộ Chính trị | Bộ Chính trị"],
    // A title that holds its body's head word ("Trưởng Công an"), then the place: the body is the head with the place.
    ["Ông Ngô Văn Tuấn, Trưởng Công an xã Tân Lập, cho biết.", "Trưởng Công an xã Tân Lập | Công an xã Tân Lập"],
    ["Phó Trưởng Công an huyện Nam Đàn Lê Văn Hải cho biết.", "Phó Trưởng Công an huyện Nam Đàn | Công an huyện Nam Đàn"],
    // The province's tax office from March 2025 ("Thuế tỉnh X", before it "Cục Thuế tỉnh X") and its head.
    ["Ông Nguyễn Văn Long, Trưởng Thuế tỉnh Hà Tĩnh, cho biết.", "Trưởng Thuế tỉnh Hà Tĩnh | Thuế tỉnh Hà Tĩnh"],
    // A bare body in a title's chain is of the place the chain names last, also a city written glued ("TP.HCM").
    ["Ông Phan Văn Mãi, Phó Bí thư Thành ủy, Chủ tịch UBND TP.HCM, phát biểu.", "Phó Bí thư Thành ủy | Thành ủy Thành phố Hồ Chí Minh"],
    // A body implied by the place after the title; "Hồ Chí Minh" alone would be the person.
    ["Bí thư tỉnh Quảng Nam Phan Việt Cường", "Bí thư tỉnh Quảng Nam | Tỉnh ủy Quảng Nam"],
    ["Bí thư TP HCM Nguyễn Thiện Nhân", "Bí thư TP HCM | Thành ủy Thành phố Hồ Chí Minh"],
    ["Chủ tịch TP HCM Nguyễn Thành Phong", "Chủ tịch TP HCM | UBND thành phố Hồ Chí Minh"],
    // The place's own level word picks its Party committee, and the level is written once.
    ["Bí thư quận Hoàn Kiếm Lê Văn Dũng phát biểu.", "Bí thư quận Hoàn Kiếm | Quận ủy Hoàn Kiếm"],
    ["Bí thư thị xã Sơn Tây Lê Văn Dũng phát biểu.", "Bí thư thị xã Sơn Tây | Thị ủy Sơn Tây"],
    ["Bí thư huyện Gia Lâm Lê Văn Dũng phát biểu.", "Bí thư huyện Gia Lâm | Huyện ủy Gia Lâm"],
    // A governor's or mayor's office is of the place's government, also when a foreigner holds it.
    ["Thống đốc tỉnh Kanagawa Yuji Kuroiwa phát biểu.", "Thống đốc tỉnh Kanagawa | Chính quyền tỉnh Kanagawa"],
    ["Toàn quyền Đông Dương Paul Doumer cho xây cầu.", "Toàn quyền Đông Dương | Chính quyền Đông Dương"],
    ["Thị trưởng Rotterdam Ahmed Aboutaleb nói.", "Thị trưởng Rotterdam | Chính quyền Rotterdam"],
    // "X của Y": an office of the body after "của" is one title with it.
    ["Ông Lê Văn Dũng, Tổng Giám đốc của Tập đoàn Hòa Phát, cho biết.", "Tổng Giám đốc của Tập đoàn Hòa Phát | Công ty Cổ phần Tập đoàn Hòa Phát"],
    ["ông Nguyễn Đình Trung, Chánh Văn phòng, kiêm người phát ngôn của UBND tỉnh Bình Thuận ký", "người phát ngôn của UBND tỉnh Bình Thuận | UBND tỉnh Bình Thuận"],
  ])("the office of %s", (text, expected) => {
    expect(ofs(text)).toContain(expected);
  });

  it.each([
    ["Thủ tướng Lào Thongloun Sisoulith thăm Việt Nam", ["Thủ tướng Lào | Chính phủ Lào"]],
    ["Bộ trưởng Ngoại giao Lào Saleumxay Kommasith", ["Bộ trưởng Ngoại giao Lào | Bộ Ngoại giao Lào"]],
    ["Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen", ["Bộ trưởng Quốc phòng Nhật Bản | Bộ Quốc phòng Nhật Bản"]],
    ["Chủ tịch Quốc hội Lào Saysomphone Phomvihane", ["Chủ tịch Quốc hội Lào | Quốc hội Lào"]],
    // A foreign head of state holds an office of that country's state (data/office-rules.tsv), never
    // the Vietnamese one; a title that shares the country gets no Vietnamese body either.
    ["Chủ tịch nước Lào Thongloun Sisoulith", ["Chủ tịch nước Lào | Nhà nước Lào"]],
    ["Tổng thống Indonesia Joko Widodo", ["Tổng thống Indonesia | Nhà nước Indonesia"]],
    ["Chủ tịch Trung Quốc Tập Cận Bình thăm Việt Nam", ["Chủ tịch Trung Quốc | Nhà nước Trung Quốc"]],
    ["Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith",
      // (The Lao general secretary's post is of the Lao party: data/office-rules.tsv, ruling_party.)
      ["Tổng Bí thư | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Tổng Bí thư | Đảng Nhân dân Cách mạng Lào", "Chủ tịch nước Lào | Nhà nước Lào"]],
    // … also when the next title's country is in its foreign body: a deputy prime minister of Slovakia.
    ["Thủ tướng tiếp Phó Thủ tướng kiêm Bộ trưởng Bộ Nội vụ Cộng hòa Slovakia Robert Kalinak",
      ["Thủ tướng | Chính phủ", "Phó Thủ tướng | Chính phủ Slovakia", "Bộ trưởng Bộ Nội vụ Cộng hòa Slovakia | Bộ Nội vụ Cộng hòa Slovakia"]],
    // A bare title held by a name after a foreign honorific is no office of Việt Nam's government.
    ["Thủ tướng Samdech Hun Sen thăm lại con đường", []],
    // (A title whose own body is a foreign one keeps it: "Ủy viên Quốc vụ" is of the State Council.)
    ["Thượng tướng Ngụy Phượng Hòa, Ủy viên Quốc vụ, Bộ trưởng Bộ Quốc phòng Trung Quốc làm Trưởng đoàn",
      ["Ủy viên Quốc vụ | Quốc vụ viện Trung Quốc", "Bộ trưởng Bộ Quốc phòng Trung Quốc | Bộ Quốc phòng Trung Quốc"]],
    // "nước Chủ tịch" + a country: the country that chairs a body, no office of that country's state.
    ["Các nước ủng hộ sáng kiến do nước Chủ tịch Singapore đề xuất", []],
    ["Lào, nước Chủ tịch ASEAN năm nay, đăng cai hội nghị", ["Chủ tịch ASEAN | Hiệp hội các quốc gia Đông Nam Á"]],
    // A foreign party's commission, its "Ban" left out after the head, is that party's whoever heads it.
    ["Trưởng Ban Tuyên truyền Trung ương Đảng Nhân dân Cách mạng Lào Kikeo Khaykhamphithoune phát biểu",
      ["Trưởng Ban Tuyên truyền Trung ương Đảng Nhân dân Cách mạng Lào | Ban Tuyên truyền Trung ương Đảng Nhân dân Cách mạng Lào"]],
    // … also when the country is written after the next title with no "Bộ" (the country is the list's).
    ["Ủy viên Quốc vụ, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị tiếp đoàn",
      ["Ủy viên Quốc vụ | Quốc vụ viện Trung Quốc", "Bộ trưởng Ngoại giao Trung Quốc | Bộ Ngoại giao Trung Quốc"]],
  ])("a foreign office, %s, belongs to that country's body", (text, expected) => {
    expect(ofs(text)).toEqual(expected);
  });

  it.each(["các Bộ trưởng đều có mặt", "những giám đốc sở trẻ"])("no position in the generic %s", (text) => {
    expect(mentions(text, "position")).toEqual([]);
  });
  // A title in lower case right after a body's head word names the body's members.
  it.each(["Liên minh nghị sĩ Mê Kông Nhật Bản họp", "Đoàn chủ tịch Ủy ban Trung ương MTTQ Việt Nam thảo luận", "hỗ trợ Ban thư ký Thượng viện Campuchia"])("no position in the body %s", (text) => {
    expect(mentions(text, "position")).toEqual([]);
  });
  // "sỹ" is how many outlets write "sĩ".
  it.each([["Thượng nghị sỹ John McCain phát biểu", "Thượng nghị sỹ"], ["Thượng nghị sĩ John McCain phát biểu", "Thượng nghị sĩ"]])("%s", (text, title) => {
    expect(mentions(text, "position")).toEqual([title]);
  });
});

describe("a unit's title and the body the unit belongs to, written after its name", () => {
  it.each([
    // (The hospital is no person's name; the unit's body is the unit of that hospital.)
    ["PGS.TS Nguyễn Văn Bình, Trưởng Khoa Nhi Bệnh viện Bạch Mai cho biết.", "Trưởng Khoa Nhi Bệnh viện Bạch Mai", "Khoa Nhi Bệnh viện Bạch Mai"],
    ["Ông Lê Văn An, Trưởng phòng Kế hoạch Sở Y tế Hà Nội cho biết.", "Trưởng phòng Kế hoạch Sở Y tế Hà Nội", "Phòng Kế hoạch Sở Y tế Hà Nội"],
    ["Ông Lê Văn An, Trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An cho biết.", "Trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An", "Phòng Cảnh sát hình sự Công an tỉnh Nghệ An"],
    ["Trưởng phòng Kế hoạch Nguyễn Văn Bình nói.", "Trưởng phòng Kế hoạch", "Phòng Kế hoạch"],
  ])("%s", (text, position, org) => {
    expect(mentions(text, "position")).toEqual([position]);
    expect(mentions(text, "person").length).toBe(1);
    expect(ofs(text)).toEqual([`${position} | ${org}`]);
  });
});
