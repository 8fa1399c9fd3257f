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
  ])("%s", (text) => {
    expect(find(text).map((s) => text.slice(s.start, s.end))).toEqual([]);
  });

  it("a bare year standing alone may be a year", () => {
    const text = 'đánh giá "Năm Dân vận chính quyền" 2018, triển khai';
    expect(find(text).map((s) => s.value)).toEqual(["2018"]);
  });
});
