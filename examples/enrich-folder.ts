/**
 * Enrich a folder of articles into JSONL from a Node pipeline, on all cores.
 *
 *   npx tsx examples/enrich-folder.ts ../shared/eval/news > graphs.jsonl
 *
 * Each output line is {"file": …, …graph}. Files are read lazily and results come back in order,
 * so memory stays bounded whatever the folder's size.
 */
import fs from "node:fs";
import path from "node:path";
import { extractMany } from "vn-entity-graph/node";

const dir = process.argv[2] ?? ".";
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();

async function* texts() {
  for (const f of files) yield fs.readFileSync(path.join(dir, f), "utf8");
}

let i = 0;
const started = Date.now();
for await (const graph of extractMany(texts(), { concurrency: 2 })) {
  process.stdout.write(JSON.stringify({ file: files[i++], ...graph }) + "\n");
}
process.stderr.write(`${i} articles in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
