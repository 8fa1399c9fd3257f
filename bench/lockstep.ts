/**
 * Two builds compared on a shared, loaded machine: `npx tsx bench/lockstep.ts <a/dist/node.js> <b/dist/node.js> [rounds]`.
 *
 * Each build runs in a process of its own (two builds in one process are not comparable: the one
 * imported second ran 15–20 % faster), warmed up by 5 corpus passes; then the two take turns, one
 * corpus pass each (A B, B A, A B …), so that a burst of load from other processes falls on both
 * alike. Per build: CPU and wall time a pass (minimum and median); and the median of the paired
 * ratios B/A of CPU time, the figure to quote. Allocation is measured apart (docs/performance.md).
 * `--dates` (anywhere in the arguments) times `extract(t, { types: ["date"] })` passes instead.
 */
import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadCorpus, median } from "./corpus";

interface Pass { cpu: number; wall: number }
const WARMUP = 5;

async function child(entry: string, datesOnly: boolean): Promise<void> {
  const lib = (await import(pathToFileURL(path.resolve(entry)).href)) as { extract(t: string, o?: { types: string[] }): unknown };
  const { texts } = loadCorpus();
  const options = datesOnly ? { types: ["date"] } : undefined;
  const pass = (): Pass => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const t of texts) lib.extract(t, options);
    const c = process.cpuUsage(c0);
    return { cpu: (c.user + c.system) / 1000, wall: performance.now() - t0 };
  };
  for (let i = 0; i < WARMUP; i++) pass();
  process.send!("ready");
  process.on("message", (m) => (m === "pass" ? process.send!(pass()) : process.exit(0)));
}

const reply = <T>(k: ChildProcess, msg?: string): Promise<T> =>
  new Promise((resolve) => {
    k.once("message", (m) => resolve(m as T));
    if (msg) k.send(msg);
  });

async function main(a: string, b: string, rounds: number, datesOnly: boolean): Promise<void> {
  const kids = [a, b].map((entry) => fork(process.argv[1]!, ["--child", entry, ...(datesOnly ? ["--dates"] : [])]));
  await Promise.all(kids.map((k) => reply(k)));
  const load = os.loadavg()[0]!;
  const passes: Pass[][] = [[], []];
  for (let r = 0; r < rounds; r++) for (const i of r % 2 ? [1, 0] : [0, 1]) passes[i]!.push(await reply<Pass>(kids[i]!, "pass"));
  for (const k of kids) k.send("exit");
  [a, b].forEach((entry, i) => {
    const cpu = passes[i]!.map((p) => p.cpu);
    const wall = passes[i]!.map((p) => p.wall);
    console.log(`${i ? "B" : "A"} ${entry}: CPU ms a pass min ${Math.min(...cpu).toFixed(0)} median ${median(cpu).toFixed(0)}; wall min ${Math.min(...wall).toFixed(0)} median ${median(wall).toFixed(0)}`);
  });
  const ratio = median(passes[0]!.map((p, i) => passes[1]![i]!.cpu / p.cpu));
  console.log(`B/A CPU time${datesOnly ? " (dates only)" : ""}, median of ${rounds} paired passes: ${ratio.toFixed(3)} (load ${load.toFixed(2)} → ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} CPUs)`);
  if (Math.max(load, os.loadavg()[0]!) > os.cpus().length) console.log("  (the load exceeds the CPUs: only the paired ratio means much)");
}

const datesOnly = process.argv.includes("--dates");
const args = process.argv.slice(2).filter((a) => a !== "--dates");
if (args[0] === "--child") await child(args[1]!, datesOnly);
else if (args.length < 2) console.log("usage: npx tsx bench/lockstep.ts <a/dist/node.js> <b/dist/node.js> [rounds, default 15] [--dates]");
else await main(args[0]!, args[1]!, Number(args[2] ?? 15), datesOnly);
