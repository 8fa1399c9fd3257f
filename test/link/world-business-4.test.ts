/**
 * Issue 13, world and business news, the shapes h/world3 left (see world-business-3.test.ts): a wife's or a husband's
 * name after "vợ"/"chồng", a leader named after "lãnh đạo"/"thủ lĩnh" and the body they lead (a person, no post: the
 * conventions make "lãnh đạo" an unnamed post), a bank's or a company's short abbreviation between a business title and
 * its holder's Vietnamese full name. Each row: the text, the holds (person | post, with the status when it is not plain
 * "current"), the `of` relations (post | body) and the events; a row may expect fewer edges than an annotator would list.
 */
import { describe, expect, it } from "vitest";
import { edgeTable, mentions } from "../helpers";

describe("a spouse's name after \"vợ\" or \"chồng\" is a person, who holds none of the titles before", () => {
  it.each([
    ["Ông Jeff Bezos và vợ MacKenzie Scott ly hôn.", ["Jeff Bezos", "MacKenzie Scott"]],
    ["Bà Nguyễn Thị Lan và chồng Trần Văn Nam mở cửa hàng.", ["Nguyễn Thị Lan", "Trần Văn Nam"]],
    ["Vợ chồng ông Nguyễn Văn An đến.", ["Nguyễn Văn An"]],
    ["Bộ trưởng Trần Văn Nam và vợ đến dự.", ["Trần Văn Nam"]],
  ])("%s", (text, persons) => expect(mentions(text, "person")).toEqual(persons));
});

edgeTable("a spouse named after a titled person holds none of the titles", [
  ["Tổng thống Pháp Emmanuel Macron và vợ Brigitte Macron tới Hà Nội.", ["Emmanuel Macron | Tổng thống Pháp"], ["Tổng thống Pháp | Nhà nước Pháp"], []],
]);

describe("a country written alone after \"vợ\" or \"chồng\" is a nationality, no name", () => {
  it.each([
    ["Nhiều phụ nữ Việt lấy chồng Hàn sớm ổn định cuộc sống.", []],
    ["Phụ nữ Việt Nam lấy chồng Hàn Quốc đang sinh sống ở đây.", []],
  ])("%s", (text, persons) => expect(mentions(text, "person")).toEqual(persons));
});

describe("a foreign name ending the phrase of \"lãnh đạo\"/\"thủ lĩnh\" and what is led is the leader, a person (no post)", () => {
  it.each([
    ["Lãnh đạo đảng Bảo thủ Kemi Badenoch cho biết.", ["Kemi Badenoch"]],
    ["Thủ lĩnh phe thiểu số tại Thượng viện Mỹ Chuck Schumer cho biết.", ["Chuck Schumer"]],
    ["Nhà lãnh đạo Triều Tiên Kim Jong-un cho biết.", ["Kim Jong-un"]],
    ["Thủ lĩnh Hamas Yahya Sinwar bị tiêu diệt.", ["Yahya Sinwar"]],
    ["Nhà lãnh đạo Nga Vladimir Putin và lãnh đạo Mỹ Donald Trump gặp nhau.", ["Vladimir Putin", "Donald Trump"]],
    // What is led is no name: a company's two words right after the word, a place after "tại".
    ["Các lãnh đạo Samsung Electronics đến thăm.", []],
    ["Lãnh đạo nhóm tại Silicon Valley cho biết.", []],
  ])("%s", (text, persons) => expect(mentions(text, "person")).toEqual(persons));
});

edgeTable("a leader named so holds the title written after the name, and no post of \"lãnh đạo\"", [
  ["Lãnh đạo đảng Bảo thủ Kemi Badenoch cho biết.", [], [], []],
  ["Lãnh đạo đảng Bảo thủ Kemi Badenoch, cựu Bộ trưởng Thương mại, cho biết.", ["Kemi Badenoch | Bộ trưởng Thương mại | former"], [], []],
]);

edgeTable("business news: a short abbreviation or a mixed-case brand between a business title and its holder's Vietnamese full name is the company", [
  ["Tổng Giám đốc MB Phạm Như Ánh cho biết.", ["Phạm Như Ánh | Tổng Giám đốc MB"], ["Tổng Giám đốc MB | MB"], []],
  ["Cựu Tổng Giám đốc VietBank Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Tổng Giám đốc VietBank | former"], ["Tổng Giám đốc VietBank | VietBank"], []],
  ["Phó Tổng Giám đốc ABC Nguyễn Thế Minh cho biết.", ["Nguyễn Thế Minh | Phó Tổng Giám đốc ABC"], ["Phó Tổng Giám đốc ABC | ABC"], []],
  ["Giám đốc điều hành XYZ Trần Thị Hoa cho biết.", ["Trần Thị Hoa | Giám đốc điều hành XYZ"], ["Giám đốc điều hành XYZ | XYZ"], []],
  // Not after any title ("CSGT" is no company), nor a degree ("TS") before the name.
  ["Giám đốc CSGT Nguyễn Văn An cho biết.", [], [], []],
  ["Tổng Giám đốc TS Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Tổng Giám đốc"], [], []],
]);

edgeTable("business news: a lower-case unit in charge (\"khối\", \"mảng\") and its field after a business title stay in the title, before its body", [
  ["Giám đốc khối vận hành Techcombank Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Giám đốc khối vận hành Techcombank"], ["Giám đốc khối vận hành Techcombank | Ngân hàng Thương mại Cổ phần Kỹ thương Việt Nam"], []],
  ["Ông Nguyễn Văn An, Phó Giám đốc khối khách hàng doanh nghiệp của Vietinbank, cho biết.", ["Nguyễn Văn An | Phó Giám đốc khối khách hàng doanh nghiệp của Vietinbank"], ["Phó Giám đốc khối khách hàng doanh nghiệp của Vietinbank | Ngân hàng Thương mại Cổ phần Công Thương Việt Nam"], []],
  ["Phó Tổng Giám đốc khối bán lẻ Vietinbank Trần Văn Bình cho biết.", ["Trần Văn Bình | Phó Tổng Giám đốc khối bán lẻ Vietinbank"], ["Phó Tổng Giám đốc khối bán lẻ Vietinbank | Ngân hàng Thương mại Cổ phần Công Thương Việt Nam"], []],
  ["Giám đốc khối vận hành Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Giám đốc khối vận hành"], [], []],
  // No field after the word: no unit ("khối" alone is not read on).
  ["Giám đốc khối Nguyễn Văn An cho biết.", [], [], []],
]);

edgeTable("a known agency named for its commissioner (\"Cao ủy Liên hợp quốc về người tị nạn\") is the commissioner's post before a name", [
  ["Cao ủy Liên hợp quốc về người tị nạn Filippo Grandi cho biết.", ["Filippo Grandi | Cao ủy Liên hợp quốc về người tị nạn"], ["Cao ủy Liên hợp quốc về người tị nạn | Liên hợp quốc"], []],
  ["Cao ủy Liên hợp quốc về người tị nạn Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Cao ủy Liên hợp quốc về người tị nạn"], ["Cao ủy Liên hợp quốc về người tị nạn | Liên hợp quốc"], []],
  // The agency itself: no name after it, a place after it, its abbreviation after it.
  ["Cơ quan Cao ủy Liên hợp quốc về người tị nạn cho biết.", [], [], []],
  ["Cao ủy Liên hợp quốc về người tị nạn (UNHCR) cho biết.", [], [], []],
  ["Theo Cao ủy Liên hợp quốc về người tị nạn Hà Nội có nhiều người.", [], [], []],
]);

edgeTable("world news: the EU's High Representative (\"Đại diện cấp cao\"), with a field after \"về\" (two joined by \"và\") before the name", [
  ["Đại diện cấp cao EU về chính sách đối ngoại Josep Borrell cho biết.", ["Josep Borrell | Đại diện cấp cao EU về chính sách đối ngoại"], ["Đại diện cấp cao EU về chính sách đối ngoại | Liên minh châu Âu"], []],
  ["Đại diện cấp cao EU về chính sách đối ngoại và an ninh Josep Borrell cho biết.", ["Josep Borrell | Đại diện cấp cao EU về chính sách đối ngoại và an ninh"], ["Đại diện cấp cao EU về chính sách đối ngoại và an ninh | Liên minh châu Âu"], []],
  ["Đại diện cấp cao của EU Kaja Kallas cho biết.", ["Kaja Kallas | Đại diện cấp cao của EU"], ["Đại diện cấp cao của EU | Liên minh châu Âu"], []],
  ["Đặc phái viên về khí hậu và môi trường John Kerry cho biết.", ["John Kerry | Đặc phái viên về khí hậu và môi trường"], [], []],
  // In lower case with nothing after it, a delegate, no office.
  ["Việt Nam cử đại diện cấp cao tới dự hội nghị.", [], [], []],
]);

edgeTable("business news: a company's name of letters and a foreign word (\"CK Hutchison\") after a founder's or a CEO's title", [
  ["Ông Lý Gia Thành, nhà sáng lập CK Hutchison, cho biết.", ["Lý Gia Thành | nhà sáng lập CK Hutchison"], ["nhà sáng lập CK Hutchison | CK Hutchison"], []],
  ["Nhà sáng lập CK Hutchison Lý Gia Thành cho biết.", ["Lý Gia Thành | Nhà sáng lập CK Hutchison"], ["Nhà sáng lập CK Hutchison | CK Hutchison"], []],
  ["Tổng Giám đốc ABC Holdings Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Tổng Giám đốc ABC Holdings"], ["Tổng Giám đốc ABC Holdings | ABC Holdings"], []],
  // Two capitalized words with no letters first may be the holder's name.
  ["Người đứng đầu Apple là CEO Tim Cook.", ["Tim Cook | CEO"], [], []],
  ["Ông Elon Musk cho biết. Người giàu nhất là CEO Elon Musk.", ["Elon Musk | CEO"], [], []],
]);

edgeTable("business news: VN30 companies and their tickers (organizations.tsv)", [
  ["Tổng Giám đốc Chứng khoán SSI Nguyễn Hồng Nam cho biết.", ["Nguyễn Hồng Nam | Tổng Giám đốc Chứng khoán SSI"], ["Tổng Giám đốc Chứng khoán SSI | Công ty Cổ phần Chứng khoán SSI"], []],
  ["Tổng Giám đốc PV Power Lê Như Linh cho biết.", ["Lê Như Linh | Tổng Giám đốc PV Power"], ["Tổng Giám đốc PV Power | Tổng công ty Điện lực Dầu khí Việt Nam"], []],
  ["Chủ tịch Tập đoàn Bảo Việt Đỗ Trường Minh cho biết.", ["Đỗ Trường Minh | Chủ tịch Tập đoàn Bảo Việt"], ["Chủ tịch Tập đoàn Bảo Việt | Tập đoàn Bảo Việt"], []],
]);

describe("a ticker is its company; a given name that is also a company's short name stays a name", () => {
  it.each([
    ["Cổ phiếu VRE và MBB tăng.", "organization", ["VRE", "MBB"]],
    ["Anh Nguyễn Bảo Việt cho biết.", "person", ["Nguyễn Bảo Việt"]],
  ])("%s", (text, type, found) => expect(mentions(text, type)).toEqual(found));
});

edgeTable("business news: a board (HĐQT, HĐTV) of a company's short name the gazetteer does not know, before a Vietnamese full name", [
  ["Chủ tịch HĐQT DIC Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Chủ tịch HĐQT DIC"], ["Chủ tịch HĐQT DIC | HĐQT DIC"], []],
  ["Chủ tịch HĐTV ABC Trần Văn Bình cho biết.", ["Trần Văn Bình | Chủ tịch HĐTV ABC"], ["Chủ tịch HĐTV ABC | HĐTV ABC"], []],
  ["Chủ tịch HĐQT SHB Đỗ Quang Hiển cho biết.", ["Đỗ Quang Hiển | Chủ tịch HĐQT SHB"], ["Chủ tịch HĐQT SHB | HĐQT Ngân hàng Thương mại Cổ phần Sài Gòn - Hà Nội"], []],
  ["Chủ tịch HĐQT Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Chủ tịch HĐQT"], ["Chủ tịch HĐQT | HĐQT"], []],
]);
