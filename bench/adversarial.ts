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

/** The inputs by name; "news" is the baseline: whole articles joined with "\n" up to just over 1 MB. */
const CASES: Record<string, () => string> = {
  news: () => sampleText(loadCorpus().texts, MB),
  "surname: 'Nguyễn ' x": () => fill("Nguyễn "),
  "', ' x": () => fill(", "),
  "'1/' x": () => fill("1/"),
  "title: 'Phó Chủ tịch ' x": () => fill("Phó Chủ tịch "),
  "title list: 'Thủ tướng, ' x": () => fill("Thủ tướng, "),
  "foreign title list: 'Tổng Bí thư, Chủ tịch nước Lào, ' x": () => fill("Tổng Bí thư, Chủ tịch nước Lào, "),
  "one 1 MB word ('Việt' x, no spaces)": () => fill("Việt"),
  "'(' x": () => fill("("),
  "caps name: 'NGUYỄN XUÂN PHÚC ' x": () => fill("NGUYỄN XUÂN PHÚC "),
  "'2019 ' x": () => fill("2019 "),
};

/**
 * Child side: warm up (JIT, gazetteers), then time 1 MB of news and the case back to back, so that
 * load from other processes on a shared machine hits both alike; prints JSON.
 */
async function runCase(name: string): Promise<void> {
  const { lib } = await loadLib();
  for (let i = 0; i < 3; i++) lib.extract(sampleText(loadCorpus().texts, 20_000));
  const time = (text: string) => {
    const first = timeMs(() => lib.extract(text));
    // Fast inputs get two more runs for a steadier median; a slow one is slow enough to read once.
    return first < 2_000 ? median([first, timeMs(() => lib.extract(text)), timeMs(() => lib.extract(text))]) : first;
  };
  const [news, text] = [CASES.news!(), CASES[name]!()];
  const perMB = (ms: number, s: string) => ms / (utf8Bytes(s) / MB);
  console.log(JSON.stringify({ newsMsPerMB: perMB(time(news), news), msPerMB: perMB(time(text), text) }));
}

/** Parent side: one child per case, re-running this file under the same tsx loader. */
function spawnCase(name: string): { msPerMB: number | null; newsMsPerMB: number | null; note: string } {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, self, "--case", name], { encoding: "utf8", timeout: TIMEOUT_MS });
  if (r.error || r.status !== 0) {
    const timedOut = r.signal === "SIGTERM";
    const note = timedOut ? `timeout > ${TIMEOUT_MS / 1e3} s` : `crashed: ${(r.stderr ?? "").trim().split("\n").pop()}`;
    return { msPerMB: null, newsMsPerMB: null, note };
  }
  return { ...(JSON.parse(r.stdout.trim().split("\n").pop()!) as { msPerMB: number; newsMsPerMB: number }), note: "" };
}

async function main(): Promise<void> {
  const at = process.argv.indexOf("--case");
  if (at > 0) return runCase(process.argv[at + 1]!);

  const { from } = await loadLib();
  console.log(`library: ${from}; inputs of 1 MB (1e6 UTF-8 bytes); target: <= ${TARGET}x news ms/MB, news timed in the same child`);
  console.log(`${"input".padEnd(38)}${"ms/MB".padStart(8)}${"news".padStart(8)}${"x news".padStart(8)}  result`);
  const names = Object.keys(CASES).filter((n) => n !== "news");
  let failed = 0;
  for (const name of names) {
    const r = spawnCase(name);
    const ratio = r.msPerMB == null || r.newsMsPerMB == null ? Infinity : r.msPerMB / r.newsMsPerMB;
    const ok = ratio <= TARGET;
    if (!ok) failed++;
    const cells = [r.msPerMB, r.newsMsPerMB].map((x) => (x == null ? "-" : x.toFixed(0)).padStart(8)).join("");
    const x = (Number.isFinite(ratio) ? ratio.toFixed(2) : "-").padStart(8);
    console.log(`${name.padEnd(38)}${cells}${x}  ${ok ? "PASS" : "FAIL"}${r.note ? " (" + r.note + ")" : ""}`);
  }
  console.log(`${failed} of ${names.length} cases fail`);
  // A report exits 0; --check makes a failing case fail the run.
  if (process.argv.includes("--check") && failed > 0) process.exitCode = 1;
}

await main();
