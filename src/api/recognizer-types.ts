/**
 * The public view of the pipeline, for recognizers of one's own: what a step may read and add.
 * Narrower than the library's own types (src/pipeline.ts, src/recognizers/candidate.ts): the
 * gazetteer look-ups and the linking steps' findings stay internal, so they can change without
 * breaking a user's recognizer. The library's steps fit this view, and a user's step fits theirs.
 */
import type { LocationData, OrganizationBasics, PersonData, PositionBasics } from "../recognizers/candidate";
import type { EntityType } from "../schema/graph";
import type { Token } from "../text/tokenize";

/** A token of a chunk of the text: a word, a number, or one punctuation character (`key`: lower case, NFC, tone marks placed as the reform places them, "hoà" → "hòa"; compare words with it). */
export type RecognizerToken = Readonly<Pick<Token, "start" | "end" | "kind" | "key" | "cased" | "cap" | "allCaps" | "spaceBefore" | "lineBreakBefore" | "capsLine">>;

/** What a recognizer reads: one chunk of the text (about 16 KB, cut at a sentence end). */
export interface RecognizerContext {
  /** The tokens of the chunk, in text order; candidates span token indices [start, end). */
  readonly tokens: readonly RecognizerToken[];
  /** 1 at tokens inside a date mention: no other mention starts or runs through them. */
  readonly inDate: Uint8Array;
  /** 1 at tokens of a byline or photo credit ("Ảnh: Huy Bình/TTXVN"): no person or place there. */
  readonly inCredit: Uint8Array;
}

/** What every candidate has: a span of tokens and how strongly it is read. */
export interface SpanOfTokens {
  /** The first token. */
  start: number;
  /** The token after the last one. */
  end: number;
  /** Of overlapping candidates the higher priority is kept (titles 95, gazetteer organizations 92, places 58–90, persons 60–72). */
  priority: number;
  /** Why it was read so: the mention's `reason` in the graph. */
  reason: string;
}

/** A person: the graph gets a person entity of `data.name`. */
export interface PersonSpan extends SpanOfTokens {
  /** What it is. */
  type: "person";
  /** The name and how it is written. */
  data: PersonData;
}

/** An organization: the graph gets an organization entity of `data.name`, of kind `data.kind`. */
export interface OrganizationSpan extends SpanOfTokens {
  /** What it is. */
  type: "organization";
  /** Its name, kind and abbreviations. */
  data: OrganizationBasics;
}

/** A location: the graph gets a location entity of `data.name`. */
export interface LocationSpan extends SpanOfTokens {
  /** What it is. */
  type: "location";
  /** Its name and kind. */
  data: LocationData;
}

/** A title, rank or office, as the library reads it (a user step reads it; proposing one needs the gazetteer's title heads). */
export interface PositionSpan extends SpanOfTokens {
  /** What it is. */
  type: "position";
  /** How it is written. */
  data: PositionBasics;
}

/** Any candidate. */
export type CandidateSpan = PersonSpan | OrganizationSpan | LocationSpan | PositionSpan;

/** What the steps before a recognizer found in the chunk, and where it adds its own. */
export interface RecognizerFound {
  /** The entity types asked for. */
  readonly types: ReadonlySet<EntityType>;
  /** Locations proposed (by "locations" and any step before "strong readings"). */
  locations: LocationSpan[];
  /** Organizations proposed (by "organizations" and any step before "strong readings"). */
  organizations: OrganizationSpan[];
  /** Titles proposed (by "positions"). */
  readonly positions: readonly PositionSpan[];
  /** Persons proposed (by "persons" and any step after it, before "selection"). */
  persons: PersonSpan[];
  /** The candidates kept, in text order, without overlaps (from "selection" on). */
  readonly accepted: readonly CandidateSpan[];
}

/** One step of the pipeline of each chunk (docs/architecture.md, "Adding a recognizer"). */
export interface Recognizer {
  /** A short name, unique in its list; the default steps' names are those of DEFAULT_RECOGNIZERS. */
  readonly name: string;
  /** Only run when one of these types is asked for (always, when absent). */
  readonly needs?: readonly EntityType[];
  /** Reads the chunk and what the steps before it found; adds its own candidates to `found`. */
  run(ctx: RecognizerContext, found: RecognizerFound): void;
}
