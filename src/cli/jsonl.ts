/**
 * JSONL input: one article a line, as a JSON string or an object with a "text" string (and an
 * optional "id", "referenceDate", "forwardDate"). Every line gives exactly one input to runMany,
 * a bad line an ItemFailure saying what is wrong, so output line N always answers input line N.
 */
import readline from "node:readline";
import type { Readable } from "node:stream";
import { ItemFailure, type ExtractManyInput } from "../api/extract-many";
import { ExtractOptions } from "../schema/options";
import { describeIssues } from "./errors";

/** Where an input came from: its line number and the id it carried, if any. */
export interface Line {
  line: number;
  id?: unknown;
}

const EXPECTED = 'expected a JSON string or an object with a "text" string';

const kindOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "an array" : typeof v);

/** One line as an input for runMany (or why it cannot be one); `to` gets the line's id. */
export function parseLine(text: string, common: ExtractOptions, to: Line): ExtractManyInput | ItemFailure {
  const fail = (message: string) => new ItemFailure(new Error(message));
  if (!text.trim()) return fail(`blank line (${EXPECTED})`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return fail(`not JSON (${(e as Error).message})`);
  }
  if (typeof parsed === "string") return parsed;
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return fail(`${EXPECTED}, got ${kindOf(parsed)}`);
  const o = parsed as { text?: unknown; id?: unknown; referenceDate?: unknown; forwardDate?: unknown };
  if (o.id !== undefined) to.id = o.id;
  if (typeof o.text !== "string") return fail(`${EXPECTED}; its "text" is ${o.text === undefined ? "missing" : kindOf(o.text)}`);
  const own: Record<string, unknown> = {};
  if (o.referenceDate !== undefined && o.referenceDate !== null) own.referenceDate = o.referenceDate;
  if (o.forwardDate !== undefined) own.forwardDate = o.forwardDate;
  // Checked here, where the line is known, with the names the line uses.
  const checked = ExtractOptions.safeParse({ ...common, ...own });
  if (!checked.success) return fail(describeIssues(checked.error.issues));
  return { text: o.text, options: own as ExtractOptions };
}

/**
 * The lines of `input` as runMany inputs; each line's number and id are pushed onto `lines` as it
 * is read (a queue: the writer takes one per result, so only lines in flight are kept).
 */
export async function* readLines(input: Readable, name: string, common: ExtractOptions, lines: Line[]): AsyncGenerator<ExtractManyInput | ItemFailure> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  const it = rl[Symbol.asyncIterator]();
  try {
    for (;;) {
      let r: IteratorResult<string>;
      try {
        r = await it.next();
      } catch (e) {
        throw new Error(`cannot read ${name}: ${(e as Error).message}`);
      }
      if (r.done) return;
      n++;
      const info: Line = { line: n };
      lines.push(info);
      yield parseLine(n === 1 && r.value.startsWith("\uFEFF") ? r.value.slice(1) : r.value, common, info);
    }
  } finally {
    rl.close();
  }
}
