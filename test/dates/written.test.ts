import { describe, expect, it } from "vitest";
import { find, one, DUCK } from "./helpers";

describe("written dates", () => {
  it.each([
    ["ngày 15 tháng 3 năm 2020", "2020-03-15", "day"],
    ["mồng 6 tháng 2", "2019-02-06", "day"],
    ["mùng 6 tháng 2", "2019-02-06", "day"],
    ["ngày mồng 3 tháng 3 năm 2017", "2017-03-03", "day"],
    ["ngày 7 tháng ba", "2019-03-07", "day"],
    ["12 tháng 10 năm 2017", "2017-10-12", "day"],
    ["tháng sáu", "2019-06", "month"],
    ["tháng mười", "2018-10", "month"],
    ["tháng mười năm 2017", "2017-10", "month"],
    ["tháng 10 năm 2017", "2017-10", "month"],
    ["năm 2019", "2019", "year"],
    ["năm 1945", "1945", "year"],
    ["năm Giáp Thìn", "2024", "year"], // the can-chi year nearest the reference
    ["năm 2019", "2019", "year"],
    ["ngày đầu tiên của tháng 3", "2019-03-01", "day"],
  ])("%s → %s", (text, value, grain) => {
    const s = one(text);
    expect(s.value).toBe(value);
    expect(s.grain).toBe(grain);
    expect(s.text).toBe(text);
  });

  // A month written in capitals right after a capitalized word, no mark between, ends a name ("Công ty Hoa Tháng Năm"):
  // no date there. After a number, a lower-case word or a mark it is one.
  it.each([
    ["Công ty Hoa Tháng Năm", []],
    ["Trường Mầm non Hoa Tháng Tư khai giảng", []],
    ["Ngày 1 Tháng Năm", ["Ngày 1 Tháng Năm"]],
    ["hội nghị Tháng Ba", ["Tháng Ba"]],
    ["Sáng nay, Tháng Năm về", ["Sáng nay", "Tháng Năm"]],
  ])("%s: dates %j", (text, expected) => {
    expect(find(text).map((d) => text.slice(d.start, d.end))).toEqual(expected);
  });

  it("tháng Giêng and tháng Chạp are lunar months", () => {
    const chap = one("tháng Chạp năm 2018");
    expect(chap.lunar).toBe(true);
    expect(chap.value).toBe("2019-01-06/2019-02-04"); // lunar 12/2018 runs 6 Jan – 4 Feb 2019
    const gieng = one("tháng Giêng năm 2024");
    expect(gieng.lunar).toBe(true);
    expect(gieng.value.startsWith("2024-02-10/")).toBe(true); // lunar 1/1/2024 = 10 Feb 2024
  });

  it("tháng 3 tới is the coming March", () => {
    expect(one("tháng 3 tới", DUCK).value).toBe("2017-03");
  });

  it("những năm 1990 is the decade", () => {
    const s = one("những năm 1990");
    expect([s.text, s.value]).toEqual(["năm 1990", "1990/1999"]);
  });
});
