/**
 * vn-entity-graph: Vietnamese text → typed entity graph of people, positions, organizations,
 * locations and dates.
 */
export { extract, createExtractor, type Extractor } from "./api/extract";
export { closeWorkers, extractMany, type ExtractManyOptions } from "./api/extract-many";
export { officeholders, Officeholding } from "./api/officeholders";
export {
  EntityGraph,
  Entity,
  EntityType,
  Mention,
  Relation,
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
