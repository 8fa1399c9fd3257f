/**
 * The Node entry (`vn-entity-graph` under Node, and `vn-entity-graph/node` anywhere): everything of
 * the core entry plus `extractMany`, which spreads texts over worker threads, and a createExtractor
 * whose extractors have an extractMany of their own.
 */
export * from "./index";
export { closeWorkers, extractMany, type ExtractManyOptions, type ExtractManyInput } from "./api/extract-many";
// The same createExtractor, with extractMany (this export takes the place of the core entry's).
export { createExtractor, type ExtractorManyOptions, type NodeExtractor } from "./api/node-extractor";
