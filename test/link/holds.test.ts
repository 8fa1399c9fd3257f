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
  ])("precision: %s", (text, expected) => {
    expect(holds(text)).toEqual(expected);
  });
});
