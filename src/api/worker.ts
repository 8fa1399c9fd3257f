/**
 * Worker-thread entry for extractMany(): a batch of texts per task (one message each way for many
 * articles), the lexicon built once per worker. Results travel packed: the caller already has the
 * texts, so the graphs come back without them (mention and evidence texts are sliced again on
 * arrival) and mentions as numbers; cloning whole graphs cost more than extracting them.
 *
 * Both ways the data are bytes, not objects: texts as UTF-16 code units, graphs as JSON written
 * out as soon as each is made. Bytes live outside the JavaScript heap, so what waits in a queue (a
 * batch's texts here, finished graphs in the caller) is never copied by the garbage collector.
 */
import { createExtractor, extract } from "./extract";
import { Interner } from "../util/interner";
import type { EntityGraph, PersonnelEvent, Relation } from "../schema/graph";
import type { ExtractOptions } from "../schema/options";

export interface Item {
  text: string;
  options?: ExtractOptions;
}

export interface Batch {
  /** The texts one after another as UTF-16 code units (lone surrogates kept), `ends[k]` after text k. */
  texts: Uint8Array;
  ends: number[];
  options: Array<ExtractOptions | undefined>;
  json: boolean;
  /** Leave each graph's "text" out of its JSON. */
  omitText: boolean;
  /** User gazetteer entries as JSON (see extractorFor), if any. */
  entries: string | undefined;
}

/** Serialized graphs one after another, `ends[k]` after graph k (JSON text in `json` mode). */
export interface Reply {
  bytes: Uint8Array;
  ends: number[];
}

export function toBatch(items: readonly Item[], how: Pick<Batch, "json" | "omitText" | "entries">): Batch {
  const all = items.map((i) => i.text).join("");
  const texts = Buffer.allocUnsafeSlow(all.length * 2); // its own memory, not a slice of Buffer's shared pool
  texts.write(all, "utf16le");
  const ends: number[] = [];
  let at = 0;
  for (const i of items) ends.push((at += i.text.length));
  return { texts, ends, options: items.map((i) => i.options), ...how };
}

type ExtractFn = (text: string, options?: ExtractOptions) => EntityGraph;
// Extractors by their entries' JSON: built once per thread and set of entries (building one reads
// the whole lexicon again), the latest few kept.
const extractors = new Map<string, ExtractFn>();
const KEPT_EXTRACTORS = 4;

/** The extract function for these user entries (JSON of createExtractor's entry fields), or the default one. */
export function extractorFor(entries: string | undefined): ExtractFn {
  if (entries === undefined) return extract;
  let fn = extractors.get(entries);
  if (!fn) {
    const ex = createExtractor(JSON.parse(entries) as Parameters<typeof createExtractor>[0]);
    fn = (text, options) => ex.extract(text, options);
    if (extractors.size >= KEPT_EXTRACTORS) extractors.delete(extractors.keys().next().value!);
    extractors.set(entries, fn);
  }
  return fn;
}

/** A graph as JSON, with or without its text (JSON.stringify leaves out an undefined field). */
export const graphJson = (g: EntityGraph, omitText: boolean): string => JSON.stringify(omitText ? { ...g, text: undefined } : g);

export interface PackedGraph {
  referenceDate: EntityGraph["referenceDate"];
  referenceDateSource: EntityGraph["referenceDateSource"];
  entities: EntityGraph["entities"];
  warnings: EntityGraph["warnings"];
  /** Per mention: entity index, start, end, reason index, nested (0/1). */
  mentions: number[];
  reasons: string[];
  /** Per relation: type (0 holds, 1 of), from index, to index, start, end, reason index. */
  relations: number[];
  /** Per relation: its evidences as start, end pairs, and the qualifiers of a holding. */
  relationMore: Array<Omit<Relation, "type" | "from" | "to" | "evidence" | "evidences" | "reason"> & { evidences: number[] }>;
  /** Events with their evidence as [start, end]. */
  events: Array<Omit<PersonnelEvent, "evidence"> & { evidence: [number, number] }>;
}

export function pack(g: EntityGraph): PackedGraph {
  const index = new Map(g.entities.map((e, i) => [e.id, i]));
  const reasons = new Interner<string>();
  const mentions: number[] = [];
  for (const m of g.mentions) mentions.push(index.get(m.entity)!, m.start, m.end, reasons.of(m.reason), m.nested ? 1 : 0);
  const relations: number[] = [];
  const relationMore: PackedGraph["relationMore"] = [];
  for (const x of g.relations) {
    relations.push(x.type === "holds" ? 0 : 1, index.get(x.from)!, index.get(x.to)!, x.evidence.start, x.evidence.end, reasons.of(x.reason));
    const { type: _t, from: _f, to: _to, evidence: _e, evidences, reason: _r, ...more } = x;
    relationMore.push({ ...more, evidences: evidences.flatMap((e) => [e.start, e.end]) });
  }
  const events = g.events.map((e) => ({ ...e, evidence: [e.evidence.start, e.evidence.end] as [number, number] }));
  return { referenceDate: g.referenceDate, referenceDateSource: g.referenceDateSource, entities: g.entities, warnings: g.warnings, mentions, reasons: reasons.values, relations, relationMore, events };
}

export function unpack(text: string, p: PackedGraph): EntityGraph {
  const ents = p.entities;
  const mentions: EntityGraph["mentions"] = [];
  for (let i = 0; i < p.mentions.length; i += 5) {
    const e = ents[p.mentions[i]!]!;
    const start = p.mentions[i + 1]!;
    const end = p.mentions[i + 2]!;
    const m: EntityGraph["mentions"][number] = { entity: e.id, type: e.type, start, end, text: text.slice(start, end), reason: p.reasons[p.mentions[i + 3]!]! };
    if (p.mentions[i + 4]) m.nested = true;
    mentions.push(m);
  }
  const relations: EntityGraph["relations"] = [];
  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
  for (let i = 0; i < p.relations.length; i += 6) {
    const { evidences: flat, ...more } = p.relationMore[i / 6]!;
    const evidences: Relation["evidences"] = [];
    for (let j = 0; j < flat.length; j += 2) evidences.push(span(flat[j]!, flat[j + 1]!));
    relations.push({
      type: p.relations[i] === 0 ? "holds" : "of",
      from: ents[p.relations[i + 1]!]!.id,
      to: ents[p.relations[i + 2]!]!.id,
      evidence: span(p.relations[i + 3]!, p.relations[i + 4]!),
      evidences,
      reason: p.reasons[p.relations[i + 5]!]!,
      ...more,
    });
  }
  const events = p.events.map((e) => ({ ...e, evidence: span(e.evidence[0], e.evidence[1]) }));
  return { text, referenceDate: p.referenceDate, referenceDateSource: p.referenceDateSource, entities: ents, mentions, relations, events, warnings: p.warnings };
}

/** A Buffer over the same memory as `view` (cloning between threads leaves a plain Uint8Array). */
const bufferOver = (view: Uint8Array): Buffer => Buffer.from(view.buffer, view.byteOffset, view.byteLength);

/** Graph k of a reply, as the caller gets it: a graph with its text, or its JSON as UTF-8 bytes. */
export function fromReply(reply: Reply, k: number, text: string, json: boolean): EntityGraph | Buffer {
  const bytes = bufferOver(reply.bytes).subarray(k ? reply.ends[k - 1] : 0, reply.ends[k]);
  return json ? bytes : unpack(text, JSON.parse(bytes.toString("utf8")) as PackedGraph);
}

// The replies are written here as JSON, one graph after another, and copied out once per batch.
// (JSON rather than v8.serialize: serializing a graph made the worker's young objects outlive two
// collections and be promoted, 0.3–0.5 MB per collection; JSON.stringify costs about the same.)
let scratch = Buffer.allocUnsafeSlow(1 << 20);

export default function task({ texts, ends, options, json, omitText, entries }: Batch): Reply {
  const extractOne = extractorFor(entries);
  const buf = bufferOver(texts);
  const out: number[] = [];
  let size = 0;
  for (let k = 0; k < ends.length; k++) {
    // Each text is made from the bytes just before its extraction, so it dies young with its graph.
    const text = buf.toString("utf16le", k ? ends[k - 1]! * 2 : 0, ends[k]! * 2);
    const g = extractOne(text, options[k]);
    const s = json ? graphJson(g, omitText) : JSON.stringify(pack(g));
    if (size + s.length * 3 > scratch.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(scratch.length * 2, size + s.length * 3));
      scratch.copy(bigger, 0, 0, size);
      scratch = bigger;
    }
    size += scratch.write(s, size, "utf8");
    out.push(size);
  }
  const reply = { bytes: new Uint8Array(scratch.subarray(0, size)), ends: out };
  if (scratch.length > 16 << 20) scratch = Buffer.allocUnsafeSlow(1 << 20); // (after a huge text: not kept)
  return reply;
}
