/**
 * createExtractor's pipeline options: the recognizers and the date parsers it runs, each given as a
 * list, or as a function of the default list (as chrono-node's `casual.clone()` then
 * `parsers.push`). Checked with zod, so that a bad entry is named by its path; the lists kept hold
 * the caller's own objects (zod's copies would lose a class's methods). Without these options the
 * default lists themselves are used: a plain extractor does no more work than extract().
 */
import * as z from "zod";
import { DEFAULT_DATE_PARSERS, type DateParser } from "../dates/index";
import { DEFAULT_RECOGNIZERS, type Recognizer as Step } from "../pipeline";
import type { Recognizer } from "./recognizer-types";
import { EntityType } from "../schema/graph";
import { ExtractorConfig } from "../schema/options";

/** A list of its own, or a function from the default list to one ("defaults => [...defaults, mine]"). */
export type ListOption<T> = readonly T[] | ((defaults: readonly T[]) => readonly T[]);

export interface PipelineConfig {
  /** The steps of the pipeline of each chunk, in order (default: DEFAULT_RECOGNIZERS). */
  recognizers?: ListOption<Recognizer>;
  /** The date parsers, in order (default: DEFAULT_DATE_PARSERS); at most 31. */
  dateParsers?: ListOption<DateParser>;
}

const isFunction = (v: unknown): boolean => typeof v === "function";
const fn = (what: string) => z.custom<(...args: never[]) => unknown>(isFunction, { error: `expected ${what}` });
const listOption = (what: string) =>
  z.custom<ListOption<unknown>>((v) => Array.isArray(v) || isFunction(v), { error: `expected a list of ${what}, or a function from the default list to a list` }).optional();

/** Names tell the steps apart (in errors, and where a function inserts its own): one each. */
const uniqueNames = (list: readonly { name: string }[], ctx: z.RefinementCtx) => {
  const seen = new Map<string, number>();
  list.forEach((x, k) => {
    const first = seen.get(x.name);
    if (first === undefined) seen.set(x.name, k);
    else ctx.addIssue({ code: "custom", path: [k, "name"], message: `"${x.name}" is also the name of entry ${first}: names must differ` });
  });
};

const RecognizerList = z
  .array(
    z.looseObject({
      name: z.string().min(1),
      needs: z.array(EntityType).optional(),
      run: fn("a function run(ctx, found)"),
    }),
  )
  .superRefine(uniqueNames);

// (The date engine's scan gives each parser one bit of a 32-bit mask: src/dates/scan.ts.)
const MAX_DATE_PARSERS = 31;
const DateParserList = z
  .array(
    z.looseObject({
      name: z.string().min(1),
      // words: one word, or two with one space ("chủ nhật"); numbers: any, none, or what may follow the number
      triggers: z.looseObject({
        words: z.array(z.string().regex(/^[^ ]+( [^ ]+)?$/, { error: "one word, or two words with one space" })),
        numbers: z.union([z.boolean(), z.array(z.string().min(1))], { error: "a boolean, or the texts of the tokens that may follow a number" }),
      }),
      parseAt: fn("a function parseAt(ctx, i, out) that returns the token after its match, or NO_MATCH"),
    }),
  )
  .max(MAX_DATE_PARSERS, { error: `at most ${MAX_DATE_PARSERS} date parsers` })
  .superRefine(uniqueNames);

/** createExtractor's whole config: gazetteer entries, default options, and the pipeline. */
export const ExtractorSetupSchema = ExtractorConfig.extend({
  recognizers: listOption("recognizers ({ name, needs?, run(ctx, found) })"),
  dateParsers: listOption("date parsers ({ name, triggers, parseAt(ctx, i, out) })"),
});
export type ExtractorSetup = ExtractorConfig & PipelineConfig;

/** The list to run: the defaults, the caller's list, or what the caller's function made of the defaults. */
function resolveList<T>(field: keyof PipelineConfig, given: ListOption<T> | undefined, defaults: readonly T[], schema: z.ZodType): readonly T[] {
  if (given === undefined) return defaults;
  const list = typeof given === "function" ? given(defaults) : given;
  if (list === defaults) return defaults;
  const checked = schema.safeParse(list);
  if (!checked.success) {
    const from = typeof given === "function" ? ` (in the list the ${field} function returned)` : "";
    throw new z.ZodError(checked.error.issues.map((i) => ({ ...i, path: [field, ...i.path], message: i.message + from })));
  }
  // A copy of the list (the caller may change theirs later), of the caller's own entries.
  return Object.freeze([...list]);
}

export interface Pipeline {
  recognizers: readonly Step[];
  dateParsers: readonly DateParser[];
  /** Some step or parser is the caller's: functions, which cannot be sent to worker threads. */
  custom: boolean;
}

/** The recognizers and date parsers of a config already checked by ExtractorSetup. */
export function resolvePipeline(config: PipelineConfig): Pipeline {
  // (A user's step reads the public view of the chunk: the library's steps fit it, and it fits theirs.)
  const recognizers: readonly Step[] = resolveList<Recognizer>("recognizers", config.recognizers, DEFAULT_RECOGNIZERS, RecognizerList);
  const dateParsers = resolveList("dateParsers", config.dateParsers, DEFAULT_DATE_PARSERS, DateParserList);
  return { recognizers, dateParsers, custom: recognizers !== DEFAULT_RECOGNIZERS || dateParsers !== DEFAULT_DATE_PARSERS };
}
