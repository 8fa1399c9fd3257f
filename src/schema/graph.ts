/**
 * The public data shapes. Each is an interface (the type, with the field docs editors show on hover)
 * and a zod schema of the same name (the validator, described by the same docs): see documented.ts.
 */
import * as z from "zod";
import { DOCS } from "../generated/docs";
import { documented } from "./documented";

export const EntityType = z.enum(["person", "position", "organization", "location", "date"]);
export type EntityType = z.infer<typeof EntityType>;

/** The fields every entity has. */
export type EntityBase = {
  /** Stable within one graph: type prefix + ordinal, e.g. per1 */
  id: string;
  /** Canonical display form */
  name: string;
  /** Other forms seen in the text (at most 50); for an organization the gazetteer knows, also its other names there */
  aliases?: string[];
  /** Distinct forms seen beyond the 50 listed in aliases (or abbreviations) */
  omittedForms?: number;
};
const base = {
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).optional(),
  omittedForms: z.number().int().positive().optional(),
};

/** A word that qualifies a title: "Phó" (deputy), "Thường trực" (standing), "Quyền" (acting) … */
export type Modifier = {
  /** The word(s) as the text wrote them, e.g. "Phó" */
  text: string;
  /** deputy | standing | acting | former | new | first | … */
  meaning: string;
  /** English gloss, e.g. Deputy */
  gloss?: string;
};
export const Modifier = documented(DOCS.Modifier, z.object({ text: z.string(), meaning: z.string(), gloss: z.string().optional() }));

/** A person, one entity per person however often and in whatever form the text names them. */
export type PersonEntity = EntityBase & {
  /** Entity type */
  type: "person";
  /** Family name (họ), when the name has one the surname list knows, e.g. "Nguyễn" */
  surname?: string;
  /** Naming tradition the name was recognized by: kinh (a Kinh surname), ethnic (a surname of another ethnic group), foreign, unknown (no known surname) */
  origin: "kinh" | "ethnic" | "foreign" | "unknown";
};
export const PersonEntity = documented(
  DOCS.PersonEntity,
  z.object({ ...base, type: z.literal("person"), surname: z.string().optional(), origin: z.enum(["kinh", "ethnic", "foreign", "unknown"]) }),
);

/** A post (title, office or rank), the same entity whoever holds it: "Bộ trưởng Bộ Y tế". */
export type PositionEntity = EntityBase & {
  /** Entity type */
  type: "position";
  /** The title word(s) without modifiers, e.g. "Trưởng ban" */
  head: string;
  /** The qualifying words before the head, in text order ("Phó", "Thường trực" …) */
  modifiers: Modifier[];
  /** office (a post: Bộ trưởng, Chủ tịch …), rank (a military or police rank: Đại tướng, Thiếu tá …), membership (Ủy viên, Đại biểu …) */
  kind: "office" | "rank" | "membership";
  /** English gloss, e.g. Standing Deputy Head */
  gloss?: string;
  /** Id of the organization entity the office belongs to */
  organization?: string;
  /** Id of the location entity of a foreign office */
  country?: string;
};
export const PositionEntity = documented(
  DOCS.PositionEntity,
  z.object({
    ...base,
    type: z.literal("position"),
    head: z.string(),
    modifiers: z.array(Modifier),
    kind: z.enum(["office", "rank", "membership"]),
    gloss: z.string().optional(),
    organization: z.string().optional(),
    country: z.string().optional(),
  }),
);

/** An organization, by its canonical full name: "Bộ Y tế", "Ủy ban nhân dân tỉnh Quảng Ninh". */
export type OrganizationEntity = EntityBase & {
  /** Entity type */
  type: "organization";
  /** Abbreviations known or seen in the text (at most 50) */
  abbreviations: string[];
  /** party | ministry | front | police | company | bank | hospital | … */
  kind: string;
  /** English gloss of a national body, e.g. Ministry of Health */
  gloss?: string;
};
export const OrganizationEntity = documented(
  DOCS.OrganizationEntity,
  z.object({ ...base, type: z.literal("organization"), abbreviations: z.array(z.string()), kind: z.string(), gloss: z.string().optional() }),
);

/** A place: a country, an administrative unit, a street, a natural feature. */
export type LocationEntity = EntityBase & {
  /** Entity type */
  type: "location";
  /** country | province | city | district | ward | commune | street | … */
  kind: string;
  /** Name of the enclosing unit where known */
  parent?: string;
};
export const LocationEntity = documented(DOCS.LocationEntity, z.object({ ...base, type: z.literal("location"), kind: z.string(), parent: z.string().optional() }));

export const Grain = z.enum(["year", "half", "quarter", "month", "week", "day", "hour", "minute", "second"]);
export const PartOfDay = z.enum(["morning", "noon", "afternoon", "evening", "night"]);

/** A date, time or period, normalized against the reference date. */
export type DateEntity = EntityBase & {
  /** Entity type */
  type: "date";
  /** ISO 8601 at the precision written; START/END for intervals */
  value: string | null;
  /** The precision written: year | half | quarter | month | week | day | hour | minute | second */
  grain: z.infer<typeof Grain>;
  /** A part of the day written beside a day ("sáng 10/5"): morning | noon | afternoon | evening | night */
  partOfDay?: z.infer<typeof PartOfDay>;
  /** A vague period ("đầu năm 2026"), given as the first, middle or last third */
  fuzzy?: boolean;
  /** Written in the lunar calendar; value is the solar date */
  lunar?: boolean;
};
export const DateEntity = documented(
  DOCS.DateEntity,
  z.object({ ...base, type: z.literal("date"), value: z.string().nullable(), grain: Grain, partOfDay: PartOfDay.optional(), fuzzy: z.boolean().optional(), lunar: z.boolean().optional() }),
);

/** Any entity; `type` tells which. */
export type Entity = PersonEntity | PositionEntity | OrganizationEntity | LocationEntity | DateEntity;
export const Entity = z.discriminatedUnion("type", [PersonEntity, PositionEntity, OrganizationEntity, LocationEntity, DateEntity]);

/** One occurrence of an entity in the text. */
export type Mention = {
  /** Id of the entity it mentions */
  entity: string;
  /** The entity's type */
  type: EntityType;
  /** UTF-16 offset into the input */
  start: number;
  /** UTF-16 offset into the input, exclusive */
  end: number;
  /** input.slice(start, end) */
  text: string;
  /** Why it was found, e.g. "surname+given", "title-head:Trưởng ban" */
  reason: string;
  /** Inside another mention (an organization inside a position) */
  nested?: boolean;
};
export const Mention = documented(
  DOCS.Mention,
  z.object({
    entity: z.string(),
    type: EntityType,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    reason: z.string(),
    nested: z.boolean().optional(),
  }),
);

/** A stretch of the caller's text: UTF-16 offsets, and `text === input.slice(start, end)`. */
export type TextSpan = {
  /** UTF-16 offset into the input */
  start: number;
  /** UTF-16 offset into the input, exclusive */
  end: number;
  /** input.slice(start, end) */
  text: string;
};
export const Span = documented(DOCS.TextSpan, z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() }));

export const HoldingStatus = z
  .enum(["current", "former", "acting", "incoming", "unknown"])
  .describe("How the person holds the post at the article's date: nguyên/cựu → former, quyền → acting, tân → current, đắc cử/sẽ → incoming");
export type HoldingStatus = z.infer<typeof HoldingStatus>;

/** A relation between two entities: a person holds a post, or a post is of an organization. */
export type Relation = {
  /** holds: person → position (one per person and post: a Popolo Membership, a Wikidata P39 statement); of: position → organization */
  type: "holds" | "of";
  /** Id of the person (holds) or position (of) */
  from: string;
  /** Id of the position (holds) or organization (of) */
  to: string;
  /** The stretch of text that states the relation (the first of evidences) */
  evidence: TextSpan;
  /** Every stretch of text that states it, in text order (at most 50; see omittedEvidences) */
  evidences: TextSpan[];
  /** How many further stretches state it beyond the 50 kept */
  omittedEvidences?: number;
  /** The rule that found it, e.g. "title-before-name", "career-entry" */
  reason: string;
  /** holds only: how the person holds the post at the article's date: nguyên/cựu → former, quyền → acting, tân → current, đắc cử/sẽ → incoming */
  status?: HoldingStatus;
  /** holds only: the term of office as written, e.g. "XII", "XI, XII", "2020–2025" (Wikidata P2937) */
  term?: string;
  /** holds only: when the holding began, ISO 8601 at the precision written (Wikidata P580) */
  start?: string;
  /** holds only: when it ended (Wikidata P582) */
  end?: string;
  /** holds only: ids of the date entities start and end were read from */
  dates?: string[];
};
export const Relation = documented(
  DOCS.Relation,
  z.object({
    type: z.enum(["holds", "of"]),
    from: z.string(),
    to: z.string(),
    evidence: Span,
    evidences: z.array(Span),
    omittedEvidences: z.number().int().positive().optional(),
    reason: z.string(),
    status: HoldingStatus.optional(),
    term: z.string().optional(),
    start: z.string().optional(),
    end: z.string().optional(),
    dates: z.array(z.string()).optional(),
  }),
);
/** holds: a person holds a post, one relation per person and post (a Popolo Membership, a Wikidata P39 statement) with that person's `status`, `term`, `start`, `end` and every evidence. */
export type HoldsRelation = Relation & {
  /** holds: person → position */
  type: "holds";
};
/** of: a post (position entity) belongs to an organization. */
export type OfRelation = Relation & {
  /** of: position → organization */
  type: "of";
};

export const PersonnelEventType = z.enum(["appointment", "election", "approval", "dismissal", "resignation", "retirement", "death"]);
export type PersonnelEventType = z.infer<typeof PersonnelEventType>;

/** A change of who holds a post that the text reports: an appointment, an election, a dismissal … */
export type PersonnelEvent = {
  /** ev1, ev2, … */
  id: string;
  /** appointment (bổ nhiệm, điều động, phân công), election (bầu, trúng cử), approval (phê chuẩn), dismissal (miễn nhiệm, cách chức, cho thôi giữ chức), resignation (từ chức), retirement (nghỉ hưu), death (từ trần) */
  type: PersonnelEventType;
  /** Id of the person whose post it is */
  person: string;
  /** Id of the position (post) */
  position: string;
  /** Id of the post's organization */
  organization?: string;
  /** Id of the date entity of the event */
  date?: string;
  /** Id of who decided (a person, position or organization); never the holder */
  authority?: string;
  /** The stretch of text that states the event */
  evidence: TextSpan;
  /** The phrase that states the event, e.g. "bổ nhiệm" */
  reason: string;
};
export const PersonnelEvent = documented(
  DOCS.PersonnelEvent,
  z.object({
    id: z.string(),
    type: PersonnelEventType,
    person: z.string(),
    position: z.string(),
    organization: z.string().optional(),
    date: z.string().optional(),
    authority: z.string().optional(),
    evidence: Span,
    reason: z.string(),
  }),
);

/** Something about the input the caller may want to know. */
export type Warning = {
  /** legacy-encoding (TCVN3 or VNI text, decoded first), html (markup ignored, offsets still into the input), truncated, mojibake */
  code: "legacy-encoding" | "html" | "truncated" | "mojibake";
  /** What was found and what was done about it, in English */
  message: string;
};
export const Warning = documented(DOCS.Warning, z.object({ code: z.enum(["legacy-encoding", "html", "truncated", "mojibake"]), message: z.string() }));

/** What extract() returns: the entities of a text, where the text mentions them, and how they relate. */
export type EntityGraph = {
  /** The input, unchanged */
  text: string;
  /** The date relative expressions were resolved against */
  referenceDate: string | null;
  /** Where referenceDate came from: the option, the article's dateline, or none */
  referenceDateSource: "option" | "dateline" | "none";
  /** One per real-world thing, deduplicated across the text */
  entities: Entity[];
  /** Every occurrence of an entity, with offsets */
  mentions: Mention[];
  /** holds (person → post) and of (post → organization) */
  relations: Relation[];
  /** Personnel events: appointments, elections, dismissals, retirements, deaths … */
  events: PersonnelEvent[];
  /** Legacy encodings, HTML input … */
  warnings: Warning[];
};
export const EntityGraph = documented(
  DOCS.EntityGraph,
  z.object({
    text: z.string(),
    referenceDate: z.string().nullable(),
    referenceDateSource: z.enum(["option", "dateline", "none"]),
    entities: z.array(Entity),
    mentions: z.array(Mention),
    relations: z.array(Relation),
    events: z.array(PersonnelEvent),
    warnings: z.array(Warning),
  }),
);
