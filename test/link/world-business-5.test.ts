/**
 * Issue 13, world and business news, the shapes h/world … h/world4 left (see world-business*.test.ts): made-up sentences
 * in the shapes Vietnamese outlets use. Each row: the text, the holds (person | post, with the status when it is not plain
 * "current"), the `of` relations (post | body) and the events; a row may expect fewer edges than an annotator would list.
 */
import { edgeTable } from "../helpers";

edgeTable("world news: \"chính quyền\" (an administration) before a head's title is no acting holding (grammar-words.tsv power-noun)", [
  ["Chính quyền Tổng thống Joe Biden đã siết xuất khẩu chip.", ["Joe Biden | Tổng thống"], [], []],
  ["Dưới chính quyền Thủ tướng Kishida Fumio, Nhật Bản tăng chi tiêu quốc phòng.", ["Kishida Fumio | Thủ tướng"], [], []],
  ["Ngoại trưởng Mỹ Marco Rubio cho biết chính quyền Tổng thống Donald Trump sẽ không nhượng bộ.", ["Donald Trump | Tổng thống", "Marco Rubio | Ngoại trưởng Mỹ"], ["Ngoại trưởng Mỹ | Bộ Ngoại giao Mỹ"], []],
  ["Đảng cầm quyền Thủ tướng Anh Keir Starmer thua trong cuộc bầu cử địa phương.", ["Keir Starmer | Thủ tướng Anh"], ["Thủ tướng Anh | Chính phủ Anh"], []],
  // "Quyền" written as the modifier stays acting.
  ["Quyền Tổng thống Hàn Quốc Choi Sang-mok đã ký sắc lệnh.", ["Choi Sang-mok | Tổng thống Hàn Quốc | acting"], ["Tổng thống Hàn Quốc | Nhà nước Hàn Quốc"], []],
  ["Ông Nguyễn Văn Hải được giao quyền Giám đốc Sở Tài chính.", ["Nguyễn Văn Hải | Giám đốc Sở Tài chính | acting"], ["Giám đốc Sở Tài chính | Sở Tài chính"], ["appointment: Nguyễn Văn Hải | Giám đốc Sở Tài chính"]],
]);
