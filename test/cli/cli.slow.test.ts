// The command line end to end, in a process of its own: from the TypeScript sources (tsx), and from
// the build with worker threads (skipped without dist/: npm run build).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const source = path.join(root, "src", "cli", "main.ts");
const built = path.join(root, "dist", "cli.js");

function run(cmd: string, args: string[], input: string, stdout: "pipe" | number = "pipe") {
  const r = spawnSync(cmd, args, { input, encoding: "utf8", cwd: root, stdio: ["pipe", stdout, "pipe"], maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout ?? "", err: r.stderr };
}
const fromBuild = (args: string[], input: string, stdout?: "pipe" | number) => run("node", [built, ...args], input, stdout);

/** `count` JSONL lines with an id each, `bad` in place of line `badLine` (from 1). */
function lines(count: number, badLine = 0, bad = "{not json}") {
  const texts = ["Bà Nguyễn Thị Hoà ở Thuỷ Nguyên.", "lẻ \ud800 cặp 😀", "Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu dự.", ""];
  return Array.from({ length: count }, (_, i) => (i + 1 === badLine ? bad : JSON.stringify({ id: i + 1, text: texts[i % texts.length] }))).join("\n") + "\n";
}
const outLines = (out: string) => out.split("\n").slice(0, -1);

describe("vn-entity-graph CLI, end to end", () => {
  it("runs from its TypeScript source: one text on stdin, its graph as JSON", () => {
    const r = run(tsx, [source, "--reference-date", "2019-01-11"], "Sáng 10/1, Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu.");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).referenceDate).toBe("2019-01-11");
  });

  it("stops quietly when the reader goes away (`… | head -1`)", async () => {
    const child = spawn(tsx, [source, "--format", "jsonl", "--concurrency", "1"], { cwd: root });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.on("error", () => {}); // it may stop reading before all input is written
    child.stdin.end(Array.from({ length: 3000 }, () => JSON.stringify("Thủ tướng Phạm Minh Chính phát biểu.")).join("\n") + "\n");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).toBe("");
    expect(code).toBe(0);
  });

  it.skipIf(!fs.existsSync("/dev/full"))("says in one line that the disk is full (ENOSPC), no stack trace", () => {
    const full = fs.openSync("/dev/full", "w");
    try {
      const r = run(tsx, [source, "--format", "jsonl"], lines(5), full);
      expect(r.code).toBe(1);
      expect(r.err).toBe("vn-entity-graph: cannot write the output: ENOSPC: no space left on device, write\n");
    } finally {
      fs.closeSync(full);
    }
  });

  // Worker threads exist only in the build: the graphs they send back as JSON bytes must come out
  // byte for byte as this thread writes them.
  describe.skipIf(!fs.existsSync(built))("from the build, with worker threads", () => {
    it("writes the same JSONL from worker threads as from one thread", () => {
      const input = lines(200);
      const one = fromBuild(["--format", "jsonl", "--concurrency", "1"], input);
      const two = fromBuild(["--format", "jsonl", "--concurrency", "2", "--workers-after", "0"], input);
      expect(two.err).toBe("");
      expect(outLines(one.out).length).toBe(200);
      expect(two.out).toBe(one.out);
    });

    it.each([
      [1, 60, 50],
      [2, 60, 50],
      [3, 60, 50],
      [2, 10_000, 1000],
    ])("--concurrency %i, %i lines, line %i bad: writes every graph before it, in order, then stops (exit 1)", (concurrency, count, badLine) => {
      const r = fromBuild(["--format", "jsonl", "--concurrency", String(concurrency), "--workers-after", "0"], lines(count, badLine));
      expect(r.code).toBe(1);
      expect(outLines(r.out).map((l) => JSON.parse(l).id)).toEqual(Array.from({ length: badLine - 1 }, (_, i) => i + 1));
      expect(r.err).toMatch(new RegExp(`^vn-entity-graph: line ${badLine}: not JSON [^\\n]*\\n$`));
    });

    it.each([
      ["{not json}", "not JSON"],
      ["", "blank line"],
      ['{"id":"d","text":"hôm qua","referenceDate":"2019-02-30"}', "referenceDate: not a real calendar date"],
    ])("--on-error skip at --concurrency 2: %j is an error record on its own line, the rest as at --concurrency 1 (exit 3)", (bad, message) => {
      const input = lines(300, 120, bad);
      const one = fromBuild(["--format", "jsonl", "--on-error", "skip", "--concurrency", "1"], input);
      const two = fromBuild(["--format", "jsonl", "--on-error", "skip", "--concurrency", "2", "--workers-after", "0"], input);
      expect([one.code, two.code]).toEqual([3, 3]);
      expect(two.out).toBe(one.out);
      const out = outLines(two.out);
      expect(out.length).toBe(300);
      expect(JSON.parse(out[119]!)).toMatchObject({ line: 120, error: { message: expect.stringContaining(message) } });
    });
  });
});
