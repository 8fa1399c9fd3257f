/**
 * createExtractor under Node: the core extractor plus extractMany with the same config. Gazetteer
 * entries and default options are plain data, sent to every worker thread as today's `custom`.
 * Recognizers and date parsers of the caller's own are functions, which cannot be cloned to a worker:
 * such an extractor's extractMany runs in the calling thread (a concurrency above 1 is refused with
 * a ZodError naming `concurrency`); for more cores, run one process per core.
 */
import type { EntityGraph } from "../schema/graph";
import { extractorParts, type Extractor, type ExtractorSetup } from "./extract";
import { ExtractManyOptions, runMany, type ExtractManyInput } from "./extract-many";

/** extractMany's options without `custom`: the extractor's own config takes its place. */
const ExtractorManyOptionsSchema = ExtractManyOptions.omit({ custom: true });
export type ExtractorManyOptions = Omit<ExtractManyOptions, "custom">;

export interface NodeExtractor extends Extractor {
  /** Many texts with this extractor, results in input order (as extractMany; in this thread when the pipeline is your own). */
  extractMany(texts: AsyncIterable<ExtractManyInput> | Iterable<ExtractManyInput>, options?: ExtractorManyOptions): AsyncGenerator<EntityGraph>;
}

export function createExtractor(config: ExtractorSetup = {}): NodeExtractor {
  const { extractor, data, pipeline } = extractorParts(config);
  return {
    extract: extractor.extract,
    extractMany: (texts, options = {}) => runMany(texts, { ...ExtractorManyOptionsSchema.parse(options), custom: data }, { json: false }, false, pipeline.custom ? extractor : undefined),
  };
}
