import { describe, expect, it } from "vitest";
import { holds } from "../helpers";
import { getDefaultLexicon } from "../../src/lexicon/lexicon";
import { addressStart } from "../../src/link/holds";
import { createContext } from "../../src/recognizers/context";
import { normalizeText } from "../../src/text/normalize";
import { tokenize } from "../../src/text/tokenize";

describe("holds: who holds which position", () => {
  it.each([
    ["Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu.", ["Nguyễn Xuân Phúc | Thủ tướng Chính phủ"]],
    // After an object word, a bare title that shares the foreign country of the next title in its list is the
    // name's too; a title with a body of its own there is someone else's.
    ["Chủ tịch nước Trần Đại Quang đã hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.", ["Trần Đại Quang | Chủ tịch nước", "Tập Cận Bình | Chủ tịch Trung Quốc", "Tập Cận Bình | Tổng Bí thư"]],
    ["Thủ tướng Nguyễn Xuân Phúc tiếp Phó Thủ tướng kiêm Bộ trưởng Bộ Nội vụ Cộng hòa Slovakia Robert Kalinak.", ["Nguyễn Xuân Phúc | Thủ tướng", "Robert Kalinak | Bộ trưởng Bộ Nội vụ Cộng hòa Slovakia", "Robert Kalinak | Phó Thủ tướng"]],
    ["Nhận lời mời của Thủ tướng Chính phủ, Bộ trưởng Nguyễn Văn An đã đến thăm.", ["Nguyễn Văn An | Bộ trưởng"]],
    // … so do a title of the same country's other body and a membership before a foreign office; not another office of the same body.
    ["Ông Nguyễn Thiện Nhân đã tiếp Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội Cộng hòa Cuba Juan Esteban Lazo Hernandez.", ["Juan Esteban Lazo Hernandez | Chủ tịch Quốc hội Cộng hòa Cuba", "Juan Esteban Lazo Hernandez | Ủy viên Bộ Chính trị Đảng Cộng sản Cuba"]],
    ["Tổng Bí thư Nguyễn Phú Trọng đã tiếp Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Lào Pany Yathotou.", ["Nguyễn Phú Trọng | Tổng Bí thư", "Pany Yathotou | Chủ tịch Quốc hội Lào", "Pany Yathotou | Ủy viên Bộ Chính trị"]],
    ["Dự lễ có đại diện của Chủ tịch Quốc hội Fiji - Phó Chủ tịch Quốc hội Fiji Ruveni Nadalo.", ["Ruveni Nadalo | Phó Chủ tịch Quốc hội Fiji"]],
    ["Nhận lời mời của Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith đã thăm Việt Nam.", ["Saleumxay Kommasith | Bộ trưởng Ngoại giao Lào"]],
    // The same title written later without the country is the same post: one line.
    [
      "Thủ tướng Nguyễn Xuân Phúc tiếp Phó Thủ tướng kiêm Bộ trưởng Bộ Nội vụ Cộng hòa Slovakia Robert Kalinak. Tại buổi tiếp, Phó Thủ tướng kiêm Bộ trưởng Bộ Nội vụ Robert Kalinak cảm ơn.",
      ["Nguyễn Xuân Phúc | Thủ tướng", "Robert Kalinak | Bộ trưởng Bộ Nội vụ Cộng hòa Slovakia", "Robert Kalinak | Phó Thủ tướng"],
    ],
    // A name after a foreign honorific is a foreigner's: a bare "Thủ tướng" before it is not Việt Nam's.
    ["Thủ tướng Samdech Hun Sen thăm lại con đường.", ["Hun Sen | Thủ tướng"]],
    // One government written two ways (organizations.tsv aliases) is one post: one line.
    ["Thủ tướng Chính phủ Vương quốc Campuchia Hun Sen phát biểu. Thủ tướng Chính phủ Hoàng gia Campuchia Samdech Techo Hun Sen gửi lời chào.", ["Hun Sen | Thủ tướng Chính phủ Vương quốc Campuchia"]],
    ["Thủ tướng tiếp Ngài Ryu Shionoya, Chủ tịch Liên minh nghị sỹ Me Kong Nhật Bản.", ["Ryu Shionoya | Chủ tịch Liên minh nghị sỹ Me Kong Nhật Bản"]],
    // A body's alias in parentheses and its country between the title and the name: the title is that name's,
    // not an appositive of the name before.
    [
      "Chủ tịch nước Trần Đại Quang đã hội kiến Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu nhân dân toàn quốc (Nhân đại) Trung Quốc Trương Đức Giang, Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc (Chính hiệp) Trung Quốc Du Chính Thanh.",
      ["Trần Đại Quang | Chủ tịch nước", "Trương Đức Giang | Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu nhân dân toàn quốc", "Du Chính Thanh | Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc"],
    ],
    // … also a foreign name after the chamber's other name in parentheses and the country.
    ["Chủ tịch nước hội kiến Chủ tịch Hội đồng Liên bang (Thượng viện) Nga Elena Petrova.", ["Elena Petrova | Chủ tịch Hội đồng Liên bang"]],
    // "Trưởng đoàn đại biểu" + a province: the head of its deputies' delegation, one title.
    ["Phó Trưởng đoàn đại biểu tỉnh Nghệ An Trần Thị Lan phát biểu.", ["Trần Thị Lan | Phó Trưởng đoàn đại biểu tỉnh Nghệ An"]],
    // After "đoàn" the delegates are the delegation: no "đại biểu" held by its head.
    ["Đại tướng Lý Minh, Trưởng đoàn đại biểu quân sự cấp cao Trung Quốc, phát biểu.", ["Lý Minh | Đại tướng", "Lý Minh | Trưởng đoàn"]],
    // … or where the office is, after "tại".
    ["Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam Maria Lopez cho biết.", ["Maria Lopez | Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc"]],
    // … or after its alias, the assembly it belongs to and an honorific.
    ["Chủ tịch nước hội kiến Chủ tịch Viện Đại biểu (Hạ viện) Quốc hội Belarus Ngài Ivan Petrov.", ["Ivan Petrov | Chủ tịch Viện Đại biểu"]],
    // A double name written with a spaced dash and glued is one person.
    ["Chủ tịch Thượng viện Marta Gomez – Ruiz dự họp. Bà Marta Gomez-Ruiz nói.", ["Marta Gomez-Ruiz | Chủ tịch Thượng viện"]],
    // … and the titles joined before it are the name's too.
    [
      "Chủ tịch kiêm Tổng giám đốc Công ty Cổ phần Bia Sài Gòn (Sabeco) Lê Văn Hòa phát biểu.",
      ["Lê Văn Hòa | Tổng giám đốc Công ty Cổ phần Bia Sài Gòn", "Lê Văn Hòa | Chủ tịch"],
    ],
    [
      "Các đồng chí Nguyễn Xuân Phúc, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ; Trương Thị Mai, Bí thư Trung ương Đảng chủ trì.",
      ["Nguyễn Xuân Phúc | Ủy viên Bộ Chính trị", "Nguyễn Xuân Phúc | Thủ tướng Chính phủ", "Trương Thị Mai | Bí thư Trung ương Đảng"],
    ],
    // An abbreviation of a title and its body (titles.tsv same_as) is the same post: one line.
    ["Đại biểu Quốc hội Lê Văn Tâm phát biểu. ĐBQH Lê Văn Tâm cho biết thêm.", ["Lê Văn Tâm | Đại biểu Quốc hội"]],
    ["ĐBQH Trần Thị Mai đặt câu hỏi. Sau đó, đại biểu Quốc hội Trần Thị Mai cảm ơn.", ["Trần Thị Mai | đại biểu Quốc hội"]],
    ["ông Đoàn Văn Hưng - Chủ tịch UBND xã Ea Huar xác nhận", ["Đoàn Văn Hưng | Chủ tịch UBND xã Ea Huar"]],
    ["Ông Nguyễn Thiện Nhân được phân công giữ chức Bí thư Thành ủy TP.HCM.", ["Nguyễn Thiện Nhân | Bí thư Thành ủy TP.HCM"]],
    ["bổ nhiệm ông Trần Văn Sơn giữ chức Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ.", ["Trần Văn Sơn | Bộ trưởng", "Trần Văn Sơn | Chủ nhiệm Văn phòng Chính phủ"]],
    // A plural title before a list of names: each of them holds it.
    ["các Phó Thủ tướng Trịnh Đình Dũng, Vũ Đức Đam, Vương Đình Huệ trả lời chất vấn.", ["Trịnh Đình Dũng | Phó Thủ tướng", "Vũ Đức Đam | Phó Thủ tướng", "Vương Đình Huệ | Phó Thủ tướng"]],
    // A post several hold at once (deputies, members, Thứ trưởng …) before bare names: they share it;
    // not a post one person holds, and not a name with a title of its own.
    ["Phó Chủ tịch Quốc hội Phùng Quốc Hiển, Uông Chu Lưu và nhiều ý kiến khác thống nhất.", ["Phùng Quốc Hiển | Phó Chủ tịch Quốc hội", "Uông Chu Lưu | Phó Chủ tịch Quốc hội"]],
    ["Đại tá Fontaine và Lacroix chỉ huy đồn.", ["Fontaine | Đại tá", "Lacroix | Đại tá"]],
    ["Thứ trưởng Bộ Tài chính Trần Văn Hiếu và Huỳnh Quang Hải cùng dự.", ["Trần Văn Hiếu | Thứ trưởng Bộ Tài chính", "Huỳnh Quang Hải | Thứ trưởng Bộ Tài chính"]],
    ["Tham dự có Chủ tịch UBND tỉnh Nguyễn Văn Sơn, Trần Văn Nam và các sở ngành.", ["Nguyễn Văn Sơn | Chủ tịch UBND tỉnh"]],
    ["Có Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn, Trần Văn Nam, Giám đốc Sở Y tế.", ["Nguyễn Văn Sơn | Phó Chủ tịch UBND tỉnh", "Trần Văn Nam | Giám đốc Sở Y tế"]],
    ["Có Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn, ông Trần Văn Nam và bà Lê Thị Hoa.", ["Nguyễn Văn Sơn | Phó Chủ tịch UBND tỉnh"]],
    // Titles between two titled names are the second one's chain; after a rank they are the first one's appositives.
    ["Nhận lời mời của Bộ trưởng Ngoại giao Bồ Đào Nha Augusto Santos Silva, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã thăm Bồ Đào Nha.", ["Augusto Santos Silva | Bộ trưởng Ngoại giao Bồ Đào Nha", "Phạm Bình Minh | Bộ trưởng Ngoại giao", "Phạm Bình Minh | Phó Thủ tướng"]],
    ["Tham dự có Tổng Bí thư Nguyễn Phú Trọng, Ủy viên Bộ Chính trị, Thủ tướng Nguyễn Xuân Phúc.", ["Nguyễn Phú Trọng | Tổng Bí thư", "Nguyễn Xuân Phúc | Thủ tướng", "Nguyễn Xuân Phúc | Ủy viên Bộ Chính trị"]],
    ["Tiếp Thượng tướng Phạm Trường Long, Ủy viên Bộ Chính trị, Chủ tịch nước Trần Đại Quang nhấn mạnh quan hệ hai nước.", ["Phạm Trường Long | Thượng tướng", "Phạm Trường Long | Ủy viên Bộ Chính trị", "Trần Đại Quang | Chủ tịch nước"]],
    // … however many titles stand between: the whole chain after the rank is the first name's.
    [
      "Tiếp Thượng tướng Phạm Trường Long, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc, Chủ tịch nước Trần Đại Quang nhấn mạnh quan hệ hai nước.",
      ["Phạm Trường Long | Phó Chủ tịch Quân ủy Trung ương Trung Quốc", "Phạm Trường Long | Thượng tướng", "Phạm Trường Long | Ủy viên Bộ Chính trị", "Trần Đại Quang | Chủ tịch nước"],
    ],
    // (a photo caption run into the text: no comma before the next titled name)
    [
      "Tiếp Thượng tướng Ngụy Phượng Hòa, Ủy viên Quốc vụ, Bộ trưởng Quốc phòng Trung Quốc Tổng Bí thư Nguyễn Phú Trọng hoan nghênh đoàn.",
      ["Nguyễn Phú Trọng | Tổng Bí thư", "Ngụy Phượng Hòa | Bộ trưởng Quốc phòng Trung Quốc", "Ngụy Phượng Hòa | Thượng tướng", "Ngụy Phượng Hòa | Ủy viên Quốc vụ"],
    ],
    // A chain after "của" whose first body ends with the same country as the next title is one person's; a body of Việt
    // Nam before a foreign head of state is someone else's.
    ["Nhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch nước CHND Trung Hoa Tập Cận Bình, ông lên đường.", ["Tập Cận Bình | Chủ tịch nước CHND Trung Hoa", "Tập Cận Bình | Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"]],
    ["Hội đàm giữa Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Chủ tịch nước Lào Bounnhang Vorachith diễn ra.", ["Bounnhang Vorachith | Chủ tịch nước Lào"]],
    // "Title, ông X": not when the office is Việt Nam's and the name is not Vietnamese (the comma ended a clause).
    ["Khi chuyển giao cho Chủ tịch Quốc hội Việt Nam, ông Ruveni N. Nadalo tin tưởng hội nghị sẽ thành công.", []],
    ["Chủ tịch Quốc hội Việt Nam, bà Nguyễn Thị Kim Ngân, khẳng định điều đó.", ["Nguyễn Thị Kim Ngân | Chủ tịch Quốc hội Việt Nam"]],
    // A title after an object word, then a comma: the name after the comma is someone else.
    ["Báo cáo với Chủ tịch nước, bác sĩ Lê Thành Phúc, Giám đốc Bệnh viện Phổi Đà Nẵng cho biết.", ["Lê Thành Phúc | Giám đốc Bệnh viện Phổi Đà Nẵng"]],
    ["Báo cáo sự việc với Thủ tướng, ông Nguyễn Văn Đệ nhấn mạnh.", []],
    // Titles chained before a name: not one after a preposition (across "nữ") or a count.
    ["Sau kiến nghị của nữ đại biểu Quốc hội, Tổng Bí thư Nguyễn Phú Trọng hoan nghênh.", ["Nguyễn Phú Trọng | Tổng Bí thư"]],
    ["Về việc bổ nhiệm 2 Thẩm phán Tòa án nhân dân tối cao, Chủ nhiệm Ủy ban Tư pháp Lê Thị Nga cho biết.", ["Lê Thị Nga | Chủ nhiệm Ủy ban Tư pháp"]],
    // A title joined by "và" to a counted, plural or object title closes a set of offices: the comma after it opens no chain.
    ["Trong phiên họp với hai vị Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Xây dựng, Phó Thủ tướng Lê Văn An sẽ trả lời.", ["Lê Văn An | Phó Thủ tướng"]],
    ["Sau buổi làm việc với Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Xây dựng, Phó Thủ tướng Lê Văn An kết luận.", ["Lê Văn An | Phó Thủ tướng"]],
    // … but after a name's own titles, "và" opens the next name's chain.
    ["Đại tướng Trần Văn An, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Lê Minh Bình đồng chủ trì.", ["Lê Minh Bình | Bí thư Thành ủy Hà Nội", "Lê Minh Bình | Ủy viên Bộ Chính trị", "Trần Văn An | Bộ trưởng Bộ Quốc phòng", "Trần Văn An | Đại tướng"]],
    // A list after a title and a colon, each item with its own titles: every item holds the list's title too.
    ["Cùng đi có các đồng chí Ủy viên Bộ Chính trị: Vương Đình Huệ - Phó Thủ tướng Chính phủ; Trương Thị Mai - Trưởng ban Dân vận Trung ương.", ["Trương Thị Mai | Trưởng ban Dân vận Trung ương", "Trương Thị Mai | Ủy viên Bộ Chính trị", "Vương Đình Huệ | Phó Thủ tướng Chính phủ", "Vương Đình Huệ | Ủy viên Bộ Chính trị"]],
    // … or items with titles before their names: the first name of each item.
    ["Đến dự có các đồng chí Ủy viên Bộ Chính trị: Tổng Bí thư Nguyễn Phú Trọng; Chủ tịch nước Trần Đại Quang.", ["Nguyễn Phú Trọng | Tổng Bí thư", "Nguyễn Phú Trọng | Ủy viên Bộ Chính trị", "Trần Đại Quang | Chủ tịch nước", "Trần Đại Quang | Ủy viên Bộ Chính trị"]],
    ["Ủy viên Bộ Chính trị: Tổng Bí thư Nguyễn Phú Trọng phát biểu.", ["Nguyễn Phú Trọng | Tổng Bí thư"]],
    // … or items "name - titles" joined by commas: every name holds the list's title; a word that is no title ends the list.
    ["Cùng đi có các đồng chí Ủy viên Trung ương Đảng: Lê Văn An - Phó Chủ tịch Quốc hội, Trần Minh Bình - Bộ trưởng Bộ Xây dựng, Phạm Thu Hà - Chủ tịch UBND tỉnh Nam Định.", ["Lê Văn An | Phó Chủ tịch Quốc hội", "Lê Văn An | Ủy viên Trung ương Đảng", "Phạm Thu Hà | Chủ tịch UBND tỉnh Nam Định", "Phạm Thu Hà | Ủy viên Trung ương Đảng", "Trần Minh Bình | Bộ trưởng Bộ Xây dựng", "Trần Minh Bình | Ủy viên Trung ương Đảng"]],
    ["Đến dự có Ủy viên Trung ương Đảng: Lê Văn An - Phó Chủ tịch Quốc hội cùng ông Trần Minh Bình - Bộ trưởng Bộ Xây dựng.", ["Lê Văn An | Phó Chủ tịch Quốc hội", "Trần Minh Bình | Bộ trưởng Bộ Xây dựng"]],
    // A full stop inside an abbreviation ("T.Ư") ends no item: the next items hold the list's title too.
    ["Dự có các đồng chí Ủy viên Bộ Chính trị: Phạm Minh Chính, Trưởng Ban Tổ chức T.Ư; Trương Thị Mai, Trưởng Ban Dân vận T.Ư; Tòng Thị Phóng, Phó Chủ tịch Quốc hội.", ["Phạm Minh Chính | Trưởng Ban Tổ chức T.Ư", "Phạm Minh Chính | Ủy viên Bộ Chính trị", "Trương Thị Mai | Trưởng Ban Dân vận T.Ư", "Trương Thị Mai | Ủy viên Bộ Chính trị", "Tòng Thị Phóng | Phó Chủ tịch Quốc hội", "Tòng Thị Phóng | Ủy viên Bộ Chính trị"]],
    // … or items "titles name" joined by commas, up to the ";" that closes the list: every name holds the list's title,
    // also after a plural title; a title of its own behind a name makes the items the ones split by ";".
    ["Đi cùng có các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Y tế Lê Văn An, Bộ trưởng Bộ Xây dựng Trần Minh Bình; Đại sứ Việt Nam tại Pháp Phạm Thu Hà.", ["Lê Văn An | Bộ trưởng Bộ Y tế", "Lê Văn An | Ủy viên Trung ương Đảng", "Phạm Thu Hà | Đại sứ Việt Nam tại Pháp", "Trần Minh Bình | Bộ trưởng Bộ Xây dựng", "Trần Minh Bình | Ủy viên Trung ương Đảng"]],
    ["Dự có các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng Bộ Y tế Lê Văn An, Chủ tịch UBND tỉnh Nam Định Trần Minh Bình và Tổng Biên tập Báo Nhân Dân Phạm Thu Hà.", ["Lê Văn An | Bộ trưởng Bộ Y tế", "Lê Văn An | Ủy viên Trung ương Đảng", "Phạm Thu Hà | Tổng Biên tập Báo Nhân Dân", "Phạm Thu Hà | Ủy viên Trung ương Đảng", "Trần Minh Bình | Chủ tịch UBND tỉnh Nam Định", "Trần Minh Bình | Ủy viên Trung ương Đảng"]],
    ["Dự có các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Y tế Lê Văn An, Chủ tịch Hội Y học; Bộ trưởng Bộ Xây dựng Trần Minh Bình.", ["Lê Văn An | Bộ trưởng Bộ Y tế", "Lê Văn An | Chủ tịch Hội Y học", "Lê Văn An | Ủy viên Trung ương Đảng", "Trần Minh Bình | Bộ trưởng Bộ Xây dựng", "Trần Minh Bình | Ủy viên Trung ương Đảng"]],
    // A post one person holds, before such a list, is no item's: the list names who came, not its holder.
    ["Tham dự có Giám đốc Sở Y tế: Phó Giám đốc Nguyễn Văn An, Trưởng phòng Trần Văn Bình.", ["Nguyễn Văn An | Phó Giám đốc", "Trần Văn Bình | Trưởng phòng"]],
    // Items split by ";" after a plural title that names its body: the same.
    ["Dự có các Ủy viên Trung ương Đảng: Chủ nhiệm Ủy ban Đối ngoại Lê Văn An; Tổng Thư ký Quốc hội Trần Minh Bình.", ["Lê Văn An | Chủ nhiệm Ủy ban Đối ngoại", "Lê Văn An | Ủy viên Trung ương Đảng", "Trần Minh Bình | Tổng Thư ký Quốc hội", "Trần Minh Bình | Ủy viên Trung ương Đảng"]],
    // A title with no body before the colon is a word for those present, no one's office.
    ["Dự hội nghị có các đại biểu: Bộ trưởng Bộ Y tế Lê Văn An, Chủ tịch UBND tỉnh Nam Định Trần Minh Bình.", ["Lê Văn An | Bộ trưởng Bộ Y tế", "Trần Minh Bình | Chủ tịch UBND tỉnh Nam Định"]],
    // An aside about the person may name several places; terms may be joined by "và".
    ["Ông Võ Kim Cự (60 tuổi, quê huyện Cẩm Lạc, huyện Cẩm Xuyên, Hà Tĩnh) nguyên là Bí thư Tỉnh ủy, nguyên Chủ tịch UBND tỉnh Hà Tĩnh chịu trách nhiệm.", ["Võ Kim Cự | Bí thư Tỉnh ủy", "Võ Kim Cự | Chủ tịch UBND tỉnh Hà Tĩnh"]],
    ["Ông Đinh La Thăng là Ủy viên Trung ương Đảng các khóa X, XI và XII, Đại biểu Quốc hội khóa XI, XIII, XIV.", ["Đinh La Thăng | Ủy viên Trung ương Đảng", "Đinh La Thăng | Đại biểu Quốc hội"]],
    // A pronoun among several names: the one written with the same address word.
    ["Bà Phan Thị Mỹ Thanh bị kỷ luật, ông Nguyễn Văn An cho biết. Trong thời gian giữ cương vị Phó Chủ tịch UBND tỉnh Đồng Nai, bà đã có vi phạm.", ["Phan Thị Mỹ Thanh | Phó Chủ tịch UBND tỉnh Đồng Nai"]],
    ["Bà Phan Thị Mỹ Thanh bị kỷ luật, ông Nguyễn Văn An cho biết. Trong thời gian giữ cương vị Phó Chủ tịch UBND tỉnh Đồng Nai, ông đã có vi phạm.", ["Nguyễn Văn An | Phó Chủ tịch UBND tỉnh Đồng Nai"]],
    // A career list: dates and semicolons between the titles of one person.
    [
      "Ông Đinh La Thăng, Ủy viên Trung ương Đảng khóa X, XI, XII; đại biểu Quốc hội khóa XI, XIII.",
      // (The terms are the holding's, not the post's: see the tenure tests.)
      ["Đinh La Thăng | Ủy viên Trung ương Đảng", "Đinh La Thăng | đại biểu Quốc hội"],
    ],
    // "ông" standing for the one person named just before.
    ["Ông Đinh La Thăng 57 tuổi, quê Nam Định. Ông là Bí thư Thành ủy TP.HCM.", ["Đinh La Thăng | Bí thư Thành ủy TP.HCM"]],
    // Several names before: the one that opens the latest sentence, named alone since; then a story
    // told with pronouns only goes on about that one.
    [
      "Ông Thăng khẳng định sẽ cố gắng. Ông Nguyễn Thiện Nhân sinh năm 1953, quê Trà Vinh. Ông là ủy viên Trung ương Đảng. Sau đó, ông có thời gian công tác tại Trường ĐH Bách khoa. Từ năm 1997, ông là giám đốc Sở Khoa học, Công nghệ và Môi trường TP.HCM.",
      ["Nguyễn Thiện Nhân | ủy viên Trung ương Đảng", "Nguyễn Thiện Nhân | giám đốc Sở Khoa học, Công nghệ và Môi trường TP.HCM"],
    ],
    // … for three sentences after the last pronoun, not more.
    [
      "Ông Thăng khẳng định sẽ cố gắng. Ông Nguyễn Thiện Nhân sinh năm 1953. Ông là ủy viên Trung ương Đảng. Đường mới dài 3 km. Tuyến thứ hai dài 2 km. Tuyến thứ ba dài 1 km. Ông cũng từng giữ chức Phó Chủ tịch Hội đồng Bộ trưởng.",
      ["Nguyễn Thiện Nhân | ủy viên Trung ương Đảng"],
    ],
    // The one person of the sentence, and an appointment word before the title.
    [
      "Ban Chấp hành Trung ương Đảng quyết định kỷ luật ông Đinh La Thăng bằng hình thức cảnh cáo và cho thôi giữ chức Ủy viên Bộ Chính trị khóa XII.",
      ["Đinh La Thăng | Ủy viên Bộ Chính trị"],
    ],
    // A body named with the body it belongs to, then the name.
    [
      "sau khi nghe Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn Đức Hải trình bày",
      ["Nguyễn Đức Hải | Ủy viên Ủy ban Thường vụ Quốc hội", "Nguyễn Đức Hải | Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội"],
    ],
    // "Title - ông Name", a hyphenated foreign name, a body named with its parent after an elided one.
    ["Tiếp Thống đốc tỉnh Aichi - ông Hideaki Omura, Thủ tướng Chính phủ Nguyễn Xuân Phúc bày tỏ", ["Hideaki Omura | Thống đốc tỉnh Aichi", "Nguyễn Xuân Phúc | Thủ tướng Chính phủ"]],
    ["gặp Chủ tịch Ủy ban châu Âu Jean-Claude Juncker.", ["Jean-Claude Juncker | Chủ tịch Ủy ban châu Âu"]],
    ["Chủ tịch Hội Hữu nghị Việt Nam - Cuba là bà Trương Thị Mai.", ["Trương Thị Mai | Chủ tịch Hội Hữu nghị Việt Nam - Cuba"]],
    // A biography form: the titles after "Họ và tên: NAME" are that person's.
    [
      "Họ và tên: TRẦN THANH MẪN  Sinh ngày: 12.8.1962. Trình độ học vấn: Tiến sĩ Kinh tế. Tóm tắt quá trình công tác: + Tháng 7.1979 – 6.1994: Ủy viên Ban chấp hành Huyện đoàn, Bí thư Tỉnh đoàn Cần Thơ",
      ["Trần Thanh Mẫn | Ủy viên Ban chấp hành Huyện đoàn", "Trần Thanh Mẫn | Bí thư Tỉnh đoàn Cần Thơ"],
    ],
    [
      "Ủy viên Ủy ban thường vụ Quốc hội, Trưởng Ban Dân nguyện của Ủy ban thường vụ Quốc hội Nguyễn Thanh Hải trình bày",
      ["Nguyễn Thanh Hải | Trưởng Ban Dân nguyện của Ủy ban thường vụ Quốc hội", "Nguyễn Thanh Hải | Ủy viên Ủy ban thường vụ Quốc hội"],
    ],
    // Lists after a title: a list word or a colon.
    [
      "Các Phó Chủ tịch UBND tỉnh gồm: ông Nguyễn Văn An, ông Trần Văn Bình và bà Lê Thị Cúc.",
      ["Nguyễn Văn An | Phó Chủ tịch UBND tỉnh", "Trần Văn Bình | Phó Chủ tịch UBND tỉnh", "Lê Thị Cúc | Phó Chủ tịch UBND tỉnh"],
    ],
    [
      "Dự có Tổng Bí thư Nguyễn Phú Trọng, nguyên Tổng Bí thư: Lê Khả Phiêu, Nông Đức Mạnh.",
      ["Nguyễn Phú Trọng | Tổng Bí thư", "Lê Khả Phiêu | Tổng Bí thư", "Nông Đức Mạnh | Tổng Bí thư"],
    ],
    // The holder after the titles: "… đối với ông X".
    ["HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021 đối với ông Lê Văn Bình.", ["Lê Văn Bình | Phó Chủ tịch UBND tỉnh"]],
    ["Quyết định cho thôi làm nhiệm vụ Ủy viên UBND tỉnh, Giám đốc Sở Tư pháp đối với bà Trần Thị Yến.", ["Trần Thị Yến | Ủy viên UBND tỉnh", "Trần Thị Yến | Giám đốc Sở Tư pháp"]],
    // Verb phrases between the name and the title.
    ["Ông Nguyễn Văn Nam, Giám đốc Sở Y tế, được điều động, bổ nhiệm giữ chức Phó Chủ tịch UBND tỉnh.", ["Nguyễn Văn Nam | Giám đốc Sở Y tế", "Nguyễn Văn Nam | Phó Chủ tịch UBND tỉnh"]],
    ["Ông Đinh La Thăng thôi giữ chức Bí thư Thành ủy TP.HCM, về làm Phó ban Kinh tế Trung ương.", ["Đinh La Thăng | Bí thư Thành ủy TP.HCM", "Đinh La Thăng | Phó ban Kinh tế Trung ương"]],
    ["Ông Võ Kim Cự thôi nhiệm vụ đại biểu Quốc hội khóa XIV.", ["Võ Kim Cự | đại biểu Quốc hội"]],
    // The one who decides is not the holder.
    [
      "Ông Lê Văn Hùng được Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu bổ nhiệm làm Chánh Thanh tra tỉnh Quảng Nam.",
      ["Đinh Văn Thu | Chủ tịch UBND tỉnh Quảng Nam", "Lê Văn Hùng | Chánh Thanh tra tỉnh Quảng Nam"],
    ],
    ["Ông Lê Văn Hùng được Chủ tịch UBND tỉnh bổ nhiệm làm Chánh Thanh tra tỉnh Quảng Nam.", ["Lê Văn Hùng | Chánh Thanh tra tỉnh Quảng Nam"]],
    // Stacked titles before a name; "và" before them joins another person, it does not stop them.
    ["Ông Trần Văn Hòa và Ủy viên Bộ Chính trị, Bí thư Thành ủy Đà Nẵng Nguyễn Bá Thanh dự.", ["Nguyễn Bá Thanh | Bí thư Thành ủy Đà Nẵng", "Nguyễn Bá Thanh | Ủy viên Bộ Chính trị"]],
    [
      "Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải dự.",
      ["Ngô Xuân Lịch | Đại tướng", "Ngô Xuân Lịch | Bộ trưởng Bộ Quốc phòng", "Hoàng Trung Hải | Bí thư Thành ủy Hà Nội", "Hoàng Trung Hải | Ủy viên Bộ Chính trị"],
    ],
    // A career told about "đồng chí" named sentences before.
    [
      "Đồng chí Nguyễn Văn Linh sinh năm 1915 tại Hưng Yên. Từ 1954 đến 1960, đồng chí là Bí thư Tỉnh ủy Bến Tre, rồi Bí thư Tỉnh ủy Long An.",
      ["Nguyễn Văn Linh | Bí thư Tỉnh ủy Bến Tre", "Nguyễn Văn Linh | Bí thư Tỉnh ủy Long An"],
    ],
    // The holder named after a clause about the time in the posts.
    [
      "Trong thời gian giữ cương vị Phó Chủ tịch UBND tỉnh, Giám đốc Sở Công Thương, bà Phan Thị Mỹ Thanh đã ký nhiều văn bản.",
      ["Phan Thị Mỹ Thanh | Phó Chủ tịch UBND tỉnh", "Phan Thị Mỹ Thanh | Giám đốc Sở Công Thương"],
    ],
    // Dated career entries after the person is named.
    [
      "Từ năm 1969 đến năm 1973, đồng chí Thongloun Sisoulith là chuyên viên chính; năm 1979-1981, thư ký Bộ trưởng Bộ Giáo dục, Vụ trưởng Vụ Hợp tác quốc tế, Bộ Giáo dục.",
      ["Thongloun Sisoulith | thư ký Bộ trưởng Bộ Giáo dục", "Thongloun Sisoulith | Vụ trưởng Vụ Hợp tác quốc tế"],
    ],
    // A clause about the time in a post, the holder named later in the sentence.
    [
      "Với những sai phạm trong thời gian làm Chủ tịch PVN, ngày 7/5, Ban Chấp hành Trung ương Đảng đã quyết định kỷ luật ông Đinh La Thăng.",
      ["Đinh La Thăng | Chủ tịch PVN"],
    ],
    // "kỷ luật Bí thư X … và cho thôi giữ chức …": the person acted on, behind a title of their own.
    [
      "Ban Chấp hành Trung ương Đảng đã quyết định thi hành kỷ luật Bí thư Đinh La Thăng bằng hình thức cảnh cáo và cho thôi giữ chức Ủy viên Bộ Chính trị khóa XII.",
      ["Đinh La Thăng | Bí thư", "Đinh La Thăng | Ủy viên Bộ Chính trị"],
    ],
    // A pronoun goes on with the subject, not with a name after "thay".
    [
      "Ông Nguyễn Thiện Nhân được phân công làm Bí thư Thành ủy TPHCM thay ông Đinh La Thăng. Ông là đại biểu Quốc hội các khóa X, XII.",
      ["Nguyễn Thiện Nhân | Bí thư Thành ủy TPHCM", "Nguyễn Thiện Nhân | đại biểu Quốc hội", "Đinh La Thăng | Bí thư Thành ủy TPHCM"],
    ],
    // An aside about the person, then the titles; a dash and a full name after a title.
    [
      "Ông Bùi Mạnh Khoa (Sinh năm 1972), Bí thư Đảng ủy, Cục trưởng Cục Thi hành án dân sự tỉnh Thanh Hóa.",
      ["Bùi Mạnh Khoa | Bí thư Đảng ủy", "Bùi Mạnh Khoa | Cục trưởng Cục Thi hành án dân sự tỉnh Thanh Hóa"],
    ],
    // The person's age between commas (link-cues.tsv age-after, age-before) is passed over.
    ["Ông Nguyễn Văn Hưng, 52 tuổi, Phó chủ tịch UBND huyện Bình Chánh, cho biết.", ["Nguyễn Văn Hưng | Phó chủ tịch UBND huyện Bình Chánh"]],
    ["Bà Lê Thị Hà, sinh năm 1970, Giám đốc Sở Y tế, phát biểu.", ["Lê Thị Hà | Giám đốc Sở Y tế"]],
    ["Ông Nguyễn Văn Hưng (52 tuổi, Phó chủ tịch UBND xã Tân Lập) cho biết.", ["Nguyễn Văn Hưng | Phó chủ tịch UBND xã Tân Lập"]],
    ["Ông Nguyễn Văn Hưng, 52 tuổi, cho biết Phó chủ tịch UBND huyện Trần Văn Tâm đã đến.", ["Trần Văn Tâm | Phó chủ tịch UBND huyện"]],
    // So is where the person comes from (link-cues.tsv home), after the age or alone, one place or an address.
    ["Ông Võ Văn Thưởng, 53 tuổi, quê Vĩnh Long, được Quốc hội bầu làm Chủ tịch nước.", ["Võ Văn Thưởng | Chủ tịch nước"]],
    ["Bà Nguyễn Thị Lan, quê xã Tam Hiệp, huyện Phúc Thọ, TP Hà Nội, Giám đốc Sở Y tế, cho biết.", ["Nguyễn Thị Lan | Giám đốc Sở Y tế"]],
    ["Ông Lê Văn An, quê Nghệ An, cho biết Chủ tịch UBND tỉnh Hà Tĩnh Trần Văn Bình đã đến.", ["Trần Văn Bình | Chủ tịch UBND tỉnh Hà Tĩnh"]],
    // A lower-case word for the body in context between the title and a full name (grammar-words.tsv referent).
    ["Hiệu trưởng nhà trường Huỳnh Quyết Thắng phát biểu; Giám đốc đơn vị Nguyễn Văn An cho biết.", ["Huỳnh Quyết Thắng | Hiệu trưởng", "Nguyễn Văn An | Giám đốc"]],
    ["Hiệu trưởng nhà trường cho biết ông Lê Văn Cường sẽ về hưu.", []],
    ["Ngày 30/4, Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên - Đỗ Quốc Văn, đã ký công điện.", ["Đỗ Quốc Văn | Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"]],
    // The holder after "cho", once a decision word leads the title.
    ["Chủ tịch Quốc hội trao quyết định bổ nhiệm chức vụ Phó Trưởng Ban Kinh tế Trung ương cho ông Đinh La Thăng.", ["Đinh La Thăng | Phó Trưởng Ban Kinh tế Trung ương"]],
    // Names joined before a verb that gives posts several hold: each name holds them; not a post one person
    // holds, not after "lần lượt" (respectively), not a title in apposition to the last name.
    ["Bộ trưởng bổ nhiệm các ông Nguyễn Văn An, Lê Văn Cường và Trần Văn Bình giữ chức Phó Vụ trưởng Vụ Pháp chế.", ["Nguyễn Văn An | Phó Vụ trưởng Vụ Pháp chế", "Lê Văn Cường | Phó Vụ trưởng Vụ Pháp chế", "Trần Văn Bình | Phó Vụ trưởng Vụ Pháp chế"]],
    ["Đại hội bầu ông Lê Văn An và ông Phạm Văn Bình làm Ủy viên Ban Thường vụ, Phó Bí thư Đảng ủy.", ["Lê Văn An | Ủy viên Ban Thường vụ", "Lê Văn An | Phó Bí thư Đảng ủy", "Phạm Văn Bình | Ủy viên Ban Thường vụ", "Phạm Văn Bình | Phó Bí thư Đảng ủy"]],
    ["Ông Nguyễn Văn An và ông Trần Văn Bình giữ chức Giám đốc Sở Y tế.", ["Trần Văn Bình | Giám đốc Sở Y tế"]],
    // ("lần lượt": one to one, in order: test/link/domestic-personnel.test.ts.)
    ["Ông Nguyễn Văn An và ông Trần Văn Bình lần lượt giữ chức Phó Giám đốc Sở Y tế và Phó Giám đốc Sở Tư pháp.", ["Nguyễn Văn An | Phó Giám đốc Sở Y tế", "Trần Văn Bình | Phó Giám đốc Sở Tư pháp"]],
    ["Ông Nguyễn Văn An và ông Trần Văn Bình, Phó Giám đốc Sở Y tế, đã đến.", ["Trần Văn Bình | Phó Giám đốc Sở Y tế"]],
    // Not across a line break: the name on the line before is another line's.
    ["Danh sách gồm Nguyễn Văn An,\nTrần Văn Bình giữ chức Phó Giám đốc Sở Y tế.", ["Trần Văn Bình | Phó Giám đốc Sở Y tế"]],
    // Nor when a verb stands before the first name: it is that verb's object, not a subject.
    ["Năm 2010, sau khi chia tay ông Nguyễn Văn An, bà Trần Thị Bình làm Phó Giám đốc Sở Y tế.", ["Trần Thị Bình | Phó Giám đốc Sở Y tế"]],
    ["Ngày 5/6, ông Lê Văn An và ông Phạm Văn Bình được bầu làm Ủy viên Ban Thường vụ.", ["Lê Văn An | Ủy viên Ban Thường vụ", "Phạm Văn Bình | Ủy viên Ban Thường vụ"]],
  ])("%s", (text, expected) => {
    expect(holds(text).sort()).toEqual(expected.sort());
  });

  it.each([
    // The title right before a name is that name's, not the previous one's.
    ["Ông Nguyễn Văn A gặp Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến.", ["Nguyễn Thị Kim Tiến | Bộ trưởng Bộ Y tế"]],
    // A post left ("thôi giữ chức") was held: the annotation counts it, as it counts "nguyên".
    ["Ông Đinh La Thăng thôi giữ chức Bí thư Thành ủy TP.HCM.", ["Đinh La Thăng | Bí thư Thành ủy TP.HCM"]],
    // A title after a preposition is someone else's: "của Thủ tướng Chính phủ, Bộ trưởng … X".
    ["theo ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Công Thương Trần Tuấn Anh ký.", ["Trần Tuấn Anh | Bộ trưởng Bộ Công Thương"]],
    // "… của Phó Thủ tướng X, Chủ tịch Quốc hội cho rằng": the bare title starts a new clause.
    ["Nhận xét về phần trả lời của Phó Thủ tướng Trương Hòa Bình, Chủ tịch Quốc hội cho rằng đây là lần đầu.", ["Trương Hòa Bình | Phó Thủ tướng"]],
    // The same behind an address word when the title is written alone: "đối với ông X, Tổng Bí thư gửi …".
    ["Về vụ việc xử lý đối với ông Trần Văn Bình, Tổng Bí thư gửi lời cảm ơn các cử tri.", []],
    ["Phát biểu sau ý kiến của bà Lê Thị Hoa, Thủ tướng cho rằng cần làm rõ.", []],
    // … but an appositive with its own body, or one joined to a further title, stays the name's.
    ["Thủ tướng đã tiếp ông Trần Văn Bình, Chủ tịch Tập đoàn Dầu khí Việt Nam.", ["Trần Văn Bình | Chủ tịch Tập đoàn Dầu khí Việt Nam"]],
    ["theo giải thích của ông Trần Văn Bình, Phó Chủ tịch Tập đoàn Đèo Cả cho biết việc tăng giá là cần thiết.", ["Trần Văn Bình | Phó Chủ tịch Tập đoàn Đèo Cả"]],
    ["Theo ông Trần Văn Bình, Phó Chủ tịch kiêm Tổng thư ký Hội Nông dân Việt Nam, đây là lần đầu.", ["Trần Văn Bình | Phó Chủ tịch", "Trần Văn Bình | Tổng thư ký Hội Nông dân Việt Nam"]],
    // Only nominated, not appointed.
    ["Bộ Chính trị giới thiệu ông Trần Thanh Mẫn để hiệp thương giữ chức Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.", []],
    // "được cho là" (said to be) states no holding of the sentence's one person.
    ["Ông Đặng Hữu Lên cho biết, ông đã nắm được nội dung clip ghi hình người đàn ông được cho là Bí thư phường Điện Dương.", []],
    // "từng" before a title with its body is "once", not "each".
    ["Ông Trần Lưu Hải, từng Bí thư Tỉnh ủy Hòa Bình, bị kỷ luật.", ["Trần Lưu Hải | Bí thư Tỉnh ủy Hòa Bình"]],
    ["Thủ tướng yêu cầu từng Bộ trưởng phải chịu trách nhiệm.", []],
    // The one buried at a funeral is an object: a title and a verb after the comma are the next speaker's.
    ["Đoàn dự lễ tang Tổng tư lệnh Fidel Castro, Chủ tịch Quốc hội Cuba khẳng định quan hệ hai nước.", ["Fidel Castro | Tổng tư lệnh"]],
    // The office an election is for is the candidates', not held by the name after the comma.
    ["Trong đợt bầu cử đại biểu Quốc hội khóa XV, Tổng Bí thư Nguyễn Phú Trọng ứng cử ở Hà Nội.", ["Nguyễn Phú Trọng | Tổng Bí thư"]],
    ["Trong cuộc bầu cử đại biểu Quốc hội khóa XV, ông Nguyễn Văn A ứng cử ở Hà Nội.", []],
    // "tiếp" receives a guest: the title after it is the guest's.
    ["Thủ tướng Nguyễn Xuân Phúc tiếp Chủ tịch Đảng Công Minh Natsuo Yamaguchi.", ["Nguyễn Xuân Phúc | Thủ tướng", "Natsuo Yamaguchi | Chủ tịch Đảng Công Minh"]],
    // "Theo Chánh Thanh tra tỉnh, ông Hùng …": where a statement comes from, then someone else.
    ["Theo Chánh Thanh tra tỉnh, ông Hùng đã ký văn bản.", []],
    // The one who decides, with the title-and-name form, is not the holder of what is decided.
    ["Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu đã ký quyết định bổ nhiệm Giám đốc Sở Y tế.", ["Đinh Văn Thu | Chủ tịch UBND tỉnh Quảng Nam"]],
    [
      "Tổng Bí thư Nguyễn Phú Trọng đề cập việc Trung ương quyết định cho thôi chức Ủy viên Bộ Chính trị với ông Đinh La Thăng.",
      ["Nguyễn Phú Trọng | Tổng Bí thư", "Đinh La Thăng | Ủy viên Bộ Chính trị"],
    ],
    // A second conjunct, then a bare title and a verb: a new clause.
    [
      "Đánh giá cao hội đàm giữa Phó Thủ tướng Robert Kalinak và Bộ trưởng Bộ Công an Tô Lâm, Thủ tướng hoan nghênh sự hợp tác.",
      ["Robert Kalinak | Phó Thủ tướng", "Tô Lâm | Bộ trưởng Bộ Công an"],
    ],
    // "Thay mặt Chính phủ, Thủ tướng Chính phủ, Bộ trưởng … X": on behalf of both, not X's titles.
    ["Thay mặt Chính phủ, Thủ tướng Chính phủ, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng phát biểu.", ["Mai Tiến Dũng | Chủ nhiệm Văn phòng Chính phủ", "Mai Tiến Dũng | Bộ trưởng"]],
    // "Name - Title, Name - Title": each title is the name's before it, not the next one's.
    [
      "Ứng cử còn có Thiếu tướng Nguyễn Quốc Duyệt - Tư lệnh Bộ Tư lệnh Thủ đô, bà Nguyễn Thị Hà Tuyên - Phó hiệu trưởng Trường THPT Hoàng Văn Thụ.",
      ["Nguyễn Quốc Duyệt | Thiếu tướng", "Nguyễn Quốc Duyệt | Tư lệnh Bộ Tư lệnh Thủ đô", "Nguyễn Thị Hà Tuyên | Phó hiệu trưởng Trường THPT Hoàng Văn Thụ"],
    ],
    // Candidates only.
    ["Ông Bùi Văn Cường cho biết có 101 ứng viên là Ủy viên Trung ương Đảng.", []],
  ])("precision: %s", (text, expected) => {
    expect(holds(text)).toEqual(expected);
  });

  it("precision: a name after a colon and a line's end is not a list of the title's holders", () => {
    // "… Phó Chủ tịch Thường trực UBND TP. Ảnh: HOÀNG GIANG Ông Đinh La Thăng …" (a photo credit).
    const got = holds("Ông Nhân từng trên cương vị Phó Chủ tịch Thường trực UBND TP. Ảnh: HOÀNG GIANG Ông Đinh La Thăng cảm ơn.");
    expect(got.filter((h) => !h.startsWith("Nhân |"))).toEqual([]);
  });
});

describe("address words before a name (addressStart)", () => {
  const ctxOf = (text: string) => {
    const nt = normalizeText(text);
    return createContext(nt, tokenize(nt.cased, nt.lower, 0, nt.cased.length), getDefaultLexicon());
  };
  // The words a look back passes over, as many as stack in news ("các ông", "đồng chí"), never a whole run of them.
  it.each([
    ["Có đồng chí Nguyễn Văn An.", "đồng chí"],
    ["Có Nguyễn Văn An.", ""],
    ["ông bà ông bà ông bà ông bà Nguyễn Văn An", "ông bà ông bà"],
  ])("%s", (text, passed) => {
    const ctx = ctxOf(text);
    const name = ctx.tokens.findIndex((t) => t.key === "nguyễn");
    const start = addressStart(ctx, name);
    expect(ctx.tokens.slice(start, name).map((t) => t.cased).join(" ")).toBe(passed);
  });
});
