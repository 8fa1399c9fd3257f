/** Worker-thread entry for extractMany(): one extraction per task, the lexicon built once per worker. */
import { extract } from "./extract";
import type { ExtractOptions } from "../schema/options";

export default function task({ text, options }: { text: string; options?: ExtractOptions }) {
  return extract(text, options);
}
