/**
 * What a dates-only extract() spends its time on, stage by stage, each timed alone over the corpus (warm, CPU ms a
 * pass, minimum and median of 9 runs, alternated with the bare pass): `npx tsx bench/dates-stages.ts [corpusDir]`.
 * From src/ (the stages are not exported). See docs/performance.md, "dates only".
 */
import { extract } from "../src/index";
import { DEFAULT_DATE_PARSERS, findDatesAndDateline } from "../src/dates/index";
import { planOf } from "../src/dates/scan";
import { makeCtx } from "../src/dates/tokens";
import { detectLegacyEncoding } from "../src/text/encoding";
import { normalizeText } from "../src/text/normalize";
import { readText } from "../src/text/legacy-input";
import { loadCorpus, median } from "./corpus";

const corpus = loadCorpus(process.argv[2]);
const texts = corpus.texts;
const normalized = texts.map((t) => normalizeText(t));
const plan = planOf(DEFAULT_DATE_PARSERS);
let sink = 0;
const stages: Record<string, () => void> = {
  "bare pass": () => { for (const t of texts) sink += t.normalize("NFC").toLowerCase().split(/\s+/).length; },
  "legacy check": () => { for (const t of texts) sink += detectLegacyEncoding(t).judged; },
  normalizeText: () => { for (const t of texts) sink += normalizeText(t).lower.length; },
  "check + normalize": () => { for (const t of texts) sink += detectLegacyEncoding(t).judged + normalizeText(t).lower.length; },
  "readText (one pass)": () => { for (const t of texts) sink += readText(t).nt.lower.length; },
  "toLowerCase alone": () => { for (const nt of normalized) sink += nt.cased.toLowerCase().length; },
  "date tokens (scan)": () => { for (const nt of normalized) sink += makeCtx(nt.lower, nt.cased, plan.triggers, plan.numberMask, plan.pairs).count; },
  "date engine": () => { for (const nt of normalized) sink += findDatesAndDateline(nt.lower, nt.cased, false).dates.length; },
  "extract dates only": () => { for (const t of texts) sink += extract(t, { types: ["date"] }).mentions.length; },
};
const cpu = (f: () => void): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
for (let w = 0; w < 4; w++) for (const f of Object.values(stages)) f();
const got: Record<string, number[]> = {};
for (let r = 0; r < 9; r++) for (const [name, f] of Object.entries(stages)) (got[name] ??= []).push(cpu(f));
for (const [name, xs] of Object.entries(got)) console.log(`${name.padEnd(20)} min ${Math.min(...xs).toFixed(1).padStart(6)}  median ${median(xs).toFixed(1).padStart(6)} ms`);
if (sink < 0) console.log(sink);
