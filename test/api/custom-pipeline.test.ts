import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decades, extractor, tickers } from "../../examples/custom-recognizer";
import { createExtractor, DEFAULT_DATE_PARSERS, DEFAULT_RECOGNIZERS, extract, type Recognizer, type RecognizerFound } from "../../src/index";
import { createExtractor as createNodeExtractor, extractMany } from "../../src/node";
import { extractorParts } from "../../src/api/extract";

const mentions = (g: ReturnType<typeof extract>) => g.mentions.map((m) => `${m.type}:${m.text}`);
const values = (g: ReturnType<typeof extract>) => g.entities.flatMap((e) => (e.type === "date" ? [e.value] : []));

describe("examples/custom-recognizer.ts: a recognizer and a date parser of one's own", () => {
  it.each([
    ["mã DGC tăng trần", ["organization:DGC"]],
    ["Mã DGC tăng trần.", ["organization:DGC"]], // not the person "Mã DGC" (Mã is a surname)
    ["mã chứng khoán: SSI", ["organization:SSI"]],
    ["cổ phiếu HAG giảm", ["organization:HAG"]],
    ["mã số 123", []],
    ["mã ABCD", []],
    ["mã\nDGC", []],
  ])("tickers: %s", (text, expected) => {
    expect(mentions(extractor.extract(text, { types: ["organization", "person"] }))).toEqual(expected);
  });

  it.each([
    ["trong thập niên 1990", "1990/1999"],
    ["thập kỷ 80", "1980/1989"],
    ["thập niên 2020", "2020/2029"],
  ])("decades: %s", (text, value) => {
    expect(values(extractor.extract(text, { referenceDate: "2024-05-10" }))).toEqual([value]);
    expect(values(extract(text, { referenceDate: "2024-05-10" }))).not.toEqual([value]); // the default parsers read a year
  });

  it("a number that ends in no 0 is no decade", () => {
    expect(values(extractor.extract("thập niên 1995", { referenceDate: "2024-05-10" }))).toEqual(["1995"]);
  });

  it("runs with tsx and prints its mentions", () => {
    const file = fileURLToPath(new URL("../../examples/custom-recognizer.ts", import.meta.url));
    const out = execFileSync(process.execPath, ["--import", "tsx", file], { encoding: "utf8" });
    expect(out).toMatch(/decade\s+1990\/1999/);
    expect(out).toMatch(/organization DGC\s+ticker/);
  });
});

describe("createExtractor({ recognizers, dateParsers })", () => {
  it("gives a function the default lists, and keeps the defaults themselves when nothing changes", () => {
    let given: readonly Recognizer[] | undefined;
    const { pipeline } = extractorParts({ recognizers: (d) => ((given = d), d), dateParsers: (d) => d });
    expect(given).toBe(DEFAULT_RECOGNIZERS);
    expect(pipeline).toEqual({ recognizers: DEFAULT_RECOGNIZERS, dateParsers: DEFAULT_DATE_PARSERS, custom: false });
    expect(extractorParts({}).pipeline.custom).toBe(false);
  });

  it("runs the steps of a list in its order, and the caller's own objects", () => {
    const seen: string[] = [];
    class Spy implements Recognizer {
      readonly name = "spy";
      constructor(private readonly out: string[]) {}
      run(_ctx: unknown, found: RecognizerFound) {
        // (a method that needs its `this`: the object must not be copied)
        this.out.push(found.locations.map((l) => l.data.name).join() + "|" + found.persons.length);
      }
    }
    const list = [DEFAULT_RECOGNIZERS[0]!, new Spy(seen)];
    const g = createExtractor({ recognizers: list }).extract("Ông Nguyễn Văn An đến Hà Nội.");
    expect(seen).toEqual(["Hà Nội|0"]); // after "locations", and no "persons" step ran
    expect(mentions(g)).toEqual([]); // no "selection": nothing kept
  });

  it("a recognizer's `needs` skips it when none of its types is asked for", () => {
    let runs = 0;
    const counted: Recognizer = { name: "counted", needs: ["organization"], run: () => void runs++ };
    const ex = createExtractor({ recognizers: (d) => [...d, counted] });
    ex.extract("Hà Nội", { types: ["location"] });
    expect(runs).toBe(0);
    ex.extract("Hà Nội", { types: ["organization"] });
    expect(runs).toBe(1);
  });

  it.each([
    ["not a list", { recognizers: 5 }, ["recognizers"], /a list of recognizers/],
    ["no run", { recognizers: [{ name: "x" }] }, ["recognizers", 0, "run"], /function run\(ctx, found\)/],
    ["from a function", { recognizers: () => [{ name: "x", run: 1 }] }, ["recognizers", 0, "run"], /the recognizers function returned/],
    ["a name twice", { recognizers: [tickers, tickers] }, ["recognizers", 1, "name"], /"tickers" is also the name of entry 0/],
    ["an unknown type", { recognizers: [{ name: "x", needs: ["company"], run() {} }] }, ["recognizers", 0, "needs", 0], /person/],
    ["triggers without numbers", { dateParsers: [{ name: "d", triggers: { words: ["x"] }, parseAt: () => -1 }] }, ["dateParsers", 0, "triggers", "numbers"], /boolean/],
    ["a trigger of three words", { dateParsers: [{ name: "d", triggers: { words: ["a b c"], numbers: false }, parseAt: () => -1 }] }, ["dateParsers", 0, "triggers", "words", 0], /two words/],
    ["32 date parsers", { dateParsers: Array.from({ length: 32 }, (_, k) => ({ ...decades, name: `d${k}` })) }, ["dateParsers"], /at most 31/],
  ])("names the bad field: %s", (_what, config, path, message) => {
    let error: { issues?: { path: unknown[]; message: string }[] } | undefined;
    try {
      createExtractor(config as never);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.issues?.[0]?.path).toEqual(path);
    expect(error?.issues?.[0]?.message).toMatch(message);
  });
});

describe("vn-entity-graph/node: createExtractor(...).extractMany", () => {
  const collect = async (it: AsyncIterable<ReturnType<typeof extract>>) => {
    const out: string[][] = [];
    for await (const g of it) out.push(mentions(g));
    return out;
  };

  it("runs a pipeline of the caller's own in this thread, for every text in order", async () => {
    const ex = createNodeExtractor({ recognizers: (d) => [...d.slice(0, 3), tickers, ...d.slice(3)] });
    expect(await collect(ex.extractMany(["mã DGC", "Hà Nội", "mã chứng khoán: SSI"]))).toEqual([["organization:DGC"], ["location:Hà Nội"], ["organization:SSI"]]);
  });

  it("refuses worker threads for it, naming `concurrency` and why", async () => {
    const ex = createNodeExtractor({ dateParsers: (d) => [...d, decades] });
    await expect(collect(ex.extractMany(["x"], { concurrency: 2 }))).rejects.toMatchObject({ issues: [{ path: ["concurrency"], message: expect.stringMatching(/cannot be sent to worker threads/) }] });
  });

  it("extractMany's custom takes no functions, and says where they can go", async () => {
    const run = extractMany(["x"], { custom: { recognizers: [tickers] } as never });
    await expect(run.next()).rejects.toMatchObject({ issues: [{ path: ["custom", "recognizers"], message: expect.stringMatching(/createExtractor\(\{ recognizers, dateParsers \}\)\.extractMany/) }] });
  });

  it("passes gazetteer entries and default options as extractMany's custom, and refuses a custom of its own", async () => {
    const ex = createNodeExtractor({ referenceDate: "2024-05-01", organizations: [{ name: "Công ty Cổ phần Sách Ví Dụ", abbreviations: ["VDB"] }] });
    const graphs: ReturnType<typeof extract>[] = [];
    for await (const g of ex.extractMany(["hôm qua", "Tổng Giám đốc VDB"], { concurrency: 1 })) graphs.push(g);
    expect(values(graphs[0]!)).toEqual(["2024-04-30"]);
    expect(graphs[1]!.entities.find((e) => e.type === "organization")?.name).toBe("Công ty Cổ phần Sách Ví Dụ");
    expect(() => ex.extractMany(["x"], { custom: {} } as never)).toThrow(/custom/);
  });
});
