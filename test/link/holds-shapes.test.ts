/**
 * The shapes real articles write holders in (issue 13, section 3), as made-up sentences: each row is
 * a shape, and the holds the graph must give for it (a wrong edge is worse than a missing one).
 */
import { describe, expect, it } from "vitest";
import { holds } from "../helpers";

const read = (text: string) => holds(text, { referenceDate: "2021-06-01" }).sort();

describe("holds on the shapes news writes them in", () => {
  it.each([
    // List markers.
    ["Các Phó Chủ tịch UBND tỉnh gồm các ông: Lê Văn Hòa, Trần Minh Tâm, Phạm Đức Long.", ["Lê Văn Hòa | Phó Chủ tịch UBND tỉnh", "Trần Minh Tâm | Phó Chủ tịch UBND tỉnh", "Phạm Đức Long | Phó Chủ tịch UBND tỉnh"]],
    // Verb-mediated links.
    ["HĐND tỉnh đã bầu ông Nguyễn Văn Lợi giữ chức Chủ tịch UBND tỉnh Bình Phước.", ["Nguyễn Văn Lợi | Chủ tịch UBND tỉnh Bình Phước"]],
    ["Ông Nguyễn Văn Lợi được bầu giữ chức Chủ tịch UBND tỉnh Bình Phước.", ["Nguyễn Văn Lợi | Chủ tịch UBND tỉnh Bình Phước"]],
    ["HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Trần Văn Tuấn.", ["Trần Văn Tuấn | Phó Chủ tịch UBND tỉnh"]],
    ["Quyết định cho thôi làm nhiệm vụ Ủy viên Ban Thường vụ Tỉnh ủy đối với bà Lê Thị Hoa.", ["Lê Thị Hoa | Ủy viên Ban Thường vụ Tỉnh ủy"]],
    ["Ông Nguyễn Văn Tâm, nguyên Giám đốc Sở Xây dựng, được điều động, bổ nhiệm giữ chức Phó Chủ tịch UBND tỉnh.", ["Nguyễn Văn Tâm | Giám đốc Sở Xây dựng", "Nguyễn Văn Tâm | Phó Chủ tịch UBND tỉnh"]],
    // Passive agents and sources are not holders.
    ["Ông Phạm Văn Sơn được Chủ tịch UBND tỉnh bổ nhiệm làm Giám đốc Sở Y tế.", ["Phạm Văn Sơn | Giám đốc Sở Y tế"]],
    ["Ông Nguyễn Văn Bình được Thủ tướng Nguyễn Xuân Phúc bổ nhiệm giữ chức Thứ trưởng Bộ Y tế.", ["Nguyễn Văn Bình | Thứ trưởng Bộ Y tế", "Nguyễn Xuân Phúc | Thủ tướng"]],
    ["Theo Chánh Thanh tra tỉnh, ông Hoàng Văn Hùng đã ký kết luận.", []],
    // A body that "được" gives the title to, between the speaker and the title, holds it: not the speaker.
    ["Phó Chủ tịch Quốc hội Lê Thị Hoa bày tỏ niềm tự hào của Quốc hội Việt Nam đã được các nghị viện tin tưởng giao trọng trách là Chủ tịch Diễn đàn APPF.", ["Lê Thị Hoa | Phó Chủ tịch Quốc hội"]],
    ["Ông Lê Văn Hòa bày tỏ niềm vui vì đã được Hội đồng quản trị tin tưởng giao trọng trách là Chủ tịch Tập đoàn Hòa Phát.", ["Lê Văn Hòa | Chủ tịch Tập đoàn Hòa Phát"]],
    // Stacked titles and foreign chains.
    ["Ủy viên Bộ Chính trị, Bí thư Thành ủy Đà Nẵng Nguyễn Bá Thanh phát biểu.", ["Nguyễn Bá Thanh | Bí thư Thành ủy Đà Nẵng", "Nguyễn Bá Thanh | Ủy viên Bộ Chính trị"]],
    [
      "Ông Vương Hỗ Ninh, Ủy viên Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc, Chủ tịch Chính hiệp toàn quốc, dự lễ.",
      ["Vương Hỗ Ninh | Ủy viên Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc", "Vương Hỗ Ninh | Chủ tịch Chính hiệp toàn quốc"],
    ],
    // A career told with "đồng chí" standing for the person named before.
    ["Ông Lê Văn Thành sinh năm 1950. Từ 1970 đến 1975, đồng chí là Bí thư Huyện đoàn Thủy Nguyên.", ["Lê Văn Thành | Bí thư Huyện đoàn Thủy Nguyên"]],
    ["Ông Trần Quốc Vượng đã ký quyết định. Ông từng là Chánh Văn phòng Trung ương Đảng.", ["Trần Quốc Vượng | Chánh Văn phòng Trung ương Đảng"]],
    // Foreign offices, business titles.
    ["Chủ tịch HĐQT Sacombank Dương Công Minh cho biết ngân hàng sẽ tăng vốn.", ["Dương Công Minh | Chủ tịch HĐQT Sacombank"]],
    ["Tổng Giám đốc Công ty TNHH Thương mại Minh Phát Trần Văn Toàn cho biết.", ["Trần Văn Toàn | Tổng Giám đốc Công ty TNHH Thương mại Minh Phát"]],
    ["Phó Chủ tịch Quốc hội Tòng Thị Phóng gặp Chủ tịch Thượng viện Campuchia Say Chhum.", ["Tòng Thị Phóng | Phó Chủ tịch Quốc hội", "Say Chhum | Chủ tịch Thượng viện Campuchia"]],
    // A headline running into the next line without punctuation.
    ["Chủ tịch UBND tỉnh Quảng Nam\nÔng Lê Trí Thanh cho biết.", []],
    ["Thủ tướng Singapore Lý Hiển Long phát biểu.\nBộ trưởng Quốc phòng Ngô Xuân Lịch dự.", ["Lý Hiển Long | Thủ tướng Singapore", "Ngô Xuân Lịch | Bộ trưởng Quốc phòng"]],
    // Quotations and "cho biết".
    ["“Chúng tôi sẽ làm rõ”, ông Trần Văn Hải, Phó Giám đốc Công an tỉnh cho biết.", ["Trần Văn Hải | Phó Giám đốc Công an tỉnh"]],
    ["Bí thư Tỉnh ủy Lê Văn Hiến nói: “Giám đốc Sở phải chịu trách nhiệm”. Ông Trần Hữu Lộc cho biết sẽ làm rõ.", ["Lê Văn Hiến | Bí thư Tỉnh ủy"]],
    // A title in one clause and an unrelated name in the next.
    ["Giám đốc Sở Tài chính cho biết ông Nguyễn Văn Bình sẽ kiểm tra.", []],
    ["Bà Nguyễn Thị Mai cho biết, Chủ tịch UBND huyện đã chỉ đạo kiểm tra.", []],
    ["Trao đổi với phóng viên, Giám đốc Bệnh viện Chợ Rẫy cho biết bệnh nhân Nguyễn Văn Tư đã ổn định.", []],
    ["Phát biểu tại buổi làm việc, Chủ tịch UBND tỉnh đề nghị ông Nguyễn Văn Tuấn khẩn trương làm rõ.", []],
    ["Thứ trưởng Bộ Y tế Nguyễn Trường Sơn cho biết, Bộ trưởng đã chỉ đạo.", ["Nguyễn Trường Sơn | Thứ trưởng Bộ Y tế"]],
    // "cùng với", "tiếp", "gặp": the name after them is someone else, with their own title; after
    // "thay", the one who held the post before (test/link/successions.test.ts).
    ["Ông Nguyễn Văn Nam được bổ nhiệm làm Giám đốc Sở Nội vụ thay ông Trần Văn Bắc.", ["Nguyễn Văn Nam | Giám đốc Sở Nội vụ", "Trần Văn Bắc | Giám đốc Sở Nội vụ"]],
    ["Ông Nguyễn Văn Hòa thay ông Lê Quang Nam làm Chủ tịch UBND huyện Đông Anh.", ["Nguyễn Văn Hòa | Chủ tịch UBND huyện Đông Anh", "Lê Quang Nam | Chủ tịch UBND huyện Đông Anh"]],
    ["Bộ trưởng Bộ Công Thương Trần Tuấn Anh cùng với ông Lê Hoài Trung dự họp.", ["Trần Tuấn Anh | Bộ trưởng Bộ Công Thương"]],
    ["Sáng nay, Phó Thủ tướng Lê Văn Thành cùng với Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị kiểm tra dự án.", ["Lê Văn Thành | Phó Thủ tướng", "Nguyễn Thanh Nghị | Bộ trưởng Bộ Xây dựng"]],
    ["Chủ tịch nước Trần Đại Quang tiếp ông John Smith, Đại sứ Mỹ tại Việt Nam.", ["Trần Đại Quang | Chủ tịch nước", "John Smith | Đại sứ Mỹ tại Việt Nam"]],
    ["Ông Lê Minh Khái gặp Bộ trưởng Tài chính Nhật Bản Taro Aso.", ["Taro Aso | Bộ trưởng Tài chính Nhật Bản"]],
    ["Đoàn công tác do Phó Thủ tướng Vũ Đức Đam dẫn đầu đã làm việc với ông Nguyễn Văn Lâm.", ["Vũ Đức Đam | Phó Thủ tướng"]],
    ["Chủ tịch UBND tỉnh Nam Định Trần Văn Lâm đã ký quyết định bổ nhiệm ông Trần Văn Bảo giữ chức Giám đốc Sở Tư pháp.", ["Trần Văn Lâm | Chủ tịch UBND tỉnh Nam Định", "Trần Văn Bảo | Giám đốc Sở Tư pháp"]],
    // An aside saying where a citizen lives, then a title and a verb: a new clause, someone else's title.
    ["Ông Phạm Văn Hùng (trú tại xã Ea Tu, TP Buôn Ma Thuột), Chủ tịch UBND tỉnh Đắk Lắk đã chỉ đạo.", []],
    // An aside about the person without a place, then the title: the person's.
    ["Ông Bùi Mạnh Khoa (sinh năm 1972), Bí thư Đảng ủy Khối doanh nghiệp tỉnh, phát biểu.", ["Bùi Mạnh Khoa | Bí thư Đảng ủy Khối doanh nghiệp tỉnh"]],
    ["Theo ông Trần Văn Thuấn, Thứ trưởng Bộ Y tế, dịch đã giảm.", ["Trần Văn Thuấn | Thứ trưởng Bộ Y tế"]],
    // Two people in coordination, each with an appositive.
    ["Ông Trần Văn Nam, Giám đốc Sở Y tế và bà Lê Thị Hương, Phó Giám đốc Sở Tài chính cùng dự.", ["Trần Văn Nam | Giám đốc Sở Y tế", "Lê Thị Hương | Phó Giám đốc Sở Tài chính"]],
    ["Ông Hồ Đức Phớc, Bộ trưởng Bộ Tài chính. Bà Nguyễn Thị Hồng, Thống đốc Ngân hàng Nhà nước.", ["Hồ Đức Phớc | Bộ trưởng Bộ Tài chính", "Nguyễn Thị Hồng | Thống đốc Ngân hàng Nhà nước"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual([...expected].sort());
  });
});

// A congress or plenum elects, but is no organization mention: "được Đại hội" is a passive phrase
// of its own (data/link-cues.tsv), so the holder before it keeps the title after the verb.
describe("elected by a congress or plenum", () => {
  it.each([
    ["Ông Nguyễn Văn A được Đại hội bầu làm Bí thư Tỉnh ủy Quảng Nam.", ["Nguyễn Văn A | Bí thư Tỉnh ủy Quảng Nam"]],
    ["Ông Nguyễn Văn A được Hội nghị bầu giữ chức Phó Bí thư Tỉnh ủy Quảng Nam.", ["Nguyễn Văn A | Phó Bí thư Tỉnh ủy Quảng Nam"]],
  ])("%s", (text, expected) => {
    expect(holds(text)).toEqual(expected);
  });
});

describe("lists of offices of several countries are lists of people", () => {
  it.each([
    ["Hội nghị có Tổng thống Hoa Kỳ, Thủ tướng Australia, Tổng thống Hàn Quốc, Thủ tướng Cananda.", ["Cananda | Thủ tướng"]],
    ["Ông Esteban Lazo, Chủ tịch Quốc hội Cuba, Tổng thống Senegal dự.", ["Esteban Lazo | Chủ tịch Quốc hội Cuba"]],
    // (One country's offices stay one chain.)
    ["Phó Thủ tướng, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith dự.", ["Saleumxay Kommasith | Phó Thủ tướng", "Saleumxay Kommasith | Bộ trưởng Ngoại giao Lào"]],
  ])("%s", (text, expected) => {
    expect(holds(text).sort()).toEqual([...expected].sort());
  });
});

describe("a title, a comma and an honour of several words before a name: the name holds the title", () => {
  it.each([
    ["Dự có Thiếu tướng, Anh hùng Lao động Phan Văn Lai và các hội viên.", ["Phan Văn Lai | Thiếu tướng"]],
    ["Dự có Đại tá, Nghệ sĩ Nhân dân Trần Văn Bình.", ["Trần Văn Bình | Đại tá"]],
    ["Bộ trưởng Bộ Y tế, bà Nguyễn Thị Kim Tiến phát biểu.", ["Nguyễn Thị Kim Tiến | Bộ trưởng Bộ Y tế"]],
  ])("%s", (text, expected) => {
    expect(holds(text).sort()).toEqual([...expected].sort());
  });
});

describe("a title before \", bà Y\" is not Y's when Y's own title is written behind her name", () => {
  it.each([
    ["Còn có ông Đặng Minh Châu - tu sĩ Phật giáo, trưởng ban trị sự Giáo hội Phật giáo Việt Nam TP Hà Nội, bà Vũ Thị Lưu Mai (Phó Chủ tịch Hội Phụ nữ), ông Lưu Hồng Quang (Phó bí thư Đoàn).", ["Vũ Thị Lưu Mai | Phó Chủ tịch Hội Phụ nữ", "Lưu Hồng Quang | Phó bí thư"]],
    // (With no title behind the name, the title before the comma is hers.)
    ["Bộ trưởng Bộ Y tế, bà Nguyễn Thị Kim Tiến, Ủy viên Trung ương Đảng, phát biểu.", ["Nguyễn Thị Kim Tiến | Bộ trưởng Bộ Y tế", "Nguyễn Thị Kim Tiến | Ủy viên Trung ương Đảng"]],
  ])("%s", (text, expected) => {
    expect(holds(text).sort()).toEqual([...expected].sort());
  });
});

describe("an aside after a name, with another name of the same person, is passed over; numbered corps are bodies", () => {
  it.each([
    ["Ông Lương Văn Cường (Lương Cường - Sinh năm 1957), Ủy viên Bộ Chính trị, Đại tướng.", ["Lương Văn Cường | Ủy viên Bộ Chính trị", "Lương Văn Cường | Đại tướng"]],
    // (Another person in the aside: the titles after it are not read as the name's.)
    ["Ông Nguyễn Văn An (con ông Trần Văn Bình), Giám đốc Sở Y tế, nói.", []],
    // A bare "Chi bộ" in a chain is the cell of the unit the chain goes on to name: the chain does not break there.
    ["Bà Lê Thị Hoa (sinh năm 1980), Ủy viên Ban Thường vụ Đảng ủy, Bí thư Chi bộ, Trưởng phòng Tổ chức, Sở Nội vụ tỉnh Nam Định.", ["Lê Thị Hoa | Ủy viên Ban Thường vụ Đảng ủy", "Lê Thị Hoa | Bí thư Chi bộ", "Lê Thị Hoa | Trưởng phòng Tổ chức"]],
    ["Thiếu tướng Phạm Văn Hóa - Tư lệnh Quân đoàn 2; ông Cao Tiến Dũng - Chủ tịch UBND tỉnh Đồng Nai.", ["Phạm Văn Hóa | Thiếu tướng", "Phạm Văn Hóa | Tư lệnh Quân đoàn 2", "Cao Tiến Dũng | Chủ tịch UBND tỉnh Đồng Nai"]],
  ])("%s", (text, expected) => {
    expect(holds(text).sort()).toEqual([...expected].sort());
  });
});

describe("a career list after \"giữ nhiều chức vụ (quan trọng)\", \"kinh qua các chức vụ\"", () => {
  it.each([
    ["Đồng chí Trường Chinh giữ nhiều chức vụ quan trọng: Tổng Bí thư giai đoạn 1941-1956; Chủ tịch Hội đồng Nhà nước thời kỳ 1981-1987.", ["Trường Chinh | Tổng Bí thư", "Trường Chinh | Chủ tịch Hội đồng Nhà nước"]],
    ["Ông Nguyễn Văn An từng kinh qua các chức vụ: Bí thư Huyện ủy, Giám đốc Sở Nội vụ.", ["Nguyễn Văn An | Bí thư Huyện ủy", "Nguyễn Văn An | Giám đốc Sở Nội vụ"]],
  ])("%s", (text, expected) => {
    expect(holds(text).sort()).toEqual([...expected].sort());
  });
});

describe("a title a verb gives to a titled name is not the next name's chain", () => {
  it.each([
    ["Chủ tịch Nguyễn Thiện Nhân được cử làm Bí thư Thành ủy TP.HCM, Phó chủ tịch Lê Bá Trình nghỉ hưu.", ["Nguyễn Thiện Nhân | Chủ tịch", "Nguyễn Thiện Nhân | Bí thư Thành ủy TP.HCM", "Lê Bá Trình | Phó chủ tịch"]],
    // (With commas only, a list of titled names: the titles between go to the second name.)
    ["Tổng Bí thư Nguyễn Phú Trọng, Ủy viên Bộ Chính trị, Thủ tướng Nguyễn Xuân Phúc dự.", ["Nguyễn Phú Trọng | Tổng Bí thư", "Nguyễn Xuân Phúc | Ủy viên Bộ Chính trị", "Nguyễn Xuân Phúc | Thủ tướng"]],
  ])("%s", (text, expected) => {
    expect(holds(text).sort()).toEqual([...expected].sort());
  });
});

describe("a title after \";\" opens the next item of a list: the name written later in that item holds it", () => {
  it.each([
    ["Dự có Trung tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an; Thiếu tướng, Anh hùng LLVTND Phan Văn Lai, Trưởng Ban Liên lạc.", ["Trần Quốc Tỏ | Trung tướng", "Trần Quốc Tỏ | Thứ trưởng Bộ Công an", "Phan Văn Lai | Thiếu tướng", "Phan Văn Lai | Trưởng Ban Liên lạc"]],
    ["Dự có ông Trần Văn An, Giám đốc Sở Y tế; Đại tá, Anh hùng LLVTND Nguyễn Văn Bình, Chính ủy.", ["Trần Văn An | Giám đốc Sở Y tế", "Nguyễn Văn Bình | Đại tá", "Nguyễn Văn Bình | Chính ủy"]],
    // (No name later in the item: the title is still the first name's.)
    ["Ông Trần Văn An, Bí thư Tỉnh ủy; Chủ tịch HĐND tỉnh phát biểu.", ["Trần Văn An | Bí thư Tỉnh ủy", "Trần Văn An | Chủ tịch HĐND tỉnh"]],
  ])("%s", (text, expected) => {
    expect(holds(text).sort()).toEqual([...expected].sort());
  });
});
