/**
 * npm run eval -- FILES…   Scores gold files (../shared/eval/gold/*.json format, or stand-off files
 * in eval/) : strict and lenient mention F1 per type, holds and of edges, date values, tenure
 * qualifiers on the holds found and personnel events, with misses and spurious items listed.
 * Options: --quiet (figures only), --json (machine-readable).
 */
import fs from "node:fs";
import path from "node:path";
import { extract } from "../src/index";
import { loadGold, sharedAvailable, sharedEval } from "./lib/gold";
import { add, f1, scoreDoc, type Counts, type DocScore } from "./lib/score";
import { addEvents, addQualifiers, emptyEvents, emptyQualifiers, type QualifierScore } from "./lib/score-tenure";

const args = process.argv.slice(2);
const quiet = args.includes("--quiet");
const asJson = args.includes("--json");
let files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  if (!sharedAvailable()) {
    console.log("eval: no files given and ../shared/eval is absent; nothing to score");
    process.exit(0);
  }
  files = [path.join(sharedEval, "gold", "seed.json")];
}
files = files.flatMap((f) => (fs.statSync(f).isDirectory() ? fs.readdirSync(f).filter((x) => x.endsWith(".json")).map((x) => path.join(f, x)) : [f]));

const TYPES = ["person", "position", "organization", "location", "date"];
const total = { strict: {} as Record<string, Counts>, lenient: {} as Record<string, Counts>, holds: { tp: 0, fp: 0, fn: 0 }, of: { tp: 0, fp: 0, fn: 0 }, dates: { right: 0, total: 0 }, qualifiers: emptyQualifiers(), events: emptyEvents() };
for (const t of TYPES) {
  total.strict[t] = { tp: 0, fp: 0, fn: 0 };
  total.lenient[t] = { tp: 0, fp: 0, fn: 0 };
}
const docs: DocScore[] = [];
for (const file of files) {
  const gold = loadGold(file);
  const graph = extract(gold.text, { referenceDate: gold.referenceDate ?? null });
  const s = scoreDoc(gold, graph);
  docs.push(s);
  for (const t of TYPES) {
    total.strict[t] = add(total.strict[t]!, s.strict[t]!);
    total.lenient[t] = add(total.lenient[t]!, s.lenient[t]!);
  }
  total.holds = add(total.holds, s.holds);
  total.of = add(total.of, s.of);
  total.dates.right += s.dates.right;
  total.dates.total += s.dates.total;
  total.qualifiers = addQualifiers(total.qualifiers, s.qualifiers);
  total.events = addEvents(total.events, s.events);
}

const sum = (r: Record<string, Counts>) => TYPES.reduce((a, t) => add(a, r[t]!), { tp: 0, fp: 0, fn: 0 });
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : "n/a");
const fmtQ = (q: QualifierScore) =>
  `right ${q.right}/${q.total} (${pct(q.right, q.total)}), no value given ${q.noValue}; ${q.notFound} more on holds not found; ${q.extra} value(s) the gold does not have`;
const fmt = (c: Counts) => {
  const { p, r, f } = f1(c);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};
if (asJson) {
  console.log(JSON.stringify({ files: files.length, strict: f1(sum(total.strict)), lenient: f1(sum(total.lenient)), holds: f1(total.holds), of: f1(total.of), dates: total.dates, qualifiers: total.qualifiers, events: { ...f1(total.events.counts), ...total.events }, docs }, null, 1));
} else {
  if (!quiet) {
    for (const d of docs) {
      console.log(
        `\n== ${d.id}: strict ${f1(sum(d.strict)).f.toFixed(3)}, holds ${f1(d.holds).f.toFixed(3)}, of ${f1(d.of).f.toFixed(3)}, dates ${d.dates.right}/${d.dates.total}, qualifiers ${d.qualifiers.right}/${d.qualifiers.total}, events ${f1(d.events.counts).f.toFixed(3)}`,
      );
      for (const m of d.misses) console.log(`  miss      ${m}`);
      for (const m of d.spurious) console.log(`  spurious  ${m}`);
    }
  }
  console.log(`\n${files.length} file(s)`);
  for (const t of TYPES) console.log(`${t.padEnd(13)} strict ${fmt(total.strict[t]!)} | lenient F1 ${f1(total.lenient[t]!).f.toFixed(3)}`);
  console.log(`${"ALL".padEnd(13)} strict ${fmt(sum(total.strict))} | lenient ${fmt(sum(total.lenient))}`);
  console.log(`${"holds".padEnd(13)} ${fmt(total.holds)}`);
  console.log(`${"of".padEnd(13)} ${fmt(total.of)}`);
  console.log(`${"date values".padEnd(13)} ${total.dates.right}/${total.dates.total}`);
  console.log(`tenure qualifiers ${fmtQ(total.qualifiers)}`);
  console.log(`${"events".padEnd(13)} ${fmt(total.events.counts)}; dates right ${total.events.dates.right}/${total.events.dates.total}, authorities right ${total.events.authorities.right}/${total.events.authorities.total}`);
}
