/**
 * The Node entry (`vn-entity-graph` under Node, and `vn-entity-graph/node` anywhere): everything of
 * the core entry plus `extractMany`, which spreads texts over worker threads.
 */
export * from "./index";
export { closeWorkers, extractMany, type ExtractManyOptions, type ExtractManyInput } from "./api/extract-many";
