/**
 * vn-entity-graph: Vietnamese text → typed entity graph of people, positions, organizations,
 * locations and dates. This entry uses no Node built-in, so it runs in browsers, bundlers, Deno
 * and Bun; `extractMany` (worker threads) is in the Node entry, src/node.ts.
 */
export { extract, createExtractor, type Extractor } from "./api/extract";
export { officeholders, Officeholding } from "./api/officeholders";
export {
  EntityGraph,
  Entity,
  EntityType,
  Mention,
  Relation,
  type HoldsRelation,
  type OfRelation,
  type TextSpan,
  HoldingStatus,
  PersonnelEvent,
  PersonnelEventType,
  PersonEntity,
  PositionEntity,
  OrganizationEntity,
  LocationEntity,
  DateEntity,
  Warning,
} from "./schema/graph";
export { ExtractOptions, ExtractorConfig } from "./schema/options";
export { entityGraphJsonSchema, extractOptionsJsonSchema } from "./schema/json-schema";
export { normalizeText, type NormalizedText } from "./text/normalize";
// Views and exports: pure functions of a graph (no Node built-ins, so they run in a browser too).
export type { RenderableGraph } from "./render/model";
export { toHtml, htmlStyles, HtmlOptions } from "./render/html";
export { toMermaid } from "./render/mermaid";
export { toDot } from "./render/dot";
export { toJsonLd, JsonLdOptions, JSONLD_CONTEXT } from "./render/jsonld";
export { toPopolo, type Popolo, type PopoloPerson, type PopoloOrganization, type PopoloPost, type PopoloMembership, type PopoloEvent } from "./render/popolo";
export { toCsv, CsvOptions, CSV_COLUMNS } from "./render/csv";
export { toTriples, type Triple } from "./render/triples";
export { toConll, ConllOptions } from "./render/conll";
export { toBrat, bratAnnotationConf } from "./render/brat";
