/** Options of extract()/createExtractor(), validated with zod so a bad field is named. */
import * as z from "zod";
import { EntityType } from "./graph";
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

export const ExtractOptions = z.strictObject({
  referenceDate: ReferenceDate.nullable().optional().describe("Date the text was written; else its dateline is used"),
  forwardDate: z.boolean().optional().describe("Resolve yearless dates and weekdays forward from the reference, not to the nearest"),
  types: z.array(EntityType).nonempty().optional().describe("Entity types to extract (default: all)"),
});
export type ExtractOptions = z.input<typeof ExtractOptions>;

const TitleEntry = z.strictObject({
  head: z.string().min(1),
  kind: z.enum(["office", "rank", "membership"]).optional(),
  gloss: z.string().optional(),
  org: z.string().optional().describe('"follows", an elided word such as "Bộ", or "=Organization name"'),
});
const OrgEntry = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  abbreviations: z.array(z.string().min(1)).optional(),
  kind: z.string().optional(),
  gloss: z.string().optional(),
});
const NameEntry = z.strictObject({ surname: z.string().min(1).optional(), given: z.string().min(1).optional() });
const LocationEntry = z.strictObject({ name: z.string().min(1), kind: z.string().optional(), aliases: z.array(z.string().min(1)).optional() });

export const ExtractorConfig = ExtractOptions.extend({
  titles: z.array(TitleEntry).optional(),
  organizations: z.array(OrgEntry).optional(),
  names: z.array(NameEntry).optional(),
  locations: z.array(LocationEntry).optional(),
});
export type ExtractorConfig = z.input<typeof ExtractorConfig>;
