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
import { z, ZodError } from "zod";
import { fromReply, graphJson, toBatch, extractorFor, type Item, type Reply } from "./worker";
import type { EntityGraph } from "../schema/graph";
import { ExtractOptions, ExtractorConfig } from "../schema/options";
import type { Extractor } from "./extract";

export type ExtractManyInput = string | { text: string; options?: ExtractOptions };

const NOT_TO_WORKERS =
  "your own recognizers and date parsers are functions, which cannot be sent to worker threads; use createExtractor({ recognizers, dateParsers }).extractMany(texts) from vn-entity-graph/node, which runs them in this thread";

/** Why an extractor with a pipeline of the caller's own runs extractMany in the calling thread. */
export const IN_THREAD_ONLY =
  "this extractor runs recognizers or date parsers of your own: functions, which cannot be sent to worker threads, so its extractMany runs in this thread only (leave concurrency out or set 1; for more cores, run one process per core)";

export const ExtractManyOptions = ExtractOptions.extend({
  concurrency: z.number().int().min(1).max(256).optional().describe("Threads that extract, this one included (default: CPU count): N − 1 workers beside this thread; 1 runs in this thread only"),
  workersAfter: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe("Characters this thread extracts (in this process, over all calls) before worker threads start (default 4 000 000; 0: at once)"),
  custom: ExtractorConfig.extend({
    // Functions cannot be cloned to a worker thread: say where they can go instead.
    recognizers: z.never({ error: `recognizers: ${NOT_TO_WORKERS}` }).optional(),
    dateParsers: z.never({ error: `dateParsers: ${NOT_TO_WORKERS}` }).optional(),
  })
    .optional()
    .describe("What createExtractor takes as plain data: gazetteer entries (titles, organizations, names, locations) and default options, for every text"),
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
    // `m.default`: in the CommonJS build the import is a require() whose interop copies only
    // enumerable keys, and piscina's module is the class, with Piscina a non-enumerable static.
    pool = import("piscina").then((m) => new (m.Piscina ?? m.default)({ filename: file, minThreads: 0, maxThreads: threads, concurrentTasksPerWorker: 2, idleTimeout: POOL_IDLE_MS }));
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

/** An input that could not be extracted (not a text, bad options, or extract() failed), in its place. */
export class ItemFailure {
  constructor(readonly error: unknown) {}
}

const kind = (x: unknown) => (x === null ? "null" : Array.isArray(x) ? "an array" : typeof x);

/** What runMany writes for each graph: JSON (the CLI) or graph objects, and with the text or without. */
export interface Output<J extends boolean> {
  json: J;
  /** Leave the graph's "text" out of its JSON (the caller has the text). */
  omitText?: boolean;
}

/**
 * Custom gazetteer entries as one JSON string, made once per call: the key under which this
 * thread and each worker keep the extractor they build from it (a batch carries the string, a
 * worker builds its extractor at the first batch with it). Default options go to the items.
 */
function splitCustom(custom: ExtractorConfig | undefined): { entries: string | undefined; defaults: ExtractOptions } {
  if (!custom) return { entries: undefined, defaults: {} };
  const { titles, organizations, names, locations, ...defaults } = custom;
  const entries = { titles, organizations, names, locations };
  return { entries: Object.values(entries).some((v) => v?.length) ? JSON.stringify(entries) : undefined, defaults };
}

/** What the caller gets in place of each input. */
type Result<J extends boolean, F extends boolean> = (J extends true ? string | Buffer : EntityGraph) | (F extends true ? ItemFailure : never);

/**
 * Results in input order; `json` yields each graph as JSON (what the CLI writes): a string, or the
 * UTF-8 bytes a worker wrote, passed on without decoding them. An input that fails is thrown in its
 * place, after every result before it; with `yieldFailures` it comes as an ItemFailure and the rest
 * goes on (the CLI's --on-error skip, whose reader also passes bad lines on as ItemFailures).
 */
export async function* runMany<J extends boolean, F extends boolean = false>(
  texts: AsyncIterable<ExtractManyInput | ItemFailure> | Iterable<ExtractManyInput | ItemFailure>,
  options: ExtractManyOptions,
  output: Output<J>,
  yieldFailures?: F,
  /** An extractor whose pipeline cannot go to workers: every text is extracted with it, in this thread. */
  here?: Extractor,
): AsyncGenerator<Result<J, F>> {
  type Out = J extends true ? string | Buffer : EntityGraph;
  const { json, omitText = false } = output;
  const { concurrency, workersAfter = WORKERS_AFTER, custom, ...given } = ExtractManyOptions.parse(options);
  const { entries, defaults } = splitCustom(custom);
  const common: ExtractOptions = { ...defaults, ...given };
  const iterable = texts as unknown as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null;
  if (typeof texts === "string" || (typeof iterable?.[Symbol.asyncIterator] !== "function" && typeof iterable?.[Symbol.iterator] !== "function")) {
    throw new TypeError(`extractMany: texts must be an iterable or async iterable of texts${typeof texts === "string" ? ", not one string (use extract() for one text)" : `, got ${kind(texts)}`}`);
  }
  if (here && concurrency !== undefined && concurrency > 1) throw new ZodError([{ code: "custom", path: ["concurrency"], message: IN_THREAD_ONLY, input: concurrency }]);
  const threads = here ? 1 : (concurrency ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length));
  const file = threads > 1 ? workerFile() : null;
  const extractor = here ? here.extract : extractorFor(entries);
  const one = ({ text, options: o }: Item) => {
    const g = extractor(text, o);
    return (json ? graphJson(g, omitText) : g) as Out;
  };
  const attempt = (item: Item): Out | ItemFailure => {
    try {
      return one(item);
    } catch (e) {
      return new ItemFailure(e);
    }
  };
  // Input `index` (from 0) as an item for extract(), or why it cannot be one.
  const toItem = (t: ExtractManyInput | ItemFailure, index: number): Item | ItemFailure => {
    if (t instanceof ItemFailure) return t;
    if (typeof t === "string") return { text: t, options: common };
    if (!t || typeof t !== "object") return new ItemFailure(new TypeError(`extractMany: texts[${index}] must be a string or { text, options }, got ${kind(t)}`));
    if (typeof t.text !== "string") return new ItemFailure(new TypeError(`extractMany: texts[${index}].text must be a string, got ${kind(t.text)}`));
    const checked = ExtractOptions.safeParse({ ...common, ...t.options });
    // The error's path says where in the input the bad field is: [index, "options", field].
    if (!checked.success) return new ItemFailure(new ZodError(checked.error.issues.map((i) => ({ ...i, path: [index, "options", ...i.path] }))));
    // zod's copy, plain data: a worker can always be sent it (a function on the caller's could not).
    return { text: t.text, options: checked.data };
  };
  // Failures go out in their place: thrown (and the call ends) or passed on.
  function* inOrder(results: Iterable<Out | ItemFailure>): Generator<Result<J, F>> {
    for (const r of results) {
      if (r instanceof ItemFailure && !yieldFailures) throw r.error;
      yield r as Result<J, F>;
    }
  }
  function* madeHere(items: readonly Item[]): Generator<Out | ItemFailure> {
    for (const item of items) yield attempt(item);
  }
  let index = 0;
  if (!file) {
    for await (const t of texts) {
      const item = toItem(t, index++);
      if (!(item instanceof ItemFailure)) extractedHere += item.text.length;
      yield* inOrder([item instanceof ItemFailure ? item : attempt(item)]);
    }
    return;
  }
  // The calling thread is one of the `threads`: N − 1 workers beside it. Workers take the latest
  // batches read and this thread the earliest, so its graphs go to the consumer as soon as they are
  // made, and a worker's wait as bytes until their turn: nothing the consumer has not taken yet
  // lives on in this thread's heap, to be copied by every young-generation collection.
  const workers = threads - 1;
  let pool: Pool | null = null;
  // A worker that fails, or a pool that cannot start, costs only time: from then on this call's
  // batches are extracted here, so an input that broke a worker fails (or not) in its own place.
  let workersFailed = false;
  let starting = false;
  const startPool = () => {
    starting = true;
    const p = poolFor(file, workers);
    p.then(
      (ready) => (pool = workersFailed ? null : ready),
      () => (workersFailed = true),
    );
    return p;
  };
  if (hasPool(file, workers) || extractedHere >= workersAfter) pool = await startPool().catch(() => null);
  // A slot is a batch of inputs in input order, or a failure read from the source (`out` is then
  // [failure]), or the source's own error (`sourceError`), thrown when its turn comes.
  type Slot = { items: Item[]; chars: number; state: "open" | "worker" | "done"; out?: Array<Out | ItemFailure>; reply?: Reply; sourceError?: unknown; wait?: Promise<void> };
  const slots: Slot[] = [];
  let queued = 0;
  const toWorker = (slot: Slot, p: Pool) => {
    queued++;
    slot.state = "worker";
    let task: Promise<Reply>;
    try {
      task = p.run(toBatch(slot.items, { json, omitText, entries })) as Promise<Reply>;
    } catch (e) {
      task = Promise.reject(e);
    }
    slot.wait = task.then(
      (reply) => {
        queued--;
        Object.assign(slot, { state: "done", reply });
      },
      () => {
        queued--;
        workersFailed = true;
        pool = null;
        slot.state = "open"; // made here instead, in its turn
      },
    );
  };
  // The head batch is this thread's next job, so workers take open batches from the tail.
  const dispatch = () => {
    for (let k = slots.length - 1; k > 0 && pool && queued < workers * 2; k--) if (slots[k]!.state === "open") toWorker(slots[k]!, pool);
  };
  const takeHere = (slot: Slot) => {
    extractedHere += slot.chars;
    if (!starting && extractedHere >= workersAfter) startPool().catch(() => {});
  };
  const source = (texts as AsyncIterable<ExtractManyInput>)[Symbol.asyncIterator]?.() ?? (texts as Iterable<ExtractManyInput>)[Symbol.iterator]();
  let ended = false; // the source is done or failed: it is not asked to close
  let stopped = false; // an input failed and failures are thrown: nothing after it is wanted
  const readBatch = async (): Promise<void> => {
    const items: Item[] = [];
    let chars = 0;
    let after: Slot | undefined; // what ends this batch early
    while (!after && items.length < BATCH_ITEMS && chars < BATCH_CHARS) {
      let r: IteratorResult<ExtractManyInput | ItemFailure>;
      try {
        r = await source.next();
      } catch (e) {
        ended = true; // a source that failed is not asked to close, as for-await leaves it
        after = { items: [], chars: 0, state: "done", sourceError: e };
        break;
      }
      if (r.done) {
        ended = true;
        break;
      }
      const item = toItem(r.value, index++);
      if (item instanceof ItemFailure) {
        stopped = !yieldFailures;
        after = { items: [], chars: 0, state: "done", out: [item] };
      } else {
        items.push(item);
        chars += item.text.length;
      }
    }
    if (items.length) slots.push({ items, chars, state: "open" });
    if (after) slots.push(after);
  };
  try {
    for (;;) {
      while (!ended && !stopped && slots.length < threads * SLOTS_PER_THREAD) await readBatch();
      // Finished workers report only through the event loop: a turn of it first, so that a worker
      // whose batches are done gets new ones before this thread is busy with its own.
      await new Promise<void>((r) => setImmediate(r));
      dispatch();
      const head = slots[0];
      if (!head) break;
      if (head.state === "open") {
        slots.shift();
        takeHere(head);
        yield* inOrder(madeHere(head.items));
        continue;
      }
      if (head.state === "worker") {
        // A worker is behind (still compiling, say): this thread takes the earliest open batch
        // instead of waiting, and keeps its graphs until the worker's are out.
        const open = slots.find((s) => s.state === "open");
        if (open) {
          takeHere(open);
          const out = [...madeHere(open.items)];
          if (!yieldFailures && out.some((r) => r instanceof ItemFailure)) stopped = true;
          Object.assign(open, { state: "done", out });
        } else await head.wait;
        continue;
      }
      slots.shift();
      if (head.out) yield* inOrder(head.out);
      else if (head.reply) for (let k = 0; k < head.items.length; k++) yield fromReply(head.reply, k, head.items[k]!.text, json) as Result<J, F>;
      if (head.sourceError !== undefined) throw head.sourceError;
    }
  } finally {
    // Settle what is left (an early break or a failure); the pool stays for the next call.
    if (!ended) await source.return?.();
    await Promise.allSettled(slots.map((s) => s.wait));
  }
}

/**
 * Extracts many texts on all cores (worker threads); graphs come back in input order. An input that
 * is not a text, or has bad options, fails the call in its place: every graph before it comes out
 * first, at any concurrency (a TypeError naming `texts[i]`, or a ZodError whose path starts with i).
 * `custom` takes what createExtractor takes (user gazetteer entries, default options): each worker
 * builds that extractor once, at its first batch.
 */
export function extractMany(
  texts: AsyncIterable<ExtractManyInput> | Iterable<ExtractManyInput>,
  options: ExtractManyOptions = {},
): AsyncGenerator<EntityGraph> {
  return runMany(texts, options, { json: false });
}
