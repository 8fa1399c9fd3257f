// The date engine's word lists, read from data/date-*.tsv (compiled into src/generated/date-data.ts).
import { DATE_DATA } from "../generated/date-data";
import { parseTsv, splitList, type Row } from "../lexicon/tsv";
import { dict } from "../util/dict";
import type { Grain, PartOfDay } from "./types";

const rows = (file: string): Row[] => parseTsv(DATE_DATA[file] ?? "");

// ---- date-words.tsv: word ¦ class ¦ value ¦ gloss
const WORDS = rows("date-words.tsv");

function wordsOf<T>(cls: string, value: (v: string) => T): Record<string, T> {
  const out = dict<T>();
  for (const r of WORDS) if (r.class === cls) out[r.word!] = value(r.value!);
  return out;
}

/** 1–9 as words ("ba" = 3). */
export const NUMBER_WORD_VALUES = wordsOf("number", Number);
/** A unit after "mười"/"mươi" ("mốt" = 1, "lăm" = 5). */
export const AFTER_TEN_VALUES = wordsOf("number-after-ten", Number);
/** The word after "thứ": 1 = Monday … 6 = Saturday. */
export const WEEKDAY_WORDS = wordsOf("weekday", Number);
/** After "tuần": 0 this week, 1 next, -1 last. */
export const WEEK_REL = wordsOf("week-relative", Number);
/** After "năm", "quý", "tháng": 0 this, -1 last, 1 next. */
export const YEAR_REL = wordsOf("year-relative", Number);
/** Part-of-day words. */
export const POD_WORDS = wordsOf("part-of-day", (v) => v as PartOfDay);
/** Units after a count ("3 ngày tới"). */
export const UNIT_WORDS = wordsOf("unit", (v) => v as Grain);
/** Quarter numbers in roman figures. */
export const ROMAN = wordsOf("roman", Number);
/** "thượng/trung/hạ tuần": the first, middle, last ten days of a month. */
export const DEKAD = wordsOf("dekad", Number);
/** Heavenly stems (0–9) and earthly branches (0–11), spelling variants included. */
export const STEMS = wordsOf("stem", Number);
export const BRANCHES = wordsOf("branch", Number);

// ---- date-context-words.tsv: word ¦ role ¦ note
const CONTEXT = rows("date-context-words.tsv");

/** The words of one role in date-context-words.tsv. */
export function contextWords(role: string): Set<string> {
  return new Set(CONTEXT.filter((r) => r.role === role).map((r) => r.word!));
}

// ---- date-seasons.tsv: season ¦ start ¦ end ¦ gloss (month-day)
/** Season → [start month, start day, end month, end day] (inclusive; winter ends the next year). */
export const SEASONS = dict<[number, number, number, number]>();
for (const r of rows("date-seasons.tsv")) {
  const [sm, sd] = r.start!.split("-").map(Number), [em, ed] = r.end!.split("-").map(Number);
  SEASONS[r.season!] = [sm!, sd!, em!, ed!];
}

// ---- date-holidays.tsv: name ¦ aliases ¦ calendar ¦ month ¦ day ¦ gloss
export interface Holiday { names: string[][]; lunar: boolean; month: number; day: number }

/** Fixed-date holidays; each name is a word sequence. */
export const HOLIDAYS: Holiday[] = rows("date-holidays.tsv").map((r) => ({
  names: [r.name!, ...splitList(r.aliases)].map((n) => n.split(" ")),
  lunar: r.calendar === "lunar",
  month: Number(r.month),
  day: Number(r.day),
}));
