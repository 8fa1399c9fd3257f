/**
 * Adversarial inputs: `npx tsx bench/adversarial.ts [--check]`.
 *
 * extract() on 1 MB (1e6 UTF-8 bytes) of degenerate text — the shapes that make a backtracking
 * regex or a quadratic scan blow up — compared per MB with 1 MB of real news. Target: each case
 * ≤ 2× the news per-MB time. Every case runs in its own child process with a timeout, because a
 * pathological case is synchronous and could not be interrupted in this process.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadCorpus, loadLib, median, sampleText, timeMs, utf8Bytes } from "./corpus";

const MB = 1_000_000;
const TIMEOUT_MS = 60_000;
const TARGET = 2;

/** `unit` repeated up to 1 MB. */
const fill = (unit: string) => unit.repeat(Math.ceil(MB / utf8Bytes(unit)));

/** The inputs by name; "news" is the baseline: real articles joined with "\n", cut at 1 MB of articles. */
const CASES: Record<string, () => string> = {
  news: () => sampleText(loadCorpus().texts, MB),
  "surname: 'Nguyễn ' x": () => fill("Nguyễn "),
  "', ' x": () => fill(", "),
  "'1/' x": () => fill("1/"),
  "title: 'Phó Chủ tịch ' x": () => fill("Phó Chủ tịch "),
  "one 1 MB word ('Việt' x, no spaces)": () => fill("Việt"),
  "'(' x": () => fill("("),
  "caps name: 'NGUYỄN XUÂN PHÚC ' x": () => fill("NGUYỄN XUÂN PHÚC "),
  "'2019 ' x": () => fill("2019 "),
};

/** Child side: warm up on news (JIT, gazetteers), then time extract() on one case; prints JSON. */
async function runCase(name: string): Promise<void> {
  const { lib } = await loadLib();
  const warm = sampleText(loadCorpus().texts, 20_000);
  for (let i = 0; i < 3; i++) lib.extract(warm);
  const text = CASES[name]!();
  const first = timeMs(() => lib.extract(text));
  // Fast cases get two more runs for a steadier median; a slow one is slow enough to read once.
  const ms = first < 2_000 ? median([first, timeMs(() => lib.extract(text)), timeMs(() => lib.extract(text))]) : first;
  console.log(JSON.stringify({ ms, bytes: utf8Bytes(text) }));
}

/** Parent side: one child per case, re-running this file under the same tsx loader. */
function spawnCase(name: string): { msPerMB: number | null; note: string } {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, self, "--case", name], { encoding: "utf8", timeout: TIMEOUT_MS });
  if (r.error || r.status !== 0) {
    const timedOut = r.signal === "SIGTERM";
    return { msPerMB: null, note: timedOut ? `timeout > ${TIMEOUT_MS / 1e3} s` : `crashed: ${(r.stderr ?? "").trim().split("\n").pop()}` };
  }
  const { ms, bytes } = JSON.parse(r.stdout.trim().split("\n").pop()!) as { ms: number; bytes: number };
  return { msPerMB: ms / (bytes / MB), note: "" };
}

async function main(): Promise<void> {
  const at = process.argv.indexOf("--case");
  if (at > 0) return runCase(process.argv[at + 1]!);

  const { from } = await loadLib();
  console.log(`library: ${from}; inputs of 1 MB (1e6 UTF-8 bytes); target: <= ${TARGET}x news ms/MB`);
  const news = spawnCase("news");
  if (news.msPerMB == null) throw new Error(`news baseline failed: ${news.note}`);
  console.log(`${"input".padEnd(38)}${"ms/MB".padStart(10)}${"x news".padStart(9)}  result`);
  console.log(`${"news (baseline)".padEnd(38)}${news.msPerMB.toFixed(0).padStart(10)}${"1.00".padStart(9)}`);
  let failed = 0;
  for (const name of Object.keys(CASES).filter((n) => n !== "news")) {
    const r = spawnCase(name);
    const ratio = r.msPerMB == null ? Infinity : r.msPerMB / news.msPerMB;
    const ok = ratio <= TARGET;
    if (!ok) failed++;
    const ms = r.msPerMB == null ? "-" : r.msPerMB.toFixed(0);
    const x = Number.isFinite(ratio) ? ratio.toFixed(2) : "-";
    console.log(`${name.padEnd(38)}${ms.padStart(10)}${x.padStart(9)}  ${ok ? "PASS" : "FAIL"}${r.note ? " (" + r.note + ")" : ""}`);
  }
  console.log(`${failed} of ${Object.keys(CASES).length - 1} cases fail`);
  // A report exits 0; --check makes a failing case fail the run.
  if (process.argv.includes("--check") && failed > 0) process.exitCode = 1;
}

await main();
