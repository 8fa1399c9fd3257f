// The command line, run from its TypeScript source with tsx (no build needed).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const cli = path.join(root, "src", "cli", "main.ts");

function run(args: string[], input: string) {
  const r = spawnSync(tsx, [cli, ...args], { input, encoding: "utf8", cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("vn-entity-graph CLI", () => {
  it("reads one text on stdin and prints its graph as JSON", () => {
    const r = run(["--reference-date", "2019-01-11"], "Sáng 10/1, Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu.");
    expect(r.code).toBe(0);
    const g = JSON.parse(r.out);
    expect(g.referenceDate).toBe("2019-01-11");
    expect(g.mentions.map((m: { text: string }) => m.text)).toEqual(["Sáng 10/1", "Thủ tướng Chính phủ", "Chính phủ", "Nguyễn Xuân Phúc"]);
  });

  it("streams JSONL: one article a line in, one graph a line out, in order, ids kept", () => {
    const lines = [
      JSON.stringify({ id: "a", text: "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến", referenceDate: "2017-05-01" }),
      JSON.stringify("Tỉnh ủy Quảng Nam họp sáng nay."),
      JSON.stringify({ id: 3, text: "" }),
    ];
    const r = run(["--format", "jsonl"], lines.join("\n") + "\n");
    expect(r.code).toBe(0);
    const out = r.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((g) => g.id)).toEqual(["a", undefined, 3]);
    expect(out[0].entities.some((e: { name: string }) => e.name === "Nguyễn Thị Kim Tiến")).toBe(true);
    expect(out[1].mentions[0].text).toBe("Tỉnh ủy Quảng Nam");
  });

  it("stops quietly when the reader goes away (`… | head -1`)", async () => {
    const child = spawn(tsx, [cli, "--format", "jsonl", "--concurrency", "1"], { cwd: root });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.on("error", () => {}); // it may stop reading before all input is written
    child.stdin.end(Array.from({ length: 3000 }, () => JSON.stringify("Thủ tướng Phạm Minh Chính phát biểu.")).join("\n") + "\n");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).toBe("");
    expect(code).toBe(0);
  });

  it.each([
    [["--format", "xml"], "--format must be json or jsonl"],
    [["--reference-date", "hôm qua"], "referenceDate"],
    [["--concurrency", "0"], "--concurrency"],
    [["--workers-after", "-1"], "--workers-after"],
    [["--workers-after", "many"], "--workers-after"],
    [["--bogus"], "Unknown option"],
  ])("rejects %j clearly", (args, message) => {
    const r = run(args, "x");
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(message);
  });

  // Worker threads exist only in the build: the graphs they send back as JSON bytes must come out
  // byte for byte as this thread writes them.
  const built = path.join(root, "dist", "cli.js");
  it.skipIf(!fs.existsSync(built))("writes the same JSONL from worker threads as from one thread (build)", () => {
    const texts = ["Bà Nguyễn Thị Hoà ở Thuỷ Nguyên.", "lẻ \ud800 cặp 😀", "Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu dự.", ""];
    const input = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: i, text: texts[i % texts.length] })).join("\n") + "\n";
    const one = spawnSync("node", [built, "--format", "jsonl", "--concurrency", "1"], { input, encoding: "utf8" });
    const two = spawnSync("node", [built, "--format", "jsonl", "--concurrency", "2", "--workers-after", "0"], { input, encoding: "utf8" });
    expect(two.stderr).toBe("");
    expect(one.stdout.split("\n").length).toBe(201);
    expect(two.stdout).toBe(one.stdout);
  });

  it("says which line of a JSONL stream is bad", () => {
    const r = run(["--format", "jsonl"], '"ok"\n{not json}\n');
    expect(r.code).toBe(1);
    expect(r.err).toContain("line 2");
  });
});
