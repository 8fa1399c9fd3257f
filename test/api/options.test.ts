/**
 * Bad arguments fail fast and say what is wrong: a non-string text is a TypeError naming what was
 * given; a bad option is a zod error naming the field. Odd but valid texts never throw.
 */
import { describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { createExtractor, extract, ExtractOptions } from "../../src/index";
import { checkGraph } from "../fuzz/invariants";

/** The error extract() throws, or a failure when it does not throw. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw, got a result");
}

/** All the field names a zod error talks about: issue paths, unrecognized keys, and its message. */
function zodNames(e: unknown): string {
  expect(e).toBeInstanceOf(ZodError);
  const z = e as ZodError;
  const parts = z.issues.flatMap((i) => [...i.path.map(String), ...("keys" in i && Array.isArray(i.keys) ? i.keys : [])]);
  return `${parts.join(" ")}\n${z.message}`;
}

describe("extract(text): a non-string text is a TypeError that names what was given", () => {
  it.each([
    ["a number", 42, /number/],
    ["null", null, /null/],
    ["undefined", undefined, /undefined/],
    ["an object", { text: "Nguyễn Xuân Phúc" }, /object/],
    ["an array", ["Nguyễn Xuân Phúc"], /array/],
    ["a boolean", true, /boolean/],
    ["a bigint", 10n, /bigint/],
    ["a symbol", Symbol("x"), /symbol/],
    ["a function", () => "x", /function/],
    ["a String object", new String("x"), /object/],
    ["a Buffer", Buffer.from("Nguyễn Xuân Phúc"), /Buffer/],
    ["a Uint8Array (what a browser's fetch gives)", new TextEncoder().encode("Nguyễn"), /Uint8Array.*TextDecoder/],
  ])("%s", (_label, value, names) => {
    const e = thrown(() => extract(value as unknown as string));
    expect(e).toBeInstanceOf(TypeError);
    expect((e as TypeError).message).toMatch(/string/);
    expect((e as TypeError).message).toMatch(names);
  });

  // Was a usability bug (found here, fixed during the session): a Buffer — what fs.readFileSync
  // gives without an encoding, the most likely mistake — was reported as "got object".
  it("names a Buffer as a Buffer", () => {
    const e = thrown(() => extract(Buffer.from("Nguyễn Xuân Phúc") as unknown as string));
    expect((e as TypeError).message).toMatch(/Buffer/);
  });

  it("createExtractor().extract checks its text the same way", () => {
    const e = thrown(() => createExtractor().extract(42 as unknown as string));
    expect(e).toBeInstanceOf(TypeError);
    expect((e as TypeError).message).toMatch(/number/);
  });
});

describe("extract(text, options): a bad option is a zod error that names the field", () => {
  it.each([
    ["a month 13, day 45", { referenceDate: "2019-13-45" }, "referenceDate"],
    ["words, not a date", { referenceDate: "hôm qua" }, "referenceDate"],
    ["an empty string", { referenceDate: "" }, "referenceDate"],
    ["an invalid Date", { referenceDate: new Date(NaN) }, "referenceDate"],
    ["29 February of a common year", { referenceDate: "2019-02-29" }, "referenceDate"],
    ["a date without zero padding", { referenceDate: "2019-1-1" }, "referenceDate"],
    ["a number", { referenceDate: 20190111 }, "referenceDate"],
    ["an unknown option", { refDate: "2019-01-11" }, "refDate"],
    ["a string for a boolean", { forwardDate: "yes" }, "forwardDate"],
    ["an unknown entity type", { types: ["people"] }, "types"],
    ["no entity type at all", { types: [] }, "types"],
    ["a string for the types array", { types: "person" }, "types"],
  ])("%s: %j names %s", (_label, options, field) => {
    const e = thrown(() => extract("Thủ tướng Nguyễn Xuân Phúc", options as never));
    expect(zodNames(e)).toContain(field);
  });

  it.each([
    ["an unknown option", { refDate: "2019-01-11" }, "refDate"],
    ["a bad default referenceDate", { referenceDate: "hôm qua" }, "referenceDate"],
    ["a title without its head", { titles: [{ gloss: "x" }] }, "head"],
    ["a title with an unknown field", { titles: [{ head: "Giám đốc", english: "Director" }] }, "english"],
    ["an organization with an empty name", { organizations: [{ name: "" }] }, "name"],
    ["a surname that is not a string", { names: [{ surname: 5 }] }, "surname"],
    ["a location list that is not an array", { locations: { name: "Đảo Ngọc" } }, "locations"],
  ])("createExtractor with %s names %s", (_label, config, field) => {
    const e = thrown(() => createExtractor(config as never));
    expect(zodNames(e)).toContain(field);
  });

  it("createExtractor names the list the bad entry is in", () => {
    const e = thrown(() => createExtractor({ titles: [{ gloss: "x" }] } as never)) as ZodError;
    expect(e).toBeInstanceOf(ZodError);
    expect(e.issues[0]?.path).toEqual(["titles", 0, "head"]);
  });

  it("an extractor's own options are checked per call, too", () => {
    const ex = createExtractor({ referenceDate: "2024-05-01" });
    expect(zodNames(thrown(() => ex.extract("x", { forwardDate: 1 } as never)))).toContain("forwardDate");
  });

  // Was a BUG (found here, fixed during the session): a time that does not exist passed validation
  // and the reference date was then silently dropped: extract("ngày 10/1", { referenceDate:
  // "2019-01-11T25:00" }) returned referenceDate: null, referenceDateSource: "none", no error.
  it.each([
    ["hour 25", "2019-01-11T25:00"],
    ["minute 61, second 99", "2019-01-11T23:61:99"],
  ])("an impossible clock time (%s) is rejected and names referenceDate", (_label, referenceDate) => {
    const e = thrown(() => extract("ngày 10/1", { referenceDate }));
    expect(zodNames(e)).toContain("referenceDate");
  });

  // Was a BUG (found here, fixed during the session): options that are not an object were ignored
  // instead of rejected: extract("x", 5), extract("x", true), extract("x", []) returned a graph.
  it.each([
    ["a number", 5],
    ["a boolean", true],
    ["an array", []],
  ])("options that are %s are rejected", (_label, options) => {
    expect(thrown(() => extract("x", options as never))).toBeInstanceOf(ZodError);
  });

  it("options that are a string are rejected (today as unknown keys 0, 1, 2 …)", () => {
    expect(thrown(() => extract("x", "2019-01-11" as never))).toBeInstanceOf(ZodError);
  });
});

describe("valid options are accepted as documented", () => {
  it.each([
    ["an ISO day", { referenceDate: "2019-01-11" }, "2019-01-11"],
    ["an ISO time", { referenceDate: "2019-01-11T16:43:52" }, "2019-01-11T16:43:52"],
    ["an ISO time with offset (wall clock as written)", { referenceDate: "2019-01-11T16:43:52+07:00" }, "2019-01-11T16:43:52"],
    ["29 February of a leap year", { referenceDate: "2024-02-29" }, "2024-02-29"],
    ["a Date", { referenceDate: new Date("2019-01-11T05:00:00Z") }, "2019-01-11"],
    ["null (use the dateline)", { referenceDate: null }, null],
  ])("%s", (_label, options, expected) => {
    const g = extract("Hà Nội", options);
    if (expected === null) expect(g.referenceDate).toBeNull();
    else expect(g.referenceDate).toMatch(new RegExp(`^${expected}`));
  });

  it("undefined and {} options are the defaults", () => {
    expect(extract("Thủ tướng Nguyễn Xuân Phúc", undefined)).toEqual(extract("Thủ tướng Nguyễn Xuân Phúc", {}));
  });
});

describe("odd but valid texts never throw", () => {
  it.each([
    ["the empty string", ""],
    ["one space", " "],
    ["a NUL", "\u0000"],
    ["only line breaks", "\n\r\n\r"],
    ["a lone high surrogate", "\uD800"],
    ["a lone low surrogate after a name", "Nguyễn Xuân Phúc\uDC00"],
    ["a BOM then text", "\uFEFFThủ tướng Nguyễn Xuân Phúc"],
    ["1 MB of a", "a".repeat(1_000_000)],
    ["1 MB of one syllable with spaces", "phúc ".repeat(200_000)],
  ])("%s", (_label, text) => {
    const g = extract(text);
    checkGraph(text, g);
  });

  it("an empty text has an empty graph", () => {
    const g = extract("");
    expect([g.entities, g.mentions, g.relations, g.warnings]).toEqual([[], [], [], []]);
  });
});

/** A Date at 00:00 UTC of year `y` (Date.UTC cannot make years 0–99). */
function utcDate(y: number, m: number, d: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t;
}

// Failed on ec9801d: Date(8.64e15) gave referenceDate "NaN-NaN-…", a Date in year 50 resolved
// "hôm qua" to 1950 while "0050-06-15" was rejected, and 9999-12-31 gave "năm sau" = "10000".
describe("referenceDate: years 1–9999, strings and Dates alike; never a value outside them", () => {
  it.each<[string, string | Date]>([
    ["the largest Date", new Date(8.64e15)],
    ["the smallest Date", new Date(-8.64e15)],
    ["an invalid Date", new Date(NaN)],
    ["year 0 as a string", "0000-06-15"],
    ["year 10000 as a Date", utcDate(10000, 1, 1)],
    ["year 0 as a Date", utcDate(0, 6, 15)],
  ])("rejects %s with a ZodError naming referenceDate", (_name, referenceDate) => {
    const e = thrown(() => extract("Hôm qua", { referenceDate }));
    expect(e).toBeInstanceOf(ZodError);
    expect((e as ZodError).issues[0]!.path).toEqual(["referenceDate"]);
  });

  it.each<[string, string | Date, string, string]>([
    // reference, "hôm qua", "năm sau"
    ["0050-06-15", "0050-06-15", "0050-06-14", "0051"],
    ["a Date in year 50", utcDate(50, 6, 15), "0050-06-14", "0051"],
    ["0001-01-01", "0001-01-01", "", "0002"],
    ["9999-12-31", "9999-12-31", "9999-12-30", ""],
  ])("%s: hôm qua = %s, năm sau = %s (empty: not given)", (_name, referenceDate, yesterday, nextYear) => {
    const g = extract("Hôm qua và năm sau.", { referenceDate });
    const values = g.entities.flatMap((e) => (e.type === "date" && e.value ? [e.value] : []));
    expect(g.referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(values).toEqual([yesterday, nextYear].filter(Boolean));
  });
});

describe("options parsed only when there are some (zod's first parse costs 1–2 ms of the first call)", () => {
  const text = "Ngày 1/7/2024, ông Nguyễn Văn A giữ chức Chủ tịch UBND tỉnh Quảng Nam.";
  // how extract is called → whether ExtractOptions.parse runs
  it.each([
    ["extract(text)", () => extract(text), false],
    ["extract(text, undefined)", () => extract(text, undefined), false],
    ["extract(text, null)", () => extract(text, null as never), false],
    ["extract(text, {})", () => extract(text, {}), true],
    ["extract(text, { forwardDate: true })", () => extract(text, { forwardDate: true }), true],
    ["createExtractor().extract(text)", () => createExtractor().extract(text), false],
    ["createExtractor({ forwardDate: true }).extract(text)", () => createExtractor({ forwardDate: true }).extract(text), true],
  ])("%s", (_, call, parsed) => {
    const spy = vi.spyOn(ExtractOptions, "parse");
    try {
      call();
      expect(spy.mock.calls.length > 0).toBe(parsed);
    } finally {
      spy.mockRestore();
    }
  });

  it("gives the graph the parsed empty options give", () => {
    expect(extract(text)).toEqual(extract(text, {}));
    expect(createExtractor().extract(text)).toEqual(extract(text, {}));
  });
});
