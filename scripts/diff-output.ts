// Guard for refactors: dump extract()'s graph of every news text, and compare two dumps.
//   npx tsx scripts/diff-output.ts [newsDir] --out before.jsonl     one line {file, graph} per text (default ../shared/eval/news)
//   npx tsx scripts/diff-output.ts --compare before.jsonl after.jsonl
// The comparison lists the files whose graphs differ and, per mention type, the mentions added and removed.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/index";

interface Line { file: string; graph: { mentions: { type: string; start: number; end: number; text: string }[] } & Record<string, unknown> }

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);

function option(name: string): string | undefined {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
}

function dump(dir: string, out: string): void {
  if (!fs.existsSync(dir)) {
    console.log(`diff-output: ${dir} not found; nothing to dump.`);
    return;
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const lines: string[] = [];
  for (const file of files) {
    const graph = extract(fs.readFileSync(path.join(dir, file), "utf8")) as unknown as Record<string, unknown>;
    // the input text is the file itself: leave it out of the dump
    lines.push(JSON.stringify({ file, graph: { ...graph, text: undefined } }));
  }
  fs.writeFileSync(out, lines.join("\n") + "\n");
  console.log(`diff-output: ${files.length} graphs → ${out}`);
}

function read(file: string): Map<string, Line> {
  const map = new Map<string, Line>();
  for (const raw of fs.readFileSync(file, "utf8").split("\n")) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as Line;
    map.set(line.file, line);
  }
  return map;
}

const mentionKey = (m: { type: string; start: number; end: number; text: string }) => `${m.type}\t${m.start}\t${m.end}\t${m.text}`;

function compare(aFile: string, bFile: string): number {
  const a = read(aFile), b = read(bFile);
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  // per type: added and removed mention texts
  const added = new Map<string, string[]>(), removed = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, type: string, text: string) => m.set(type, [...(m.get(type) ?? []), text]);
  let differing = 0;
  for (const name of names) {
    const x = a.get(name), y = b.get(name);
    if (x && y && JSON.stringify(x.graph) === JSON.stringify(y.graph)) continue;
    differing++;
    if (!x || !y) { console.log(`${name}: only in ${x ? aFile : bFile}`); continue; }
    const before = new Set(x.graph.mentions.map(mentionKey)), after = new Set(y.graph.mentions.map(mentionKey));
    const plus = [...after].filter((k) => !before.has(k)), minus = [...before].filter((k) => !after.has(k));
    console.log(`${name}: ${plus.length} mentions added, ${minus.length} removed${plus.length + minus.length === 0 ? " (other fields differ)" : ""}`);
    for (const k of plus) { const [type, , , text] = k.split("\t"); push(added, type!, text!); }
    for (const k of minus) { const [type, , , text] = k.split("\t"); push(removed, type!, text!); }
  }
  console.log(`\n${differing} of ${names.length} files differ`);
  for (const type of [...new Set([...added.keys(), ...removed.keys()])].sort()) {
    const plus = added.get(type) ?? [], minus = removed.get(type) ?? [];
    console.log(`  ${type}: +${plus.length} -${minus.length}`);
    for (const t of plus.slice(0, 20)) console.log(`    + ${JSON.stringify(t)}`);
    for (const t of minus.slice(0, 20)) console.log(`    - ${JSON.stringify(t)}`);
  }
  return differing;
}

if (args[0] === "--compare") {
  if (!args[1] || !args[2]) {
    console.error("usage: diff-output.ts --compare a.jsonl b.jsonl");
    process.exit(2);
  }
  process.exit(compare(args[1], args[2]) === 0 ? 0 : 1);
} else {
  const positional = args.filter((x, k) => !x.startsWith("--") && args[k - 1] !== "--out");
  const dir = path.resolve(positional[0] ?? path.join(repoRoot, "../shared/eval/news"));
  dump(dir, option("--out") ?? "output.jsonl");
}
