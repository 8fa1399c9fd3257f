import { describe, expect, it } from "vitest";
import { holds } from "../helpers";

describe("holds: who holds which position", () => {
  it.each([
    ["Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu.", ["Nguyễn Xuân Phúc | Thủ tướng Chính phủ"]],
    [
      "Các đồng chí Nguyễn Xuân Phúc, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ; Trương Thị Mai, Bí thư Trung ương Đảng chủ trì.",
      ["Nguyễn Xuân Phúc | Ủy viên Bộ Chính trị", "Nguyễn Xuân Phúc | Thủ tướng Chính phủ", "Trương Thị Mai | Bí thư Trung ương Đảng"],
    ],
    ["ông Đoàn Văn Hưng - Chủ tịch UBND xã Ea Huar xác nhận", ["Đoàn Văn Hưng | Chủ tịch UBND xã Ea Huar"]],
    ["Ông Nguyễn Thiện Nhân được phân công giữ chức Bí thư Thành ủy TP.HCM.", ["Nguyễn Thiện Nhân | Bí thư Thành ủy TP.HCM"]],
    ["bổ nhiệm ông Trần Văn Sơn giữ chức Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ.", ["Trần Văn Sơn | Bộ trưởng", "Trần Văn Sơn | Chủ nhiệm Văn phòng Chính phủ"]],
    // A plural title before a list of names: each of them holds it.
    ["các Phó Thủ tướng Trịnh Đình Dũng, Vũ Đức Đam, Vương Đình Huệ trả lời chất vấn.", ["Trịnh Đình Dũng | Phó Thủ tướng", "Vũ Đức Đam | Phó Thủ tướng", "Vương Đình Huệ | Phó Thủ tướng"]],
    // A career list: dates and semicolons between the titles of one person.
    [
      "Ông Đinh La Thăng, Ủy viên Trung ương Đảng khóa X, XI, XII; đại biểu Quốc hội khóa XI, XIII.",
      // (The terms are the holding's, not the post's: see the tenure tests.)
      ["Đinh La Thăng | Ủy viên Trung ương Đảng", "Đinh La Thăng | đại biểu Quốc hội"],
    ],
    // "ông" standing for the one person named just before.
    ["Ông Đinh La Thăng 57 tuổi, quê Nam Định. Ông là Bí thư Thành ủy TP.HCM.", ["Đinh La Thăng | Bí thư Thành ủy TP.HCM"]],
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
    // Only nominated, not appointed.
    ["Bộ Chính trị giới thiệu ông Trần Thanh Mẫn để hiệp thương giữ chức Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.", []],
    // "tiếp" receives a guest: the title after it is the guest's.
    ["Thủ tướng Nguyễn Xuân Phúc tiếp Chủ tịch Đảng Công Minh Natsuo Yamaguchi.", ["Nguyễn Xuân Phúc | Thủ tướng", "Natsuo Yamaguchi | Chủ tịch Đảng Công Minh"]],
  ])("precision: %s", (text, expected) => {
    expect(holds(text)).toEqual(expected);
  });
});
