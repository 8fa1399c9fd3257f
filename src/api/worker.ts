/**
 * Worker-thread entry for extractMany(): a batch of texts per task (one message each way for many
 * articles), the lexicon built once per worker. Results travel packed: the caller already has the
 * texts, so the graphs come back without them (mention and evidence texts are sliced again on
 * arrival) and mentions as numbers; cloning whole graphs cost more than extracting them.
 */
import { extract } from "./extract";
import { Interner } from "../util/interner";
import type { EntityGraph } from "../schema/graph";
import type { ExtractOptions } from "../schema/options";

export interface Batch {
  items: Array<{ text: string; options?: ExtractOptions }>;
  json: boolean;
}

export interface PackedGraph {
  referenceDate: EntityGraph["referenceDate"];
  referenceDateSource: EntityGraph["referenceDateSource"];
  entities: EntityGraph["entities"];
  warnings: EntityGraph["warnings"];
  /** Per mention: entity index, start, end, reason index, nested (0/1). */
  mentions: Int32Array;
  reasons: string[];
  /** Per relation: type (0 holds, 1 of), from index, to index, start, end, reason index. */
  relations: Int32Array;
}

export function pack(g: EntityGraph): PackedGraph {
  const index = new Map(g.entities.map((e, i) => [e.id, i]));
  const reasons = new Interner<string>();
  const r = (s: string) => reasons.of(s);
  const mentions = new Int32Array(g.mentions.length * 5);
  g.mentions.forEach((m, i) => mentions.set([index.get(m.entity)!, m.start, m.end, r(m.reason), m.nested ? 1 : 0], i * 5));
  const relations = new Int32Array(g.relations.length * 6);
  g.relations.forEach((x, i) => relations.set([x.type === "holds" ? 0 : 1, index.get(x.from)!, index.get(x.to)!, x.evidence.start, x.evidence.end, r(x.reason)], i * 6));
  return { referenceDate: g.referenceDate, referenceDateSource: g.referenceDateSource, entities: g.entities, warnings: g.warnings, mentions, reasons: reasons.values, relations };
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
  for (let i = 0; i < p.relations.length; i += 6) {
    const start = p.relations[i + 3]!;
    const end = p.relations[i + 4]!;
    relations.push({
      type: p.relations[i] === 0 ? "holds" : "of",
      from: ents[p.relations[i + 1]!]!.id,
      to: ents[p.relations[i + 2]!]!.id,
      evidence: { start, end, text: text.slice(start, end) },
      reason: p.reasons[p.relations[i + 5]!]!,
    });
  }
  return { text, referenceDate: p.referenceDate, referenceDateSource: p.referenceDateSource, entities: ents, mentions, relations, warnings: p.warnings };
}

export default function task({ items, json }: Batch) {
  return items.map(({ text, options }) => (json ? JSON.stringify(extract(text, options)) : pack(extract(text, options))));
}
