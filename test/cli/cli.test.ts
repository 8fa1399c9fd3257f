// The command line, in this process (see streams.ts): arguments, JSONL lines good and bad, exit
// status, and an output that fails.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, errno, records, sink } from "./streams";

const jsonl = (lines: string[]) => lines.join("\n") + "\n";
const GOOD = [
  JSON.stringify({ id: "a", text: "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến", referenceDate: "2017-05-01" }),
  JSON.stringify("Tỉnh ủy Quảng Nam họp sáng nay."),
  JSON.stringify({ id: 3, text: "" }),
  JSON.stringify({ text: "hôm qua", referenceDate: "2019-01-11", forwardDate: true }),
];
/** Five lines, the third bad. */
const withBadLine = (bad: string) => jsonl([GOOD[0]!, GOOD[1]!, bad, GOOD[2]!, GOOD[3]!]);

describe("vn-entity-graph CLI", () => {
  it("reads one text on stdin and prints its graph as JSON", async () => {
    const r = await cli(["--reference-date", "2019-01-11"], "Sáng 10/1, Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu.");
    expect(r.code).toBe(0);
    const g = JSON.parse(r.out);
    expect(g.referenceDate).toBe("2019-01-11");
    expect(g.mentions.map((m: { text: string }) => m.text)).toEqual(["Sáng 10/1", "Thủ tướng Chính phủ", "Chính phủ", "Nguyễn Xuân Phúc"]);
  });

  it("streams JSONL: one article a line in, one graph a line out, in order, ids kept", async () => {
    const r = await cli(["--format", "jsonl"], jsonl(GOOD.slice(0, 3)));
    expect(r.code).toBe(0);
    const out = records(r.out) as Array<{ id?: unknown; entities: Array<{ name: string }>; mentions: Array<{ text: string }> }>;
    expect(out.map((g) => g.id)).toEqual(["a", undefined, 3]);
    expect(out[0]!.entities.some((e) => e.name === "Nguyễn Thị Kim Tiến")).toBe(true);
    expect(out[1]!.mentions[0]!.text).toBe("Tỉnh ủy Quảng Nam");
  });

  it.each([
    ["json", "\uFEFFThủ tướng Phạm Minh Chính phát biểu."],
    ["jsonl", "\uFEFF" + JSON.stringify("Thủ tướng Phạm Minh Chính phát biểu.") + "\r\n"],
  ])("ignores a UTF-8 byte order mark at the start of the input (--format %s)", async (format, input) => {
    const r = await cli(["--format", format], input);
    expect(r).toMatchObject({ code: 0, err: "" });
    const g = records(r.out)[0]!;
    expect(g.text).toBe("Thủ tướng Phạm Minh Chính phát biểu.");
  });

  // A bad third line of five: every kind names its line and says what is wrong.
  const BAD_LINES: Array<[string, string, string]> = [
    ["not JSON", "{not json}", "not JSON"],
    ["a number", "42", 'expected a JSON string or an object with a "text" string, got number'],
    ["an array", '["Thủ tướng"]', "got an array"],
    ["null", "null", "got null"],
    ["an object without text", '{"id":"x"}', '"text" is missing'],
    ["a text that is not a string", '{"id":7,"text":5}', '"text" is number'],
    ["a referenceDate that is not ISO", '{"id":"d","text":"hôm qua","referenceDate":"hôm qua"}', "referenceDate: expected an ISO date"],
    ["a referenceDate that is no calendar day", '{"text":"hôm qua","referenceDate":"2019-02-30"}', "referenceDate: not a real calendar date"],
    ["a forwardDate that is not true/false", '{"text":"hôm qua","forwardDate":"yes"}', "forwardDate:"],
    ["an empty line", "", "blank line"],
    ["a line of spaces", " \t ", "blank line"],
  ];

  it.each(BAD_LINES)("--on-error fail (default), %s: every graph before it, then one line on stderr naming line 3, exit 1", async (_what, bad, message) => {
    const r = await cli(["--format", "jsonl"], withBadLine(bad));
    expect(r.code).toBe(1);
    expect(records(r.out).map((g) => g.text)).toEqual(["Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến", "Tỉnh ủy Quảng Nam họp sáng nay."]);
    expect(r.err).toMatch(/^vn-entity-graph: line 3: [^\n]*\n$/);
    expect(r.err).toContain(message);
    // Said once, though a value that is not ISO is no calendar date either.
    expect(r.err.split(":").filter((s) => s.trim() === "referenceDate").length).toBeLessThanOrEqual(1);
  });

  it.each(BAD_LINES)("--on-error skip, %s: an error record in its place (line N out answers line N in), exit 3", async (_what, bad, message) => {
    const r = await cli(["--format", "jsonl", "--on-error", "skip"], withBadLine(bad));
    expect(r.code).toBe(3);
    const out = records(r.out);
    expect(out.length).toBe(5);
    expect(out.map((g) => g.text)).toEqual(["Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến", "Tỉnh ủy Quảng Nam họp sáng nay.", undefined, "", "hôm qua"]);
    expect(out[2]).toEqual({ ...(bad.includes('"id"') && { id: JSON.parse(bad).id }), line: 3, error: { message: expect.stringContaining(message) } });
    expect(r.err).toBe('vn-entity-graph: 1 of 5 lines failed; each has an "error" record in its place\n');
  });

  it("--on-error skip: as many lines out as in, whatever fails", async () => {
    const lines = Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? BAD_LINES[i % BAD_LINES.length]![1] : JSON.stringify({ id: i, text: "Thủ tướng phát biểu." })));
    const r = await cli(["--format", "jsonl", "--on-error", "skip"], jsonl(lines));
    const out = records(r.out);
    expect(out.length).toBe(60);
    out.forEach((g, i) => expect(g.error ? g.line : g.id).toBe(i % 7 === 3 ? i + 1 : i));
  });

  it.each([
    ["all lines good", 0, ["--format", "jsonl"], jsonl(GOOD)],
    ["all lines good, --on-error skip", 0, ["--format", "jsonl", "--on-error", "skip"], jsonl(GOOD)],
    ["a bad line", 1, ["--format", "jsonl"], withBadLine("42")],
    ["a bad line, --on-error skip", 3, ["--format", "jsonl", "--on-error", "skip"], withBadLine("42")],
    ["no input file", 1, ["--format", "jsonl", "/nonexistent/articles.jsonl"], ""],
    ["a bad option", 2, ["--format", "jsonl", "--on-error", "ignore"], jsonl(GOOD)],
  ])("exit status: %s → %i", async (_what, code, args, input) => {
    expect((await cli(args, input)).code).toBe(code);
  });

  it("says which file it cannot read, in one line", async () => {
    const r = await cli(["--format", "jsonl", "/nonexistent/articles.jsonl"]);
    expect(r.err).toBe("vn-entity-graph: cannot read /nonexistent/articles.jsonl: ENOENT: no such file or directory, open '/nonexistent/articles.jsonl'\n");
  });

  it.each([
    [["--format", "xml"], "--format must be one of json, jsonl, html, mermaid, dot, jsonld, popolo, csv, conll, brat, got xml"],
    [["--format", "htlm"], "got htlm (did you mean html?)"],
    [["--input", "lines"], "--input must be text or jsonl"],
    [["--format", "jsonl", "--input", "text"], "--format jsonl reads JSONL"],
    [["--format", "brat", "--input", "jsonl"], "give --out-dir DIR"],
    [["--out-dir", "x"], "--out-dir is for --format brat with --input jsonl"],
    [["--types", "persn,date"], '--types: unknown type "persn" (did you mean person?)'],
    [["--types", "person,,date"], "--types: an empty type"],
    [["--types", "people"], '--types: unknown type "people"; expected some of person,position,organization,location,date'],
    [["--concurency", "2"], "unknown option --concurency: did you mean --concurrency?"],
    [["--refrence-date=2019-01-11"], "did you mean --reference-date?"],
    [["--notext"], "did you mean --no-text?"],
    [["--custom", "/nonexistent/entries.json"], "--custom: cannot read /nonexistent/entries.json"],
    [["--on-error", "ignore"], "--on-error must be fail or skip"],
    [["--reference-date", "hôm qua"], "--reference-date: expected an ISO date"],
    [["--reference-date", "2019-02-30"], "--reference-date: not a real calendar date"],
    [["--concurrency", "0"], "--concurrency: Too small"],
    [["--concurrency", "300"], "--concurrency: Too big"],
    [["--concurrency", "0x2"], '--concurrency must be a whole number in decimal digits, got "0x2"'],
    [["--concurrency", "1e1"], "--concurrency must be a whole number in decimal digits"],
    [["--concurrency", " 2"], "--concurrency must be a whole number in decimal digits"],
    [["--concurrency", ""], "--concurrency must be a whole number in decimal digits"],
    [["--workers-after=-1"], "--workers-after must be a whole number"],
    [["--workers-after", "many"], "--workers-after must be a whole number"],
    [["--workers-after", "0x10"], "--workers-after must be a whole number"],
    [["a.txt", "b.txt"], "expected at most one input file, got 2"],
    [["--bogus"], "unknown option --bogus"],
  ])("rejects %j with exit 2, saying why once", async (args, message) => {
    const r = await cli(args, jsonl(GOOD));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(message);
    expect(r.err.split(message).length).toBe(2);
  });

  it.each([
    ["the disk is full (ENOSPC)", 1, "ENOSPC", "no space left on device", "vn-entity-graph: cannot write the output: ENOSPC: no space left on device\n"],
    ["the reader went away (EPIPE: … | head)", 0, "EPIPE", "broken pipe", ""],
  ])("stops when %s: exit %i, one line or none on stderr", async (_what, status, code, message, err) => {
    for (const format of ["json", "jsonl"]) {
      const input = format === "json" ? "Thủ tướng phát biểu." : jsonl(Array.from({ length: 50 }, () => GOOD[1]!));
      const r = await cli(["--format", format], input, sink({ fail: (bytes) => (bytes > 1000 || format === "json" ? errno(code, message) : undefined) }));
      expect(r).toMatchObject({ code: status, err });
    }
  });

  it("waits for a slow reader, losing nothing, and still writes every graph before a bad line", async () => {
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: "Thủ tướng phát biểu." }));
    const all = await cli(["--format", "jsonl"], jsonl(lines), sink({ slow: true, highWaterMark: 64 }));
    expect(records(all.out).map((g) => g.id)).toEqual(lines.map((_, i) => i));
    lines[200] = "{";
    const upTo = await cli(["--format", "jsonl"], jsonl(lines), sink({ slow: true, highWaterMark: 64 }));
    expect(upTo.code).toBe(1);
    expect(records(upTo.out).length).toBe(200);
  });

  it("says in --help what a bad line does, and what each exit status means", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const s of ["--on-error fail|skip", "blank line", "output line N answers input line N", "Exit status", "3 done, but some lines failed"]) expect(r.out).toContain(s);
  });

  it("prints the package's version", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as { version: string };
    expect((await cli(["--version"])).out).toBe(pkg.version + "\n");
  });
});
