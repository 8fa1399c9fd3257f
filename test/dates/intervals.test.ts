import { describe, expect, it } from "vitest";
import { find, one } from "./helpers";

describe("intervals: one mention, year carried across the ends", () => {
  it.each([
    ["từ ngày 5/3 đến ngày 10/3/2023", "2023-03-05/2023-03-10", "day"],
    ["từ 18h ngày 20/7 đến 6h ngày 21/7/2021", "2021-07-20T18:00/2021-07-21T06:00", "hour"],
    ["từ tháng 1 đến tháng 2/2023", "2023-01/2023-02", "month"],
    ["5-7/3", "2019-03-05/2019-03-07", "day"],
    ["từ ngày 5 đến ngày 10/3/2023", "2023-03-05/2023-03-10", "day"],
    ["từ tháng 11 đến tháng 2/2020", "2019-11/2020-02", "month"],
    ["từ năm 2015 đến năm 2020", "2015/2020", "year"],
    ["14/6/1957-14/6/2017", "1957-06-14/2017-06-14", "day"],
    ["4/1985-7/1988", "1985-04/1988-07", "month"],
    ["ngày 20-28/1/2016", "2016-01-20/2016-01-28", "day"],
    ["từ 16 giờ 35 đến 17 giờ", "2019-01-11T16:35/2019-01-11T17:00", "minute"],
  ])("%s → %s", (text, value, grain) => {
    const s = one(text);
    expect(s.value).toBe(value);
    expect(s.grain).toBe(grain);
    expect(s.interval).toBe(true);
    expect(s.text).toBe(text);
  });

  it("with forwardDate the ends stay in order", () => {
    const ref = { year: 2019, month: 1, day: 11, hour: 10, minute: 0 };
    expect(one("từ 8h đến 17h", ref, true).value).toBe("2019-01-11T08:00/2019-01-11T17:00");
    expect(one("từ 28/12 đến 3/1", ref, true).value).toBe("2019-12-28/2020-01-03");
    expect(one("từ 28/12 đến 3/1", ref, false).value).toBe("2018-12-28/2019-01-03");
  });

  it("a date, then a clock time it ends at, are two mentions; the time is on that day", () => {
    const text = "phiên họp chiều ngày 9-6-2017 đến 18 giờ 30";
    expect(find(text).map((s) => [text.slice(s.start, s.end), s.value])).toEqual([
      ["chiều ngày 9-6-2017", "2017-06-09"],
      ["18 giờ 30", "2017-06-09T18:30"],
    ]);
  });

  it("clock times after a date are on that date (and its part of day)", () => {
    const text = "chiều 12/6, từ 2 giờ đến 4 giờ";
    expect(find(text).map((s) => [text.slice(s.start, s.end), s.value])).toEqual([
      ["chiều 12/6", "2019-06-12"],
      ["từ 2 giờ đến 4 giờ", "2019-06-12T14:00/2019-06-12T16:00"],
    ]);
  });
});
