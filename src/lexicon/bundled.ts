/**
 * The gazetteers of data/ read into a lexicon. Runs at build time (scripts/compile-lexicon.ts),
 * whose output is what the library loads; tests run it again to check that output is current.
 */
import { DATA } from "../generated/data";
import { normalizeDisplay } from "../text/normalize";
import { LexiconBuilder, parseOrgAttach } from "./builder";
import { phraseKey, phraseKeys, type CueInfo, type ModifierInfo, type OrgHeadInfo, type PlaceInfo, type TitleKind } from "./entries";
import { parseList, parseTsv, splitList, type Row } from "./tsv";

const file = (name: string): string => DATA[name] ?? "";

function col(row: Row, ...names: string[]): string {
  for (const n of names) if (row[n]) return row[n]!;
  return "";
}

export function buildBundledLexicon(): LexiconBuilder {
  const b = new LexiconBuilder();
  for (const r of parseTsv(file("ambiguous-places.tsv"))) b.notBare.add(phraseKey(col(r, "name")));
  addTitles(b);
  addOrganizations(b);
  const givenNames = new Set(parseList(file("given-names.txt")).map(phraseKey));
  addPlaces(b, givenNames);
  addPeople(b, givenNames);
  addCueWords(b);
  return b;
}

/** Titles and the words that change or describe them (titles.tsv, title-modifiers.tsv). */
function addTitles(b: LexiconBuilder): void {
  const modifiers = new Map<string, ModifierInfo>();
  for (const r of parseTsv(file("title-modifiers.tsv"))) {
    const text = normalizeDisplay(col(r, "modifier"));
    if (!text) continue;
    const info: ModifierInfo = {
      text,
      position: col(r, "position") === "after" ? "after" : "before",
      meaning: col(r, "meaning") || "other",
      gloss: col(r, "gloss") || undefined,
    };
    b.add(phraseKeys(text), { t: "modifier", info });
    if (!modifiers.has(phraseKey(text))) modifiers.set(phraseKey(text), info);
  }
  for (const r of parseTsv(file("titles.tsv"))) {
    const head = normalizeDisplay(col(r, "head"));
    if (!head) continue;
    const kind = (col(r, "kind") || "office") as TitleKind;
    const { org, follows, ofPlace } = parseOrgAttach(col(r, "org"));
    // ("Phó Trưởng ban": its first word is the modifier, the rest the head; "Đại biểu" of "ĐBQH": a head alone.)
    const same = normalizeDisplay(col(r, "same_as"));
    const modifier = same ? modifiers.get(phraseKey(same.split(" ")[0]!)) : undefined;
    const sameAs = modifier ? { modifier, head: same.slice(same.indexOf(" ") + 1) } : same ? { head: same } : undefined;
    b.addTitle({ head, kind, gloss: col(r, "gloss") || undefined, org, follows: follows || kind !== "rank", ...(ofPlace ? { ofPlace } : {}), ...(sameAs ? { sameAs } : {}) });
  }
}

/** National organizations (organizations.tsv) and the heads local and company names start with (org-heads.tsv). */
function addOrganizations(b: LexiconBuilder): void {
  for (const r of parseTsv(file("organizations.tsv"))) {
    const name = normalizeDisplay(col(r, "name"));
    if (!name) continue;
    b.addOrg({
      name,
      aliases: splitList(col(r, "aliases")).map((a) => (a.endsWith("*") ? normalizeDisplay(a.slice(0, -1)) + "*" : normalizeDisplay(a))),
      abbreviations: splitList(col(r, "abbreviations")).map(normalizeDisplay),
      kind: col(r, "kind") || "organization",
      gloss: col(r, "gloss") || undefined,
      renamedTo: normalizeDisplay(col(r, "renamed_to")) || undefined,
    });
  }
  for (const r of parseTsv(file("org-heads.tsv"))) {
    const heads = splitList(col(r, "head")).map(normalizeDisplay);
    if (!heads.length) continue;
    const takesCell = col(r, "takes");
    const takes = takesCell === "name" || takesCell === "both" || takesCell === "parent" || takesCell === "number" ? takesCell : "location";
    // A head may stand alone when it names one body by itself (column bare): a committee ("Tỉnh ủy"), or a
    // department whose name says what it is ("Sở Y tế", "Sở TN&MT", "Phòng GD&ĐT").
    const bare = col(r, "bare") === "yes";
    // One row, one head: its other spellings share the data object.
    const notBefore = splitList(col(r, "not_before")).map((w) => phraseKeys(w));
    const legalForm = col(r, "legal_form") === "yes";
    const personName = col(r, "person_name") === "yes";
    const info: OrgHeadInfo = { head: heads[0]!, kind: col(r, "kind") || "organization", takes, gloss: col(r, "gloss") || undefined, bare, ...(notBefore.length ? { notBefore } : {}), ...(legalForm ? { legalForm } : {}), ...(personName ? { personName } : {}) };
    for (const head of heads) b.add(phraseKeys(head), { t: "orgHead", info });
  }
  // "Ban Dân vận Trung ương" also exists in every province: "Ban Dân vận" + "Tỉnh ủy X".
  const seen = new Set<string>();
  for (const info of b.orgsByKey.values()) {
    const m = /^((?:Ban|Ủy ban Kiểm tra|Văn phòng)(?: [^ ]+){0,4}?) Trung ương$/u.exec(info.name);
    if (!m || seen.has(m[1]!)) continue;
    seen.add(m[1]!);
    const head: OrgHeadInfo = { head: m[1]!, kind: "party", takes: "parent", gloss: info.gloss?.replace(/^Central /, ""), bare: false };
    b.add(phraseKeys(m[1]!), { t: "orgHead", info: head });
  }
}

/**
 * Places: level words, provinces (2025 and before), districts, countries, foreign places, aliases. `givenNames` tells
 * which district names may be a person's.
 */
function addPlaces(b: LexiconBuilder, givenNames: ReadonlySet<string>): void {
  for (const r of parseTsv(file("location-levels.tsv"))) {
    for (const word of splitList(col(r, "word"))) {
      const notAfter = splitList(col(r, "not_after")).map((w) => phraseKey(w));
      b.add(phraseKeys(word), { t: "level", info: { word: normalizeDisplay(word), kind: col(r, "kind") || "place", ...(notAfter.length ? { notAfter } : {}), ...(col(r, "lower_only") === "yes" ? { lowerOnly: true } : {}), ...(col(r, "numbered") === "yes" ? { numbered: "any" as const } : col(r, "numbered") === "roman" ? { numbered: "roman" as const } : {}), ...(col(r, "native_name") === "yes" ? { nativeName: true } : {}) } });
    }
  }
  for (const r of parseTsv(file("provinces-2025.tsv"))) {
    const name = normalizeDisplay(col(r, "name"));
    if (name) b.addPlace(name, { name, kind: "province", gloss: col(r, "gloss") || undefined, bare: true });
  }
  // District and city names are often also given names ("Phú Nhuận", "Tân Phú", "Long Khánh"): those
  // that can be a person's (a surname first, or given names only) count as places only after a level
  // word; the others are places written bare too ("Nha Trang", "Mộc Châu"), unless they are also
  // ordinary words or names of something else (data/ambiguous-places.tsv: "Hai Bà Trưng", "Tây Sơn").
  const surnames = new Set(parseTsv(file("surnames.tsv")).flatMap((r) => splitList(col(r, "surname")).map(phraseKey)));
  const personLike = (name: string): boolean => {
    const keys = phraseKeys(name);
    return surnames.has(keys[0]!) || keys.every((k) => givenNames.has(k));
  };
  for (const r of parseTsv(file("units-pre2025.tsv"))) {
    const name = normalizeDisplay(col(r, "name"));
    const level = col(r, "level");
    if (!name) continue;
    const province = !r.parent;
    b.addPlace(name, { name, kind: province ? "province" : level === "thành phố" ? "city" : "district", parent: r.parent || undefined, bare: province || !personLike(name) });
  }
  for (const r of parseTsv(file("countries.tsv"))) {
    const name = normalizeDisplay(col(r, "name"));
    if (!name) continue;
    const info: PlaceInfo = { name, kind: "country", gloss: col(r, "gloss") || undefined, bare: true };
    for (const f of [name, ...splitList(col(r, "aliases")).map(normalizeDisplay)]) {
      b.addPlace(f, info);
      b.countries.add(phraseKey(f));
    }
    const capitals = splitList(col(r, "capital")).map(normalizeDisplay);
    for (const c of capitals) b.addPlace(c, { name: capitals[0]!, kind: "city", parent: name, bare: true });
  }
  for (const r of parseTsv(file("foreign-places.tsv"))) {
    const name = normalizeDisplay(col(r, "name"));
    if (!name) continue;
    const info: PlaceInfo = { name, kind: col(r, "kind") || "place", parent: col(r, "country") || undefined, bare: true };
    for (const f of [name, ...splitList(col(r, "aliases")).map(normalizeDisplay)]) b.addPlace(f, info);
  }
  for (const r of parseTsv(file("location-aliases.tsv"))) {
    const alias = normalizeDisplay(col(r, "alias"));
    const canonical = normalizeDisplay(col(r, "canonical")) || alias;
    if (!alias) continue;
    b.addPlace(alias, { name: canonical, kind: col(r, "kind") || "place", bare: true });
  }
}

/** People: surnames, given-name syllables, address words. */
function addPeople(b: LexiconBuilder, givenNames: ReadonlySet<string>): void {
  for (const r of parseTsv(file("surnames.tsv"))) {
    const origin = col(r, "origin") || "kinh";
    const common = col(r, "common") === "yes";
    for (const s of splitList(col(r, "surname"))) b.addSurname(s, origin, common);
  }
  for (const g of givenNames) b.givenNames.add(g);
  for (const r of parseTsv(file("address-words.tsv"))) {
    for (const w of splitList(col(r, "word"))) b.add(phraseKeys(w), { t: "address", kind: col(r, "kind") || "address" });
  }
}

/** Cue words: credit openers, ministry fields, particles of foreign names, words that end or join a body's name. */
function addCueWords(b: LexiconBuilder): void {
  addCueList(b, "portfolios.tsv", "portfolio", "kind", "field");
  addCueList(b, "credit-words.tsv", "credit", "kind", "photo");
  addCueList(b, "name-particles.tsv", "particle", "kind", "particle");
  addCueList(b, "place-words.tsv", "place-word", null, "word");
  addCueList(b, "org-name-words.tsv", "org-word", "role", "ends");
}

/** Every word of a word list as a cue of `list`, its kind read from `kindColumn` (else `fallback`). */
function addCueList(b: LexiconBuilder, name: string, list: CueInfo["list"], kindColumn: string | null, fallback: string): void {
  for (const r of parseTsv(file(name))) {
    const kind = (kindColumn && col(r, kindColumn)) || fallback;
    for (const w of splitList(col(r, "word"))) b.add(phraseKeys(w), { t: "cue", info: { list, text: normalizeDisplay(w), kind } });
  }
}
