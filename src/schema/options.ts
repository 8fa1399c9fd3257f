/** Options of extract()/createExtractor(), validated with zod so a bad field is named. */
import * as z from "zod";
import { EntityType } from "./graph";
import { DOCS } from "../generated/docs";
import { documented } from "./documented";
import { parseReference } from "../dates/index";

const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

// One rule for strings and Dates, the date engine's own: a real calendar day (and clock time) in
// years 1–9999, a Date read as Vietnam's wall clock (UTC+7).
const YEARS = "years 1–9999 (ISO 8601's four-digit years)";
const ISO = "expected an ISO date such as 2019-01-11 or 2019-01-11T16:43:52+07:00";
export const ReferenceDate = z
  .union([z.string().regex(isoDate, ISO), z.date()], { error: `${ISO}, or a valid Date` })
  // The calendar check after the union, so that a value gets one message (a union of refined
  // branches says only "Invalid input").
  .refine((v) => parseReference(v) !== null, { error: (i) => (typeof i.input === "string" ? `not a real calendar date and time in ${YEARS}` : `expected a Date in ${YEARS} (Vietnam time)`) });

/** Options of extract() and extractor.extract(). */
export type ExtractOptions = {
  /** Date the text was written (an ISO string keeps the wall clock as written; a Date is read in Vietnam time, UTC+7); else its dateline is used */
  referenceDate?: string | Date | null;
  /** Resolve yearless dates and weekdays forward from the reference, not to the nearest */
  forwardDate?: boolean;
  /** Entity types to extract, at least one (default: all) */
  types?: EntityType[];
};
export const ExtractOptions = documented(
  DOCS.ExtractOptions,
  z.strictObject({ referenceDate: ReferenceDate.nullable().optional(), forwardDate: z.boolean().optional(), types: z.array(EntityType).nonempty().optional() }),
);

/** A title (chức danh) the built-in list lacks. */
export type TitleEntry = {
  /** The title word(s) without modifiers, e.g. "Giám đốc điều hành" */
  head: string;
  /** office (default), rank or membership */
  kind?: "office" | "rank" | "membership";
  /** English gloss, e.g. Chief Executive Officer */
  gloss?: string;
  /** How the title finds its organization: "follows" (written after the title), "place" (an organization or the place it governs follows), an elided word such as "Bộ", "=Organization name" (always that one), or none */
  org?: string;
};
const TitleEntry = documented(
  DOCS.TitleEntry,
  z.strictObject({ head: z.string().min(1), kind: z.enum(["office", "rank", "membership"]).optional(), gloss: z.string().optional(), org: z.string().optional() }),
);

/** An organization the built-in list lacks. */
export type OrganizationEntry = {
  /** Canonical full name, e.g. "Công ty Cổ phần Sách Ví Dụ" */
  name: string;
  /** Other full names it goes by */
  aliases?: string[];
  /** Abbreviations, e.g. "VDB" */
  abbreviations?: string[];
  /** company | ministry | bank | … (default "organization") */
  kind?: string;
  /** English gloss */
  gloss?: string;
};
const OrgEntry = documented(
  DOCS.OrganizationEntry,
  z.strictObject({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
    abbreviations: z.array(z.string().min(1)).optional(),
    kind: z.string().optional(),
    gloss: z.string().optional(),
  }),
);

/** A surname or given name the built-in lists lack. */
export type NameEntry = {
  /** A family name (họ), e.g. "Khổng" */
  surname?: string;
  /** A given name (tên) */
  given?: string;
};
const NameEntry = documented(DOCS.NameEntry, z.strictObject({ surname: z.string().min(1).optional(), given: z.string().min(1).optional() }));

/** A place the built-in lists lack. */
export type LocationEntry = {
  /** Its name, e.g. "Đảo Ngọc" */
  name: string;
  /** island | province | street | … (default "place") */
  kind?: string;
  /** Other names it goes by */
  aliases?: string[];
};
const LocationEntry = documented(DOCS.LocationEntry, z.strictObject({ name: z.string().min(1), kind: z.string().optional(), aliases: z.array(z.string().min(1)).optional() }));

/** What createExtractor() takes: default options and gazetteer entries added to the built-in lists. */
export type ExtractorConfig = ExtractOptions & {
  /** Titles to recognize */
  titles?: TitleEntry[];
  /** Organizations to recognize */
  organizations?: OrganizationEntry[];
  /** Surnames and given names to recognize */
  names?: NameEntry[];
  /** Places to recognize */
  locations?: LocationEntry[];
};
export const ExtractorConfig = documented(
  DOCS.ExtractorConfig,
  ExtractOptions.extend({
    titles: z.array(TitleEntry).optional(),
    organizations: z.array(OrgEntry).optional(),
    names: z.array(NameEntry).optional(),
    locations: z.array(LocationEntry).optional(),
  }),
);
