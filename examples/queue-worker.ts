/**
 * A queue worker: how to run the library inside a job queue you already have (BullMQ, SQS, a
 * Kafka consumer, Google Pub/Sub…). Start one such process per core, on as many machines as you
 * like; the queue spreads the articles and each process stays single-threaded and simple.
 *
 *   npx tsx examples/queue-worker.ts
 *
 * The queue here is an in-memory stand-in with the three calls every such system has (receive a
 * batch, acknowledge a message, publish a result), so the example runs as it is. Replace it with
 * your client; nothing else changes.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extract, type EntityGraph } from "vn-entity-graph";

interface Message {
  id: string;
  text: string;
  /** The article's publication date: the reference for "hôm qua", "thứ Hai tuần trước"… */
  publishedAt: string;
}

interface Queue {
  receive(max: number): Promise<Message[]>;
  ack(id: string): Promise<void>;
  publish(id: string, graph: EntityGraph): Promise<void>;
}

/** Pulls batches until the queue is empty (a real worker would wait for more instead). */
async function work(queue: Queue): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await queue.receive(32);
    if (batch.length === 0) return done;
    for (const m of batch) {
      // A pure function of (text, options): the same article gives the same graph on any machine,
      // at any time, as long as the reference date comes with it.
      const graph = extract(m.text, { referenceDate: m.publishedAt.slice(0, 10) });
      await queue.publish(m.id, graph);
      await queue.ack(m.id); // after publishing: a crash in between redelivers, never loses
      done++;
    }
  }
}

/** The stand-in: a list of messages, and results kept in a Map. */
function memoryQueue(messages: Message[]): Queue & { results: Map<string, EntityGraph>; acked: Set<string> } {
  const pending = [...messages];
  const results = new Map<string, EntityGraph>();
  const acked = new Set<string>();
  return {
    results,
    acked,
    receive: async (max) => pending.splice(0, max),
    ack: async (id) => void acked.add(id),
    publish: async (id, graph) => void results.set(id, graph),
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const sample = fs.readFileSync(path.join(here, "sample-article.txt"), "utf8");
const queue = memoryQueue(Array.from({ length: 100 }, (_, i) => ({ id: `article-${i}`, text: sample, publishedAt: "2019-01-11T08:00:00Z" })));
const started = performance.now();
const n = await work(queue);
const first = queue.results.get("article-0")!;
console.log(`${n} articles in ${(performance.now() - started).toFixed(0)} ms, ${queue.acked.size} acknowledged`);
console.log(`article-0: ${first.entities.length} entities, ${first.relations.length} relations, reference date ${first.referenceDate}`);
