/**
 * Bytes allocated by extract() a corpus pass: `npx tsx bench/allocation.ts [dist/node.js] [corpusDir]`.
 *
 * A fresh node with `--trace-gc-nvp` runs 5 warm-up passes, then 4 measured ones; every GC prints
 * the heap's size before it and after it, so the heap's growth between two GCs is what was
 * allocated in between. Summed over the measured passes, divided by the passes. A full GC is forced
 * right before the start mark and right before the end mark, so that the sum runs from the one to the
 * other: without them, what was allocated between a mark and the GC nearest to it went uncounted (up to
 * two young-generation fills, a few MB a pass, which made the figure vary by 2–3 % between runs). The
 * figure is deterministic within a few tenths of a per cent, unlike any timing on the shared machine.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DEFAULT_CORPUS, DIST } from "./corpus";

const [entry = DIST, dir = DEFAULT_CORPUS] = process.argv.slice(2);
const PASSES = 4;
const script = `
import fs from "node:fs";
const lib = await import(${JSON.stringify(pathToFileURL(path.resolve(entry)).href)});
const dir = ${JSON.stringify(dir)};
const texts = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => fs.readFileSync(dir + "/" + f, "utf8"));
const pass = () => { for (const t of texts) lib.extract(t); };
for (let i = 0; i < 5; i++) pass();
gc();
console.log("MARK start");
for (let i = 0; i < ${PASSES}; i++) pass();
gc();
console.log("MARK end");`;
const r = spawnSync(process.execPath, ["--trace-gc-nvp", "--expose-gc", "--input-type=module", "-e", script], { encoding: "utf8", maxBuffer: 1 << 28 });
if (r.status !== 0) throw new Error(r.stderr);

const field = (line: string, name: string): number => Number(new RegExp(`\\b${name}=(\\d+)`).exec(line)?.[1] ?? NaN);
let on = false;
let prevAfter: number | null = null;
let bytes = 0;
let gcs = 0;
for (const line of r.stdout.split("\n")) {
  if (line.startsWith("MARK")) {
    on = line === "MARK start";
    continue;
  }
  if (!line.includes("total_size_before=")) continue;
  if (on && prevAfter !== null) {
    bytes += field(line, "total_size_before") - prevAfter;
    gcs++;
  }
  prevAfter = field(line, "total_size_after");
}
console.log(`${entry}: ${(bytes / PASSES / 1e6).toFixed(1)} MB allocated a corpus pass (${gcs} GCs over ${PASSES} passes after 5 warm-up passes)`);
