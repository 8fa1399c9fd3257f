/**
 * The level words of units of local government (data/admin-levels.tsv: tỉnh, thành phố, TP, huyện, xã …),
 * read once at import, and the questions the linker and the recognizers ask of a name with them.
 */
import { LINK_DATA } from "../generated/link-data";
import { normalizeKey, remember } from "../text/normalize";
import { parseTsv, splitList } from "./tsv";

export interface AdminLevel {
  /** Lower-case, as written ("tp.", "thị xã"). */
  word: string;
  /** province, city, district, ward, commune or village. */
  level: string;
  /** The gazetteer kinds a bare body of this level may belong to. */
  kinds: readonly string[];
  /** The word of a unit of local government written before its name (not "thủ đô", not "thôn"). */
  unit: boolean;
  /** The unit's Party committee in one word ("huyện ủy"), lower-case. */
  committee?: string;
}

/** Levels from the lowest up: a body's name that writes two levels is the lower one's. */
const LEVEL_ORDER = ["village", "commune", "ward", "district", "city", "province"];

export function readAdminLevels(text: string): AdminLevel[] {
  return parseTsv(text)
    .filter((r) => r.word && r.level)
    .map((r) => ({
      word: r.word!.toLowerCase(),
      level: r.level!,
      kinds: splitList(r.kinds),
      unit: r.unit === "yes",
      ...(r.committee ? { committee: r.committee.toLowerCase() } : {}),
    }));
}

export const ADMIN_LEVELS: readonly AdminLevel[] = readAdminLevels(LINK_DATA["admin-levels.tsv"] ?? "");

const byWord = new Map(ADMIN_LEVELS.map((l) => [l.word, l]));
const byCommittee = new Map(ADMIN_LEVELS.filter((l) => l.committee).map((l) => [l.committee!, l]));
// Longest first, so that "tp." is tried before "tp".
const UNIT_WORDS = ADMIN_LEVELS.filter((l) => l.unit)
  .map((l) => l.word)
  .sort((a, b) => b.length - a.length);
const PROVINCIAL_WORDS = ADMIN_LEVELS.filter((l) => l.level === "province" || l.level === "city")
  .map((l) => l.word)
  .sort((a, b) => b.length - a.length);
const CITY_WORDS = UNIT_WORDS.filter((w) => byWord.get(w)!.level === "city");
const MAX_WORDS = Math.max(1, ...ADMIN_LEVELS.map((l) => l.word.split(" ").length));

/** The level ("province", "city", "district" …) of a level word, whatever its case; undefined for another word. */
export function adminLevelOf(word: string): string | undefined {
  return byWord.get(word.toLowerCase())?.level;
}

/** "tỉnh", "Huyện", "thôn": an administrative level's word, which stays one when capitalized mid-sentence. */
export function isAdminLevelWord(word: string): boolean {
  return byWord.has(word.toLowerCase());
}

/** The level word a unit's name begins with, whatever its case ("TP" of "TP Hà Nội"), from `words`. */
function leadingWord(name: string, words: readonly string[]): string | undefined {
  return words.find((w) => name.slice(0, w.length).toLowerCase() === w);
}

/** The unit words of cities as one ("thành phố", "tp.", "tp" → "tp": the shortest), for comparing keys. */
const CITY_KEY = CITY_WORDS.length ? [...CITY_WORDS].sort((a, b) => a.length - b.length)[0]! : "";

/** A word or two of a normalized key, with a city's unit word written one way ("thành phố" → "tp"). */
export function cityWordAsOne(words: string): string {
  return CITY_WORDS.includes(words) ? CITY_KEY : words;
}

/** Every city unit word of a normalized key written one way ("ubnd thành phố hà nội" → "ubnd tp hà nội"). */
export function cityWordsAsOne(key: string): string {
  const words = key.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : "";
    if (two && CITY_WORDS.includes(two)) {
      out.push(CITY_KEY);
      i++;
    } else out.push(cityWordAsOne(words[i]!));
  }
  return out.join(" ");
}

/** "tphcm": a city's unit word glued to the city's letters, split ("tp", "hcm"), or null. */
export function splitGluedCityWord(word: string): [string, string] | null {
  const w = CITY_WORDS.find((c) => !c.includes(" ") && word.length > c.length && word.startsWith(c) && /^\p{L}/u.test(word.slice(c.length)));
  return w ? [cityWordAsOne(w), word.slice(w.length)] : null;
}

/**
 * A body of a level ("UBND huyện", "Huyện ủy") as the body of the unit written with `word` ("quận" → "UBND quận",
 * "Quận ủy"): its level word, or its Party committee, replaced by the one of that word.
 */
export function bodyWithLevelWord(body: string, word: string): string {
  const l = byWord.get(word.toLowerCase());
  if (!l) return body;
  const lower = body.toLowerCase();
  const w = UNIT_WORDS.find((u) => lower.endsWith(` ${u}`));
  if (w) return `${body.slice(0, body.length - w.length)}${word}`;
  const c = byCommittee.get(lower);
  return c && l.committee ? l.committee.charAt(0).toUpperCase() + l.committee.slice(1) : body;
}

/**
 * A place's name as written after a body that names its level, written once: "UBND TP" + "TP. Phan Thiết" is "UBND TP
 * Phan Thiết", "Huyện ủy" + "Huyện Đông Anh" is "Huyện ủy Đông Anh". A central city keeps its own after a Party
 * committee ("Thành ủy Thành phố Hồ Chí Minh": "Hồ Chí Minh" alone is a person's name).
 */
export function placeAfterBody(body: string, place: string): string {
  if (endsWithLevelWord(body)) return withoutLevelWord(place);
  return isLevelCommittee(body) && !isCentralCity(place) ? withoutLevelWord(place) : place;
}

/** "Huyện ủy", "Thành ủy": the Party committee of a level (admin-levels.tsv committee), whose name says that level. */
export function isLevelCommittee(body: string): boolean {
  return byCommittee.has(body.toLowerCase());
}

/** "UBND TP", "Đảng ủy xã": the name ends with a unit's level word. */
export function endsWithLevelWord(name: string): boolean {
  const lower = name.toLowerCase();
  return UNIT_WORDS.some((w) => lower.endsWith(w) && (lower.length === w.length || /\s/u.test(lower[lower.length - w.length - 1]!)));
}

/** "Quận Ba Đình" → "quận": the level word a unit's name starts with, if any. */
export function leadingLevelWord(name: string): string | undefined {
  const without = withoutLevelWord(name);
  return without === name ? undefined : name.slice(0, name.length - without.length).trim().toLowerCase();
}

/** "Thành phố Hồ Chí Minh" → "Hồ Chí Minh", "TP.Phan Thiết" → "Phan Thiết": a unit's name without its level word. */
export function withoutLevelWord(name: string): string {
  for (const w of UNIT_WORDS) {
    if (name.slice(0, w.length).toLowerCase() !== w) continue;
    const gap = /^\s*/u.exec(name.slice(w.length))![0];
    // (A word ending in a dot may be glued to the name; others need a space: "Tỉnh" is not "Tỉnhx".)
    if (gap || w.endsWith(".")) return name.slice(w.length + gap.length);
  }
  return name;
}

/** A normalized key without its leading province or city word ("thủ đô hà nội" → "hà nội"). */
export function withoutProvincialWord(key: string): string {
  const w = PROVINCIAL_WORDS.find((x) => key.startsWith(`${x} `));
  return w ? key.slice(w.length + 1) : key;
}

/** "Thành phố Huế", "TP.HCM": the name begins with a city's level word. */
export function startsWithCityWord(name: string): boolean {
  const w = leadingWord(name, CITY_WORDS);
  // (A word ending in a dot may be glued to the name, as in withoutLevelWord.)
  return !!w && (w.endsWith(".") || !/^[\p{L}\p{N}]/u.test(name.slice(w.length)));
}

/** The level of a body named by its normalized key ("ubnd thị xã" → district, "thành ủy" → city), if written. */
export function levelOfBody(key: string): AdminLevel | undefined {
  // (Asked again and again for the same few names, at every mention of a body: the reading is remembered.)
  const hit = levelsOfBodies.get(key);
  if (hit !== undefined) return hit ?? undefined;
  return remember(levelsOfBodies, key, readLevelOfBody(key) ?? null) ?? undefined;
}
const levelsOfBodies = new Map<string, AdminLevel | null>();

function readLevelOfBody(key: string): AdminLevel | undefined {
  // ("UBND TP.HCM", "UBND TPHCM": a city's unit word glued to its letters is that unit word.)
  const words = key.split(" ").flatMap((w) => splitGluedCityWord(w) ?? [w]);
  const found = [byCommittee.get(words.slice(0, 2).join(" ")), ...levelWordsIn(words)].filter((l) => l !== undefined);
  return found.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level))[0];
}

/** The units' level words among `words`, the longest at each place ("thị xã", not "xã"). */
function levelWordsIn(words: readonly string[]): AdminLevel[] {
  const out: AdminLevel[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      const l = byWord.get(words.slice(i, i + n).join(" "));
      if (!l?.unit) continue;
      out.push(l);
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Cities under the central government (data/provinces-2025.tsv, kind "thành phố"), by their key without a level word. */
const CENTRAL_CITIES: ReadonlySet<string> = new Set(
  parseTsv(LINK_DATA["provinces-2025.tsv"] ?? "")
    .filter((r) => r.kind === "thành phố")
    .map((r) => withoutProvincialWord(normalizeKey(r.name ?? ""))),
);

/** "Đà Nẵng", "TP Hà Nội": a city under the central government, which has a Thành ủy and a city's UBND, not a Tỉnh ủy. */
export function isCentralCity(name: string): boolean {
  return CENTRAL_CITIES.has(withoutProvincialWord(normalizeKey(name)));
}
