/** What the lexicon holds: the kinds of entry, their data, and the token keys of a phrase. */
import { hasOldTonePair, normalizeText, remember } from "../text/normalize";
import { tokenize, type Token } from "../text/tokenize";
import type { PhraseTrie } from "./trie";

export type TitleKind = "office" | "rank" | "membership";
export type OrgAttach =
  | { mode: "follows" }
  | { mode: "elided"; word: string }
  | { mode: "implied"; org: string }
  | { mode: "none" };

export interface TitleInfo {
  readonly head: string;
  readonly kind: TitleKind;
  readonly gloss?: string;
  readonly org: OrgAttach;
  /** A second way to attach: e.g. "Bộ trưởng" takes an elided "Bộ" and also a following org. */
  readonly follows: boolean;
  /** The office governs a place, which may follow without a level word ("Thị trưởng Rotterdam"). */
  readonly ofPlace?: boolean;
  /** A head written with a modifier as one word ("Phó ban"): the modifier and head it means ("Phó" + "Trưởng ban");
   *  or an abbreviation of a head and its body ("ĐBQH"): the head it means ("Đại biểu"), no modifier. */
  readonly sameAs?: { readonly modifier?: ModifierInfo; readonly head: string };
}

export interface ModifierInfo {
  readonly text: string;
  readonly position: "before" | "after";
  readonly meaning: string;
  readonly gloss?: string;
}

export interface OrgInfo {
  readonly name: string;
  readonly aliases: string[];
  readonly abbreviations: string[];
  readonly kind: string;
  readonly gloss?: string;
  /** A former name's current one: the text keeps the name it was written with. */
  readonly renamedTo?: string;
}

export interface OrgHeadInfo {
  readonly head: string;
  readonly kind: string;
  /** What completes the name: a place, a proper name, a parent organization ("Ban Dân vận" + "Tỉnh ủy X"), or only a number ("Đoàn 125"). */
  readonly takes: "location" | "name" | "both" | "parent" | "number";
  readonly gloss?: string;
  /** May stand alone when capitalized ("Tỉnh ủy"): the place is then found in context. */
  readonly bare: boolean;
  /** Token keys of words that, right after the head, make it an ordinary noun ("Bộ" + "quy tắc"). */
  readonly notBefore?: string[][];
  /** A company's legal form ("Công ty cổ phần"): the name after it may begin with lower-case words of its trade. */
  readonly legalForm?: boolean;
  /** A body of the state that may be named after a person ("Bảo tàng Hồ Chí Minh"); the others never are. */
  readonly personName?: boolean;
}

export interface PlaceInfo {
  readonly name: string;
  readonly kind: string;
  readonly gloss?: string;
  readonly parent?: string;
  /** Whether the bare name (without a level word) may be taken as a place. */
  readonly bare: boolean;
}

export interface LevelInfo {
  readonly word: string;
  readonly kind: string;
  /** Words that, right before this one, make it a syllable of another word ("yêu cầu", "văn bản"): no level word there. */
  readonly notAfter?: readonly string[];
  /** A level word only in lower case: capitalized, it starts a name ("Bến Tre", "Bến Nhà Rồng"). */
  readonly lowerOnly?: boolean;
  /** A number right after it names the place, though places of its kind are named by words: any ("suối 33") or only in roman numerals ("khu vực VIII"). */
  readonly numbered?: "any" | "roman";
  /** The name after it is in Vietnamese syllables, none a body's name or an acronym ("kênh La Khê"; not "kênh Đảng", "kênh VTV1"). */
  readonly nativeName?: boolean;
}

/**
 * A word of a short list that steers a recognizer without being an entity itself: what opens a
 * credit line ("Ảnh:", list "credit"), a ministry's field written without "Bộ" ("Giáo dục", list "portfolio"),
 * a particle inside a foreign name ("de", "von", list "particle").
 */
export interface CueInfo {
  readonly list: "credit" | "portfolio" | "particle" | "org-word" | "place-word";
  readonly text: string;
  readonly kind: string;
}

export type LexEntry =
  | { t: "title"; info: TitleInfo }
  | { t: "modifier"; info: ModifierInfo }
  | { t: "org"; info: OrgInfo; abbreviation: boolean; cased: string; titleOnly: boolean }
  | { t: "orgHead"; info: OrgHeadInfo }
  | { t: "place"; info: PlaceInfo; cased: string }
  | { t: "level"; info: LevelInfo }
  | { t: "surname"; origin: string; common: boolean }
  | { t: "address"; kind: string }
  | { t: "cue"; info: CueInfo };

/** One bit per kind of entry (the recognizers test a token's kinds with one AND). */
export const ENTRY_BIT: Record<LexEntry["t"], number> = { title: 1, modifier: 2, org: 4, orgHead: 8, place: 16, level: 32, surname: 64, address: 128, cue: 256 };

export interface UserEntries {
  titles?: Array<{ head: string; kind?: TitleKind; gloss?: string; org?: string }>;
  organizations?: Array<{ name: string; aliases?: string[]; abbreviations?: string[]; kind?: string; gloss?: string }>;
  names?: Array<{ surname?: string; given?: string }>;
  locations?: Array<{ name: string; kind?: string; aliases?: string[] }>;
}

export interface Lexicon {
  readonly trie: PhraseTrie<LexEntry>;
  readonly givenNames: Set<string>;
  readonly surnames: Map<string, { origin: string; common: boolean }>;
  readonly orgsByKey: Map<string, OrgInfo>;
  readonly titlesByKey: Map<string, TitleInfo>;
  readonly placesByKey: Map<string, PlaceInfo>;
  readonly countries: Set<string>;
}

const keysCache = new Map<string, string[]>();
// Letters and spaces only: punctuation would be tokens of their own.
const PLAIN_PHRASE = /^[a-zA-Z\u00c0-\u024f\u1e00-\u1eff ]+$/;

/** Token keys of a phrase, as the matcher will see them in text (remembered: asked for in hot loops). */
export function phraseKeys(phrase: string): string[] {
  const hit = keysCache.get(phrase);
  if (hit) return hit;
  // Most gazetteer entries are plain syllables and spaces already in key form: no full pass.
  if (PLAIN_PHRASE.test(phrase) && !hasOldTonePair(phrase)) return remember(keysCache, phrase, phrase.toLowerCase().split(/ +/).filter(Boolean));
  return remember(keysCache, phrase, phraseTokens(phrase).map((t) => t.key));
}

const casedCache = new Map<string, string[]>();

/** The tokens of a phrase as written, case kept ("VKSND", "tối cao"): for case-sensitive matches. */
export function phraseCased(phrase: string): string[] {
  return casedCache.get(phrase) ?? remember(casedCache, phrase, phraseTokens(phrase).map((t) => t.cased));
}

function phraseTokens(phrase: string): Token[] {
  const nt = normalizeText(phrase);
  return tokenize(nt.cased, nt.lower);
}

export function phraseKey(phrase: string): string {
  return phraseKeys(phrase).join(" ");
}
