import { describe, expect, it } from "vitest";
import { find } from "./helpers";

const R = { year: 2021, month: 4, day: 29 };
const spans = (text: string, ref: typeof R | null = R) => find(text, ref).map((s) => [text.slice(s.start, s.end), s.value, s.partOfDay ?? ""]);

describe("cùng ngày: the day of the latest day mentioned before it", () => {
  it.each([
    ["Sáng 28/4, hội nghị khai mạc. Chiều cùng ngày, Bộ trưởng tiếp đoàn.", [["Sáng 28/4", "2021-04-28", "morning"], ["Chiều cùng ngày", "2021-04-28", "afternoon"]]],
    ["Hôm nay, Thủ tướng hội đàm. Cùng ngày, Thủ tướng tiếp Đại sứ.", [["Hôm nay", "2021-04-29", ""], ["Cùng ngày", "2021-04-29", ""]]],
    ["Hội nghị lần thứ 2 diễn ra ngày 17/4. Lễ ký kết diễn ra cùng ngày.", [["ngày 17/4", "2021-04-17", ""], ["cùng ngày", "2021-04-17", ""]]],
    // a clock time alone is no day
    ["Tối 28/4, đua xe lúc 22h. Tại họp báo chiều cùng ngày, Đại tá", [["Tối 28/4", "2021-04-28", "evening"], ["22h", "2021-04-29T22:00", ""], ["chiều cùng ngày", "2021-04-28", "afternoon"]]],
    ["Cùng ngày (19/4), tại Hà Nội", [["Cùng ngày (19/4)", "2021-04-19", ""]]], // the written date says which day
    ["Ngày 20/4 họp. 16h cùng ngày, đoàn về.", [["Ngày 20/4", "2021-04-20", ""], ["16h cùng ngày", "2021-04-20T16:00", ""]]],
    ["Chiều tối cùng ngày, tại Nhà Quốc hội; sáng 5/4", [["sáng 5/4", "2021-04-05", "morning"]]], // nothing before it: no mention
  ] as const)("%s", (text, want) => {
    expect(spans(text)).toEqual(want);
  });

  it("a bound, a birth date or a day far from the reference is not the story's day", () => {
    expect(spans("ký quyết định sau ngày 1/1/2008 không đúng. Cùng ngày, Ủy ban kỷ luật").map((s) => s[0])).toEqual(["ngày 1/1/2008"]);
    expect(spans("Ngày vào Đảng: 25-8-1982. Chiều cùng ngày, Ủy ban họp").map((s) => s[0])).toEqual(["25-8-1982"]);
    // a far day loses the anchor rather than falling back to an older one
    expect(spans("Sáng 5/4 họp. Ngày 30/4/1975, xe tăng húc đổ cổng. Cùng ngày, lá cờ tung bay").map((s) => s[0])).toEqual(["Sáng 5/4", "Ngày 30/4/1975"]);
  });

  it("without a reference, the yearless day carries over", () => {
    expect(spans("Sáng 7/2, họp. Chiều cùng ngày, tiếp đoàn.", null)).toEqual([["Sáng 7/2", "--02-07", "morning"], ["Chiều cùng ngày", "--02-07", "afternoon"]]);
  });

  it.each(["hai người có cùng ngày sinh", "diễn ra cùng ngày với lễ khai mạc"])("not a day: %s", (text) => {
    expect(spans("Ngày 5/4, họp. " + text).map((s) => s[0])).toEqual(["Ngày 5/4"]);
  });
});

describe("năm đó: the year of the latest mention before it", () => {
  it.each([
    ["tháng 5/2013, ông vào Bộ Chính trị. Tháng 9 năm đó, ông trở thành", [["tháng 5/2013", "2013-05", ""], ["Tháng 9 năm đó", "2013-09", ""]]],
    ["từ năm 2010 đến năm 2012. Ngày 5/3 năm ấy, ông", [["từ năm 2010 đến năm 2012", "2010/2012", ""], ["Ngày 5/3 năm ấy", "2012-03-05", ""]]],
    ["Năm 2013, ông vào Bộ Chính trị; tháng 9 cùng năm, ông", [["Năm 2013", "2013", ""], ["tháng 9 cùng năm", "2013-09", ""]]],
    ["Tháng 9 năm đó, ông trở thành", []], // no year before: no mention
  ] as const)("%s", (text, want) => {
    expect(spans(text)).toEqual(want);
  });
});
