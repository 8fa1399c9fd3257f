// Evaluate the date engine: Duckling's Vietnamese time corpus (ours vs chrono-node's vi locale, forward and nearest),
// the gold seed's date mentions, and a false-positive sample on real news. Run: npx tsx scripts/eval-dates.ts
// `--dev`: only the date mentions of the dev gold (eval/dev/*.json): span P/R (strict, overlap) and value accuracy,
// with misses and spurious spans in context (`--quiet` prints the totals only).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { detectDateline, findDates, parseReference, type DateReference, type DateSpan } from "../src/dates/index";
import { parsePoint, rangeOf, minuteOf, pt } from "../src/dates/values";
import type { Grain, Point } from "../src/dates/types";
import { dateValueMatches } from "./lib/score";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(repoRoot, "../shared/eval");
if (!fs.existsSync(shared)) {
  console.log(`eval-dates: ${shared} not found; nothing to evaluate.`);
  process.exit(0);
}

// ---------- Dev gold (--dev) ----------
interface DevMention { type: string; start: number; end: number; text: string; value?: string; optional?: boolean }
interface DevDoc { id: string; source: string; length: number; referenceDate?: string; mentions: DevMention[] }

function runDev(): void {
  const dir = path.join(repoRoot, "eval/dev");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  const quiet = process.argv.includes("--quiet");
  let gold = 0, pred = 0, strictTp = 0, overlapTp = 0, valuesOk = 0, valuesTotal = 0;
  const missLines: string[] = [], spurLines: string[] = [], valueLines: string[] = [];
  let ms = 0, chars = 0;
  for (const f of files) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as DevDoc;
    const text = fs.readFileSync(path.resolve(repoRoot, "../shared/eval", doc.source), "utf8").slice(0, doc.length);
    const lower = text.toLowerCase();
    const reference = doc.referenceDate ? parseReference(doc.referenceDate) : null;
    const t0 = performance.now();
    const found = findDates(lower, text, { reference });
    ms += performance.now() - t0;
    chars += text.length;
    const dates = doc.mentions.filter((m) => m.type === "date");
    const required = dates.filter((m) => !m.optional);
    const optional = dates.filter((m) => m.optional);
    const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    const preds = found.filter((p) => !optional.some((o) => ov(o, p)));
    const ctxt = (s: number, e: number) => `…${text.slice(Math.max(0, s - 30), s)}[${text.slice(s, e)}]${text.slice(e, e + 30)}…`.replace(/\s+/g, " ");
    gold += required.length;
    pred += preds.length;
    const usedS = new Set<number>(), usedO = new Set<number>();
    for (const g of required) {
      const k = preds.findIndex((p, i) => !usedS.has(i) && p.start === g.start && p.end === g.end);
      if (k >= 0) { usedS.add(k); strictTp++; }
    }
    for (const g of required) {
      // one to one: the strict match if any, else the first free overlapping span
      let k = preds.findIndex((p, i) => !usedO.has(i) && p.start === g.start && p.end === g.end);
      if (k < 0) k = preds.findIndex((p, i) => !usedO.has(i) && ov(p, g));
      if (k >= 0) { usedO.add(k); overlapTp++; }
      const p = k >= 0 ? preds[k] : undefined;
      const strict = !!p && p.start === g.start && p.end === g.end;
      if (!strict) missLines.push(`  ${doc.id} "${g.text}" gold ${g.value ?? "-"} → ${p ? `${p.value} ${ctxt(p.start, p.end)} ${p.reason}` : `(none) ${ctxt(g.start, g.end)}`}`);
      if (g.value === undefined) continue;
      valuesTotal++;
      if (p && dateValueMatches(g.value, p.value)) valuesOk++;
      else if (p) valueLines.push(`  ${doc.id} "${g.text}" gold ${g.value} → ${p.value} [${text.slice(p.start, p.end)}] ${p.reason}`);
    }
    // spans matched to no gold mention (those matched only by overlap are listed with the misses above)
    preds.forEach((p, i) => {
      if (!usedO.has(i)) spurLines.push(`  ${doc.id} ${p.value} ${ctxt(p.start, p.end)} ${p.reason}`);
    });
  }
  const prf = (tp: number) => {
    const p = pred ? tp / pred : 1, r = gold ? tp / gold : 1, f1 = p + r ? (2 * p * r) / (p + r) : 0;
    return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (${tp} of ${pred} predicted, ${gold} gold)`;
  };
  console.log(`== Dev gold dates (${files.length} articles, ${chars} chars, ${ms.toFixed(1)} ms cold) ==`);
  if (!quiet) {
    console.log("not matched exactly (gold → what overlaps it):");
    for (const l of missLines) console.log(l);
    console.log("spurious (matched to no gold date; optional ones are ignored):");
    for (const l of spurLines) console.log(l);
    console.log("wrong values:");
    for (const l of valueLines) console.log(l);
  }
  console.log(`strict : ${prf(strictTp)}`);
  console.log(`overlap: ${prf(overlapTp)}`);
  console.log(`values : ${valuesOk}/${valuesTotal}`);
}

if (process.argv.includes("--dev")) {
  runDev();
  process.exit(0);
}

type Range = [number, number];
const POD_HOURS: Record<string, [number, number]> = { morning: [4, 12], noon: [12, 14], afternoon: [12, 18], evening: [18, 24], night: [22, 28] };

/** Wall clock of an ISO string with offset, as a point at a grain (Duckling values). */
function wall(iso: string, g: Grain): Point {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso)!;
  const p = pt(g, +m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  if (g === "week") return p; // Duckling gives the Monday
  return p;
}

function ducklingRange(e: any): Range {
  if (e.type === "value") return rangeOf(wall(e.value, e.grain));
  const a = e.from ? wall(e.from.value, e.from.grain) : null;
  const b = e.to ? wall(e.to.value, e.to.grain) : null;
  if (a && b) return [minuteOf(a) + a.s / 60, minuteOf(b) + b.s / 60]; // `to` is exclusive
  const p = (a ?? b)!;
  return rangeOf(p);
}

/** Our value as [start, end) minutes; a part of day on a day narrows it to its hours. */
function spanRange(s: Pick<DateSpan, "value" | "grain" | "partOfDay">, usePod: boolean): Range | null {
  const v = s.value.replace(/T(MO|AF|EV|NI)$/, "");
  const parts = v.split("/");
  const pts = parts.map((x) => parsePoint(x));
  if (pts.some((p) => !p)) return null;
  const fix = (p: Point) => (p.g === "hour" || p.g === "minute") && (s.grain === "hour" || s.grain === "minute") ? { ...p, g: s.grain } : p;
  const a = fix(pts[0]!), b = fix(pts[1] ?? pts[0]!);
  if (usePod && s.partOfDay && a.g === "day" && !pts[1]) {
    const [h0, h1] = POD_HOURS[s.partOfDay]!;
    const base = minuteOf(a);
    return [base + h0 * 60, base + h1 * 60];
  }
  return rangeOf(a, b);
}

const same = (x: Range | null, y: Range | null) => !!x && !!y && Math.abs(x[0] - y[0]) < 1e-6 && Math.abs(x[1] - y[1]) < 1e-6;
const fmt = (r: Range | null) => {
  if (!r) return "null";
  const f = (m: number) => new Date(Math.round(m * 60000)).toISOString().slice(0, 19);
  return `[${f(r[0])}, ${f(r[1])})`;
};

// ---------- Duckling ----------
const duckPath = path.join(shared, "duckling/duckling_vi_time.json");
const duck: any[] = fs.existsSync(duckPath) ? JSON.parse(fs.readFileSync(duckPath, "utf8")) : [];
const ref = parseReference(duck[0]?.reference ?? "2017-02-02T03:55:00") ?? { year: 2017, month: 2, day: 2 };

function ours(phrase: string, forwardDate: boolean): { r: Range | null; shown: string } {
  const spans = findDates(phrase.toLowerCase(), phrase, { reference: ref, forwardDate });
  if (spans.length === 0) return { r: null, shown: "(none)" };
  const s = spans.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return { r: spanRange(s, true), shown: `${s.value}${s.partOfDay ? " " + s.partOfDay : ""} [${phrase.slice(s.start, s.end)}] ${s.reason}${spans.length > 1 ? ` (+${spans.length - 1} more)` : ""}` };
}

function chronoRange(phrase: string, forwardDate: boolean): { r: Range | null; shown: string } {
  const refDate = new Date(ref.year, ref.month - 1, ref.day, ref.hour ?? 0, ref.minute ?? 0, ref.second ?? 0);
  let res: any[];
  try { res = chrono.vi.parse(phrase, refDate, { forwardDate }); } catch { return { r: null, shown: "(error)" }; }
  if (!res.length) return { r: null, shown: "(none)" };
  const x = res[0];
  const grainOf = (c: any): Grain => (c.isCertain("second") ? "second" : c.isCertain("minute") ? "minute" : c.isCertain("hour") ? "hour" : c.isCertain("day") || c.isCertain("weekday") ? "day" : c.isCertain("month") ? "month" : c.isCertain("year") ? "year" : "day");
  const toPt = (c: any, g: Grain) => { const d: Date = c.date(); return pt(g, d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()); };
  const g = grainOf(x.start);
  const a = toPt(x.start, g);
  const ag: Point = g === "day" ? pt("day", a.y, a.m, a.d) : g === "month" ? pt("month", a.y, a.m) : g === "year" ? pt("year", a.y) : a;
  const r = x.end ? rangeOf(ag, toPt(x.end, g)) : rangeOf(ag);
  return { r, shown: `${x.text} → ${x.start.date().toString().slice(0, 24)} ${g}` };
}

function runDuckling(label: string, fn: (p: string, f: boolean) => { r: Range | null; shown: string }, forwardDate: boolean, printMisses: boolean): number {
  let ok = 0;
  const misses: string[] = [];
  for (const item of duck) {
    const exp = ducklingRange(item.expected);
    const got = fn(item.phrase, forwardDate);
    if (same(exp, got.r)) ok++;
    else misses.push(`  ✗ ${item.phrase}: expected ${fmt(exp)}, got ${fmt(got.r)} — ${got.shown}`);
  }
  console.log(`${label}: ${ok}/${duck.length} = ${((100 * ok) / duck.length).toFixed(1)}%`);
  if (printMisses) for (const m of misses) console.log(m);
  return ok / duck.length;
}

let forwardScore = 1;
if (duck.length) {
  console.log(`== Duckling vi time corpus (${duck.length} phrases, reference ${duck[0].reference}, wall clock) ==`);
  console.log("(options: --nearest-misses, --chrono-misses)");
  forwardScore = runDuckling("ours   forwardDate=true ", ours, true, true);
  runDuckling("ours   forwardDate=false", ours, false, process.argv.includes("--nearest-misses"));
  runDuckling("chrono forwardDate=true ", chronoRange, true, process.argv.includes("--chrono-misses"));
  runDuckling("chrono forwardDate=false", chronoRange, false, false);
} else console.log(`eval-dates: ${duckPath} not found; Duckling section skipped.`);

// ---------- Gold seed ----------
function goldRange(v: string): Range | null {
  return spanRange({ value: v, grain: "day" }, false);
}
function goldAccepts(gold: string, got: DateSpan): boolean {
  const mine = spanRange(got, false);
  if (gold.startsWith("~")) {
    const g = goldRange(gold.slice(1));
    return !!g && !!mine && mine[0] >= g[0] - 1e-6 && mine[1] <= g[1] + 1e-6;
  }
  const g = goldRange(gold);
  if (same(g, mine)) return true;
  // equal as a range of days
  const days = (r: Range | null) => (r ? [Math.floor(r[0] / 1440), Math.ceil(r[1] / 1440)] : null);
  const a = days(g), b = days(mine);
  return !!a && !!b && a[0] === b[0] && a[1] === b[1] && /^\d{4}(-\d{2}(-\d{2})?)?(\/|$)/.test(gold);
}

const seedPath = path.join(shared, "gold/seed.json");
if (fs.existsSync(seedPath)) {
  const seed = JSON.parse(fs.readFileSync(seedPath, "utf8"));
  const sref = parseReference(seed.referenceDate);
  const found = findDates(seed.text.toLowerCase(), seed.text, { reference: sref, forwardDate: false });
  const golds = seed.mentions.filter((m: any) => String(m.type).toLowerCase() === "date");
  let ok = 0, total = 0;
  console.log(`\n== Gold seed ${seed.id} (reference ${seed.referenceDate}) ==`);
  for (const g of golds) {
    if (g.optional || g.value === undefined) continue;
    total++;
    const hits = found.filter((s) => s.start < g.end && s.end > g.start);
    const good = hits.some((s) => goldAccepts(g.value, s));
    if (good) ok++;
    console.log(`  ${good ? "✓" : "✗"} "${g.text}" gold ${g.value} → ${hits.map((s) => `${s.value} [${seed.text.slice(s.start, s.end)}]`).join(", ") || "(none)"}`);
  }
  for (const s of found) {
    if (!golds.some((g: any) => s.start < g.end && s.end > g.start)) console.log(`  extra: ${s.value} [${seed.text.slice(s.start, s.end)}] ${s.reason}`);
  }
  console.log(`seed date values: ${ok}/${total}`);
}

// ---------- News: false positives and speed ----------
const newsDir = path.join(shared, "news");
if (fs.existsSync(newsDir)) {
  const dates = new Map<string, DateReference>();
  const idx = path.join(newsDir, "index.tsv");
  if (fs.existsSync(idx)) {
    for (const line of fs.readFileSync(idx, "utf8").split("\n").slice(1)) {
      const c = line.split("\t");
      const d = c[5];
      if (c[0] && d && /^\d{8}$/.test(d)) dates.set(c[0], { year: +d.slice(0, 4), month: +d.slice(4, 6), day: +d.slice(6, 8) });
    }
  }
  const files = fs.readdirSync(newsDir).filter((f) => f.endsWith(".txt")).sort();
  let bytes = 0, count = 0, withDateline = 0;
  const corpus: [string, string, DateReference | null][] = [];
  const byReason = new Map<string, number>();
  const sample: string[] = [];
  for (const f of files) {
    const text = fs.readFileSync(path.join(newsDir, f), "utf8").normalize("NFC");
    const lower = text.toLowerCase();
    if (lower.length !== text.length) continue;
    const dl = detectDateline(lower, text);
    if (dl) withDateline++;
    const reference = dates.get(f) ?? dl?.reference ?? null;
    const spans = findDates(lower, text, { reference });
    corpus.push([lower, text, reference]);
    bytes += Buffer.byteLength(text);
    count += spans.length;
    for (const s of spans) {
      byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
      if (sample.length < 80 && (count * 7919) % 13 === 0) {
        const ctxt = text.slice(Math.max(0, s.start - 25), s.end + 15).replace(/\s+/g, " ");
        sample.push(`  ${f.slice(0, 22).padEnd(22)} ${s.value.padEnd(24)} [${text.slice(s.start, s.end)}]  …${ctxt}…`);
      }
    }
  }
  // speed: best of 10 passes over the whole corpus after 5 warm-up passes (steady state, once the JIT has optimized)
  let ms = Infinity;
  for (let pass = 0; pass < 15; pass++) {
    const t0 = performance.now();
    for (const [l, c, r] of corpus) findDates(l, c, { reference: r });
    if (pass >= 5) ms = Math.min(ms, performance.now() - t0);
  }
  console.log(`\n== News (${files.length} articles, ${(bytes / 1e6).toFixed(2)} MB) ==`);
  console.log(`mentions: ${count}; articles with a detected dateline: ${withDateline}; speed ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (UTF-8 bytes, best of 10 passes after 5 warm-up passes)`);
  console.log(`by reason: ${[...byReason].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(", ")}`);
  console.log("sample:");
  for (const s of sample) console.log(s);
}

if (forwardScore < 0.95) process.exitCode = 1;
