// Shared types of the date engine. Public ones are re-exported by index.ts.
export type Grain = "year" | "half" | "quarter" | "month" | "week" | "day" | "hour" | "minute" | "second";
export type PartOfDay = "morning" | "noon" | "afternoon" | "evening" | "night";
export interface DateReference { year: number; month: number; day: number; hour?: number; minute?: number; second?: number }
export interface DateSpan {
  start: number;
  end: number;
  value: string;
  grain: Grain;
  partOfDay?: PartOfDay;
  fuzzy?: boolean;
  lunar?: boolean;
  interval?: boolean;
  reason: string;
}
export interface FindDatesOptions {
  reference: DateReference | null;
  forwardDate?: boolean;
  /** The parsers to run, in order (default: DEFAULT_DATE_PARSERS of parsers/index.ts). */
  parsers?: readonly DateParser[];
}

/** Token kinds: a word (letters), a number (digit run), one punctuation char, or no token (out of range). */
export const WORD = 0, NUMBER = 1, PUNCTUATION = 2, OUTSIDE = 3;
export type TokenKind = typeof WORD | typeof NUMBER | typeof PUNCTUATION | typeof OUTSIDE;

/** A token of `lower`. */
export interface Token {
  /** WORD, NUMBER, PUNCTUATION, or OUTSIDE (no token: out of range). */
  kind: TokenKind;
  /** Its text, lower case. */
  text: string;
  /** Where it starts in the text (UTF-16 index). */
  start: number;
  /** Where it ends. */
  end: number;
  /** numeric value of a digit run (NaN when too long), else NaN */
  value: number;
  /** whitespace precedes the token */
  spaceBefore: boolean;
  /** a line break precedes the token */
  lineBreakBefore?: boolean;
}

/** Calendar fields as written; resolved against the reference later (so refiners can merge them). */
export interface Fields {
  /** year as written in full */
  year?: number;
  /** a 2-digit year as written ("3/9/91") */
  yy?: number;
  /** year relative to the reference ("năm nay" = 0, "năm ngoái" = -1) */
  yearRel?: number;
  /** index 0..59 in the can-chi cycle ("Giáp Thìn") */
  canChi?: number;
  /** month 1–12 */
  month?: number;
  /** day of the month 1–31 */
  day?: number;
  /** days relative to the reference ("hôm qua" = -1) */
  dayRel?: number;
  /** 1 = Monday … 7 = Sunday */
  weekday?: number;
  /** week relative to the reference week ("tuần tới" = 1) */
  weekRel?: number;
  /** direction: "thứ Ba tới"/"tháng 3 tới" = 1 (next, strictly after today for weekdays), "thứ Ba vừa rồi" = -1 */
  dir?: number;
  /** hour 0–23 (or 1–12, see ampmFree) */
  hour?: number;
  /** minute 0–59 */
  minute?: number;
  /** second 0–59 */
  second?: number;
  /** hour written 1–12 without AM/PM or part of day */
  ampmFree?: boolean;
  /** part of day ("sáng": morning) */
  pod?: PartOfDay;
  /** a date of the lunar calendar ("rằm tháng Giêng", "âm lịch") */
  lunar?: boolean;
  /** "ngay bây giờ": the reference instant */
  now?: boolean;
  /** "cùng ngày": the day of the latest day-level mention before it (filled in by refineAnaphora) */
  sameDay?: boolean;
  /** "năm đó": the year of the latest mention before it (filled in by refineAnaphora) */
  thatYear?: boolean;
}

/** Start of a unit at a grain. */
export interface Point {
  /** The unit it is the start of ("year": the whole year y). */
  g: Grain;
  /** Year. */
  y: number;
  /** Month 1–12. */
  m: number;
  /** Day 1–31. */
  d: number;
  /** Hour 0–23. */
  h: number;
  /** Minute. */
  mi: number;
  /** Second. */
  s: number;
}

/** A resolved value: a point, or an interval a..b (b = start of the last unit, inclusive). */
export interface Val {
  /** The point, or the first unit of the interval. */
  a: Point;
  /** The last unit of the interval (inclusive). */
  b?: Point;
  /** A part of day on a day ("sáng 10/1"). */
  pod?: PartOfDay;
  /** A fuzzy period ("đầu năm": the first third). */
  fuzzy?: boolean;
  /** Converted from the lunar calendar. */
  lunar?: boolean;
  /** preformatted value when it cannot be expressed as a Point (yearless "--01-10") */
  text?: string;
}

export interface Ref { y: number; m: number; d: number; h: number; mi: number; s: number; hasTime: boolean }

export type Resolver = (ref: Ref | null, fwd: boolean) => Val | null;

export type CandidateKind = "date" | "time" | "pod" | "span";

/** A parser's match: tokens [firstToken, endToken), characters [start, end) of the text. */
export interface DateCandidate {
  /** Its first token. */
  firstToken: number;
  /** The token after its last one. */
  endToken: number;
  /** Where it starts in the text (characters). */
  start: number;
  /** Where it ends. */
  end: number;
  /** A date, a clock time, a part of day (merged with a neighbour, else dropped), or a span. */
  kind: CandidateKind;
  /** mergeable fields (kind date/time/pod) */
  fields?: Fields;
  /** closure for values that are not plain fields (periods, spans) */
  resolve?: Resolver;
  /** why it was read so: the mention's `reason` in the graph */
  reason: string;
  /** its value is an interval ("2021-2025") */
  interval?: boolean;
  /** a fuzzy period ("đầu năm") */
  fuzzy?: boolean;
  /** a period's written calendar fields ("cuối tháng 5/2020": month 5, year 2020), for an interval to carry */
  periodFields?: Fields;
  /** a period whose year is unsaid ("đầu tháng 3"): its resolver in the year an interval's end gives it */
  withYear?: (year: Fields) => Resolver;
}

export interface DateContext {
  /** The text, lower case. */
  lower: string;
  /** The text with its case (same length). */
  cased: string;
  /** number of tokens; token i is at(i) (made on demand) */
  count: number;
  /** indices of the tokens some parser may start on: numbers and trigger words (the pre-filter) */
  hot: number[];
  /** token i; out of range, a token of kind OUTSIDE */
  at(i: number): Token;
}

/**
 * What a date parser may start on: its trigger words and/or numbers. The scan calls the parser only there, so a
 * trigger must name every token where parseAt can match (anywhere else it has to return NO_MATCH and push nothing).
 */
export interface DateTriggers {
  /**
   * Words it may start on (lower-case NFC): one word ("thứ", "quý"), or two words with one space ("chủ nhật"): the
   * parser is then called on the first only when the next token is the second.
   */
  words: readonly string[];
  /**
   * Numbers it may start on: `true` any number, `false` none, or the texts of the tokens that may follow the number
   * (`["tháng"]`: "6 tháng"; `["/", "-", "."]`: "10/3"; a dash of any kind reads "-").
   */
  numbers: boolean | readonly string[];
}

/** parseAt's answer when nothing matches at the token. */
export const NO_MATCH = -1;

/**
 * A date parser: the engine's scan calls `parseAt` only on the tokens its triggers name, in text order. A match pushes
 * one or more candidates to `out` and returns the token index after it: the scan then skips this parser's trigger
 * tokens inside the match (a match is not read again from inside). Otherwise it returns NO_MATCH.
 */
export interface DateParser {
  /** Short name ("numeric", "holiday"), also the default list's order key in docs and errors. */
  readonly name: string;
  /** The tokens the scan calls parseAt on. */
  readonly triggers: DateTriggers;
  /** A match at token i: pushes its candidate(s) to `out` and returns the token after it; else NO_MATCH. */
  parseAt(ctx: DateContext, i: number, out: DateCandidate[]): number;
}
