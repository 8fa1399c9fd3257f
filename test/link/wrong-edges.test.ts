/**
 * Issue 13: shapes of wrong edges found on other outlets' news (made-up sentences of the same shapes).
 * Each row lists every holding as "person | post | body of the post (or -) | status"; a wrong edge is
 * worse than a missing one.
 */
import { describe, expect, it } from "vitest";
import { holdingsWithBodies } from "../helpers";

const holdings = holdingsWithBodies;

function table(title: string, rows: Array<[string, string[]]>): void {
  describe(title, () => {
    it.each(rows)("%s", (text, expected) => expect(holdings(text)).toEqual([...expected].sort()));
  });
}

table("a bare minister's title held by a name of no known surname, in a text naming another country", [
  ["Tại Indonesia, ông Budi Gunadi Sadikin giữ chức Bộ trưởng Y tế từ năm 2020.", ["Budi Gunadi Sadikin | Bộ trưởng Y tế | - | current"]],
  ["Đoàn Singapore do ông Ong Ye Kung, Bộ trưởng Giáo dục, dẫn đầu.", ["Ong Ye Kung | Bộ trưởng Giáo dục | - | current"]],
  // A Kinh name keeps Việt Nam's ministry, so does a text that names no other country.
  ["Tại Malaysia, Bộ trưởng Tài chính Hồ Đức Phớc phát biểu.", ["Hồ Đức Phớc | Bộ trưởng Tài chính | Bộ Tài chính | current"]],
  ["Ông Ong Ye Kung giữ chức Bộ trưởng Giáo dục.", ["Ong Ye Kung | Bộ trưởng Giáo dục | Bộ Giáo dục và Đào tạo | current"]],
]);

table("who presides or hands over a promotion is not its holder", [
  ["Chủ tịch nước Trần Đại Quang chủ trì buổi lễ trao quyết định thăng quân hàm Thượng tướng đối với ba sĩ quan.", ["Trần Đại Quang | Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam | current"]],
  ["Bộ trưởng Bộ Quốc phòng Ngô Xuân Lịch trao quyết định thăng quân hàm Trung tướng.", ["Ngô Xuân Lịch | Bộ trưởng Bộ Quốc phòng | Bộ Quốc phòng | current"]],
  ["Đại tướng Tô Lâm chủ trì lễ thăng cấp bậc hàm Thiếu tướng.", ["Tô Lâm | Đại tướng | - | current"]],
  // The one the decision is handed to, or who receives it, holds the rank.
  ["Ông Hoàng Văn Dũng được trao quyết định thăng quân hàm Thiếu tướng.", ["Hoàng Văn Dũng | Thiếu tướng | - | current"]],
  ["Thượng tướng Lê Văn Minh trao quyết định thăng quân hàm Thiếu tướng cho Đại tá Phạm Văn Hòa.", ["Lê Văn Minh | Thượng tướng | - | current", "Phạm Văn Hòa | Đại tá | - | former", "Phạm Văn Hòa | Thiếu tướng | - | current"]],
]);

table("the one replaced (thay ông X) held the post: the words of the title are the successor's", [
  ["Ông Richard Marles được bổ nhiệm làm tân Bộ trưởng Quốc phòng, thay ông Peter Dutton.", ["Peter Dutton | Bộ trưởng Quốc phòng | - | former", "Richard Marles | Bộ trưởng Quốc phòng | - | current"]],
  ["Bà Lê Thị Hồng được bổ nhiệm làm tân Giám đốc Sở Tư pháp, thay ông Vũ Văn Khải.", ["Lê Thị Hồng | Giám đốc Sở Tư pháp | Sở Tư pháp | current", "Vũ Văn Khải | Giám đốc Sở Tư pháp | Sở Tư pháp | former"]],
  ["Ông Đỗ Minh Tâm được giao làm Quyền Giám đốc Sở Xây dựng, thay ông Lý Văn Hải.", ["Lý Văn Hải | Giám đốc Sở Xây dựng | Sở Xây dựng | former", "Đỗ Minh Tâm | Giám đốc Sở Xây dựng | Sở Xây dựng | acting"]],
]);

table("a post waiting to be filled is held by no one", [
  ["Trong thời gian chờ kiện toàn chức vụ Bí thư Huyện ủy Tiên Yên, đồng chí Hoàng Văn Thắng, Phó Bí thư Thường trực Huyện ủy điều hành công việc.", ["Hoàng Văn Thắng | Phó Bí thư Thường trực Huyện ủy | Huyện ủy Tiên Yên | current"]],
  ["Chờ kiện toàn chức danh Chủ tịch UBND huyện, ông Lò Văn Pâng, Phó Chủ tịch UBND huyện được giao điều hành.", ["Lò Văn Pâng | Phó Chủ tịch UBND huyện | UBND huyện | current"]],
  // A post named without such words keeps its holder.
  ["Bí thư Huyện ủy Tiên Yên, đồng chí Hoàng Văn Thắng phát biểu.", ["Hoàng Văn Thắng | Bí thư Huyện ủy Tiên Yên | Huyện ủy Tiên Yên | current"]],
]);

table("a brand's last English word after a company's name is no person", [
  ["Bà Lê Thu Hà, Chủ tịch HĐQT Tập đoàn KL - KL True Fruit cho biết sản phẩm đã xuất khẩu.", ["Lê Thu Hà | Chủ tịch HĐQT Tập đoàn KL - KL True Fruit | HĐQT Tập đoàn KL - KL True Fruit | current"]],
  ["Theo Tổng giám đốc Công ty MB Sun Garden, dự án đã hoàn thành.", []],
  // A society's, a foundation's or a fund's English name after a title is the body's, never its holder.
  ["Hiện bà đang giữ chức Chủ tịch Pacific Society, tổ chức có trụ sở tại Boston.", []],
  ["Ông từng là Giám đốc điều hành Green Earth Foundation trong hai năm.", []],
  // A foreign name after a Vietnamese body's name stays a name.
  ["Chủ tịch Đảng Công Minh Natsuo Yamaguchi phát biểu.", ["Natsuo Yamaguchi | Chủ tịch Đảng Công Minh | Đảng Công Minh | current"]],
]);

table("an aide's bare title serves the name after it (data/office-rules.tsv serves_office): that name is not the aide", [
  ["Ông Đỗ Văn Toản, Vụ trưởng, Thư ký đồng chí Lê Văn Hải, Phó Thủ tướng Chính phủ, dự họp.", ["Lê Văn Hải | Phó Thủ tướng Chính phủ | Chính phủ | current", "Đỗ Văn Toản | Thư ký | - | current", "Đỗ Văn Toản | Vụ trưởng | - | current"]],
  // Nor the one a verb after the served name's titles gives a post to.
  ["Thủ tướng bổ nhiệm ông Trần Huyền, Trợ lý đồng chí Phan Văn Sáu, Ủy viên Bộ Chính trị, giữ chức Trợ lý đồng chí Phan Văn Sáu, Thủ tướng Chính phủ.", ["Phan Văn Sáu | Thủ tướng Chính phủ | Chính phủ | current", "Phan Văn Sáu | Ủy viên Bộ Chính trị | Bộ Chính trị | current", "Trần Huyền | Trợ lý | - | current"]],
  // An aide's title of an office keeps its holder.
  ["Trợ lý Thủ tướng Nguyễn Văn Thành cho biết.", ["Nguyễn Văn Thành | Trợ lý Thủ tướng | Chính phủ | current"]],
]);

/** The same table without the status (the row is about the body). */
function bodyTable(title: string, rows: Array<[string, string[]]>): void {
  const noStatus = (xs: string[]) => xs.map((x) => x.replace(/ \| [^|]*$/, "")).sort();
  describe(title, () => {
    it.each(rows)("%s", (text, expected) => expect(noStatus(holdings(text))).toEqual(noStatus(expected)));
  });
}

bodyTable("a bare body takes no body of the next paragraph over a place of its level named before", [
  ["Chiều 5/9, Đại hội Đảng bộ tỉnh Hà Giang lần thứ XVII đã bầu ông Vương Văn Sinh giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2025-2030.\n\nBí thư Tỉnh ủy Tuyên Quang Chẩu Văn Lâm dự và chúc mừng.", ["Chẩu Văn Lâm | Bí thư Tỉnh ủy Tuyên Quang | Tỉnh ủy Tuyên Quang | current", "Vương Văn Sinh | Bí thư Tỉnh ủy | Tỉnh ủy Hà Giang | current"]],
  // The body named later is still the one meant when it is of the same place (one entity, not two).
  ["Đại hội Đảng bộ TP.HCM đã bầu ông Nguyễn Văn Nên giữ chức Bí thư Thành ủy nhiệm kỳ 2020-2025.\n\nPhó Bí thư Thành ủy TP.HCM Nguyễn Hồ Hải phát biểu.", ["Nguyễn Hồ Hải | Phó Bí thư Thành ủy TP.HCM | Thành ủy TP.HCM | current", "Nguyễn Văn Nên | Bí thư Thành ủy | Thành ủy TP.HCM | current"]],
  // In its own sentence, a body named right after it is still the one meant.
  ["Ông Vương Văn Sinh, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Giang phát biểu.", ["Vương Văn Sinh | Chủ tịch HĐND tỉnh Hà Giang | HĐND tỉnh Hà Giang | current", "Vương Văn Sinh | Phó Bí thư Tỉnh ủy | Tỉnh ủy Hà Giang | current"]],
]);

bodyTable("an elided board of a Party committee written with no place takes the committee's place, as a bare 'Tỉnh ủy' does", [
  ["Ông Nguyễn Văn Lương tái đắc cử Bí thư Tỉnh ủy Bình Phước. Ông Lương từng giữ các chức vụ: Trưởng Ban Tuyên giáo Tỉnh ủy, Phó Bí thư Tỉnh ủy.", ["Nguyễn Văn Lương | Bí thư Tỉnh ủy Bình Phước | Tỉnh ủy Bình Phước | current", "Nguyễn Văn Lương | Phó Bí thư Tỉnh ủy | Tỉnh ủy Bình Phước | former", "Nguyễn Văn Lương | Trưởng Ban Tuyên giáo Tỉnh ủy | Ban Tuyên giáo Tỉnh ủy Bình Phước | former"]],
  // Written twice, with and without its city: one post.
  ["Trưởng Ban Tổ chức Thành ủy Hà Nội Vũ Văn Bảo trình bày tờ trình.\nTrưởng ban Tổ chức Thành ủy cho biết thêm.", ["Vũ Văn Bảo | Trưởng Ban Tổ chức Thành ủy Hà Nội | Ban Tổ chức Thành ủy Hà Nội | current"]],
  // With no place in the text, the name as written.
  ["Trưởng Ban Tổ chức Tỉnh ủy Lê Văn Bình phát biểu.", ["Lê Văn Bình | Trưởng Ban Tổ chức Tỉnh ủy | Ban Tổ chức Tỉnh ủy | current"]],
]);

table("a bank's or a company's name after a title is the body's, never a holder", [
  ["Phó Chủ tịch HĐQT Trần Văn Khải lên làm chủ tịch Namabank thay ông Lê Văn Hòa.", ["Trần Văn Khải | Phó Chủ tịch HĐQT | HĐQT | current", "Trần Văn Khải | chủ tịch | - | current"]],
  ["Ông Võ Minh An đảm nhiệm vị trí Chủ tịch Hội đồng Quản trị Mekong Bank.", ["Võ Minh An | Chủ tịch Hội đồng Quản trị Mekong Bank | Hội đồng Quản trị Mekong Bank | current"]],
  ["Chủ tịch Sunrise Group phát biểu tại hội nghị.", []],
  // (A foreign person's name after a company's: the holder.)
  ["Tổng giám đốc Samsung Electronics Lee Jae Yong phát biểu.", ["Lee Jae Yong | Tổng giám đốc Samsung Electronics | Samsung | current"]],
]);

bodyTable("an association's or a federation's head written alone before its holder's full name is no body named after that person", [
  ["Các luật sư lập Liên đoàn Luật sư Việt Nam. Đại hội bầu Chủ tịch Liên đoàn Lê Thúc Anh.", ["Lê Thúc Anh | Chủ tịch Liên đoàn | Liên đoàn Luật sư Việt Nam | current"]],
  ["Hội Nông dân tỉnh Nghệ An tổ chức đại hội. Chủ tịch Hội Nguyễn Văn An phát biểu.", ["Nguyễn Văn An | Chủ tịch Hội | Hội Nông dân tỉnh Nghệ An | current"]],
  // A name that is no Kinh full name stays the association's.
  ["Chủ tịch Hội Chữ thập đỏ phát biểu.", []],
]);
