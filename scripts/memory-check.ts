/**
 * Memory and time on big inputs.
 *
 *   npx tsx scripts/memory-check.ts                      one 50 MB text through extract()
 *   npx tsx scripts/memory-check.ts --mb 20              …of another size
 *   npx tsx scripts/memory-check.ts --cli-stream         a 500 MB JSONL file through the built CLI
 *   npx tsx scripts/memory-check.ts --cli-stream --size 100 [--concurrency 2] [--keep] [--build]
 *
 * The text is news from ../shared/eval/news (each article once, then again, until the size is
 * reached), or a synthetic news-like text when that folder is absent.
 *
 * --cli-stream writes /tmp/vn-entity-graph-stream-<size>MB.jsonl (reused when it exists; --keep
 * leaves it afterwards), runs `node dist/cli.js --format jsonl --concurrency N < file > /dev/null`
 * (building dist/ with `npx tsup` first when it is missing, or always with --build), samples the
 * CLI's VmRSS from /proc/<pid>/status every 500 ms, and prints the maximum: in constant-memory
 * streaming it stays flat however large the file.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extract } from "../src/index";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NEWS = path.resolve(ROOT, "../shared/eval/news");
const MB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    "cli-stream": { type: "boolean" },
    mb: { type: "string", default: "50" },
    size: { type: "string", default: "500" },
    concurrency: { type: "string", default: "2" },
    keep: { type: "boolean" },
    build: { type: "boolean" },
  },
});

const fmt = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** News articles to build the inputs from: the real corpus, or synthetic ones. */
function articles(): string[] {
  if (fs.existsSync(NEWS)) {
    const files = fs.readdirSync(NEWS).filter((f) => f.endsWith(".txt")).sort();
    const texts = files.map((f) => fs.readFileSync(path.join(NEWS, f), "utf8"));
    if (texts.length) {
      console.log(`source: ${texts.length} articles of ${NEWS}`);
      return texts;
    }
  }
  console.log("source: synthetic news-like text (../shared/eval/news is absent)");
  const people = ["Nguyễn Xuân Phúc", "Trương Thị Mai", "Vương Đình Huệ", "Nguyễn Thị Kim Ngân", "Trần Thanh Mẫn", "Điểu K'Ré", "Võ Văn Thưởng"];
  const titles = ["Thủ tướng Chính phủ", "Ủy viên Bộ Chính trị, Trưởng ban Dân vận Trung ương", "Phó Thủ tướng Thường trực", "Chủ tịch Quốc hội", "Chủ tịch UBND tỉnh Quảng Nam", "Bộ trưởng Bộ Y tế"];
  const places = ["Hà Nội", "TP.HCM", "tỉnh Thừa Thiên Huế", "Đà Nẵng", "huyện Ô Môn"];
  const out: string[] = [];
  for (let i = 0; i < 500; i++) {
    const p = (a: string[], k: number) => a[(i * 7 + k * 13) % a.length]!;
    out.push(
      `${p(titles, 1)} ${p(people, 2)} làm việc tại ${p(places, 3)}\n` +
        `Sáng ${1 + (i % 28)}/${1 + (i % 12)}/20${10 + (i % 15)}, tại ${p(places, 4)}, ${p(titles, 5)} ${p(people, 6)} chủ trì hội nghị tổng kết công tác năm. ` +
        `Cùng dự có ${p(titles, 7)} ${p(people, 8)}. Lúc 4:43:52 CH, quý II/2025, ông ${p(people, 9).split(" ").pop()} nhấn mạnh yêu cầu đổi mới.\n`,
    );
  }
  return out;
}

function inProcess(): void {
  const targetMb = Number(values.mb);
  const target = targetMb * MB;
  const docs = articles();
  // Build by UTF-16 length (what extract() sees); the UTF-8 size is printed too.
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < target; i++) {
    const d = docs[i % docs.length]!;
    parts.push(d, "\n\n");
    length += d.length + 2;
  }
  const text = parts.join("").slice(0, target);
  parts.length = 0;
  console.log(`input: ${text.length.toLocaleString("en")} UTF-16 units, ${fmt(Buffer.byteLength(text))} UTF-8`);
  const before = process.memoryUsage();
  console.log(`before: rss ${fmt(before.rss)}, heap used ${fmt(before.heapUsed)}`);

  const t0 = performance.now();
  const g = extract(text);
  const ms = performance.now() - t0;

  const after = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS * 1024; // kilobytes on Linux
  const count = (xs: Array<{ type: string }>) => {
    const c: Record<string, number> = {};
    for (const x of xs) c[x.type] = (c[x.type] ?? 0) + 1;
    return JSON.stringify(c);
  };
  console.log(`extract(): ${(ms / 1000).toFixed(1)} s (${((text.length / MB) / (ms / 1000)).toFixed(2)} M units/s)`);
  console.log(`peak RSS (maxRSS): ${fmt(peak)}; after: rss ${fmt(after.rss)}, heap used ${fmt(after.heapUsed)}`);
  console.log(`entities: ${g.entities.length} ${count(g.entities)}`);
  console.log(`mentions: ${g.mentions.length} ${count(g.mentions)}`);
  console.log(`relations: ${g.relations.length}; warnings: ${g.warnings.map((w) => w.code).join(",") || "none"}`);
}

function rssOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(s)?.[1] ?? NaN) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return null; // the process has exited
  }
}

async function cliStream(): Promise<void> {
  const sizeMb = Number(values.size);
  const concurrency = values.concurrency!;
  if (!(sizeMb > 0) || !/^\d+$/.test(concurrency)) throw new Error("--size must be a number of MB and --concurrency a whole number");
  const cli = path.join(ROOT, "dist/cli.js");
  if (values.build || !fs.existsSync(cli)) {
    console.log("building dist/ with npx tsup …");
    const r = spawnSync("npx", ["tsup"], { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) throw new Error("npx tsup failed");
  }

  const file = `/tmp/vn-entity-graph-stream-${sizeMb}MB.jsonl`;
  const target = sizeMb * MB;
  if (!fs.existsSync(file) || fs.statSync(file).size < target) {
    const docs = articles().map((d, i) => ({ d, i }));
    console.log(`writing ${file} …`);
    const fd = fs.openSync(file, "w");
    let written = 0;
    let lines = 0;
    const batch: string[] = [];
    let batchBytes = 0;
    for (let n = 0; written + batchBytes < target; n++) {
      const { d, i } = docs[n % docs.length]!;
      const line = JSON.stringify(n % 3 === 0 ? d : { id: `${i}-${n}`, text: d, referenceDate: "2019-01-11" }) + "\n";
      batch.push(line);
      batchBytes += Buffer.byteLength(line);
      lines++;
      if (batchBytes > 8 * MB) {
        fs.writeSync(fd, batch.join(""));
        written += batchBytes;
        batch.length = 0;
        batchBytes = 0;
      }
    }
    fs.writeSync(fd, batch.join(""));
    written += batchBytes;
    fs.closeSync(fd);
    console.log(`wrote ${fmt(written)}, ${lines.toLocaleString("en")} lines`);
  } else {
    console.log(`reusing ${file} (${fmt(fs.statSync(file).size)})`);
  }
  const bytes = fs.statSync(file).size;

  const input = fs.openSync(file, "r");
  const devnull = fs.openSync("/dev/null", "w");
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, "--format", "jsonl", "--concurrency", concurrency], { cwd: ROOT, stdio: [input, devnull, "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const samples: Array<{ t: number; rss: number }> = [];
  let hwm = 0;
  const sample = () => {
    const r = child.pid ? rssOf(child.pid) : null;
    if (r && Number.isFinite(r.rss)) {
      samples.push({ t: (performance.now() - t0) / 1000, rss: r.rss });
      hwm = Math.max(hwm, r.hwm);
    }
  };
  const timer = setInterval(sample, 500);
  const code: number | null = await new Promise((resolve) => child.on("close", resolve));
  clearInterval(timer);
  fs.closeSync(input);
  fs.closeSync(devnull);
  const secs = (performance.now() - t0) / 1000;
  if (!values.keep) fs.rmSync(file);

  console.log(`CLI: node dist/cli.js --format jsonl --concurrency ${concurrency} < ${fmt(bytes)} > /dev/null`);
  console.log(`exit code ${code}, ${secs.toFixed(1)} s, ${(bytes / MB / secs).toFixed(2)} MB/s`);
  if (stderr.trim()) console.log(`stderr: ${stderr.trim().slice(0, 2000)}`);
  if (!samples.length) {
    console.log("no RSS samples (the CLI ended within 500 ms)");
    return;
  }
  const rss = samples.map((s) => s.rss);
  const max = Math.max(...rss);
  // Flat memory: compare the first and last quarter of the run.
  const q = Math.max(1, Math.floor(rss.length / 4));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`RSS samples: ${samples.length} (every 500 ms)`);
  console.log(`max RSS ${fmt(max)}; peak (VmHWM) ${fmt(hwm)}; mean first quarter ${fmt(mean(rss.slice(0, q)))}, mean last quarter ${fmt(mean(rss.slice(-q)))}`);
  const step = Math.max(1, Math.floor(samples.length / 10));
  console.log("timeline: " + samples.filter((_, i) => i % step === 0).map((s) => `${s.t.toFixed(0)}s ${(s.rss / MB).toFixed(0)}MB`).join(", "));
  if (code !== 0) process.exitCode = 1;
}

if (values["cli-stream"]) await cliStream();
else inProcess();
