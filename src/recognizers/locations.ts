/**
 * Locations: a level word and a name ("tỉnh Quảng Nam", "đường Lê Duẩn", "quận 1"), or a known
 * place name written as a proper noun ("Hà Nội", "Nhật Bản").
 */
import { openerEnd } from "./credits";
import type { LexEntry, PlaceInfo } from "../lexicon/lexicon";
import { isAdminLevelWord } from "../lexicon/admin-levels";
import { capitalizeFirst, normalizeKey } from "../text/normalize";
import { isProperLike, type Token } from "../text/tokenize";
import { has, KIND_BIT, longest, longestEnding, spanKey, spanText, type LocationCandidate, type ScanContext } from "./context";
import { fullNameStartsAt, nameRun, STOP } from "./name-runs";
import { isVietnameseSyllable } from "../text/syllable";
import { contextWords, UNIT_WORDS } from "../dates/words";
import { grammarWords } from "../lexicon/grammar-words";
import { work } from "../util/work";
import { push } from "../util/maps";


const OPENS_SENTENCE = new Set([".", "!", "?", ":", '"', "("]);

/** A known place starting at i, written as a proper noun. */
export function placeAt(ctx: ScanContext, i: number, bareOnly: boolean): { end: number; info: PlaceInfo; cased: string } | null {
  // "VOV.VN", "NĐ-CP": a short capitalized place glued to a dot or dash is part of a code.
  const t = ctx.tokens[i];
  if (!t || !has(ctx, i, "place")) return null;
  const prev = ctx.tokens[i - 1];
  const glued = !!prev && !t.spaceBefore && (prev.key === "." || prev.key === "-" || prev.key === "/");
  // "Đông Anh", "Tuấn Anh": a place name alone right after another capitalized word is the end of
  // some other name (a level word, title or body head before it is fine: "TP Hà Nội").
  //  ("Tại Hà Nội" at the start of a sentence is fine: "Tại" is capitalized only for that.)
  const before = ctx.tokens[i - 2];
  const prevOpensSentence = !before || prev?.lineBreakBefore || OPENS_SENTENCE.has(before.key) || STOP.has(prev?.key ?? "");
  if (bareOnly && prev && prev.kind === "w" && prev.cap && !prev.capsLine && !prevOpensSentence && !t.lineBreakBefore && !termEndsAt(ctx, i) && !prev.allCaps) return null;
  // (A name written exactly as the gazetteer spells it may keep its lower-case words: "Việt Nam Cộng hòa"; a region of two: "Nam bộ".)
  const m = writtenPlace(ctx, i, bareOnly, t, glued);
  // "…\nQuốc Anh\n", "Thu Nga": a line of two capitalized words, the second a one-word place, is an author's byline.
  if (m && bareOnly && m.end === i + 1 && bylineEndsAt(ctx, i)) return null;
  if (!m || everydayWordAt(ctx, i, m.end) || addressBeforeName(ctx, i, m.end)) return null;
  return { end: m.end, info: m.entry.info, cased: m.entry.cased };
}

/** The token at i ends its line and a capitalized word alone before it opens the line. */
function bylineEndsAt(ctx: ScanContext, i: number): boolean {
  const prev = ctx.tokens[i - 1], next = ctx.tokens[i + 1];
  return !!prev && i > 1 && prev.lineBreakBefore && !ctx.tokens[i]!.lineBreakBefore && prev.kind === "w" && isProperLike(prev) && (!next || next.lineBreakBefore);
}

/** "Anh Nguyễn Văn An cho biết", "Anh L. (24 tuổi)": a one-word place that is also an address word, before a Vietnamese full name or an initial, is the address. */
function addressBeforeName(ctx: ScanContext, i: number, end: number): boolean {
  // ("Đại sứ Việt Nam tại Anh Đỗ Minh Hùng": after "tại", the country.)
  if (end !== i + 1 || !has(ctx, i, "address") || ctx.tokens[i - 1]?.key === "tại") return false;
  const next = ctx.tokens[end];
  const initial = !!next && /^\p{Lu}$/u.test(next.cased) && ctx.tokens[end + 1]?.key === "." && !ctx.tokens[end + 1]!.spaceBefore;
  return initial || (fullNameStartsAt(ctx, end) && ctx.lex.surnames.get(next!.key)?.origin === "kinh");
}

/** "Anh hùng", "Pháp luật", "Ý kiến": an everyday word (data/place-words.tsv) whose next syllable, in lower case, follows the place's name. */
function everydayWordAt(ctx: ScanContext, i: number, end: number): boolean {
  const next = ctx.tokens[end];
  if (!next || next.kind !== "w" || isProperLike(next) || next.lineBreakBefore) return false;
  // (A loop, not `longest` with a closure over `end`: a context and a closure at every call.)
  if (!has(ctx, i, "cue")) return false;
  for (const m of ctx.matchesAt(i)) {
    if (m.end > end) for (const e of m.values) if (e.t === "cue" && e.info.list === "place-word") return true;
  }
  return false;
}

// (Apart from placeAt, which runs at every token; and a loop, not `longest` with a closure, which
// would cost a context and a closure at every call.)
function writtenPlace(ctx: ScanContext, i: number, bareOnly: boolean, t: Token, glued: boolean): { end: number; entry: PlaceEntry } | null {
  if (!has(ctx, i, "place") || (glued && t.allCaps)) return null;
  for (const { end, values } of ctx.matchesAt(i)) {
    for (const e of values) {
      if (e.t === "place" && (!bareOnly || e.info.bare || endsInPlace(ctx, i, end)) && (properRun(ctx, i, end) || ((end - i > 2 || (end - i === 2 && e.info.kind === "region")) && isProperLike(t) && spanText(ctx, i, end) === e.cased))) return { end, entry: e };
    }
  }
  return null;
}
type PlaceEntry = Extract<LexEntry, { t: "place" }>;

const TERM_KINDS = KIND_BIT.level | KIND_BIT.title | KIND_BIT.orgHead | KIND_BIT.org | KIND_BIT.modifier;

/** A level word, title, body or modifier ends right before token i ("Hoàng Hậu| Nhật Bản", "TP| Hà Nội"). */
function termEndsAt(ctx: ScanContext, i: number): boolean {
  for (let s = i - 1; s >= 0 && s >= i - 4; s--) {
    if (ctx.kindsAt(s) & TERM_KINDS && ctx.matchesAt(s).some((m) => m.end === i && m.bits & TERM_KINDS)) return true;
  }
  return false;
}

export const isForeignCountry = (info: PlaceInfo): boolean => info.kind === "country" && info.name !== "Việt Nam";

/** A foreign country written as a proper noun at i ("Lào", "Nhật Bản"), not Việt Nam. */
export function foreignCountryAt(ctx: ScanContext, i: number): ReturnType<typeof placeAt> {
  const p = countryAt(ctx, i);
  return p && isForeignCountry(p.info) ? p : null;
}

// (One filter, not an arrow function made at every call.)
const STATE_NOUNS = grammarWords("state-noun");
const COUNTRY_LEVEL = (e: Extract<LexEntry, { t: "level" }>): boolean => e.info.kind === "country";

/** A country written as a proper noun at i, also after a word of its formal name ("Cộng hòa Cuba", "Vương quốc Hà Lan"). */
export function countryAt(ctx: ScanContext, i: number): ReturnType<typeof placeAt> {
  // ("Đại sứ nước Cộng hòa Pháp tại Việt Nam": a word for the state, in lower case, before the country's name.)
  if (STATE_NOUNS.has(ctx.tokens[i]?.key ?? "") && !ctx.tokens[i]!.cap && isProperLike(ctx.tokens[i + 1])) i++;
  const formal = longest(ctx, i, "level", COUNTRY_LEVEL);
  const p = (formal && isProperLike(ctx.tokens[i]) ? placeAt(ctx, formal.end, true) : null) ?? placeAt(ctx, i, true);
  return p && p.info.kind === "country" ? p : null;
}

/**
 * "Hoài Đức", "Đông Anh": a district name that ends in another place name is read whole, even with no
 * level word before it — the other reading, a word and a country, is not how these are written.
 */
function endsInPlace(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (has(ctx, k, "place")) return true;
  return false;
}

/**
 * The words of [a, b) are written as a proper noun: every one capitalized, or, for a long official
 * name, the first and the last ("Hợp chủng quốc Hoa Kỳ", "Cộng hòa xã hội chủ nghĩa Việt Nam").
 */
export function properRun(ctx: ScanContext, a: number, b: number): boolean {
  if (casedAsName(ctx, a, b)) return true;
  // "châu Á", "thủ đô Hà Nội", "Liên bang Nga": a known place may begin with its level word, in lower case
  // or not. (Not after another level word: "các tỉnh miền Trung" are provinces of a region, not a province.)
  const level = longestEnding(ctx, a, "level", 0, b - 1);
  if (!level) return false;
  if (!has(ctx, a - 1, "level") && casedAsName(ctx, level.end, b)) return true;
  // ("đồng bằng sông Hồng", "vùng đồng bằng sông Hồng": and a second level word inside the name, in lower case too.)
  const inner = longestEnding(ctx, level.end, "level", 0, b - 1);
  return !!inner && casedAsName(ctx, inner.end, b);
}

function casedAsName(ctx: ScanContext, a: number, b: number): boolean {
  let lower = 0;
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.inDate[k]) return false;
    // "Cu-ba", "Ô-xtrây-li-a": syllables after a glued hyphen belong to the capitalized word.
    const glued = k > a && ctx.tokens[k - 1]!.key === "-" && !t.spaceBefore && !ctx.tokens[k - 1]!.spaceBefore;
    if (t.kind === "w" && !isProperLike(t) && !glued) lower++;
  }
  if (!isProperLike(ctx.tokens[a])) return false;
  return lower === 0 || (b - a >= 4 && isProperLike(ctx.tokens[b - 1]));
}

const SENTENCE_END = new Set([".", "!", "?", ":", '"', "(", "-", "…"]);
/** The word at k counts the number before it: "3 tỉnh", "20 người", "5 năm" (COUNTED, below; units of time). */
function countedAfter(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === "w" && !t.cap && (t.key in UNIT_WORDS || COUNTED.has(t.key) || has(ctx, k, "level"));
}

const NUMBERED_KINDS = new Set(["district", "ward", "commune", "village", "street"]);
/** "Thành phố Hồ Chí Minh" → "Hồ Chí Minh" (data/admin-levels.tsv). */
export { withoutLevelWord } from "../lexicon/admin-levels";

/** Vietnamese administrative units that have their own local bodies (party committee, People's Committee). */
export const ADMIN_UNIT_KINDS: ReadonlySet<string> = new Set(["province", "city", "district", "ward", "commune"]);
/** Levels whose units are all in the gazetteer (provinces, cities and districts before and after 2025). */
const CLOSED_LIST_KINDS: ReadonlySet<string> = new Set(["province", "city", "district"]);

export function findLocations(ctx: ScanContext): LocationCandidate[] {
  const out: LocationCandidate[] = [];
  const { tokens } = ctx;
  // Tokens inside a known place that starts earlier: "bang" in "Liên bang Nga" is no level word.
  let placeEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.inDate[i] || ctx.inCredit[i]) continue;
    // Every reading below starts on a place or a level word: most tokens are neither.
    if (!(ctx.kindsAt(i) & (KIND_BIT.place | KIND_BIT.level))) continue;
    const lastLocationEnd = out.length ? out[out.length - 1]!.end : -1;
    if (i >= placeEnd) {
      const p = longest(ctx, i, "place");
      if (p) placeEnd = p.end;
    }
    // After "ông", "bà"… comes a person ("bà H.T.P" is not "H." = huyện).
    // ("Sở KH&CN tỉnh Nghệ An": an abbreviation's last letters glued by "&" are no address word, "CN" there is no Bachelor.)
    const afterAddress = i > 0 && has(ctx, i - 1, "address") && !(tokens[i - 2]?.key === "&" && !tokens[i - 1]!.spaceBefore);
    const insidePlace = placeEnd > i && !longest(ctx, i, "place");
    // A known place that starts with a level word ("TP HCM", "Thành phố Hồ Chí Minh") is taken whole.
    const whole = placeAt(ctx, i, true);
    // ("bà Hồ Nam nói": after an address word, a place whose name could be a person's, "Hồ" its surname, is that person.)
    // (Not a country: "anh em Việt Nam", "lấy chồng Hàn Quốc".)
    const personAfterAddress = !!whole && afterAddress && whole.info.kind !== "country" && whole.end - i >= 2 && personLikeName(ctx, i, whole.end);
    if (whole && whole.end - i >= 2 && has(ctx, i, "level") && !personAfterAddress) {
      // ("Khu di tích Chủ tịch Hồ Chí Minh": a named venue that starts with its level word outranks a title inside it, as below.)
      const venue = whole.info.kind === "facility" && !has(ctx, whole.end, "place") && !bodyInside(ctx, i + 1, whole.end);
      out.push({ type: "location", start: whole.info.kind === "country" ? stateWordStart(ctx, i) : i, end: whole.end, priority: venue ? 96 : 90, reason: `gazetteer:${whole.info.kind}`, data: { name: whole.info.name, kind: whole.info.kind, parent: whole.info.parent } });
      continue;
    }
    const level = levelWordAt(ctx, i, afterAddress || insidePlace);
    if (level) {
      const next = afterLevel(ctx, i, level, out);
      if (next >= 0) {
        i = next;
        continue;
      }
    }
    const place = placeAt(ctx, i, true);
    if (personAfterAddress) continue;
    if (place && !partOfLongerName(ctx, i, place.end)) {
      // A place name that holds a country ("Đông Anh", "Hoài Đức") outranks that country inside it.
      // A named venue is taken whole before a title inside its name ("Phủ Chủ tịch", "Lăng Chủ tịch Hồ
      // Chí Minh": no one holds that "Chủ tịch"), unless a place follows ("Phủ Chủ tịch Lào" is that
      // country's office). A body named inside it stays a body ("Nhà Quốc hội", "Trụ sở Trung ương Đảng").
      const venue = place.info.kind === "facility" && place.end - i >= 2 && !has(ctx, place.end, "place") && !bodyInside(ctx, i + 1, place.end) && !insideKnownBody(ctx, i, place.end);
      const priority = venue ? 96 : place.info.kind === "country" || endsInPlace(ctx, i, place.end) ? 62 : 60;
      out.push({ type: "location", start: i, end: place.end, priority, reason: `gazetteer:${place.info.kind}`, data: { name: place.info.name, kind: place.info.kind, parent: place.info.parent } });
      continue;
    }
    // A district named without its level word, in a list after another place: "xã Việt Hùng, Đông Anh",
    // "Hà Nội - Hà Đông"; or after a word that only a place follows: "ở Mộc Châu", "tại Đông Anh".
    // ("thị trấn Trới (Hạ Long, Quảng Ninh)", "khu công nghiệp Việt Hưng (Hạ Long)": in parentheses right after a place, where it lies.)
    // ("chị Ngà (Long Biên, Hà Nội)": opening parentheses, before a comma and a known place that closes them, where someone lives.)
    const listed = ((LIST_JOINERS.has(tokens[i - 1]?.key ?? "") || tokens[i - 1]?.key === "(") && lastLocationEnd === i - 1) || afterLocative(ctx, i) || afterToward(ctx, i);
    const opensAddress = !listed && tokens[i - 1]?.key === "(";
    const district = listed || opensAddress ? placeAt(ctx, i, false) : null;
    if (district && opensAddress && !placeClosesParentheses(ctx, district.end)) continue;
    if (district && partOfLongerName(ctx, i, district.end)) continue;
    if (district) out.push({ type: "location", start: i, end: district.end, priority: 58, reason: `listed:${district.info.kind}`, data: { name: district.info.name, kind: district.info.kind, parent: district.info.parent } });
  }
  return withoutCountedLevel(ctx, withBareNamed(ctx, withNamedAfterSomeone(ctx, joinAddresses(withCoordinated(ctx, withHouseNumbers(ctx, out))))));
}

const AT_PLACE = grammarWords("at-place");

/**
 * "các quán bar tại Bùi Viện", "ở Nguyễn Huệ": a name shaped like a person's right after "tại" or "ở" (grammar-words.tsv
 * at-place) is a place named after someone, a street or a quarter (persons.ts reads no person there); two or three
 * capitalized Vietnamese syllables, a surname first, nothing capitalized after them.
 */
function withNamedAfterSomeone(ctx: ScanContext, found: LocationCandidate[]): LocationCandidate[] {
  const { tokens } = ctx;
  let added: LocationCandidate[] | undefined;
  let f = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (!AT_PLACE.has(tokens[i - 1]!.key) || !ctx.lex.surnames.has(tokens[i]!.key) || tokens[i]!.lineBreakBefore) continue;
    while (f < found.length && found[f]!.end <= i) f++;
    if (f < found.length && found[f]!.start <= i + 2) continue; // (a place found there already)
    if (ctx.kindsAt(i) & (KIND_BIT.place | KIND_BIT.org | KIND_BIT.orgHead | KIND_BIT.title) || ctx.inDate[i] || ctx.inCredit[i]) continue;
    // (Its own run: "Viện" in "Bùi Viện" is a syllable of the name here, not a body's head.)
    let end = i;
    while (end < tokens.length && end - i < 4 && tokens[end]!.kind === "w" && tokens[end]!.cap && !tokens[end]!.allCaps && isVietnameseSyllable(tokens[end]!.key) && (end === i || !tokens[end]!.lineBreakBefore)) end++;
    if (end - i < 2 || end - i > 3 || isProperLike(tokens[end])) continue;
    // ("anh Hoàng Văn Nam … điều đáng quý ở Hoàng Văn Nam": not a name the text gives a person elsewhere.)
    if (personNamedElsewhere(ctx, i, end)) continue;
    (added ??= []).push({ type: "location", start: i, end, priority: 60, reason: "named-after-someone", data: { name: spanText(ctx, i, end), kind: "street" } });
  }
  return added ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}

/**
 * "khu du lịch quốc gia Sơn Trà … quy hoạch Sơn Trà": a listed place the text names with a level word is the same
 * place written bare elsewhere, though its name alone could be a person's; not after an address word, a title or a level
 * word, nor inside a longer capitalized name.
 */
function withBareNamed(ctx: ScanContext, found: LocationCandidate[]): LocationCandidate[] {
  const { tokens } = ctx;
  let names: Set<string> | undefined;
  // ("xã đảo Thạnh An … công nhận Thạnh An là xã đảo", "bãi tắm Bãi Cháy … đến với Bãi Cháy": an unlisted name too, of
  // two or three capitalized Vietnamese syllables, by its words.)
  // (Keyed by the name's words; `order` is when the name was first given, the later of two names at one place wins.)
  let unlisted: Map<string, { kind: string; length: number; order: number }> | undefined;
  // (Their first words: no key is made at a word that starts none of them.)
  let unlistedFirst: Set<string> | undefined;
  for (const c of found) {
    const byName = c.reason.startsWith("level+name:");
    if (!c.reason.startsWith("level+place:") && !byName) continue;
    const level = longest(ctx, c.start, "level");
    if (!level || level.end >= c.end || has(ctx, level.end, "level")) continue;
    if (!byName) (names ??= new Set()).add(spanKey(ctx, level.end, c.end));
    else {
      // (Without the unit's number: "hầm Hải Vân 1" names "Hải Vân".)
      const nameEnd = c.end - 1 > level.end && tokens[c.end - 1]!.kind === "n" ? c.end - 1 : c.end;
      if (nameEnd - level.end >= 2 && nameEnd - level.end <= 3 && nativeNameRun(ctx, level.end, nameEnd)) {
        const key = spanKey(ctx, level.end, nameEnd);
        unlisted ??= new Map();
        unlisted.set(key, { kind: c.data.kind, length: nameEnd - level.end, order: unlisted.get(key)?.order ?? unlisted.size });
        (unlistedFirst ??= new Set()).add(tokens[level.end]!.key);
      }
    }
  }
  if (!names && !unlisted) return found;
  const covered = new Uint8Array(tokens.length);
  for (const c of found) covered.fill(1, c.start, c.end);
  const added: LocationCandidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (covered[i] || ctx.inDate[i] || ctx.inCredit[i] || !isProperLike(tokens[i])) continue;
    const prev = tokens[i - 1]!;
    if (isProperLike(prev) && !prev.lineBreakBefore && !SENTENCE_END.has(tokens[i - 2]?.key ?? ".")) continue;
    if (ctx.kindsAt(i - 1) & (KIND_BIT.address | KIND_BIT.title | KIND_BIT.level | KIND_BIT.orgHead | KIND_BIT.org)) continue;
    if (bodyNameBefore(ctx, i)) continue;
    // (Not an unlisted name that goes on a list, "Tổ bầu cử thôn Yên Vực, Yên Cảnh, Trung Đào": the list may be a title's.)
    if (unlisted && prev.key !== "," && prev.key !== "và" && unlistedFirst!.has(tokens[i]!.key)) {
      // (Looked up by the words at i, two or three of them: a text of many such names tried each at every capitalized word.)
      let hit: { kind: string; length: number; order: number } | undefined;
      for (let length = 2; length <= 3; length++) {
        const end = i + length;
        work.lookups++;
        if (end > tokens.length || covered[end - 1] || isProperLike(tokens[end])) continue;
        const u = unlisted.get(spanKey(ctx, i, end));
        if (u && u.length === length && (!hit || u.order > hit.order) && namedElsewhere(ctx, i, end) !== "person") hit = u;
      }
      if (hit) {
        // ("đi Hải Vân 1": the unit's number after its name, as after its level word.)
        const end = NUMBERED_NAME_KINDS.has(hit.kind) ? numberAfterName(ctx, i + hit.length) : i + hit.length;
        added.push({ type: "location", start: i, end, priority: 56, reason: "named-elsewhere", data: { name: spanText(ctx, i, end), kind: hit.kind } });
        i = end - 1;
        continue;
      }
    }
    if (!names || !(ctx.kindsAt(i) & KIND_BIT.place)) continue;
    const place = placeAt(ctx, i, false);
    if (!place || place.info.kind === "country" || !names.has(spanKey(ctx, i, place.end)) || covered[place.end - 1] || isProperLike(tokens[place.end])) continue;
    // (Not a name that alone means something else, data/ambiguous-places.tsv: "khởi nghĩa Hai Bà Trưng" beside "quận Hai Bà
    // Trưng". The lexicon marks those, like the names that could be a person's, as not bare; these are the others.)
    if (!place.info.bare && !personLikeName(ctx, i, place.end)) continue;
    added.push({ type: "location", start: i, end: place.end, priority: 56, reason: "named-elsewhere", data: { name: place.info.name, kind: place.info.kind, parent: place.info.parent } });
    i = place.end - 1;
  }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}

/** Tokens [a, b) are Vietnamese syllables, not acronyms, and none starts a body's name. */
function nativeNameRun(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === "p") continue; // ("kênh Nhiêu Lộc – Thị Nghè")
    if (t.kind !== "w" || t.allCaps || !isVietnameseSyllable(t.key) || ctx.kindsAt(k) & (KIND_BIT.org | KIND_BIT.orgHead)) return false;
  }
  return true;
}

/** A surname first, or given names only (as the lexicon tells which district names could be a person's). */
function personLikeName(ctx: ScanContext, a: number, b: number): boolean {
  if (ctx.lex.surnames.has(ctx.tokens[a]!.key)) return true;
  for (let k = a; k < b; k++) if (!ctx.lex.givenNames.has(ctx.tokens[k]!.key)) return false;
  return true;
}

/** "Phòng Văn hóa thông tin Hội An": a capitalized body's head a few words before i, no punctuation between; the place ends its name. */
function bodyNameBefore(ctx: ScanContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind !== "w" || t.lineBreakBefore) return false;
    if (t.cap && has(ctx, k, "orgHead")) return true;
  }
  return false;
}

/** "2 tỉnh Salavan và Sê Kông": after a count, the places are named without their level word (countedLevel). */
function withoutCountedLevel(ctx: ScanContext, found: LocationCandidate[]): LocationCandidate[] {
  for (const c of found) {
    if (!c.reason.startsWith("level+place:") && !c.reason.startsWith("level+name:")) continue;
    const level = longest(ctx, c.start, "level");
    if (level && level.end < c.end && countedLevel(ctx, c.start, level.entry.info.kind)) c.start = level.end;
  }
  return found;
}

/** ", Hà Nội)": a comma at k, then a known place that the closing parenthesis ends. */
function placeClosesParentheses(ctx: ScanContext, k: number): boolean {
  if (ctx.tokens[k]?.key !== ",") return false;
  const place = placeAt(ctx, k + 1, false);
  return !!place && ctx.tokens[place.end]?.key === ")";
}

/** Level words of a place a quarter may be named after ("khu dân cư cầu Dần Xây"). */
const INNER_LEVEL_KINDS: ReadonlySet<string> = new Set(["facility", "natural", "street"]);

type LevelMatch = { end: number; entry: Extract<LexEntry, { t: "level" }> };

/** A level word at i: not inside a known place or right after an address word, and not one of its other readings. */
function levelWordAt(ctx: ScanContext, i: number, blocked: boolean): LevelMatch | null {
  const { tokens } = ctx;
  let level = blocked ? null : longest(ctx, i, "level");
  // "yêu cầu Bộ Y tế", "văn bản Bộ Tài chính": the word is a syllable of another word there.
  if (level?.entry.info.notAfter?.includes(tokens[i - 1]?.key ?? "")) level = null;
  // ("Bến Tre", "Bến Nhà Rồng": a level word only in lower case is none capitalized; createContext drops it then.)
  // Mid-sentence, a capitalized "Hồ", "Sông", "Cầu", "Chợ" starts a proper name ("Hồ Chí Minh",
  // "Cầu Giấy"), not a level word; administrative levels are often capitalized and stay.
  if (level && level.end === i + 1 && tokens[i]!.cap && !tokens[i]!.allCaps && !tokens[i]!.lineBreakBefore && !SENTENCE_END.has(tokens[i - 1]?.key ?? ".") && !isAdminLevelWord(tokens[i]!.key) && !foreignState(ctx, i)) level = null;
  return level;
}

/**
 * The readings after a level word at i ("tỉnh Nghệ An", "quận 1", "phường Mỹ Đình", "các huyện: A, B"), pushed to
 * `out`: the token to go on after (i, or the end of a list), or -1 when none applies and the other readings of i follow.
 */
function afterLevel(ctx: ScanContext, i: number, level: LevelMatch, out: LocationCandidate[]): number {
  const { tokens } = ctx;
  let j = level.end;
  // "TP. HCM", "Q.1": a dot only after an abbreviated level word.
  const abbr = tokens[level.end - 1]!.allCaps || tokens[level.end - 1]!.cased.length === 1;
  if (abbr && tokens[j]?.key === "." && tokens[j]!.spaceBefore === false && !tokens[j + 1]?.lineBreakBefore) j++;
  // ("… nhân dân TP. Ông Nguyễn Thiện Nhân sinh năm 1953": an address word after the dot opens a sentence.)
  if (tokens[j - 1]?.key === "." && has(ctx, j, "address") && !placeAt(ctx, j, false)) return i;
  if (tokens[j]?.lineBreakBefore) return i;
  // ("An toàn khu (ATK) Định Hóa", "Khu kinh tế (KKT) Vân Phong": the level word's abbreviation in parentheses, then the name.)
  if (tokens[j]?.key === "(" && tokens[j + 1]?.kind === "w" && tokens[j + 1]!.allCaps && tokens[j + 2]?.key === ")" && isProperLike(tokens[j + 3]) && !tokens[j + 3]!.lineBreakBefore) j += 3;
  // "H.T.P" is a run of initials, not "H." (huyện) + "T".
  if (abbr && tokens[j]?.cased.length === 1 && tokens[j + 1]?.key === ".") return i;
  // "các huyện: Hà Trung, Nga Sơn": after a plural level word and a colon, the places of that level
  // are listed by their names (the next ones as in a list after a place, below).
  // ("Quận Cầu Giấy có 8 phường, gồm: Yên Hòa, Mai Dịch, …", "3 ấp: Thạnh Hòa và Thạnh Bình": after a count too, and
  // the wards and villages the gazetteer does not list are read by their capitalized names, a number kept: "Mỹ Đình 2".)
  // ("các quận, huyện: Hà Đông, Hoài Đức": more levels of local government joined to the first before the colon.)
  let levels = j;
  while (tokens[levels]?.key === "," || tokens[levels]?.key === "và") {
    const more = longest(ctx, levels + 1, "level");
    if (!more || !ADMIN_UNIT_KINDS.has(more.entry.info.kind)) break;
    levels = more.end;
  }
  const g = tokens[levels]?.key === "," ? levels + 1 : levels;
  const colon = tokens[g]?.key === ":" ? g : tokens[g]?.key === "gồm" && tokens[g + 1]?.key === ":" ? g + 1 : -1;
  if (colon >= 0 && pluralBefore(tokens, i) && !tokens[colon + 1]?.lineBreakBefore) {
    const unlisted = BELOW_DISTRICT_KINDS.has(level.entry.info.kind);
    for (let k = colon + 1; k < tokens.length && !tokens[k]!.lineBreakBefore; ) {
      const found = placeAt(ctx, k, false);
      const run = unlisted ? nameRun(ctx, k, 4) : k;
      // ("Mỹ Đình 1": a ward's name that begins with a country's is the ward's.)
      const known = found && found.info.kind !== "country" && found.end >= run ? found : null;
      let end = known ? known.end : run;
      if (end === k) break;
      if (unlisted) end = numberAfterName(ctx, end);
      const kind = known?.info.kind ?? level.entry.info.kind;
      out.push({ type: "location", start: k, end, priority: known ? 58 : 87, reason: `listed:${kind}`, data: { name: known?.info.name ?? spanText(ctx, k, end), kind, parent: known?.info.parent } });
      i = end - 1;
      const sep = tokens[end]?.key;
      if (sep !== "," && sep !== "và") break;
      k = end + 1;
    }
    return i;
  }
  // ("khu công viên Rừng Sác", "khu dân cư cầu Dần Xây", "khu tập thể ga Cổ Loa": a quarter named after the place in
  // it, written with that place's own level word, is one place; so is a tunnel or a bridge named after its river:
  // "đường hầm sông Sài Gòn", "cầu sông Hàn".)
  const outer = level.entry.info.kind;
  const inner = (outer === "village" || outer === "facility") && tokens[j]?.kind === "w" && !tokens[j]!.cap ? longest(ctx, j, "level") : null;
  if (inner && (outer === "village" ? INNER_LEVEL_KINDS.has(inner.entry.info.kind) : inner.entry.info.kind === "natural")) {
    const named: LocationCandidate[] = [];
    afterLevel(ctx, j, inner, named);
    const c = named.find((n) => n.start === j);
    if (c) {
      out.push({ ...c, start: i, reason: `level+place:${level.entry.info.word}`, data: { ...c.data, name: capitalizeFirst(`${spanText(ctx, i, level.end)} ${spanText(ctx, j, c.end)}`), kind: level.entry.info.kind } });
      return c.end - 1;
    }
  }
  // "xã Đức Thắng", "phường Mỹ Đình": not the country, the first syllable of the unit's name.
  const found = placeAt(ctx, j, false);
  // ("khu tập thể Thanh Xuân Bắc", "phường Thanh Xuân Nam": a unit below a district named after one, with one more syllable;
  // so is a facility: "sân bay quốc tế Tân Sơn Nhất" is not at "Tân Sơn".)
  const longerKind = BELOW_DISTRICT_KINDS.has(level.entry.info.kind) || level.entry.info.kind === "facility";
  const longer = found && partOfLongerName(ctx, j, found.end, longerKind && found.info.kind !== "country");
  const place = found && !longer ? found : null;
  // "Cộng hòa", "Vương quốc" count only before a known country ("nghị sĩ Cộng hòa Lindsey Graham").
  if (level.entry.info.kind === "country" && place?.info.kind !== "country") return i;
  // ("rừng Việt Nam", "kênh Việt Nam": a country after a word of a place with a Vietnamese name is what it belongs to.)
  if (level.entry.info.nativeName && place?.info.kind === "country") return -1;
  const levelText = spanText(ctx, i, level.end);
  const street = level.entry.info.kind === "street";
  // "các tỉnh Nam Trung Bộ", "các tỉnh Tây Nguyên": a unit's level word before a region is a plural's
  // (the provinces of the region), and the place is the region alone.
  if (place?.info.kind === "region" && isAdminLevelWord(level.entry.info.word)) {
    out.push({ type: "location", start: j, end: place.end, priority: 90, reason: `gazetteer:region`, data: { name: place.info.name, kind: place.info.kind, parent: place.info.parent } });
    return i;
  }
  if (place) {
    // "cao tốc TPHCM - Long Thành - Dầu Giây": a road named by the places it joins.
    // ("thủy điện Sê San 4", "phường Cổ Nhuế 2": a number after a known place's name is the unit's.)
    const end = street ? routeEnd(ctx, place.end) : NUMBERED_NAME_KINDS.has(level.entry.info.kind) ? numberAfterName(ctx, place.end) : place.end;
    // ("phố Huế", "đường Hà Nội": a street named after a place is a street.)
    // ("sông Mekong" is "Sông Mê Kông", "hồ Hồ Gươm" is "Hồ Gươm": a name that has its level word already keeps one.)
    const named = place.info.kind === "country" || place.info.kind === "province" || normalizeKey(place.info.name).startsWith(normalizeKey(levelText) + " ");
    const name = end > place.end || street ? capitalizeFirst(`${levelText} ${spanText(ctx, j, end)}`) : named ? place.info.name : capitalizeFirst(`${levelText} ${place.info.name}`);
    out.push({ type: "location", start: level.entry.info.kind === "country" ? stateWordStart(ctx, i) : i, end, priority: 90, reason: `level+place:${level.entry.info.word}`, data: { name, kind: levelKind(level.entry.info.kind, place.info), parent: place.info.parent } });
    return i;
  }
  const t = tokens[j];
  // "quận 1", "phường 3", "Quốc lộ 1A", "suối 33" (not "cầu 6", "hầm 1": numbered parts, not names).
  // (A word numbered only by the data, "khu vực", counts what follows its number: "khu vực 3 tỉnh Tây Nguyên".)
  const byData = !NUMBERED_KINDS.has(level.entry.info.kind) && !!level.entry.info.numbered;
  const numbered = NUMBERED_KINDS.has(level.entry.info.kind) || (byData && !countedAfter(ctx, j + 1));
  // ("khu vực VIII": such a word is numbered in roman numerals too.)
  const roman = byData && !!t && t.allCaps && /^[ivxl]{1,5}$/u.test(t.key);
  const arabic = !!t && (t.kind === "n" || /^\p{N}{1,3}\p{L}?$/u.test(t.key)) && level.entry.info.numbered !== "roman";
  if (t && numbered && (arabic || roman) && t.key.length <= 5 && !t.lineBreakBefore) {
    out.push({ type: "location", start: i, end: j + 1, priority: 85, reason: `level+number:${level.entry.info.word}`, data: { name: capitalizeFirst(`${levelText} ${t.cased}`), kind: level.entry.info.kind } });
    return i;
  }
  // "… của TP. Ảnh: Hoàng Giang": a credit's opener before its colon (credit-words.tsv) is no place's name.
  if (openerEnd(tokens, ctx, j) >= 0) return i;
  // "Phó Chủ tịch UBND tỉnh Nguyễn Hồng Lĩnh": the province is named elsewhere, the name is the holder's.
  // (Not after xã or phường: wards are named after people — "phường Trần Hưng Đạo".)
  // ("Chủ tịch thành phố Hoàng Minh Tuấn": past the whole level word, so that "phố" is not read as a street's.)
  if (holderAfterLevel(ctx, i, j, level.entry.info.kind)) return level.end - 1;
  // In a headline every word is capitalized: only a known place or a number follows a level word there.
  // ("hội trường UBND phường": a body's abbreviation after the level word names whose hall it is, not the place.)
  const run = tokens[j]?.capsLine || (tokens[j]?.allCaps && (has(ctx, j, "orgHead") || has(ctx, j, "org"))) ? j : personAfterForeignName(ctx, j, nameRun(ctx, j, street ? 8 : 5));
  const end = street && run > j ? routeEnd(ctx, run) : run > j && NUMBERED_NAME_KINDS.has(level.entry.info.kind) ? numberAfterName(ctx, run) : run;
  // "đường Nhân dân…": one capitalized syllable that the name continues past in lower case.
  const next = tokens[end];
  // (Not a one-token foreign or ethnic name: "huyện Đakrông", "đường Yersin"; nor a river's, a lake's or a
  // mountain's, whose names are often one syllable: "sông Hồng dâng cao", "núi Bà"; nor, but for a building's, before a
  // word that joins names: "đường Láng và …", "các tỉnh miền Trung và Nam Bộ".)
  // ("sông Ngũ huyện Khê": a level word after the syllable may be the name's own: no place.)
  // ("kênh Đảng", "kênh VTV1": a level word whose place has a Vietnamese name is no such place before a body or an acronym.)
  if (level.entry.info.nativeName && !nativeNameRun(ctx, j, end)) return -1;
  const truncated = end - j === 1 && (level.entry.info.kind !== "natural" || level.entry.info.nativeName || has(ctx, end, "level")) && isVietnameseSyllable(tokens[j]!.key) && !!next && next.kind === "w" && !next.cap && !next.capsLine && !next.lineBreakBefore && !(level.entry.info.kind !== "facility" && NAME_JOINERS.has(next.key));
  if (end > j && !truncated) {
    out.push({ type: "location", start: i, end, priority: 88, reason: `level+name:${level.entry.info.word}`, data: { name: capitalizeFirst(`${levelText} ${spanText(ctx, j, end)}`), kind: level.entry.info.kind } });
    return i;
  }
  return -1;
}

/** "22", "12A" (one token). */
const houseNumber = (t: Token): boolean => t.kind === "n" || /^\p{N}{1,4}\p{L}$/u.test(t.key);

/** Words before "số N" that make it a house number (grammar-words.tsv house-number). */
const HOUSE_NUMBER_CUES = grammarWords("house-number");

/**
 * "nhà đất: số 22 Cô Giang", "trụ sở tại số 12 Tôn Đản": after a house number the name is the street's, not a
 * person's (a street named after someone is a location). Only where the words before "số" make it an address:
 * "áo số 10 Nguyễn Quang Hải" is a player. The street's name alone is the place (no level word was written).
 */
function withHouseNumbers(ctx: ScanContext, found: LocationCandidate[]): LocationCandidate[] {
  const { tokens } = ctx;
  const added: LocationCandidate[] = [];
  const startsAt = new Set(found.map((c) => c.start));
  let lastEnd = -1;
  for (let i = 1; i + 2 < tokens.length; i++) {
    // ("số 22 Cô Giang, số 45 Nguyễn Thái Học, 20 Bạch Đằng": a list of addresses goes on after a comma.)
    const listed = tokens[i - 1]!.key === "," && lastEnd === i - 1;
    const at = tokens[i]!.key === "số" && houseNumber(tokens[i + 1]!) ? i + 1 : listed && houseNumber(tokens[i]!) ? i : -1;
    if (at < 0) continue;
    // ("…, số 5 Trần Thánh Tông, Hà Nội": after a comma, an address goes on with its place.)
    if (!listed && !HOUSE_NUMBER_CUES.has(tokens[i - 1]!.key) && tokens[i - 1]!.key !== ",") continue;
    // The number, with a glued "/N" or letter ("số 25/3", "số 12A").
    let j = at + 1;
    if (tokens[j]?.key === "/" && !tokens[j]!.spaceBefore && tokens[j + 1]?.kind === "n" && !tokens[j + 1]!.spaceBefore) j += 2;
    else if (tokens[j]?.kind === "w" && !tokens[j]!.spaceBefore && tokens[j]!.key.length === 1) j++;
    const t = tokens[j];
    if (!t || !t.spaceBefore || t.lineBreakBefore || t.capsLine || ctx.inDate[j] || ctx.inCredit[j]) continue;
    if (ctx.kindsAt(j) & (KIND_BIT.level | KIND_BIT.title | KIND_BIT.org | KIND_BIT.orgHead)) continue;
    const end = nameRun(ctx, j, 4);
    if (end - j < 2 || !properRun(ctx, j, end)) continue;
    if (tokens[i - 1]!.key === "," && !listed && !(tokens[end]?.key === "," && startsAt.has(end + 1))) continue;
    added.push({ type: "location", start: j, end, priority: 88, reason: "house-number", data: { name: spanText(ctx, j, end), kind: "street" } });
    i = end - 1;
    lastEnd = end;
  }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}

/** Words that put a place after them: "ở", "tại", "trú" (tại), "quê". */
const LOCATIVE = grammarWords("locative");
const TOWARD = grammarWords("toward-place");
const NAME_JOINERS = grammarWords("name-joiner");
/** Token i follows, on its line, one of `words`. */
const afterWordOf = (words: ReadonlySet<string>, ctx: ScanContext, i: number): boolean => words.has(ctx.tokens[i - 1]?.key ?? "") && !ctx.tokens[i]!.lineBreakBefore;
const afterLocative = (ctx: ScanContext, i: number): boolean => afterWordOf(LOCATIVE, ctx, i);
/** After a verb of going ("đến Hội An", "về Biên Hòa"). */
const afterToward = (ctx: ScanContext, i: number): boolean => afterWordOf(TOWARD, ctx, i);

/**
 * Places no gazetteer lists, named where only a place can stand:
 * - after "và" (or, after a plural, in a comma list) following a place with its level word, one of the
 *   same level: "huyện Hướng Hóa và Đakrông", "các xã Tân Lập, Tân Hòa và Tân Tiến";
 * - after a locative word, names ending in a known place in parentheses: "ở Lỗ Giao, Việt Hùng (Đông Anh)".
 */
function withCoordinated(ctx: ScanContext, found: LocationCandidate[]): LocationCandidate[] {
  const added: LocationCandidate[] = [];
  const { tokens } = ctx;
  const foundAt = new Map<number, LocationCandidate>();
  for (const c of found) foundAt.set(c.start, c); // (no [start, c] pair made per place)
  // The names that follow a level word here ("phường Phong Khê" → "phong khê"), and their kinds.
  const namedUnits = new Map<string, string>();
  for (const c of found) {
    if (!c.reason.startsWith("level+")) continue;
    const level = longest(ctx, c.start, "level");
    if (!level || level.end >= c.end) continue;
    // (Without the unit's number: "thủy điện Đa Nhim 2" names "Đa Nhim".)
    const nameEnd = c.end - 1 > level.end && tokens[c.end - 1]!.kind === "n" ? c.end - 1 : c.end;
    if (c.reason.startsWith("level+name:")) namedUnits.set(spanKey(ctx, level.end, nameEnd), c.data.kind);
    const plural = pluralBefore(tokens, c.start);
    let levelText: string | undefined; // (read only when an unknown name is listed after it)
    for (let k = pastPlaceAside(tokens, c.end, foundAt), guard = 0; guard < 6; guard++) {
      const joiner = tokens[k]?.key;
      if (joiner !== "và" && !(joiner === "," && plural)) break;
      // (A place found already: the list goes on after it.)
      const have = foundAt.get(k + 1);
      if (have) {
        if (joiner === "và") break;
        k = pastPlaceAside(tokens, have.end, foundAt);
        continue;
      }
      // ("quận Hoàng Mai và Long Biên": a listed place of the same level, which alone needs its level word.)
      const known = placeAt(ctx, k + 1, false);
      if (known && known.info.kind === level.entry.info.kind && !partOfLongerName(ctx, k + 1, known.end, true)) {
        added.push({ type: "location", start: k + 1, end: known.end, priority: 74, reason: `coordinated:${level.entry.info.word}`, data: { name: known.info.name, kind: known.info.kind, parent: known.info.parent } });
        if (joiner === "và") break;
        k = pastPlaceAside(tokens, known.end, foundAt);
        continue;
      }
      const end = unknownPlaceName(ctx, k + 1, level.entry.info.kind === "street");
      if (end < 0) break;
      added.push({ type: "location", start: k + 1, end, priority: 74, reason: `coordinated:${level.entry.info.word}`, data: { name: capitalizeFirst(`${(levelText ??= spanText(ctx, c.start, level.end))} ${spanText(ctx, k + 1, end)}`), kind: c.data.kind } });
      if (joiner === "và") break;
      k = pastPlaceAside(tokens, end, foundAt);
    }
  }
  for (let i = 1; i < tokens.length; i++) if (afterLocative(ctx, i)) placesAfterLocative(ctx, i, foundAt, added, namedUnits);
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}

/** Past the place written in parentheses at k ("cụm công nghiệp Phú Lâm (huyện Tiên Du) và Phong Khê"), else k. */
function pastPlaceAside(tokens: Token[], k: number, foundAt: Map<number, LocationCandidate>): number {
  const inner = tokens[k]?.key === "(" ? foundAt.get(k + 1) : undefined;
  return inner && tokens[inner.end]?.key === ")" ? inner.end + 1 : k;
}

/**
 * After "ở"/"tại", a comma list of places, the unlisted ones among them names of two or three syllables:
 * ending in a known place in parentheses ("ở Lỗ Giao, Việt Hùng (Đông Anh)", "trú tại khu Trung, Việt
 * Hùng (Đông Anh)") or in a known unit ("ở Lỗ Giao, Việt Hùng, Đông Anh"), or, two unlisted names or
 * more and nothing else, at the clause's end ("ở Lỗ Giao, Việt Hùng; công nhân …").
 */
function placesAfterLocative(ctx: ScanContext, i: number, foundAt: Map<number, LocationCandidate>, added: LocationCandidate[], namedUnits: ReadonlyMap<string, string>): void {
  const { tokens } = ctx;
  const names: Array<[number, number]> = [];
  let known = 0;
  let last: LocationCandidate | undefined; // the list's last item, when a listed place
  let k = i;
  for (let items = 0; items < 4; items++) {
    const c = foundAt.get(k);
    const end = c ? c.end : unknownPlaceName(ctx, k, false);
    if (end <= k || (!c && end - k < 2)) break;
    last = c;
    if (c) known++;
    else names.push([k, end]);
    k = end;
    if (tokens[k]?.key !== "," || tokens[k + 1]?.lineBreakBefore) break;
    k++;
  }
  if (!names.length) return;
  const next = tokens[k];
  const within = next?.key === "(" && !tokens[k + 1]?.lineBreakBefore ? foundAt.get(k + 1) : undefined;
  const closed = !!within && tokens[within.end]?.key === ")" && within.data.kind !== "country";
  const clauseEnd = !next || next.lineBreakBefore || next.key === ";" || next.key === "." || next.key === ")";
  // ("ở Lỗ Giao, Việt Hùng, Đông Anh": the unit they lie in, last.)
  const inUnit = !!last && ADMIN_UNIT_KINDS.has(last.data.kind) && names[names.length - 1]![1] < last.start;
  if (!closed && !inUnit && !(known === 0 && names.length >= 2 && clauseEnd)) {
    // ("… phường Phong Khê … 6 doanh nghiệp ở Phong Khê": a name the text gives a level word elsewhere.)
    for (const [a, b] of names) {
      const kind = namedUnits.get(spanKey(ctx, a, b));
      if (!kind) continue;
      // ("ở Sê San 4": the unit's number after its name, as after its level word.)
      const end = numberAfterName(ctx, b);
      added.push({ type: "location", start: a, end, priority: 74, reason: "named-elsewhere", data: { name: spanText(ctx, a, end), kind } });
    }
    return;
  }
  for (const [a, b] of names) added.push({ type: "location", start: a, end: b, priority: 74, reason: "named-within-place", data: { name: spanText(ctx, a, b), kind: "place" } });
}

/**
 * A name of two or three capitalized syllables (or one foreign word: "Đakrông") at j that is not a known place, body, title or
 * person's address, with no capitalized word after it; its end, or -1. (A full name "Nguyễn Văn An" only
 * for a street: streets are named after people, communes seldom.)
 */
function unknownPlaceName(ctx: ScanContext, j: number, street: boolean): number {
  const t = ctx.tokens[j];
  // ("hoàng thành Thăng Long và BQL Văn Miếu": an acronym starts no place's name.)
  if (!t || t.lineBreakBefore || t.capsLine || t.allCaps || !isProperLike(t) || ctx.inDate[j] || ctx.inCredit[j]) return -1;
  if (ctx.kindsAt(j) & (KIND_BIT.place | KIND_BIT.level | KIND_BIT.title | KIND_BIT.org | KIND_BIT.orgHead | KIND_BIT.address)) return -1;
  const end = nameRun(ctx, j, 4);
  if (end - j < 1 || end - j > 3 || isProperLike(ctx.tokens[end])) return -1;
  // "Thanh tra", "Đồ án": one Vietnamese syllable is a capitalized word; "N.Đ.Đ" initials.
  if (end - j === 1 && (isVietnameseSyllable(t.key) || t.cased.length === 1)) return -1;
  if (!street && end - j === 3 && fullNameStartsAt(ctx, j)) return -1;
  return end;
}

/**
 * "ngõ 83 đường Dục Nội", "hẻm 12 đường Lê Lợi": a numbered lane written right before the street it
 * opens on is one address (ANNOTATION.md: a location includes its level words).
 */
function joinAddresses(found: LocationCandidate[]): LocationCandidate[] {
  const out: LocationCandidate[] = [];
  for (const c of found) {
    const prev = out[out.length - 1];
    if (prev && prev.end === c.start && prev.data.kind === "street" && prev.reason.startsWith("level+number:") && c.data.kind === "street") {
      out[out.length - 1] = { ...prev, end: c.end, reason: `${prev.reason}+street`, data: { ...prev.data, name: `${prev.data.name} ${c.data.name.charAt(0).toLowerCase()}${c.data.name.slice(1)}` } };
    } else out.push(c);
  }
  return out;
}

/**
 * A full Vietnamese name right after a level word that no gazetteer knows as a place: a surname,
 * then one to three syllables, all given-name syllables but perhaps the last, then no further capitalized word.
 * Provinces and districts are closed lists (their names are in the gazetteer), so "tỉnh Trần Văn
 * Lâm" is the bare "tỉnh" of a body followed by its holder.
 */
export function personAfterLevel(ctx: ScanContext, j: number): boolean {
  const { tokens } = ctx;
  const first = tokens[j];
  if (!first || first.lineBreakBefore || !isProperLike(first) || !has(ctx, j, "surname") || has(ctx, j, "place")) return false;
  // ("CHỦ TỊCH UBND TỈNH TRẦN VĂN HIỆP:": a line in capitals, the level word too, names its holder the same way.)
  if (first.allCaps) return tokens[j - 1]?.allCaps === true && capsNameAfterLevel(ctx, j);
  let k = j + 1;
  let unlisted = 0; // the first syllable not in given-names.txt
  while (k < tokens.length && k - j <= 4 && isProperLike(tokens[k]) && !tokens[k]!.lineBreakBefore && !tokens[k]!.allCaps) {
    if (!isVietnameseSyllable(tokens[k]!.key)) return false;
    if (!unlisted && !ctx.lex.givenNames.has(tokens[k]!.key)) unlisted = k;
    k++;
  }
  // (The given name itself may be one the list lacks, "tỉnh Lê Văn Hưởng"; the middle names may not.)
  return k - j >= 3 && k - j <= 4 && (!unlisted || unlisted === k - 1);
}

/**
 * personAfterLevel in a line written in capitals, where case marks no name's end: the surname at j, then given-name
 * syllables (given-names.txt), the last perhaps one the list lacks when punctuation or the line's end follows it; three
 * or four syllables in all.
 */
function capsNameAfterLevel(ctx: ScanContext, j: number): boolean {
  const { tokens } = ctx;
  let k = j + 1;
  while (k - j < 4 && tokens[k]?.allCaps && !tokens[k]!.lineBreakBefore && ctx.lex.givenNames.has(tokens[k]!.key)) k++;
  const next = tokens[k];
  if (k - j < 4 && next?.allCaps && !next.lineBreakBefore && isVietnameseSyllable(next.key) && !ctx.lex.givenNames.has(next.key)) {
    const after = tokens[k + 1];
    if (!after || after.lineBreakBefore || after.kind === "p") k++;
  }
  const end = tokens[k];
  // (The name ends there: punctuation, the line's end, or a word not in capitals.)
  return k - j >= 3 && (!end || end.lineBreakBefore || !end.allCaps || end.kind === "p");
}

/**
 * The full name at j after a unit's level word at i is the holder of a title written right before it, not the unit's
 * name: "Chủ tịch tỉnh Trần Văn Lâm" (provinces, cities and districts are closed lists: personAfterLevel alone).
 * Wards and communes are named after people ("phường Trần Hưng Đạo", "phường Võ Thị Sáu"): after a title
 * ("Phó Chủ tịch xã Lê Văn Cường") or its committee ("Chủ tịch UBND phường …") only when the text names that person
 * elsewhere ("ông Cường", the full name again), or, right after the title, when the name has a middle name that all
 * but always follows a surname (grammar-words.tsv middle-name: "Lê Văn Cường", "Nguyễn Thị Hoa"); never when the text
 * writes the unit elsewhere ("tại xã Lê Văn Cường") or a higher unit follows ("xã Lê Văn Cường, huyện …").
 */
export function holderAfterLevel(ctx: ScanContext, i: number, j: number, kind: string): boolean {
  if (CLOSED_LIST_KINDS.has(kind)) return personAfterLevel(ctx, j);
  if (kind !== "ward" && kind !== "commune") return false;
  const before = titleBefore(ctx, i);
  if (!before || !personAfterLevel(ctx, j)) return false;
  const { tokens } = ctx;
  const end = fullNameEnd(ctx, j);
  if (tokens[end]?.key === "," && has(ctx, end + 1, "level")) return false;
  const named = namedElsewhere(ctx, j, end);
  if (named === "unit") return false;
  return named === "person" || (before === "title" && MIDDLE_NAMES.has(tokens[j + 1]!.key));
}

/**
 * How the text names the full name [j, end) elsewhere: "person" when it writes its given name after an address word
 * ("ông Cường") or the full name again not after a level word; "unit" when it writes it after a level word with no
 * title before ("tại xã Lê Văn Cường"); else null.
 */
export function namedElsewhere(ctx: ScanContext, j: number, end: number): "person" | "unit" | null {
  const key = spanKey(ctx, j, end);
  // (Once per name and chunk: the name at j itself, after a title and a level word, counts neither way, so the answer is
  // the same for every place the name is written; a text of many "Chủ tịch xã X" read the whole chunk for each.)
  let seen = namedByCtx.get(ctx);
  if (!seen) namedByCtx.set(ctx, (seen = { answers: new Map(), spans: new Map(), givens: undefined }));
  let named = seen.answers.get(key);
  if (named === undefined) seen.answers.set(key, (named = howNamed(ctx, seen, j, end, key)));
  return named;
}

/** A chunk's answers by name, and the tokens it is read from, indexed once (a new name looks only where it is written). */
interface NamedIndex {
  answers: Map<string, "person" | "unit" | null>;
  /** By length: where each span of capitalized words of that length starts, by its key. */
  spans: Map<number, Map<string, number[]>>;
  /** Where a capitalized word follows an address word and ends a name ("ông Cường"), by its key. */
  givens: Map<string, number[]> | undefined;
  /** By name: whether the text gives it a person elsewhere (personNamedElsewhere). */
  people?: Map<string, boolean>;
}
const namedByCtx = new WeakMap<ScanContext, NamedIndex>();
const NONE: readonly number[] = [];

function howNamed(ctx: ScanContext, seen: NamedIndex, j: number, end: number, key: string): "person" | "unit" | null {
  const { tokens } = ctx;
  const len = end - j;
  if (!seen.givens) {
    seen.givens = new Map();
    work.lookups += tokens.length;
    for (let k = 1; k < tokens.length; k++) if (isProperLike(tokens[k]) && has(ctx, k - 1, "address") && !isProperLike(tokens[k + 1])) push(seen.givens, tokens[k]!.key, k);
  }
  let spans = seen.spans.get(len);
  if (!spans) {
    seen.spans.set(len, (spans = new Map()));
    work.lookups += tokens.length;
    for (let k = 1; k + len <= tokens.length; k++) if (isProperLike(tokens[k])) push(spans, spanKey(ctx, k, k + len), k);
  }
  // ("ông Cường", "bà Hoa": the given name after an address word.)
  let person = (seen.givens.get(tokens[end - 1]!.key) ?? NONE).some((k) => k !== j);
  const at = spans.get(key) ?? NONE;
  work.lookups += at.length;
  for (const k of at) {
    if (k === j) continue;
    if (!has(ctx, k - 1, "level")) person = true;
    else if (!titleBefore(ctx, k - 1)) return "unit";
  }
  return person ? "person" : null;
}

/**
 * The text names the full name [j, end) elsewhere as a person: its given name after an address word ("anh Nam"), or the
 * whole name after one ("anh Hoàng Văn Nam"). (Read from namedElsewhere's index of the chunk.)
 */
function personNamedElsewhere(ctx: ScanContext, j: number, end: number): boolean {
  namedElsewhere(ctx, j, end);
  const seen = namedByCtx.get(ctx)!;
  const key = spanKey(ctx, j, end);
  // (Once per name and chunk, as namedElsewhere: the name at j itself follows "tại"/"ở", no address word.)
  let person = (seen.people ??= new Map()).get(key);
  if (person === undefined) {
    const at = seen.spans.get(end - j)!.get(key) ?? NONE;
    work.lookups += at.length;
    person = (seen.givens!.get(ctx.tokens[end - 1]!.key) ?? NONE).some((k) => k !== end - 1) || at.some((k) => has(ctx, k - 1, "address"));
    seen.people.set(key, person);
  }
  return person;
}

const MIDDLE_NAMES = grammarWords("middle-name");

/** The end of the full name personAfterLevel reads at j. */
export function fullNameEnd(ctx: ScanContext, j: number): number {
  const { tokens } = ctx;
  let end = j + 1;
  while (end < tokens.length && end - j < 4 && isProperLike(tokens[end]) && !tokens[end]!.lineBreakBefore && !tokens[end]!.allCaps) end++;
  return end;
}

/** A title ends at i ("Chủ tịch|xã"), or a body's head right after one ("Phó Chủ tịch UBND|xã"). */
function titleBefore(ctx: ScanContext, i: number): "title" | "body" | null {
  for (let s = Math.max(0, i - 5); s < i; s++) {
    if (!(ctx.kindsAt(s) & (KIND_BIT.title | KIND_BIT.orgHead))) continue;
    for (const m of ctx.matchesAt(s)) {
      if (m.end !== i) continue;
      if (m.values.some((v) => v.t === "title")) return "title";
      if (m.values.some((v) => v.t === "orgHead") && titleBefore(ctx, s)) return "body";
    }
  }
  return null;
}

/** Kinds whose units are also told apart by a number after the name ("phường Cổ Nhuế 1", "cầu Thủ Thiêm 2", "thủy điện Sê San 4"). */
const NUMBERED_NAME_KINDS = new Set(["ward", "commune", "village", "facility"]);

/** A number of one or two digits right after the name, then the clause's end or a function word, is the name's ("cầu Thủ Thiêm 2 sẽ …"; not "cầu Rồng 5 lần"). */
function numberAfterName(ctx: ScanContext, end: number): number {
  const { tokens } = ctx;
  const n = tokens[end];
  if (!n || n.kind !== "n" || n.key.length > 2 || !n.spaceBefore || n.lineBreakBefore || ctx.inDate[end]) return end;
  const after = tokens[end + 1];
  // ("xã Tân Lập 3 năm liền", "cầu Rồng 5 lần": a count of time units or things, data/date-*.tsv.)
  if (after && (after.key in UNIT_WORDS || COUNTED.has(after.key))) return end;
  return !after || after.lineBreakBefore || after.kind === "p" || STOP.has(after.key) ? end + 1 : end;
}
const COUNTED = contextWords("counted-after");
const CODE_BEFORE = contextWords("code-before");

/**
 * "2 tỉnh Salavan và Sê Kông": a count (2 or more) before the level word of a unit of local government at i; the places
 * listed after it are named without it (eval/CONVENTIONS.md). Not a number that names a unit, a body or a house ("tổ 5
 * phường Mai Dịch", "Ban Chỉ đạo 24 huyện X", "số 12 phố Huế") nor a date's.
 */
function countedLevel(ctx: ScanContext, i: number, kind: string): boolean {
  const n = ctx.tokens[i - 1];
  if (!n || n.kind !== "n" || !/^\d{1,3}$/u.test(n.key) || Number(n.key) < 2 || ctx.inDate[i - 1] || !ADMIN_UNIT_KINDS.has(kind)) return false;
  // (After a function word only: "với 2 tỉnh", "của 3 xã"; not "Ban Chỉ đạo 24 huyện X", "Covid-19 tỉnh X", "tổ 5 phường X".)
  const before = ctx.tokens[i - 2];
  return n.spaceBefore && !!before && before.kind === "w" && !before.cap && STOP.has(before.key) && !has(ctx, i - 2, "level") && !CODE_BEFORE.has(before.key);
}

/** "đường Cao Bá Quát - Cầu Lùng": more names joined by a spaced dash continue a road's name. */
function routeEnd(ctx: ScanContext, end: number): number {
  const { tokens } = ctx;
  for (let guard = 0; guard < 4; guard++) {
    const dash = tokens[end];
    if (!dash || (dash.key !== "-" && dash.key !== "–") || !dash.spaceBefore || dash.lineBreakBefore || !tokens[end + 1]?.spaceBefore || tokens[end + 1]!.lineBreakBefore) break;
    const next = placeAt(ctx, end + 1, false)?.end ?? nameRun(ctx, end + 1);
    if (next <= end + 1) break;
    end = next;
  }
  return end;
}

/**
 * "Bang Hessen Volker Bouffler": after a foreign one-word name, two more foreign words are the name of
 * the person the place belongs to ("Thủ hiến Bang Hessen Volker Bouffler"). Returns where the place ends.
 */
function personAfterForeignName(ctx: ScanContext, j: number, end: number): number {
  const { tokens } = ctx;
  if (end <= j || isVietnameseSyllable(tokens[j]!.key)) return end;
  let first = j + 1;
  while (tokens[first]?.key === "-" && !tokens[first]!.spaceBefore && first + 1 < end) first += 2;
  if (end - first < 2) return end;
  for (let k = first; k < end; k++) if (tokens[k]!.kind !== "w" || isVietnameseSyllable(tokens[k]!.key)) return end;
  return first;
}

/** "Bang Hessen", "Bang Rheinland-Pfalz": a capitalized "Bang" before a foreign name is a state ("Trịnh Bang Dũng" is a name). */
function foreignState(ctx: ScanContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return ctx.tokens[i]!.key === "bang" && !!next && next.kind === "w" && next.cap && !isVietnameseSyllable(next.key);
}

/** Words before "nước" that make it part of another word: "đất nước", "nhà nước" (the State), "Chủ tịch nước". */
const STATE_WORD_COMPOUNDS = grammarWords("state-compound");

/**
 * "nước Cộng hòa Cuba", "nước CHDCND Lào": "nước" right before a state's formal name (at i) is its unit
 * word, as "tỉnh" is a province's, and starts the place; not in "đất nước", "Nhà nước", "Chủ tịch nước".
 */
function stateWordStart(ctx: ScanContext, i: number): number {
  const t = ctx.tokens[i - 1];
  return t?.key !== "nước" || ctx.tokens[i]!.lineBreakBefore || STATE_WORD_COMPOUNDS.has(ctx.tokens[i - 2]?.key ?? "") ? i : i - 1;
}

const LIST_JOINERS = new Set([",", "-", "–"]);
const PLURAL_BEFORE_LEVEL = grammarWords("plural-level");
/** "các xã", "8 phường": a plural word or a count before the level word at i. */
const pluralBefore = (tokens: Token[], i: number): boolean => {
  // ("các tuyến phố …", "những ngôi chùa …": a classifier between the plural and the level word.)
  const k = LEVEL_CLASSIFIERS.has(tokens[i - 1]?.key ?? "") ? i - 1 : i;
  return PLURAL_BEFORE_LEVEL.has(tokens[k - 1]?.key ?? "") || tokens[k - 1]?.kind === "n";
};
const LEVEL_CLASSIFIERS = grammarWords("level-classifier");
/**
 * Levels of units inside a district (wards, communes, villages): the gazetteer does not list them, so in a list
 * after their level word they are read by their names; and a name may extend a district's ("phường Thanh Xuân Bắc").
 */
const BELOW_DISTRICT_KINDS: ReadonlySet<string> = new Set(["ward", "commune", "village"]);

/**
 * "Mỹ Sơn", "Đức Anh": a one-syllable country followed by one more capitalized Vietnamese syllable
 * is the first half of another two-syllable name. (A name after a country is foreign or has three
 * syllables: "Mỹ Lloyd Austin", "tại Mỹ Hà Kim Ngọc".)
 */
function partOfLongerName(ctx: ScanContext, a: number, b: number, anyLength = false): boolean {
  const { tokens } = ctx;
  const next = tokens[b];
  if ((b - a !== 1 && !anyLength) || !next || next.kind !== "w" || !next.cap || next.allCaps || next.capsLine || !next.spaceBefore || next.lineBreakBefore) return false;
  if (!isVietnameseSyllable(next.key) || ctx.kindsAt(b) & (KIND_BIT.title | KIND_BIT.org | KIND_BIT.orgHead | KIND_BIT.level | KIND_BIT.place)) return false;
  const after = tokens[b + 1];
  // "Fiji Ru-vơ-ni Na-đa-lô": a transliterated name glued by hyphens is a name after the country.
  if (after?.key === "-" && !after.spaceBefore) return false;
  // "xã Đức Thắng Nguyễn Văn An": a full name after the second syllable is a person of its own.
  if (after && fullNameStartsAt(ctx, b + 1)) return true;
  return !(after && after.kind === "w" && after.cap && !after.lineBreakBefore);
}

/** A known place ends right before token k and the joiner at k-1 lists another one after it ("Hà Nội - Hà Đông"). */
export function listedAfterPlace(ctx: ScanContext, k: number): boolean {
  if (!LIST_JOINERS.has(ctx.tokens[k - 1]?.key ?? "")) return false;
  for (let s = k - 2; s >= 0 && s >= k - 6; s--) {
    if (longestEnding(ctx, s, "place", k - 1)) return true;
  }
  return false;
}

function levelKind(levelKind: string, place: PlaceInfo): string {
  if (place.kind === "country") return "country";
  return levelKind || place.kind;
}

/** A known body's name starts inside tokens [a, b). */
// How far back a known body that holds a venue's name may start ("Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh": 5 tokens).
const MAX_BODY_BEFORE_VENUE = 8;

/** A body the gazetteer knows starts before token a and runs at least to b: the venue is part of its name. */
function insideKnownBody(ctx: ScanContext, a: number, b: number): boolean {
  for (let j = a - 1; j >= 0 && j >= a - MAX_BODY_BEFORE_VENUE; j--) {
    if (ctx.matchesAt(j).some((m) => m.end >= b && m.values.some((v) => v.t === "org"))) return true;
  }
  return false;
}

function bodyInside(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (has(ctx, k, "org")) return true;
  return false;
}
