/** The public entry points: extract() and createExtractor(). */
import { DEFAULT_DATE_PARSERS, detectDateline, findDates, findDatesAndDateline, formatReference, parseReference, type DateParser, type DateReference, type DateSpan } from "../dates/index";
import { buildLexicon, getDefaultLexicon, type Lexicon } from "../lexicon/lexicon";
import { assemble, fixOffsets, type ChunkResult } from "../link/document";
import { createContext, type ScanContext } from "../recognizers/context";
import { DEFAULT_RECOGNIZERS, runPipeline, type Recognizer } from "../pipeline";
import { EntityGraph, type EntityType } from "../schema/graph";
import { ExtractOptions, type ExtractorConfig } from "../schema/options";
import { readText } from "../text/legacy-input";
import type { NormalizedText } from "../text/normalize";
import { tokenize } from "../text/tokenize";
import { chunkBounds } from "../text/chunks";
import { ExtractorSetupSchema, resolvePipeline, type ExtractorSetup, type Pipeline } from "./pipeline-config";

export type { ExtractOptions, ExtractorConfig } from "../schema/options";

export type { ExtractorSetup, ListOption, PipelineConfig } from "./pipeline-config";

export interface Extractor {
  extract(text: string, options?: ExtractOptions): EntityGraph;
}

/** What one extraction runs with: the gazetteers and the pipeline. */
interface Setup {
  /** The gazetteers, built at their first use: a dates-only call never reads them (building them costs its first call). */
  lex: () => Lexicon;
  recognizers: readonly Recognizer[];
  dateParsers: readonly DateParser[];
}

function run({ lex, recognizers, dateParsers }: Setup, text: unknown, rawOptions: unknown, defaults: Partial<ExtractOptions>): EntityGraph {
  if (typeof text !== "string") {
    const got = text === null ? "null" : Array.isArray(text) ? "an array" : text instanceof Uint8Array ? "bytes, a Buffer or Uint8Array (decode them first, e.g. new TextDecoder().decode(bytes))" : typeof text;
    throw new TypeError(`extract(text): text must be a string, got ${got}`);
  }
  // Options that are not a plain object are rejected by zod, not silently ignored.
  if (rawOptions != null && (typeof rawOptions !== "object" || Array.isArray(rawOptions))) ExtractOptions.parse(rawOptions);
  // No options and no defaults: nothing to check (the parse of {} is {}), and zod's first parse costs 1–2 ms of the
  // first call (it compiles its object parser then).
  const options: ExtractOptions = rawOptions == null && isEmpty(defaults) ? {} : ExtractOptions.parse({ ...defaults, ...(rawOptions ?? {}) });
  const types = new Set<EntityType>(options.types ?? ["person", "position", "organization", "location", "date"]);
  // Legacy-encoded text (TCVN3, VNI) is decoded first; nt.toOriginal still maps into `text`.
  const { nt, warnings, unreadable: legacy } = readText(text);
  if (nt.html) warnings.push({ code: "html", message: "HTML markup was found; tags were ignored and entities decoded, offsets still point into the input" });

  const wantDates = types.has("date") && !legacy;
  let reference: DateReference | null = null;
  let source: EntityGraph["referenceDateSource"] = "none";
  if (options.referenceDate != null) {
    reference = parseReference(options.referenceDate);
    source = reference ? "option" : "none";
  } else if (!wantDates) {
    const line = detectDateline(nt.lower, nt.cased); // (it reads the first 600 characters)
    if (line) {
      reference = line.reference;
      source = "dateline";
    }
  }
  // (Otherwise the dateline comes from the first chunk's date parse, before its dates get values.)

  const knownGiven = new Set<string>();
  const named = types.has("person") || types.has("position") || types.has("organization") || types.has("location");
  const chunks: ChunkResult[] = [];
  if (!legacy) {
    for (const [from, to] of chunkBounds(nt.cased)) {
      let dates: DateSpan[] = [];
      if (wantDates) {
        // (The chunk lower-cased is made only if the date engine needs it whole: see makeCtx.)
        const lower = () => nt.lower.slice(from, to);
        const cased = nt.cased.slice(from, to);
        if (from === 0 && options.referenceDate == null) {
          const found = findDatesAndDateline(lower, cased, !!options.forwardDate, dateParsers);
          dates = found.dates;
          if (found.dateline) {
            reference = found.dateline.reference;
            source = "dateline";
          }
        } else {
          dates = findDates(lower, cased, { reference, forwardDate: options.forwardDate, parsers: dateParsers }).map((d) => ({ ...d, start: d.start + from, end: d.end + from }));
        }
      }
      // Only dates asked for: no tokens and no other recognizer at all.
      if (!named) {
        chunks.push({ accepted: [], holds: [], events: [], dates });
        continue;
      }
      chunks.push(scanChunk(lex(), recognizers, nt, from, to, dates, types, knownGiven));
    }
  }
  const g = assemble(text, nt.toOriginal, chunks, () => nt.lower, nt.cased, types, reference ? formatReference(reference) : null);
  const graph: EntityGraph = {
    text,
    referenceDate: reference ? formatReference(reference) : null,
    referenceDateSource: source,
    entities: g.entities,
    mentions: g.mentions,
    relations: g.relations,
    events: g.events,
    warnings,
  };
  return graph;
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

/** The pipeline (src/pipeline.ts) on one chunk [from, to) of the normalized text. */
function scanChunk(lex: Lexicon, steps: readonly Recognizer[], nt: NormalizedText, from: number, to: number, dates: DateSpan[], types: ReadonlySet<EntityType>, knownGiven: Set<string>): ChunkResult {
  const tokens = tokenize(nt.cased, nt.lower, from, to);
  const ctx = createContext(nt, tokens, lex);
  dates = withoutNamedHolidays(ctx, dates);
  markDates(ctx.inDate, tokens, dates);
  const { accepted, holds, events } = runPipeline(ctx, steps, dates, types, knownGiven);
  const kept = accepted.filter((c) => types.has(c.type));
  fixOffsets(ctx, kept, holds, events);
  return { accepted: kept, holds, events, dates };
}

/**
 * "Ông Đặng Quốc Khánh", "Nguyễn Quốc Khánh": a holiday's name written with every word capitalized right after a
 * capitalized surname is the rest of a person's name (Quốc Khánh is a common given name), no date.
 */
function withoutNamedHolidays(ctx: ScanContext, dates: DateSpan[]): DateSpan[] {
  if (!dates.some((d) => d.reason === "holiday")) return dates;
  const { tokens } = ctx;
  // (The dates come in text order, as markDates reads them: one pointer walks the tokens once.)
  let k = 0;
  return dates.filter((d) => {
    if (d.reason !== "holiday") return true;
    while (k < tokens.length && tokens[k]!.start < d.start) k++;
    const prev = tokens[k - 1];
    if (!prev || tokens[k]?.start !== d.start || prev.kind !== "w" || !prev.cap || prev.allCaps || !ctx.lex.surnames.has(prev.key)) return true;
    for (let j = k; j < tokens.length && tokens[j]!.start < d.end; j++) if (tokens[j]!.kind !== "w" || !tokens[j]!.cap || tokens[j]!.allCaps) return true;
    return false;
  });
}

function markDates(inDate: Uint8Array, tokens: { start: number; end: number }[], dates: DateSpan[]): void {
  let k = 0;
  for (const d of dates) {
    while (k < tokens.length && tokens[k]!.end <= d.start) k++;
    for (let j = k; j < tokens.length && tokens[j]!.start < d.end; j++) inDate[j] = 1;
  }
}

/** Extracts the entity graph of one text with the bundled gazetteers. Never throws on a string. */
export function extract(text: string, options?: ExtractOptions): EntityGraph {
  return run({ lex: getDefaultLexicon, recognizers: DEFAULT_RECOGNIZERS, dateParsers: DEFAULT_DATE_PARSERS }, text, options, {});
}

/** An extractor and what it was made of: its plain-data config (what a worker thread can be sent) and its pipeline. */
export interface ExtractorParts {
  extractor: Extractor;
  /** The gazetteer entries and default options: plain data. */
  data: ExtractorConfig;
  pipeline: Pipeline;
}

export function extractorParts(config: ExtractorSetup = {}): ExtractorParts {
  const { titles, organizations, names, locations, recognizers: _r, dateParsers: _p, ...defaults } = ExtractorSetupSchema.parse(config);
  // The pipeline from the caller's own config (zod's copy of a list would be a new array).
  const pipeline = resolvePipeline({ recognizers: config.recognizers, dateParsers: config.dateParsers });
  // (The user's entries are checked and built now, so that a mistake in them is thrown here, not at a first call.)
  const lex = titles || organizations || names || locations ? buildLexicon({ titles, organizations, names, locations }) : null;
  const setup: Setup = { lex: lex ? () => lex : getDefaultLexicon, recognizers: pipeline.recognizers, dateParsers: pipeline.dateParsers };
  return { extractor: { extract: (text, options) => run(setup, text, options, defaults) }, data: { titles, organizations, names, locations, ...defaults }, pipeline };
}

/**
 * An extractor with extra gazetteer entries (titles, organizations, names, locations), default
 * options, and recognizers or date parsers of your own (a list, or a function of the default list).
 */
export function createExtractor(config: ExtractorSetup = {}): Extractor {
  return extractorParts(config).extractor;
}
