/**
 * extractMany(): many texts on the calling thread and a pool of worker threads (piscina), results
 * in input order. Texts travel in batches (one message for many articles), and memory stays
 * bounded: at most `concurrency × 6` batches are read ahead.
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
import { fromReply, toBatch, type Item, type Reply } from "./worker";
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
// Batches read ahead, per thread. A worker's batch is one of the latest read, so that it is done by
// the time this thread, working from the head, gets to it. Warm calls of 5.8 MB at concurrency 2,
// by slots per thread 3 / 4 / 6 / 8 / 12: 563–583 / 520–550 / 500–529 / 505–542 / 534–576 ms.
const SLOTS_PER_THREAD = 6;
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

/**
 * Results in input order; `json` yields each graph as JSON (what the CLI writes): a string, or the
 * UTF-8 bytes a worker wrote, passed on without decoding them.
 */
export async function* runMany<J extends boolean>(
  texts: AsyncIterable<ExtractManyInput> | Iterable<ExtractManyInput>,
  options: ExtractManyOptions,
  json: J,
): AsyncGenerator<J extends true ? string | Buffer : EntityGraph> {
  type Out = J extends true ? string | Buffer : EntityGraph;
  const { concurrency, workersAfter = WORKERS_AFTER, ...common } = ExtractManyOptions.parse(options);
  const iterable = texts as unknown as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null;
  if (typeof texts === "string" || (typeof iterable?.[Symbol.asyncIterator] !== "function" && typeof iterable?.[Symbol.iterator] !== "function")) {
    throw new TypeError(`extractMany: texts must be an iterable or async iterable of texts${typeof texts === "string" ? ", not one string (use extract() for one text)" : `, got ${texts === null ? "null" : typeof texts}`}`);
  }
  const threads = concurrency ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const file = threads > 1 ? workerFile() : null;
  const one = ({ text, options: o }: Item) => {
    const g = extract(text, o);
    return (json ? JSON.stringify(g) : g) as Out;
  };
  const toItem = (t: ExtractManyInput) => {
    const item = typeof t === "string" ? { text: t, options: common } : { text: t?.text, options: { ...common, ...t?.options } };
    if (typeof item.text !== "string") throw new TypeError(`extractMany: every text must be a string, got ${typeof item.text}`);
    ExtractOptions.parse(item.options);
    return item as Item;
  };
  if (!file) {
    for await (const t of texts) {
      const item = toItem(t);
      extractedHere += item.text.length;
      yield one(item);
    }
    return;
  }
  // The calling thread is one of the `threads`: N − 1 workers beside it. Workers take the latest
  // batches read and this thread the earliest, so its graphs go to the consumer as soon as they are
  // made, and a worker's wait as bytes until their turn: nothing the consumer has not taken yet
  // lives on in this thread's heap, to be copied by every young-generation collection.
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
  type Slot = { items: Item[]; chars: number; state: "open" | "worker" | "done"; results?: Out[]; reply?: Reply; error?: unknown; wait?: Promise<void> };
  const slots: Slot[] = [];
  let queued = 0;
  const toWorker = (slot: Slot, p: Pool) => {
    queued++;
    slot.state = "worker";
    // A failure is kept in its slot (not left as a rejected promise) and thrown in input order.
    const settle = (reply?: Reply, error?: unknown) => {
      queued--;
      Object.assign(slot, { state: "done", reply, error });
    };
    slot.wait = (p.run(toBatch(slot.items, json)) as Promise<Reply>).then(settle, (e: unknown) => settle(undefined, e ?? new Error("worker failed")));
  };
  // The head batch is this thread's next job, so workers take open batches from the tail.
  const dispatch = () => {
    if (poolError !== undefined) throw poolError;
    for (let k = slots.length - 1; k > 0 && pool && queued < workers * 2; k--) if (slots[k]!.state === "open") toWorker(slots[k]!, pool);
  };
  const takeHere = (slot: Slot) => {
    extractedHere += slot.chars;
    if (!starting && extractedHere >= workersAfter) startPool();
  };
  const source = (texts as AsyncIterable<ExtractManyInput>)[Symbol.asyncIterator]?.() ?? (texts as Iterable<ExtractManyInput>)[Symbol.iterator]();
  let ended = false;
  const readBatch = async (): Promise<void> => {
    const items: Item[] = [];
    let chars = 0;
    while (items.length < BATCH_ITEMS && chars < BATCH_CHARS) {
      let r: IteratorResult<ExtractManyInput>;
      try {
        r = await source.next();
      } catch (e) {
        ended = true; // a source that failed is not asked to close, as for-await leaves it
        throw e;
      }
      if (r.done) {
        ended = true;
        break;
      }
      const item = toItem(r.value);
      items.push(item);
      chars += item.text.length;
    }
    if (items.length) slots.push({ items, chars, state: "open" });
  };
  try {
    for (;;) {
      while (!ended && slots.length < threads * SLOTS_PER_THREAD) await readBatch();
      // Finished workers report only through the event loop: a turn of it first, so that a worker
      // whose batches are done gets new ones before this thread is busy with its own.
      await new Promise<void>((r) => setImmediate(r));
      dispatch();
      const head = slots[0];
      if (!head) break;
      if (head.state === "open") {
        slots.shift();
        takeHere(head);
        for (const item of head.items) yield one(item);
        continue;
      }
      if (head.state === "worker") {
        // A worker is behind (still compiling, say): this thread takes the earliest open batch
        // instead of waiting, and keeps its graphs until the worker's are out.
        const open = slots.find((s) => s.state === "open");
        if (open) {
          takeHere(open);
          Object.assign(open, { state: "done", results: open.items.map(one) });
        } else await head.wait;
        continue;
      }
      slots.shift();
      if (head.error !== undefined) throw head.error;
      if (head.results) yield* head.results;
      else for (let k = 0; k < head.items.length; k++) yield fromReply(head.reply!, k, head.items[k]!.text, json) as Out;
    }
  } finally {
    // Settle what is left (an early break); the pool stays for the next call.
    if (!ended) await source.return?.();
    await Promise.allSettled(slots.map((s) => s.wait));
  }
}

/** Extracts many texts on all cores (worker threads); graphs come back in input order. */
export function extractMany(
  texts: AsyncIterable<ExtractManyInput> | Iterable<ExtractManyInput>,
  options: ExtractManyOptions = {},
): AsyncGenerator<EntityGraph> {
  return runMany(texts, options, false);
}
