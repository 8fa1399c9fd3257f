import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { mentions } from "../helpers";

describe("persons", () => {
  it.each([
    ["Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu", ["Nguyễn Xuân Phúc"]],
    ["Các đồng chí Nguyễn Xuân Phúc, Trương Thị Mai chủ trì", ["Nguyễn Xuân Phúc", "Trương Thị Mai"]],
    ["đồng chí Trương Hòa Bình dự", ["Trương Hòa Bình"]], // Hòa Bình is also a province
    // A foreign name opening its sentence before ", <title>" is a name; Vietnamese words there are not ("Tại Hà Nội, Thủ tướng").
    ["Hun Manet, Thủ tướng Campuchia, đến Hà Nội.", ["Hun Manet"]],
    // A foreign surname written with its particles after an address word refers back to the full name.
    ["Bà Ursula von der Leyen cho biết. Bà von der Leyen nhấn mạnh; ông de Gaulle nói.", ["Ursula von der Leyen", "von der Leyen", "de Gaulle"]],
    ["Sáng nay, Bộ trưởng dự họp; Tại Hội nghị, Bộ trưởng phát biểu.", []],
    ["ông Điểu K'Ré, Ủy viên Trung ương Đảng", ["Điểu K'Ré"]],
    ["ông Y Thanh Hà Niê Kđăm phát biểu", ["Y Thanh Hà Niê Kđăm"]],
    ["Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen thăm Việt Nam", ["Nakatani Gen"]],
    ["bà H.T.P (45 tuổi) cho biết", ["H.T.P"]],
    ["Ông Đinh La Thăng cho biết. Ông Thăng nói", ["Đinh La Thăng", "Thăng"]],
    ["PGS.TS Nguyễn Văn An giảng bài", ["Nguyễn Văn An"]],
    // A Cambodian honorific is in no span (eval/CONVENTIONS.md): "Samdech Hun Sen" is "Hun Sen".
    ["Chủ tịch Quốc hội Campuchia Samdech Heng Samrin bày tỏ vui mừng.", ["Heng Samrin"]],
    ["Thủ tướng Chính phủ Hoàng gia Campuchia Samdech Techo Hun Sen gửi lời chào. Samdech Hun Sen đã cắt băng.", ["Hun Sen", "Hun Sen"]],
    ["THỦ TƯỚNG NGUYỄN XUÂN PHÚC THĂM NHẬT BẢN", ["NGUYỄN XUÂN PHÚC"]],
    // In capitals, a verb after the name (org-name-words.tsv, ends) is none of its syllables; in lower case "Phát" is.
    ["BỘ TRƯỞNG BỘ Y TẾ NGUYỄN THỊ KIM TIẾN PHÁT BIỂU TẠI HỘI NGHỊ", ["NGUYỄN THỊ KIM TIẾN"]],
    // ("Hoa", a flower and a given name: data/given-names.txt.)
    ["PHÓ CHỦ TỊCH UBND TỈNH NGUYỄN THỊ HOA: CHÚNG TÔI SẼ LÀM NGAY", ["NGUYỄN THỊ HOA"]],
    ["Ông Nguyễn Văn Phát biểu diễn.", ["Nguyễn Văn Phát"]],
    ["Nguye\u0302\u0303n Xua\u0302n Phu\u0301c phát biểu", ["Nguye\u0302\u0303n Xua\u0302n Phu\u0301c"]],
    // A given name alone, after the full name: "cho Liễu", ", Liễu nói".
    ["Lê Thị Liễu (Giám đốc Công ty GVA) đã nhận tiền. Cụ thể, Liễu nói chuyện với khách và giới thiệu cho Liễu", ["Lê Thị Liễu", "Liễu", "Liễu"]],
    // … not the second word of a pair joined by a dash ("Việt - Trung", "Tài chính - Ngân sách"); after a quote it is.
    ["Ông Đào Việt Trung dự. Quan hệ Việt - Trung phát triển. “Em không biết” – Trung nói.", ["Đào Việt Trung", "Trung"]],
    ["Bà Nguyễn Thị Kim Ngân dự họp với Ủy ban Tài chính - Ngân sách.", ["Nguyễn Thị Kim Ngân"]],
    // Given-name syllables that are also heads or level words stay in the name.
    ["ông Nguyễn Văn Khoa và ông Đào Anh Kiệt", ["Nguyễn Văn Khoa", "Đào Anh Kiệt"]],
    // … and so does a head word ending a three-syllable name before a comma or a full stop (no body follows it);
    // alone later, it is the person only after an address word ("ông Bộ"), not in "Bộ đội".
    ["Đại tá Đoàn Xuân Bộ, Tổng Biên tập, phát biểu. Ông Bộ nói về hình ảnh Bộ đội hôm nay.", ["Đoàn Xuân Bộ", "Bộ"]],
    ["đồng chí Đặng Xuân Khu. Ông Trần Văn Sở, Bộ trưởng.", ["Đặng Xuân Khu", "Trần Văn Sở"]],
    ["Theo Thứ trưởng Nguyễn Văn An, Bộ đã chỉ đạo; ông Lê Văn Hùng Sở Y tế cho biết.", ["Nguyễn Văn An", "Lê Văn Hùng"]],
    // A caption without its full stop: a capitalized function word after a three-syllable name opens the next sentence,
    // and so does a word after a photo credit.
    ["Tổng Thư ký Quốc hội Nguyễn Hạnh Phúc Ngoài Bộ trưởng Y tế thì 3 Bộ trưởng trả lời.", ["Nguyễn Hạnh Phúc"]],
    ["Thủ tướng Nguyễn Xuân Phúc Theo Thủ tướng, việc này cần làm ngay.", ["Nguyễn Xuân Phúc"]],
    ["Ông Nguyễn Thiện Nhân dự lễ. Vào Lăng viếng Bác. (Nguồn: TTXVN) Nhân dịp kỷ niệm, các đồng chí dự.", ["Nguyễn Thiện Nhân"]],
    // Known places are no names: two syllables that are exactly a place, a capitalized "Bà" that starts one, a
    // body's head word before a province ("Đoàn Thanh Hóa" is a delegation), a foreign city.
    ["Quy hoạch khu du lịch Sơn Trà; các huyện Hà Trung, Nga Sơn; tại Lý Nhân, Hà Nam.", []],
    // A middle name never ends a name: a given name written in lower case after it (a typo) is the name's.
    ["Thượng tướng Nguyễn Văn hiến, Thứ trưởng Bộ Quốc phòng, dự.", ["Nguyễn Văn hiến"]],
    // (Not a foreign name's last syllable "Văn": the lower-case word after it is the sentence's.)
    ["Lãnh đạo Đài Loan Thái Anh Văn giao nhiệm vụ cho ông Lê Bình.", ["Thái Anh Văn", "Lê Bình"]],
    // A stem and a branch are a lunar year's name ("Xuân Đinh Dậu"); after an address word they are a person's.
    ["Phố sách Xuân Đinh Dậu mở cửa; hội chợ mùa xuân Giáp Ngọ đông khách; ông Đinh Dậu và bà Giáp Thị Tý dự.", ["Đinh Dậu", "Giáp Thị Tý"]],
    ["Tam giác Long Khánh - Long Thành - Bà Rịa phát triển; bà Nguyễn Thị Lan nói.", ["Nguyễn Thị Lan"]],
    ["Ông Nhân chuyển đến Đoàn TPHCM, còn ông Thăng sinh hoạt tại Đoàn Thanh Hóa; tại La Hay, ông Đoàn Văn Hậu dự.", ["Nhân", "Thăng", "Đoàn Văn Hậu"]],
    // A space lost before a common word: the name ends where the word starts.
    ["Giám đốc Sở Y tế TPHCM Nguyễn Tấn Bỉnhcho biết đã 75 ngày", ["Nguyễn Tấn Bỉnh"]],
    // A company's name written in capitals word by word ("Hòa Phát") is no company in lower case: the name goes on.
    ["Giám đốc Sở Tài chính Lê Văn Hòa phát biểu tại hội nghị", ["Lê Văn Hòa"]],
    // A foreign double name written once with a spaced dash, once glued: one name; two names for one meeting stay two.
    ["Chủ tịch Thượng viện Marta Gomez – Ruiz dự họp. Bà Marta Gomez-Ruiz nói.", ["Marta Gomez – Ruiz", "Marta Gomez-Ruiz"]],
    ["Thượng đỉnh Obama – Medvedev và ông Barack Obama", ["Obama", "Barack Obama"]],
    // (Glued as whole words: a web address that holds "gomez-ruiz" inside longer words does not join the name.)
    ["Chủ tịch Thượng viện Marta Gomez – Ruiz dự họp. Website martagomez-ruizpress.com đưa tin.", ["Marta Gomez"]],
    // … and before a name glued to the word before it: the name starts at its capital.
    ["Bộ trưởng Tài chính Trung QuốcLưu Côn phát biểu", ["Lưu Côn"]],
    // A surname word before a title or body going on in lower case is no name; a capitalized one is.
    ["giữa cấp ủy, Hội đồng nhân dân, Đoàn Đại biểu Quốc hội tỉnh và các tổ chức", []],
    ["Ông Đoàn Đại Nghĩa phát biểu", ["Đoàn Đại Nghĩa"]],
    // … and so is a body's head that starts at the surname and goes on in lower case after the next word.
    ["Chủ tịch Quốc hội dẫn đầu Đoàn Cấp cao Quốc hội Campuchia; Đoàn Thanh niên xã tham gia; ông Đoàn Cao Sơn dự.", ["Đoàn Cao Sơn"]],
    // "T.Ư" (Trung ương) is no initial of a name.
    ["Phạm Minh Chính, Bí thư T.Ư Đảng, Trưởng Ban Tổ chức T.Ư phát biểu", ["Phạm Minh Chính"]],
    // Capitals after a title, in a line that is not in capitals and not starting with a surname, abbreviate a body.
    ["Tôi là Nguyễn Văn Đệ, ủy viên UB TƯ MTTQ VN, Chủ tịch Hiệp hội.", ["Nguyễn Văn Đệ"]],
    ["Tôi là Nguyễn Văn Đệ, ủy viên UBKT HĐ XY, Chủ tịch Hiệp hội.", ["Nguyễn Văn Đệ"]],
    // A foreign name before ", <title>".
    ["Cùng đi có Souphanh Keomixay, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Kế hoạch và Đầu tư.", ["Souphanh Keomixay"]],
    // A hyphen: a transliterated name goes on; a lower-case word glued to a Vietnamese name is a dash.
    ["Ngoại trưởng Triều Tiên Ri Yong-ho và ông Kim Ho-il hội đàm", ["Ri Yong-ho", "Kim Ho-il"]],
    // Short names joined after a plural address are names.
    ["Các ông Tư và ông Ba đã đến.", ["Tư", "Ba"]],
    // A caption without its full stop: the credit's opener ends the name.
    ["Chủ tịch Quốc hội đón Chủ tịch Quốc hội Cuba Esteban Lazo Hernández Ảnh: Đình Nam", ["Esteban Lazo Hernández"]],
    ["mang tên nguyên Tổng Bí thư Trường Chinh-người cộng sản kiên cường", ["Trường Chinh"]],
    ["Ông Lê Hồng Phong-nhà cách mạng", ["Lê Hồng Phong"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "person")).toEqual(expected);
  });

  it.each([
    "Nhà hàng trên đường Lê Duẩn đông khách",
    "Học sinh Trường THPT Lê Quý Đôn đạt giải",
    "UBND phường Nguyễn Du tổ chức hội nghị",
    "Đồng thời, Hà Nội cũng triển khai",
    "Lý do là chưa đủ kinh phí",
    // inside a place, or a place listed after another one
    "doanh nghiệp Bồ Đào Nha và Trung Hoa",
    "tuyến Hà Nội - Hà Đông và các huyện Hà Trung, Thạch Thành",
    "Bình thường thì không sao. Nguyễn Văn Bình cho biết.".slice(0, 26),
    // a word with a capital of respect after a plural address
    "Kính chúc các đồng chí Lãnh đạo Đảng, Nhà nước sức khỏe.",
    // a bare name after "tại", "ở" names a street or a village
    "các quán bar tại Bùi Viện đóng cửa",
    "một người (SN 1994, ở Lỗ Giao) là F1",
    // a known place of three syllables holds its address word and the name after it
    "khu tập thể Quỳnh Mai (Hai Bà Trưng) xuống cấp",
    "Chủ tịch UBND các quận, huyện: Hà Đông, Nam Từ Liêm, Hoài Đức",
    // a word glued to a number names a thing
    "Phó Trưởng ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19 làm trưởng đoàn",
  ])("no person in %s", (text) => {
    expect(mentions(text, "person")).toEqual([]);
  });
});

describe("after an address word, a name, not a body read by a one-word generic head", () => {
  it.each([
    ["Đồng chí Trường Chinh sinh năm 1907.", ["Trường Chinh"]],
    ["Học sinh Trường THPT Lê Quý Đôn đạt giải", []],
    // A heading without its full stop: the address word opens the next sentence.
    ["Quá trình công tác của Nguyễn Thiện Nhân Ông Nguyễn Thiện Nhân sinh năm 1953.", ["Nguyễn Thiện Nhân", "Nguyễn Thiện Nhân"]],
    // An address phrase of several words is not a surname and a name.
    ["Phó Giáo sư kinh tế (1996). Phó Giáo sư Nguyễn Văn An phát biểu.", ["Nguyễn Văn An"]],
    // A surname word before a country is no name.
    ["Đoàn Cu Ba do ông Esteban Lazo dẫn đầu.", ["Esteban Lazo"]],
    // After a profession, words that neither start with a surname nor are all given names name a paper,
    // a unit or a team.
    ["Trả lời PV Lao Động, các chiến sĩ Tây Tiến và cầu thủ Nà Ếch cho biết.", []],
    ["Đến đây, PV Báo CAND còn phát hiện thêm.", []],
    ["Phóng viên Thu Hà và chiến sĩ Nguyễn Văn Bình đưa tin.", ["Thu Hà", "Nguyễn Văn Bình"]],
    // Professions of world and business news (data/address-words.tsv): a foreign name after one is a person.
    ["Theo Bloomberg, tỷ phú Elon Musk đã bán cổ phiếu; nhà kinh tế học Joseph Stiglitz nhận định.", ["Elon Musk", "Joseph Stiglitz"]],
    ["Tiền đạo Nguyễn Tiến Linh ghi bàn, thủ môn Đặng Văn Lâm bắt chính.", ["Nguyễn Tiến Linh", "Đặng Văn Lâm"]],
    // A name never runs across a line break, not even from its surname to its given name (a byline, then a source line).
    ["Bài: Minh Hà\nNguồn: Báo Chính phủ", []],
    ["Hoàng Phương - Minh Hà\nTheo Báo Chính phủ", ["Hoàng Phương"]],
    // A title written with every syllable capitalized right after a surname, ending in a given name and ending the
    // name, is the rest of the name ("Công sứ" is a diplomatic title); in prose case, or with a name after it, a title.
    ["Ông Đinh Công Sứ, Phó Chủ tịch UBND tỉnh, phát biểu.", ["Đinh Công Sứ"]],
    ["Thủ tướng bổ nhiệm ông Lê Đại Sứ giữ chức Thứ trưởng.", ["Lê Đại Sứ"]],
    ["Ông Nguyễn Văn An, Công sứ Đại sứ quán Việt Nam tại Pháp.", ["Nguyễn Văn An"]],
    ["Ông Trần Công Sứ Nguyễn Văn Hải đến.", ["Trần", "Nguyễn Văn Hải"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "person")).toEqual(expected);
  });
});

describe("foreign names in full and their later short references", () => {
  it.each([
    ["Thủ tướng Lee Hsien Loong cho biết. Ông Lee nói", ["Lee Hsien Loong=Lee Hsien Loong", "Lee=Lee Hsien Loong"]],
    ["Ngoại trưởng Antony J. Blinken. Blinken cho biết sau đó", ["Antony J. Blinken=Antony J. Blinken", "Blinken=Antony J. Blinken"]],
    ["Chủ tịch Tập Cận Bình phát biểu. Ông Tập nói", ["Tập Cận Bình=Tập Cận Bình", "Tập=Tập Cận Bình"]],
    // A name with its first word as an initial is the full name written with that initial, before or after it.
    ["Ngài A. Kowalski tiếp đoàn. Chủ tịch Hạ viện Andrzej Kowalski cho biết.", ["A. Kowalski=Andrzej Kowalski", "Andrzej Kowalski=Andrzej Kowalski"]],
    ["Ngài B. Kowalski tiếp đoàn. Chủ tịch Hạ viện Andrzej Kowalski cho biết.", ["B. Kowalski=B. Kowalski", "Andrzej Kowalski=Andrzej Kowalski"]],
    // Two initials in capitals after an address word open the name ("ông JD Vance"); later, the surname alone is that person.
    ["Ông JD Vance phát biểu tại Munich. Vance nói", ["JD Vance=JD Vance", "Vance=JD Vance"]],
    // a country is never the start of a name
    ["đối tác Hàn Quốc Kim Jong Un", ["Kim Jong Un=Kim Jong Un"]],
    // an initial before a name transliterated with hyphens; a particle inside a foreign name
    ["Tổng thống V. Pu-tin và Thủ tướng Đ. Mét-vê-đép dự.", ["V. Pu-tin=V. Pu-tin", "Đ. Mét-vê-đép=Đ. Mét-vê-đép"]],
    ["Đô đốc Charles Rigault de Genouilly đánh Đà Nẵng.", ["Charles Rigault de Genouilly=Charles Rigault de Genouilly"]],
    ["Chủ tịch Ủy ban châu Âu Ursula von der Leyen thăm Hà Nội.", ["Ursula von der Leyen=Ursula von der Leyen"]],
    // A foreign ruler's number is part of the name; not after a Vietnamese name.
    ["Quốc vương Jordan Abdullah II tiếp Giáo hoàng Benedict XVI tại Amman.", ["Abdullah II=Abdullah II", "Benedict XVI=Benedict XVI"]],
    ["Ông Nguyễn Văn An XII đến.", ["Nguyễn Văn An=Nguyễn Văn An"]],
    // the first name of a foreign full name ("Thongloun"); one foreign name after a rank, an address
    // word or a title with its country, written again alone
    ["Thủ tướng Lào Thongloun Sisoulith thăm Hà Nội. Thongloun đánh giá cao quan hệ hai nước.", ["Thongloun Sisoulith=Thongloun Sisoulith", "Thongloun=Thongloun Sisoulith"]],
    ["Chuẩn Đô đốc Bonard ký hòa ước. Sau đó Bonard rời Sài Gòn.", ["Bonard=Bonard", "Bonard=Bonard"]],
    ["Tổng thống Nga Putin gặp ông Abe. Putin nói rằng Abe sẵn sàng.", ["Putin=Putin", "Abe=Abe", "Putin=Putin", "Abe=Abe"]],
    // (a bare title a company may follow: the word after it is not read again as a person)
    ["Tổng giám đốc Huawei phát biểu. Huawei cho biết.", ["Huawei=Huawei"]],
    // a name with no surname, after a title or "đồng chí", written again alone (a body's head word first: "Trường")
    ["Tổng Bí thư Trường Chinh đến dự. Trường Chinh tên thật là Đặng Xuân Khu.", ["Trường Chinh=Trường Chinh", "Trường Chinh=Trường Chinh", "Đặng Xuân Khu=Đặng Xuân Khu"]],
    ["Tổng tư lệnh Fidel Castro thăm Quảng Trị. Lãnh tụ Fidel Castro nói.", ["Fidel Castro=Fidel Castro", "Fidel Castro=Fidel Castro"]],
    // (not after a plural or a profession, nor after a body's head word; "chiến sĩ Tây Tiến" names a unit: no person at all)
    ["Công lao của các chiến sĩ Tây Tiến. Đoàn quân Tây Tiến oai hùng. Tây Tiến gắn liền với chiến công.", []],
    // a second foreign name after "và" behind a titled one, and again alone later
    ["Đại tá Fontaine và Lacroix chỉ huy đồn. Sau đó Lacroix rút quân.", ["Fontaine=Fontaine", "Lacroix=Lacroix", "Lacroix=Lacroix"]],
    ["Tổng thống Mỹ Donald Trump và Việt Nam ký kết.", ["Donald Trump=Donald Trump"]],
    // a Vietnamese surname alone refers to no one
    ["ông Nguyễn Văn Nam gặp ông Nguyễn", ["Nguyễn Văn Nam=Nguyễn Văn Nam", "Nguyễn=Nguyễn"]],
  ])("%s", (text, expected) => {
    const g = extract(text);
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    expect(g.mentions.filter((m) => m.type === "person").map((m) => `${m.text}=${name(m.entity)}`)).toEqual(expected);
  });
});

describe("a shop's or venue's name is no person (grammar-words.tsv venue)", () => {
  it.each([
    // [text, persons]
    ["Vụ cháy xảy ra tại quán karaoke Hoàng Long.", []],
    ["Đoàn kiểm tra nhà hàng Phạm Gia và khách sạn Trần Anh.", []],
    // A full name after the venue word is someone's; so is a name after "chủ quán" (the owner).
    ["Nhân viên nhà hàng Lê Văn Bình bị thương nhẹ.", ["Lê Văn Bình"]],
    ["Chủ quán Hoàng Long khai với cơ quan công an.", ["Hoàng Long"]],
  ])("%s", (text, persons) => {
    expect(mentions(text, "person")).toEqual(persons);
  });
});
