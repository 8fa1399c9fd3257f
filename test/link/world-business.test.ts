/**
 * Issue 13, world and business news: made-up sentences in the shapes Vietnamese outlets use for foreign
 * cabinets, heads of state, envoys, international bodies and bank or company boards. Each row: the text, the
 * holds (person | post, with the status when it is not plain "current"), the `of` relations (post | body) and
 * the events. A wrong edge (a brand read as a person's first name, a company as a holder) is worse than a
 * missing one, so a row may expect fewer edges than an annotator would list.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

function read(text: string) {
  const g = extract(text, { referenceDate: "2025-06-01" });
  const name = (id?: string) => g.entities.find((e) => e.id === id)?.name ?? "";
  return {
    holds: g.relations.filter((r) => r.type === "holds").map((r) => `${name(r.from)} | ${name(r.to)}${r.status && r.status !== "unknown" && r.status !== "current" ? ` | ${r.status}` : ""}`).sort(),
    of: g.relations.filter((r) => r.type === "of").map((r) => `${name(r.from)} | ${name(r.to)}`).sort(),
    events: g.events.map((e) => `${e.type}: ${name(e.person)} | ${name(e.position)}`).sort(),
  };
}

type Row = [text: string, holds: string[], of: string[], events: string[]];
function table(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows)("%s", (text, holds, of, events) => expect(read(text)).toEqual({ holds: [...holds].sort(), of: [...of].sort(), events: [...events].sort() }));
  });
}

table("world news: heads of state and government, ministers, envoys, international bodies", [
  ["Tổng thống Nga Vladimir Putin ngày 3/5 đã điện đàm với Tổng thống Pháp Emmanuel Macron.", ["Emmanuel Macron | Tổng thống Pháp", "Vladimir Putin | Tổng thống Nga"], ["Tổng thống Nga | Nhà nước Nga", "Tổng thống Pháp | Nhà nước Pháp"], []],
  ["Ngoại trưởng Mỹ Antony Blinken sẽ thăm Việt Nam vào tuần tới.", ["Antony Blinken | Ngoại trưởng Mỹ"], ["Ngoại trưởng Mỹ | Bộ Ngoại giao Mỹ"], []],
  ["Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru cho biết Tokyo sẽ tăng ngân sách quốc phòng.", ["Kihara Minoru | Bộ trưởng Quốc phòng Nhật Bản"], ["Bộ trưởng Quốc phòng Nhật Bản | Bộ Quốc phòng Nhật Bản"], []],
  ["Thủ tướng Ấn Độ Narendra Modi tuyên bố sẽ tái tranh cử.", ["Narendra Modi | Thủ tướng Ấn Độ"], ["Thủ tướng Ấn Độ | Chính phủ Ấn Độ"], []],
  ["Tổng Thư ký Liên hợp quốc António Guterres kêu gọi các bên kiềm chế.", ["António Guterres | Tổng Thư ký Liên hợp quốc"], ["Tổng Thư ký Liên hợp quốc | Liên hợp quốc"], []],
  ["Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu tại Brussels.", ["Ursula von der Leyen | Chủ tịch Ủy ban châu Âu"], ["Chủ tịch Ủy ban châu Âu | Ủy ban châu Âu"], []],
  ["Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu đã trình quốc thư lên Nhà vua Naruhito.", ["Naruhito | Nhà vua", "Phạm Quang Hiệu | Đại sứ Việt Nam tại Nhật Bản"], ["Đại sứ Việt Nam tại Nhật Bản | Đại sứ quán Việt Nam tại Nhật Bản"], []],
  ["Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper cho rằng quan hệ hai nước đang phát triển tốt đẹp.", ["Marc Knapper | Đại sứ Hoa Kỳ tại Việt Nam"], ["Đại sứ Hoa Kỳ tại Việt Nam | Đại sứ quán Mỹ tại Việt Nam"], []],
  ["Đại diện Thương mại Mỹ Katherine Tai sẽ có cuộc gặp với các đối tác châu Á.", ["Katherine Tai | Đại diện Thương mại Mỹ"], [], []],
  ["Đại diện Thương mại Katherine Tai cho biết.", ["Katherine Tai | Đại diện Thương mại"], [], []],
  ["Ông là đại diện thương mại của hãng tại Việt Nam.", [], [], []],
  ["Cố vấn An ninh Quốc gia Mỹ Jake Sullivan đã tới Bắc Kinh.", ["Jake Sullivan | Cố vấn An ninh Quốc gia Mỹ"], [], []],
  ["Tổng thống Mỹ Donald Trump đã sa thải Cố vấn An ninh Quốc gia Michael Waltz.", ["Donald Trump | Tổng thống Mỹ", "Michael Waltz | Cố vấn An ninh Quốc gia | former"], ["Tổng thống Mỹ | Nhà nước Mỹ"], ["dismissal: Michael Waltz | Cố vấn An ninh Quốc gia"]],
  ["Phát ngôn viên Bộ Ngoại giao Trung Quốc Mao Ninh cho biết Bắc Kinh phản đối quyết định này.", ["Mao Ninh | Phát ngôn viên Bộ Ngoại giao Trung Quốc"], ["Phát ngôn viên Bộ Ngoại giao Trung Quốc | Bộ Ngoại giao Trung Quốc"], []],
  ["Chủ tịch Hạ viện Mỹ Mike Johnson cho biết dự luật sẽ được bỏ phiếu vào tuần tới.", ["Mike Johnson | Chủ tịch Hạ viện Mỹ"], ["Chủ tịch Hạ viện Mỹ | Hạ viện Mỹ"], []],
  ["Thái tử Saudi Arabia Mohammed bin Salman đã tiếp đoàn đại biểu Mỹ.", ["Mohammed bin Salman | Thái tử Saudi Arabia"], [], []],
  ["Cựu Tổng thống Mỹ Donald Trump tuyên bố tranh cử.", ["Donald Trump | Tổng thống Mỹ | former"], ["Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Tân Thủ tướng Anh Keir Starmer đã ra mắt nội các mới.", ["Keir Starmer | Thủ tướng Anh"], ["Thủ tướng Anh | Chính phủ Anh"], []],
  ["Quyền Bộ trưởng Quốc phòng Mỹ Patrick Shanahan đã tới thăm Việt Nam.", ["Patrick Shanahan | Bộ trưởng Quốc phòng Mỹ | acting"], ["Bộ trưởng Quốc phòng Mỹ | Bộ Quốc phòng Mỹ"], []],
  ["Thủ tướng Nhật Bản Kishida Fumio cho biết ông sẽ không tái tranh cử. Ông Kishida nhậm chức năm 2021.", ["Kishida Fumio | Thủ tướng Nhật Bản"], ["Thủ tướng Nhật Bản | Chính phủ Nhật Bản"], []],
  ["Thủ tướng Singapore Lý Hiển Long đã chuyển giao quyền lực cho Phó Thủ tướng Hoàng Tuần Tài.", ["Hoàng Tuần Tài | Phó Thủ tướng", "Lý Hiển Long | Thủ tướng Singapore"], ["Thủ tướng Singapore | Chính phủ Singapore"], []],
  ["Chủ tịch Trung Quốc Tập Cận Bình đã hội đàm với Tổng thống Mỹ Joe Biden bên lề hội nghị APEC.", ["Joe Biden | Tổng thống Mỹ", "Tập Cận Bình | Chủ tịch Trung Quốc"], ["Chủ tịch Trung Quốc | Nhà nước Trung Quốc", "Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Chủ tịch Cục Dự trữ Liên bang Mỹ (Fed) Jerome Powell cho biết lãi suất sẽ giữ nguyên.", ["Jerome Powell | Chủ tịch Cục Dự trữ Liên bang Mỹ"], ["Chủ tịch Cục Dự trữ Liên bang Mỹ | Cục Dự trữ Liên bang Mỹ"], []],
  ["Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF) Kristalina Georgieva dự báo kinh tế toàn cầu tăng trưởng chậm lại.", ["Kristalina Georgieva | Tổng Giám đốc Quỹ Tiền tệ Quốc tế"], ["Tổng Giám đốc Quỹ Tiền tệ Quốc tế | Quỹ Tiền tệ Quốc tế"], []],
  ["Tổng Thư ký NATO Jens Stoltenberg cho biết liên minh sẽ tăng cường hiện diện ở sườn đông.", ["Jens Stoltenberg | Tổng Thư ký NATO"], ["Tổng Thư ký NATO | Tổ chức Hiệp ước Bắc Đại Tây Dương"], []],
  ["Phó Tổng thống Mỹ Kamala Harris đã tới Singapore.", ["Kamala Harris | Phó Tổng thống Mỹ"], ["Phó Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Chủ tịch Thượng viện Campuchia Hun Sen đã tiếp Chủ tịch Quốc hội Việt Nam Trần Thanh Mẫn.", ["Hun Sen | Chủ tịch Thượng viện Campuchia", "Trần Thanh Mẫn | Chủ tịch Quốc hội Việt Nam"], ["Chủ tịch Quốc hội Việt Nam | Quốc hội", "Chủ tịch Thượng viện Campuchia | Thượng viện Campuchia"], []],
  ["Đại sứ đặc mệnh toàn quyền Việt Nam tại Hoa Kỳ Nguyễn Quốc Dũng đã trình thư ủy nhiệm.", ["Nguyễn Quốc Dũng | Đại sứ đặc mệnh toàn quyền Việt Nam tại Hoa Kỳ"], ["Đại sứ đặc mệnh toàn quyền Việt Nam tại Hoa Kỳ | Đại sứ quán Việt Nam tại Mỹ"], []],
  ["Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gặp Ngoại trưởng Mỹ Antony Blinken.", ["Antony Blinken | Ngoại trưởng Mỹ", "Bùi Thanh Sơn | Bộ trưởng Ngoại giao", "Bùi Thanh Sơn | Phó Thủ tướng"], ["Bộ trưởng Ngoại giao | Bộ Ngoại giao", "Ngoại trưởng Mỹ | Bộ Ngoại giao Mỹ", "Phó Thủ tướng | Chính phủ"], []],
  ["Cựu Thủ tướng Nhật Bản Abe Shinzo bị ám sát năm 2022.", ["Abe Shinzo | Thủ tướng Nhật Bản | former"], ["Thủ tướng Nhật Bản | Chính phủ Nhật Bản"], []],
  ["Nguyên Tổng thống Hàn Quốc Moon Jae-in bị truy tố.", ["Moon Jae-in | Tổng thống Hàn Quốc | former"], ["Tổng thống Hàn Quốc | Nhà nước Hàn Quốc"], []],
  ["Tổng thống Pháp Emmanuel Macron đã bổ nhiệm ông Michel Barnier làm Thủ tướng.", ["Emmanuel Macron | Tổng thống Pháp", "Michel Barnier | Thủ tướng"], ["Thủ tướng | Chính phủ Pháp", "Tổng thống Pháp | Nhà nước Pháp"], ["appointment: Michel Barnier | Thủ tướng"]],
  ["Thủ tướng Pháp Gabriel Attal đã đệ đơn từ chức lên Tổng thống Macron.", ["Gabriel Attal | Thủ tướng Pháp | former", "Macron | Tổng thống"], ["Thủ tướng Pháp | Chính phủ Pháp"], ["resignation: Gabriel Attal | Thủ tướng Pháp"]],
  ["Bộ trưởng Ngoại giao Trung Quốc Vương Nghị, Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc, đã tới Hà Nội.", ["Vương Nghị | Bộ trưởng Ngoại giao Trung Quốc", "Vương Nghị | Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc"], ["Bộ trưởng Ngoại giao Trung Quốc | Bộ Ngoại giao Trung Quốc", "Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc | Bộ Chính trị Đảng Cộng sản Trung Quốc"], []],
  ["Tổng Thư ký OPEC Haitham al-Ghais phát biểu.", ["Haitham al-Ghais | Tổng Thư ký OPEC"], ["Tổng Thư ký OPEC | Tổ chức các nước xuất khẩu dầu mỏ"], []],
  ["Tổng thống Ai Cập Abdel Fattah al-Sisi cho biết.", ["Abdel Fattah al-Sisi | Tổng thống Ai Cập"], ["Tổng thống Ai Cập | Nhà nước Ai Cập"], []],
  ["Thống đốc Ngân hàng Trung ương Nhật Bản Ueda Kazuo cho biết.", ["Ueda Kazuo | Thống đốc Ngân hàng Trung ương Nhật Bản"], ["Thống đốc Ngân hàng Trung ương Nhật Bản | Ngân hàng Trung ương Nhật Bản"], []],
  ["Ông Antony Blinken, Ngoại trưởng Mỹ, cho biết Washington ủng hộ.", ["Antony Blinken | Ngoại trưởng Mỹ"], ["Ngoại trưởng Mỹ | Bộ Ngoại giao Mỹ"], []],
  ["Theo Ngoại trưởng Mỹ, ông Nguyễn Văn M sẽ dẫn đầu đoàn.", [], ["Ngoại trưởng Mỹ | Bộ Ngoại giao Mỹ"], []],
  ["Quốc vụ khanh Bộ Ngoại giao Anh Anne-Marie Trevelyan đã thăm Hà Nội.", ["Anne-Marie Trevelyan | Quốc vụ khanh Bộ Ngoại giao Anh"], ["Quốc vụ khanh Bộ Ngoại giao Anh | Bộ Ngoại giao Anh"], []],
  ["Thượng viện Mỹ đã phê chuẩn ông Marco Rubio làm Ngoại trưởng.", ["Marco Rubio | Ngoại trưởng"], [], ["approval: Marco Rubio | Ngoại trưởng"]],
  ["Ông Kim Jong-un, Chủ tịch Ủy ban Quốc vụ Triều Tiên, đã thị sát.", ["Kim Jong-un | Chủ tịch Ủy ban Quốc vụ Triều Tiên"], ["Chủ tịch Ủy ban Quốc vụ Triều Tiên | Ủy ban Quốc vụ Triều Tiên"], []],
  ["Tổng Giám đốc Tổ chức Y tế Thế giới (WHO) Tedros Adhanom Ghebreyesus cho biết.", ["Tedros Adhanom Ghebreyesus | Tổng Giám đốc Tổ chức Y tế Thế giới"], ["Tổng Giám đốc Tổ chức Y tế Thế giới | Tổ chức Y tế Thế giới"], []],
  ["Ông Rutte, cựu Thủ tướng Hà Lan, được bổ nhiệm làm Tổng Thư ký NATO.", ["Rutte | Thủ tướng Hà Lan | former", "Rutte | Tổng Thư ký NATO"], ["Thủ tướng Hà Lan | Chính phủ Hà Lan", "Tổng Thư ký NATO | Tổ chức Hiệp ước Bắc Đại Tây Dương"], ["appointment: Rutte | Tổng Thư ký NATO"]],
  ["Thủ tướng Canada Justin Trudeau tuyên bố từ chức.", ["Justin Trudeau | Thủ tướng Canada | former"], ["Thủ tướng Canada | Chính phủ Canada"], ["resignation: Justin Trudeau | Thủ tướng Canada"]],
  ["Tổng Lãnh sự Việt Nam tại Thượng Hải Ninh Thành Công cho biết.", ["Ninh Thành Công | Tổng Lãnh sự Việt Nam tại Thượng Hải"], ["Tổng Lãnh sự Việt Nam tại Thượng Hải | Tổng Lãnh sự quán Việt Nam tại Thượng Hải"], []],
  ["Thứ trưởng Ngoại giao Mỹ Kurt Campbell cho biết.", ["Kurt Campbell | Thứ trưởng Ngoại giao Mỹ"], ["Thứ trưởng Ngoại giao Mỹ | Bộ Ngoại giao Mỹ"], []],
  ["Thư ký Báo chí Nhà Trắng Karine Jean-Pierre cho biết.", ["Karine Jean-Pierre | Thư ký Báo chí Nhà Trắng"], ["Thư ký Báo chí Nhà Trắng | Nhà Trắng"], []],
  ["Chánh văn phòng Nhà Trắng Susie Wiles cho biết.", ["Susie Wiles | Chánh văn phòng Nhà Trắng"], ["Chánh văn phòng Nhà Trắng | Nhà Trắng"], []],
  ["Thống đốc bang California Gavin Newsom cho biết.", ["Gavin Newsom | Thống đốc bang California"], ["Thống đốc bang California | Chính quyền bang California"], []],
  ["Phó Thủ tướng Thường trực Trung Quốc Đinh Tiết Tường thăm Việt Nam.", ["Đinh Tiết Tường | Phó Thủ tướng Thường trực Trung Quốc"], ["Phó Thủ tướng Thường trực Trung Quốc | Chính phủ Trung Quốc"], []],
  ["Phó Chủ tịch nước Trung Quốc Hàn Chính gặp Phó Chủ tịch nước Võ Thị Ánh Xuân.", ["Hàn Chính | Phó Chủ tịch nước Trung Quốc", "Võ Thị Ánh Xuân | Phó Chủ tịch nước"], ["Phó Chủ tịch nước Trung Quốc | Nhà nước Trung Quốc", "Phó Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam"], []],
  ["Tổng thống Nga bổ nhiệm ông Andrei Belousov làm Bộ trưởng Quốc phòng.", ["Andrei Belousov | Bộ trưởng Quốc phòng"], ["Tổng thống Nga | Nhà nước Nga"], ["appointment: Andrei Belousov | Bộ trưởng Quốc phòng"]],
  ["Nữ hoàng Anh Elizabeth II qua đời ngày 8/9/2022.", ["Elizabeth II | Nữ hoàng Anh | former"], ["Nữ hoàng Anh | Nhà nước Anh"], ["death: Elizabeth II | Nữ hoàng Anh"]],
]);

table("business news: bank and company boards, CEOs, founders, appointments and departures", [
  ["Chủ tịch HĐQT Vietcombank Phạm Quang Dũng cho biết lợi nhuận năm nay tăng 10%.", ["Phạm Quang Dũng | Chủ tịch HĐQT Vietcombank"], ["Chủ tịch HĐQT Vietcombank | HĐQT Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], []],
  ["CEO của Apple Tim Cook đã tới Hà Nội.", ["Tim Cook | CEO của Apple"], ["CEO của Apple | Apple"], []],
  ["Giám đốc điều hành Nvidia Jensen Huang thăm Việt Nam.", ["Jensen Huang | Giám đốc điều hành Nvidia"], ["Giám đốc điều hành Nvidia | Nvidia"], []],
  ["Ông Trần Văn Bình, Phó Tổng giám đốc Ngân hàng TMCP Ngoại thương Việt Nam, cho biết.", ["Trần Văn Bình | Phó Tổng giám đốc Ngân hàng TMCP Ngoại thương Việt Nam"], ["Phó Tổng giám đốc Ngân hàng TMCP Ngoại thương Việt Nam | Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], []],
  ["Chủ tịch Hội đồng thành viên EVN Đặng Hoàng An cho biết tập đoàn lỗ.", ["Đặng Hoàng An | Chủ tịch Hội đồng thành viên EVN"], ["Chủ tịch Hội đồng thành viên EVN | Hội đồng thành viên Tập đoàn Điện lực Việt Nam"], []],
  ["Bà Lê Thị Cúc, thành viên HĐQT Vietinbank, đã từ nhiệm.", ["Lê Thị Cúc | thành viên HĐQT Vietinbank | former"], ["thành viên HĐQT Vietinbank | HĐQT Ngân hàng Thương mại Cổ phần Công Thương Việt Nam"], ["resignation: Lê Thị Cúc | thành viên HĐQT Vietinbank"]],
  ["Ông Phạm Văn Dũng được bổ nhiệm làm Tổng Giám đốc Ngân hàng TMCP Á Châu (ACB) từ ngày 1/7.", ["Phạm Văn Dũng | Tổng Giám đốc Ngân hàng TMCP Á Châu"], ["Tổng Giám đốc Ngân hàng TMCP Á Châu | Ngân hàng Thương mại Cổ phần Á Châu"], ["appointment: Phạm Văn Dũng | Tổng Giám đốc Ngân hàng TMCP Á Châu"]],
  ["Ông Nguyễn Đức Em đã rời ghế Tổng Giám đốc Sacombank sau 5 năm.", ["Nguyễn Đức Em | Tổng Giám đốc Sacombank | former"], ["Tổng Giám đốc Sacombank | Ngân hàng Thương mại Cổ phần Sài Gòn Thương Tín"], []],
  ["HĐQT Ngân hàng TMCP Quân đội (MB) đã bổ nhiệm ông Phạm Như Ánh làm Tổng Giám đốc.", ["Phạm Như Ánh | Tổng Giám đốc"], ["Tổng Giám đốc | Ngân hàng Thương mại Cổ phần Quân đội"], ["appointment: Phạm Như Ánh | Tổng Giám đốc"]],
  ["Chủ tịch HĐQT Tập đoàn Vingroup Phạm Nhật Vượng cho biết VinFast sẽ mở nhà máy tại Ấn Độ.", ["Phạm Nhật Vượng | Chủ tịch HĐQT Tập đoàn Vingroup"], ["Chủ tịch HĐQT Tập đoàn Vingroup | HĐQT Tập đoàn Vingroup"], []],
  ["Tỷ phú Elon Musk, CEO của Tesla, đã mua Twitter.", ["Elon Musk | CEO của Tesla"], ["CEO của Tesla | Tesla"], []],
  ["Phó Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty CP FPT Nguyễn Văn Khoa phát biểu.", ["Nguyễn Văn Khoa | Phó Chủ tịch HĐQT", "Nguyễn Văn Khoa | Tổng Giám đốc Công ty CP FPT"], ["Phó Chủ tịch HĐQT | HĐQT Công ty CP FPT", "Tổng Giám đốc Công ty CP FPT | Công ty CP FPT"], []],
  ["Ông Trương Gia Bình, nhà sáng lập FPT, cho biết.", ["Trương Gia Bình | nhà sáng lập FPT"], ["nhà sáng lập FPT | Tập đoàn FPT"], []],
  ["Bà Nguyễn Thị Phương Thảo, Chủ tịch HĐQT HDBank, kiêm Tổng Giám đốc Vietjet, phát biểu.", ["Nguyễn Thị Phương Thảo | Chủ tịch HĐQT HDBank", "Nguyễn Thị Phương Thảo | Tổng Giám đốc Vietjet"], ["Chủ tịch HĐQT HDBank | HĐQT Ngân hàng Thương mại Cổ phần Phát triển Thành phố Hồ Chí Minh", "Tổng Giám đốc Vietjet | Công ty Cổ phần Hàng không VietJet"], []],
  ["Ông Lê Đức Thọ thôi giữ chức Chủ tịch HĐQT Vietinbank từ ngày 1/5.", ["Lê Đức Thọ | Chủ tịch HĐQT Vietinbank | former"], ["Chủ tịch HĐQT Vietinbank | HĐQT Ngân hàng Thương mại Cổ phần Công Thương Việt Nam"], ["dismissal: Lê Đức Thọ | Chủ tịch HĐQT Vietinbank"]],
  ["Tổng Giám đốc Tập đoàn Dầu khí Việt Nam (Petrovietnam) Lê Mạnh Hùng đã làm việc với đối tác.", ["Lê Mạnh Hùng | Tổng Giám đốc Tập đoàn Dầu khí Việt Nam"], ["Tổng Giám đốc Tập đoàn Dầu khí Việt Nam | Tập đoàn Dầu khí Quốc gia Việt Nam"], []],
  ["Ông Lê Ngọc Sơn được bổ nhiệm giữ chức Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam.", ["Lê Ngọc Sơn | Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam"], ["Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam | Hội đồng thành viên Tập đoàn Dầu khí Quốc gia Việt Nam"], ["appointment: Lê Ngọc Sơn | Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam"]],
  ["CEO Microsoft Satya Nadella cho biết công ty sẽ đầu tư vào AI.", ["Satya Nadella | CEO Microsoft"], ["CEO Microsoft | Microsoft"], []],
  ["Ông Sundar Pichai, Giám đốc điều hành Google, phát biểu.", ["Sundar Pichai | Giám đốc điều hành Google"], ["Giám đốc điều hành Google | Google"], []],
  ["Đại hội đồng cổ đông đã bầu ông Lê Văn Phúc làm Chủ tịch HĐQT nhiệm kỳ 2025-2030.", ["Lê Văn Phúc | Chủ tịch HĐQT"], ["Chủ tịch HĐQT | HĐQT"], ["election: Lê Văn Phúc | Chủ tịch HĐQT"]],
  ["Ông Nguyễn Văn Giang được HĐQT bầu làm Chủ tịch HĐQT Ngân hàng TMCP Sài Gòn Thương Tín.", ["Nguyễn Văn Giang | Chủ tịch HĐQT Ngân hàng TMCP Sài Gòn Thương Tín"], ["Chủ tịch HĐQT Ngân hàng TMCP Sài Gòn Thương Tín | HĐQT Ngân hàng Thương mại Cổ phần Sài Gòn Thương Tín"], ["election: Nguyễn Văn Giang | Chủ tịch HĐQT Ngân hàng TMCP Sài Gòn Thương Tín"]],
  ["Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng cho biết lãi suất sẽ ổn định.", ["Nguyễn Thị Hồng | Thống đốc Ngân hàng Nhà nước"], ["Thống đốc Ngân hàng Nhà nước | Ngân hàng Nhà nước Việt Nam"], []],
  ["Chủ tịch HĐTV Agribank Phạm Đức Ấn phát biểu tại hội nghị.", ["Phạm Đức Ấn | Chủ tịch HĐTV Agribank"], ["Chủ tịch HĐTV Agribank | HĐTV Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"], []],
  ["Bà Trương Mỹ Lan, Chủ tịch Tập đoàn Vạn Thịnh Phát, bị tuyên án tử hình.", ["Trương Mỹ Lan | Chủ tịch Tập đoàn Vạn Thịnh Phát"], ["Chủ tịch Tập đoàn Vạn Thịnh Phát | Tập đoàn Vạn Thịnh Phát"], []],
  ["Ông Nguyễn Xuân Sơn, nguyên Chủ tịch HĐTV Tập đoàn Dầu khí Việt Nam, bị tuyên án.", ["Nguyễn Xuân Sơn | Chủ tịch HĐTV Tập đoàn Dầu khí Việt Nam | former"], ["Chủ tịch HĐTV Tập đoàn Dầu khí Việt Nam | HĐTV Tập đoàn Dầu khí Quốc gia Việt Nam"], []],
  ["Cựu Chủ tịch HĐQT OceanBank Hà Văn Thắm bị xét xử.", ["Hà Văn Thắm | Chủ tịch HĐQT OceanBank | former"], ["Chủ tịch HĐQT OceanBank | HĐQT Ngân hàng Thương mại TNHH Một thành viên Đại Dương"], []],
  ["Cựu Tổng Giám đốc VietBank Nguyễn Văn An bị bắt.", [], [], []],
  ["Chủ tịch HĐQT PGBank Nguyễn Văn Bình cho biết.", [], ["Chủ tịch HĐQT | HĐQT"], []],
  ["Quyền Tổng Giám đốc Sacombank Nguyễn Đức Thạch Diễm đã ký quyết định.", ["Nguyễn Đức Thạch Diễm | Tổng Giám đốc Sacombank | acting"], ["Tổng Giám đốc Sacombank | Ngân hàng Thương mại Cổ phần Sài Gòn Thương Tín"], []],
  ["Ông Warren Buffett, Chủ tịch kiêm CEO Berkshire Hathaway, cho biết.", ["Warren Buffett | CEO Berkshire Hathaway", "Warren Buffett | Chủ tịch"], ["CEO Berkshire Hathaway | Berkshire Hathaway"], []],
  ["Giám đốc Công ty TNHH Thương mại Minh Phát Nguyễn Văn Ích bị bắt.", ["Nguyễn Văn Ích | Giám đốc Công ty TNHH Thương mại Minh Phát"], ["Giám đốc Công ty TNHH Thương mại Minh Phát | Công ty TNHH Thương mại Minh Phát"], []],
  ["Ông Bùi Thành Nhơn trở lại ghế Chủ tịch HĐQT Novaland.", ["Bùi Thành Nhơn | Chủ tịch HĐQT Novaland"], ["Chủ tịch HĐQT Novaland | HĐQT Tập đoàn Novaland"], []],
  ["Ông Sam Altman, CEO của OpenAI, đã bị sa thải.", ["Sam Altman | CEO của OpenAI | former"], ["CEO của OpenAI | OpenAI"], ["dismissal: Sam Altman | CEO của OpenAI"]],
  ["Hội đồng quản trị OpenAI đã sa thải CEO Sam Altman.", ["Sam Altman | CEO | former"], [], ["dismissal: Sam Altman | CEO"]],
  ["Ông Lê Văn Thành đã được bổ nhiệm giữ chức Phó Tổng giám đốc Vietinbank kể từ ngày 1/6/2024.", ["Lê Văn Thành | Phó Tổng giám đốc Vietinbank"], ["Phó Tổng giám đốc Vietinbank | Ngân hàng Thương mại Cổ phần Công Thương Việt Nam"], ["appointment: Lê Văn Thành | Phó Tổng giám đốc Vietinbank"]],
  ["Theo Chủ tịch HĐQT Vietcombank, ông Nguyễn Văn Long đã nộp đơn từ nhiệm.", [], ["Chủ tịch HĐQT Vietcombank | HĐQT Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], []],
  ["Thượng nghị sĩ John McCain cho biết.", ["John McCain | Thượng nghị sĩ"], [], []],
]);

table("world and business news, more shapes: boards, co-founders, courts that remove a head, acting and elected heads", [
  ["Ông Nguyễn Văn Hải, Trưởng Ban kiểm soát Ngân hàng TMCP Á Châu, đã từ nhiệm.", ["Nguyễn Văn Hải | Trưởng Ban kiểm soát Ngân hàng TMCP Á Châu | former"], ["Trưởng Ban kiểm soát Ngân hàng TMCP Á Châu | Ban kiểm soát Ngân hàng TMCP Á Châu"], ["resignation: Nguyễn Văn Hải | Trưởng Ban kiểm soát Ngân hàng TMCP Á Châu"]],
  ["Ông Jensen Huang, nhà đồng sáng lập kiêm CEO Nvidia, thăm Hà Nội.", ["Jensen Huang | CEO Nvidia", "Jensen Huang | nhà đồng sáng lập"], ["CEO Nvidia | Nvidia"], []],
  ["Đồng sáng lập Microsoft Bill Gates thăm Việt Nam.", ["Bill Gates | Đồng sáng lập Microsoft"], ["Đồng sáng lập Microsoft | Microsoft"], []],
  ["Ông Tim Cook, Tổng Giám đốc điều hành Apple, cho biết.", ["Tim Cook | Tổng Giám đốc điều hành Apple"], ["Tổng Giám đốc điều hành Apple | Apple"], []],
  ["Ông Masayoshi Son, nhà sáng lập kiêm Chủ tịch SoftBank, cho biết.", ["Masayoshi Son | Chủ tịch SoftBank", "Masayoshi Son | nhà sáng lập"], ["Chủ tịch SoftBank | SoftBank"], []],
  ["Thủ tướng Thái Lan Srettha Thavisin đã bị Tòa án Hiến pháp bãi nhiệm ngày 14/8/2024.", ["Srettha Thavisin | Thủ tướng Thái Lan | former"], ["Thủ tướng Thái Lan | Chính phủ Thái Lan"], ["dismissal: Srettha Thavisin | Thủ tướng Thái Lan"]],
  ["Tổng thống Hàn Quốc Yoon Suk Yeol bị Tòa án Hiến pháp Hàn Quốc phế truất.", ["Yoon Suk Yeol | Tổng thống Hàn Quốc | former"], ["Tổng thống Hàn Quốc | Nhà nước Hàn Quốc"], ["dismissal: Yoon Suk Yeol | Tổng thống Hàn Quốc"]],
  ["Hoàng thái tử Nhật Bản Akishino thăm Việt Nam.", ["Akishino | Hoàng thái tử Nhật Bản"], [], []],
  ["Tổng thống Pháp Emmanuel Macron và Phu nhân Brigitte Macron thăm Hà Nội.", ["Emmanuel Macron | Tổng thống Pháp"], ["Tổng thống Pháp | Nhà nước Pháp"], []],
  ["Ban kiểm soát, kiểm soát viên phải thực sự là công cụ giám sát.", [], [], []],
  ["Kế toán trưởng Công ty CP Sữa Việt Nam Nguyễn Văn Tâm cho biết.", ["Nguyễn Văn Tâm | Kế toán trưởng Công ty CP Sữa Việt Nam"], ["Kế toán trưởng Công ty CP Sữa Việt Nam | Công ty CP Sữa Việt Nam"], []],
  ["HĐQT Vietjet đã miễn nhiệm ông Đinh Việt Phương khỏi chức Tổng Giám đốc.", ["Đinh Việt Phương | Tổng Giám đốc | former"], ["Tổng Giám đốc | Công ty Cổ phần Hàng không VietJet"], ["dismissal: Đinh Việt Phương | Tổng Giám đốc"]],
  ["Ông Đinh Việt Phương thôi làm Tổng Giám đốc Vietjet từ ngày 1/1/2025.", ["Đinh Việt Phương | Tổng Giám đốc Vietjet | former"], ["Tổng Giám đốc Vietjet | Công ty Cổ phần Hàng không VietJet"], ["dismissal: Đinh Việt Phương | Tổng Giám đốc Vietjet"]],
  ["Ngân hàng TMCP Á Châu bổ nhiệm bà Nguyễn Thị Mai làm Phó Tổng Giám đốc.", ["Nguyễn Thị Mai | Phó Tổng Giám đốc"], ["Phó Tổng Giám đốc | Ngân hàng Thương mại Cổ phần Á Châu"], ["appointment: Nguyễn Thị Mai | Phó Tổng Giám đốc"]],
  ["Ông Phạm Quang Dũng được bổ nhiệm giữ chức Chủ tịch HĐQT Ngân hàng TMCP Ngoại thương Việt Nam từ ngày 1/5/2023.", ["Phạm Quang Dũng | Chủ tịch HĐQT Ngân hàng TMCP Ngoại thương Việt Nam"], ["Chủ tịch HĐQT Ngân hàng TMCP Ngoại thương Việt Nam | HĐQT Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], ["appointment: Phạm Quang Dũng | Chủ tịch HĐQT Ngân hàng TMCP Ngoại thương Việt Nam"]],
  ["Tổng Giám đốc Vietcombank Nguyễn Thanh Tùng và Phó Tổng Giám đốc Đặng Hoài Đức đã dự hội nghị.", ["Nguyễn Thanh Tùng | Tổng Giám đốc Vietcombank", "Đặng Hoài Đức | Phó Tổng Giám đốc"], ["Phó Tổng Giám đốc | Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam", "Tổng Giám đốc Vietcombank | Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], []],
  ["Chủ tịch Hiệp hội Ngân hàng Việt Nam Nguyễn Quốc Hùng cho biết.", ["Nguyễn Quốc Hùng | Chủ tịch Hiệp hội Ngân hàng Việt Nam"], ["Chủ tịch Hiệp hội Ngân hàng Việt Nam | Hiệp hội Ngân hàng Việt Nam"], []],
  ["Ông Trần Bá Dương, Chủ tịch HĐQT Thaco, cho biết.", ["Trần Bá Dương | Chủ tịch HĐQT Thaco"], ["Chủ tịch HĐQT Thaco | HĐQT Công ty Cổ phần Ô tô Trường Hải"], []],
  ["Chủ tịch Tập đoàn Sun Group Đặng Minh Trường phát biểu.", ["Đặng Minh Trường | Chủ tịch Tập đoàn Sun Group"], ["Chủ tịch Tập đoàn Sun Group | Công ty Cổ phần Tập đoàn Sun Group"], []],
  ["Tỷ phú Phạm Nhật Vượng, Chủ tịch Vingroup, cho biết.", ["Phạm Nhật Vượng | Chủ tịch Vingroup"], ["Chủ tịch Vingroup | Tập đoàn Vingroup"], []],
  ["Bà Lê Thị Thu Thủy, Phó Chủ tịch kiêm Tổng Giám đốc VinFast, đã từ nhiệm.", ["Lê Thị Thu Thủy | Phó Chủ tịch | former", "Lê Thị Thu Thủy | Tổng Giám đốc VinFast | former"], ["Phó Chủ tịch | Công ty Cổ phần VinFast", "Tổng Giám đốc VinFast | Công ty Cổ phần VinFast"], ["resignation: Lê Thị Thu Thủy | Phó Chủ tịch", "resignation: Lê Thị Thu Thủy | Tổng Giám đốc VinFast"]],
  ["Ông Javier Milei đã đắc cử Tổng thống Argentina.", ["Javier Milei | Tổng thống Argentina"], ["Tổng thống Argentina | Nhà nước Argentina"], ["election: Javier Milei | Tổng thống Argentina"]],
  ["Bà Paetongtarn Shinawatra được Quốc hội Thái Lan bầu làm Thủ tướng ngày 16/8/2024.", ["Paetongtarn Shinawatra | Thủ tướng"], ["Thủ tướng | Chính phủ Thái Lan"], ["election: Paetongtarn Shinawatra | Thủ tướng"]],
  ["Ông Han Duck-soo, quyền Tổng thống Hàn Quốc, cho biết.", ["Han Duck-soo | Tổng thống Hàn Quốc | acting"], ["Tổng thống Hàn Quốc | Nhà nước Hàn Quốc"], []],
  ["Quyền Tổng thống Hàn Quốc Choi Sang-mok đã ký ban hành luật.", ["Choi Sang-mok | Tổng thống Hàn Quốc | acting"], ["Tổng thống Hàn Quốc | Nhà nước Hàn Quốc"], []],
  ["Ông Donald Trump, Tổng thống đắc cử Mỹ, tuyên bố sẽ áp thuế.", ["Donald Trump | Tổng thống Mỹ | incoming"], ["Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Đại sứ Nhật Bản tại Việt Nam Ito Naoki đã chào từ biệt Chủ tịch nước.", ["Ito Naoki | Đại sứ Nhật Bản tại Việt Nam"], ["Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Đại sứ Nhật Bản tại Việt Nam | Đại sứ quán Nhật Bản tại Việt Nam"], []],
  ["Tân Đại sứ Mỹ tại Việt Nam Marc Knapper trình quốc thư.", ["Marc Knapper | Đại sứ Mỹ tại Việt Nam"], ["Đại sứ Mỹ tại Việt Nam | Đại sứ quán Mỹ tại Việt Nam"], []],
  ["Nguyên Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh phát biểu.", ["Phạm Quang Vinh | Đại sứ Việt Nam tại Mỹ | former"], ["Đại sứ Việt Nam tại Mỹ | Đại sứ quán Việt Nam tại Mỹ"], []],
  ["Cựu Ngoại trưởng Mỹ Henry Kissinger qua đời ở tuổi 100.", ["Henry Kissinger | Ngoại trưởng Mỹ | former"], ["Ngoại trưởng Mỹ | Bộ Ngoại giao Mỹ"], ["death: Henry Kissinger | Ngoại trưởng Mỹ"]],
  ["Cựu Tổng thống Nga Dmitry Medvedev, Phó Chủ tịch Hội đồng An ninh Nga, cảnh báo.", ["Dmitry Medvedev | Phó Chủ tịch Hội đồng An ninh Nga", "Dmitry Medvedev | Tổng thống Nga | former"], ["Phó Chủ tịch Hội đồng An ninh Nga | Hội đồng An ninh Nga", "Tổng thống Nga | Nhà nước Nga"], []],
  ["Tổng thống Belarus Alexander Lukashenko tái đắc cử.", ["Alexander Lukashenko | Tổng thống Belarus"], ["Tổng thống Belarus | Nhà nước Belarus"], ["election: Alexander Lukashenko | Tổng thống Belarus"]],
  ["Quốc vương Brunei Hassanal Bolkiah tiếp Chủ tịch nước.", ["Hassanal Bolkiah | Quốc vương Brunei"], ["Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Quốc vương Brunei | Nhà nước Brunei"], []],
  ["Chủ tịch Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc Triệu Lạc Tế hội kiến.", ["Triệu Lạc Tế | Chủ tịch Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc"], ["Chủ tịch Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc | Ủy ban Thường vụ Đại hội Đại biểu Nhân dân toàn quốc Trung Quốc"], []],
  ["Thủ tướng Lào Sonexay Siphandone hội đàm với Thủ tướng Phạm Minh Chính.", ["Phạm Minh Chính | Thủ tướng", "Sonexay Siphandone | Thủ tướng Lào"], ["Thủ tướng Lào | Chính phủ Lào", "Thủ tướng | Chính phủ"], []],
  ["Bộ trưởng Quốc phòng Israel Yoav Gallant bị cách chức.", ["Yoav Gallant | Bộ trưởng Quốc phòng Israel | former"], ["Bộ trưởng Quốc phòng Israel | Bộ Quốc phòng Israel"], ["dismissal: Yoav Gallant | Bộ trưởng Quốc phòng Israel"]],
  ["Thủ tướng Israel Benjamin Netanyahu đã cách chức Bộ trưởng Quốc phòng Yoav Gallant.", ["Benjamin Netanyahu | Thủ tướng Israel", "Yoav Gallant | Bộ trưởng Quốc phòng | former"], ["Thủ tướng Israel | Chính phủ Israel"], ["dismissal: Yoav Gallant | Bộ trưởng Quốc phòng"]],
  ["Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Thái Lan Maris Sangiampongsa cho biết.", ["Maris Sangiampongsa | Bộ trưởng Ngoại giao Thái Lan", "Maris Sangiampongsa | Phó Thủ tướng"], ["Bộ trưởng Ngoại giao Thái Lan | Bộ Ngoại giao Thái Lan", "Phó Thủ tướng | Chính phủ Thái Lan"], []],
  ["Tổng Giám đốc Tổ chức Thương mại Thế giới (WTO) Ngozi Okonjo-Iweala cho biết.", ["Ngozi Okonjo-Iweala | Tổng Giám đốc Tổ chức Thương mại Thế giới"], ["Tổng Giám đốc Tổ chức Thương mại Thế giới | Tổ chức Thương mại Thế giới"], []],
  ["Giám đốc quốc gia Ngân hàng Thế giới tại Việt Nam Mariam Sherman cho biết.", ["Mariam Sherman | Giám đốc quốc gia Ngân hàng Thế giới tại Việt Nam"], ["Giám đốc quốc gia Ngân hàng Thế giới tại Việt Nam | Ngân hàng Thế giới"], []],
  ["Tổng Thư ký Liên hợp quốc António Guterres. Ông Guterres kêu gọi ngừng bắn.", ["António Guterres | Tổng Thư ký Liên hợp quốc"], ["Tổng Thư ký Liên hợp quốc | Liên hợp quốc"], []],
  ["Ngoại trưởng Mỹ Antony J. Blinken hôm qua cho biết. Ông Blinken nói thêm rằng.", ["Antony J. Blinken | Ngoại trưởng Mỹ"], ["Ngoại trưởng Mỹ | Bộ Ngoại giao Mỹ"], []],
  ["Thủ tướng Malaysia Anwar Ibrahim, Chủ tịch ASEAN 2025, phát biểu.", ["Anwar Ibrahim | Chủ tịch ASEAN", "Anwar Ibrahim | Thủ tướng Malaysia"], ["Chủ tịch ASEAN | Hiệp hội các quốc gia Đông Nam Á", "Thủ tướng Malaysia | Chính phủ Malaysia"], []],
  ["Bộ trưởng Công Thương Nguyễn Hồng Diên tiếp Bộ trưởng Thương mại Mỹ Gina Raimondo.", ["Gina Raimondo | Bộ trưởng Thương mại Mỹ", "Nguyễn Hồng Diên | Bộ trưởng Công Thương"], ["Bộ trưởng Công Thương | Bộ Công Thương", "Bộ trưởng Thương mại Mỹ | Bộ Thương mại Mỹ"], []],
  ["Thứ trưởng Bộ Ngoại giao Nga Andrey Rudenko cho biết.", ["Andrey Rudenko | Thứ trưởng Bộ Ngoại giao Nga"], ["Thứ trưởng Bộ Ngoại giao Nga | Bộ Ngoại giao Nga"], []],
  ["Bộ trưởng Giáo dục Singapore Chan Chun Sing thăm Việt Nam.", ["Chan Chun Sing | Bộ trưởng Giáo dục Singapore"], ["Bộ trưởng Giáo dục Singapore | Bộ Giáo dục Singapore"], []],
]);

table("a holder named before the title: foreign words after it are the body, not another holder; lists of leaders keep theirs", [
  ["Bà Rosalind Brewer, Giám đốc điều hành Walgreens, từ chức.", ["Rosalind Brewer | Giám đốc điều hành"], [], []],
  ["Bà Mary Barra, Chủ tịch kiêm CEO General Motors, cho biết.", ["Mary Barra | CEO", "Mary Barra | Chủ tịch"], [], []],
  ["Ông Bob Iger trở lại làm CEO Disney.", ["Bob Iger | CEO"], [], []],
  ["Ông Bob Iger được bổ nhiệm làm CEO Disney.", ["Bob Iger | CEO"], [], ["appointment: Bob Iger | CEO"]],
  ["Dự có Tổng thống Mỹ Joe Biden, Thủ tướng Nhật Bản Kishida Fumio, Tổng thống Hàn Quốc Yoon Suk Yeol.", ["Joe Biden | Tổng thống Mỹ", "Kishida Fumio | Thủ tướng Nhật Bản", "Yoon Suk Yeol | Tổng thống Hàn Quốc"], ["Thủ tướng Nhật Bản | Chính phủ Nhật Bản", "Tổng thống Hàn Quốc | Nhà nước Hàn Quốc", "Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Bà Kamala Harris, Phó Tổng thống Mỹ, cho biết.", ["Kamala Harris | Phó Tổng thống Mỹ"], ["Phó Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Chủ tịch Quỹ đầu tư Dragon Capital Dominic Scriven cho biết.", ["Dominic Scriven | Chủ tịch Quỹ đầu tư Dragon Capital"], ["Chủ tịch Quỹ đầu tư Dragon Capital | Dragon Capital"], []],
  ["Tổng Giám đốc Công ty Quản lý Quỹ VinaCapital Don Lam cho biết.", ["Don Lam | Tổng Giám đốc Công ty Quản lý Quỹ VinaCapital"], ["Tổng Giám đốc Công ty Quản lý Quỹ VinaCapital | VinaCapital"], []],
  ["Chủ tịch Phòng Thương mại Mỹ tại Việt Nam (AmCham) Adam Sitkoff cho biết.", ["Adam Sitkoff | Chủ tịch Phòng Thương mại Mỹ tại Việt Nam"], ["Chủ tịch Phòng Thương mại Mỹ tại Việt Nam | Phòng Thương mại Hoa Kỳ tại Việt Nam"], []],
  ["Giám đốc điều hành AmCham Adam Sitkoff cho biết.", ["Adam Sitkoff | Giám đốc điều hành AmCham"], ["Giám đốc điều hành AmCham | Phòng Thương mại Hoa Kỳ tại Việt Nam"], []],
  ["Vietcombank vừa bổ nhiệm ông Nguyễn Văn Cường làm Phó Tổng Giám đốc.", ["Nguyễn Văn Cường | Phó Tổng Giám đốc"], ["Phó Tổng Giám đốc | Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], ["appointment: Nguyễn Văn Cường | Phó Tổng Giám đốc"]],
  ["Ông Marco Rubio, Ngoại trưởng kiêm Cố vấn An ninh Quốc gia Mỹ, cho biết.", ["Marco Rubio | Cố vấn An ninh Quốc gia Mỹ", "Marco Rubio | Ngoại trưởng"], ["Ngoại trưởng | Bộ Ngoại giao Mỹ"], []],
  ["Ông Lê Hữu Phúc (CEO Công ty Phúc Long) cho biết giá cà phê tăng.", ["Lê Hữu Phúc | CEO Công ty Phúc Long"], ["CEO Công ty Phúc Long | Công ty Phúc Long"], []],
  ["Tổng thống Hàn Quốc Lee Jae-myung cùng Phu nhân Kim Hea-kyung thăm Việt Nam.", ["Lee Jae-myung | Tổng thống Hàn Quốc"], ["Tổng thống Hàn Quốc | Nhà nước Hàn Quốc"], []],
  ["Bà Kamala Harris thua ông Donald Trump trong cuộc bầu cử Tổng thống Mỹ.", [], ["Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Ông Tô Lâm đã điện đàm với Tổng thống Mỹ Donald Trump.", ["Donald Trump | Tổng thống Mỹ"], ["Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Tổng Bí thư Tô Lâm tiếp Đại sứ Mỹ Marc Knapper.", ["Marc Knapper | Đại sứ Mỹ", "Tô Lâm | Tổng Bí thư"], ["Tổng Bí thư | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Đại sứ Mỹ | Đại sứ quán Mỹ"], []],
  ["Trong cuộc gặp với Thủ tướng Anh, ông Macron cho biết.", [], ["Thủ tướng Anh | Chính phủ Anh"], []],
  ["Tổng thống Nga Putin và Chủ tịch Trung Quốc Tập Cận Bình đã hội đàm tại Moskva.", ["Putin | Tổng thống Nga", "Tập Cận Bình | Chủ tịch Trung Quốc"], ["Chủ tịch Trung Quốc | Nhà nước Trung Quốc", "Tổng thống Nga | Nhà nước Nga"], []],
  ["Bà Mao Ninh, người phát ngôn Bộ Ngoại giao Trung Quốc, cho biết.", ["Mao Ninh | người phát ngôn Bộ Ngoại giao Trung Quốc"], ["người phát ngôn Bộ Ngoại giao Trung Quốc | Bộ Ngoại giao Trung Quốc"], []],
  ["Chủ tịch Hội đồng quản trị Tập đoàn Samsung Lee Jae-yong thăm Việt Nam.", ["Lee Jae-yong | Chủ tịch Hội đồng quản trị Tập đoàn Samsung"], ["Chủ tịch Hội đồng quản trị Tập đoàn Samsung | Hội đồng quản trị Samsung"], []],
  ["Ông Pat Gelsinger rời ghế CEO Intel.", ["Pat Gelsinger | CEO Intel | former"], ["CEO Intel | Intel"], []],
  ["Ông Lip-Bu Tan được bổ nhiệm làm CEO Intel.", ["Lip-Bu Tan | CEO Intel"], ["CEO Intel | Intel"], ["appointment: Lip-Bu Tan | CEO Intel"]],
  ["Tổng Lãnh sự Mỹ tại TP.HCM Susan Burns cho biết.", ["Susan Burns | Tổng Lãnh sự Mỹ tại TP.HCM"], ["Tổng Lãnh sự Mỹ tại TP.HCM | Tổng Lãnh sự quán Mỹ tại Thành phố Hồ Chí Minh"], []],
  ["Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI) Phạm Tấn Công cho biết.", ["Phạm Tấn Công | Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam"], ["Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam | Phòng Thương mại và Công nghiệp Việt Nam"], []],
  ["Bộ trưởng Tài chính Mỹ Scott Bessent và Đại diện Thương mại Jamieson Greer đã đàm phán với phía Trung Quốc.", ["Jamieson Greer | Đại diện Thương mại", "Scott Bessent | Bộ trưởng Tài chính Mỹ"], ["Bộ trưởng Tài chính Mỹ | Bộ Tài chính Mỹ"], []],
  ["Chủ tịch Đảng Dân chủ Hàn Quốc Lee Jae-myung cho biết.", ["Lee Jae-myung | Chủ tịch Đảng Dân chủ Hàn Quốc"], ["Chủ tịch Đảng Dân chủ Hàn Quốc | Đảng Dân chủ Hàn Quốc"], []],
  ["Hạ nghị sĩ Mỹ Nancy Pelosi cho biết.", ["Nancy Pelosi | Hạ nghị sĩ Mỹ"], [], []],
]);

table("an aide of an office written with \"của\", and a relative named after a title: neither holds that office", [
  ["Đặc phái viên của Tổng thống Mỹ Steve Witkoff tới Moskva.", ["Steve Witkoff | Đặc phái viên của Tổng thống Mỹ"], ["Đặc phái viên của Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Người phát ngôn của Tổng thống Nga Dmitry Peskov cho biết.", ["Dmitry Peskov | Người phát ngôn của Tổng thống Nga"], ["Người phát ngôn của Tổng thống Nga | Nhà nước Nga"], []],
  ["Đặc phái viên Mỹ Steve Witkoff tới Moskva.", ["Steve Witkoff | Đặc phái viên Mỹ"], [], []],
  ["Phu nhân Tổng thống Pháp Brigitte Macron thăm trường học.", [], ["Tổng thống Pháp | Nhà nước Pháp"], []],
  ["Vợ Tổng thống Ukraine Olena Zelenska phát biểu.", [], ["Tổng thống Ukraine | Nhà nước Ukraine"], []],
  ["Con trai Tổng thống Mỹ Hunter Biden bị truy tố.", [], ["Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Ông Nguyễn Văn An, chồng Chủ tịch HĐQT Trương Mỹ Lan, bị bắt.", ["Trương Mỹ Lan | Chủ tịch HĐQT"], ["Chủ tịch HĐQT | HĐQT"], []],
  ["Thủ tướng Phạm Minh Chính và Phu nhân Lê Thị Bích Trân dự.", ["Phạm Minh Chính | Thủ tướng"], ["Thủ tướng | Chính phủ"], []],
  ["Cố vấn của Tổng thống Pháp về châu Á Emmanuel Bonne cho biết.", ["Emmanuel Bonne | Cố vấn của Tổng thống Pháp về châu Á"], ["Cố vấn của Tổng thống Pháp về châu Á | Nhà nước Pháp"], []],
  ["Người phát ngôn của UBND tỉnh Bình Thuận Nguyễn Đình Trung cho biết.", ["Nguyễn Đình Trung | Người phát ngôn của UBND tỉnh Bình Thuận"], ["Người phát ngôn của UBND tỉnh Bình Thuận | UBND tỉnh Bình Thuận"], []],
]);

table("who decides is not who is appointed; a general's rank written \"Tướng\"", [
  ["Tổng thống Zelensky bổ nhiệm tướng Oleksandr Syrskyi làm Tổng Tư lệnh.", ["Oleksandr Syrskyi | Tổng Tư lệnh", "Oleksandr Syrskyi | tướng", "Zelensky | Tổng thống"], [], ["appointment: Oleksandr Syrskyi | Tổng Tư lệnh"]],
  ["Tổng thống Zelensky bổ nhiệm một tướng trẻ làm Tổng Tư lệnh.", ["Zelensky | Tổng thống"], [], []],
  ["Tổng thống Zelensky đã bổ nhiệm một tướng trẻ làm Tổng Tư lệnh.", ["Zelensky | Tổng thống"], [], []],
  ["Tướng Aung San là người sáng lập quân đội Myanmar.", ["Aung San | Tướng"], [], []],
  ["Các tướng lĩnh quân đội dự.", [], [], []],
  ["Tể tướng Tô Hiến Thành là người chính trực.", ["Tô Hiến Thành | Tể tướng"], [], []],
  ["Ông Nguyễn Văn Tú được Thủ tướng bổ nhiệm làm Thứ trưởng Bộ Tài chính.", ["Nguyễn Văn Tú | Thứ trưởng Bộ Tài chính"], ["Thủ tướng | Chính phủ", "Thứ trưởng Bộ Tài chính | Bộ Tài chính"], ["appointment: Nguyễn Văn Tú | Thứ trưởng Bộ Tài chính"]],
  ["Ban Bí thư đã kỷ luật ông Nguyễn Văn Tú bằng hình thức cảnh cáo và cho thôi giữ chức Bí thư Tỉnh ủy.", ["Nguyễn Văn Tú | Bí thư Tỉnh ủy | former"], ["Bí thư Tỉnh ủy | Tỉnh ủy"], ["dismissal: Nguyễn Văn Tú | Bí thư Tỉnh ủy"]],
  ["Tổng thống Ukraine Zelensky đã sa thải Tổng Tư lệnh Valery Zaluzhny.", ["Valery Zaluzhny | Tổng Tư lệnh | former", "Zelensky | Tổng thống Ukraine"], ["Tổng thống Ukraine | Nhà nước Ukraine"], ["dismissal: Valery Zaluzhny | Tổng Tư lệnh"]],
  ["Bộ trưởng Quốc phòng Nga Sergei Shoigu bị cách chức và được bổ nhiệm làm Thư ký Hội đồng An ninh Nga.", ["Sergei Shoigu | Bộ trưởng Quốc phòng Nga | former", "Sergei Shoigu | Thư ký Hội đồng An ninh Nga"], ["Bộ trưởng Quốc phòng Nga | Bộ Quốc phòng Nga", "Thư ký Hội đồng An ninh Nga | Hội đồng An ninh Nga"], ["appointment: Sergei Shoigu | Thư ký Hội đồng An ninh Nga", "dismissal: Sergei Shoigu | Bộ trưởng Quốc phòng Nga"]],
  ["Quốc hội Ukraine đã phê chuẩn bà Yulia Svyrydenko làm Thủ tướng.", ["Yulia Svyrydenko | Thủ tướng"], ["Thủ tướng | Chính phủ Ukraine"], ["approval: Yulia Svyrydenko | Thủ tướng"]],
  ["Ông Rodrigo Duterte, cựu Tổng thống Philippines, bị bắt.", ["Rodrigo Duterte | Tổng thống Philippines | former"], ["Tổng thống Philippines | Nhà nước Philippines"], []],
  ["Quyền Thủ tướng Thái Lan Phumtham Wechayachai cho biết.", ["Phumtham Wechayachai | Thủ tướng Thái Lan | acting"], ["Thủ tướng Thái Lan | Chính phủ Thái Lan"], []],
  ["Tổng thống Syria Bashar al-Assad đã bị lật đổ.", ["Bashar al-Assad | Tổng thống Syria"], ["Tổng thống Syria | Nhà nước Syria"], []],
  ["Thị trưởng London Sadiq Khan cho biết.", ["Sadiq Khan | Thị trưởng London"], ["Thị trưởng London | Chính quyền London"], []],
  ["Chủ tịch FIFA Gianni Infantino đã gửi thư.", ["Gianni Infantino | Chủ tịch FIFA"], ["Chủ tịch FIFA | Liên đoàn Bóng đá Thế giới"], []],
  ["Trưởng đại diện UNICEF tại Việt Nam Rana Flowers cho biết.", ["Rana Flowers | Trưởng đại diện UNICEF tại Việt Nam"], ["Trưởng đại diện UNICEF tại Việt Nam | Quỹ Nhi đồng Liên hợp quốc"], []],
  ["Ông Nguyễn Văn Lộc, nguyên Phó Tổng Giám đốc Vietcombank, được bổ nhiệm làm Tổng Giám đốc Vietcombank.", ["Nguyễn Văn Lộc | Phó Tổng Giám đốc Vietcombank | former", "Nguyễn Văn Lộc | Tổng Giám đốc Vietcombank"], ["Phó Tổng Giám đốc Vietcombank | Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam", "Tổng Giám đốc Vietcombank | Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], ["appointment: Nguyễn Văn Lộc | Tổng Giám đốc Vietcombank"]],
  ["Ông Nguyễn Hồ Nam thôi làm thành viên HĐQT Eximbank.", ["Nguyễn Hồ Nam | thành viên HĐQT Eximbank | former"], ["thành viên HĐQT Eximbank | HĐQT Ngân hàng Thương mại Cổ phần Xuất Nhập khẩu Việt Nam"], ["dismissal: Nguyễn Hồ Nam | thành viên HĐQT Eximbank"]],
  ["Thiếu tướng Tào Đức Thắng, Chủ tịch kiêm Tổng Giám đốc Viettel, phát biểu.", ["Tào Đức Thắng | Chủ tịch", "Tào Đức Thắng | Thiếu tướng", "Tào Đức Thắng | Tổng Giám đốc Viettel"], ["Chủ tịch | Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tổng Giám đốc Viettel | Tập đoàn Công nghiệp - Viễn thông Quân đội"], []],
]);

table("interim heads and a holder's sex before the title", [
  ["Tổng thống lâm thời Syria Ahmed al-Sharaa đã thăm Saudi Arabia.", ["Ahmed al-Sharaa | Tổng thống Syria | acting"], ["Tổng thống Syria | Nhà nước Syria"], []],
  ["Bà Sanae Takaichi trở thành nữ Thủ tướng đầu tiên của Nhật Bản.", ["Sanae Takaichi | Thủ tướng"], [], []],
  ["Bà Nguyễn Thị Bình là nữ Phó Chủ tịch nước đầu tiên.", ["Nguyễn Thị Bình | Phó Chủ tịch nước"], ["Phó Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam"], []],
]);

table("short articles: a summit call, a minister's visit; a resignation filed; a fund's name with \"Trực tiếp\"", [
  ["Giám đốc Quỹ Đầu tư Trực tiếp Nga (RDIF) Kirill Dmitriev cho biết.", ["Kirill Dmitriev | Giám đốc Quỹ Đầu tư Trực tiếp Nga"], ["Giám đốc Quỹ Đầu tư Trực tiếp Nga | Quỹ Đầu tư Trực tiếp Nga"], []],
  ["Cùng ngày, bà Nguyễn Thị Mai, thành viên HĐQT, đã nộp đơn từ nhiệm vì lý do cá nhân.", ["Nguyễn Thị Mai | thành viên HĐQT | former"], ["thành viên HĐQT | HĐQT"], ["resignation: Nguyễn Thị Mai | thành viên HĐQT"]],
  ["Ngày 12/3, Tổng thống Mỹ Donald Trump đã có cuộc điện đàm với Tổng thống Nga Vladimir Putin. Người phát ngôn Điện Kremlin Dmitry Peskov cho biết ông Putin đánh giá cao cuộc điện đàm. Cuộc gặp có sự tham dự của Cố vấn An ninh Quốc gia Mỹ Mike Waltz và Đặc phái viên của Tổng thống Mỹ Steve Witkoff.", ["Dmitry Peskov | Người phát ngôn Điện Kremlin", "Donald Trump | Tổng thống Mỹ", "Mike Waltz | Cố vấn An ninh Quốc gia Mỹ", "Steve Witkoff | Đặc phái viên của Tổng thống Mỹ", "Vladimir Putin | Tổng thống Nga"], ["Người phát ngôn Điện Kremlin | Điện Kremlin", "Tổng thống Mỹ | Nhà nước Mỹ", "Tổng thống Nga | Nhà nước Nga", "Đặc phái viên của Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Chiều 5/8, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan. Bộ trưởng Vivian Balakrishnan chuyển lời thăm hỏi của Thủ tướng Singapore Lawrence Wong. Dự tiếp có Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt, Đại sứ Singapore tại Việt Nam Jaya Ratnam và Đại sứ Việt Nam tại Singapore Trần Phú Vinh.", ["Jaya Ratnam | Đại sứ Singapore tại Việt Nam", "Lawrence Wong | Thủ tướng Singapore", "Phạm Minh Chính | Thủ tướng", "Trần Phú Vinh | Đại sứ Việt Nam tại Singapore", "Vivian Balakrishnan | Bộ trưởng Ngoại giao Singapore", "Đỗ Hùng Việt | Thứ trưởng Bộ Ngoại giao"], ["Bộ trưởng Ngoại giao Singapore | Bộ Ngoại giao Singapore", "Thủ tướng Singapore | Chính phủ Singapore", "Thủ tướng | Chính phủ", "Thứ trưởng Bộ Ngoại giao | Bộ Ngoại giao", "Đại sứ Singapore tại Việt Nam | Đại sứ quán Singapore tại Việt Nam", "Đại sứ Việt Nam tại Singapore | Đại sứ quán Việt Nam tại Singapore"], []],
]);

table("executives named by function (COO, CTO, sales), and more short articles", [
  ["Trước đó, Giám đốc vận hành Jeff Williams đã nghỉ hưu.", ["Jeff Williams | Giám đốc vận hành | former"], [], ["retirement: Jeff Williams | Giám đốc vận hành"]],
  ["Giám đốc kinh doanh Công ty CP Hoàng Long Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Giám đốc kinh doanh Công ty CP Hoàng Long"], ["Giám đốc kinh doanh Công ty CP Hoàng Long | Công ty CP Hoàng Long"], []],
  ["Ông Nguyễn Văn An, Giám đốc công nghệ của FPT, cho biết.", ["Nguyễn Văn An | Giám đốc công nghệ của FPT"], ["Giám đốc công nghệ của FPT | Tập đoàn FPT"], []],
  ["Tập đoàn Vingroup vừa thông báo bổ nhiệm bà Nguyễn Thị Thu Hương làm Phó Tổng Giám đốc, thay ông Trần Văn Hùng nghỉ hưu. Bà Hương từng là Giám đốc Tài chính của VinFast.", ["Nguyễn Thị Thu Hương | Giám đốc Tài chính của VinFast | former", "Nguyễn Thị Thu Hương | Phó Tổng Giám đốc", "Trần Văn Hùng | Phó Tổng Giám đốc | former"], ["Giám đốc Tài chính của VinFast | Công ty Cổ phần VinFast", "Phó Tổng Giám đốc | Tập đoàn Vingroup"], ["appointment: Nguyễn Thị Thu Hương | Phó Tổng Giám đốc", "retirement: Trần Văn Hùng | Phó Tổng Giám đốc"]],
  ["Sáng 10/6, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Tổng thống Indonesia Prabowo Subianto. Tham dự có Bộ trưởng Ngoại giao Indonesia Sugiono và Đại sứ Indonesia tại Việt Nam Denny Abdi.", ["Denny Abdi | Đại sứ Indonesia tại Việt Nam", "Prabowo Subianto | Tổng thống Indonesia", "Sugiono | Bộ trưởng Ngoại giao Indonesia", "Trần Thanh Mẫn | Chủ tịch Quốc hội"], ["Bộ trưởng Ngoại giao Indonesia | Bộ Ngoại giao Indonesia", "Chủ tịch Quốc hội | Quốc hội", "Tổng thống Indonesia | Nhà nước Indonesia", "Đại sứ Indonesia tại Việt Nam | Đại sứ quán Indonesia tại Việt Nam"], []],
  ["Ông Kim Jong-un, Tổng Bí thư Đảng Lao động Triều Tiên, Chủ tịch Ủy ban Quốc vụ, đã tiếp Bộ trưởng Quốc phòng Nga Andrei Belousov.", ["Andrei Belousov | Bộ trưởng Quốc phòng Nga", "Kim Jong-un | Chủ tịch Ủy ban Quốc vụ", "Kim Jong-un | Tổng Bí thư Đảng Lao động Triều Tiên"], ["Bộ trưởng Quốc phòng Nga | Bộ Quốc phòng Nga", "Chủ tịch Ủy ban Quốc vụ | Ủy ban Quốc vụ", "Tổng Bí thư Đảng Lao động Triều Tiên | Đảng Lao động Triều Tiên"], []],
]);

table("a title's English abbreviation in parentheses before its company", [
  ["Ông Nguyễn Văn An, Tổng Giám đốc (CEO) Công ty CP Thế Giới Di Động, cho biết doanh thu giảm.", ["Nguyễn Văn An | Tổng Giám đốc Công ty CP Thế Giới Di Động"], ["Tổng Giám đốc Công ty CP Thế Giới Di Động | Công ty CP Thế Giới Di Động"], []],
  ["Giám đốc tài chính (CFO) của Vinamilk Lê Thành Liêm cho biết.", ["Lê Thành Liêm | Giám đốc tài chính của Vinamilk"], ["Giám đốc tài chính của Vinamilk | Công ty Cổ phần Sữa Việt Nam"], []],
  ["CFO Lê Thành Liêm cho biết.", ["Lê Thành Liêm | CFO"], [], []],
]);

table("a relative named in an appositive is no subject; founders; a romanized name after an unknown company", [
  ["Bà Hillary Clinton, vợ cựu Tổng thống Bill Clinton, từng là Ngoại trưởng Mỹ.", ["Bill Clinton | Tổng thống | former", "Hillary Clinton | Ngoại trưởng Mỹ | former"], ["Ngoại trưởng Mỹ | Bộ Ngoại giao Mỹ"], []],
  ["Bà Nguyễn Thị Lan, vợ ông Trần Văn Hùng, từng là Giám đốc Sở Y tế.", ["Nguyễn Thị Lan | Giám đốc Sở Y tế | former"], ["Giám đốc Sở Y tế | Sở Y tế"], []],
  ["Ông Trần Văn Hùng, con trai ông Trần Văn Nam, là Giám đốc Công ty Hoàng Long.", ["Trần Văn Hùng | Giám đốc Công ty Hoàng Long"], ["Giám đốc Công ty Hoàng Long | Công ty Hoàng Long"], []],
  ["Ông Hunter Biden, con trai Tổng thống Joe Biden, đã được ân xá.", ["Joe Biden | Tổng thống"], [], []],
  ["Người sáng lập Microsoft Bill Gates thăm Việt Nam.", ["Bill Gates | Người sáng lập Microsoft"], ["Người sáng lập Microsoft | Microsoft"], []],
  ["Ông Trương Gia Bình là người sáng lập Tập đoàn FPT.", ["Trương Gia Bình | người sáng lập Tập đoàn FPT"], ["người sáng lập Tập đoàn FPT | Tập đoàn FPT"], []],
  ["Tổng Giám đốc LG Electronics Việt Nam Shin Dong Ho cho biết.", ["Shin Dong Ho | Tổng Giám đốc LG Electronics Việt Nam"], ["Tổng Giám đốc LG Electronics Việt Nam | LG Electronics Việt Nam"], []],
  ["Thủ tướng Phạm Minh Chính tiếp Chủ tịch Tập đoàn Hyosung Cho Hyun-joon.", ["Cho Hyun-joon | Chủ tịch Tập đoàn Hyosung", "Phạm Minh Chính | Thủ tướng"], ["Chủ tịch Tập đoàn Hyosung | Tập đoàn Hyosung", "Thủ tướng | Chính phủ"], []],
  ["Chủ tịch Tập đoàn Lotte Shin Dong-bin thăm Hà Nội.", ["Shin Dong-bin | Chủ tịch Tập đoàn Lotte"], ["Chủ tịch Tập đoàn Lotte | Tập đoàn Lotte"], []],
  ["Tổng Giám đốc Tập đoàn Đèo Cả Nguyễn Văn An dự.", ["Nguyễn Văn An | Tổng Giám đốc Tập đoàn Đèo Cả"], ["Tổng Giám đốc Tập đoàn Đèo Cả | Công ty Cổ phần Tập đoàn Đèo Cả"], []],
  ["Ông Keir Starmer thay ông Rishi Sunak làm Thủ tướng Anh.", ["Keir Starmer | Thủ tướng Anh", "Rishi Sunak | Thủ tướng Anh | former"], ["Thủ tướng Anh | Chính phủ Anh"], []],
  ["CEO Nvidia Jensen Huang và CEO OpenAI Sam Altman đã gặp nhau.", ["Jensen Huang | CEO Nvidia", "Sam Altman | CEO OpenAI"], ["CEO Nvidia | Nvidia", "CEO OpenAI | OpenAI"], []],
  ["Ông Sam Altman đã trở lại vị trí CEO OpenAI chỉ sau 5 ngày.", ["Sam Altman | CEO OpenAI"], ["CEO OpenAI | OpenAI"], []],
  ["Nhà sáng lập Alibaba Jack Ma đã xuất hiện trở lại.", ["Jack Ma | Nhà sáng lập Alibaba"], ["Nhà sáng lập Alibaba | Alibaba"], []],
]);

table("a general secretary of another one-party state is of that country's ruling party", [
  ["Tổng Bí thư Lào Thongloun Sisoulith hội đàm với Tổng Bí thư Tô Lâm.", ["Thongloun Sisoulith | Tổng Bí thư Lào", "Tô Lâm | Tổng Bí thư"], ["Tổng Bí thư Lào | Đảng Nhân dân Cách mạng Lào", "Tổng Bí thư | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"], []],
  ["Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith đã tới Hà Nội.", ["Thongloun Sisoulith | Chủ tịch nước Lào", "Thongloun Sisoulith | Tổng Bí thư"], ["Chủ tịch nước Lào | Nhà nước Lào", "Tổng Bí thư | Đảng Nhân dân Cách mạng Lào"], []],
  ["Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Chủ tịch nước Lương Cường.", ["Lương Cường | Chủ tịch nước", "Tập Cận Bình | Chủ tịch Trung Quốc", "Tập Cận Bình | Tổng Bí thư"], ["Chủ tịch Trung Quốc | Nhà nước Trung Quốc", "Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Tổng Bí thư | Đảng Cộng sản Trung Quốc"], []],
  ["Tổng Bí thư thăm Lào.", [], ["Tổng Bí thư | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"], []],
]);

/** Person mentions: a brand or a company is no part of a name, and a name's particles and address words are read. */
const persons = (text: string) => extract(text, { referenceDate: "2025-06-01" }).mentions.filter((m) => m.type === "person").map((m) => m.text);
describe("world and business news: person mentions", () => {
  it.each([
    ["Cựu Chủ tịch HĐQT OceanBank Hà Văn Thắm bị xét xử.", ["Hà Văn Thắm"]],
    ["Cựu Tổng Giám đốc VietBank Nguyễn Văn An bị bắt.", ["Nguyễn Văn An"]],
    ["Chủ tịch HĐQT PGBank Nguyễn Văn Bình cho biết.", ["Nguyễn Văn Bình"]],
    ["Thượng nghị sĩ John McCain cho biết.", ["John McCain"]],
    ["Ông Warren Buffett, Chủ tịch kiêm CEO Berkshire Hathaway, cho biết.", ["Warren Buffett"]],
    ["Ông Masayoshi Son, nhà sáng lập kiêm Chủ tịch SoftBank, cho biết.", ["Masayoshi Son"]],
    ["Tổng Thư ký OPEC Haitham al-Ghais phát biểu.", ["Haitham al-Ghais"]],
    ["Tổng thống Pháp Emmanuel Macron và Phu nhân Brigitte Macron thăm Hà Nội.", ["Emmanuel Macron", "Brigitte Macron"]],
    ["Cố vấn An ninh Quốc gia Mỹ Jake Sullivan đã tới Bắc Kinh.", ["Jake Sullivan"]],
    ["Đại diện Thương mại Mỹ Katherine Tai sẽ có cuộc gặp với các đối tác châu Á.", ["Katherine Tai"]],
    ["Bà Rosalind Brewer, Giám đốc điều hành Walgreens, từ chức.", ["Rosalind Brewer"]],
    ["Bà Mary Barra, Chủ tịch kiêm CEO General Motors, cho biết.", ["Mary Barra"]],
    ["Ông Bob Iger trở lại làm CEO Disney.", ["Bob Iger"]],
    ["Giám đốc điều hành AmCham Adam Sitkoff cho biết.", ["Adam Sitkoff"]],
    ["Chủ tịch Quỹ đầu tư Dragon Capital Dominic Scriven cho biết.", ["Dominic Scriven"]],
    ["Thủ tướng Phạm Minh Chính tiếp Chủ tịch Tập đoàn Hyosung Cho Hyun-joon.", ["Phạm Minh Chính", "Cho Hyun-joon"]],
  ] as Array<[string, string[]]>)("%s", (text, expected) => expect(persons(text)).toEqual(expected));
});
