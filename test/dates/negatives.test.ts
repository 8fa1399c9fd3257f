import { describe, expect, it } from "vitest";
import { find } from "./helpers";

describe("not dates", () => {
  it.each([
    "Version 1.1.3", "tăng 12,5%", "339.700 tỷ đồng", "gọi 0912.345.678", "số máy 024 3825 1234", "nhà số 2", "quận 1",
    "metro số 2", "thắng 2-1", "Điều 5", "Khoản 2", "Nghị định 15/2020/NĐ-CP", "Quyết định số 1234/QĐ-TTg",
    "Chỉ thị 05-CT/TW", "5.000.000 đồng", "tăng 25%", "Quốc hội khóa XIII", "lần thứ 2", "người thứ hai", "thứ hai là",
    "có 42 người", "2000 người", "tối đa 5 người", "đường 3/2", "phục vụ 24/7", "1/1/1/1/1", "tỷ lệ 1:2",
    "constructor", "buổi constructor", "thứ constructor", "tháng constructor", "trong 3 giờ", "48 giờ", "hai năm", "những năm qua",
    "năm sau đó", "tháng trước đó", "được 2/3 tổng số đại biểu", "chiếm 3/4 diện tích", "ngày hôm sau", "tối đa", "sáng tạo", "Ngày thứ hai là",
    "Ngày thứ 3 Thủ tướng thăm nhà máy", "Mấy hôm nay, lãnh đạo", "di chuyển 2 chiều qua hầm", "đường 1 chiều qua cầu", "có cùng ngày sinh",
    "Cùng ngày, Thủ tướng tiếp Đại sứ", "Tháng 9 năm đó", "giá 7.1979 tỷ",
    // (a dot after a holiday word is still a number when a counted thing follows, or with no holiday word)
    "dịp 2.5 ngày", "lễ 1.5 triệu lượt khách", "tỷ số 2.1 - 1.0",
  ])("%s", (text) => {
    expect(find(text).map((s) => text.slice(s.start, s.end))).toEqual([]);
  });

  it("“tới” before a word after a day is not “coming”", () => {
    const text = "đoàn về ngày 5/3 tới Hà Nội";
    expect(find(text).map((s) => text.slice(s.start, s.end))).toEqual(["ngày 5/3"]);
  });

  it("an ordinal before a date is not a weekday", () => {
    const text = "hội nghị hiệp thương lần thứ 2 (17/3) ông";
    expect(find(text).map((s) => text.slice(s.start, s.end))).toEqual(["17/3"]);
  });

  it("a bare year standing alone may be a year", () => {
    const text = 'đánh giá "Năm Dân vận chính quyền" 2018, triển khai';
    expect(find(text).map((s) => s.value)).toEqual(["2018"]);
  });
});

describe("a part of day after a bare number", () => {
  it.each([
    ["lúc 10 sáng nay", ["sáng nay"]],
    ["lúc 2 chiều nay", ["chiều nay"]],
    ["Hội nghị Trung ương 5 chiều nay, 10/5, Tổng Bí thư", ["chiều nay, 10/5"]],
    ["Quốc hội khóa 14\nChiều 8/6, Tổng Bí thư", ["Chiều 8/6"]],
  ])("is still a part of day: %s", (text, want) => {
    expect(find(text).map((s) => text.slice(s.start, s.end))).toEqual(want);
  });
});
