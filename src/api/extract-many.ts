/**
 * extractMany(): many texts on the calling thread and a pool of worker threads (piscina), results
 * in input order. Texts travel in batches (one message for many articles), and memory stays
 * bounded: at most `concurrency × 3` batches are in flight.
 *
 * A new worker spends its first megabytes of text in V8's compiler (about 3.5 s of CPU before it
 * runs at full speed), so workers start only after WORKERS_AFTER characters, and the pool outlives
 * the call: a pipeline that calls extractMany once per batch keeps warm workers. Idle workers keep
 * no process alive and exit after POOL_IDLE_MS; closeWorkers() ends them at once.
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { extract } from "./extract";
import { unpack, type Batch, type PackedGraph } from "./worker";
import type { EntityGraph } from "../schema/graph";
import { ExtractOptions } from "../schema/options";

export type ExtractManyInput = string | { text: string; options?: ExtractOptions };

export const ExtractManyOptions = ExtractOptions.extend({
  concurrency: z.number().int().min(1).max(256).optional().describe("Threads that extract, this one included (default: CPU count): N − 1 workers beside this thread; 1 runs in this thread only"),
  workersAfter: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe("Characters this thread extracts (in this process, over all calls) before worker threads start (default 4 000 000; 0: at once)"),
});
export type ExtractManyOptions = z.input<typeof ExtractManyOptions>;

const BATCH_ITEMS = 32;
const BATCH_CHARS = 256 * 1024;
const POOL_IDLE_MS = 30_000;
// Workers start only once this thread has extracted this many characters (in this process): a new
// worker costs about 3.5 s of CPU in V8's compiler before it runs at full speed, which a job of a
// few MB never pays back. CLI on 2 cores, news corpus as JSONL, concurrency 2, by threshold 0 / 4 M
// / 8 M characters: 5.8 MB 2.4 / 2.0 / 2.0 s (one thread: 2.0 s); 19 MB 4.4 / 4.3–4.5 / 5.1 s
// (4.4–4.6 s); 58 MB 9.0 / 9.0 / 9.8 s (12.0 s).
const WORKERS_AFTER = 4_000_000;
let extractedHere = 0;

function workerFile(): string | null {
  const here = typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url);
  const ext = path.extname(here);
  // From the TypeScript sources (tests, tsx) there is no compiled worker: run in this thread.
  if (ext !== ".js" && ext !== ".cjs" && ext !== ".mjs") return null;
  return path.join(path.dirname(here), `worker${ext}`);
}

type Pool = import("piscina").Piscina;
const pools = new Map<string, Promise<Pool>>();

function hasPool(file: string, threads: number): boolean {
  return pools.has(`${threads}:${file}`);
}

function poolFor(file: string, threads: number): Promise<Pool> {
  const key = `${threads}:${file}`;
  let pool = pools.get(key);
  if (!pool) {
    // Two tasks per worker: its second batch is already there when it finishes the first, even
    // while this thread is busy with a batch of its own and cannot hand out the next one.
    pool = import("piscina").then(({ Piscina }) => new Piscina({ filename: file, minThreads: 0, maxThreads: threads, concurrentTasksPerWorker: 2, idleTimeout: POOL_IDLE_MS }));
    pools.set(key, pool);
    pool.catch(() => pools.delete(key)); // a failed start is not kept: the next call tries again
  }
  return pool;
}

/** Ends extractMany's worker threads now instead of after 30 s idle (e.g. at the end of a test run). */
export async function closeWorkers(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.allSettled(all.map(async (p) => (await p).destroy()));
}

/** Results in input order; `json` yields each graph as a JSON string (what the CLI writes). */
export async function* runMany<J extends boolean>(
  texts: AsyncIterable<ExtractManyInput> | Iterable<ExtractManyInput>,
  options: ExtractManyOptions,
  json: J,
): AsyncGenerator<J extends true ? string : EntityGraph> {
  type Out = J extends true ? string : EntityGraph;
  const { concurrency, workersAfter = WORKERS_AFTER, ...common } = ExtractManyOptions.parse(options);
  const iterable = texts as unknown as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null;
  if (typeof texts === "string" || (typeof iterable?.[Symbol.asyncIterator] !== "function" && typeof iterable?.[Symbol.iterator] !== "function")) {
    throw new TypeError(`extractMany: texts must be an iterable or async iterable of texts${typeof texts === "string" ? ", not one string (use extract() for one text)" : `, got ${texts === null ? "null" : typeof texts}`}`);
  }
  const threads = concurrency ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const file = threads > 1 ? workerFile() : null;
  const one = ({ text, options: o }: Batch["items"][number]) => {
    const g = extract(text, o);
    return (json ? JSON.stringify(g) : g) as Out;
  };
  const toItem = (t: ExtractManyInput) => {
    const item = typeof t === "string" ? { text: t, options: common } : { text: t?.text, options: { ...common, ...t?.options } };
    if (typeof item.text !== "string") throw new TypeError(`extractMany: every text must be a string, got ${typeof item.text}`);
    ExtractOptions.parse(item.options);
    return item as Batch["items"][number];
  };
  if (!file) {
    for await (const t of texts) {
      const item = toItem(t);
      extractedHere += item.text.length;
      yield one(item);
    }
    return;
  }
  // The calling thread is one of the `threads`: it extracts a batch itself whenever each worker
  // already has two queued. Two workers beside a main thread that only waited for them ran 1.45x
  // on 2 cores; one worker plus this thread runs about 1.5x, with one isolate less to start and feed.
  const workers = threads - 1;
  let pool: Pool | null = null;
  let poolError: unknown;
  let starting = false;
  const startPool = () => {
    starting = true;
    const p = poolFor(file, workers);
    p.then((ready) => (pool = ready), (e: unknown) => (poolError = e ?? new Error("worker pool failed to start")));
    return p;
  };
  if (hasPool(file, workers) || extractedHere >= workersAfter) pool = await startPool();
  // Worker results stay packed (numbers, no texts) until they are yielded: less to keep alive while
  // they wait for the batches before them.
  type Slot = { done: boolean; items: Batch["items"]; results: unknown[]; packed: boolean; error?: unknown; wait?: Promise<void> };
  const inFlight: Slot[] = [];
  let queued = 0;
  let batch: Batch["items"] = [];
  let chars = 0;
  const send = () => {
    const items = batch;
    const size = chars;
    batch = [];
    chars = 0;
    if (poolError !== undefined) throw poolError;
    if (!pool || queued >= workers * 2) {
      const results = items.map(one);
      inFlight.push({ done: true, items, results, packed: false });
      extractedHere += size;
      if (!starting && extractedHere >= workersAfter) startPool();
      return;
    }
    queued++;
    const slot: Slot = { done: false, items, results: [], packed: !json };
    // A failure is kept in its slot (not left as a rejected promise) and thrown in input order.
    const settle = (results: unknown[], error?: unknown) => {
      queued--;
      Object.assign(slot, { done: true, results, error });
    };
    slot.wait = (pool.run({ items, json } satisfies Batch) as Promise<unknown[]>).then(settle, (e: unknown) => settle([], e ?? new Error("worker failed")));
    inFlight.push(slot);
  };
  const next = async (): Promise<Out[]> => {
    const s = inFlight.shift()!;
    if (!s.done) await s.wait;
    if (s.error !== undefined) throw s.error;
    // Packed graphs get their texts back here, where the texts already are.
    return s.results.map((r, k) => (s.packed ? unpack(s.items[k]!.text, r as PackedGraph) : r) as Out);
  };
  try {
    for await (const t of texts) {
      const item = toItem(t);
      batch.push(item);
      chars += item.text.length;
      if (batch.length >= BATCH_ITEMS || chars >= BATCH_CHARS) {
        send();
        // Finished workers report only through the event loop.
        await new Promise<void>((r) => setImmediate(r));
      }
      while (inFlight.length && (inFlight[0]!.done || inFlight.length >= threads * 3)) yield* await next();
    }
    if (batch.length) send();
    while (inFlight.length) yield* await next();
  } finally {
    // Settle what is left (an early break); the pool stays for the next call.
    await Promise.allSettled(inFlight.map((s) => s.wait));
  }
}

/** Extracts many texts on all cores (worker threads); graphs come back in input order. */
export function extractMany(
  texts: AsyncIterable<ExtractManyInput> | Iterable<ExtractManyInput>,
  options: ExtractManyOptions = {},
): AsyncGenerator<EntityGraph> {
  return runMany(texts, options, false);
}
