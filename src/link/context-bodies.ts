/**
 * The body of a title written bare, from the text around it (data/office-rules.tsv, rule
 * body_in_context): "Ông Đinh La Thăng … Ban Kinh tế Trung ương … ông là Phó trưởng ban Thường
 * trực" (the one Ban named just before), "Phó Chủ tịch kiêm Tổng Thư ký UBTƯ MTTQ Việt Nam" (the
 * body of the next title of the same chain). Only when exactly one body fits: a wrong "of" is worse
 * than none.
 */
import { spanText, type Candidate, type ContextBody, type OrganizationCandidate, type PositionCandidate, type PositionData, type ScanContext } from "../recognizers/context";
import { grammarWordList, grammarWords } from "../lexicon/grammar-words";
import { OFFICE_RULES } from "../recognizers/office-rules";
import { ownsPosts } from "../recognizers/organizations";
import { termsEnd } from "../recognizers/terms";
import { normalizeKey } from "../text/normalize";
import { byRole, cueAt, listWordAfter } from "./cues";
import { addressStart, type HoldLink } from "./holds";
import { push } from "../util/maps";
import { postShape } from "./posts";
import { sentenceStart } from "./sentences";
import { firstAtOrAfter } from "./sorted";
import { work } from "../util/work";

export type { ContextBody } from "../recognizers/context";

interface Body {
  at: number;
  key: string;
  body: ContextBody;
}

// Sentences read back from the title's own (the bound keeps it linear).
const SENTENCES_BACK = 2;
const MAX_TOKENS_BACK = 200;
// What may join two titles of one chain: "Phó Chủ tịch kiêm Tổng Thư ký", "Phó Chủ tịch - Tổng Thư ký".
const CHAIN_JOINERS = new Set([",", "-", "–", ...grammarWords("title-joiner")]);

// The words of office-rules.tsv body_in_context that name a business, and the kinds of body (organizations.tsv) that are one.
const BUSINESS_STARTS = grammarWords("business-head");
/** The kind the gazetteer gives a body (organizations.tsv), if it knows it. */
const knownKind = (b: ContextBody): string | undefined => ("cand" in b ? b.cand.data.known : b.known)?.kind;
const isBusiness = (b: ContextBody): boolean => {
  const kind = knownKind(b);
  return kind === "company" || kind === "bank";
};
const isInternational = (b: ContextBody): boolean => knownKind(b) === "international";

const isBare = (d: PositionData): boolean => !d.orgCandidate && !d.impliedOrg && !d.country && !d.foreignCountry;

function bodyName(b: ContextBody): string {
  if ("cand" in b) {
    const d = b.cand.data;
    return d.known?.name ?? d.name;
  }
  return b.known?.name ?? b.name;
}

/** The bodies a position names: its nested organization, or the one its words name by elision. */
function bodiesOf(c: PositionCandidate): ContextBody[] {
  const d = c.data;
  if (d.orgCandidate) return [{ cand: d.orgCandidate }];
  if (d.impliedOrg && !d.impliedOrg.stateOf && d.head.org.mode === "elided") return [{ name: d.impliedOrg.name, known: d.impliedOrg.known }];
  return [];
}

/** One office: its modifiers, head and body. */
const officeKey = (d: PositionData, body: string): string => {
  const shape = postShape(d);
  return `${shape.modifiers.map((m) => m.meaning).sort().join(" ")}|${normalizeKey(shape.head)}|${body}`;
};

const fits = (name: string, starts: readonly string[]): boolean => {
  const key = normalizeKey(name);
  return starts.some((w) => key === w || key.startsWith(w + " "));
};

/**
 * The full name a holder goes by among the links: "Dũng" of "Bộ trưởng Dũng" is the one full name
 * ending in that syllable, when there is one.
 */
export function holderNames(links: readonly HoldLink[]): (l: HoldLink) => string {
  const bySyllable = new Map<string, Set<string>>();
  for (const l of links) {
    const d = l.person.data;
    if (d.short) continue;
    const key = normalizeKey(d.name);
    const last = key.slice(key.lastIndexOf(" ") + 1); // (the last syllable: no array of them all)
    const set = bySyllable.get(last) ?? new Set<string>();
    set.add(d.name);
    bySyllable.set(last, set);
  }
  return (l) => {
    const d = l.person.data;
    const full = d.short ? bySyllable.get(normalizeKey(d.name)) : undefined;
    return full?.size === 1 ? [...full][0]! : d.name;
  };
}

/** Sets `contextBody` on the bare titles held by Vietnamese names whose body the text around them names. */
export function findContextBodies(ctx: ScanContext, accepted: readonly Candidate[], links: readonly HoldLink[]): void {
  const holder = holderNames(links);
  const bodies: Body[] = [];
  const orgAt = new Map<number, Candidate>();
  for (const c of accepted) if (c.type === "organization") orgAt.set(c.start, c);
  for (const c of accepted) {
    if (c.type === "organization") {
      const d = c.data;
      if (!d.bareLevel && !d.aliasOf) bodies.push({ at: c.start, key: "", body: { cand: c } });
      // "HĐQT Vinamilk … bổ nhiệm bà X làm Tổng Giám đốc": the company of a board is named too.
      if (d.parentName && c.reason.startsWith("org-unit+parent:")) bodies.push({ at: c.start, key: "", body: { name: d.parentName } });
    } else if (c.type === "position") for (const b of bodiesOf(c)) bodies.push({ at: c.start, key: "", body: b });
  }
  for (const b of bodies) b.key = normalizeKey(bodyName(b.body));
  // (For each body, the index of the next one named otherwise: whether a stretch names one body, without reading it.)
  let nextOther: Int32Array | undefined;
  const otherAfter = (): Int32Array => {
    if (nextOther) return nextOther;
    nextOther = new Int32Array(bodies.length);
    for (let k = bodies.length - 1; k >= 0; k--) nextOther[k] = k + 1 < bodies.length && bodies[k + 1]!.key === bodies[k]!.key ? nextOther[k + 1]! : k + 1;
    work.lookups += bodies.length;
    return nextOther;
  };
  const byPerson = new Map<Candidate, HoldLink[]>();
  for (const l of links) push(byPerson, l.person, l);
  // Who holds each office written with its body: another holder's "Bộ trưởng Bộ Y tế" is not this
  // one's bare "Bộ trưởng" ("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến và Bộ trưởng Nguyễn Ngọc Thiện").
  const holders = new Map<string, Set<string>>();
  for (const l of links) {
    for (const b of bodiesOf(l.position)) {
      const k = officeKey(l.position.data, normalizeKey(bodyName(b)));
      const set = holders.get(k) ?? new Set<string>();
      set.add(holder(l));
      holders.set(k, set);
    }
  }
  const heldByOther = (d: PositionData, body: string, person: string): boolean => [...(holders.get(officeKey(d, body)) ?? [])].some((p) => p !== person);
  unitParents(ctx, links, byPerson, orgAt);
  for (const l of links) {
    const c = l.position;
    const d = c.data;
    const origin = l.person.data.origin;
    // "Ban Chỉ đạo Cải cách tư pháp Trung ương … Chủ tịch nước X - Trưởng Ban Chỉ đạo": a body the title's words
    // name only by its kind (not one the gazetteer knows) is the one of that kind named before, with its name.
    const generic = !d.orgCandidate && !d.country && !d.foreignCountry && d.impliedOrg && !d.impliedOrg.known && !d.impliedOrg.stateOf && d.head.org.mode === "elided" ? normalizeKey(d.impliedOrg.name) : undefined;
    // "Quốc hội Thái Lan bầu bà X làm Thủ tướng": a foreigner's bare title that implies a body every country has is
    // of that body of the one foreign country the sentence names its bodies and titles with.
    const abroad = !d.contextBody && origin === "foreign" ? foreignCountryOfSentence(ctx, c, l.person, accepted) : undefined;
    if (abroad) {
      d.contextBody = { name: `${d.impliedOrg!.known?.name ?? d.impliedOrg!.name} ${abroad}` };
      continue;
    }
    // "Tổng Giám đốc Nguyễn Văn Đức của Công ty Điện lực Hà Nội": the title, its holder's name, then "của" and the body.
    const owner = isBare(d) && !d.contextBody && d.head.kind === "office" ? (ownerAfterName(ctx, c, l.person, orgAt) ?? companyAtVenue(ctx, c, orgAt)) : undefined;
    if (owner) {
      d.contextBody = { cand: owner };
      continue;
    }
    if ((!isBare(d) && !generic) || d.contextBody) continue;
    const next = chainNext(ctx, c, byPerson.get(l.person) ?? []);
    // "Ông Jamie Dimon, Chủ tịch kiêm Tổng giám đốc JPMorgan Chase": a business title of a foreign holder takes the company
    // or bank the gazetteer knows that the next title of the same chain names, whatever its name begins with.
    if (origin !== "kinh" && origin !== "ethnic") {
      const starts = isBare(d) && next?.start === c.end + 1 ? OFFICE_RULES.bodyInContext[normalizeKey(d.head.head)] : undefined;
      const ahead = starts?.some((w) => BUSINESS_STARTS.has(w)) ? bodiesOf(next!).filter(isBusiness) : [];
      if (ahead.length === 1 && !heldByOther(d, normalizeKey(bodyName(ahead[0]!)), holder(l))) d.contextBody = ahead[0];
      // "Ngân hàng TMCP Kỹ thương Việt Nam (Techcombank) vừa bổ nhiệm ông Jens Lottner làm Tổng giám đốc": the company or
      // bank the sentence opens with, and the only one it names before the title.
      else if (isBare(d) && !next && endsBare(ctx, c, l.person) && OFFICE_RULES.bodyInContext[normalizeKey(d.head.head)]?.some((w) => BUSINESS_STARTS.has(w))) {
        const s = sentenceStart(ctx, c.start);
        // (The bodies of the sentence before the title all named alike, the last one taken; not read one by one: a long
        // sentence of such titles was quadratic.)
        const first = firstAtOrAfter(bodies, s);
        const last = firstAtOrAfter(bodies, c.start);
        const only = last > first && otherAfter()[first]! >= last ? bodies[last - 1]!.body : undefined;
        if (only && isBusiness(only) && bodies[first]?.at === s && !heldByOther(d, normalizeKey(bodyName(only)), holder(l))) d.contextBody = only;
        // ("người phát ngôn Quỹ Tiền tệ quốc tế (IMF) cho biết Tổng giám đốc Kristalina Georgieva": an international body,
        // the only one the sentence names before the title, wherever the sentence opens.)
        else if (only && isInternational(only) && !heldByOther(d, normalizeKey(bodyName(only)), holder(l))) d.contextBody = only;
      }
      continue;
    }
    if (next?.start !== c.end && !endsBare(ctx, c, l.person)) continue;
    // ("Phó Giám đốc Sở": only a body whose name begins with the word written.)
    const starts = generic ? [generic] : d.bareBody ? [d.bareBody] : OFFICE_RULES.bodyInContext[normalizeKey(d.head.head)];
    // ("Phó trưởng ban" is never of a "Ban Chấp hành" or "Ban Bí thư": office-rules.tsv body_not_in_context.)
    const notStarts = generic ? [] : OFFICE_RULES.bodyNotInContext[normalizeKey(d.head.head)] ?? [];
    if (!starts || OFFICE_RULES.honorifics.has(normalizeKey(`${d.head.head} ${l.person.data.name}`))) continue;
    const person = holder(l);
    // (A deputy's office has several holders: another "Phó Chủ tịch Ủy ban X" does not stop "Phó Chủ tịch - Tổng Thư ký
    // Ủy ban X" from being X's, when the next title of the chain names X.)
    // (So does an office of several holders, office-rules.tsv several_holders: "Thứ trưởng Bộ Công an" held by A and B, then
    // "Bộ Công an hiện có 5 thứ trưởng gồm: C, D".)
    const many = d.modifiers.some((m) => m.meaning === "deputy") || OFFICE_RULES.severalHolders.has(normalizeKey(d.head.head));
    const ahead = next ? bodiesOf(next).filter((b) => fits(bodyName(b), starts) && !fits(bodyName(b), notStarts) && (many || !heldByOther(d, normalizeKey(bodyName(b)), person))) : [];
    if (ahead.length === 1) {
      d.contextBody = ahead[0];
      continue;
    }
    let s = sentenceStart(ctx, c.start);
    // (Within the paragraph: in a list of candidates, one per line, the line before is someone else's.)
    // ("… bổ nhiệm ba Thứ trưởng Bộ Quốc phòng.⏎Các Thứ trưởng mới được bổ nhiệm gồm: …": a plural title refers back to the
    // paragraph before too.)
    for (let i = 0; i < SENTENCES_BACK && s > 0 && (d.plural || !ctx.tokens[s]!.lineBreakBefore); i++) s = sentenceStart(ctx, s - 1);
    s = Math.max(s, c.start - MAX_TOKENS_BACK);
    // (In a list of people split by ";", the items before are other people's: "A, nguyên Bộ trưởng Tài nguyên - Môi
    // trường; B, Phó Trưởng ban …; rồi C, thứ trưởng" names no ministry for C.)
    const from = Math.min(l.person.start, c.start);
    for (let k = from - 1; k >= s && k >= sentenceStart(ctx, from); k--) {
      if (ctx.tokens[k]!.key !== ";") continue;
      s = k + 1;
      break;
    }
    const seen = new Map<string, ContextBody>();
    for (let k = firstAtOrAfter(bodies, s); k < bodies.length && bodies[k]!.at < c.start; k++) {
      const b = bodies[k]!;
      if (fits(b.key, starts) && !fits(b.key, notStarts) && b.key !== generic && (many || !heldByOther(d, b.key, person))) seen.set(b.key, b.body);
    }
    if (seen.size === 1) d.contextBody = [...seen.values()][0];
  }
  sameHolderSameBody(links, holder);
}

/**
 * The one foreign country named with the bodies and titles of the sentence of c, which implies a body every country
 * has ("Thủ tướng" → Chính phủ, office-rules.tsv generic_body) and is written with no body or country, its holder
 * named before it in that sentence and joined to it by words ("Quốc hội Thái Lan bầu bà X làm Thủ tướng" → Thái Lan); undefined when there is
 * none, or several, or Việt Nam among them.
 */
function foreignCountryOfSentence(ctx: ScanContext, c: PositionCandidate, person: Candidate, accepted: readonly Candidate[]): string | undefined {
  const d = c.data;
  if (d.orgCandidate || d.country || d.foreignCountry || !d.impliedOrg || d.impliedOrg.stateOf || !OFFICE_RULES.genericBodies.has(d.impliedOrg.known?.name ?? d.impliedOrg.name)) return undefined;
  const s = sentenceStart(ctx, c.start);
  if (person.start < s || person.end > c.start) return undefined;
  // (Joined by words, "làm", "giữ chức": "A, Thứ trưởng, Thư ký Thủ tướng" in a delegation's list is another matter.)
  for (let k = person.end; k < c.start; k++) if (ctx.tokens[k]!.kind === "p") return undefined;
  let country: string | undefined;
  for (const o of accepted) {
    if (o.start < s) continue;
    if (o.start >= c.start) break;
    const named = o.type === "organization" ? o.data.country : o.type === "position" ? (o.data.country?.data.name ?? o.data.foreignCountry ?? o.data.orgCandidate?.data.country) : undefined;
    if (!named) continue;
    if (named === "Việt Nam" || (country && country !== named)) return undefined;
    country = named;
  }
  return country;
}

/**
 * The body named by "của" right after the holder's name that follows the title ("Tổng Giám đốc Nguyễn Văn Đức của Công
 * ty Điện lực Hà Nội"): a body the gazetteer knows, or one named by its head and a name or a place; not a head alone.
 */
function ownerAfterName(ctx: ScanContext, c: Candidate, person: Candidate, orgAt: Map<number, Candidate>): OrganizationCandidate | undefined {
  if (person.start !== c.end || ctx.tokens[person.end]?.key !== "của" || ctx.tokens[person.end + 1]?.lineBreakBefore) return undefined;
  const org = orgAt.get(person.end + 1);
  return org?.type === "organization" && ownsPosts(org) ? org : undefined;
}

/**
 * The company or bank named by "tại" right after a business title ("giữ chức Chủ tịch HĐQT tại Sacombank", "CEO tại
 * Vinamilk"; office-rules.tsv body_in_context of the head names a business): the body whose office it is.
 */
function companyAtVenue(ctx: ScanContext, c: PositionCandidate, orgAt: Map<number, Candidate>): OrganizationCandidate | undefined {
  const k = termsEnd(ctx, c.end);
  const venue = cueAt(ctx, k, VENUE);
  if (!venue || ctx.tokens[venue.end]?.lineBreakBefore || !OFFICE_RULES.bodyInContext[normalizeKey(c.data.head.head)]?.some((w) => BUSINESS_STARTS.has(w))) return undefined;
  const org = orgAt.get(venue.end);
  return org?.type === "organization" && ownsPosts(org) && namesBusiness(org) ? org : undefined;
}

/** A company or bank the gazetteer knows, or a body named by a business head ("Ngân hàng BIDV", "Công ty X"). */
const namesBusiness = (org: OrganizationCandidate): boolean => isBusiness({ cand: org }) || fits(org.data.name, BUSINESS_LIST);
const BUSINESS_LIST = [...BUSINESS_STARTS];
const VENUE = byRole("venue");

/**
 * The one company or bank the sentence of c opens with (after an opening phrase in lower case and its comma: "Theo đó,
 * ABBank đã bầu …"), when no other body but units of it ("HĐQT") is named between it and c.
 */
function openingBusiness(ctx: ScanContext, c: Candidate, orgAt: Map<number, Candidate>): OrganizationCandidate | undefined {
  const { tokens } = ctx;
  const s = sentenceStart(ctx, c.start);
  let k = s;
  for (; k < c.start && !orgAt.has(k); k++) if (k > s && tokens[k]!.kind === "w" && tokens[k]!.cap) return undefined;
  const org = orgAt.get(k);
  if (!org || org.type !== "organization" || (k > s && tokens[k - 1]!.key !== ",") || !ownsPosts(org) || !namesBusiness(org)) return undefined;
  for (let j = org.end; j < c.start; j++) {
    const other = orgAt.get(j);
    if (other && !other.reason.startsWith("org-unit:")) return undefined;
  }
  return org;
}

/** One holder's other bare forms of an office that got its body ("Bộ trưởng, Chủ nhiệm VPCP Mai Tiến Dũng … Bộ trưởng Mai Tiến Dũng"). */
function sameHolderSameBody(links: readonly HoldLink[], holder: (l: HoldLink) => string): void {
  const found = new Map<string, ContextBody | null>();
  const key = (l: HoldLink) => officeKey(l.position.data, holder(l));
  for (const l of links) {
    const b = l.position.data.contextBody;
    if (!b) continue;
    const k = key(l);
    const had = found.get(k);
    // (Two bodies for one holder's one title: which one a bare form means is not known.)
    found.set(k, had === undefined || had === b || (had && bodyName(had) === bodyName(b)) ? b : null);
  }
  for (const l of links) {
    const d = l.position.data;
    const b = found.get(key(l));
    if (b && isBare(d) && !d.contextBody) d.contextBody = b;
  }
}

/**
 * Nothing after the title that could be its own body: punctuation, "và", "kiêm", the end, or its
 * holder's name. ("Chủ tịch Hội nạn nhân chất độc da cam xã …", "Bí thư Chi bộ" are written bodies
 * the recognizers did not read: a body from elsewhere would be wrong.)
 */
function endsBare(ctx: ScanContext, c: Candidate, person: Candidate): boolean {
  // (Its terms and a date are not its body: "Tổng Giám đốc nhiệm kỳ 2022-2026", "… từ ngày 1/7".)
  const end = termsEnd(ctx, c.end);
  if (ctx.inDate[end] || datedOrTargetAfter(ctx, end, person)) return true;
  const t = ctx.tokens[end];
  if (!t || t.lineBreakBefore || person.start === end) return true;
  // ("Hiệu trưởng nhà trường Huỳnh Quyết Thắng": a word for the body in context, then the holder; grammar-words.tsv referent.)
  const referent = REFERENTS.at(ctx.tokens, end);
  if (referent && person.start === end + referent) return true;
  // ("ông X - hiện là Phó tổng giám đốc công ty - giữ chức …": the word for the body in context, then punctuation.)
  if (referent && ctx.tokens[end + referent]?.kind === "p" && ctx.tokens[end + referent]!.key !== "(") return true;
  // (A list word is not a body: "UBND tỉnh có 4 Phó Chủ tịch là các ông …", "… Phó Chủ tịch gồm".)
  // ("Các Thứ trưởng mới được bổ nhiệm gồm": lower-case words up to a list word are a clause about the title, not its body.)
  return t.kind === "p" ? t.key !== "của" : CHAIN_JOINERS.has(t.key) || t.key === "và" || !!cueAt(ctx, end, LIST_WORD) || listWordAfter(ctx, end) >= 0;
}

const LIST_WORD = byRole("list");
const DATE_WORD = byRole("since", "until", "at-time");
const TARGET_WORD = byRole("target");

/**
 * A date after its preposition ("làm quyền Tổng giám đốc từ ngày 15/1", "kể từ ngày 1/2") or the holder after "đối với"
 * ("miễn nhiệm chức vụ Tổng giám đốc đối với ông X"): the title's words end there, nothing of its body follows.
 */
function datedOrTargetAfter(ctx: ScanContext, end: number, person: Candidate): boolean {
  const date = cueAt(ctx, end, DATE_WORD);
  if (date && ctx.inDate[date.end]) return true;
  const target = cueAt(ctx, end, TARGET_WORD);
  return !!target && addressStart(ctx, person.start) === target.end;
}
const REFERENTS = grammarWordList("referent");

/** The title of the same holder right after c, joined to it only by a comma, a dash or "kiêm". */
function chainNext(ctx: ScanContext, c: Candidate, own: readonly HoldLink[]): PositionCandidate | undefined {
  const next = own.map((l) => l.position).filter((p) => p.start >= c.end).sort((a, b) => a.start - b.start)[0];
  if (!next || next.start - c.end > 1) return undefined;
  const between = ctx.tokens[c.end];
  return next.start === c.end || (between && CHAIN_JOINERS.has(between.key)) ? next : undefined;
}

/** A unit written bare ("HĐQT", "Ban cán sự đảng"), a head that may stand alone ("Đảng đoàn"), or a head whose words are
 *  a unit's whole name ("Ban" + "Thường vụ": office-rules.tsv unit_of). */
const writtenAlone = (org: OrganizationCandidate): boolean =>
  org.reason.startsWith("org-unit:") || org.reason.startsWith("org-head:") || (org.reason.startsWith("org-head+name:") && OFFICE_RULES.unitOf[normalizeKey(org.data.name)] !== undefined);

/**
 * "Chủ tịch HĐQT kiêm Tổng Giám đốc ACB": a unit written alone (data/office-rules.tsv, unit_of)
 * belongs to the body of the holder's next title in the same chain, when that one fits.
 */
function unitParents(ctx: ScanContext, links: readonly HoldLink[], byPerson: Map<Candidate, HoldLink[]>, orgAt: Map<number, Candidate>): void {
  for (const l of links) {
    const org = l.position.data.orgCandidate;
    // (A unit written bare: "HĐQT", "Ban cán sự đảng"; or a head that may stand alone, "Đảng đoàn".)
    if (!org || !writtenAlone(org) || l.position.data.unitParent) continue;
    const kinds = OFFICE_RULES.unitOf[normalizeKey(org.data.name)];
    const next = kinds ? chainNext(ctx, l.position, byPerson.get(l.person) ?? []) : undefined;
    // (The name as written counts too: "Tập đoàn Samsung", which the gazetteer names "Samsung".)
    const parents = next ? bodiesOf(next).filter((b) => fits(bodyName(b), kinds!) || ("cand" in b && fits(spanText(ctx, b.cand.start, b.cand.end), kinds!))) : [];
    if (parents.length === 1) l.position.data.unitParent = parents[0];
    // ("giữ chức vụ Chủ tịch HĐQT tại Sacombank": the company named by "tại" right after it; "Theo đó, ABBank đã bầu ông X,
    // Phó Chủ tịch HĐQT, giữ chức Chủ tịch HĐQT": the one company or bank the sentence opens with.)
    else if (kinds && !next) {
      const at = companyAtVenue(ctx, l.position, orgAt) ?? openingBusiness(ctx, l.position, orgAt);
      if (at) l.position.data.unitParent = { cand: at };
    }
    // ("Bà X - thành viên HĐQT - giữ chức Chủ tịch HĐQT Eximbank": the one company whose board the sentence names.)
    if (kinds && !l.position.data.unitParent) {
      const parent = onlyBoardParent(ctx, l.position, orgAt, links);
      if (parent) l.position.data.unitParent = { name: parent };
    }
  }
}

/**
 * The company or bank of the company boards ("HĐQT Eximbank", "Hội đồng quản trị Tập đoàn X") the sentence of c names,
 * alone or in the titles held there, when they are all one's and the sentence names no other body (a ministry that
 * reports the vote, "Bộ Tài chính cho biết Vietcombank đã bầu …", leaves it unsaid); undefined otherwise.
 */
function onlyBoardParent(ctx: ScanContext, c: Candidate, orgAt: Map<number, Candidate>, links: readonly HoldLink[]): string | undefined {
  const s = sentenceStart(ctx, c.start);
  const own = sentenceBusinesses(ctx, s, orgAt, links);
  // ("MBBank đã hoán đổi … Vị trí này được ông X, Phó chủ tịch HĐQT, đảm nhiệm": a sentence that names no body but the
  // board is about the one company of the sentence before it, in the same paragraph.)
  const names = own.size === 0 && s > 0 && !ctx.tokens[s]!.lineBreakBefore ? sentenceBusinesses(ctx, sentenceStart(ctx, s - 1), orgAt, links) : own;
  const [only] = names;
  return names.size === 1 && only ? only : undefined;
}

/** The companies of the boards, and the companies and banks, the sentence from s names ("" for any other body). */
function sentenceBusinesses(ctx: ScanContext, s: number, orgAt: Map<number, Candidate>, links: readonly HoldLink[]): Set<string> {
  const names = new Set<string>();
  for (let k = s; k < ctx.tokens.length && (k === s || sentenceStart(ctx, k) === s); k++) {
    const org = orgAt.get(k);
    if (org?.type === "organization") businessOf(org, names);
  }
  for (const l of links) {
    const org = l.position.data.orgCandidate;
    if (org && sentenceStart(ctx, l.position.start) === s) businessOf(org, names);
  }
  return names;
}

/** Adds the company of a board named with it, or a company or bank itself, to `names`; another body adds "" (none fits). */
function businessOf(org: OrganizationCandidate, names: Set<string>): void {
  const d = org.data;
  if (org.reason.startsWith("org-unit:")) return; // (a bare board: the one asked about, or another like it)
  const name = org.reason.startsWith("org-unit+parent:") ? d.parentName : namesBusiness(org) ? (d.known?.name ?? d.name) : "";
  names.add(name ?? "");
}
