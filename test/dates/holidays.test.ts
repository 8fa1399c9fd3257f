import { describe, expect, it } from "vitest";
import { one } from "./helpers";

describe("holidays and the lunar calendar (ref 2019-01-11)", () => {
  it.each([
    ["Tết Nguyên đán Giáp Thìn 2024", "2024-02-10", true],
    ["Tết Nguyên đán", "2019-02-05", true],
    ["mùng 1 Tết", "2019-02-05", true],
    ["rằm tháng Giêng", "2019-02-19", true],
    ["ngày 29 tháng Chạp năm Quý Mão", "2024-02-08", true],
    ["ngày 15/7 (âm lịch)", "2018-08-25", true],
    ["Quốc khánh 2/9", "2018-09-02", false],
    ["Giáng sinh", "2018-12-25", false],
    ["Tết dương lịch", "2019-01-01", false],
    ["Tết Giáp Thìn", "2024-02-10", true],
    ["đêm giao thừa", "2019-02-04", true], // the eve of Tết 2019 (5 Feb)
    ["đêm giao thừa Tết Giáp Thìn", "2024-02-09", true],
    ["mùng 5/5 âm lịch", "2019-06-07", true],
    ["Rằm tháng 7 năm nay", "2019-08-15", true],
  ])("%s → %s", (text, value, lunar) => {
    const s = one(text);
    expect(s.value).toBe(value);
    expect(!!s.lunar).toBe(lunar);
    expect(s.text).toBe(text);
  });

  it("Tết of 1985 and 2030 (Vietnamese calendar, not Chinese)", () => {
    expect(one("Tết Nguyên đán năm 1985").value).toBe("1985-01-21");
    expect(one("Tết Nguyên đán năm 2030").value).toBe("2030-02-02");
  });
});
