/**
 * vn-entity-graph: Vietnamese text → typed entity graph of people, positions, organizations,
 * locations and dates. This entry uses no Node built-in, so it runs in browsers, bundlers, Deno
 * and Bun; `extractMany` (worker threads) is in the Node entry, src/node.ts.
 */
export { extract, createExtractor, type Extractor, type ExtractorSetup, type ListOption, type PipelineConfig } from "./api/extract";
// Recognizers and date parsers of your own: createExtractor({ recognizers, dateParsers }) takes a list,
// or a function of the default list (docs/architecture.md, "Adding a recognizer").
export { DEFAULT_RECOGNIZERS } from "./api/public-pipeline";
export type {
  Recognizer,
  RecognizerContext,
  RecognizerToken,
  RecognizerFound,
  SpanOfTokens,
  CandidateSpan,
  PersonSpan,
  OrganizationSpan,
  LocationSpan,
  PositionSpan,
} from "./api/recognizer-types";
export type { PersonData, LocationData, OrganizationBasics, PositionBasics } from "./recognizers/candidate";
export {
  DEFAULT_DATE_PARSERS,
  NO_MATCH,
  WORD,
  NUMBER,
  PUNCTUATION,
  makeCandidate,
  isW,
  isP,
  seqAt,
  type DateParser,
  type DateTriggers,
  type DateContext,
  type DateCandidate,
  type Fields,
  type Token as DateToken,
} from "./dates/index";
export type { Point as DatePoint, Val as DateValue, Resolver as DateResolver } from "./dates/types";
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
