import { describe, expect, it } from "vitest";
import { one, DUCK } from "./helpers";

describe("periods", () => {
  it.each([
    ["quý II/2025", "2025-Q2"],
    ["quý 4 năm 2018", "2018-Q4"],
    ["quý 4 của năm 2018", "2018-Q4"],
    ["quý I, II, III, IV năm 2020", "2020-Q1/2020-Q4"], // consecutive quarters of one year: one interval
    ["quý 1 và 2 năm nay", "2019-Q1/2019-Q2"],
    ["quý này", "2019-Q1"],
    ["quý tới", "2019-Q2"],
    ["6 tháng đầu năm 2023", "2023-01/2023-06"],
    ["2 tháng đầu năm", "2019-01/2019-02"],
    ["6 tháng cuối năm 2021", "2021-07/2021-12"],
    ["giai đoạn 2021-2025", "2021/2025"],
    ["nhiệm kỳ 2015-2020", "2015/2020"],
    ["năm học 2024-2025", "2024/2025"],
    ["tuần tới", "2019-W03"],
    ["tuần này", "2019-W02"],
    ["tuần trước", "2019-W01"],
    ["tuần đầu tiên của tháng 9 năm 2017", "2017-W36"],
    ["cuối tuần này", "2019-01-12/2019-01-13"],
    ["cuối tuần qua", "2019-01-05/2019-01-06"],
  ])("%s → %s", (text, value) => {
    const s = one(text);
    expect(s.value).toBe(value);
    expect(s.text).toBe(text);
  });

  it.each([
    ["đầu năm 2026", "2026-01/2026-04"],
    ["cuối tháng 3", "2019-03-21/2019-03-31"],
    ["giữa tháng 2/2020", "2020-02-11/2020-02-20"],
    ["trung tuần tháng 3", "2019-03-11/2019-03-20"],
    ["hạ tuần tháng 4/2020", "2020-04-21/2020-04-30"],
    ["đầu tháng 8 tới", "2019-08-01/2019-08-10"], // "tới": the coming August, not the nearer last one
    ["đầu tháng 5 tới đây", "2019-05-01/2019-05-10"],
    ["cuối năm nay", "2019-09/2019-12"],
  ])("fuzzy %s → %s", (text, value) => {
    const s = one(text);
    expect(s.value).toBe(value);
    expect(s.fuzzy).toBe(true);
  });

  it.each([
    ["mùa hè này", "2017-06-21/2017-09-23"],
    ["mùa đông này", "2016-12-21/2017-03-20"],
  ])("season %s → %s", (text, value) => {
    expect(one(text, DUCK, true).value).toBe(value);
  });
});
