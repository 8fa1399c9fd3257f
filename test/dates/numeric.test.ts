import { describe, expect, it } from "vitest";
import { one } from "./helpers";

// Reference 2019-01-11 unless stated.
describe("numeric dates, day first", () => {
  it.each([
    ["10/1", "2019-01-10"],
    ["28/12", "2018-12-28"], // nearest to the reference: last December
    ["10/01/2019", "2019-01-10"],
    ["10-1-2019", "2019-01-10"],
    ["10.1.2019", "2019-01-10"],
    ["24 - 7", "2018-07-24"], // 171 days back is nearer than 194 ahead
    ["10 / 1 / 2019", "2019-01-10"],
    ["11/ 5", "2019-05-11"],
    ["tháng 11/2025", "2025-11"],
    ["11/2025", "2025-11"],
    ["3/3/17", "2017-03-03"],
    ["3/9/91", "1991-09-03"],
    ["ngày 17/3/2023", "2023-03-17"],
    ["ngày 30/9 năm nay", "2019-09-30"],
    ["(27/2)", "2019-02-27"],
    ["ngày 2-1", "2019-01-02"],
    ["tháng 6.2013", "2013-06"],
    ["ngày 27.5", "2019-05-27"],
    ["tháng 11-1940", "1940-11"],
    ["hôm 10/5", "2019-05-10"],
    // A day.month with a dot after a holiday word (date-context-words.tsv dot-cue), and across a dash after it.
    ["dịp lễ 2.9", "2018-09-02"], // nearest to the reference,
    ["nghỉ lễ 30.4 - 1.5", "2019-04-30/2019-05-01"],
    ["dịp 30.4 - 1.5", "2019-04-30/2019-05-01"],
  ])("%s → %s", (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it.each([
    ["ngày 19/5 tới đây", "2019-05-19"],
    ["22/5 sắp tới", "2019-05-22"],
    ["ngày 20-6 tới", "2019-06-20"],
    ["ngày 5/1 vừa qua", "2019-01-05"],
    ["ngày 20/1 vừa rồi", "2018-01-20"], // "vừa rồi": the last one before the reference
    ["cuối giờ chiều 15-6", "2019-06-15"], // the edge of a part of day is part of the mention
    ["đầu giờ sáng 10/1", "2019-01-10"],
    ["cuối buổi chiều 10/1", "2019-01-10"],
  ])("with its modifier: %s → %s", (text, value) => {
    const s = one(text);
    expect(s.value).toBe(value);
    expect(s.text).toBe(text);
  });

  it("without a reference keeps the yearless day as --MM-DD", () => {
    expect(one("ngày 10/1", null).value).toBe("--01-10");
    expect(one("tháng 3", null).value).toBe("--03");
  });

  it("forwardDate takes the next occurrence", () => {
    expect(one("28/12", { year: 2019, month: 1, day: 11 }, true).value).toBe("2019-12-28");
    expect(one("ngày 12/10", { year: 2017, month: 2, day: 2 }, true).value).toBe("2017-10-12");
    expect(one("ngày 12/10", { year: 2017, month: 2, day: 2 }, false).value).toBe("2016-10-12");
  });
});
