/**
 * Organizations: national bodies from the gazetteer (by full name, alias or abbreviation), and
 * local or company names built from a head and what follows it ("Tỉnh ủy Quảng Nam",
 * "UBND tỉnh Quảng Nam", "Sở Y tế Hà Nội", "Ngân hàng TMCP Ngoại thương Việt Nam").
 */
import { adminLevelOf, isAdminLevelWord, splitGluedCityWord } from "../lexicon/admin-levels";
import { phraseCased, type LexEntry, type OrgHeadInfo, type OrgInfo } from "../lexicon/lexicon";
import { isProperLike, type Token } from "../text/tokenize";
import { normalizeKey, remember } from "../text/normalize";
import { has, KIND_BIT, longest, longestEnding, spanKey, spanText, type LocationCandidate, type OrganizationCandidate, type OrganizationData, type ScanContext } from "./context";
import { ADMIN_UNIT_KINDS, countryAt, foreignCountryAt, fullNameEnd, isForeignCountry, holderAfterLevel, namedElsewhere, personAfterLevel, placeAt } from "./locations";
import { brandBeforeFullName, endsOrgName, fullNameStartsAt, looseNameRun, minorityName, nameRun, orgWordEnd, partyNameRun, STOP } from "./name-runs";
import { termsEnd } from "./terms";
import { portfolioEnd } from "./portfolios";
import { isAsciiLowerAlnum } from "../text/chars";
import { isVietnameseSyllable } from "../text/syllable";
import { grammarWords } from "../lexicon/grammar-words";
import { work } from "../util/work";
import { OFFICE_RULES } from "./office-rules";
import { SENTENCE_END } from "./credits";

/** An abbreviation matches by case where it is written in capitals ("VKSND"), not elsewhere ("tối cao"). */
function abbreviationCaseMatches(ctx: ScanContext, a: number, b: number, entry: string): boolean {
  const want = phraseCased(entry);
  if (want.length !== b - a) return false;
  for (let k = a; k < b; k++) {
    const w = want[k - a]!;
    const capsWord = w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
    if ((capsWord || w.length === 1) && ctx.tokens[k]!.cased !== w) return false;
  }
  return true;
}

/** A gazetteer organization matched at a token: where it ends, and whether by its abbreviation. */
interface KnownOrg {
  end: number;
  info: OrgInfo;
  abbreviation: boolean;
}

/** A gazetteer organization at i. `loose`: lower-case first word allowed (inside a position). */
export function knownOrgAt(ctx: ScanContext, i: number, loose: boolean): KnownOrg | null {
  const t = ctx.tokens[i];
  if (!t || ctx.inDate[i] || !has(ctx, i, "org")) return null;
  return writtenOrg(ctx, i, loose, t);
}

// (Apart from knownOrgAt, which runs at almost every token; and a loop, not `longest` with a closure,
// which would cost a context and a closure at every call.)
function writtenOrg(ctx: ScanContext, i: number, loose: boolean, t: Token): KnownOrg | null {
  // (The answer itself, not a match copied into it: one object, not two, at almost every token.)
  for (const { end, values } of ctx.matchesAt(i)) {
    for (const e of values) if (e.t === "org" && orgWritten(ctx, i, end, loose, t, e)) return { end, info: e.info, abbreviation: e.abbreviation };
  }
  return null;
}
type OrgEntry = Extract<LexEntry, { t: "org" }>;

function orgWritten(ctx: ScanContext, i: number, end: number, loose: boolean, t: Token, e: OrgEntry): boolean {
  if (e.titleOnly && !loose) return false;
  if (e.abbreviation) return abbreviationCaseMatches(ctx, i, end, e.cased) && standalone(ctx, i, end);
  // Written in lower case, a body's name is a common noun ("trái phiếu chính phủ", "cán bộ y tế",
  // "hợp tác nghị viện") unless the words after it are capitalized as the name ("bệnh viện Bạch Mai").
  if (loose) return true;
  // ("Lê Văn Hòa phát biểu": a name written in capitals word by word, "Hòa Phát", is not written so in lower case.)
  if (isProperLike(t)) return !titleCased(e.cased) || everyWordCapitalized(ctx, i, end);
  // ("Tổng cục Đường bộ Việt Nam": no body starts at the lower-case second word of a longer head.)
  if (i > 0 && longestEnding(ctx, i - 1, "orgHead", i + 1, Infinity)) return false;
  return !titleCased(e.cased) && capitalizedAsNamed(ctx, i, end, e.cased) && !headCompoundEnds(ctx.tokens, i);
}

const HEAD_COMPOUNDS = grammarWords("head-compound");
/** "cán bộ Công an xã": the lower-case head at i ends a common word that starts at the word before it. */
function headCompoundEnds(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p !== undefined && p.kind === "w" && p.end < tokens[i]!.start && HEAD_COMPOUNDS.has(`${p.key} ${tokens[i]!.key}`);
}

/**
 * A later word of the span is capitalized where the name itself has a capital ("bệnh viện Bạch Mai"),
 * not a word the name writes in lower case: "đề nghị Viện trưởng" is no "Nghị viện".
 */
function capitalizedAsNamed(ctx: ScanContext, a: number, b: number, entry: string): boolean {
  const want = phraseCased(entry);
  const aligned = want.length === b - a;
  for (let k = a + 1; k < b; k++) if (isProperLike(ctx.tokens[k]!) && (!aligned || /^\p{Lu}/u.test(want[k - a]!))) return true;
  return false;
}

/** Two or more words, each capitalized: a proper name ("Dân Việt", "Nhân Dân"), not a common noun phrase. */
function titleCased(name: string): boolean {
  // (Asked of the gazetteer's names at almost every token that starts one: the answer is remembered.)
  const hit = titleCasedNames.get(name);
  if (hit !== undefined) return hit;
  const words = name.split(" ");
  return remember(titleCasedNames, name, words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)));
}
const titleCasedNames = new Map<string, boolean>();

/** Every word of tokens a..b is capitalized (or in a headline). */
function everyWordCapitalized(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k]!.kind === "w" && !isProperLike(ctx.tokens[k])) return false;
  return true;
}

/** Not glued into a code: "NĐ-CP", "15/2020/QH14", "CP-01". */
function standalone(ctx: ScanContext, a: number, b: number): boolean {
  const prev = ctx.tokens[a - 1];
  const next = ctx.tokens[b];
  const glue = (t: typeof prev, spaced: boolean) => !!t && !spaced && (t.key === "-" || t.key === "/" || t.key === "_" || t.kind === "n");
  // "VOV-Tokyo": a byline's outlet and the city it writes from, not a code such as "NĐ-CP".
  const after = ctx.tokens[b + 1];
  const city = next?.key === "-" && !!after && after.kind === "w" && after.cap && !after.allCaps && !after.spaceBefore;
  // "Thùy Vân/VOV": a byline's name before the outlet, not a number ("15/QĐ-TTg").
  const byline = prev?.key === "/" && ctx.tokens[a - 2]?.kind === "w" && !ctx.tokens[a - 2]!.allCaps;
  return (byline || !glue(prev, ctx.tokens[a]!.spaceBefore)) && (city || !glue(next, next?.spaceBefore ?? true));
}

// One-word heads that are also common nouns: the name after them must be unmistakable.
const GENERIC_HEADS = grammarWords("generic-head");
const CAPITAL_HEADS = grammarWords("capital-head");

/**
 * A name can end here: punctuation, the end of the line, a function word or verb (STOP, org-name-words.tsv), or a place; or
 * anything at all after a name that ends in a place ("Hội Hữu nghị Việt Nam - Cuba tổ chức").
 */
function endsCleanly(ctx: ScanContext, end: number): boolean {
  const t = ctx.tokens[end];
  if (!t || t.kind === "p" || t.lineBreakBefore) return true;
  if (t.kind === "w" && !t.cap) return STOP.has(t.key) || has(ctx, end, "level") || endsOrgName(ctx, end) || placeEndsAt(ctx, end);
  return has(ctx, end, "place");
}

/** A known place, written capitalized, ends right before token k. */
function placeEndsAt(ctx: ScanContext, k: number): boolean {
  for (let s = k - 1; s >= 0 && s >= k - 4; s--) {
    if (isProperLike(ctx.tokens[s]) && longest(ctx, s, "place", (e, end) => end === k && e.info.bare)) return true;
  }
  return false;
}

/**
 * A country right after an organization name: a foreign one ("Quốc hội Nhật Bản", "… của Hàn Quốc"),
 * or Việt Nam written in full after "nước" ("Bộ Ngoại giao nước CHXHCN Việt Nam": `home`, the body itself).
 */
function countryAfter(ctx: ScanContext, k: number, kind?: string, homeInName = false): { end: number; name: string; home: boolean } | null {
  const word = ctx.tokens[k]?.key;
  // ("Hãng Boeing của Mỹ": a company's country after "của" says where it is from, it is no other body.)
  if (word === "của" && kind !== undefined && BUSINESS_KINDS.has(kind)) return null;
  // ("Chính phủ Hoàng gia Campuchia": a word of the country's formal name before it.)
  const royal = orgWordEnd(ctx, k, "royal");
  let at = word === "của" || word === "nước" ? k + 1 : royal > 0 ? royal : k;
  // ("Quốc hội của Chính quyền Nhân dân nước Cộng hòa Cuba": such words after "của" too, then "nước".)
  const ofRoyal = word === "của" ? orgWordEnd(ctx, at, "royal") : -1;
  if (ofRoyal > 0) at = ctx.tokens[ofRoyal]?.key === "nước" ? ofRoyal + 1 : ofRoyal;
  if (ctx.tokens[at]?.lineBreakBefore) return null;
  const p = countryAt(ctx, at);
  if (!p) return null;
  const home = !isForeignCountry(p.info);
  // "nước CHXHCN Việt Nam" is one alias of Việt Nam: the "nước" is in the match; a formal name
  // ("Cộng hòa xã hội chủ nghĩa Việt Nam") is the body's too.
  // ("Bộ Quốc phòng Việt Nam": a state body of the country's is named with it, as a foreign one is.)
  // ("UBTW MTTQ VN": the country a body's full name ends with, its short form written without it, is the rest of its name.)
  if (home && word !== "nước" && !/^nước /u.test(normalizeKey(p.cased)) && p.end - at < 4 && !(word !== "của" && kind !== undefined && HOME_BODY_KINDS.has(kind)) && !(homeInName && word !== "của")) return null;
  return { end: p.end, name: p.info.name, home };
}

/** A body's name ends with Việt Nam's ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"). */
const endsWithHome = (name: string): boolean => / (việt nam|vn)$/u.test(normalizeKey(name));

/** Kinds of body that have no counterpart in each country: "… của Mỹ" after them is not their name. */
const BUSINESS_KINDS = new Set(["company", "bank", "media", "university", "hospital", "international"]);
/** Kinds of national state body, which may be written with their country's name after them ("Bộ Quốc phòng Việt Nam"); not holds.ts's STATE_KINDS, the offices a foreigner cannot hold (a party's or the Front's name has the country in it already). */
const HOME_BODY_KINDS = new Set(["ministry", "government", "assembly", "agency", "court", "procuracy", "state"]);

/** "Bộ Chính trị Đảng Cộng sản Cuba", "Trường Đảng Trung ương Đảng Cộng sản Trung Quốc": the party a body belongs to, written after it. */
function partyAfter(ctx: ScanContext, k: number, locs: Map<number, LocationCandidate>): OrganizationCandidate | null {
  if (ctx.tokens[k]?.key !== "đảng" || ctx.tokens[k]!.lineBreakBefore || !isProperLike(ctx.tokens[k])) return null;
  return orgAt(ctx, k, locs, true);
}

/** The party is the Vietnamese one: the body keeps its own (gazetteer) name. */
const homeParty = (party: OrganizationCandidate): boolean => party.data.known?.kind === "party" && party.reason === "gazetteer";

// ("Giáo hội Phật giáo Việt Nam TP Hà Nội": a church's chapter in a place too.)
const LOCAL_BRANCH_KINDS = new Set(["military", "police", "front", "mass-organization", "religious"]);

/** Kinds of body named by the city they sit in, after "tại". */
const SITS_AT = new Set(["court", "procuracy"]);

/** A Vietnamese place with its level word right after a name ("… tỉnh Quảng Trị"). */
function localPlaceAfter(ctx: ScanContext, k: number, locs: Map<number, LocationCandidate>): LocationCandidate | null {
  const loc = locs.get(k);
  if (!loc || !(String(loc.reason).startsWith("level+") || has(ctx, loc.start, "level"))) return null;
  return ADMIN_UNIT_KINDS.has(loc.data.kind) ? loc : null;
}

/** A brand such as "Viphaco" or "Vingroup": no Vietnamese tone marks and not a name syllable. */
function brandLike(key: string, ctx: ScanContext): boolean {
  return key.length >= 4 && isAsciiLowerAlnum(key) && !ctx.lex.givenNames.has(key);
}

/** A location right after an organization head: a level word and a name, or a known place. */
function locationAfter(ctx: ScanContext, j: number, locs: Map<number, LocationCandidate>): LocationCandidate | null {
  const loc = locs.get(j);
  if (loc) return loc;
  const p = placeAt(ctx, j, false);
  if (p) return { type: "location", start: j, end: p.end, priority: 60, reason: "gazetteer", data: { name: p.info.name, kind: p.info.kind } };
  return null;
}

/**
 * "Tỉnh ủy Camagüey", "Thành ủy Vientiane": a local body abroad, named after a place no gazetteer
 * lists. Only words that are no Vietnamese syllable, so that a Vietnamese name is never taken.
 */
export function foreignPlaceAfter(ctx: ScanContext, j: number): LocationCandidate | null {
  const { tokens } = ctx;
  // One word (a person's name may follow: "Tỉnh ủy Camagüey Jorge Luis"), with glued hyphens ("Rheinland-Pfalz").
  const foreignWord = (k: number) => {
    const t = tokens[k];
    return !!t && t.kind === "w" && t.cap && !t.allCaps && !t.capsLine && !t.lineBreakBefore && !isVietnameseSyllable(t.key) && !ctx.inDate[k] && !(ctx.kindsAt(k) & (KIND_BIT.org | KIND_BIT.orgHead | KIND_BIT.title | KIND_BIT.surname));
  };
  if (!foreignWord(j)) return null;
  let end = j + 1;
  while (tokens[end]?.key === "-" && !tokens[end]!.spaceBefore && !tokens[end + 1]?.spaceBefore && tokens[end + 1]?.cap) end += 2;
  return { type: "location", start: j, end, priority: 60, reason: "foreign-name", data: { name: spanText(ctx, j, end), kind: "place" } };
}

const COUNTED = grammarWords("unit-count");

// What may be glued to a company's number (a full stop ending the sentence apart).
const NUMBER_ENDS = new Set([",", ";", ")", ":"]);

/**
 * "Công ty Cổ phần May 10", "Tổng công ty Licogi 16": a number of one to three digits right after a company's name is
 * part of it, unless a counted noun follows it ("Công ty X 20 năm qua") or it is glued to more ("10/2", "10.000").
 * Where the name ends.
 */
function companyNumberEnd(ctx: ScanContext, end: number): number {
  const { tokens } = ctx;
  const n = tokens[end];
  if (!n || n.kind !== "n" || n.key.length > 3 || !n.spaceBefore || n.lineBreakBefore || ctx.inDate[end]) return end;
  const after = tokens[end + 1];
  // (Glued to it only a comma, a semicolon, a closing parenthesis, a colon or a full stop that ends the sentence.)
  if (after && !after.spaceBefore && !NUMBER_ENDS.has(after.key) && !(after.key === "." && (!tokens[end + 2] || tokens[end + 2]!.spaceBefore) && tokens[end + 2]?.kind !== "n")) return end;
  if (after && (COUNTED.has(after.key) || (after.kind === "w" && !after.cap && !endsOrgName(ctx, end + 1) && !STOP.has(after.key)))) return end;
  return end + 1;
}

/** A unit's number right after its head ("308", "Z30D", "số 7"): the end of it, or -1. */
function unitNumberEnd(ctx: ScanContext, j: number, unit = false): number {
  const { tokens } = ctx;
  const at = tokens[j]?.key === "số" ? j + 1 : j;
  const t = tokens[at];
  if (!t || t.lineBreakBefore || ctx.inDate[at] || !/^[\p{L}]?\d{1,4}[\p{L}]?$/u.test(t.key)) return -1;
  // "Đoàn 20 người", "Sư đoàn 3 năm": a count of something, not a name. (A head that is only a military
  // unit's, "Sư đoàn 308 đóng quân …", is counted only by those words; "Đoàn 20 cán bộ", "Công an 63 địa phương" by any.)
  // ("Đội CSGT số 7 xử lý": a number after "số" is the unit's, whatever follows.)
  const next = tokens[at + 1];
  const counted = unit ? COUNTED.has(next?.key ?? "") : !STOP.has(next?.key ?? "") || COUNTED.has(next?.key ?? "");
  if (at === j && next && next.kind === "w" && !next.cap && counted && !has(ctx, at + 1, "level")) return -1;
  return at + 1;
}

function orgCandidate(start: number, end: number, reason: string, data: OrganizationData, priority = 92): OrganizationCandidate {
  return { type: "organization", start, end, priority, reason, data };
}

/** A body named by its head and what follows it ("Sở" + "Y tế Hà Nội"): the head's kind and gloss. */
const byHead = (head: OrgHeadInfo, name: string, more?: Partial<OrganizationData>): OrganizationData => ({ name, kind: head.kind, gloss: head.gloss, abbreviations: [], ...more });

/**
 * "Bộ" + fields joined past a home ministry's name (ending at `end`), then another country's name: that country's ministry
 * ("Bộ Ngoại giao và Hợp tác quốc tế Campuchia", "Bộ Ngoại giao và Thương mại Australia"), else null.
 */
function foreignMinistry(ctx: ScanContext, i: number, end: number): OrganizationCandidate | null {
  if (ctx.tokens[end]?.key !== "và") return null;
  const fields = portfolioEnd(ctx, i + 1);
  const country = fields > end ? foreignCountryAt(ctx, fields) : null;
  return country ? orgCandidate(i, country.end, "org-head+fields+country", { name: spanText(ctx, i, country.end), kind: "foreign-government", abbreviations: [], country: country.info.name }) : null;
}

/** The data of a gazetteer body read as itself. (A function apart: a closure in knownReading made a context at every call.) */
function knownData(info: OrgInfo): OrganizationData {
  return { name: info.name, kind: info.kind, gloss: info.gloss, abbreviations: info.abbreviations, known: info };
}

/**
 * A gazetteer organization and what is written right after it, which may make it another body:
 * a country's ("Quốc hội Nhật Bản"), a branch in a place ("Hội Nông dân tỉnh X"), a body of a party
 * ("Bộ Chính trị Đảng Cộng sản Cuba"), or the same body named in full ("… của Quốc hội").
 */
function knownReading(ctx: ScanContext, i: number, known: KnownOrg, locs: Map<number, LocationCandidate>): OrganizationCandidate {
  const { tokens } = ctx;
  const { info } = known;
  // Each reading is looked up only when the ones before it did not apply.
  const country = countryAfter(ctx, known.end, info.kind, !BUSINESS_KINDS.has(info.kind) && endsWithHome(info.name) && !endsWithHome(spanText(ctx, i, known.end)));
  // "Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam": the body itself, named in full.
  if (country?.home) return orgCandidate(i, country.end, "gazetteer+country", knownData(info));
  // "Quốc hội Nhật Bản", "Chính phủ Nhật Bản", "Ủy ban Đối ngoại của Hàn Quốc": that country's body.
  if (country) return orgCandidate(i, country.end, "gazetteer+country", { name: spanText(ctx, i, country.end), kind: "foreign-government", abbreviations: [], country: country.name, identity: `${info.name} ${country.name}` });
  // "Bộ Ngoại giao và Hợp tác quốc tế Campuchia": more fields of a ministry after the name of one of Việt Nam's, then
  // another country: that country's ministry (data/portfolios.tsv).
  const cabinet = info.kind === "ministry" ? foreignMinistry(ctx, i, known.end) : null;
  if (cabinet) return cabinet;
  // "Samsung Việt Nam", "Tổng giám đốc Honda Việt Nam": a foreign company's arm here, a company of its own.
  const arm = armHere(ctx, known, info);
  if (arm > 0) return orgCandidate(i, arm, "gazetteer+country", { name: spanText(ctx, i, arm), kind: info.kind, gloss: info.gloss, abbreviations: [] });
  // "Bộ đội Biên phòng tỉnh Quảng Trị", "Hội Nông dân tỉnh X": the body's branch in that place; a body
  // of a federal state: "Quốc hội Bang Hessen", "Chính phủ bang California".
  const state = locs.get(known.end);
  const branch = LOCAL_BRANCH_KINDS.has(info.kind) ? localPlaceAfter(ctx, known.end, locs) : state && /:bang$/u.test(state.reason) ? state : null;
  if (branch) return orgCandidate(i, branch.end, "gazetteer+place", { name: spanText(ctx, i, branch.end), kind: info.kind, gloss: info.gloss, abbreviations: [], place: branch.data.name });
  // "Ủy ban Tài chính, Ngân sách của Quốc hội": a body named with the body it belongs to.
  const parent = tokens[known.end]?.key === "của" && !tokens[known.end + 1]?.lineBreakBefore ? knownOrgAt(ctx, known.end + 1, true) : null;
  if (parent) return orgCandidate(i, parent.end, "gazetteer+parent", knownData(info));
  // "Ủy ban Kinh tế Quốc hội", "Hạ viện Quốc hội Hà Lan": a chamber or committee written right before its assembly.
  const assembly = chamberOf(ctx, known, locs);
  if (assembly) return orgCandidate(i, assembly.end, "gazetteer+parent", assembly.reason === "gazetteer" ? knownData(info) : { name: spanText(ctx, i, assembly.end), kind: "foreign-government", abbreviations: [], ...(assembly.data.country ? { country: assembly.data.country } : {}) });
  // "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc": a body named with "Đảng" whose party name goes on.
  // (A party's name of two words or more: "Trung ương Đảng Đinh La Thăng" is a person after the body, and so is
  // "Trung ương Đảng K'Bơn Đrông", a name of the Central Highlands' peoples.)
  const ownParty = tokens[known.end - 1]?.key === "đảng" && known.end - i > 1 && !fullNameStartsAt(ctx, known.end) && !minorityName(ctx.lex, tokens, known.end, known.end + 1) ? partyAfter(ctx, known.end - 1, locs) : null;
  if (ownParty && ownParty.end > known.end + 1) return orgCandidate(i, ownParty.end, "gazetteer+party", homeParty(ownParty) ? knownData(info) : { name: spanText(ctx, i, ownParty.end), kind: "party", abbreviations: [] });
  // A Party body of another party is that party's own ("Bộ Chính trị Đảng Cộng sản Cuba").
  const party = info.kind === "party" ? partyAfter(ctx, known.end, locs) : null;
  if (party) return orgCandidate(i, party.end, "gazetteer+party", homeParty(party) ? knownData(info) : { name: spanText(ctx, i, party.end), kind: "party", abbreviations: [] });
  // "Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An": the body's branch in a place, a body of its own (or its legal form: "… - CTCP").
  const branched = branchEnd(ctx, known.end, locs);
  if (branched > known.end) return orgCandidate(i, branched, "gazetteer+branch", { name: spanText(ctx, i, branched), kind: info.kind, gloss: info.gloss, abbreviations: [] });
  return orgCandidate(i, known.end, known.abbreviation ? "gazetteer-abbreviation" : "gazetteer", knownData(info));
}

/**
 * The end of "Việt Nam" written right after a known foreign company or bank, written with a foreign word last
 * ("Samsung Việt Nam", "Honda Việt Nam"): the company's arm in this country, a company of its own. Else -1.
 */
function armHere(ctx: ScanContext, known: KnownOrg, info: OrgInfo): number {
  if (info.kind !== "company" && info.kind !== "bank") return -1;
  // (A company of this country, "Vietcombank" = "Ngân hàng TMCP Ngoại thương Việt Nam", has no arm here.)
  if (info.name.split(" ").some((w) => isVietnameseSyllable(normalizeKey(w)))) return -1;
  const last = ctx.tokens[known.end - 1];
  const next = ctx.tokens[known.end];
  if (!last || isVietnameseSyllable(last.key) || !next || next.lineBreakBefore || !next.cap) return -1;
  const p = countryAt(ctx, known.end);
  return p && !isForeignCountry(p.info) && p.end - known.end === 2 ? p.end : -1;
}

/** Kinds of body that sit inside an assembly and may be written right before it without "của". */
const CHAMBER_KINDS = new Set(["assembly-committee"]);

/**
 * The assembly written right after a committee or a chamber ("Ủy ban Kinh tế Quốc hội", "Thượng viện
 * Quốc hội Hà Lan"), or null. (A chamber followed by its country was read before: "Thượng viện Nhật Bản".)
 */
function chamberOf(ctx: ScanContext, known: KnownOrg, locs: Map<number, LocationCandidate>): OrganizationCandidate | null {
  const { info } = known;
  const chamber = CHAMBER_KINDS.has(info.kind) || (info.kind === "foreign-government" && !known.abbreviation);
  if (!chamber || ctx.tokens[known.end]?.lineBreakBefore || !isProperLike(ctx.tokens[known.end])) return null;
  const next = knownOrgAt(ctx, known.end, false);
  if (!next || next.info.kind !== "assembly") return null;
  return knownReading(ctx, known.end, next, locs);
}

/**
 * "… chi nhánh tỉnh Nghệ An", "… Chi nhánh Hà Tây": the end of a body's branch written right after its name at k
 * (a branch word of data/org-name-words.tsv, then a place or a name), or of its legal form ("… - CTCP"); or k.
 */
function branchEnd(ctx: ScanContext, k: number, locs: Map<number, LocationCandidate>): number {
  // "Tổng công ty Đường sắt Việt Nam - CTCP": the legal form after a dash is the name's.
  if (ctx.tokens[k]?.key === "-" && !ctx.tokens[k]!.lineBreakBefore) {
    const legal = orgWordEnd(ctx, k + 1, "legal");
    if (legal > 0) return legal;
  }
  // "Tập đoàn Samsung Electronics": English words of a foreign company's name after a foreign word.
  let e = k;
  while (e > 0 && !isVietnameseSyllable(ctx.tokens[e - 1]!.key) && isProperLike(ctx.tokens[e - 1]) && orgWordEnd(ctx, e, "company") > 0) e = orgWordEnd(ctx, e, "company");
  if (e > k) return e;
  const w = orgWordEnd(ctx, k, "branch");
  if (w < 0) return k;
  const loc = locationAfter(ctx, w, locs);
  if (loc) return loc.end;
  const name = nameRun(ctx, w, 5);
  return name > w ? name : k;
}

/** The head [i, j) can begin a name here: not inside a known place, a longer head, or an ordinary noun phrase. */
function headStandsAt(ctx: ScanContext, i: number, j: number, head: OrgHeadInfo, place: { end: number } | null): boolean {
  const { tokens } = ctx;
  // "Đài Loan", "Trường Sa": a known place that begins with a head word is that place.
  if (place && place.end > j) return false;
  // "Thường vụ" inside "Ban Thường vụ Tỉnh ủy": the longer head that starts before it is the name.
  if (i > 0 && ctx.kindsAt(i - 1) & KIND_BIT.orgHead && isProperLike(tokens[i - 1]) && longestEnding(ctx, i - 1, "orgHead", j, Infinity)) return false;
  // "ông Đoàn Trường Sơn": a head after a surname written with lower-case words ("Đoàn trường") that the text all
  // capitalizes, as a name's, is a person's name ("Đoàn Đại biểu Quốc hội" is still the delegation).
  if (has(ctx, i, "surname") && !tokens[i]!.allCaps && !tokens[i]!.capsLine) {
    // (Loops, not closures over i: this runs at every head.)
    const want = phraseCased(head.head);
    let lower = 0;
    let allCap = true;
    if (want.length === j - i) {
      for (let n = 1; n < want.length && allCap; n++) if (!/^\p{Lu}/u.test(want[n]!)) (lower++, (allCap = tokens[i + n]!.cap));
    }
    if (lower > 0 && allCap) return false;
  }
  // "BỘ TRƯỞNG BỘ Y TẾ …" in a line in capitals: a title longer than the head starts there ("Bộ trưởng"), as
  // the same words in lower case would say.
  if ((tokens[i]!.capsLine || tokens[i]!.allCaps) && longestEnding(ctx, i, "title", j + 1, Infinity)) return false;
  // "QUỐC HỘI Căn cứ Hiến pháp …": a head word in capitals right after another word in capitals, in a line that is not
  // all capitals, ends that capitalized phrase (here the known body); it starts no body of its own.
  const prev = tokens[i - 1];
  if (prev && tokens[i]!.allCaps && !tokens[i]!.capsLine && !tokens[i]!.lineBreakBefore && prev.allCaps && isVietnameseSyllable(prev.key) && isVietnameseSyllable(tokens[i]!.key)) return false;
  // "đại biểu khối Trung ương": a head that names a body only capitalized (grammar-words.tsv capital-head).
  if (!isProperLike(tokens[i]) && !tokens[i]!.allCaps && CAPITAL_HEADS.has(normalizeKey(head.head))) return false;
  // "Bộ Quy tắc ứng xử", "Bộ luật": the head is an ordinary noun there.
  // (Loops, not closures over j: this is asked for every head at every head word.)
  if (head.notBefore) for (const words of head.notBefore) if (keysAt(tokens, j, words)) return false;
  return true;
}

/** The tokens from j on have these keys. */
function keysAt(tokens: readonly Token[], j: number, keys: readonly string[]): boolean {
  for (let n = 0; n < keys.length; n++) if (tokens[j + n]?.key !== keys[n]) return false;
  return true;
}

/** How the head at i stands: capitalized (or in capitals), or after a title (`loose`: lower case allowed); and whether a gazetteer name starts there. */
interface HeadSite {
  locs: Map<number, LocationCandidate>;
  loose: boolean;
  headProper: boolean;
  known: boolean;
}

/** The body a head [i, j) names with what follows it, by what the head takes (OrgHeadInfo.takes); null if it names none. */
function headReading(ctx: ScanContext, i: number, j: number, head: OrgHeadInfo, s: HeadSite): OrganizationCandidate | null {
  if (head.takes === "number") return null; // (only with a number: numberedUnit)
  if (head.kind === "delegation") return s.headProper || s.loose ? standingDelegation(ctx, i, j) : null;
  const loc = head.takes === "location" || head.takes === "both" ? placeAfterHead(ctx, j, head, s) : null;
  // ("Đoàn đại biểu Quốc hội Lào": a delegation of Laos's assembly, no provincial deputies' delegation; the delegation
  // head reads the assembly.)
  if (loc && head.kind === "assembly" && loc.data.kind === "country" && foreignCountryAt(ctx, loc.start)) return null;
  // ("Đảng bộ Thành phố họp": a head that takes either, then a level word alone, is that level's body, its place elsewhere.)
  const levelAlone = head.takes === "both" && !loc && s.headProper && has(ctx, j, "level") && !placeAt(ctx, j, true);
  if (head.takes === "location" || (head.takes === "both" && loc) || levelAlone) return bodyOfPlace(ctx, i, j, head, loc, s);
  if (head.takes === "parent") return s.headProper || s.loose ? unitOfParent(ctx, i, j, head, s.locs) : null;
  // "Đảng ủy Bộ Ngoại giao", "Đảng bộ cơ quan Báo Nhân Dân": a Party committee of the body written after it.
  const ofBody = head.kind === "party" && (s.headProper || s.loose) ? partyUnitOf(ctx, i, j, head, s.locs) : null;
  if (ofBody) return ofBody;
  // A company, bank, hospital or school (or a head that takes a place, written without one).
  return (s.headProper || s.loose) && !s.known ? namedBody(ctx, i, j, head, s) : null;
}

/**
 * A delegation ("Đoàn đại biểu cấp cao Quốc hội Cuba", "Đoàn cấp cao Chính phủ Việt Nam") is no body: the body it
 * comes from is read where it starts, and "Đoàn đại biểu cấp cao" alone is no mention (eval/CONVENTIONS.md). Only a
 * longer head that names a standing body at home stands here without its place: "các Đoàn đại biểu Quốc hội".
 */
function standingDelegation(ctx: ScanContext, i: number, j: number): OrganizationCandidate | null {
  for (const m of ctx.matchesAt(i)) {
    if (m.end <= j || foreignCountryAt(ctx, m.end)) continue;
    for (const v of m.values) {
      if (v.t === "orgHead" && v.info.kind !== "delegation") return orgCandidate(i, m.end, `org-head:${v.info.head}`, byHead(v.info, spanText(ctx, i, m.end)));
    }
  }
  return null;
}

/** The place after a head that takes one: written with it, a foreign one, or where a court sits ("tại Hà Nội"). */
function placeAfterHead(ctx: ScanContext, j: number, head: OrgHeadInfo, s: HeadSite): LocationCandidate | null {
  const { tokens } = ctx;
  const loc = locationAfter(ctx, j, s.locs) ?? (head.takes === "location" && (s.headProper || s.loose) ? foreignPlaceAfter(ctx, j) : null);
  if (loc) return loc;
  // "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Quảng Ninh": after a capitalized head,
  // lower-case words of what the body does, then its place written with its level word: the words are its name's.
  const words = s.headProper ? lowerWordsBeforePlace(ctx, j) : j;
  if (words > j) return s.locs.get(words) ?? null;
  // "VKSND cấp cao tại Hà Nội", "Tòa án nhân dân cấp cao tại Đà Nẵng": a court sits "at" its city.
  return SITS_AT.has(head.kind) && tokens[j]?.key === "tại" && !tokens[j + 1]?.lineBreakBefore ? locationAfter(ctx, j + 1, s.locs) : null;
}

const MAX_WORDS_BEFORE_PLACE = 14;

/**
 * Where lower-case words after a head at j end right before a place written with its level word ("… dân dụng và công
 * nghiệp| tỉnh Quảng Ninh"): at most MAX_WORDS_BEFORE_PLACE of them, each a word of what the body does (tradeWord),
 * none another body's head. That place's token, or j.
 */
function lowerWordsBeforePlace(ctx: ScanContext, j: number): number {
  const { tokens } = ctx;
  // (Not a level word or "và" first: "UBND thành phố X", "Đảng bộ và chính quyền TP.HCM".)
  if (has(ctx, j, "level") || tokens[j]?.key === "và") return j;
  for (let p = j; p < tokens.length && p - j <= MAX_WORDS_BEFORE_PLACE; p++) {
    // (A unit of local government's place: "… phố Chử Xuân Dũng" is a street.)
    const level = p > j ? longest(ctx, p, "level") : null;
    if (level) return isAdminLevelWord(level.entry.info.word) && tokens[p - 1]!.key !== "và" && isProperLike(tokens[level.end]) ? p : j;
    if (tradeWord(ctx, p) !== "word" || has(ctx, p, "orgHead")) return j;
  }
  return j;
}

/** "UBND tỉnh Quảng Nam", "Đại sứ quán Việt Nam tại Nhật Bản"; or the head alone ("Tỉnh ủy", "UBND tỉnh"), its place elsewhere. */
function bodyOfPlace(ctx: ScanContext, i: number, j: number, head: OrgHeadInfo, loc: LocationCandidate | null, s: HeadSite): OrganizationCandidate | null {
  const { tokens } = ctx;
  if (loc && (s.headProper || s.loose || isProperLike(tokens[loc.end - 1]))) {
    // "Đại sứ quán Việt Nam tại Nhật Bản": where a foreign mission sits.
    let end = loc.end;
    if (head.kind === "foreign-government" && tokens[end]?.key === "tại") {
      const at = placeAt(ctx, end + 1, true);
      if (at) end = at.end;
    }
    const name = `${spanText(ctx, i, j)} ${loc.start > j ? `${spanText(ctx, j, loc.start)} ` : ""}${spanText(ctx, loc.start, end)}`;
    return orgCandidate(i, end, `org-head+place:${head.head}`, byHead(head, name, { place: loc.data.name, placeStart: loc.start }));
  }
  if (!s.headProper || precededByPlural(ctx, i)) return null;
  // "Tỉnh ủy", "UBND tỉnh": the place is elsewhere in the text.
  let end = j;
  const lv = longest(ctx, j, "level");
  // ("UBND tỉnh⏎Nguyễn Văn A": a name on the next line is not the place.)
  // ("UBND tỉnh Nguyễn Hồng Lĩnh": a person's full name is no place either.)
  if (lv && (!isProperLike(tokens[lv.end]) || tokens[lv.end]!.lineBreakBefore || holderAfterLevel(ctx, j, lv.end, lv.entry.info.kind))) end = lv.end;
  // "UBND TP." at the end of a sentence: the dot is the sentence's.
  if (end > j && tokens[end - 1]!.key === ".") end--;
  return end > j || head.bare ? orgCandidate(i, end, `org-head:${head.head}`, byHead(head, spanText(ctx, i, end), { bareLevel: head.head }), 80) : null;
}

/** "Ban Dân vận Tỉnh ủy Quảng Nam": a unit named with the body it belongs to; or the unit alone, if it may stand so. */
function unitOfParent(ctx: ScanContext, i: number, j: number, head: OrgHeadInfo, locs: Map<number, LocationCandidate>): OrganizationCandidate | null {
  const parent = orgAt(ctx, j, locs, true);
  if (parent && parent.data.kind !== undefined) {
    return orgCandidate(i, parent.end, `org-unit+parent:${head.head}`, byHead(head, `${spanText(ctx, i, j)} ${parent.data.name}`, { parentName: parent.data.name }));
  }
  // "HĐQT DIC Nguyễn Văn An": a company board (office-rules.tsv unit_of) and a company's short name the gazetteer does not
  // know, right before a Vietnamese full name.
  const brandEnd = OFFICE_RULES.unitOf[normalizeKey(head.head)] ? brandBeforeFullName(ctx, j) : -1;
  if (brandEnd > j) {
    const company = spanText(ctx, j, brandEnd);
    return orgCandidate(i, brandEnd, `org-unit+parent:${head.head}`, byHead(head, `${spanText(ctx, i, j)} ${company}`, { parentName: company }));
  }
  return head.bare ? orgCandidate(i, j, `org-unit:${head.head}`, byHead(head, spanText(ctx, i, j)), 80) : null;
}

/** A Party committee [i, j) and the body it is of, written after it (maybe after "cơ quan"), or null. */
function partyUnitOf(ctx: ScanContext, i: number, j: number, head: OrgHeadInfo, locs: Map<number, LocationCandidate>): OrganizationCandidate | null {
  const of = orgWordEnd(ctx, j, "of");
  const at = of > 0 ? of : j;
  if (!isProperLike(ctx.tokens[at]) || ctx.tokens[at]!.lineBreakBefore) return null;
  const body = orgAt(ctx, at, locs, false);
  // (A bare head after it is no body of its own: "Đảng ủy Khối" is read by its name.)
  if (!body || body.data.bareLevel !== undefined) return null;
  // ("Chi bộ Đảng Cộng sản Phú Riềng": the place the body is in goes with it.)
  const end = whereAfterName(ctx, body.end, locs);
  return orgCandidate(i, end, `org-unit+parent:${head.head}`, byHead(head, spanText(ctx, i, end), { parentName: body.data.name }));
}

/**
 * "… của Quốc hội", "… của Tỉnh ủy Nghệ An", "… của VCCI": the body that a body or a post written before "của" at k
 * belongs to (eval/CONVENTIONS.md "X của Y"): a gazetteer body or a body named with its place, on the same line. Not
 * a place ("… của Hà Nội"), a person, or a head standing alone ("… của Tỉnh ủy"): null.
 */
export function ownerAfterOf(ctx: ScanContext, k: number, locs: Map<number, LocationCandidate>): OrganizationCandidate | null {
  const { tokens } = ctx;
  const next = tokens[k + 1];
  if (tokens[k]?.key !== "của" || tokens[k]!.lineBreakBefore || !next || next.lineBreakBefore || !(isProperLike(next) || next.allCaps)) return null;
  const body = orgAt(ctx, k + 1, locs, false);
  return body && ownsPosts(body) ? body : null;
}

/** A body that a post or a body named before "của" may belong to: a gazetteer body, one named with its place or by its name after a head; not a head standing alone ("Tỉnh ủy"). */
export const ownsPosts = (body: OrganizationCandidate): boolean =>
  body.data.bareLevel === undefined && (!!body.data.known || body.data.place !== undefined || body.reason.startsWith("org-head+name"));

/**
 * "… - Viện Hàn lâm Khoa học xã hội Việt Nam" after a post's body: a gazetteer body after a spaced dash at k, on the
 * same line, is the one that body belongs to; or null.
 */
export function ownerAfterDash(ctx: ScanContext, k: number, locs: Map<number, LocationCandidate>): OrganizationCandidate | null {
  const { tokens } = ctx;
  const dash = tokens[k];
  const next = tokens[k + 1];
  if (dash?.key !== "-" || !dash.spaceBefore || dash.lineBreakBefore || !next || !next.spaceBefore || next.lineBreakBefore || !isProperLike(next)) return null;
  const body = orgAt(ctx, k + 1, locs, false);
  return body?.data.known && body.reason.startsWith("gazetteer") && body.reason !== "gazetteer+country" ? body : null;
}

/** A company, bank, hospital or school: its proper name after the head, then maybe its place or parent. */
function namedBody(ctx: ScanContext, i: number, j: number, head: OrgHeadInfo, s: HeadSite): OrganizationCandidate | null {
  if (s.loose && !s.headProper && !head.legalForm && holderAfterBody(ctx, i, j)) return null;
  const named = nameAfterHead(ctx, j, head, s.loose, opensSentence(ctx, i));
  const end = named > j && head.kind === "company" ? companyNumberEnd(ctx, named) : named;
  if (end > j) {
    let full = whereAfterName(ctx, end, s.locs);
    // After a title, "Ủy ban Văn hóa xã hội của Quốc hội": the body it belongs to is part of its name, as a known
    // body's ("Ủy ban Kinh tế của Quốc hội", organizations.tsv).
    if (s.loose) full = ownerAfterOf(ctx, full, s.locs)?.end ?? full;
    // ("Chủ tịch Hội Nhà báo tỉnh", "Phó Giám đốc Đài PT-TH tỉnh": a name that ends with a level word alone is that
    // level's body, its place named elsewhere in the text, as "UBND tỉnh" is.)
    // ("Hội Nhà báo tỉnh Bình Định": a name then a place written with its level word is that place's body, the one a
    // bare "Hội Nhà báo tỉnh" later in the text is.)
    const more = endsWithLoneLevel(ctx, j, full) ? { bareLevel: head.head } : levelPlaceAt(ctx, j, full, s.locs);
    return orgCandidate(i, full, `org-head+name:${head.head}`, byHead(head, spanText(ctx, i, full), more));
  }
  // "Bí thư Đảng ủy": a body that may stand alone.
  // ("Đảng ủy", "Đảng đoàn" alone: a commune's, an agency's or a company's, not of the province named nearby.)
  if (head.bare && s.headProper && !precededByPlural(ctx, i)) return orgCandidate(i, j, `org-head:${head.head}`, byHead(head, spanText(ctx, i, j), { bareLevel: head.head, noPlace: head.takes !== "location" }), 80);
  return null;
}

/**
 * The name [j, end) ends with the level word of a province, a city or a district (tỉnh, huyện, thành phố) after a
 * word of its own, not a tier's ("tuyến huyện", "cấp tỉnh": grammar-words.tsv tier-word), and no place follows it.
 */
export function endsWithLoneLevel(ctx: ScanContext, j: number, end: number): boolean {
  const { tokens } = ctx;
  if (end - j < 2 || (isProperLike(tokens[end]) && !tokens[end]!.lineBreakBefore)) return false;
  const last = tokens[end - 1]!;
  if (last.cap && !last.allCaps) return false;
  const two = end - j > 2 ? `${tokens[end - 2]!.key} ${last.key}` : "";
  const words = two && adminLevelOf(two) ? 2 : 1;
  const level = adminLevelOf(words === 2 ? two : last.key);
  return !!level && LONE_LEVELS.has(level) && end - words > j && !TIER_WORDS.has(tokens[end - words - 1]!.key);
}
/** The place written with its level word that ends the name [j, full) ("tỉnh Bình Định" of "Hội Nhà báo tỉnh Bình Định", "TPHCM"), as a body's place data. */
function levelPlaceAt(ctx: ScanContext, j: number, full: number, locs: Map<number, LocationCandidate>): Partial<OrganizationData> | undefined {
  for (let k = j + 1; k < full; k++) {
    const loc = locs.get(k);
    if (!loc || loc.end !== full) continue;
    // ("Hội CCB TPHCM": the city's level word glued to its letters is written too.)
    const key = ctx.tokens[k]!.key;
    const level = adminLevelOf(key) ?? adminLevelOf(splitGluedCityWord(key)?.[0] ?? "");
    return level && LONE_LEVELS.has(level) ? { place: loc.data.name, placeStart: loc.start } : undefined;
  }
  return undefined;
}
/** The levels whose place a body's name (or a title's term) takes after its level word: a province, a city, a district. */
export const LONE_LEVELS: ReadonlySet<string> = new Set(["province", "city", "district"]);
const TIER_WORDS = grammarWords("tier-word");

/** Tokens a..b are a Kinh full name of two to four capitalized syllables ("Lê Lợi", "Chu Văn An"): a surname, then given names. */
function kinhNameSpan(ctx: ScanContext, a: number, b: number): boolean {
  const { tokens, lex } = ctx;
  if (b - a < 2 || b - a > 4 || !tokens[a]!.cap || lex.surnames.get(tokens[a]!.key)?.origin !== "kinh") return false;
  for (let k = a + 1; k < b; k++) if (!tokens[k]!.cap || !lex.givenNames.has(tokens[k]!.key)) return false;
  return true;
}

/** Token i opens its sentence or its line: a body there is the sentence's subject. */
function opensSentence(ctx: ScanContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return !prev || ctx.tokens[i]!.lineBreakBefore || prev.key === "." || prev.key === "!" || prev.key === "?" || prev.key === ":";
}

/** The sentence ends right before token k: a full stop, "!", "?", a line break or the text's end. */
function sentenceEndsBefore(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !t || t.lineBreakBefore || SENTENCE_END.has(t.key);
}

/**
 * "Giám đốc bệnh viện Đào Xuân Cơ", "Hiệu trưởng trường Nguyễn Thị Lan": a head in lower case right after a title
 * (i), then a Kinh full name at j, is the body the text names around it, and the name is the title's holder, when
 * the text names that person elsewhere ("ông Cơ") or names another body of this head ("Bệnh viện Bạch Mai").
 * Hospitals, schools and companies are named after people ("trường Lê Văn Tám"): with neither, the name is the body's.
 */
function holderAfterBody(ctx: ScanContext, i: number, j: number): boolean {
  if (!personAfterLevel(ctx, j) || !bareBodyOfTitleBefore(ctx, i, j)) return false;
  const named = namedElsewhere(ctx, j, fullNameEnd(ctx, j));
  if (named) return named === "person";
  // (The places the head is written capitalized before a name that is no person's are read once per head and chunk, the
  // first two of them kept: a text of many "Giám đốc bệnh viện X" read the whole chunk for each.)
  const key = spanKey(ctx, i, j);
  let byHead = namedBodies.get(ctx);
  if (!byHead) namedBodies.set(ctx, (byHead = new Map()));
  let at = byHead.get(key);
  if (!at) byHead.set(key, (at = bodiesNamed(ctx, i, j)));
  return at.some((p) => p !== i);
}
const namedBodies = new WeakMap<ScanContext, Map<string, number[]>>();

/** The first two places p the head [i, j) is written again capitalized, before a proper word that starts no Kinh full name. */
function bodiesNamed(ctx: ScanContext, i: number, j: number): number[] {
  const { tokens } = ctx;
  const n = j - i;
  const out: number[] = [];
  work.lookups += tokens.length;
  for (let p = 0; p + n < tokens.length && out.length < 2; p++) {
    if (!tokens[p]!.cap || !isProperLike(tokens[p + n])) continue;
    let same = true;
    for (let q = 0; q < n && same; q++) same = tokens[p + q]!.key === tokens[i + q]!.key;
    if (same && !kinhFullNameAt(ctx, p + n)) out.push(p);
  }
  return out;
}

/**
 * The head [i, j) is one the title ending at i may take alone (office-rules.tsv bare_body: "Giám đốc" + "bệnh viện",
 * "Hiệu trưởng" + "trường"); not a body always named after a person ("doanh nghiệp tư nhân Lê Văn Hưng").
 */
function bareBodyOfTitleBefore(ctx: ScanContext, i: number, j: number): boolean {
  const key = spanKey(ctx, i, j);
  for (let s = Math.max(0, i - 4); s < i; s++) {
    if (!(ctx.kindsAt(s) & KIND_BIT.title)) continue;
    for (const m of ctx.matchesAt(s)) {
      if (m.end !== i) continue;
      for (const v of m.values) if (v.t === "title" && OFFICE_RULES.bareBody[normalizeKey(v.info.head)]?.includes(key)) return true;
    }
  }
  return false;
}

/**
 * The end of the proper name after a head at k (k itself when there is none that can be delimited).
 * `subject`: the body opens its sentence, so lower-case words that run to the sentence's end are its predicate.
 */
function nameAfterHead(ctx: ScanContext, k: number, head: OrgHeadInfo, loose: boolean, subject: boolean): number {
  const { tokens } = ctx;
  // "Phó Giám đốc Sở Nguyễn Văn An", "Thứ trưởng Bộ Trần Văn Bình": no ministry, department or committee is named
  // after a person; a Vietnamese full name right after its head is the holder's, the body is the bare head.
  // (Nor a federation or an association: "Chủ tịch Liên đoàn Lê Thúc Anh"; one named after a person says so with
  // org-heads.tsv person_name.)
  if ((STATE_BODY_KINDS.has(head.kind) || head.kind === "mass-organization") && !head.personName && kinhFullNameAt(ctx, k)) return k;
  const generic = GENERIC_HEADS.has(normalizeKey(head.head));
  // "Ban Chỉ đạo 35 Trung ương", "Ban Chỉ đạo 389 tỉnh Nghệ An": an agency named by a number (of the decision that made
  // it), not a count ("Ban Chỉ đạo 3 năm qua"); "Trung ương", "quốc gia" right after the number are its own.
  if (!generic && head.kind === "agency" && tokens[k]?.kind === "n" && tokens[k]!.key.length <= 4 && !ctx.inDate[k]) {
    const level = (tokens[k + 1]?.key === "trung" && tokens[k + 2]?.key === "ương") || (tokens[k + 1]?.key === "quốc" && tokens[k + 2]?.key === "gia");
    if (level && !tokens[k + 1]!.lineBreakBefore) return k + 3;
    const n = unitNumberEnd(ctx, k);
    if (n > k) return n;
  }
  // "Đảng Dân chủ Tự do", "Đảng Cộng hòa": a party's name is capitalized word by word.
  if (head.kind === "party" && head.takes === "name" && !generic) return partyNameRun(ctx, k);
  if (head.legalForm) {
    const trade = tradeNameEnd(ctx, k);
    if (trade > k) return trade;
  }
  // "Tổng Bí thư Trường Chinh - Một nhân cách lớn": one Vietnamese syllable after a head that is also a common
  // word, then a spaced dash, is a person's name, not the body's.
  const first = tokens[k];
  if (generic && first && tokens[k + 1]?.key === "-" && tokens[k + 1]!.spaceBefore && isVietnameseSyllable(first.key) && (!first.allCaps || first.capsLine) && !has(ctx, k, "place")) return k;
  // After a title the organization is expected: its name may go on in lower case.
  if (loose) {
    // ("Chủ tịch Hiệp hội bệnh viện tư nhân VN": after a title, the name of a common head or an association may begin
    // with up to six lower-case words before its capitalized part; not a ministry's: "Bộ môn", "Bộ trưởng".)
    const lower = generic || head.kind === "mass-organization";
    const end = looseNameRun(ctx, k, 12, lower ? 6 : 5, lower, false, lower ? 6 : 3);
    // "Tổng Bí thư Trường Chinh": one Vietnamese syllable after a head that is also a common word
    // (or a surname) is a person's name, not the body's.
    // (So also in a line in capitals.)
    const one = tokens[k];
    return generic && end - k === 1 && (!one!.allCaps || one!.capsLine) && isVietnameseSyllable(one!.key) && !has(ctx, k, "place") ? k : end;
  }
  const looseEnd = looseNameRun(ctx, k, 10, 3, false, true);
  // "Cục Đầu tư nước ngoài (…)", "Trường ĐH Bách khoa TPHCM": the name goes on in lower case and
  // ends where a name can end (punctuation, a function word, a place).
  // ("CLB Hà Nội quản lý sân": lower case right after a place is the sentence going on; "Trường THCS Lê Lợi khai
  // giảng.": a body that opens its sentence, lower-case words to the sentence's end are what it does; nor do they go
  // on a name that is a person's, "Trường THCS Lê Lợi khai giảng năm học mới".)
  const lower = tokens.slice(k, looseEnd).findIndex((t) => t.kind === "w" && !t.cap);
  if (looseEnd - k >= 2 && endsCleanly(ctx, looseEnd) && lower >= 0 && !placeEndsAt(ctx, k + lower) && !(subject && sentenceEndsBefore(ctx, looseEnd)) && !kinhNameSpan(ctx, k, k + lower)) return looseEnd;
  const end = nameRun(ctx, k, 7);
  // "Ban Chấp hành…", "Bệnh viện Nông nghiệp", "Trường Chinh": one capitalized syllable that the
  // name continues past in lower case cannot be delimited here: leave it.
  const next = tokens[end];
  const continues = !!next && next.kind === "w" && !next.cap && !next.capsLine && !has(ctx, end, "level");
  // (In a line in capitals a word in capitals is no abbreviation: "PHÒNG DỊCH" is a common word after a common head.)
  const single = end - k === 1 && (!tokens[k]!.allCaps || tokens[k]!.capsLine) && !brandLike(tokens[k]!.key, ctx);
  // "Báo Sankei cho biết", "Báo Japan Today": a name of no Vietnamese syllable cannot be ordinary words.
  const foreign = end > k && tokens.slice(k, end).every((t) => !isVietnameseSyllable(t.key));
  return (single && (continues || generic)) || (generic && continues && !foreign) ? k : end;
}

/** Kinds of body (org-heads.tsv) that belong to the state, the party, the army or the front. */
const STATE_BODY_KINDS: ReadonlySet<string> = new Set(["government", "party", "agency", "ministry", "police", "military", "court", "procuracy", "assembly", "state", "front"]);

/** A Kinh surname that is no ordinary word, then two more capitalized syllables on the line: a full name. */
function kinhFullNameAt(ctx: ScanContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  const surname = t && ctx.lex.surnames.get(t.key);
  if (!surname || surname.origin !== "kinh" || surname.common || !t.cap || t.allCaps) return false;
  for (let j = k + 1; j <= k + 2; j++) if (!isProperLike(tokens[j]) || tokens[j]!.lineBreakBefore || tokens[j]!.allCaps && tokens[j]!.cased.length > 1) return false;
  return true;
}

/** How many lower-case words of its trade may come between a company's legal form and its capitalized name. */
const MAX_TRADE_WORDS = 10;

/**
 * Token p read as one of the lower-case words of what a body does ("giống bò sữa", "đầu tư xây dựng công trình"): "word";
 * "stop" for a function word or verb but "và", a verb a body does (org-name-words.tsv ends) or a title; "other" for
 * anything not a lower-case word on the line (punctuation, a capital, a date).
 */
function tradeWord(ctx: ScanContext, p: number): "word" | "stop" | "other" {
  const t = ctx.tokens[p]!;
  if (t.kind !== "w" || t.lineBreakBefore || ctx.inDate[p] || isProperLike(t)) return "other";
  return (STOP.has(t.key) && t.key !== "và") || endsOrgName(ctx, p) || has(ctx, p, "title") ? "stop" : "word";
}

/**
 * "Công ty cổ phần giống bò sữa Mộc Châu": after a company's legal form, lower-case words of its trade (no
 * function word or verb but "và"), then its capitalized name, ending where a name can end. The end, or k.
 */
function tradeNameEnd(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  let p = k;
  for (; p < tokens.length && p - k < MAX_TRADE_WORDS; p++) {
    const w = tradeWord(ctx, p);
    if (w === "other") break;
    if (w === "stop") return k;
  }
  if (p === k || !isProperLike(tokens[p]) || tokens[p]!.lineBreakBefore || has(ctx, p, "orgHead") || has(ctx, p, "title")) return k;
  const end = looseNameRun(ctx, p, 6, 2);
  return end > p && endsCleanly(ctx, end) ? end : k;
}

/** The end of a body's name once what follows its proper name is read: its place, the body it belongs to, or its country's formal name. */
function whereAfterName(ctx: ScanContext, end: number, locs: Map<number, LocationCandidate>): number {
  const { tokens } = ctx;
  // ("… châu Á - TBD⏎Quốc hội Việt Nam cam kết": a headline's body stops at its line.)
  if (tokens[end]?.lineBreakBefore) return end;
  const branch = branchEnd(ctx, end, locs);
  if (branch > end) return branch;
  const loc = locationAfter(ctx, end, locs);
  if (loc && !has(ctx, end, "orgHead")) return loc.end;
  // "Đội CSGT trật tự Công an quận 1": a unit of the body written after it.
  if (has(ctx, end, "orgHead") || has(ctx, end, "org")) {
    const parent = orgAt(ctx, end, locs, true);
    // (A foreign body after a name is that country's, not a parent: only a party is.)
    return parent && (parent.reason !== "gazetteer+country" || tokens[end]!.key === "đảng") ? parent.end : end;
  }
  // "… Trung Quốc nước Cộng hòa nhân dân Trung Hoa": the country's formal name closes the body's.
  if (tokens[end]?.key === "nước") return countryAfter(ctx, end)?.end ?? end;
  return end;
}

/** "Sư đoàn 308", "Đoàn 125", "Vùng Cảnh sát biển 1": the end of a unit named by its number after a head [i, j), or -1. */
function numberedUnitEnd(ctx: ScanContext, j: number, head: OrgHeadInfo, headProper: boolean): number {
  return headProper && (head.takes === "number" || head.kind === "military" || head.kind === "police") ? unitNumberEnd(ctx, j, head.kind === "military" && head.takes !== "number") : -1;
}

/**
 * "Kho bạc Nhà nước khu vực 5", "Chi cục Thuế khu vực 12", "Tòa án nhân dân khu vực 2 - Hà Nội": a regional unit (2025)
 * named by the number after "khu vực" (the head's own last words or written right after it), with the province it
 * serves after a dash; its end, or -1. (Right after a body's head the number is the unit's; "khu vực 2" alone may be
 * a sector of the economy, and is no place: location-levels.tsv.)
 */
function regionalUnitEnd(ctx: ScanContext, j: number, headProper: boolean): number {
  const { tokens } = ctx;
  if (!headProper) return -1;
  const own = tokens[j - 2]?.key === "khu" && tokens[j - 1]?.key === "vực";
  const written = !own && tokens[j]?.key === "khu" && tokens[j + 1]?.key === "vực" && !tokens[j]!.lineBreakBefore;
  const k = own ? j : written ? j + 2 : -1;
  if (k < 0 || tokens[k]?.kind !== "n" || !/^\d{1,3}$/u.test(tokens[k]!.key)) return -1;
  const end = unitNumberEnd(ctx, k);
  if (end < 0) return -1;
  const place = tokens[end]?.key === "-" && !tokens[end + 1]?.lineBreakBefore ? placeAt(ctx, end + 1, false) : null;
  return place ? place.end : end;
}

/** How many bodies may be written inside one another ("Ban Thường vụ Đảng ủy cơ quan Báo X" is three). */
const MAX_NESTING = 4;
let nesting = 0;

/**
 * An organization (known or by pattern) starting at i, or null. A body named with the body it belongs
 * to reads that one here too: the nesting is bounded, so that a text of heads repeated ("Đảng ủy Đảng
 * ủy …") costs linear time and no deep stack.
 */
export function orgAt(ctx: ScanContext, i: number, locs: Map<number, LocationCandidate>, loose: boolean): OrganizationCandidate | null {
  if (nesting >= MAX_NESTING) return null;
  nesting++;
  try {
    return orgAtUnbounded(ctx, i, locs, loose);
  } finally {
    nesting--;
  }
}

function orgAtUnbounded(ctx: ScanContext, i: number, locs: Map<number, LocationCandidate>, loose: boolean): OrganizationCandidate | null {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || ctx.inDate[i] || !(ctx.kindsAt(i) & (KIND_BIT.org | KIND_BIT.orgHead))) return null;
  const known = knownOrgAt(ctx, i, loose);
  let best = known ? knownReading(ctx, i, known, locs) : null;
  const site: HeadSite = { locs, loose, headProper: isProperLike(t) || t.allCaps, known: !!known };
  let bareEnd = 0; // end of a longer head that stood alone
  const place = placeAt(ctx, i, false);
  for (const m of ctx.matchesAt(i)) {
    for (const v of m.values) {
      if (v.t !== "orgHead" || !headStandsAt(ctx, i, m.end, v.info, place)) continue;
      const head = v.info;
      let numbered = numberedUnitEnd(ctx, m.end, head, site.headProper);
      // ("Thuế cơ sở 3 tỉnh Nghệ An": a unit of the state numbered in its province, which is written after the number.)
      if (numbered > 0 && head.takes === "number" && head.kind !== "military" && head.kind !== "police") numbered = locs.get(numbered)?.end ?? numbered;
      if (numbered <= 0) numbered = regionalUnitEnd(ctx, m.end, site.headProper);
      if (numbered > 0) {
        const cand = orgCandidate(i, numbered, `org-head+number:${head.head}`, byHead(head, spanText(ctx, i, numbered)));
        return !best || cand.end > best.end ? cand : best;
      }
      const cand = headReading(ctx, i, m.end, head, site);
      if (!cand) continue;
      // Heads come longest first: the most specific head that makes a name wins ("Hội đồng quản
      // trị" + "PVN" over the generic "Hội đồng" + "quản trị PVN …"). A shorter, generic head may
      // only beat a longer head standing alone when what it adds has a capitalized word: "Đội" +
      // "CSGT trật tự Công an quận 1" over "Đội CSGT", but "Sở TN&MT" over "Sở" + "TN&MT triển khai".
      const beats = !best || (cand.end > best.end && (!bareEnd || tokens.slice(bareEnd, cand.end).some((x) => x.kind === "w" && (x.cap || x.capsLine))));
      if (beats) best = cand;
      if (cand.end > m.end) return best;
      bareEnd = cand.end;
    }
  }
  return best;
}

const PLURAL = grammarWords("plural");
export function precededByPlural(ctx: ScanContext, i: number): boolean {
  const p = ctx.tokens[i - 1];
  return !!p && PLURAL.has(p.key);
}

const COORDINATORS = new Set([",", ";", "-", ...grammarWords("conjunction")]);

/** A local body head ("HĐND", "Tỉnh ủy", "Ủy ban MTTQ") written alone and ending right at token e, or null. */
function bareHeadEndingAt(ctx: ScanContext, e: number): { start: number; head: string; kind: string; gloss?: string } | null {
  for (let p = e - 1; p >= 0 && p >= e - 6; p--) {
    if (!(ctx.kindsAt(p) & KIND_BIT.orgHead) || !(isProperLike(ctx.tokens[p]) || ctx.tokens[p]!.allCaps)) continue;
    for (const m of ctx.matchesAt(p)) {
      if (m.end !== e) continue;
      for (const v of m.values) if (v.t === "orgHead" && v.info.takes !== "name" && v.info.takes !== "parent") return { start: p, head: spanText(ctx, p, e), kind: v.info.kind, gloss: v.info.gloss };
    }
  }
  return null;
}

/**
 * "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Nam Định" (or with dashes): bodies listed before the last one, which names
 * its place, are that place's. Each keeps its own span and gets a full name ("HĐND tỉnh Nam Định").
 */
function coordinatedBodies(ctx: ScanContext, cands: OrganizationCandidate[]): OrganizationCandidate[] {
  const { tokens } = ctx;
  const out: OrganizationCandidate[] = [];
  for (const c of cands) {
    const d = c.data;
    if (d.placeStart === undefined || d.place === undefined) continue;
    const placeText = spanText(ctx, d.placeStart, c.end);
    let s = c.start;
    for (let guard = 0; guard < 8; guard++) {
      const sep = tokens[s - 1];
      if (!sep || !COORDINATORS.has(sep.key) || sep.lineBreakBefore || tokens[s]!.lineBreakBefore) break;
      // ("Tỉnh ủy - HĐND - UBND tỉnh X": a dash with spaces lists bodies; "Bà Rịa-Vũng Tàu" is one name.)
      if (sep.key === "-" && (!sep.spaceBefore || !tokens[s]!.spaceBefore)) break;
      const body = bareHeadEndingAt(ctx, s - 1);
      if (!body) break;
      // "Tỉnh ủy" carries its level in its name: "Tỉnh ủy Nam Định", but "HĐND tỉnh Nam Định".
      const name = /ủy$/u.test(body.head) ? `${body.head} ${d.place}` : `${body.head} ${placeText}`;
      out.push(orgCandidate(body.start, s - 1, "org-head+shared-place", { name, kind: body.kind, gloss: body.gloss, abbreviations: [], place: d.place }, 85));
      s = body.start;
    }
  }
  return out;
}

function inCreditThrough(ctx: ScanContext, start: number, end: number): boolean {
  for (let k = start, stop = Math.min(end, ctx.tokens.length); k < stop; k++) if (ctx.inCredit[k] !== 1) return false;
  return true;
}

/** All organization mentions, including an abbreviation in parentheses after a name. */
export function findOrganizations(ctx: ScanContext, locs: Map<number, LocationCandidate>): OrganizationCandidate[] {
  const out: OrganizationCandidate[] = [];
  const { tokens } = ctx;
  // Letters defined in parentheses, by text: later uses stand for the same body ("… (PVN). PVN sẽ").
  const defined = new Map<string, OrganizationCandidate>();
  for (let i = 0; i < tokens.length; i++) {
    const c = orgAt(ctx, i, locs, false);
    if (!c) continue;
    // "… 2 triệu đồng/người.⏎Khoa Nam": a byline's name is no body made from a head word ("Khoa"); a known
    // outlet in it ("TTXVN") stays.
    if (!c.data.known && inCreditThrough(ctx, c.start, c.end)) continue;
    const earlier = c.reason === "gazetteer-abbreviation" ? defined.get(spanText(ctx, c.start, c.end)) : undefined;
    if (earlier) c.data.aliasOf = earlier;
    out.push(c);
    // "… Ngoại thương Việt Nam (Vietcombank)": the parenthesized name is an alias of this one.
    const open = tokens[c.end];
    if (open?.key === "(") {
      let k = c.end + 1;
      while (k < tokens.length && k - c.end <= 4 && tokens[k]!.kind !== "p") k++;
      const written = k > c.end + 1 && tokens[k]?.key === ")" && isProperLike(tokens[c.end + 1]) && !ctx.inDate[c.end + 1];
      // "(TPHCM)" after a name is where it is, and "(Khóa XII)" its term: not another name for it.
      if (written && placeAt(ctx, c.end + 1, false)?.end !== k && locs.get(c.end + 1)?.end !== k && termsEnd(ctx, c.end + 1) !== k) {
        // A body named as it was then, with its letters of today ("Tập đoàn Dầu khí Quốc gia Việt Nam (PVN)"):
        // the letters stand for the name written, not for the renamed body.
        const own = knownOrgAt(ctx, c.end + 1, false);
        const renamed = !!own && own.end === k && c.data.known?.renamedTo === own.info.name;
        // "Cục Quản lý môi trường (Bộ Y tế)": a body named with its head in parentheses is the one it belongs to,
        // a mention of its own (read where it starts), not another name for this one.
        const parent = k - c.end > 2 && has(ctx, c.end + 1, "orgHead") && !renamed && !(own && own.end === k && own.info.name === c.data.known?.name);
        if (parent) continue;
        const name = spanText(ctx, c.end + 1, k);
        // Letters defined right here stand for this body, whatever else they may stand for ("Bộ Công Thương (BCT)").
        // The body it names, also when the name itself is read as part of a title ("Bộ trưởng Bộ Công Thương (BCT)").
        const d = c.data;
        const body: OrgInfo = d.known ?? { name: d.name, aliases: [], abbreviations: [], kind: d.kind, ...(d.gloss ? { gloss: d.gloss } : {}) };
        out.push({ type: "organization", start: c.end + 1, end: k, priority: 93, reason: "parenthesized-alias", data: { aliasOf: c, name, kind: c.data.kind, abbreviations: [], known: body } });
        if (renamed) defined.set(name, c);
      }
    }
  }
  companyShortNames(ctx, out);
  return out.concat(coordinatedBodies(ctx, out));
}

/**
 * "Công ty TNHH Minh Phát … Minh Phát đã thi công": after a company named with its head, its proper name (two
 * capitalized words or more, or one foreign word) written alone later is the company, not a person.
 * Not after an address word ("ông Minh Phát") nor inside a longer capitalized run; not a person's full name
 * (a surname and two names or more: "Công ty TNHH Trần Văn Nam" … "Trần Văn Nam, Giám đốc công ty").
 */
function companyShortNames(ctx: ScanContext, out: OrganizationCandidate[]): void {
  const { tokens } = ctx;
  const covered = new Uint8Array(tokens.length + 1);
  for (const c of out) covered.fill(1, c.start, c.end);
  // Where each capitalized word stands, read once (each company then looks at its own first word only).
  let at: Map<string, number[]> | undefined;
  const added: OrganizationCandidate[] = [];
  for (const c of out) {
    if (c.data.kind !== "company" || !c.reason.startsWith("org-head+name:") || c.data.aliasOf) continue;
    const head = longest(ctx, c.start, "orgHead");
    let a = c.end;
    while (a > (head?.end ?? c.start + 1) && tokens[a - 1]!.kind === "w" && isProperLike(tokens[a - 1]) && !has(ctx, a - 1, "orgHead")) a--;
    const len = c.end - a;
    if (len < 1 || len > 4 || (len === 1 && isVietnameseSyllable(tokens[a]!.key)) || placeAt(ctx, a, false)) continue;
    if (len >= 3 && ctx.lex.surnames.has(tokens[a]!.key)) continue;
    if (!at) {
      at = new Map();
      for (let i = 0; i < tokens.length; i++) {
        if (!isProperLike(tokens[i])) continue;
        const list = at.get(tokens[i]!.key);
        if (list) list.push(i);
        else at.set(tokens[i]!.key, [i]);
      }
    }
    for (const i of at.get(tokens[a]!.key) ?? []) {
      if (i < c.end || covered[i] || i + len > tokens.length) continue;
      let same = true;
      for (let n = 1; n < len && same; n++) same = tokens[i + n]!.key === tokens[a + n]!.key && !covered[i + n] && !tokens[i + n]!.lineBreakBefore;
      if (!same || isProperLike(tokens[i + len]) || (i > 0 && tokens[i - 1]!.kind === "w" && isProperLike(tokens[i - 1]) && !tokens[i]!.lineBreakBefore)) continue;
      if (has(ctx, i - 1, "address") || ctx.inCredit[i] || ctx.inDate[i]) continue;
      added.push(orgCandidate(i, i + len, "company-short-name", { name: spanText(ctx, i, i + len), kind: "company", abbreviations: [], aliasOf: c, short: true }, 85));
      covered.fill(1, i, i + len);
    }
  }
  out.push(...added);
}
