/**
 * Issue 13, world and business news, the shapes h/world left (see world-business.test.ts): made-up sentences in the shapes Vietnamese outlets use for foreign
 * cabinets, heads of state, envoys, international bodies and bank or company boards. Each row: the text, the
 * holds (person | post, with the status when it is not plain "current"), the `of` relations (post | body) and
 * the events. A wrong edge (a brand read as a person's first name, a company as a holder) is worse than a
 * missing one, so a row may expect fewer edges than an annotator would list.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { edgeTable } from "../helpers";

edgeTable("world and business news: divisions, events about a post written after the verb", [
  // A bank's division "Khối …" is part of the post, never a person.
  ["Giám đốc Khối Khách hàng cá nhân của Vietinbank Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Giám đốc Khối Khách hàng cá nhân của Vietinbank"], ["Giám đốc Khối Khách hàng cá nhân của Vietinbank | Khối Khách hàng cá nhân của Vietinbank"], []],
  ["Phó Giám đốc Khối Ngân hàng bán lẻ BIDV Trần Thị Hoa cho biết.", ["Trần Thị Hoa | Phó Giám đốc Khối Ngân hàng bán lẻ BIDV"], ["Phó Giám đốc Khối Ngân hàng bán lẻ BIDV | Khối Ngân hàng bán lẻ BIDV"], []],
  ["Khối ngoại bán ròng 500 tỷ đồng trong phiên hôm qua.", [], [], []],
  ["Ông là đại biểu khối Trung ương.", [], [], []],
  // The resignation is from the post named after the verb, not from the title before the name.
  ["Thủ tướng Anh Rishi Sunak đã từ chức lãnh đạo đảng Bảo thủ.", ["Rishi Sunak | Thủ tướng Anh"], ["Thủ tướng Anh | Chính phủ Anh"], []],
  ["Ông Rishi Sunak, Thủ tướng Anh, đã từ chức lãnh đạo đảng Bảo thủ.", ["Rishi Sunak | Thủ tướng Anh"], ["Thủ tướng Anh | Chính phủ Anh"], []],
  ["Thủ tướng Anh Rishi Sunak đã từ chức.", ["Rishi Sunak | Thủ tướng Anh | former"], ["Thủ tướng Anh | Chính phủ Anh"], ["resignation: Rishi Sunak | Thủ tướng Anh"]],
]);

edgeTable("business news: a company's one-word name between a founder's or CEO's title and the holder's name", [
  // The company's name is no part of the person's but the title's body.
  ["Nhà sáng lập Amazon Jeff Bezos cho biết.", ["Jeff Bezos | Nhà sáng lập Amazon"], ["Nhà sáng lập Amazon | Amazon"], []],
  ["CEO Amazon Andy Jassy cho biết.", ["Andy Jassy | CEO Amazon"], ["CEO Amazon | Amazon"], []],
  ["Cựu CEO Amazon Jeff Bezos cho biết.", ["Jeff Bezos | CEO Amazon | former"], ["CEO Amazon | Amazon"], []],
  ["Nhà sáng lập Microsoft Bill Gates cho biết.", ["Bill Gates | Nhà sáng lập Microsoft"], ["Nhà sáng lập Microsoft | Microsoft"], []],
  ["CEO Tim Cook cho biết.", ["Tim Cook | CEO"], [], []],
  ["Tổng thống Recep Tayyip Erdogan cho biết.", ["Recep Tayyip Erdogan | Tổng thống"], [], []],
]);

edgeTable("world news: a chargé d'affaires heads the embassy", [
  ["Đại biện lâm thời Mỹ tại Việt Nam John Smith cho biết.", ["John Smith | Đại biện lâm thời Mỹ tại Việt Nam"], ["Đại biện lâm thời Mỹ tại Việt Nam | Đại sứ quán Mỹ tại Việt Nam"], []],
  ["Đại biện lâm thời Mỹ John Smith cho biết.", ["John Smith | Đại biện lâm thời Mỹ"], ["Đại biện lâm thời Mỹ | Đại sứ quán Mỹ"], []],
  ["Đại biện Việt Nam tại Myanmar Nguyễn Văn An đã gặp các quan chức.", ["Nguyễn Văn An | Đại biện Việt Nam tại Myanmar"], ["Đại biện Việt Nam tại Myanmar | Đại sứ quán Việt Nam tại Myanmar"], []],
  ["Đại sứ Nhật Bản Umeda Kunio cho biết.", ["Umeda Kunio | Đại sứ Nhật Bản"], ["Đại sứ Nhật Bản | Đại sứ quán Nhật Bản"], []],
]);

edgeTable("world news: a commissioner's, an envoy's or an adviser's field after \"về\" before the holder's name", [
  ["Cao ủy Liên hợp quốc về Nhân quyền Volker Türk cho biết.", ["Volker Türk | Cao ủy Liên hợp quốc về Nhân quyền"], ["Cao ủy Liên hợp quốc về Nhân quyền | Liên hợp quốc"], []],
  ["Đặc phái viên của Tổng thống Mỹ về khí hậu John Kerry cho biết.", ["John Kerry | Đặc phái viên của Tổng thống Mỹ về khí hậu"], ["Đặc phái viên của Tổng thống Mỹ về khí hậu | Nhà nước Mỹ"], []],
  ["Đặc phái viên Mỹ về khí hậu John Kerry cho biết.", ["John Kerry | Đặc phái viên Mỹ về khí hậu"], [], []],
  ["Cố vấn của Tổng thống Pháp về an ninh Emmanuel Bonne cho biết.", ["Emmanuel Bonne | Cố vấn của Tổng thống Pháp về an ninh"], ["Cố vấn của Tổng thống Pháp về an ninh | Nhà nước Pháp"], []],
  // "về" as a verb of motion: no field, and a place after it is no holder.
  ["Bộ trưởng Ngoại giao Mỹ về thăm Hà Nội.", [], ["Bộ trưởng Ngoại giao Mỹ | Bộ Ngoại giao Mỹ"], []],
  ["Đặc phái viên Mỹ về thăm Hà Nội.", [], [], []],
]);

edgeTable("world news: the head of a mission to an international body", [
  ["Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc Đặng Hoàng Giang cho biết.", ["Đặng Hoàng Giang | Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc"], ["Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc | Phái đoàn thường trực Việt Nam tại Liên hợp quốc"], []],
  ["Trưởng phái đoàn Việt Nam tại ASEAN Nguyễn Văn An phát biểu.", ["Nguyễn Văn An | Trưởng phái đoàn Việt Nam tại ASEAN"], ["Trưởng phái đoàn Việt Nam tại ASEAN | Phái đoàn Việt Nam tại Hiệp hội các quốc gia Đông Nam Á"], []],
  ["Trưởng phái đoàn Liên minh châu Âu tại Việt Nam Julien Guerrier cho biết.", ["Julien Guerrier | Trưởng phái đoàn Liên minh châu Âu tại Việt Nam"], ["Trưởng phái đoàn Liên minh châu Âu tại Việt Nam | Liên minh châu Âu"], []],
]);

edgeTable("world news: a country's armed forces after a commander's title", [
  ["Tổng Tư lệnh Lực lượng Vũ trang Ukraine Oleksandr Syrskyi cho biết.", ["Oleksandr Syrskyi | Tổng Tư lệnh Lực lượng Vũ trang Ukraine"], ["Tổng Tư lệnh Lực lượng Vũ trang Ukraine | Lực lượng Vũ trang Ukraine"], []],
  ["Tư lệnh Lực lượng Phòng vệ Israel Herzi Halevi cho biết.", ["Herzi Halevi | Tư lệnh Lực lượng Phòng vệ Israel"], ["Tư lệnh Lực lượng Phòng vệ Israel | Lực lượng Phòng vệ Israel"], []],
  ["Quân đoàn 3 được tăng cường lực lượng vũ trang Tây Ninh.", [], [], []],
]);

edgeTable("business news: the title, its holder's name, then \"của\" and the body", [
  ["Tổng Giám đốc Nguyễn Văn Đức của Công ty Điện lực Hà Nội cho biết.", ["Nguyễn Văn Đức | Tổng Giám đốc"], ["Tổng Giám đốc | Công ty Điện lực Hà Nội"], []],
  ["CEO Tim Cook của Apple cho biết.", ["Tim Cook | CEO"], ["CEO | Apple"], []],
  ["Bộ trưởng Nguyễn Văn An của Bộ Y tế cho biết.", ["Nguyễn Văn An | Bộ trưởng"], ["Bộ trưởng | Bộ Y tế"], []],
  // A body's head alone names no body.
  ["Ông là Giám đốc Nguyễn Văn An của công ty.", ["Nguyễn Văn An | Giám đốc"], [], []],
]);

edgeTable("world news: a foreigner's bare title in a sentence that names one foreign country's bodies", [
  ["Quốc hội Thái Lan bầu bà Paetongtarn Shinawatra làm Thủ tướng.", ["Paetongtarn Shinawatra | Thủ tướng"], ["Thủ tướng | Chính phủ Thái Lan"], ["election: Paetongtarn Shinawatra | Thủ tướng"]],
  ["Tổng thống Mỹ Donald Trump bổ nhiệm ông Marco Rubio làm Ngoại trưởng.", ["Donald Trump | Tổng thống Mỹ", "Marco Rubio | Ngoại trưởng"], ["Ngoại trưởng | Bộ Ngoại giao Mỹ", "Tổng thống Mỹ | Nhà nước Mỹ"], ["appointment: Marco Rubio | Ngoại trưởng"]],
  // Two countries, or Việt Nam among them: which one is not known.
  ["Đại sứ Việt Nam tại Thái Lan gặp bà Paetongtarn Shinawatra, Thủ tướng.", ["Paetongtarn Shinawatra | Thủ tướng"], ["Đại sứ Việt Nam tại Thái Lan | Đại sứ quán Việt Nam tại Thái Lan"], []],
  // A Vietnamese holder keeps Việt Nam's office.
  ["Thủ tướng Phạm Minh Chính tiếp Đại sứ Thái Lan.", ["Phạm Minh Chính | Thủ tướng"], ["Thủ tướng | Chính phủ", "Đại sứ Thái Lan | Đại sứ quán Thái Lan"], []],
]);

describe("the holder's name after a founder's title and a company's one-word name", () => {
  it.each([
    ["Nhà sáng lập Amazon Jeff Bezos cho biết.", ["Jeff Bezos"]],
    ["Cựu CEO Amazon Jeff Bezos cho biết.", ["Jeff Bezos"]],
    ["Tổng thống Recep Tayyip Erdogan cho biết.", ["Recep Tayyip Erdogan"]],
  ])("%s", (text, persons) => {
    expect(extract(text).entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual(persons);
  });
});
