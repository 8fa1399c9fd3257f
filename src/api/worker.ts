/**
 * Worker-thread entry for extractMany(): a batch of texts per task (one message each way for many
 * articles), the lexicon built once per worker. With `json`, graphs come back serialized, which the
 * CLI writes out as they are.
 */
import { extract } from "./extract";
import type { ExtractOptions } from "../schema/options";

export interface Batch {
  items: Array<{ text: string; options?: ExtractOptions }>;
  json: boolean;
}

export default function task({ items, json }: Batch) {
  return items.map(({ text, options }) => (json ? JSON.stringify(extract(text, options)) : extract(text, options)));
}
