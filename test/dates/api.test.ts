import { describe, expect, it } from "vitest";
import { resetWork, totalWork } from "../../src/util/work";
import { detectDateline, findDates, findDatesAndDateline, parseReference } from "../../src/dates/index";

describe("parseReference", () => {
  it.each([
    ["2019-01-11", { year: 2019, month: 1, day: 11 }],
    ["2019-01-11T16:43:52", { year: 2019, month: 1, day: 11, hour: 16, minute: 43, second: 52 }],
    ["2019-01-11T16:43:52+07:00", { year: 2019, month: 1, day: 11, hour: 16, minute: 43, second: 52 }],
    ["2017-02-02T03:55:00-02:00", { year: 2017, month: 2, day: 2, hour: 3, minute: 55, second: 0 }],
  ])("%s", (s, ref) => expect(parseReference(s)).toEqual(ref));

  it("a Date gives its Vietnam wall clock (UTC+7)", () => {
    expect(parseReference(new Date("2019-01-11T20:00:00Z"))).toEqual({ year: 2019, month: 1, day: 12, hour: 3, minute: 0, second: 0 });
  });

  it.each(["", "2019-13-01", "2019-02-30", "hôm qua", "2019-01-11T25:00"])("invalid %j → null", (s) => {
    expect(parseReference(s)).toBeNull();
  });
  it("invalid Date → null", () => expect(parseReference(new Date(NaN))).toBeNull());
});

describe("detectDateline", () => {
  it.each([
    ["Hội nghị tổng kết\nCập nhật: 11/01/2019 4:43:52 CH\nSáng 10/1, hội nghị", { year: 2019, month: 1, day: 11, hour: 16, minute: 43, second: 52 }],
    ["Thứ Sáu, 11/01/2019 - 16:43\nNội dung", { year: 2019, month: 1, day: 11, hour: 16, minute: 43 }],
    ["Tin ngày 5/3/2020. Hôm nay", { year: 2020, month: 3, day: 5 }],
    ["Ông sinh ngày 09/02/1907 tại Nam Định.\nNgày 5/3/2020, ông về thăm quê", { year: 2020, month: 3, day: 5 }],
  ])("%j", (text, ref) => {
    expect(detectDateline(text.toLowerCase(), text)?.reference).toEqual(ref);
  });
  it("a day without a year is no reference", () => {
    const t = "(Chinhphu.vn) - Sáng 10/1, Ban Dân vận";
    expect(detectDateline(t.toLowerCase(), t)).toBeNull();
  });
  // A person's birth or death date is never the article's (data/date-context-words.tsv not-dateline).
  it.each([
    "Tiểu sử ông Nguyễn Thiện Nhân\nSinh ngày: 12/06/1953\nQuê quán: Trà Vinh",
    "Đồng chí Trường Chinh (sinh ngày 9/2/1907, mất ngày 30/9/1988)",
  ])("no reference from %j", (t) => {
    expect(detectDateline(t.toLowerCase(), t)).toBeNull();
  });
});

// extract() reads the dateline from the first chunk's own date parse: it must agree with
// detectDateline() on the head alone, and the dates with findDates() given that reference.
describe("findDatesAndDateline", () => {
  const filler = "Hội nghị diễn ra sôi nổi với nhiều ý kiến đóng góp. ".repeat(12); // ≈ 620 chars
  it.each([
    ["Cập nhật: 11/01/2019 4:43:52 CH\nSáng 10/1, hội nghị; chiều cùng ngày họp tiếp."],
    ["Thứ Sáu, 11/01/2019 - 16:43\nHôm qua, ngày 10/1, và thứ Hai tuần trước."],
    ["(Chinhphu.vn) - Sáng 10/1, Ban Dân vận"],
    [`Ông sinh ngày 09/02/1907.\nNgày 5/3/2020, ông về quê. ${filler} Ngày 6/3/2020 ông đi.`],
    // an interval whose end starts in the head: no dateline (an interval is none); one whose end
    // starts past the head: its start alone is what the head holds
    [`${filler.slice(0, 570)} từ ngày 1/1/2019 đến ngày 5/1/2019, rồi hôm sau.`],
    [`${filler.slice(0, 578)} từ ngày 1/1/2019 đến ngày 5/1/2019, rồi hôm sau.`],
    // no date at all in the head; one far below it
    [`${filler}${filler} ngày 3/4/2021 và hôm qua`],
  ])("%#", (text) => {
    const lower = text.toLowerCase();
    const line = detectDateline(lower, text);
    const got = findDatesAndDateline(lower, text, false);
    expect(got.dateline).toEqual(line);
    expect(got.dates).toEqual(findDates(lower, text, { reference: line?.reference ?? null }));
  });
  it("a date that starts in the head and runs past it is read whole (the head alone cuts it)", () => {
    const text = `${filler.slice(0, 590)} từ ngày 1/1/2019 đến ngày 5/1/2019.`; // "ngày 1/1/2019" at 594–607
    expect(findDatesAndDateline(text.toLowerCase(), text, false).dateline).toEqual({ reference: { year: 2019, month: 1, day: 1 }, start: 594, end: 607 });
  });
});

describe("without a reference", () => {
  it.each([
    ["ngày 10/1", "--01-10"],
    ["ngày 10/1/2019", "2019-01-10"],
    ["16h30", "T16:30"],
    ["hôm qua", ""], // relative: still a mention, no value
    ["năm qua", ""],
  ])("%s → %j", (text, value) => {
    const spans = findDates(text.toLowerCase(), text, { reference: null });
    expect(spans.map((s) => [text.slice(s.start, s.end), s.value])).toEqual([[text, value]]);
  });
});

describe("robustness", () => {
  const opts = { reference: { year: 2019, month: 1, day: 11 } };
  // findDates swallows internal errors (returning []), so check that the date around the noise is still found
  it.each([
    ["emoji", "🎉 ngày 10/1 🎉"],
    ["lone surrogates", "\ud800 ngày 10/1 \udc00"],
    ["constructor", "constructor ngày 10/1 __proto__"],
  ])("odd characters around a date: %s", (_n, text) => {
    const spans = findDates(text.toLowerCase(), text, opts);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.value])).toEqual([["ngày 10/1", "2019-01-10"]]);
  });

  it("empty text and mismatched lengths give no error", () => {
    expect(findDates("", "", opts)).toEqual([]);
    expect(findDates("ngày 10/1", "x", opts).map((s) => s.value)).toEqual(["2019-01-10"]);
  });

  // Work is counted (src/util/work.ts), not timed: the same on any machine under any load.
  it.each<[string, (repeats: number) => number]>([
    ["1/1/", () => 0],
    ["2019 ", () => 0],
    ["1-", () => 0],
    ["10/1 - ", (r) => Math.floor(r / 2)], // "10/1 - 10/1" pairs: one interval each
    ["ngày 1 ", () => 0],
  ])("stays linear on %j repeated: a character of 300 KB costs ≤ 1.1× one of 30 KB", (unit, count) => {
    const perChar = (size: number) => {
      const repeats = Math.ceil(size / unit.length);
      const text = unit.repeat(repeats);
      resetWork();
      const spans = findDates(text, text, opts);
      expect(spans.length).toBe(count(repeats));
      return totalWork() / text.length;
    };
    expect(perChar(300_000) / perChar(30_000)).toBeLessThanOrEqual(1.1);
  });

  it("sorted by start and non-overlapping", () => {
    const text = "Sáng 10/1, từ 8h đến 17h ngày 11/1/2019, năm qua và quý II/2025, 6 tháng đầu năm, hôm qua";
    const spans = findDates(text.toLowerCase(), text, opts);
    expect(spans.length).toBeGreaterThan(4);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
});
