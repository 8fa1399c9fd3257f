/**
 * Fills a lexicon one entry at a time. The bundled gazetteers go in at build time (bundled.ts,
 * then compiled.ts stores the result); run-time user entries go in here, on top of them.
 */
import { normalizeDisplay } from "../text/normalize";
import {
  ENTRY_BIT, phraseKey, phraseKeys,
  type LexEntry, type Lexicon, type OrgAttach, type OrgInfo, type PlaceInfo, type TitleInfo, type UserEntries,
} from "./entries";
import { PhraseTrie } from "./trie";

/** "X và Y" / "X & Y" / "X - Y" (and "GD&ĐT" / "GD-ĐT"), "Trung ương" / "TW" / "TƯ": the same name. */
function withJoinerVariants(forms: string[]): string[] {
  const out = new Set(forms);
  for (const f of forms) {
    // (Also at the start: "Trung ương Đảng" → "TƯ Đảng", "T.Ư Đảng".)
    if (/(?:^| )Trung ương(?: |$)/u.test(f)) for (const short of ["TW", "TƯ", "T.Ư"]) out.add(f.replace(/(^| )Trung ương( |$)/u, `$1${short}$2`));
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

/** The `org` cell of titles.tsv (and a user title's `org`): how the title finds its organization. */
export function parseOrgAttach(cell: string): { org: OrgAttach; follows: boolean; ofPlace?: boolean } {
  const c = cell.trim();
  if (!c) return { org: { mode: "none" }, follows: false };
  if (c === "follows") return { org: { mode: "follows" }, follows: true };
  // "Thị trưởng Rotterdam": an organization may follow, or the place the office governs.
  if (c === "place") return { org: { mode: "follows" }, follows: true, ofPlace: true };
  if (c.startsWith("=")) return { org: { mode: "implied", org: normalizeDisplay(c.slice(1)) }, follows: true };
  if (c === "none" || c === "-") return { org: { mode: "none" }, follows: false };
  return { org: { mode: "elided", word: normalizeDisplay(c) }, follows: true };
}

export class LexiconBuilder implements Lexicon {
  readonly trie = new PhraseTrie<LexEntry>((e) => ENTRY_BIT[e.t]);
  readonly givenNames = new Set<string>();
  readonly surnames = new Map<string, { origin: string; common: boolean }>();
  readonly orgsByKey = new Map<string, OrgInfo>();
  readonly titlesByKey = new Map<string, TitleInfo>();
  readonly placesByKey = new Map<string, PlaceInfo>();
  readonly countries = new Set<string>();
  /** Place keys that are also ordinary words or names: never a place without a level word. */
  readonly notBare = new Set<string>();
  /** Set while the run-time user entries are added: they take precedence over bundled ones. */
  userFirst = false;

  add(keys: readonly string[], entry: LexEntry): void {
    this.trie.add(keys, entry, this.userFirst);
  }

  addTitle(info: TitleInfo): void {
    const key = phraseKey(info.head);
    if (!key) return;
    this.titlesByKey.set(key, info);
    this.add(key.split(" "), { t: "title", info });
  }

  addOrg(info: OrgInfo): void {
    // An alias written with a final "*" counts only right after a title ("Ủy viên Trung ương").
    // "Kế hoạch và Đầu tư" is also written "Kế hoạch & Đầu tư" and "Kế hoạch - Đầu tư".
    for (const raw of withJoinerVariants([info.name, ...info.aliases])) {
      const titleOnly = raw.endsWith("*");
      const f = titleOnly ? raw.slice(0, -1).trim() : raw;
      const keys = phraseKeys(f);
      if (!keys.length) continue;
      if (!titleOnly) this.nameOrg(keys.join(" "), info);
      this.add(keys, { t: "org", info, abbreviation: false, cased: normalizeDisplay(f), titleOnly });
    }
    for (const a of withJoinerVariants(info.abbreviations)) {
      const keys = phraseKeys(a);
      if (!keys.length) continue;
      this.nameOrg(keys.join(" "), info);
      this.add(keys, { t: "org", info, abbreviation: true, cased: normalizeDisplay(a), titleOnly: false });
    }
  }

  /** The first body with a name keeps it, unless a user entry claims it. */
  private nameOrg(key: string, info: OrgInfo): void {
    if (this.userFirst || !this.orgsByKey.has(key)) this.orgsByKey.set(key, info);
  }

  addPlace(name: string, given: PlaceInfo): void {
    const keys = phraseKeys(name);
    // "Quận 1" is found by its level word and number; a bare "1" in the trie would only cost time.
    if (!keys.length || keys.every((k) => /^\d+$/.test(k))) return;
    const k = keys.join(" ");
    const info = given.bare && this.notBare.has(k) ? { ...given, bare: false } : given;
    if (!this.placesByKey.has(k) || info.kind === "country") this.placesByKey.set(k, info);
    this.add(keys, { t: "place", info, cased: normalizeDisplay(name) });
  }

  addSurname(surname: string, origin: string, common: boolean): void {
    const key = phraseKey(surname);
    if (!key) return;
    this.surnames.set(key, { origin, common });
    // Behind the bundled values even for user entries: the surname map above already prefers them.
    this.trie.add(key.split(" "), { t: "surname", origin, common });
  }

  get lexicon(): Lexicon {
    const { trie, givenNames, surnames, orgsByKey, titlesByKey, placesByKey, countries } = this;
    return { trie, givenNames, surnames, orgsByKey, titlesByKey, placesByKey, countries };
  }
}

/** Run-time user entries (createExtractor): added last, and ahead of bundled entries at a phrase. */
export function addUserEntries(b: LexiconBuilder, user: UserEntries): void {
  b.userFirst = true;
  for (const t of user.titles ?? []) {
    const { org, follows, ofPlace } = parseOrgAttach(t.org ?? "follows");
    b.addTitle({ head: normalizeDisplay(t.head), kind: t.kind ?? "office", gloss: t.gloss, org, follows, ...(ofPlace ? { ofPlace } : {}) });
  }
  for (const o of user.organizations ?? []) {
    b.addOrg({
      name: normalizeDisplay(o.name),
      aliases: (o.aliases ?? []).map(normalizeDisplay),
      abbreviations: (o.abbreviations ?? []).map(normalizeDisplay),
      kind: o.kind ?? "organization",
      gloss: o.gloss,
    });
  }
  for (const n of user.names ?? []) {
    if (n.surname) b.addSurname(n.surname, "user", false);
    if (n.given) for (const k of phraseKeys(n.given)) b.givenNames.add(k);
  }
  for (const l of user.locations ?? []) {
    const name = normalizeDisplay(l.name);
    const info: PlaceInfo = { name, kind: l.kind ?? "place", bare: true };
    for (const f of [name, ...(l.aliases ?? []).map(normalizeDisplay)]) b.addPlace(f, info);
  }
}
