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
    // career lists: dotted month.year and day.month.year across a dash, the grains mixed
    ["Tháng 7.1979 – 6.1994", "1979-07/1994-06", "month"],
    ["Tháng 1.2006 – 18.3.2008", "2006-01/2008-03-18", "month"],
    ["Từ 19.3.2008 – 12.2010", "2008-03-19/2010-12", "day"],
    ["Tháng 1.2011 – 8.2.2011", "2011-01/2011-02-08", "month"],
    ["Tháng 9.2.2011 – 14.4.2011", "2011-02-09/2011-04-14", "day"], // "Tháng" before a full date joins it
    ["7.1979 - 6.1994", "1979-07/1994-06", "month"],
    ["Tháng 1/2006 - 18/3/2008", "2006-01/2008-03-18", "month"],
    // a fuzzy end stands for its whole year or month
    ["Từ năm 1999 đến giữa năm 2006", "1999/2006", "year"],
    ["từ đầu tháng 3 đến cuối tháng 5/2020", "2020-03/2020-05", "month"], // the end's year carries to a fuzzy start
    ["từ cuối tháng 11 đến ngày 15/2/2020", "2019-11/2020-02-15", "month"],
    // "từ" before a day range, and the count of days before it, belong to the mention
    ["Từ ngày 27 - 30/6", "2019-06-27/2019-06-30", "day"],
    ["3 ngày 5-7/3", "2019-03-05/2019-03-07", "day"],
    ["2 ngày 23 và 24/4", "2019-04-23/2019-04-24", "day"],
    ["ngày 23 và 24/4", "2019-04-23/2019-04-24", "day"],
  ])("%s → %s", (text, value, grain) => {
    const s = one(text);
    expect(s.value).toBe(value);
    expect(s.grain).toBe(grain);
    expect(s.interval).toBe(true);
    expect(s.text).toBe(text);
  });

  it.each([
    ["Từ tháng 4/2016 đến nay", "2016-04/2019-01-11"],
    ["từ năm 2011 đến nay", "2011/2019-01-11"],
    ["Từ tháng 10.2016 đến nay", "2016-10/2019-01-11"],
    ["từ 7/4 tới nay", "2018-04-07/2019-01-11"],
    ["từ ngày 15/4/2018 cho đến nay", "2018-04-15/2019-01-11"],
    ["Từ đầu năm 2018 đến hiện nay", "2018/2019-01-11"],
    ["từ tháng 3/2018 đến thời điểm hiện tại", "2018-03/2019-01-11"],
    ["Tháng 10/2016 - nay", "2016-10/2019-01-11"], // opening a line of a career list
  ])("until now: %s → %s", (text, value) => {
    const s = one(text);
    expect(s.value).toBe(value);
    expect(s.interval).toBe(true);
    expect(s.text).toBe(text);
  });

  it.each([
    ["từ nay đến cuối năm", "2019-01-11/2019"], // a fuzzy end stands for its whole year
    ["từ nay đến năm 2025", "2019-01-11/2025"],
    ["từ nay cho đến hết tháng 6", "2019-01-11/2019-06"],
    ["từ nay đến cuối tháng 1", "2019-01-11/2019-01"],
    ["Từ nay đến 2025", "2019-01-11/2025"],
  ])("from now: %s → %s", (text, value) => {
    const s = one(text);
    expect(s.value).toBe(value);
    expect(s.interval).toBe(true);
    expect(s.text).toBe(text);
  });

  it("until now needs “từ” or the start of a line; without a reference it has no value", () => {
    const text = "ông nói tháng 4/2016 đến nay chưa xong";
    expect(find(text).map((s) => text.slice(s.start, s.end))).toEqual(["tháng 4/2016"]);
    // … or the colon of a career entry after it, inside a line ("Ông X: … T1. Tháng 10/2015 - nay: T2").
    for (const [entry, mention] of [
      ["Ông A: Tháng 10/2015 - nay: Giám đốc", "Tháng 10/2015 - nay"],
      ["Ông A làm T1. 10/2015 - nay: Giám đốc", "10/2015 - nay"],
      ["Ông A làm T1. Tháng 10/2015 đến nay: Giám đốc", "Tháng 10/2015 đến nay"],
      // a bare year too, there or opening its line (dates/parsers/year.ts untilNowEntry)
      ["Ông A làm Phó Giám đốc. 2015 - nay: Giám đốc", "2015 - nay"],
      ["Ông A:\n- 2015 - nay, Giám đốc", "2015 - nay"],
    ]) expect(find(entry!).map((s) => [entry!.slice(s.start, s.end), s.value])).toEqual([[mention, mention!.includes("/") ? "2015-10/2019-01-11" : "2015/2019-01-11"]]);
    // … not elsewhere: "giai đoạn 1990 - nay, …" stays unread.
    expect(find("Giai đoạn 1990 - nay, tỉnh phát triển mạnh")).toEqual([]);
    expect(find("Từ tháng 4/2016 đến nay", null).map((s) => [s.value, s.interval])).toEqual([["", true]]);
    // an end before the reference (the reference does not fit the text): the end alone
    expect(one("từ nay đến hết năm 2017").value).toBe("2017");
  });

  it("a day and a day after it are a range only when consecutive", () => {
    const text = "ngày 5 và 10/3";
    expect(find(text).map((s) => text.slice(s.start, s.end))).toEqual(["10/3"]);
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

describe("a connector is one or two tokens: candidates further apart are not joined (the words between are not read)", () => {
  it.each([
    ["từ ngày 5/3 đến tận ngày 10/3/2023", [["từ ngày 5/3 đến tận ngày 10/3/2023", "2023-03-05/2023-03-10"]]],
    ["từ ngày 5/3 cho đến tận ngày 10/3/2023", [["ngày 5/3", "2019-03-05"], ["ngày 10/3/2023", "2023-03-10"]]],
    ["sáng, 10/1", [["sáng, 10/1", "2019-01-10"]]],
    ["sáng , , 10/1", [["10/1", "2019-01-10"]]],
  ])("%s", (text, expected) => {
    expect(find(text).map((s) => [text.slice(s.start, s.end), s.value])).toEqual(expected);
  });
});
