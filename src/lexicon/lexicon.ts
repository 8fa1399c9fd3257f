/**
 * The lexicon: every gazetteer in data/ (plus run-time user entries) compiled into one trie of
 * syllable keys. Built once per extractor; the default one at first use.
 */
import { DATA } from "../generated/data";
import { normalizeDisplay, normalizeText } from "../text/normalize";
import { tokenize } from "../text/tokenize";
import { PhraseTrie } from "./trie";
import { parseList, parseTsv, splitList, type Row } from "./tsv";

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
}

export interface OrgHeadInfo {
  readonly head: string;
  readonly kind: string;
  /** What completes the name: a place, a proper name, or a parent organization ("Ban Dân vận" + "Tỉnh ủy X"). */
  readonly takes: "location" | "name" | "both" | "parent";
  readonly gloss?: string;
  /** May stand alone when capitalized ("Tỉnh ủy"): the place is then found in context. */
  readonly bare: boolean;
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
}

export type LexEntry =
  | { t: "title"; info: TitleInfo }
  | { t: "modifier"; info: ModifierInfo }
  | { t: "org"; info: OrgInfo; abbreviation: boolean; cased: string; titleOnly: boolean }
  | { t: "orgHead"; info: OrgHeadInfo }
  | { t: "place"; info: PlaceInfo; cased: string }
  | { t: "level"; info: LevelInfo }
  | { t: "surname"; origin: string; common: boolean }
  | { t: "address"; kind: string };

/** One bit per kind of entry (the recognizers test a token's kinds with one AND). */
export const ENTRY_BIT: Record<LexEntry["t"], number> = { title: 1, modifier: 2, org: 4, orgHead: 8, place: 16, level: 32, surname: 64, address: 128 };

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
const PLAIN_PHRASE = /^[a-zA-Z\u00c0-\u024f\u1e00-\u1eff ]+$/;
const OLD_TONES = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![a-zA-Z\u00c0-\u024f\u1e00-\u1eff])|[\u00d0\u00f0]/;

/** Token keys of a phrase, as the matcher will see them in text (remembered: asked for in hot loops). */
export function phraseKeys(phrase: string): string[] {
  let keys = keysCache.get(phrase);
  if (!keys) {
    // Most gazetteer entries are plain syllables and spaces already in key form: no full pass.
    if (PLAIN_PHRASE.test(phrase) && !OLD_TONES.test(phrase)) keys = phrase.toLowerCase().split(/ +/).filter(Boolean);
    else {
      const nt = normalizeText(phrase);
      keys = tokenize(nt.cased, nt.lower).map((t) => t.key);
    }
    if (keysCache.size > 50_000) keysCache.clear();
    keysCache.set(phrase, keys);
  }
  return keys;
}

export function phraseKey(phrase: string): string {
  return phraseKeys(phrase).join(" ");
}

/** "X và Y" / "X & Y" / "X - Y" (and "GD&ĐT" / "GD-ĐT"), "Trung ương" / "TW" / "TƯ": the same name. */
function withJoinerVariants(forms: string[]): string[] {
  const out = new Set(forms);
  for (const f of forms) {
    if (/ Trung ương(?: |$)/u.test(f)) {
      out.add(f.replace(/ Trung ương( |$)/u, " TW$1"));
      out.add(f.replace(/ Trung ương( |$)/u, " TƯ$1"));
      out.add(f.replace(/ Trung ương( |$)/u, " T.Ư$1"));
    }
  }
  for (const f of [...out]) {
    if (/ và /u.test(f)) {
      out.add(f.replace(/ và /gu, " & "));
      out.add(f.replace(/ và /gu, " - "));
    }
    if (/\S&\S/u.test(f)) out.add(f.replace(/(\S)&(\S)/gu, "$1-$2"));
  }
  return [...out];
}

function file(name: string): string {
  return DATA[name] ?? "";
}

function col(row: Row, ...names: string[]): string {
  for (const n of names) if (row[n]) return row[n]!;
  return "";
}

function parseOrgAttach(cell: string): { org: OrgAttach; follows: boolean } {
  const c = cell.trim();
  if (!c) return { org: { mode: "none" }, follows: false };
  if (c === "follows") return { org: { mode: "follows" }, follows: true };
  if (c.startsWith("=")) return { org: { mode: "implied", org: normalizeDisplay(c.slice(1)) }, follows: true };
  if (c === "none" || c === "-") return { org: { mode: "none" }, follows: false };
  return { org: { mode: "elided", word: normalizeDisplay(c) }, follows: true };
}

export function buildLexicon(user: UserEntries = {}): Lexicon {
  const trie = new PhraseTrie<LexEntry>((e) => ENTRY_BIT[e.t]);
  const givenNames = new Set<string>();
  const surnames = new Map<string, { origin: string; common: boolean }>();
  const orgsByKey = new Map<string, OrgInfo>();
  const titlesByKey = new Map<string, TitleInfo>();
  const placesByKey = new Map<string, PlaceInfo>();
  const countries = new Set<string>();

  // Set while the run-time user entries are added: they take precedence over bundled ones.
  let userFirst = false;
  const addTitle = (info: TitleInfo) => {
    const key = phraseKey(info.head);
    if (!key) return;
    titlesByKey.set(key, info);
    trie.add(key.split(" "), { t: "title", info }, userFirst);
  };
  const addOrg = (info: OrgInfo) => {
    // An alias written with a final "*" counts only right after a title ("Ủy viên Trung ương").
    // "Kế hoạch và Đầu tư" is also written "Kế hoạch & Đầu tư" and "Kế hoạch - Đầu tư".
    const forms = withJoinerVariants([info.name, ...info.aliases]);
    for (const raw of forms) {
      const titleOnly = raw.endsWith("*");
      const f = titleOnly ? raw.slice(0, -1).trim() : raw;
      const keys = phraseKeys(f);
      if (!keys.length) continue;
      if (!titleOnly && (userFirst || !orgsByKey.has(keys.join(" ")))) orgsByKey.set(keys.join(" "), info);
      trie.add(keys, { t: "org", info, abbreviation: false, cased: normalizeDisplay(f), titleOnly }, userFirst);
    }
    for (const a of withJoinerVariants(info.abbreviations)) {
      const keys = phraseKeys(a);
      if (!keys.length) continue;
      if (userFirst || !orgsByKey.has(keys.join(" "))) orgsByKey.set(keys.join(" "), info);
      trie.add(keys, { t: "org", info, abbreviation: true, cased: normalizeDisplay(a), titleOnly: false }, userFirst);
    }
  };
  const notBare = new Set(parseTsv(file("ambiguous-places.tsv")).map((r) => phraseKey(col(r, "name"))));
  const addPlace = (name: string, given: PlaceInfo) => {
    const keys = phraseKeys(name);
    // "Quận 1" is found by its level word and number; a bare "1" in the trie would only cost time.
    if (!keys.length || keys.every((k) => /^\d+$/.test(k))) return;
    const info = given.bare && notBare.has(keys.join(" ")) ? { ...given, bare: false } : given;
    const k = keys.join(" ");
    if (!placesByKey.has(k) || info.kind === "country") placesByKey.set(k, info);
    trie.add(keys, { t: "place", info, cased: normalizeDisplay(name) }, userFirst);
  };

  // Titles and their modifiers.
  for (const r of parseTsv(file("titles.tsv"))) {
    const head = normalizeDisplay(col(r, "head"));
    if (!head) continue;
    const kind = (col(r, "kind") || "office") as TitleKind;
    const { org, follows } = parseOrgAttach(col(r, "org"));
    addTitle({ head, kind, gloss: col(r, "gloss") || undefined, org, follows: follows || kind !== "rank" });
  }
  for (const r of parseTsv(file("title-modifiers.tsv"))) {
    const text = normalizeDisplay(col(r, "modifier"));
    if (!text) continue;
    const info: ModifierInfo = {
      text,
      position: col(r, "position") === "after" ? "after" : "before",
      meaning: col(r, "meaning") || "other",
      gloss: col(r, "gloss") || undefined,
    };
    trie.add(phraseKeys(text), { t: "modifier", info });
  }

  // Organizations and organization heads.
  for (const r of parseTsv(file("organizations.tsv"))) {
    const name = normalizeDisplay(col(r, "name"));
    if (!name) continue;
    addOrg({
      name,
      aliases: splitList(col(r, "aliases")).map((a) => (a.endsWith("*") ? normalizeDisplay(a.slice(0, -1)) + "*" : normalizeDisplay(a))),
      abbreviations: splitList(col(r, "abbreviations")).map(normalizeDisplay),
      kind: col(r, "kind") || "organization",
      gloss: col(r, "gloss") || undefined,
    });
  }
  for (const r of parseTsv(file("org-heads.tsv"))) {
    const heads = splitList(col(r, "head")).map(normalizeDisplay);
    if (!heads.length) continue;
    const takesCell = col(r, "takes");
    const takes = takesCell === "name" || takesCell === "both" || takesCell === "parent" ? takesCell : "location";
    for (const head of heads) {
      // A head may stand alone when it names one body by itself: a committee ("Tỉnh ủy"), or a
      // department whose name says what it is ("Sở Y tế", "Sở TN&MT", "Phòng GD&ĐT").
      const key0 = phraseKey(heads[0]!);
      const bare = /\bbare\b/.test(col(r, "note")) || /(^| )ủy$/.test(key0) || (/^(sở|phòng|cục|chi cục) /.test(key0) && takes === "location");
      const info: OrgHeadInfo = { head: heads[0]!, kind: col(r, "kind") || "organization", takes, gloss: col(r, "gloss") || undefined, bare };
      trie.add(phraseKeys(head), { t: "orgHead", info });
    }
  }
  addDerivedUnitHeads();

  // "Ban Dân vận Trung ương" also exists in every province: "Ban Dân vận" + "Tỉnh ủy X".
  function addDerivedUnitHeads(): void {
    const seen = new Set<string>();
    for (const info of orgsByKey.values()) {
      const m = /^((?:Ban|Ủy ban Kiểm tra|Văn phòng)(?: [^ ]+){0,4}?) Trung ương$/u.exec(info.name);
      if (!m || seen.has(m[1]!)) continue;
      seen.add(m[1]!);
      const head: OrgHeadInfo = { head: m[1]!, kind: "party", takes: "parent", gloss: info.gloss?.replace(/^Central /, ""), bare: false };
      trie.add(phraseKeys(m[1]!), { t: "orgHead", info: head });
    }
  }

  // Places: level words, provinces (2025 and before), districts, countries, foreign places, aliases.
  for (const r of parseTsv(file("location-levels.tsv"))) {
    for (const word of splitList(col(r, "word"))) {
      trie.add(phraseKeys(word), { t: "level", info: { word: normalizeDisplay(word), kind: col(r, "kind") || "place" } });
    }
  }
  for (const r of parseTsv(file("provinces-2025.tsv"))) {
    const name = normalizeDisplay(col(r, "name"));
    if (name) addPlace(name, { name, kind: "province", gloss: col(r, "gloss") || undefined, bare: true });
  }
  for (const r of parseTsv(file("units-pre2025.tsv"))) {
    const name = normalizeDisplay(col(r, "name"));
    const level = col(r, "level");
    if (!name) continue;
    const province = !r.parent;
    // Bare district names are often also ordinary words or given names ("Phú Nhuận", "Tân Phú"):
    // they count as places only after a level word, except the provinces.
    addPlace(name, { name, kind: province ? "province" : level === "thành phố" ? "city" : "district", parent: r.parent || undefined, bare: province });
  }
  for (const r of parseTsv(file("countries.tsv"))) {
    const name = normalizeDisplay(col(r, "name"));
    if (!name) continue;
    const info: PlaceInfo = { name, kind: "country", gloss: col(r, "gloss") || undefined, bare: true };
    for (const f of [name, ...splitList(col(r, "aliases")).map(normalizeDisplay)]) {
      addPlace(f, info);
      countries.add(phraseKey(f));
    }
    for (const cap of splitList(col(r, "capital"))) {
      const c = normalizeDisplay(cap);
      addPlace(c, { name: splitList(col(r, "capital"))[0] ? normalizeDisplay(splitList(col(r, "capital"))[0]!) : c, kind: "city", parent: name, bare: true });
    }
  }
  for (const r of parseTsv(file("foreign-places.tsv"))) {
    const name = normalizeDisplay(col(r, "name"));
    if (!name) continue;
    const info: PlaceInfo = { name, kind: col(r, "kind") || "place", parent: col(r, "country") || undefined, bare: true };
    for (const f of [name, ...splitList(col(r, "aliases")).map(normalizeDisplay)]) addPlace(f, info);
  }
  for (const r of parseTsv(file("location-aliases.tsv"))) {
    const alias = normalizeDisplay(col(r, "alias"));
    const canonical = normalizeDisplay(col(r, "canonical")) || alias;
    if (!alias) continue;
    addPlace(alias, { name: canonical, kind: col(r, "kind") || "place", bare: true });
  }

  // People: surnames, given-name syllables, address words.
  for (const r of parseTsv(file("surnames.tsv"))) {
    for (const s of splitList(col(r, "surname"))) {
      const key = phraseKey(s);
      if (!key) continue;
      const origin = col(r, "origin") || "kinh";
      const common = /common|word|từ/i.test(col(r, "note"));
      surnames.set(key, { origin, common });
      trie.add(key.split(" "), { t: "surname", origin, common });
    }
  }
  for (const g of parseList(file("given-names.txt"))) givenNames.add(phraseKey(g));
  for (const r of parseTsv(file("address-words.tsv"))) {
    for (const w of splitList(col(r, "word"))) trie.add(phraseKeys(w), { t: "address", kind: col(r, "kind") || "address" });
  }

  // Run-time user entries.
  userFirst = true;
  for (const t of user.titles ?? []) {
    const { org, follows } = parseOrgAttach(t.org ?? "follows");
    addTitle({ head: normalizeDisplay(t.head), kind: t.kind ?? "office", gloss: t.gloss, org, follows });
  }
  for (const o of user.organizations ?? []) {
    addOrg({
      name: normalizeDisplay(o.name),
      aliases: (o.aliases ?? []).map(normalizeDisplay),
      abbreviations: (o.abbreviations ?? []).map(normalizeDisplay),
      kind: o.kind ?? "organization",
      gloss: o.gloss,
    });
  }
  for (const n of user.names ?? []) {
    if (n.surname) {
      const key = phraseKey(n.surname);
      surnames.set(key, { origin: "user", common: false });
      trie.add(key.split(" "), { t: "surname", origin: "user", common: false });
    }
    if (n.given) for (const k of phraseKeys(n.given)) givenNames.add(k);
  }
  for (const l of user.locations ?? []) {
    const name = normalizeDisplay(l.name);
    const info: PlaceInfo = { name, kind: l.kind ?? "place", bare: true };
    for (const f of [name, ...(l.aliases ?? []).map(normalizeDisplay)]) addPlace(f, info);
  }

  return { trie, givenNames, surnames, orgsByKey, titlesByKey, placesByKey, countries };
}

let defaultLexicon: Lexicon | null = null;
export function getDefaultLexicon(): Lexicon {
  return (defaultLexicon ??= buildLexicon());
}
