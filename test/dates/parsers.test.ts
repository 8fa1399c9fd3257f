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
    for (const p of DEFAULT_DATE_PARSERS) expect(p.triggers.words.length > 0 || p.triggers.numbers).toBe(true);
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

  it("a list the engine cannot run is an error of the caller", () => {
    expect(() => findDates("x", "x", { reference: REF, parsers: [{ name: "bad" } as unknown as DateParser] })).toThrow(/parseAt/);
    expect(() => findDates("x", "x", { reference: REF, parsers: Array(32).fill(threeDaysAgo) })).toThrow(/at most 31/);
  });
});
