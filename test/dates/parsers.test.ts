import { describe, expect, it } from "vitest";
import {
  DEFAULT_DATE_PARSERS,
  findDates,
  findDatesAndDateline,
  isW,
  makeCandidate,
  NO_MATCH,
  type DateParser,
  type DateReference,
} from "../../src/dates/index";

const REF: DateReference = { year: 2019, month: 1, day: 11 };
const found = (text: string, parsers?: readonly DateParser[]) =>
  findDates(text.toLowerCase(), text, { reference: REF, parsers }).map((s) => [text.slice(s.start, s.end), s.value]);

// A parser of one's own: "hôm kìa" (three days ago), a form the default parsers do not read.
const threeDaysAgo: DateParser = {
  name: "hom-kia-kia",
  triggers: { words: ["hôm"], numbers: false },
  parseAt(ctx, i, out) {
    if (!isW(ctx, i + 1, "kìa")) return NO_MATCH;
    out.push(makeCandidate(ctx, i, i + 2, "date", "three-days-ago", { dayRel: -3 }));
    return i + 2;
  },
};

describe("date parsers", () => {
  it("the default list, in the order it runs", () => {
    expect(DEFAULT_DATE_PARSERS.map((p) => p.name)).toEqual(["numeric", "written", "time", "relative", "weekday", "partOfDay", "period", "year", "holiday"]);
  });

  it("every default parser says what it starts on", () => {
    for (const p of DEFAULT_DATE_PARSERS) expect(p.triggers.words.length > 0 || p.triggers.numbers !== false).toBe(true);
  });

  it("a parser added to the list finds its form, and the refiners join it with a part of day", () => {
    const text = "Sáng hôm kìa trời mưa; ngày 5/1 và hôm qua";
    expect(found(text)).toEqual([["ngày 5/1", "2019-01-05"], ["hôm qua", "2019-01-10"]]);
    expect(found(text, [...DEFAULT_DATE_PARSERS, threeDaysAgo])).toEqual([["Sáng hôm kìa", "2019-01-08"], ["ngày 5/1", "2019-01-05"], ["hôm qua", "2019-01-10"]]);
    // alone, without the part-of-day parser, "Chiều" is not read
    const text2 = "Chiều hôm kìa";
    expect(findDatesAndDateline(text2.toLowerCase(), text2, false, [threeDaysAgo]).dates.map((s) => text2.slice(s.start, s.end))).toEqual(["hôm kìa"]);
  });

  it("a shorter list reads only its own forms", () => {
    const numeric = DEFAULT_DATE_PARSERS.filter((p) => p.name === "numeric");
    expect(found("Ngày 10/1/2019, năm 2018 và hôm qua", numeric)).toEqual([["Ngày 10/1/2019", "2019-01-10"]]);
  });

  it("a parser is not tried again inside its own match", () => {
    const starts: number[] = [];
    const spy: DateParser = {
      name: "spy",
      triggers: { words: ["a"], numbers: false },
      parseAt(_ctx, i) {
        starts.push(i);
        return i + 3; // claims the next two tokens
      },
    };
    findDates("a a a a", "a a a a", { reference: REF, parsers: [spy] });
    expect(starts).toEqual([0, 3]);
  });

  // Where the scan calls a parser: the tokens (as text) it was asked about, for each form of `triggers`.
  const calledOn = (text: string, triggers: DateParser["triggers"]) => {
    const seen: string[] = [];
    const spy: DateParser = { name: "spy", triggers, parseAt(ctx, i) { seen.push(ctx.at(i).text); return NO_MATCH; } };
    findDates(text.toLowerCase(), text, { reference: REF, parsers: [spy] });
    return seen;
  };
  const text = "Chủ tịch họp chủ nhật, 6 tháng, ngày 5/3 và 2 người";
  it.each([
    ["one word (as before): every such word", { words: ["chủ"], numbers: false }, ["chủ", "chủ"]],
    ["any number (as before)", { words: [], numbers: true }, ["6", "5", "3", "2"]],
    ["one word and any number", { words: ["ngày"], numbers: true }, ["6", "ngày", "5", "3", "2"]],
    ["two words: the first, where the second follows", { words: ["chủ nhật"], numbers: false }, ["chủ"]],
    ["two words and the same first word alone: every such word", { words: ["chủ nhật", "chủ"], numbers: false }, ["chủ", "chủ"]],
    ["a number before one of the listed tokens", { words: [], numbers: ["tháng", "/"] }, ["6", "5"]],
    ["no number", { words: ["họp"], numbers: false }, ["họp"]],
  ] as const)("a parser of one's own is called where its triggers are: %s", (_what, triggers, expected) => {
    expect(calledOn(text, triggers as DateParser["triggers"])).toEqual(expected);
  });

  it.each([
    ["a first word or a number at the end of the text", "họp chủ nhật, chủ 5", { words: ["chủ nhật"], numbers: ["/"] }, ["chủ"]],
    ["a dash of any kind reads '-', spaces between or not", "5–7/3, 8—9, 10−11, 12 - 13, 14 . 15", { words: [], numbers: ["-"] }, ["5", "8", "10", "12"]],
    ["the second word right after, no other token between", "chủ-nhật, chủ nhật", { words: ["chủ nhật"], numbers: false }, ["chủ"]],
  ] as const)("two-token triggers: %s", (_what, t, triggers, expected) => {
    expect(calledOn(t, triggers as DateParser["triggers"])).toEqual(expected);
  });

  it("the default parsers are called on fewer tokens: 'chủ tịch', 'ban ngành', 'Trung ương', 'cùng nhau' and counts start none", () => {
    const calls: string[] = [];
    const spied = DEFAULT_DATE_PARSERS.map((p) => ({ ...p, parseAt: (ctx: Parameters<DateParser["parseAt"]>[0], i: number, out: Parameters<DateParser["parseAt"]>[2]) => (calls.push(`${p.name}:${ctx.at(i).text}`), p.parseAt(ctx, i, out)) }));
    const t = "Chủ tịch Quốc hội, ban ngành Trung ương cùng nhau và 25 người; Chủ nhật, ban đêm, cùng ngày, Quốc khánh 2/9, 14 giờ, 6 tháng";
    expect(found(t, spied)).toEqual(found(t));
    expect(calls.filter((c) => /:(chủ|ban|quốc|trung|cùng|25|14|6|2)$/.test(c))).toEqual([
      "numeric:2", "time:14", "relative:cùng", "relative:14", "relative:6", "weekday:chủ", "partOfDay:ban", "period:6", "year:25", "year:2", "year:14", "year:6", "holiday:quốc",
    ]);
  });

  it("a number in words starts a clock time or a relative span only before its unit (or its own second word)", () => {
    const calls: string[] = [];
    const spied = DEFAULT_DATE_PARSERS.map((p) => ({ ...p, parseAt: (ctx: Parameters<DateParser["parseAt"]>[0], i: number, out: Parameters<DateParser["parseAt"]>[2]) => (calls.push(`${p.name}:${ctx.at(i).text}`), p.parseAt(ctx, i, out)) }));
    const t = "một số người, hai giờ chiều, mười lăm ngày qua, ba mươi";
    expect(found(t, spied)).toEqual(found(t));
    expect(calls.filter((c) => /^(time|relative):/.test(c))).toEqual(["time:hai", "time:mười", "time:ba", "relative:hai", "relative:mười", "relative:ba"]);
  });

  it("a list the engine cannot run is an error of the caller", () => {
    expect(() => findDates("x", "x", { reference: REF, parsers: [{ ...threeDaysAgo, triggers: { words: ["a b c"], numbers: false } }] })).toThrow(/two words/);
    expect(() => findDates("x", "x", { reference: REF, parsers: [{ name: "bad" } as unknown as DateParser] })).toThrow(/parseAt/);
    expect(() => findDates("x", "x", { reference: REF, parsers: Array(32).fill(threeDaysAgo) })).toThrow(/at most 31/);
  });
});
