/** The public data shapes, as zod schemas (the TypeScript types are inferred from them). */
import * as z from "zod";

export const EntityType = z.enum(["person", "position", "organization", "location", "date"]);
export type EntityType = z.infer<typeof EntityType>;

const base = {
  id: z.string().describe("Stable within one graph: type prefix + ordinal, e.g. per1"),
  name: z.string().describe("Canonical display form"),
  aliases: z.array(z.string()).optional().describe("Other forms seen in the text (at most 50)"),
  omittedForms: z.number().int().positive().optional().describe("Distinct forms seen beyond the 50 listed in aliases (or abbreviations)"),
};

export const Modifier = z.object({
  text: z.string(),
  meaning: z.string().describe("deputy | standing | acting | former | new | first | …"),
  gloss: z.string().optional(),
});

export const PersonEntity = z.object({
  ...base,
  type: z.literal("person"),
  surname: z.string().optional(),
  origin: z.enum(["kinh", "ethnic", "foreign", "unknown"]).describe("Naming tradition the name was recognized by"),
});

export const PositionEntity = z.object({
  ...base,
  type: z.literal("position"),
  head: z.string().describe('The title word(s) without modifiers, e.g. "Trưởng ban"'),
  modifiers: z.array(Modifier),
  kind: z.enum(["office", "rank", "membership"]),
  gloss: z.string().optional().describe("English gloss, e.g. Standing Deputy Head"),
  organization: z.string().optional().describe("Id of the organization entity the office belongs to"),
  country: z.string().optional().describe("Id of the location entity of a foreign office"),
});

export const OrganizationEntity = z.object({
  ...base,
  type: z.literal("organization"),
  abbreviations: z.array(z.string()).describe("Abbreviations known or seen in the text (at most 50)"),
  kind: z.string(),
  gloss: z.string().optional(),
});

export const LocationEntity = z.object({
  ...base,
  type: z.literal("location"),
  kind: z.string().describe("country | province | city | district | ward | commune | street | …"),
  parent: z.string().optional().describe("Name of the enclosing unit where known"),
});

export const Grain = z.enum(["year", "half", "quarter", "month", "week", "day", "hour", "minute", "second"]);
export const PartOfDay = z.enum(["morning", "noon", "afternoon", "evening", "night"]);

export const DateEntity = z.object({
  ...base,
  type: z.literal("date"),
  value: z.string().nullable().describe("ISO 8601 at the precision written; START/END for intervals"),
  grain: Grain,
  partOfDay: PartOfDay.optional(),
  fuzzy: z.boolean().optional(),
  lunar: z.boolean().optional(),
});

export const Entity = z.discriminatedUnion("type", [PersonEntity, PositionEntity, OrganizationEntity, LocationEntity, DateEntity]);
export type Entity = z.infer<typeof Entity>;
export type PersonEntity = z.infer<typeof PersonEntity>;
export type PositionEntity = z.infer<typeof PositionEntity>;
export type OrganizationEntity = z.infer<typeof OrganizationEntity>;
export type LocationEntity = z.infer<typeof LocationEntity>;
export type DateEntity = z.infer<typeof DateEntity>;

export const Mention = z.object({
  entity: z.string(),
  type: EntityType,
  start: z.number().int().nonnegative().describe("UTF-16 offset into the input"),
  end: z.number().int().nonnegative(),
  text: z.string().describe("input.slice(start, end)"),
  reason: z.string().describe('Why it was found, e.g. "surname+given", "title-head:Trưởng ban"'),
  nested: z.boolean().optional().describe("Inside another mention (an organization inside a position)"),
});
export type Mention = z.infer<typeof Mention>;

export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });

export const HoldingStatus = z
  .enum(["current", "former", "acting", "incoming", "unknown"])
  .describe("How the person holds the post at the article's date: nguyên/cựu → former, quyền → acting, tân → current, đắc cử/sẽ → incoming");
export type HoldingStatus = z.infer<typeof HoldingStatus>;

export const Relation = z.object({
  type: z.enum(["holds", "of"]).describe("holds: person → position (one per person and post: a Popolo Membership, a Wikidata P39 statement); of: position → organization"),
  from: z.string(),
  to: z.string(),
  evidence: Span.describe("The stretch of text that states the relation (the first of evidences)"),
  evidences: z.array(Span).describe("Every stretch of text that states it, in text order (at most 50; see omittedEvidences)"),
  omittedEvidences: z.number().int().positive().optional().describe("How many further stretches state it beyond the 50 kept"),
  reason: z.string(),
  status: HoldingStatus.optional().describe("holds only"),
  term: z.string().optional().describe('holds only: the term of office as written, e.g. "XII", "XI, XII", "2020–2025" (Wikidata P2937)'),
  start: z.string().optional().describe("holds only: when the holding began, ISO 8601 at the precision written (Wikidata P580)"),
  end: z.string().optional().describe("holds only: when it ended (Wikidata P582)"),
  dates: z.array(z.string()).optional().describe("holds only: ids of the date entities start and end were read from"),
});
export type Relation = z.infer<typeof Relation>;
/** holds: a person holds a post, one relation per person and post (a Popolo Membership, a Wikidata P39 statement) with that person's `status`, `term`, `start`, `end` and every evidence. */
export type HoldsRelation = Relation & { type: "holds" };
/** of: a post (position entity) belongs to an organization. */
export type OfRelation = Relation & { type: "of" };
/** A stretch of the caller's text: UTF-16 offsets, and `text === input.slice(start, end)`. */
export type TextSpan = z.infer<typeof Span>;

export const PersonnelEventType = z.enum(["appointment", "election", "approval", "dismissal", "resignation", "retirement", "death"]);
export type PersonnelEventType = z.infer<typeof PersonnelEventType>;

export const PersonnelEvent = z.object({
  id: z.string().describe("ev1, ev2, …"),
  type: PersonnelEventType.describe("appointment (bổ nhiệm, điều động, phân công), election (bầu, trúng cử), approval (phê chuẩn), dismissal (miễn nhiệm, cách chức, cho thôi giữ chức), resignation (từ chức), retirement (nghỉ hưu), death (từ trần)"),
  person: z.string().describe("Id of the person whose post it is"),
  position: z.string().describe("Id of the position (post)"),
  organization: z.string().optional().describe("Id of the post's organization"),
  date: z.string().optional().describe("Id of the date entity of the event"),
  authority: z.string().optional().describe("Id of who decided (a person, position or organization); never the holder"),
  evidence: Span,
  reason: z.string().describe('The phrase that states the event, e.g. "bổ nhiệm"'),
});
export type PersonnelEvent = z.infer<typeof PersonnelEvent>;

export const Warning = z.object({
  code: z.enum(["legacy-encoding", "html", "truncated", "mojibake"]),
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

export const EntityGraph = z.object({
  text: z.string(),
  referenceDate: z.string().nullable().describe("The date relative expressions were resolved against"),
  referenceDateSource: z.enum(["option", "dateline", "none"]),
  entities: z.array(Entity),
  mentions: z.array(Mention),
  relations: z.array(Relation),
  events: z.array(PersonnelEvent).describe("Personnel events: appointments, elections, dismissals, retirements, deaths …"),
  warnings: z.array(Warning),
});
export type EntityGraph = z.infer<typeof EntityGraph>;
