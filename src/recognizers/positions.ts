/**
 * Positions, by grammar: modifiers + head + modifiers + organization.
 * "Phó trưởng ban Thường trực Ban Dân vận Trung ương", "nguyên Chủ tịch nước",
 * "Trưởng ban Dân vận Trung ương" (the organization's own word "Ban" is elided),
 * "Bộ trưởng Quốc phòng Nhật Bản" (a foreign office), "Đại tướng" (a rank).
 */
import type { LexEntry, ModifierInfo, OrgInfo, TitleInfo } from "../lexicon/lexicon";
import type { TrieNode } from "../lexicon/trie";
import { phraseKeys } from "../lexicon/lexicon";
import { capitalizeFirst, normalizeKey } from "../text/normalize";
import { isVietnameseSyllable } from "../text/syllable";
import { isProperLike } from "../text/tokenize";
import { has, KIND_BIT, longest, spanKey, spanText, type Candidate, type LocationCandidate, type OrganizationCandidate, type PositionCandidate, type PositionData, type ScanContext } from "./context";
import { adminLevelOf, bodyWithLevelWord, endsWithLevelWord, isCentralCity, isLevelCommittee, leadingLevelWord, levelOfBody, placeAfterBody, startsWithCityWord, withoutLevelWord } from "../lexicon/admin-levels";
import { termsEnd, termWordAt } from "./terms";
import { ADMIN_UNIT_KINDS, countryAt, foreignCountryAt, holderAfterLevel, isForeignCountry, placeAt } from "./locations";
import { brandBeforeFullName, endsOrgName, fullNameStartsAt, looseNameRun, orgWordEnd, STOP, titleSpelledAsName } from "./name-runs";
import { endsWithLoneLevel, foreignPlaceAfter, LONE_LEVELS, orgAt, ownerAfterDash, ownerAfterOf, ownsPosts, precededByPlural } from "./organizations";
import { OFFICE_RULES } from "./office-rules";
import { grammarWordList, grammarWords } from "../lexicon/grammar-words";
import { portfolioEnd } from "./portfolios";

/** Units whose deputies make a delegation at home ("đoàn đại biểu Thành phố Hà Nội"). */
const HOME_UNIT_KINDS = new Set(["province", "city"]);

type ElidedOrg = { end: number; name: string; known?: OrgInfo; parent?: OrganizationCandidate; foreign?: true };

/**
 * "Trưởng đoàn ĐBQH tỉnh", "Trưởng đoàn Đại biểu Quốc hội tỉnh": a province's or a city's level word written alone, in
 * lower case, after a body that takes a place: the end of the body's name with it ("Đoàn ĐBQH tỉnh"), or undefined.
 */
function homeLevelEnd(ctx: ScanContext, k: number): number | undefined {
  const t = ctx.tokens[k];
  if (!t || t.cap || t.lineBreakBefore) return undefined;
  const lv = longest(ctx, k, "level");
  if (!lv || !HOME_UNIT_KINDS.has(lv.entry.info.kind)) return undefined;
  // (A name after it is the holder's: "Phó Trưởng đoàn ĐBQH tỉnh Nguyễn Văn An".)
  if (isProperLike(ctx.tokens[lv.end]) && !holderAfterLevel(ctx, k, lv.end, lv.entry.info.kind)) return undefined;
  return lv.end;
}

/** A province's, city's or district's place written with its level word right after the terms at k ("khóa XIV tỉnh Điện Biên"). */
function placeAfterTerm(ctx: ScanContext, k: number, locs: Map<number, LocationCandidate>): LocationCandidate | undefined {
  if (!termWordAt(ctx, k)) return undefined;
  const at = termsEnd(ctx, k);
  const loc = at > k ? locs.get(at) : undefined;
  const level = loc ? adminLevelOf(ctx.tokens[at]!.key) : undefined;
  return level && LONE_LEVELS.has(level) && !ctx.tokens[at]!.lineBreakBefore ? loc : undefined;
}

/**
 * "Trưởng Ban Quản lý Khu kinh tế Vân Phong": a head that ends in a level word (location-levels.tsv "khu kinh tế") whose
 * place is named right after it: the end of that place, so that its name is the body's, not a holder's. Not before a
 * full name ("… Khu kinh tế Nguyễn Văn An" is the holder).
 */
function zoneNameEnd(ctx: ScanContext, locs: Map<number, LocationCandidate>, k: number, headEnd: number): number | undefined {
  if (!isProperLike(ctx.tokens[headEnd]) || ctx.tokens[headEnd]!.lineBreakBefore || fullNameStartsAt(ctx, headEnd)) return undefined;
  for (let s = headEnd - 1; s >= k; s--) {
    const loc = locs.get(s);
    if (loc && loc.end > headEnd) return loc.end;
  }
  return undefined;
}

/** "Trưởng ban" + "Dân vận Trung ương" → "Ban Dân vận Trung ương". */
/** The body's word (one syllable or more: "Viện", "Tổng cục") is written at token k. */
function writtenAt(ctx: ScanContext, k: number, word: string): boolean {
  const key = normalizeKey(word);
  const n = key.split(" ").length;
  return k + n <= ctx.tokens.length && spanKey(ctx, k, k + n) === key;
}

function elidedOrg(ctx: ScanContext, word: string, k: number, locs: Map<number, LocationCandidate>): ElidedOrg | null {
  const start = ctx.lex.trie.walk(phraseKeys(word));
  if (!start) return null;
  const { tokens } = ctx;
  let best: ElidedOrg | null = null;
  const matches = ctx.lex.trie.matchAt(tokens, k, start, 14); // ("Ban Chỉ đạo về phòng, chống tham nhũng, lãng phí, tiêu cực": 13 tokens after "Ban")
  for (const m of matches) {
    for (const v of m.values) {
      // An abbreviation must be written in capitals ("Bộ trưởng NN-PTNT").
      if (v.t === "org" && (!v.abbreviation || tokens.slice(k, m.end).every((t) => t.kind !== "w" || t.allCaps || t.cased.length === 1))) {
        if (!best || m.end > best.end) best = { end: m.end, name: v.info.name, known: v.info };
      } else if (v.t === "orgHead" && (v.info.takes === "location" || v.info.takes === "both")) {
        // "Trưởng Đoàn đại biểu Quốc hội tỉnh Đồng Nai", or without a place ("… khóa XIII").
        const loc = locs.get(m.end);
        // ("Trưởng Đoàn ĐBQH khóa XIV tỉnh Điện Biên": the place written after the term is the body's; the term stays
        // after the title, the holding's.)
        const afterTerm = loc ? undefined : placeAfterTerm(ctx, m.end, locs);
        if (afterTerm && (!best || m.end > best.end)) {
          best = { end: m.end, name: `${word} ${spanText(ctx, k, m.end)} ${spanText(ctx, afterTerm.start, afterTerm.end)}` };
          continue;
        }
        const place = loc ? null : placeAt(ctx, m.end, false);
        const end = loc?.end ?? place?.end ?? homeLevelEnd(ctx, m.end) ?? zoneNameEnd(ctx, locs, k, m.end) ?? (m.end - k >= 2 || tokens[k]!.allCaps ? m.end : undefined);
        if (end !== undefined && (!best || end > best.end)) best = { end, name: `${word} ${spanText(ctx, k, end)}` };
      } else if (v.t === "orgHead" && v.info.takes === "parent") {
        const parent = orgAt(ctx, m.end, locs, true);
        // ("Trưởng Ban Kiểm soát ACB": the unit of the body the gazetteer knows is named by that body's full name, as
        // "Ban Kiểm soát ACB" alone is.)
        if (parent && (!best || parent.end > best.end)) best = { end: parent.end, name: `${word} ${spanText(ctx, k, m.end)} ${parent.data.name}` };
        // "Phó Trưởng đoàn đại biểu Thành phố Hà Nội": a delegation of deputies named by its province or city.
        const place = !parent && v.info.kind === "delegation" ? locs.get(m.end) : undefined;
        if (place && HOME_UNIT_KINDS.has(place.data.kind) && (!best || place.end > best.end)) best = { end: place.end, name: `${word} ${spanText(ctx, k, place.end)}` };
      }
    }
  }
  // "Trưởng Công an xã Tân Lập": the title holds the body's head word, a place follows it right away.
  if (!best && start.values) {
    const loc = locs.get(k);
    for (const v of start.values) if (loc && v.t === "orgHead" && v.info.takes === "location") best = { end: loc.end, name: `${word} ${spanText(ctx, k, loc.end)}` };
  }
  // The elided part must be written like a name ("Dân vận", "Tài chính"), not "ban ngày".
  if (best && !tokens.slice(k, best.end).some((t) => t.kind === "w" && (t.cap || t.capsLine))) return null;
  // Not in the gazetteer: "Trưởng Ban Thi đua - Khen thưởng", "Trưởng khoa Cấp cứu". Vietnamese
  // ministries are all listed, so "Bộ trưởng Mai Tiến Dũng" never makes a ministry of a name; another
  // cabinet's is named by its fields ("Bộ trưởng Kinh tế và Năng lượng Đức").
  // "Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia": fields that go on past a home ministry's name and end at another
  // country name that country's ministry, not Việt Nam's "Bộ Ngoại giao".
  if (best && word === "Bộ" && foreignFieldsPast(ctx, k, best.end)) best = null;
  if (!best && word === "Bộ") {
    let end = portfolioEnd(ctx, k);
    // Fields written in lower case are a title's only before a name or a country ("Bộ trưởng kinh tế Manuel
    // Caldeira Cabral"): "…", Thứ trưởng thông tin." is the verb "inform", "Bộ trưởng xây dựng …" a verb too.
    if (end > k && !tokens.slice(k, end).some((t) => t.kind === "w" && (t.cap || t.capsLine))) {
      const after = tokens[end];
      if (!after || after.kind !== "w" || !after.cap || after.lineBreakBefore) end = k;
    }
    // At home, the one ministry whose name starts so ("Bộ trưởng Giáo dục" → Bộ Giáo dục và Đào tạo).
    // When several do ("Nông nghiệp": before and after 2025), none is named: the text does not say which.
    const home = end > k && !foreignCountryAt(ctx, end) ? completions(ctx, start, tokens.slice(k, end).map((t) => t.key)) : [];
    if (home.length === 1) best = { end, name: home[0]!.name, known: home[0] };
    else if (end > k) best = { end, name: home.length ? "" : `${word} ${spanText(ctx, k, end)}` };
  }
  const person = ctx.lex.surnames.has(tokens[k]?.key ?? "") && isProperLike(tokens[k + 1]);
  if (!best && word !== "Bộ" && !person) {
    // ("Viện trưởng Viện nghiên cứu …": the body's word written in full is not put back a second time; its name may go
    // on with more lower-case words when it ends where a name ends: "Viện chiến lược chính sách,".)
    // (A word of two syllables too: "Phó Tổng cục trưởng Tổng cục Chính trị CAND" is not "Tổng cục Tổng cục …".)
    const written = writtenAt(ctx, k, word);
    const long = written ? looseNameRun(ctx, k, 10, 6) : k;
    const after = tokens[long];
    const clean = long > k && (!after || after.kind === "p" || after.lineBreakBefore || STOP.has(after.key) || endsOrgName(ctx, long));
    const run = clean ? long : looseNameRun(ctx, k, 8, 3);
    // "Trưởng phòng Kế hoạch Sở Y tế Hà Nội", "Trưởng khoa Nhi Bệnh viện Bạch Mai": a body that
    // begins inside the unit's name is the body the unit belongs to, named whole after it.
    const end = run > k ? (parentInRun(ctx, k, run, locs)?.end ?? run) : run;
    if (end > k && !placeAt(ctx, k, true)) best = { end, name: written ? spanText(ctx, k, end) : `${word} ${spanText(ctx, k, end)}` };
  }
  // "Trưởng Ban Chỉ đạo 389 tỉnh Quảng Ninh", "Trưởng Thuế cơ sở 3 tỉnh Nghệ An": the title ends in its body's head word,
  // and the body read from that word is named by a number: the whole of it, not the words before the number.
  if (tokens[k - 1]?.key === normalizeKey(word)) {
    const numbered = orgAt(ctx, k - 1, locs, true);
    const upTo = best?.end ?? k;
    if (numbered && numbered.end > upTo && (numbered.reason.startsWith("org-head+number") || tokens[upTo]?.kind === "n")) best = { end: numbered.end, name: numbered.data.name };
  }
  // "Trưởng Ban Dân nguyện của Ủy ban thường vụ Quốc hội", "Trưởng ban Tuyên giáo của Tỉnh ủy Nghệ An": the body it
  // belongs to is part of the name.
  if (best && tokens[best.end]?.key === "của" && !tokens[best.end + 1]?.lineBreakBefore) {
    const parent = orgAt(ctx, best.end + 1, locs, true);
    // (The body is a nested mention; a body the gazetteer does not know is named with it: "Ban Tuyên giáo Tỉnh ủy Nghệ An".)
    if (parent && ownsPosts(parent)) {
      best = { ...best, end: parent.end, parent, name: best.known || !best.name ? best.name : `${best.name} ${parent.data.name}` };
    }
  } else if (best && word !== "Bộ" && !tokens[best.end]?.lineBreakBefore) {
    // (Also written right after it: "Trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An".)
    const parent = parentInRun(ctx, best.end - 1, best.end, locs);
    if (parent) best = { end: parent.end, name: `${word} ${spanText(ctx, k, parent.end)}` };
  }
  // "Bộ trưởng Ngoại giao Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam": a ministry's fields, then another
  // government than today's (organizations.tsv kind government) written right after: its ministry, one post.
  if (best && word === "Bộ" && !best.parent && isProperLike(tokens[best.end]) && !tokens[best.end]!.lineBreakBefore) {
    const gov = orgAt(ctx, best.end, locs, false);
    const g = gov?.data.known;
    if (gov && g?.kind === "government" && g.name !== "Chính phủ") best = { end: gov.end, name: `${word} ${spanText(ctx, k, best.end)} ${g.name}`, parent: gov };
  }
  // "Trưởng Ban Đối ngoại Trung ương Đảng Cộng sản Trung Quốc": a body written with a foreign country's name is
  // that country's, whoever holds its title.
  if (best && !best.known && best.name) {
    for (let j = k; j < best.end; j++) {
      const c = foreignCountryAt(ctx, j);
      if (c && c.end <= best.end) return { ...best, foreign: true };
    }
  }
  return best;
}

/** A body written from a token in (k, end] on: the first one, or null. */
function parentInRun(ctx: ScanContext, k: number, end: number, locs: Map<number, LocationCandidate>): OrganizationCandidate | null {
  for (let j = k + 1; j <= end && j < ctx.tokens.length; j++) {
    if (!(ctx.kindsAt(j) & (KIND_BIT.org | KIND_BIT.orgHead)) || !isProperLike(ctx.tokens[j])) continue;
    const parent = orgAt(ctx, j, locs, true);
    if (parent) return parent;
  }
  return null;
}

/** How many lower-case words may describe a unit with no name before "của" ("tổ công tác đặc biệt của …"). */
const MAX_UNIT_WORDS = 4;

/**
 * "tổ công tác đặc biệt của VCCI" after a title: a unit word of data/org-name-words.tsv (role unit), a few lower-case
 * words (no function word, verb, title or date), then "của" and the body it belongs to (ownerAfterOf). That body, or null.
 */
function unitOfOwner(ctx: ScanContext, k: number, locs: Map<number, LocationCandidate>): OrganizationCandidate | null {
  const { tokens } = ctx;
  let p = orgWordEnd(ctx, k, "unit");
  if (p < 0) return null;
  for (let n = 0; n < MAX_UNIT_WORDS && tokens[p]?.key !== "của"; n++, p++) {
    const t = tokens[p];
    if (!t || t.kind !== "w" || t.cap || t.lineBreakBefore || ctx.inDate[p] || STOP.has(t.key) || endsOrgName(ctx, p) || ctx.kindsAt(p) & (KIND_BIT.title | KIND_BIT.modifier)) return null;
  }
  return ownerAfterOf(ctx, p, locs);
}

/** The organizations whose names go on from `node` along `keys` (a short search: two are enough to tell). */
function completions(ctx: ScanContext, node: TrieNode<LexEntry>, keys: string[]): OrgInfo[] {
  const from = ctx.lex.trie.walk(keys, node);
  if (!from) return [];
  const found = new Set<OrgInfo>();
  const stack: Array<[TrieNode<LexEntry>, number]> = [[from, 0]];
  for (let visited = 0; stack.length && visited < 300 && found.size < 2; visited++) {
    const [n, depth] = stack.pop()!;
    for (const v of n.values ?? []) if (v.t === "org" && !v.abbreviation) found.add(v.info);
    if (depth < 10) for (const child of n.next?.values() ?? []) stack.push([child, depth + 1]);
  }
  const byName = new Map([...found].map((o) => [o.name, o]));
  return [...byName.values()];
}

/** Ministry fields from k that run past `end` and are followed by another country's name. */
function foreignFieldsPast(ctx: ScanContext, k: number, end: number): boolean {
  const e = portfolioEnd(ctx, k);
  return e > end && !!foreignCountryAt(ctx, e);
}


// (Filters made once: a closure over `position` cost a context and a closure at every call.)
const MODIFIER_BEFORE = (e: Extract<LexEntry, { t: "modifier" }>): boolean => e.info.position === "before";
const MODIFIER_AFTER = (e: Extract<LexEntry, { t: "modifier" }>): boolean => e.info.position === "after";

function modifierAt(ctx: ScanContext, i: number, position: "before" | "after"): { end: number; info: ModifierInfo } | null {
  const m = longest(ctx, i, "modifier", position === "before" ? MODIFIER_BEFORE : MODIFIER_AFTER);
  return m ? { end: m.end, info: m.entry.info } : null;
}

/**
 * "vụ Phó" in "chức vụ Phó Giám đốc" is not "Vụ phó": a title starting in lower case does not go
 * on with a capitalized title word ("đại biểu Quốc hội" is fine: "Quốc hội" is a body).
 */
function consistentCase(ctx: ScanContext, a: number, b: number): boolean {
  if (ctx.tokens[a]!.cap || ctx.tokens[a]!.capsLine || capitalModifierBefore(ctx, a)) return true;
  for (let k = a + 1; k < b; k++) if (ctx.tokens[k]!.cap && ctx.kindsAt(k) & (KIND_BIT.title | KIND_BIT.modifier)) return false;
  return true;
}

/** "Phó tổng Tham mưu trưởng": a capitalized modifier word right before token a begins the title (a's case is no cue). */
function capitalModifierBefore(ctx: ScanContext, a: number): boolean {
  const t = ctx.tokens[a - 1];
  return !!t && t.cap && !ctx.tokens[a]!.lineBreakBefore && !!(ctx.kindsAt(a - 1) & KIND_BIT.modifier);
}

// (A loop, not `longest` with a closure over ctx and i: asked at every title word, often twice.)
function titleAt(ctx: ScanContext, i: number): { end: number; info: TitleInfo } | null {
  if (!has(ctx, i, "title")) return null;
  for (const { end, values } of ctx.matchesAt(i)) {
    for (const e of values) if (e.t === "title" && consistentCase(ctx, i, end)) return { end, info: e.info };
  }
  return null;
}

// "Bộ trưởng Ngoại giao hai nước": the office of each side (grammar-words.tsv each-side); "Ngoại trưởng nước chủ nhà":
// a country the text does not name (unnamed-country).
const EACH_SIDE = grammarWordList("each-side");
const UNNAMED_COUNTRY = grammarWordList("unnamed-country");
// What may end a clause right after a title.
const CLAUSE_END = new Set([",", ".", ";", ":", ")", "!", "?"]);
// "Đại hội Đại biểu toàn quốc": a title right after these words names who meets, not a post.
const GATHERING = grammarWords("gathering");
const RANK_NOUN = grammarWordList("rank-noun");
// "chính quyền Tổng thống Donald Trump": a word before "quyền" that makes it a noun (grammar-words.tsv power-noun).
const POWER_NOUN = grammarWordList("power-noun");
// Modifiers that say how the holding stands (title-modifiers.tsv): written after the body too, before the holder's name.
const LATE_STATUS = new Set(["incumbent", "elect", "new", "acting"]);

/** The ruling party of `country` that a title implying Việt Nam's party body is an office of there ("Tổng Bí thư Lào"). */
function rulingPartyOf(ctx: ScanContext, head: TitleInfo, country: string): { name: string; known?: OrgInfo } | undefined {
  if (head.org.mode !== "implied") return undefined;
  const name = OFFICE_RULES.rulingParty[head.org.org]?.[country];
  if (!name) return undefined;
  const known = ctx.lex.orgsByKey.get(phraseKeys(name).join(" "));
  return known ? { name, known } : { name };
}

const { bodyOfPlace: BODY_OF_PLACE, servesOffice: SERVES_OFFICE, genericBodies: FOREIGN_GENERIC_BODIES, headsState: HEADS_STATE, namesUnit: NAMES_UNIT, fieldAfter: FIELD_AFTER, needsBody: NEEDS_BODY, needsName: NEEDS_NAME, memberOfKinds: MEMBER_OF_KINDS, bareBody: BARE_BODY } = OFFICE_RULES;

/**
 * "Trưởng thôn Trung Thành", "Trưởng ấp Phú Hòa Lê Văn Tám", "Trưởng khu phố 3": the village-level unit's
 * name after its head's title, up to three capitalized syllables that do not begin a person's name. Its end.
 */
function unitNameAfter(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  const first = tokens[k];
  if (!first || first.lineBreakBefore) return k;
  if (first.kind === "n") return k + 1;
  let j = k;
  while (j < k + 3 && j < tokens.length) {
    const t = tokens[j]!;
    if (t.kind !== "w" || !t.cap || t.allCaps || t.lineBreakBefore || !isVietnameseSyllable(t.key) || ctx.lex.surnames.has(t.key)) break;
    j++;
  }
  return j;
}

/** A capitalized organization head word ("Liên minh", "Nhóm") ends right before token i. */
function orgHeadEndsAt(ctx: ScanContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (!(ctx.kindsAt(j) & KIND_BIT.orgHead) || !ctx.tokens[j]!.cap) continue;
    if (ctx.matchesAt(j).some((m) => m.end === i && m.values.some((v) => v.t === "orgHead"))) return true;
  }
  return false;
}

// Kinds of Việt Nam's bodies (organizations.tsv) that another country has under the same name: party, assembly, government.
const LISTED_NATIONAL_KINDS = new Set(["party", "assembly", "government"]);

const FOREIGN_COUNTRY = (e: Extract<LexEntry, { t: "place" }>): boolean => isForeignCountry(e.info);

/** A foreign country named within the next few tokens of the line (cheap: longest() tests the cached kind bits first). */
function countrySoon(ctx: ScanContext, k: number): boolean {
  const { tokens } = ctx;
  for (let j = k; j < k + 10 && j < tokens.length && !tokens[j]!.lineBreakBefore; j++) {
    if (longest(ctx, j, "place", FOREIGN_COUNTRY)) return true;
  }
  return false;
}

/** A place written right after a title ("Thống đốc tỉnh Kanagawa", "Bí thư TP HCM"): part of the title. */
function placeAfterTitle(ctx: ScanContext, head: TitleInfo, k: number, locs: Map<number, LocationCandidate>): { end: number; body?: string } | null {
  const loc = locs.get(k);
  const place = loc ? { end: loc.end, name: loc.data.name, kind: loc.data.kind } : (() => {
    const p = placeAt(ctx, k, true);
    return p ? { end: p.end, name: p.info.name, kind: p.info.kind } : null;
  })();
  // (A governor's region too: "Toàn quyền Đông Dương", "Thống đốc Nam Kỳ".)
  // (A village's secretary or head too: "Bí thư thôn Yên Cảnh", as "Bí thư phường Bắc Sơn".)
  if (!place || !(ADMIN_UNIT_KINDS.has(place.kind) || place.kind === "village" || (head.ofPlace && place.kind === "region"))) return null;
  const rule = BODY_OF_PLACE[normalizeKey(head.head)];
  // ("Bí thư Đà Nẵng", "Chủ tịch Hà Nội": a city under the central government has a Thành ủy and a city's UBND.)
  const kind = place.kind === "province" && (startsWithCityWord(place.name) || isCentralCity(place.name)) ? "city" : place.kind;
  // ("Bí thư quận Ba Đình": a district's rule names "Huyện ủy"; the place's own level word makes it "Quận ủy".)
  const word = leadingLevelWord(place.name);
  const body = rule?.[kind] && word && isLevelCommittee(rule[kind]!) ? bodyWithLevelWord(rule[kind]!, word) : rule?.[kind];
  const bare = withoutLevelWord(place.name);
  // "Thành ủy" + "Hồ Chí Minh" would name the body after the person: keep the level word when the
  // bare name is not a place on its own (ambiguous-places.tsv) and the body does not carry it.
  // (A Party committee of a level says it too: "Huyện ủy Quỳnh Lưu", but "Thành ủy Thành phố Hồ Chí Minh".)
  const levelInBody = !!body && endsWithLevelWord(body);
  const named = body && isLevelCommittee(body) ? placeAfterBody(body, place.name) : !levelInBody && ctx.lex.placesByKey.get(normalizeKey(bare))?.bare === false ? place.name : bare;
  return { end: place.end, body: body ? `${body} ${named}` : undefined };
}

/** The government of the place written in tokens [a, b) ("Chính quyền tỉnh Kanagawa"), known also by the place's name. */
function placeGovernment(ctx: ScanContext, a: number, b: number): NonNullable<PositionData["impliedOrg"]> {
  const written = spanText(ctx, a, b);
  return { name: `Chính quyền ${written}`, stateOf: { name: written, written }, ofPlace: true };
}

/** "về châu Á", "về An ninh quốc gia": an adviser's field, a place or a capitalized name. Its end, or -1. */
function adviceField(ctx: ScanContext, k: number, locs: Map<number, LocationCandidate>, fieldAfter: boolean): number {
  const loc = locs.get(k);
  if (loc) return loc.end;
  const field = fieldAfter ? fieldBeforeName(ctx, k) : -1;
  if (field > 0) return field;
  const end = looseNameRun(ctx, k, 6, 2);
  return end > k ? end : -1;
}

/**
 * "về khí hậu John Kerry", "về Nhân quyền Volker Türk": after "về", the end of a field of one to four Vietnamese
 * words (an envoy's, a commissioner's or an adviser's) written right before the holder's name (a foreign word, or a
 * surname and a capitalized syllable); -1 when no name follows so soon.
 */
function fieldBeforeName(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  // ("về chính sách đối ngoại và an ninh Josep Borrell": two fields joined by one "và", each of one to four words.)
  for (let n = k, limit = k + 4, joined = false; n < limit || (n === limit && !joined && tokens[n]?.key === "và"); n++) {
    const t = tokens[n];
    if (t?.key === "và" && n > k && !joined && !t.cap) {
      joined = true;
      limit = n + 5;
      continue;
    }
    if (!t || t.kind !== "w" || t.allCaps || t.lineBreakBefore || !isVietnameseSyllable(t.key) || has(ctx, n, "title")) return -1;
    const next = tokens[n + 1];
    if (!next || next.lineBreakBefore || next.kind !== "w" || !next.cap || next.allCaps) continue;
    if (has(ctx, n + 1, "place")) return -1;
    if (!isVietnameseSyllable(next.key) || fullNameStartsAt(ctx, n + 1)) return n + 1;
  }
  return -1;
}

/**
 * "Đại diện cấp cao về chính sách an ninh và đối ngoại của Liên minh châu Âu", "Phó Chủ tịch cấp cao về tiếp thị toàn cầu
 * của Apple": a field after "về" (one to eight lower-case words, commas among them), then "của" and the international body,
 * company or bank (one the gazetteer knows) whose office it is; that body, or null.
 */
function ownerAfterField(ctx: ScanContext, k: number, locs: Map<number, LocationCandidate>): OrganizationCandidate | null {
  const { tokens } = ctx;
  for (let n = k; n < k + 9; n++) {
    const t = tokens[n];
    if (!t || t.lineBreakBefore) return null;
    if (t.key === "của" && n > k) {
      const org = orgAt(ctx, n + 1, locs, false);
      const kind = org?.data.known?.kind;
      return (kind === "international" || kind === "company" || kind === "bank") && !tokens[n + 1]!.lineBreakBefore ? org : null;
    }
    if (t.cap || (t.kind !== "w" && t.key !== ",") || !isVietnameseSyllable(t.key)) return null;
  }
  return null;
}

/**
 * "Nhà sáng lập Amazon Jeff Bezos": after a title written before its company's name (office-rules.tsv brand_first),
 * three capitalized foreign words, no particle among them and no fourth: the first is the company's one-word name.
 */
function brandAfterTitle(ctx: ScanContext, head: string, k: number): OrganizationCandidate | null {
  if (!OFFICE_RULES.brandFirst.has(normalizeKey(head))) return null;
  const { tokens } = ctx;
  const foreignWord = (n: number): boolean => {
    const t = tokens[n];
    return !!t && t.kind === "w" && t.cap && !t.allCaps && !t.lineBreakBefore && !isVietnameseSyllable(t.key) && (n === k || t.spaceBefore) && !has(ctx, n, "place") && !has(ctx, n, "title");
  };
  if (!foreignWord(k) || !foreignWord(k + 1) || !foreignWord(k + 2) || foreignWord(k + 3) || tokens[k + 3]?.key === "-") return null;
  return brand(ctx, k);
}

/**
 * "Tổng Giám đốc MB Phạm Như Ánh", "Cựu Tổng Giám đốc VietBank Nguyễn Văn An": after a business title (office-rules.tsv
 * brand_before_name), an abbreviation of 2–5 capitals or a mixed-case word the gazetteer does not know, right before a
 * Vietnamese full name (a surname, then a Vietnamese syllable): the company's name.
 */
function brandBeforeHolder(ctx: ScanContext, head: string, k: number): OrganizationCandidate | null {
  if (!OFFICE_RULES.brandBeforeName.has(normalizeKey(head))) return null;
  const end = brandBeforeFullName(ctx, k);
  return end > k ? brand(ctx, k, end) : null;
}

function brand(ctx: ScanContext, k: number, end = k + 1): OrganizationCandidate {
  return { type: "organization", start: k, end, priority: 92, reason: "brand-after-title", data: { name: spanText(ctx, k, end), kind: "company", gloss: "Company", abbreviations: [] } };
}

/**
 * "Ông Jeff Bezos, nhà sáng lập Amazon, cho biết", "X là CEO Amazon.", "CEO của Alphabet,": a title said of a person
 * named before it (after a comma, a dash or "là") or followed by "của", then one capitalized foreign word that ends the
 * clause: the company's one-word name (no holder's name follows to be part of). The title is one written before its
 * company's name (office-rules.tsv brand_first), a business title said so (brand_in_apposition: "Ông Nguyễn Hòa Bình,
 * Chủ tịch Nextech, cho biết"), or any office before "của".
 */
function brandEndingClause(ctx: ScanContext, i: number, head: string, k: number, afterOf: boolean): OrganizationCandidate | null {
  const { tokens } = ctx;
  if (!afterOf && (!(OFFICE_RULES.brandFirst.has(normalizeKey(head)) || OFFICE_RULES.brandInApposition.has(normalizeKey(head))) || !["," , "-", "–", "là", "kiêm"].includes(tokens[i - 1]?.key ?? ""))) return null;
  const t = tokens[k];
  // ("Chủ tịch kiêm CEO AMD,": a company's letters are its name too.)
  if (!t || t.kind !== "w" || !t.cap || (t.allCaps && t.key.length < 2) || t.lineBreakBefore || (!t.allCaps && isVietnameseSyllable(t.key)) || has(ctx, k, "place") || has(ctx, k, "title") || has(ctx, k, "surname")) return null;
  // ("nhà sáng lập CK Hutchison,": after letters, a second capitalized foreign word ending the clause is the company's too;
  // two words with no letters may be a person's name, "là CEO Tim Cook.")
  const second = tokens[k + 1];
  const two = t.allCaps && !!second && second.kind === "w" && second.cap && !second.allCaps && second.spaceBefore && !second.lineBreakBefore && !isVietnameseSyllable(second.key) && !has(ctx, k + 1, "place") && !has(ctx, k + 1, "title") && !has(ctx, k + 1, "surname") && (!tokens[k + 2] || tokens[k + 2]!.lineBreakBefore || CLAUSE_END.has(tokens[k + 2]!.key));
  const next = tokens[two ? k + 2 : k + 1];
  // ("X, nhà sáng lập Amazon và Blue Origin,": the first of two companies, not a holder named after the title.)
  const another = !afterOf && next?.key === "và" && isProperLike(tokens[k + 2]) && !tokens[k + 2]!.lineBreakBefore;
  if (next && !next.lineBreakBefore && !CLAUSE_END.has(next.key) && next.key !== "-" && next.key !== "–" && !another) return null;
  // ("Ông Elon Musk … là CEO Musk": the last word of a foreign name written before is that person, no company.)
  for (let n = 1; n < k; n++) if (tokens[n]!.key === t.key && tokens[n - 1]!.cap && !isVietnameseSyllable(tokens[n - 1]!.key)) return null;
  return brand(ctx, k, two ? k + 2 : k + 1);
}

/** The envoy's title whose head begins as a row of office-rules.tsv envoy does ("Đại sứ đặc mệnh toàn quyền"). */
function envoyOf(head: string): { prefix: string; mission: string } | undefined {
  const key = normalizeKey(head);
  return OFFICE_RULES.envoys.find((e) => key === e.prefix || key.startsWith(`${e.prefix} `));
}

/** The name of the mission an envoy heads: the title's head and the mission's word ("Đại sứ quán"), or the mission's whole name when the row gives one ("Đại biện" → "Đại sứ quán"). */
function missionName(envoy: { prefix: string; mission: string }, head: string): string {
  return envoy.mission.includes(" ") ? envoy.mission : `${head.slice(0, envoy.prefix.length)} ${envoy.mission}`;
}

/**
 * "Việt Nam tại Mỹ", "Cộng hòa Cuba tại Việt Nam" after an envoy's title: the mission the envoy heads,
 * named as the language names it ("Đại sứ" → "Đại sứ quán Việt Nam tại Mỹ"; "Lãnh sự" → "Lãnh sự quán …").
 */
function missionAt(ctx: ScanContext, head: string, k: number, locs: Map<number, LocationCandidate>, standing: boolean): { end: number; name: string } | null {
  const { tokens } = ctx;
  const country = countryAt(ctx, k);
  if (!country) return null;
  // ("Đại sứ Việt Nam bên cạnh Liên hợp quốc": "bên cạnh" says "to" an international body, as "tại" does.)
  const beside = tokens[country.end]?.key === "bên" && tokens[country.end + 1]?.key === "cạnh" && !tokens[country.end + 2]?.lineBreakBefore;
  if (!beside && (tokens[country.end]?.key !== "tại" || tokens[country.end + 1]?.lineBreakBefore)) return null;
  const envoy = envoyOf(head);
  let body = envoy?.mission ? missionName(envoy, head) : "Cơ quan đại diện";
  // ("Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc": a standing mission's name says so.)
  if (standing && envoy?.mission.includes(" ")) body = `${body} thường trực`;
  const at = beside ? null : placeAt(ctx, country.end + 1, true);
  if (at) return { end: at.end, name: `${capitalizeFirst(body)} ${country.info.name} tại ${at.info.name}` };
  // "… Việt Nam tại Liên hợp quốc": a mission to an international body. An embassy or a consulate ("… quán") is in a
  // place: an ambassador to a body ("Đại sứ Việt Nam tại Liên hợp quốc") heads the country's standing mission there.
  const org = orgAt(ctx, country.end + (beside ? 2 : 1), locs, false);
  if (org?.data.known?.kind !== "international") return null;
  if (normalizeKey(body).endsWith("quán")) body = "Phái đoàn thường trực";
  return { end: org.end, name: `${capitalizeFirst(body)} ${country.info.name} tại ${org.data.name}` };
}

/** The title at i with the modifiers written before its head ("Phó", "Quyền"), or null. */
function headAt(ctx: ScanContext, i: number): { head: { end: number; info: TitleInfo }; modifiers: ModifierInfo[] } | null {
  const { tokens } = ctx;
  let modifiers: ModifierInfo[] | undefined; // (made at the first modifier: most calls find none, or no title)
  let k = i;
  let head: { end: number; info: TitleInfo } | null = null;
  for (let guard = 0; guard < 4 && k < tokens.length; guard++) {
    const title = titleAt(ctx, k);
    const mod = modifierAt(ctx, k, "before");
    if (title && (!mod || title.end >= mod.end)) {
      head = title;
      break;
    }
    // "thăng quân hàm Thiếu tướng", "được thăng hàm Đại tá": "hàm" after a word of grammar-words.tsv rank-noun is the
    // noun "rank", outside the title, not the modifier "with the rank of" ("hàm Vụ trưởng").
    if (k === i && mod?.info.meaning === "equivalent" && RANK_NOUN.before(tokens, k) >= 0) return null;
    // "chính quyền Tổng thống Donald Trump" (the administration), "ủy quyền": "quyền" after a word of power-noun is the noun
    // "power", not "acting": the title starts after it.
    if (k === i && mod?.info.meaning === "acting" && !tokens[k]!.lineBreakBefore && tokens[k]!.key === "quyền" && POWER_NOUN.before(tokens, k) >= 0) return null;
    // "kiêm" joins two titles and "tân" (newly appointed) describes the person: neither is in the span.
    if (!mod || mod.info.meaning === "concurrent" || mod.info.meaning === "new" || mod.info.meaning === "incumbent") return null;
    (modifiers ??= []).push(mod.info);
    k = mod.end;
  }
  return head ? { head, modifiers: modifiers ?? [] } : null;
}

/**
 * Where a legislator's title ends with the party written after it and before a capitalized name (office-rules.tsv
 * party_after), or `end`. (Its own function: written inline, it made positionAt allocate 16 MB more a corpus pass.)
 */
function partyEnd(ctx: ScanContext, head: string, end: number): number {
  const { tokens } = ctx;
  if (!tokens[end] || tokens[end]!.lineBreakBefore || has(ctx, end, "place")) return end;
  const party = OFFICE_RULES.partyAfter[normalizeKey(head)]!.find((w) => w.every((k, j) => tokens[end + j]?.key === k && !tokens[end + j]!.lineBreakBefore));
  const next = party ? tokens[end + party.length] : undefined;
  return party && next?.kind === "w" && next.cap && !next.lineBreakBefore && !has(ctx, end + party.length, "place") ? end + party.length : end;
}

/** A position starting at token i, or null. */
export function positionAt(ctx: ScanContext, i: number, locs: Map<number, LocationCandidate>, orgEndAt: Map<number, number> = new Map(), depth = 0): PositionCandidate | null {
  const { tokens } = ctx;
  if (ctx.inDate[i] || !(ctx.kindsAt(i) & (KIND_BIT.title | KIND_BIT.modifier))) return null;
  const found = headAt(ctx, i);
  if (!found) return null;
  const { head, modifiers } = found;
  // "tiếp đoàn Đại biểu Quốc hội Romania", "Trưởng đoàn đại biểu quân sự": after "đoàn", the delegates are the delegation, no title.
  if (!modifiers.length && normalizeKey(head.info.head) === "đại biểu" && tokens[i - 1]?.key === "đoàn") return null;
  // "Đại sứ Quán Việt Nam" is the embassy ("Đại sứ quán"), not an ambassador; so is "nhân viên Đại sứ
  // quán", with no country named: a longer body head at the title's start, going on in lower case.
  const bodyEnd = orgEndAt.get(i) ?? 0;
  if (bodyEnd > head.end && !(FIELD_AFTER.has(normalizeKey(head.info.head)) && holderNameAt(ctx, bodyEnd))) return null;
  if (ctx.kindsAt(i) & KIND_BIT.orgHead && longerBodyHead(ctx, i, head.end)) return null;
  if (titleSpelledAsName(ctx, i, head.end)) return null;
  // "Liên minh nghị sĩ Mê Kông Nhật Bản", "Nhóm nghị sĩ hữu nghị": a title in lower case right after a
  // body's head word names the body's members, not someone's office.
  if (!tokens[i]!.cap && orgHeadEndsAt(ctx, i)) return null;
  // Generic plurals are no one's office ("các Bộ trưởng", "Bộ trưởng các Bộ"), unless names follow
  // ("các Phó Thủ tướng Trịnh Đình Dũng, Vũ Đức Đam": each of them holds it); marked, not dropped,
  // so that "Thủ tướng" inside "các Phó Thủ tướng" is not read on its own.
  const plural = precededByPlural(ctx, i) || ["các", "những"].includes(tokens[head.end]?.key ?? "");
  let end = head.end;
  for (let guard = 0; guard < 3; guard++) {
    // (A headline ends at its line: "… Phó Chủ tịch⏎Thường trực …" is no modifier.)
    const after = tokens[end]?.lineBreakBefore ? null : modifierAt(ctx, end, "after");
    if (!after) break;
    modifiers.push(after.info);
    end = after.end;
  }
  if (modifiers.at(-1)?.meaning === "in-charge" && !tokens[end]?.lineBreakBefore) end = fieldInCharge(ctx, end, locs);
  // "Giám đốc khối vận hành Techcombank": a lower-case word of a unit in charge (office-rules.tsv unit_in_charge), then its field.
  else if (tokens[end] && !tokens[end]!.cap && !tokens[end]!.lineBreakBefore && OFFICE_RULES.unitInCharge[normalizeKey(head.info.head)]?.includes(tokens[end]!.key)) {
    const field = fieldInCharge(ctx, end + 1, locs);
    if (field > end + 1) end = field;
  }
  // "Giám đốc phân tích kinh tế vĩ mô của VinaCapital": a function's narrower field, in lower case, before the body or the
  // holder's name (office-rules.tsv field_then_body).
  else if (tokens[end] && !tokens[end]!.cap && !tokens[end]!.lineBreakBefore && OFFICE_RULES.fieldThenBody.has(normalizeKey(head.info.head))) end = fieldInCharge(ctx, end, locs, false);
  // "Thượng nghị sĩ Cộng hòa Lindsey Graham": a legislator's party (office-rules.tsv party_after) between the title and a
  // capitalized name is part of the title; a place that begins so ("Cộng hòa Séc") is not a party.
  else if (OFFICE_RULES.partyAfter[normalizeKey(head.info.head)]) end = partyEnd(ctx, head.info.head, end);
  // (explicit, capitalized and plural are known at the end)
  const span: TitleSpan = { data: { head: head.info, modifiers }, children: [], end };
  const { data, children } = span;
  const served = servedOffice(ctx, head.info, span, locs, orgEndAt, depth);
  if (!served) withAbbreviation(ctx, head.info, span, locs);
  if (!served && head.info.kind !== "rank" && span.end < tokens.length && !tokens[span.end]!.lineBreakBefore && !bodyAfterTitle(ctx, i, head.info, span, locs)) return null;
  unitThenModifier(ctx, span, locs);
  impliedByPlace(ctx, head.info, span, locs);
  countryOfList(ctx, head.info, span, locs, orgEndAt, depth);
  // (Also after "của": "Bộ trưởng Quốc phòng của hai nước", "Ngoại trưởng của nước chủ nhà".)
  const side = tokens[span.end]?.key === "của" && !tokens[span.end + 1]?.lineBreakBefore ? span.end + 1 : span.end;
  // "Bộ trưởng Ngoại giao hai nước", "Thủ tướng hai bên": the office of each side, a plural, no one country's.
  const eachSide = !data.orgCandidate && !data.country && !data.ownerOrg && !tokens[side]?.lineBreakBefore && EACH_SIDE.at(tokens, side) > 0;
  // "Ngoại trưởng nước chủ nhà Penny Wong": a country the text does not name is part of the title; the body is then the
  // holder's country's, and not Việt Nam's for a foreign holder (post-entities.ts).
  const unnamedCountry = !eachSide && !data.orgCandidate && !data.country && !data.ownerOrg && tokens[side]?.key === "nước" && !tokens[side]!.cap && !tokens[side]!.lineBreakBefore ? UNNAMED_COUNTRY.at(tokens, side + 1) : 0;
  if (unnamedCountry) {
    span.end = side + 1 + unnamedCountry;
    data.unnamedCountry = true;
  }
  end = span.end;
  // "Cao ủy Liên hợp quốc về Nhân quyền Volker Türk", "Đặc phái viên Mỹ về khí hậu John Kerry": the field after "về",
  // right before the holder's name, is part of the title.
  if (!served && tokens[end]?.key === "về" && !tokens[end + 1]?.lineBreakBefore && FIELD_AFTER.has(normalizeKey(head.info.head))) {
    const field = fieldBeforeName(ctx, end + 1);
    if (field > 0) end = field;
  }
  // "Tổng thống Mỹ sắp mãn nhiệm Joe Biden", "Tổng thống Hàn Quốc mới đắc cử Lee Jae-myung": a status modifier written
  // after the body or the country, right before the holder's name, is the title's.
  if (end > head.end && !tokens[end]?.lineBreakBefore) {
    const late = modifierAt(ctx, end, "after");
    const next = late ? tokens[late.end] : undefined;
    if (late && LATE_STATUS.has(late.info.meaning) && next?.kind === "w" && next.cap && !next.lineBreakBefore) {
      data.modifiers.push(late.info);
      end = late.end;
    }
  }
  // A title written in lower case in running text needs something that makes it specific.
  const first = tokens[i]!;
  // "các tổ chức thành viên", "hai nước là thành viên": some heads, in lower case and with no body
  // after them, are common words, not titles (office-rules.tsv: needs_body).
  if (!isProperLike(first) && NEEDS_BODY.has(normalizeKey(head.info.head))) {
    if (!data.orgCandidate && !data.impliedOrg && !data.country) return null;
    // ("trở thành thành viên APPF": a country's or a parliament's membership of an international body.)
    const kind = data.orgCandidate?.data.known?.kind;
    if (kind && MEMBER_OF_KINDS[normalizeKey(head.info.head)]?.includes(kind)) return null;
  }
  if (i >= 2 && !tokens[i]!.lineBreakBefore && GATHERING.has(`${tokens[i - 2]!.key} ${tokens[i - 1]!.key}`)) return null;
  // "196 lượt ĐB": some heads are titles only before the holder's name (office-rules.tsv: needs_name).
  if (NEEDS_NAME.has(normalizeKey(head.info.head)) && !data.orgCandidate && !data.impliedOrg && !data.country) {
    const next = tokens[end];
    if (!next || next.kind !== "w" || !next.cap || next.lineBreakBefore) return null;
  }
  const explicit = !!(data.orgCandidate || data.country || (data.impliedOrg && head.info.org.mode === "elided"));
  return {
    type: "position",
    start: i,
    end,
    priority: 95,
    reason: `title-head:${head.info.head}`,
    children,
    // ("từng" is "each" or "once": "từng Bí thư Tỉnh ủy Hòa Bình" names one body, so it is "once".)
    data: Object.assign(data, { explicit, capitalized: isProperLike(first), plural: eachSide || (plural && !(tokens[i - 1]?.key === "từng" && explicit && isProperLike(first))) }), // data is this call's own: no copy
  };
}

/**
 * "thành viên HĐQT độc lập Vietcombank": a unit written alone (office-rules.tsv unit_of), a modifier of the post
 * after it, then the body the unit belongs to: the modifier is the post's, the unit that body's (as "HĐQT Vietcombank").
 */
function unitThenModifier(ctx: ScanContext, span: TitleSpan, locs: Map<number, LocationCandidate>): void {
  const { tokens } = ctx;
  const { data, children } = span;
  const unit = data.orgCandidate;
  if (!unit || unit.end !== span.end || !unit.reason.startsWith("org-unit:")) return;
  const kinds = OFFICE_RULES.unitOf[normalizeKey(unit.data.name)];
  const mod = kinds && !tokens[span.end]?.lineBreakBefore ? modifierAt(ctx, span.end, "after") : null;
  if (!mod || tokens[mod.end]?.lineBreakBefore) return;
  // ("thành viên HĐQT độc lập của Công ty CP Sông Đà": "của" and the body stay in the title.)
  const at = tokens[mod.end]?.key === "của" && !tokens[mod.end + 1]?.lineBreakBefore ? mod.end + 1 : mod.end;
  const parent = orgAt(ctx, at, locs, false);
  const fits = (name: string) => kinds!.some((w) => normalizeKey(name) === w || normalizeKey(name).startsWith(`${w} `));
  data.modifiers.push(mod.info);
  span.end = mod.end;
  // (With no body after it, the unit stays alone: "Thành viên HĐQT độc lập Nguyễn Văn An".)
  if (!parent || !(fits(parent.data.known?.name ?? parent.data.name) || fits(spanText(ctx, parent.start, parent.end)))) return;
  data.unitParent = { cand: parent };
  data.ownerOrg = parent;
  children.push(parent);
  span.end = parent.end;
}

/**
 * "Phó Tổng Giám đốc phụ trách tài chính Vietinbank Trần Văn Bình", "… phụ trách khối bán lẻ của Vietinbank": after
 * "phụ trách", one to four lower-case words of the field in charge, right before the body (or "của" and the body) or
 * the holder's name (with toName), are part of the title; k when none are.
 */
function fieldInCharge(ctx: ScanContext, k: number, locs: Map<number, LocationCandidate>, toName = true): number {
  const { tokens } = ctx;
  for (let n = k; n < k + 4; n++) {
    const t = tokens[n];
    if (!t || t.kind !== "w" || t.cap || t.lineBreakBefore || !isVietnameseSyllable(t.key) || has(ctx, n, "title") || t.key === "của") break;
    const next = tokens[n + 1];
    if (!next || next.lineBreakBefore) break;
    // ("ông X, Phó Tổng giám đốc phụ trách tài chính, cho biết": the field ends the clause.)
    if (toName && (next.key === "," || next.key === ";" || next.key === ".")) return n + 1;
    const at = next.key === "của" ? n + 2 : n + 1;
    const org = tokens[at] && !tokens[at]!.lineBreakBefore ? orgAt(ctx, at, locs, false) : null;
    if (org && (org.data.known || isProperLike(tokens[at]))) return n + 1;
  }
  const field = toName && tokens[k] && !tokens[k]!.cap ? fieldBeforeName(ctx, k) : -1;
  return field > 0 ? field : k;
}

/**
 * "Cao ủy Liên hợp quốc về người tị nạn Filippo Grandi": a body the gazetteer knows whose name begins with a title's head
 * that may take a field (office-rules.tsv field_after), followed by a person's name (a surname and a capitalized word,
 * or two or three capitalized words, one no Vietnamese syllable, no place, body or title): the commissioner, not the agency.
 */
function holderNameAt(ctx: ScanContext, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.lineBreakBefore) return false;
  if (has(ctx, k, "place") || has(ctx, k, "org")) return false;
  if (fullNameStartsAt(ctx, k)) return true;
  let n = k;
  while (n < k + 4 && isProperLike(tokens[n]) && !tokens[n]!.allCaps && !tokens[n]!.lineBreakBefore && !has(ctx, n, "place") && !has(ctx, n, "org") && !has(ctx, n, "title")) n++;
  if (n - k < 2 || n - k > 3) return false;
  for (let m = k; m < n; m++) if (!isVietnameseSyllable(tokens[m]!.key)) return true;
  return false;
}

/** What a title's span holds while it is read: its data, its nested mentions, and where it ends so far. */
interface TitleSpan {
  data: Omit<PositionData, "explicit" | "capitalized" | "plural">;
  children: Candidate[];
  end: number;
}

/** An aide's title and the office served, read on into the span; that office, or null. */
function servedOffice(ctx: ScanContext, head: TitleInfo, span: TitleSpan, locs: Map<number, LocationCandidate>, orgEndAt: Map<number, number>, depth: number): PositionCandidate | null {
  const { tokens } = ctx;
  const { data, children } = span;
  let end = span.end;
  // "Thư ký Thủ tướng", "Trợ lý Tổng Bí thư", "Thư ký riêng của Thủ tướng", "Cố vấn của Tổng thống Pháp
  // về châu Á": the office served (a whole title, with its country) and the adviser's field are part of the title.
  let served: PositionCandidate | null = null;
  if (SERVES_OFFICE.has(normalizeKey(head.head)) && depth < 3) {
    const at = tokens[end]?.key === "của" && !tokens[end]!.lineBreakBefore ? end + 1 : end;
    served = tokens[at] && !tokens[at]!.lineBreakBefore && titleAt(ctx, at) ? positionAt(ctx, at, locs, orgEndAt, depth + 1) : null;
    if (served) {
      // The aide works in the body of the office served ("thư ký Bộ trưởng Bộ Giáo dục").
      const s = served.data;
      if (s.orgCandidate) {
        data.orgCandidate = s.orgCandidate;
        children.push(s.orgCandidate);
      } else if (s.impliedOrg) data.impliedOrg = s.impliedOrg;
      if (s.country) data.country = s.country;
      end = served.end;
      const field = tokens[end]?.key === "về" ? adviceField(ctx, end + 1, locs, FIELD_AFTER.has(normalizeKey(head.head))) : -1;
      if (field > 0) end = field;
    }
  }
  span.end = end;
  return served;
}

/** A title's abbreviation in parentheses, then its body, read on into the span. */
function withAbbreviation(ctx: ScanContext, head: TitleInfo, span: TitleSpan, locs: Map<number, LocationCandidate>): void {
  const { tokens } = ctx;
  let end = span.end;
  // "Tổng Giám đốc (CEO) Công ty X", "Giám đốc tài chính (CFO) của Vinamilk": the title's abbreviation in
  // parentheses, then its body: the abbreviation stays inside the title, which goes on to the body.
  if (head.follows && tokens[end]?.key === "(" && tokens[end + 1]?.allCaps && !tokens[end + 1]!.capsLine) {
    const alias = titleAt(ctx, end + 1);
    const close = alias ? alias.end : -1;
    if (alias && tokens[close]?.key === ")" && !tokens[close + 1]?.lineBreakBefore) {
      const at = close + 1;
      if (orgAt(ctx, at, locs, true) || (tokens[at]?.key === "của" && isProperLike(tokens[at + 1]) && orgAt(ctx, at + 1, locs, false))) end = at;
    }
  }
  span.end = end;
}

/**
 * The body written after a title (its organization, an elided one, the body it belongs to, a country, an envoy's mission),
 * read on into the span; false when the words make it no title at all ("do nước Chủ tịch Brunei đề xuất").
 */
function bodyAfterTitle(ctx: ScanContext, i: number, head: TitleInfo, span: TitleSpan, locs: Map<number, LocationCandidate>): boolean {
  const { tokens } = ctx;
  const { data, children } = span;
  let end = span.end;
  // "Tổng Giám đốc của Tập đoàn Hòa Phát": "của" and the body whose office it is stay in the title.
  const ofBody = head.kind === "office" && head.org.mode === "follows" && tokens[end]!.key === "của" && !tokens[end + 1]?.lineBreakBefore && isProperLike(tokens[end + 1]);
  // "Cao ủy Nhân quyền Liên hợp quốc Volker Türk": a commissioner's or an envoy's field (data/portfolios.tsv) before the
  // international body whose office it is.
  const fieldEnd = FIELD_AFTER.has(normalizeKey(head.head)) ? portfolioEnd(ctx, end) : end;
  const fieldOrg = fieldEnd > end && !tokens[fieldEnd]?.lineBreakBefore ? orgAt(ctx, fieldEnd, locs, false) : null;
  const international = (fieldOrg?.data.known?.kind === "international" ? fieldOrg : null) ?? (fieldEnd === end && tokens[end]?.key === "về" && FIELD_AFTER.has(normalizeKey(head.head)) ? ownerAfterField(ctx, end + 1, locs) : null);
  if (international) end = fieldEnd;
  const org = international ?? (head.follows ? (orgAt(ctx, end, locs, true) ?? (ofBody ? orgAt(ctx, end + 1, locs, false) ?? brandEndingClause(ctx, i, head.head, end + 1, true) : null) ?? brandAfterTitle(ctx, head.head, end) ?? brandEndingClause(ctx, i, head.head, end, false) ?? brandBeforeHolder(ctx, head.head, end)) : null);
  const elided = head.org.mode === "elided" ? elidedOrg(ctx, head.org.word, end, locs) : null;
  // ("Chánh Văn phòng Trung ương Đảng": the words make a body the gazetteer knows, "Văn phòng Trung ương Đảng",
  // which is the office's, not "Trung ương Đảng" written after the title.)
  if (org && (!elided || org.end > elided.end || (org.end === elided.end && !elided.known))) {
    data.orgCandidate = org;
    children.push(org);
    end = org.end;
  } else if (elided) {
    // (An empty name: the field is written, but which body it names is not known.)
    if (elided.name) data.impliedOrg = { name: elided.name, known: elided.known, ...(elided.foreign ? { foreign: true as const } : {}) };
    // ("Trưởng ban Dân tộc HĐND tỉnh", "Trưởng phòng Tài chính huyện": a body ending with a level word alone is of the
    // one place of that level the text names, as "UBND tỉnh" after a title is.)
    if (data.impliedOrg && !elided.known && endsWithLoneLevel(ctx, end, elided.end)) data.impliedOrg.bareLevel = true;
    if (elided.parent) {
      data.ownerOrg = elided.parent;
      children.push(elided.parent);
    }
    end = elided.end;
  }
  // "Phó Viện trưởng Viện nghiên cứu Văn hóa - Viện Hàn lâm Khoa học xã hội Việt Nam": the known body its body
  // belongs to, after a spaced dash, is part of the post and a nested mention.
  const up = data.orgCandidate && !data.ownerOrg ? ownerAfterDash(ctx, end, locs) : null;
  if (up) {
    data.ownerOrg = up;
    children.push(up);
    end = up.end;
  }
  // "tổ trưởng tổ công tác đặc biệt của VCCI": a unit with no name, of the body after "của", is part of the post.
  const owner = !data.orgCandidate && !data.impliedOrg ? unitOfOwner(ctx, end, locs) : null;
  if (owner) {
    data.orgCandidate = owner;
    children.push(owner);
    end = owner.end;
  }
  // "Trưởng đại diện WHO tại Việt Nam Kidong Park": an international body's office in a country is written with the
  // country; the holder's name follows it.
  if (data.orgCandidate?.data.known?.kind === "international" && tokens[end]?.key === "tại" && !tokens[end + 1]?.lineBreakBefore) {
    const where = countryAt(ctx, end + 1);
    if (where) end = where.end;
  }
  const envoy = !!envoyOf(head.head) && !data.orgCandidate && !data.impliedOrg;
  // A country after the title or its organization makes it a foreign office; after an envoy's
  // title, any country is the one it represents ("Đại sứ Việt Nam Nguyễn Văn Kiên").
  let country = envoy ? countryAt(ctx, end) : foreignCountryAt(ctx, end);
  // "Bộ trưởng Ngoại giao của Nga Sergei Lavrov": "của" and a foreign country after the title are read as the country
  // alone (one title, "X của Y"), not as Việt Nam's office.
  if (!country && !envoy && !data.orgCandidate && tokens[end]?.key === "của" && !tokens[end + 1]?.lineBreakBefore) {
    const owner = foreignCountryAt(ctx, end + 1);
    if (owner) {
      end += 1;
      country = owner;
    }
  }
  const mission = envoy ? missionAt(ctx, head.head, end, locs, data.modifiers.some((m) => m.meaning === "standing")) : null;
  // "do nước Chủ tịch Brunei đề xuất": the country that chairs a body (ASEAN's, named elsewhere), no office of its state.
  if (country && !mission && !data.orgCandidate && !data.impliedOrg?.known && i > 0 && tokens[i - 1]!.key === "nước" && !tokens[i - 1]!.cap) return false;
  if (mission) {
    // "Đại sứ Việt Nam tại Mỹ", "Đại sứ Hàn Quốc tại Việt Nam": the envoy of the mission there.
    if (country) data.country = { type: "location", start: end, end: country.end, priority: 62, reason: "gazetteer:country", data: { name: country.info.name, kind: "country" } };
    data.impliedOrg = { name: mission.name };
    end = mission.end;
  } else if (country) {
    // The country is part of the title's span; it is linked, not a nested mention.
    data.country = { type: "location", start: end, end: country.end, priority: 62, reason: "gazetteer:country", data: { name: country.info.name, kind: "country" } };
    // The body is that country's own: "Bộ trưởng Ngoại giao Lào" → "Bộ Ngoại giao Lào", "Thủ tướng
    // Nhật Bản" → "Chính phủ Nhật Bản". Only generic bodies: "Chủ tịch nước Lào" implies no Vietnamese state.
    const body = data.impliedOrg?.name ?? (head.org.mode === "implied" && FOREIGN_GENERIC_BODIES.has(head.org.org) ? head.org.org : undefined);
    // "Tổng thống Indonesia": a head of state's office is of that country's state.
    const state = !body && !data.orgCandidate && HEADS_STATE.has(normalizeKey(head.head));
    // ("Tổng Bí thư Lào": the party that one country's office is of, data/office-rules.tsv ruling_party.)
    const party = !body && !state && !data.orgCandidate ? rulingPartyOf(ctx, head, country.info.name) : undefined;
    data.impliedOrg = body ? { name: `${body} ${country.info.name}` } : state ? { name: `Nhà nước ${country.info.name}`, stateOf: { name: country.info.name, written: spanText(ctx, end, country.end) } } : party;
    // "Đại sứ Nhật Bản Umeda Kunio": a foreign envoy with no posting written heads that country's mission
    // ("Đại sứ quán Nhật Bản"), also named by the country.
    const abroad = envoy && !data.impliedOrg && isForeignCountry(country.info) ? envoyOf(head.head) : undefined;
    if (abroad?.mission) data.impliedOrg = { name: `${capitalizeFirst(missionName(abroad, abroad.prefix))} ${country.info.name}`, forms: [country.info.name, spanText(ctx, end, country.end)] };
    end = country.end;
    // "Trưởng đại diện Hàn Quốc tại Việt Nam": where the envoy is posted.
    if (tokens[end]?.key === "tại" && envoy) {
      const at = placeAt(ctx, end + 1, true);
      if (at) end = at.end;
    }
  } else if (!envoy && !data.orgCandidate && (head.org.mode === "implied" || (head.org.mode === "elided" && data.impliedOrg?.known))) {
    // "Chủ tịch nước CHXHCN Việt Nam Trần Đại Quang", "Thủ tướng Việt Nam Phạm Minh Chính", "Bộ trưởng Ngoại giao
    // Việt Nam Phạm Bình Minh" (a ministry of Việt Nam's named by its field): Việt Nam's own name is
    // part of the title (the post stays the one of Việt Nam): its formal name always, the short one before the
    // holder's name or the clause's end ("Tổng Bí thư thăm Việt Nam" is no title of it).
    // ("Bộ trưởng Ngoại giao của Việt Nam Bùi Thanh Sơn": "của" before the name too.)
    const at = tokens[end]?.key === "của" && !tokens[end + 1]?.lineBreakBefore ? end + 1 : end;
    const home = tokens[at]?.lineBreakBefore ? null : countryAt(ctx, at);
    const after = home ? tokens[home.end] : undefined;
    const formal = !!home && normalizeKey(spanText(ctx, at, home.end)) !== "việt nam";
    const named = !after || after.lineBreakBefore || (ctx.lex.surnames.has(after.key) && isProperLike(after) && isProperLike(tokens[home!.end + 1])) || CLAUSE_END.has(after.key);
    if (home && home.info.name === "Việt Nam" && (formal || named)) end = home.end;
  }
  span.end = end;
  return true;
}

/** A body implied by a place after the title, a unit's name, or a body's head word alone ("Phó Giám đốc Sở"). */
function impliedByPlace(ctx: ScanContext, head: TitleInfo, span: TitleSpan, locs: Map<number, LocationCandidate>): void {
  const { tokens } = ctx;
  const { data } = span;
  let end = span.end;
  // "Ủy viên Bộ Chính trị khóa XII": the terms are one person's holding, not the post; they stay
  // outside the span (the linking step reads them onto the holds relation).
  // "Bí thư TP HCM", "Chủ tịch tỉnh Đồng Nai": the body is implied by the place written after the title.
  if (!data.orgCandidate && !data.impliedOrg && !data.country && head.ofPlace) {
    // "Thị trưởng Rotterdam": a foreign city no gazetteer lists is the mayor's, not a person.
    const city = locs.get(end) ? null : foreignPlaceAfter(ctx, end);
    if (city) {
      data.impliedOrg = placeGovernment(ctx, end, city.end);
      end = city.end;
    }
  }
  if (!data.orgCandidate && !data.impliedOrg && !data.country && head.follows && !tokens[end]?.lineBreakBefore) {
    const place = placeAfterTitle(ctx, head, end, locs);
    if (place) {
      if (place.body) data.impliedOrg = { name: place.body };
      // "Thống đốc tỉnh Kanagawa", "Toàn quyền Đông Dương": a governor's office is of the place's government.
      else if (head.ofPlace) data.impliedOrg = placeGovernment(ctx, end, place.end);
      end = place.end;
    }
  }
  if (!data.orgCandidate && !data.impliedOrg && !data.country && (head.follows || head.org.mode === "elided") && !tokens[end]?.lineBreakBefore) {
    const level = bareLevelAfter(ctx, head, end);
    if (level) {
      data.impliedOrg = { name: level.body, bareLevel: true };
      end = level.end;
    }
  }
  if (!data.orgCandidate && !data.impliedOrg && !data.country && NAMES_UNIT.has(normalizeKey(head.head))) end = unitNameAfter(ctx, end);
  // "Phó Giám đốc Sở, …", "Phó Giám đốc Sở Nguyễn Văn Sơn": a body's head word alone after the title is part of it
  // (office-rules.tsv bare_body); the body is the one the text names around it (src/link/context-bodies.ts).
  if (!data.orgCandidate && !data.impliedOrg && !data.country && head.follows) {
    const bare = bareBodyAfter(ctx, head.head, end);
    if (bare) {
      data.bareBody = bare.word;
      end = bare.end;
    }
  }
  span.end = end;
}

/** The implied body of a title with no body written, and the country a list of titles ends with. */
function countryOfList(ctx: ScanContext, head: TitleInfo, span: TitleSpan, locs: Map<number, LocationCandidate>, orgEndAt: Map<number, number>, depth: number): void {
  const { tokens } = ctx;
  const { data } = span;
  const end = span.end;
  if (!data.orgCandidate && !data.impliedOrg && !data.country && head.org.mode === "implied") {
    // "Tổng Bí thư, Chủ tịch nước Lào": the country at the end of the list is this title's too.
    const sep = tokens[end]?.key;
    const listed = (sep === "," || sep === "kiêm") && depth < 3 && countrySoon(ctx, end + 1) ? positionAt(ctx, end + 1, locs, orgEndAt, depth + 1) : null;
    // ("Phó Thủ tướng kiêm Bộ trưởng Bộ Nội vụ Cộng hòa Slovakia": the country of the next title's foreign body too.)
    const generic = FOREIGN_GENERIC_BODIES.has(head.org.org);
    const country = listed ? (listed.data.country?.data.name ?? (generic ? listed.data.orgCandidate?.data.country : undefined)) : undefined;
    const known = ctx.lex.orgsByKey.get(phraseKeys(head.org.org).join(" "));
    if (country) {
      // ("Ủy viên Quốc vụ, Bộ trưởng Quốc phòng Trung Quốc": a body only one foreign state has stays the title's.)
      data.impliedOrg = generic ? { name: `${head.org.org} ${country}` } : known?.kind === "foreign-government" ? { name: head.org.org, known } : rulingPartyOf(ctx, head, country);
      data.foreignCountry = country;
    } else data.impliedOrg = { name: head.org.org, known };
  }
  // "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Lào Pany Yathotou": a party body of Việt Nam's name, written with no
  // country in a list before another country's title, is that country's party's (one-party states name theirs alike).
  // So is a national assembly or government joined by "kiêm": "Chủ tịch Quốc hội kiêm Chủ tịch Thượng viện Myanmar"
  // heads Myanmar's. (After a comma it may be another person's: "lời mời của Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Lào X".)
  const kind = data.orgCandidate?.data.known?.kind ?? "";
  if (LISTED_NATIONAL_KINDS.has(kind) && !data.orgCandidate!.data.country && !data.country && depth < 3) {
    const sep = tokens[end]?.key;
    const listed = ((sep === "," && kind === "party") || sep === "kiêm") && countrySoon(ctx, end + 1) ? positionAt(ctx, end + 1, locs, orgEndAt, depth + 1) : null;
    const l = listed?.data;
    const country = l ? (l.country?.data.name ?? l.orgCandidate?.data.country ?? l.foreignCountry) : undefined;
    if (country && country !== "Việt Nam") data.foreignCountry = country;
  }
}

/**
 * "Chủ tịch tỉnh Nguyễn Văn An", "Bí thư huyện, …", "Phó Chủ tịch xã Lê Văn Cường": a unit's level word written
 * alone after a title that heads that unit's body (office-rules.tsv body_of_place), before the holder's name,
 * punctuation, a joiner, the end or a lower-case word, is part of the title; the body ("UBND tỉnh") is the one of
 * the place the text names around it (NameIndex.bareBody). Its body's bare name and end, or null.
 */
function bareLevelAfter(ctx: ScanContext, head: TitleInfo, k: number): { body: string; end: number } | null {
  const rule = BODY_OF_PLACE[normalizeKey(head.head)];
  const { tokens } = ctx;
  const lv = rule ? longest(ctx, k, "level") : null;
  if (!lv || !endsWithLevelWord(spanText(ctx, k, lv.end))) return null;
  const kindBody = rule![lv.entry.info.kind];
  if (!kindBody) return null;
  // ("Phó Chủ tịch quận": "UBND quận", not the "UBND huyện" of its level; "Chủ tịch TP. Phan Văn Mãi": "UBND TP", the
  // abbreviation's dot left out.)
  let end = lv.end;
  let body = bodyWithLevelWord(kindBody, spanText(ctx, k, lv.end).replace(/\.$/u, ""));
  // ("Bí thư huyện ủy, …": the unit's Party committee written in lower case, "Huyện ủy" of the place named around it.)
  const committee = tokens[end]?.key === "ủy" && !tokens[end]!.lineBreakBefore ? levelOfBody(spanKey(ctx, k, end + 1)) : undefined;
  if (committee?.committee === spanKey(ctx, k, end + 1) && normalizeKey(body) === committee.committee) body = capitalizeFirst(spanText(ctx, k, ++end).toLowerCase());
  // ("tỉnh đoàn", "tỉnh lộ": a longer word begins with the level word.)
  else if (ctx.matchesAt(k).some((m) => m.end > lv.end)) return null;
  // ("TP. Nguyễn Văn A": a dot glued to an abbreviated level word.)
  if (tokens[end]?.key === "." && !tokens[end]!.spaceBefore && tokens[end - 1]!.allCaps && isProperLike(tokens[end + 1])) end++;
  const next = tokens[end];
  const free = !next || next.lineBreakBefore || AFTER_BARE_BODY.has(next.key) || (next.kind === "w" && !next.cap && !next.allCaps);
  if (!free && !holderAfterLevel(ctx, k, end, lv.entry.info.kind)) return null;
  return { body, end };
}

// What may follow a body's head word written alone after a title ("Phó Giám đốc Sở, …", "Giám đốc Sở và …").
const AFTER_BARE_BODY = new Set([",", ".", ";", ":", ")", "!", "?", "-", "–", ...grammarWords("conjunction"), ...grammarWords("title-joiner")]);

/** "Sở" written alone at k after the title (office-rules.tsv bare_body), before punctuation, a joiner, the end or a person's name. */
function bareBodyAfter(ctx: ScanContext, head: string, k: number): { word: string; end: number } | null {
  const words = BARE_BODY[normalizeKey(head)];
  const { tokens } = ctx;
  const t = tokens[k];
  if (!words || !t || t.lineBreakBefore || t.allCaps) return null;
  for (const w of words) {
    const keys = w.split(" ");
    if (!keys.every((key, n) => tokens[k + n]?.key === key && !tokens[k + n]!.lineBreakBefore)) continue;
    const end = k + keys.length;
    const next = tokens[end];
    // (A name after it is the holder's: a surname written like a name, then another such word.)
    const named = !!next && ctx.lex.surnames.has(next.key) && isProperLike(next) && isProperLike(tokens[end + 1]);
    // ("Giám đốc sở Ngô Văn Hải": in lower case, only before the holder's name.)
    if (!isProperLike(t)) {
      if (named && !next.lineBreakBefore) return { word: w, end };
      continue;
    }
    if (!next || next.lineBreakBefore || AFTER_BARE_BODY.has(next.key) || named) return { word: w, end };
  }
  return null;
}

/** A body head at i longer than the title ending at `headEnd`, going on in lower case. (Apart from positionAt, which runs at every token: a closure there would cost a context at every call.) */
function longerBodyHead(ctx: ScanContext, i: number, headEnd: number): boolean {
  return ctx.matchesAt(i).some((m) => m.end > headEnd && !ctx.tokens[headEnd]!.cap && m.values.some((v) => v.t === "orgHead"));
}

/** `insideOrg[i]`: token i is inside (not at the start of) an organization name, such as "Bí thư" in "Ban Bí thư". */
export function findPositions(ctx: ScanContext, locs: Map<number, LocationCandidate>, insideOrg: Uint8Array, orgEndAt: Map<number, number> = new Map()): PositionCandidate[] {
  const out: PositionCandidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (insideOrg[i]) continue;
    // Every start is tried; overlap selection keeps the longest ("phó vụ trưởng …" over "vụ phó").
    const p = positionAt(ctx, i, locs, orgEndAt);
    if (p) out.push(p);
  }
  return out;
}
