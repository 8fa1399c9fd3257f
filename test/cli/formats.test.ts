// The command line's output formats, entity types, --no-text and --custom, for one text and for
// many (JSONL input): each format as the tools that read it expect it (see --help).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { cli, records } from "./streams";

const ARTICLES = [
  { id: "a-1", text: "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến phát biểu." },
  { text: 'Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu nói: "tốt, rất tốt".' },
  { id: 7, text: "Thủ tướng Phạm Minh Chính dự hội nghị ngày 10/1/2024." },
];
const JSONL = ARTICLES.map((a) => JSON.stringify(a)).join("\n") + "\n";
const ONE = ARTICLES[0]!.text;

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "veg-cli-"));
function writeJson(value: unknown): string {
  const file = path.join(tmp(), "entries.json");
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

describe("CLI --format, one text", () => {
  it.each([
    ["html", (out: string) => expect(out).toMatch(/^<!DOCTYPE html>[\s\S]*Nguyễn Thị Kim Tiến[\s\S]*<\/html>\n$/)],
    ["mermaid", (out: string) => expect(out).toMatch(/^flowchart LR\n[\s\S]*"Nguyễn Thị Kim Tiến"/)],
    ["dot", (out: string) => expect(out).toMatch(/^digraph officeholders \{[\s\S]*"Bộ Y tế"[\s\S]*\}\n$/)],
    ["jsonld", (out: string) => expect(JSON.parse(out)).toHaveProperty("@graph")],
    ["popolo", (out: string) => expect(JSON.parse(out).persons[0].name).toBe("Nguyễn Thị Kim Tiến")],
    ["csv", (out: string) => expect(out).toBe("person,position,organization,status,start,end,term,evidence\r\nNguyễn Thị Kim Tiến,Bộ trưởng Bộ Y tế,Bộ Y tế,current,,,,Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến\r\n")],
    ["conll", (out: string) => expect(out.split("\n").slice(0, 2)).toEqual(["Bộ\tB-POS", "trưởng\tI-POS"])],
    ["brat", (out: string) => expect(out).toMatch(/^T1\tPosition 0 17\tBộ trưởng Bộ Y tế\n/)],
  ])("--format %s", async (format, check) => {
    const r = await cli(["--format", format], ONE);
    expect(r).toMatchObject({ code: 0, err: "" });
    check(r.out);
  });
});

describe("CLI --format, many texts (--input jsonl)", () => {
  const many = (format: string, ...more: string[]) => cli(["--input", "jsonl", "--format", format, ...more], JSONL);

  it("json: one JSON array of graphs, ids kept", async () => {
    const r = await many("json");
    expect(r.code).toBe(0);
    const graphs = JSON.parse(r.out) as Array<{ id?: unknown; text: string }>;
    expect(graphs.map((g) => [g.id, g.text])).toEqual(ARTICLES.map((a) => [a.id, a.text]));
    expect(JSON.parse((await many("json", "--pretty")).out)).toEqual(graphs);
  });

  it("html: one page, its stylesheet once, a section per article headed by its id or line", async () => {
    const { out } = await many("html");
    expect(out.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(out.match(/<style>/g)).toHaveLength(1);
    expect([...out.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(["a-1", "line 2", "7"]);
    expect(out).not.toContain(' style="'); // classes for the one stylesheet, no inline styles
  });

  it("mermaid: Markdown, a heading and a mermaid block per article", async () => {
    const { out } = await many("mermaid");
    expect([...out.matchAll(/^## (.*)$/gm)].map((m) => m[1])).toEqual(["a-1", "line 2", "7"]);
    expect(out.match(/^```mermaid\nflowchart LR$/gm)).toHaveLength(3);
  });

  it("dot: one digraph per article, each after a comment naming it", async () => {
    const { out } = await many("dot");
    expect(out.match(/^\/\/ .*\ndigraph officeholders \{$/gm)).toHaveLength(3);
  });

  it("jsonld: one document a line, each expanding as JSON-LD on its own", async () => {
    const lines = (await many("jsonld")).out.split("\n").slice(0, -1);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect((await jsonld.expand(JSON.parse(line))).length).toBeGreaterThan(0);
  });

  it("popolo: one document a line", async () => {
    const docs = records((await many("popolo")).out) as unknown as Array<{ persons: Array<{ name: string }> }>;
    expect(docs.map((d) => d.persons.map((p) => p.name))).toEqual([["Nguyễn Thị Kim Tiến"], ["Đinh Văn Thu"], ["Phạm Minh Chính"]]);
  });

  it("csv: one header, a first column doc with the id or else the line number, quoted fields kept whole", async () => {
    const rows = (await many("csv")).out.split("\r\n");
    expect(rows[0]).toBe("doc,person,position,organization,status,start,end,term,evidence");
    expect(rows.slice(1, -1).map((r) => r.split(",").slice(0, 2))).toEqual([
      ["a-1", "Nguyễn Thị Kim Tiến"],
      ["2", "Đinh Văn Thu"],
      ["7", "Phạm Minh Chính"],
    ]);
  });

  it("conll: each article after -DOCSTART- and a blank line", async () => {
    const { out } = await many("conll");
    const docs = out.split("-DOCSTART-\tO\n\n").slice(1);
    expect(docs).toHaveLength(3);
    expect(docs.map((d) => d.split("\n")[0])).toEqual(["Bộ\tB-POS", "Chủ\tB-POS", "Thủ\tB-POS"]);
  });

  it("brat: NAME.txt and NAME.ann per article and annotation.conf in --out-dir", async () => {
    const dir = path.join(tmp(), "brat");
    const r = await many("brat", "--out-dir", dir);
    expect(r).toMatchObject({ code: 0, out: "" });
    expect(fs.readdirSync(dir).sort()).toEqual(["2.ann", "2.txt", "7.ann", "7.txt", "a-1.ann", "a-1.txt", "annotation.conf"]);
    expect(fs.readFileSync(path.join(dir, "2.txt"), "utf8")).toBe(ARTICLES[1]!.text);
    expect(fs.readFileSync(path.join(dir, "a-1.ann"), "utf8")).toMatch(/^T1\tPosition 0 17\tBộ trưởng Bộ Y tế\n/);
  });

  it("--on-error skip: a bad line is left out of a view and named on stderr, exit 3", async () => {
    const r = await cli(["--input", "jsonl", "--format", "csv", "--on-error", "skip"], JSONL.replace("\n", "\n{bad\n"));
    expect(r.code).toBe(3);
    expect(r.out.split("\r\n").length).toBe(5); // header, three rows, the end
    expect(r.err).toContain("line 2: not JSON");
    expect((await cli(["--input", "jsonl", "--format", "csv"], "{bad\n")).code).toBe(1);
  });
});

describe("CLI --types and --no-text", () => {
  it("--types: only the types asked for", async () => {
    const types = async (args: string[]) => new Set((JSON.parse((await cli(args, ONE)).out) as { entities: Array<{ type: string }> }).entities.map((e) => e.type));
    expect(await types([])).toEqual(new Set(["person", "position", "organization"]));
    expect(await types(["--types", "person, organization"])).toEqual(new Set(["person"])); // (the ministry is part of the post, which is left out)
    expect(await types(["--types", "organization,position"])).toEqual(new Set(["position", "organization"]));
  });

  it("--no-text: no text in json and jsonl graphs (offsets unchanged); views still show it", async () => {
    const full = JSON.parse((await cli([], ONE)).out) as Record<string, unknown>;
    const bare = JSON.parse((await cli(["--no-text"], ONE)).out) as Record<string, unknown>;
    const { text: _, ...rest } = full;
    expect(bare).toEqual(rest);
    const lines = records((await cli(["--format", "jsonl", "--no-text"], JSONL)).out);
    expect(lines.map((g) => [g.id, "text" in g])).toEqual(ARTICLES.map((a) => [a.id, false]));
    expect((await cli(["--format", "html", "--no-text"], ONE)).out).toContain("phát biểu");
  });
});

describe("CLI --custom", () => {
  // Without the entries: "Làng Hà Văn Tám" a place, VDB a bank's abbreviation.
  const text = "Trưởng làng Hà Văn Tám gặp lãnh đạo VDB.";
  const entries = { titles: [{ head: "Trưởng làng", gloss: "Village head" }], organizations: [{ name: "Công ty Cổ phần Sách Ví Dụ", abbreviations: ["VDB"] }] };
  const found = (g: { entities: Array<{ type: string; name: string }> }) => g.entities.filter((e) => e.type !== "person").map((e) => e.name);

  it("finds the file's titles and organizations, for one text and for many", async () => {
    const file = writeJson(entries);
    expect(found(JSON.parse((await cli([], text)).out))).not.toContain("Công ty Cổ phần Sách Ví Dụ");
    const one = JSON.parse((await cli(["--custom", file], text)).out);
    expect(found(one)).toEqual(["Trưởng làng", "Công ty Cổ phần Sách Ví Dụ"]);
    for (const concurrency of ["1", "2"]) {
      const r = await cli(["--format", "jsonl", "--custom", file, "--concurrency", concurrency], `${JSON.stringify(text)}\n${JSON.stringify("VDB họp.")}\n`);
      const [a, b] = records(r.out) as unknown as Array<{ entities: Array<{ type: string; name: string }> }>;
      expect(found(a!)).toEqual(found(one));
      expect(found(b!)).toEqual(["Công ty Cổ phần Sách Ví Dụ"]);
    }
  });

  it.each([
    ["not JSON", "{titles:", "not JSON"],
    ["a title without a head", { titles: [{ gloss: "x" }] }, "titles.0.head"],
    ["a kind that is none", { titles: [{ head: "Trưởng làng", kind: "boss" }] }, 'titles.0.kind: Invalid option: expected one of "office"|"rank"|"membership"'],
    ["a misspelt field", { organisations: [] }, 'Unrecognized key: "organisations" (did you mean organizations?)'],
    ["an array", [], "expected object"],
  ])("rejects %s, naming the file and the field, exit 2", async (_what, content, message) => {
    const file = writeJson(content);
    const r = await cli(["--custom", file], text);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toContain(`--custom ${file}: `);
    expect(r.err).toContain(message);
  });
});

describe("CLI --help", () => {
  it("lists every format, what it does with many articles, and examples", async () => {
    const { out } = await cli(["--help"]);
    for (const f of ["json", "jsonl", "html", "mermaid", "dot", "jsonld", "popolo", "csv", "conll", "brat"]) expect(out).toMatch(new RegExp(`^    ${f} `, "m"));
    for (const s of ["--types", "--no-text", "--custom FILE", "Examples:", "-DOCSTART-", "--out-dir"]) expect(out).toContain(s);
  });
});
