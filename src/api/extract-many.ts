/**
 * extractMany(): many texts on a pool of worker threads (piscina), results in input order.
 * Memory stays bounded: at most `concurrency × 4` texts are in flight.
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { extract } from "./extract";
import type { EntityGraph } from "../schema/graph";
import { ExtractOptions } from "../schema/options";

export type ExtractManyInput = string | { text: string; options?: ExtractOptions };

export const ExtractManyOptions = ExtractOptions.extend({
  concurrency: z.number().int().min(1).max(256).optional().describe("Worker threads (default: CPU count); 1 runs in this thread"),
});
export type ExtractManyOptions = z.input<typeof ExtractManyOptions>;

function workerFile(): string | null {
  const here = typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url);
  const ext = path.extname(here);
  // From the TypeScript sources (tests, tsx) there is no compiled worker: run in this thread.
  if (ext !== ".js" && ext !== ".cjs" && ext !== ".mjs") return null;
  return path.join(path.dirname(here), `worker${ext}`);
}

export async function* extractMany(
  texts: AsyncIterable<ExtractManyInput> | Iterable<ExtractManyInput>,
  options: ExtractManyOptions = {},
): AsyncGenerator<EntityGraph> {
  const { concurrency, ...common } = ExtractManyOptions.parse(options);
  const threads = concurrency ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const file = threads > 1 ? workerFile() : null;
  const toTask = (t: ExtractManyInput) => (typeof t === "string" ? { text: t, options: common } : { text: t.text, options: { ...common, ...t.options } });
  if (!file) {
    for await (const t of texts) {
      const task = toTask(t);
      yield extract(task.text, task.options);
    }
    return;
  }
  const { Piscina } = await import("piscina");
  const pool = new Piscina({ filename: file, minThreads: threads, maxThreads: threads });
  const inFlight: Array<Promise<EntityGraph>> = [];
  try {
    for await (const t of texts) {
      const task = toTask(t);
      if (typeof task.text !== "string") throw new TypeError(`extractMany: every text must be a string, got ${typeof task.text}`);
      ExtractOptions.parse(task.options);
      inFlight.push(pool.run(task) as Promise<EntityGraph>);
      if (inFlight.length >= threads * 4) yield await inFlight.shift()!;
    }
    while (inFlight.length) yield await inFlight.shift()!;
  } finally {
    // Settle what is left (an early break) before the pool goes away.
    await Promise.allSettled(inFlight);
    await pool.destroy();
  }
}
