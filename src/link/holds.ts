/**
 * Who holds which position, from the way Vietnamese news writes it:
 *  - title before name: "Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Ủy viên Bộ Chính trị, Bí thư Thành ủy X";
 *  - name then appositive titles: "Nguyễn Xuân Phúc, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ;"
 *    "ông X - Chủ tịch UBND xã Y", "ông X (Giám đốc …)";
 *  - cue phrases (data/link-cues.tsv, data/personnel-events.tsv): "ông X được bầu giữ chức Y",
 *    "bổ nhiệm ông X làm Y", "miễn nhiệm chức vụ Y đối với ông X", "các Phó Chủ tịch gồm ông A, ông B".
 * Precision first: a title claimed by the name right after it is never given to the name before it,
 * the one who decides ("X được Chủ tịch UBND tỉnh bổ nhiệm …") is never the holder, and chains stop
 * at ".", a line break or any word that is not a cue.
 */
import { NUMBER_WORDS } from "../dates/vocabulary";
import { work } from "../util/work";
import { has, KIND_BIT, longest, longestEnding, sameKeys, spanKey, type Candidate, type PersonCandidate, type PositionCandidate, type ScanContext } from "../recognizers/context";
import { countryAt } from "../recognizers/locations";
import { OFFICE_RULES } from "../recognizers/office-rules";
import { precededByPlural } from "../recognizers/organizations";
import { termsEnd } from "../recognizers/terms";
import { normalizeKey } from "../text/normalize";
import { isVietnameseSyllable } from "../text/syllable";
import { ADVERB_CUES, byRole, cueAt, cueBefore, ENDS_HOLDING, firstKeys, pastCues, readGap, type Cue, type CueFilter, type CueMatch, type StartKeys } from "./cues";
import { sentenceStart } from "./sentences";
import { postShape } from "./posts";
import { firstAtOrAfter } from "./sorted";
import type { Tenure } from "./tenure";
import { grammarWordList, grammarWords } from "../lexicon/grammar-words";

// Cue filters made once: a byRole call makes an array and a closure, and some of these are asked at every token.
const OBJECT_CUES = byRole("object");
const BY_DECISION_CUES = byRole("by-decision");
const SOURCE_CUES = byRole("source");
const OBJECT_AND_CUES = byRole("object", "and");
const NOMINATION_EVENT_CUES = byRole("nomination", "event");
const DECIDES_ADVERB_EVENT_CUES = byRole("decides", "adverb", "event", "hands-over", "decision-ref");
const LIST_CUES = byRole("list");
const AND_CUES = byRole("and");
const TARGET_EVENT_TARGET_CUES = byRole("target", "event-target");
const AT_TIME_CUES = byRole("at-time");
const POST_OF_CUES = byRole("post-of");
// Words for a post (grammar-words.tsv new-post: "chức vụ", "cương vị"), before a title whose holder "của" names.
const POST_WORDS = grammarWordList("new-post");
const SANCTION_EVENT_CUES = byRole("sanction", "event");
const HOLDS_ADVERB_CUES = byRole("holds", "adverb");
const ENTRY_EVENT_LEAD = byRole("holds", "adverb", "passive", "event");

export interface HoldLink {
  person: PersonCandidate;
  position: PositionCandidate;
  /** Token span of the evidence. */
  start: number;
  end: number;
  reason: string;
  /** The cues that state the link: between the name and the title, or right before the title. */
  cues: CueMatch[];
  /** The link before this one in a chain of titles joined only by commas or "kiêm": its cues hold here too. */
  prev?: HoldLink;
  /** Who decided, when the text names it ("được Bộ Chính trị phân công …"). */
  authority?: Candidate;
  /** Where the names start when the subject is one of several joined by "và" or commas ("bổ nhiệm các ông A, B giữ chức T"). */
  listStart?: number;
  /** The person is the one an aide's title before it serves ("Thư ký đồng chí X, Phó Thủ tướng"): a step told after the chain is the aide's. */
  served?: true;
  /** Status, term and dates of the holding (src/link/tenure.ts). */
  tenure?: Tenure;
  /** The same span in characters of the normalized text, once the chunk is done. */
  cs?: number;
  ce?: number;
}

type Seq = Candidate[];

// Punctuation is structure, not vocabulary: it stays here; the words are in data/.
const OPENERS = new Set([",", "-", "(", ":"]);
const GAP_PUNCT = new Set([",", "-", "(", ":", ")", ";"]);
const CHAIN_PUNCT = new Set([",", "-"]);
const LIST_SEPARATORS = new Set([",", ";"]);
const SENTENCE_END = new Set([".", "!", "?"]);
const MAX_LEAD = 16;

// What may stand between a name and its first title, and between two titles of a chain.
const FIRST_GAP: CueFilter = byRole("holds", "adverb", "passive", "event", "career", "before", "while", "decision-ref");
const CHAIN_GAP: CueFilter = byRole("chain", "and", "career", "holds", "adverb", "passive", "event", "before");
const PURE_CHAIN: CueFilter = byRole("chain");
const FORWARD_CHAIN: CueFilter = byRole("chain", "and");
/** FORWARD_CHAIN, and a word for a post (link-cues.tsv holds, noun) that opens the next title: "T1, T2 và chức vụ T3". */
const FORWARD_CHAIN_POST: CueFilter = (c) => FORWARD_CHAIN(c) || (c.role === "holds" && !!c.noun);
const CAREER_CHAIN: CueFilter = byRole("chain", "and", "career", "holds", "adverb", "since", "until");
const LEAD: CueFilter = byRole("holds", "adverb", "passive", "event", "before", "while", "decides");
const HOLDS_OR_EVENT: CueFilter = byRole("holds", "event");
/** The gap from a name to the body a transfer leads to (link-cues.tsv transfer-to last). */
const TRANSFER_GAP: CueFilter = byRole("holds", "adverb", "passive", "event", "career", "before", "while", "decision-ref", "transfer-to");
const TRANSFER_TO_CUES: CueFilter = byRole("transfer-to");
/** After an agent: FIRST_GAP and what the agent does to decide ("X được Chủ tịch UBND tỉnh [ký quyết định] bổ nhiệm làm T", "X nhận quyết định của A [về việc] điều động giữ chức T"). */
const VACANT_CUES: CueFilter = byRole("vacant");
const AGENT_GAP: CueFilter = byRole("holds", "adverb", "passive", "event", "career", "before", "while", "decides", "hands-over", "decision-ref");

/** The end of a title with the terms written after it ("… khóa XI, XII"): terms are not in its span. */
export const tail = (ctx: ScanContext, pos: Candidate): number => termsEnd(ctx, pos.end);

function lineBreakIn(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a + 1; k <= b && k < ctx.tokens.length; k++) if (ctx.tokens[k]!.lineBreakBefore) return true;
  return false;
}

/** Passes over punctuation of `set`, date tokens and terms of office ("khóa XII"): returns where they end, or -1. */
function skipper(ctx: ScanContext, set: ReadonlySet<string>, dates = true): (k: number) => number {
  return (k) => {
    const t = ctx.tokens[k]!;
    if (set.has(t.key)) return k + 1;
    if (dates && ctx.inDate[k]) return k + 1;
    const e = termsEnd(ctx, k);
    return e > k ? e : -1;
  };
}

/** How many tokens of [a, b) count against a gap's length: not dates, not terms of office. */
function gapSize(ctx: ScanContext, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; ) {
    const e = ctx.inDate[k] ? k + 1 : termsEnd(ctx, k);
    if (e > k) k = e;
    else {
      n++;
      k++;
    }
  }
  return n;
}

/** Passes over an address word ("ông", "các đồng chí"), "các" and list punctuation: where it ends, or -1. */
function addressSkip(ctx: ScanContext): (k: number) => number {
  return (k) => {
    const a = longest(ctx, k, "address");
    if (a) return a.end;
    const key = ctx.tokens[k]!.key;
    return key === "các" || key === ":" || LIST_SEPARATORS.has(key) ? k + 1 : -1;
  };
}

/**
 * The cues say the name before them holds the title after them: an event word whose subject is the
 * one who decides ("bổ nhiệm", "bầu", "miễn nhiệm") does so only after "được"/"bị" (else that name
 * is the authority: "Thủ tướng Nguyễn Xuân Phúc bổ nhiệm Thứ trưởng …"); nominations never do.
 */
export function holderCues(cues: CueMatch[]): boolean {
  let passive = false;
  for (const m of cues) {
    if (m.cue.role === "passive") passive = true;
    else if (m.cue.role === "event" && m.cue.subject === "authority" && !passive) return false;
    // ("Chủ tịch nước X trao quyết định thăng quân hàm Thượng tướng đối với …": who hands a decision over is not its holder.)
    else if (m.cue.role === "hands-over" && !passive) return false;
  }
  return true;
}

/** "hiện là", "hiện nay là" at token k (an adverb that says now, link-cues.tsv adverb current, then "là"): the token after
 *  "là", else -1. */
function nowBeforeCopula(ctx: ScanContext, k: number): number {
  const now = cueAt(ctx, k, ADVERB_CUES);
  return now?.cue.status === "current" && ctx.tokens[now.end]?.key === "là" ? now.end + 1 : -1;
}

// What may follow the name of a roster's item: its end, the name's own titles or a note in parentheses.
const ITEM_NAME_ENDS = new Set([".", ",", ";", "("]);

/**
 * "1. Bí thư Thành ủy Hà Nội: Ông A, Ủy viên Bộ Chính trị", "Chủ tịch HĐND tỉnh: bà B.": a title that opens its line
 * (after an item mark) or its sentence, a colon, address words and one name that ends the item. Not a headline's
 * statement: "Bộ trưởng: Ông A phải chịu trách nhiệm" (a verb after the name).
 */
function colonItem(ctx: ScanContext, pos: Candidate, end: number, next: PersonCandidate): boolean {
  let words = 0;
  for (let k = end + 1; k < next.start; words++) {
    const a = longestEnding(ctx, k, "address", 0, next.start);
    if (!a) return false;
    k = a.end;
  }
  // (With no address word, a full name: "Trưởng đoàn: Lê Văn A".)
  if (!words && (next.end - next.start < 2 || next.reason !== "surname+given")) return false;
  const after = ctx.tokens[next.end];
  if (after && !after.lineBreakBefore && !ITEM_NAME_ENDS.has(after.key)) return false;
  return opensItem(ctx, pos.start);
}

/** Token s opens its line (after an item mark, "1.", "-", "*") or its sentence. */
function opensItem(ctx: ScanContext, s: number): boolean {
  if (s === 0 || ctx.tokens[s]!.lineBreakBefore || sentenceStart(ctx, s) === s) return true;
  for (let k = s - 1; k >= Math.max(0, s - 2); k--) if (ctx.tokens[k]!.lineBreakBefore || k === 0) return lineMarkEnd(ctx, k) === s || (k === 0 && ctx.tokens[0]!.kind === "n" && ctx.tokens[1]?.key === "." && s === 2);
  return false;
}

/** A name right after a title (and its terms), possibly behind an address word or ", ông". */
function titleThenName(ctx: ScanContext, pos: Candidate, next: Candidate | undefined): next is PersonCandidate {
  if (!next || next.type !== "person") return false;
  const end = tail(ctx, pos);
  if (lineBreakIn(ctx, end - 1, next.start) || lineBreakIn(ctx, pos.end - 1, end)) return false;
  if (next.start === end) return true;
  // "Chủ tịch UBND tỉnh Hưng Yên - Đỗ Quốc Văn": a dash, then a full name.
  const dash = ctx.tokens[end]?.key;
  if ((dash === "-" || dash === "–") && next.start === end + 1 && next.end - next.start >= 2 && next.reason === "surname+given") return true;
  // "2. Bí thư Tỉnh ủy Lào Cai: Ông Nguyễn Hữu Vạn.": a roster's item, the title, a colon, then its holder.
  if (dash === ":") return colonItem(ctx, pos, end, next);
  // "Bộ trưởng Bộ Y tế, bà Nguyễn Thị Kim Tiến", "Chủ tịch Hội … là bà Trương Thị Mai": only
  // address words (one comma or dash, one "là") between.
  let commas = 0;
  let words = 0;
  let copula = 0;
  // "Hiệu trưởng nhà trường Huỳnh Quyết Thắng", "Giám đốc đơn vị Nguyễn Văn An": a lower-case word for the body in
  // context (grammar-words.tsv referent) may stand first between the title and its holder.
  const referent = ctx.tokens[end]!.cap ? 0 : REFERENTS.at(ctx.tokens, end);
  for (let k = end + referent; k < next.start; ) {
    const t = ctx.tokens[k]!;
    if (t.key === "," || t.key === "-") commas++;
    else if (t.key === "là" && k === end) copula++;
    // ("Giám đốc Sở Y tế hiện nay là ông X": "hiện", "hiện nay" before the copula, link-cues.tsv adverb current.)
    else if (k === end && nowBeforeCopula(ctx, k) > 0) {
      copula++;
      k = nowBeforeCopula(ctx, k);
      continue;
    } else {
      // An address phrase of one word or several ("ông", "đồng chí", "Anh hùng Lao động").
      const a = longestEnding(ctx, k, "address", 0, next.start);
      if (!a) return false;
      words++;
      k = a.end;
      continue;
    }
    k++;
  }
  // "Theo Chánh Thanh tra tỉnh, ông Hùng …": a title in a clause that says where a statement comes
  // from, then a comma, is someone else's; so is a title after an object word ("Báo cáo với Thủ
  // tướng, ông Đệ nhấn mạnh", "Làm việc với Bộ trưởng Bộ Y tế, ông X đề nghị").
  // (But a name set off by commas on both sides is the title's: "Theo Giám đốc Sở Y tế, ông Tăng Chí Thượng, số ca …".)
  if (commas && ctx.tokens[end]?.key === "," && (sourceClause(ctx, pos.start) ? !closedAside(ctx, next) : objectNotAppositive(ctx, pos, next))) return false;
  // "Theo Quyết định số 123/QĐ-TTg ngày 10/5 của Thủ tướng, ông X …": so is the last title of a
  // clause that opens the sentence with a decision.
  if (commas && ctx.tokens[end]?.key === "," && decisionClause(ctx, pos.start)) return false;
  // "… chuyển giao cho Chủ tịch Quốc hội Việt Nam, ông Ruveni N. Nadalo tin tưởng": a name not Vietnamese is
  // not the holder of an office of Việt Nam; the comma ended a clause.
  if (commas && notVietnamese(next) && pos.type === "position" && STATE_KINDS.has(pos.data.orgCandidate?.data.known?.kind ?? "")) return false;
  // "…, trưởng ban trị sự …, bà Vũ Thị Lưu Mai (thường trực …), ông Z (…)": when the name after the comma
  // has a title of its own in parentheses or after a dash, the list's names carry their titles behind
  // them, and the one before the comma is the previous item's.
  if (commas && ctx.tokens[end]?.key === "," && titleBehind(ctx, next.end)) return false;
  // (After a word for the body in context, a full name with no address word is the holder's too.)
  if (referent > 0 && !commas && !copula && !words) return next.reason === "surname+given" || next.reason === "ethnic-name";
  // "Thư ký đồng chí Lê Minh Khái", "Trợ lý ông X": an aide's bare title, then straight away the one it serves.
  if (!commas && !copula && servesSomeone(pos)) return false;
  return commas <= 1 && copula <= 1 && words >= 1 && words <= 2 && next.reason === "address+name";
}

/** An aide's title written alone ("Thư ký", "Trợ lý"; office-rules.tsv serves_office): a name after it is the one served. */
function servesSomeone(pos: Candidate): boolean {
  return pos.type === "position" && !pos.data.orgCandidate && !pos.data.impliedOrg && OFFICE_RULES.servesOffice.has(normalizeKey(pos.data.head.head));
}

/**
 * A title after an object word ("tiếp", "gặp", "với") is someone else's than the name after its comma ("Làm việc với Bộ
 * trưởng Bộ Y tế, ông X đề nghị"), unless a subject stands before that word in its clause and the title is a foreign
 * office held by a foreign name: "Ông A tiếp Tổng Lãnh sự Hoa Kỳ tại TPHCM, ông Kenneth Fairfax đến chào" (an appositive).
 */
function objectNotAppositive(ctx: ScanContext, pos: Candidate, next: PersonCandidate): boolean {
  const cue = cueBefore(ctx, pos.start, OBJECT_CUES);
  if (!cue) return false;
  if (pos.type !== "position" || !notVietnamese(next) || !foreignOffice(pos)) return true;
  return !subjectBefore(ctx, cue.start);
}

/** A title of another country than Việt Nam ("Tổng Lãnh sự Hoa Kỳ", "Đại sứ Nhật Bản", "Ngoại trưởng Mỹ"). */
function foreignOffice(pos: PositionCandidate): boolean {
  const c = countryOf(pos);
  return !!c && c !== "Việt Nam";
}

/** A capitalized word in the clause before token `at`, not the clause's first: its subject ("Ông A tiếp …"). */
function subjectBefore(ctx: ScanContext, at: number): boolean {
  for (let k = at - 1; k > 0; k--) {
    const t = ctx.tokens[k]!;
    const prev = ctx.tokens[k - 1]!;
    if (t.lineBreakBefore || prev.key === "," || prev.key === ";" || SENTENCE_END.has(prev.key)) return false;
    if (t.kind === "w" && t.cap) return true;
  }
  return false;
}

/** A title right behind a name that ends at e, in parentheses or after a dash ("bà Y (T)", "bà Y - T"). */
function titleBehind(ctx: ScanContext, e: number): boolean {
  const k = ctx.tokens[e]?.key;
  return (k === "(" || k === "-" || k === "–") && (ctx.kindsAt(e + 1) & (KIND_BIT.title | KIND_BIT.modifier)) !== 0;
}

/** A foreign name, or one with a word no Vietnamese syllable is ("Ruveni N. Nadalo"; not "Trường Chinh"). */
function notVietnamese(p: PersonCandidate): boolean {
  if (p.data.origin === "foreign") return true;
  if (p.data.origin !== "unknown") return false;
  return p.data.name.split(" ").some((w) => /^\p{L}{2,}$/u.test(w) && !isVietnameseSyllable(normalizeKey(w)));
}

/** Kinds of data/organizations.tsv that are Việt Nam's own state and Party bodies (foreign ones are "foreign-government"). */
const STATE_KINDS = new Set(["party", "state", "government", "ministry", "assembly", "assembly-committee", "front"]);

/** The country of a foreign office ("Thủ tướng Australia"), if it names one. */
function countryOf(pos: PositionCandidate): string | undefined {
  const d = pos.data;
  return d.country ? d.country.data.name : (d.foreignCountry ?? d.orgCandidate?.data.country);
}

/** "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc": the country a title's body ends with. */
function bodyCountry(ctx: ScanContext, pos: PositionCandidate): string | undefined {
  const org = pos.data.orgCandidate;
  for (let k = org ? Math.max(org.start, org.end - 3) : Infinity; org && k < org.end; k++) {
    const p = countryAt(ctx, k);
    if (p?.end === org.end) return p.info.name;
  }
  return undefined;
}

/** Two offices of two different countries: not one person's. */
function otherCountries(a: PositionCandidate, b: PositionCandidate): boolean {
  const x = countryOf(a);
  const y = countryOf(b);
  return !!x && !!y && x !== y;
}

/** "Theo quyết định (số …) của" opens the sentence of token `at`, with no comma before `at`. */
function decisionClause(ctx: ScanContext, at: number): boolean {
  const s = sentenceStart(ctx, at);
  if (!cueAt(ctx, s, BY_DECISION_CUES)) return false;
  for (let k = s; k < at; k++) if (ctx.tokens[k]!.key === ",") return false;
  return true;
}

/** A name followed by a comma and then a clause in lower case with no title ("…, ông X, số ca mắc giảm"): an aside. */
function closedAside(ctx: ScanContext, person: Candidate): boolean {
  const { tokens } = ctx;
  if (tokens[person.end]?.key !== "," || tokens[person.end + 1]?.lineBreakBefore) return false;
  const next = tokens[person.end + 1];
  return !!next && next.kind === "w" && !next.cap && !(ctx.kindsAt(person.end + 1) & KIND_BIT.title);
}

/** A source word ("Theo") right before token `at`, opening the sentence or following a comma. */
function sourceClause(ctx: ScanContext, at: number): boolean {
  const m = cueBefore(ctx, at, SOURCE_CUES);
  if (!m) return false;
  const before = ctx.tokens[m.start - 1];
  return !before || before.key === "," || SENTENCE_END.has(before.key) || ctx.tokens[m.start]!.lineBreakBefore;
}

const lastSyllable = (name: string): string => name.slice(name.lastIndexOf(" ") + 1);

/** persons[from, to) are one person, by the last syllable of their names (and there is one). */
function onePerson(persons: readonly PersonCandidate[], from = 0, to = persons.length): boolean {
  if (from >= to) return false;
  const name = lastSyllable(persons[to - 1]!.data.name);
  for (let q = from; q < to - 1; q++) if (lastSyllable(persons[q]!.data.name) !== name) return false;
  return true;
}

interface Subject {
  person: PersonCandidate;
  at: number;
  end: number;
  pronoun: boolean;
  /** A title standing for its one holder ("Tân Bí thư Tỉnh ủy từng kinh qua …"): read like a pronoun. */
  title?: boolean;
  /** A parenthesized aside right after the name names a place. */
  placed?: boolean;
  /** Profile fields between semicolons follow the name ("X, sinh ngày …; quê quán: …; T"): the last ";" opens the title. */
  profiled?: boolean;
  /** The name is the one an aide's title before it serves ("Thư ký đồng chí X"): a verb after its appositives is not its. */
  served?: boolean;
}

/** A pronoun (data/link-cues.tsv: "ông", "bà", "đồng chí") at token k, then a lower-case word: its end, or -1. */
function pronounAt(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  const end = cueAt(ctx, k, PRONOUN)?.end ?? -1;
  if (end < 0) return -1;
  const prev = tokens[k - 1]?.key;
  if (prev === "các" || prev === "những" || prev === "hai" || prev === "vị") return -1; // plural or "vị đồng chí" …
  // ("Con trai ông là Giám đốc Sở", "thân sinh ông": after a word for a relative the pronoun is a possessive.)
  if (KIN.before(tokens, k) >= 0) return -1;
  const next = tokens[end];
  return next && next.kind === "w" && !next.cap ? end : -1;
}

const PRONOUN = byRole("pronoun");
const KIN = grammarWordList("kin");
let PRONOUN_STARTS: StartKeys | undefined;

/**
 * "ông"/"bà"/"đồng chí" (data/link-cues.tsv, role pronoun) used as a pronoun ("ông được phân công làm …", "Từ 1954 đến 1960, đồng chí
 * là …"): it stands for the person last named, when the last three sentences name that one person
 * only; when they name no one, the last eight (a biography goes on about its subject).
 */
function pronouns(ctx: ScanContext, seq: Seq): Subject[] {
  const out: Subject[] = [];
  const pronounStarts = (PRONOUN_STARTS ??= firstKeys("pronoun"));
  const persons = seq.filter((c) => c.type === "person");
  if (!persons.length) return out;
  const { tokens } = ctx;
  /** The start of the sentence `back` sentences before the one of token k. */
  const sentencesBack = (k: number, back: number) => {
    let s = sentenceStart(ctx, k);
    for (let i = 0; i < back && s > 0; i++) s = sentenceStart(ctx, s - 1);
    return s;
  };
  let p = 0; // persons[p] is the first person not yet ending before k
  for (let k = 0; k < tokens.length; k++) {
    if (!pronounStarts.has(tokens[k]!.key)) continue;
    const end = pronounAt(ctx, k);
    if (end < 0) continue;
    while (p < persons.length && persons[p]!.end <= k) p++;
    const back2 = sentencesBack(k, 2);
    const w3 = firstFrom(persons, back2, p);
    const last = out[out.length - 1];
    if (onePerson(persons, w3, p) || (w3 === p && onePerson(persons, firstFrom(persons, sentencesBack(k, 7), p), p))) out.push({ person: persons[p - 1]!, at: k, end, pronoun: true });
    // A story told with pronouns only: the one the last pronoun stood for, in the last three sentences.
    else if (w3 === p && last && last.at >= back2) out.push({ person: last.person, at: k, end, pronoun: true });
    else if (p - w3 <= 20) {
      // Else the one name written with the pronoun's own word ("bà Phan Thị Mỹ Thanh … ông X … bà đã …").
      const word = spanKey(ctx, k, end);
      const same = persons.slice(w3, p).filter((c) => addressedAs(ctx, c, word));
      // "… được phân công làm Bí thư thay ông Đinh La Thăng. Ông là …": a name after "thay", "của",
      // "với" is an object; the pronoun goes on with the subject.
      const subjects = persons.slice(w3, p).filter((c) => !objectLed(ctx, c));
      if (subjects.length && subjects.length < p - w3 && onePerson(subjects)) out.push({ person: subjects[subjects.length - 1]!, at: k, end, pronoun: true });
      else if (same.length && onePerson(same)) out.push({ person: same[same.length - 1]!, at: k, end, pronoun: true });
      else {
        // "Ông Thăng khẳng định … Ông Nguyễn Thiện Nhân sinh năm 1953, quê Trà Vinh. Ông là …": the name
        // that opens the latest sentence, named alone since, is the one the story goes on about.
        const topic = sentenceTopic(ctx, persons, w3, p);
        if (topic) out.push({ person: topic, at: k, end, pronoun: true });
      }
    }
  }
  return out;
}

/** Of persons[from, to): the last one that opens its sentence (after an address word or not), when every
 *  name after it is that one's. */
function sentenceTopic(ctx: ScanContext, persons: readonly PersonCandidate[], from: number, to: number): PersonCandidate | undefined {
  for (let q = to - 1; q >= from; q--) {
    const c = persons[q]!;
    const a = addressEndingAt(ctx, c.start);
    if (sentenceStart(ctx, c.start) !== (a >= 0 ? a : c.start)) continue;
    return onePerson(persons, q, to) ? persons[to - 1] : undefined;
  }
  return undefined;
}

/** The name is written right after that address word ("Ngài Vladimir Andreichenko"). */
function addressedAs(ctx: ScanContext, c: Candidate, word: string): boolean {
  const a = addressEndingAt(ctx, c.start);
  return a >= 0 && spanKey(ctx, a, c.start) === word;
}

/** The index of the first of persons[0, to) that starts at or after token `at` (binary search). */
function firstFrom(persons: readonly PersonCandidate[], at: number, to: number): number {
  let lo = 0;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (persons[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An object word before the name (behind its address word): "thay ông X", "của bà Y". */
function objectLed(ctx: ScanContext, c: Candidate): boolean {
  const k = addressStart(ctx, c.start);
  return !!cueBefore(ctx, k, OBJECT_CUES);
}

/**
 * The cues start right after ", người" (grammar-words.tsv relative-pronoun) and the words before that comma are not the
 * person's name (behind its address word) nor a title right after it.
 */
function otherBeforeRelative(ctx: ScanContext, seq: Seq, at: number, person: Candidate): boolean {
  const { tokens } = ctx;
  const rel = RELATIVE.before(tokens, at);
  if (rel < 1 || tokens[rel - 1]!.key !== ",") return false;
  const comma = rel - 1;
  if (person.end === comma) return false;
  // ("Ông A, Phó Chủ tịch tỉnh, người vừa được bổ nhiệm …": a title of the person's appositive right before the comma.)
  for (const c of seq) if (c.type === "position" && c.start >= person.end && tail(ctx, c) === comma && c.start - person.end <= MAX_APPOSITIVE_GAP) return false;
  return true;
}
// (Tokens between a name and the title of its appositive that ends right before ", người": a comma, a dash, a chain.)
const MAX_APPOSITIVE_GAP = 40;
const RELATIVE = grammarWordList("relative-pronoun");

/** "của" (grammar-words.tsv owner-before) before the person, behind its address word or the title right before it. */
function ownerLed(ctx: ScanContext, seq: Seq, person: Candidate): boolean {
  const i = seq.indexOf(person);
  const prev = seq[i - 1];
  const start = prev && prev.type === "position" && prev.end === person.start ? prev.start : person.start;
  return OWNER_BEFORE.before(ctx.tokens, addressStart(ctx, start)) >= 0;
}
const OWNER_BEFORE = grammarWordList("owner-before");

/** The word before the person (or before the title right before it) makes the person an object. */
function objectLead(ctx: ScanContext, seq: Seq, person: Candidate): boolean {
  let start = person.start;
  const i = seq.indexOf(person);
  const prev = seq[i - 1];
  if (prev && prev.type === "position" && prev.end === person.start) start = prev.start;
  // "… giữa Phó Thủ tướng A và Bộ trưởng B, Thủ tướng hoan nghênh": a second conjunct too.
  return !!cueBefore(ctx, start, OBJECT_AND_CUES);
}

const PLAN_LEAD: CueFilter = byRole("adverb", "event", "nomination", "decides");

/**
 * "HĐND tỉnh dự kiến bầu ông X giữ chức T", "đề nghị bổ nhiệm bà Y làm T", "đề cử ông Z làm T": the person is the
 * object of a decision only proposed (a nomination word before the decision word right before the name, or right
 * before the name itself): the post is not held (eval/CONVENTIONS.md). ("sẽ bầu ông X làm T" stays an incoming holding: test/link/tenure.test.ts.)
 */
function plannedObject(ctx: ScanContext, person: Candidate): boolean {
  const at = addressStart(ctx, person.start);
  const lead = leadCues(ctx, at, sentenceStart(ctx, at), PLAN_LEAD);
  const last = lead[lead.length - 1];
  // ("đề nghị ông X giữ chức T", "giới thiệu bà Y làm T": the nomination word right before the name.)
  if (last && last.end === at && last.cue.role === "nomination") return true;
  if (!last || last.end !== at || last.cue.role !== "event" || last.cue.subject !== "authority") return false;
  if (lead.some((m) => m.cue.role === "nomination")) return true;
  // ("UBND tỉnh đề nghị HĐND tỉnh bầu ông X giữ chức T": the body asked to decide stands between the proposal and the decision.)
  // (Not "theo đề nghị của Sở Nội vụ, …": the proposal of someone else, on which the decision was made.)
  const { tokens } = ctx;
  const s = sentenceStart(ctx, at);
  const from = lead[0]!.start;
  for (let j = from - 1; j > s && from - j <= MAX_AGENT_WORDS && tokens[j - 1]!.kind === "w"; j--) {
    const m = cueBefore(ctx, j, NOMINATION_CUES);
    if (m) return tokens[j]!.key !== "của";
  }
  return false;
}
const NOMINATION_CUES: CueFilter = byRole("nomination");
// How many words the body asked to decide may take ("HĐND tỉnh", "Ủy ban Thường vụ Quốc hội").
const MAX_AGENT_WORDS = 8;

/** A title with nothing after it but a verb: the subject of a new clause ("Chủ tịch Quốc hội cho rằng"). */
function startsClause(ctx: ScanContext, pos: Candidate): boolean {
  const next = ctx.tokens[tail(ctx, pos)];
  return !!next && next.kind === "w" && !next.cap;
}


/** The cues written right before token `at`, back to `from` at most (nearest last). */
export function leadCues(ctx: ScanContext, at: number, from: number, accept: CueFilter = LEAD): CueMatch[] {
  const out: CueMatch[] = [];
  from = Math.max(from, at - MAX_LEAD); // a run of cue words is short; a long one is not read again from every title
  let k = at;
  while (k > from) {
    const m = cueBefore(ctx, k, accept);
    if (!m || m.start < from) break;
    out.unshift(m);
    k = m.start;
  }
  return out;
}

/** A proposal somewhere in [a, b): "giới thiệu", "hiệp thương", "đề cử" … */
function nominationIn(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (cueAt(ctx, k, NOMINATION_EVENT_CUES) ?.cue.role === "nomination") return true;
  return false;
}

/** How many tokens of [a, b) are decision-ref cues ("về việc"). */
function refWords(ctx: ScanContext, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) {
    const m = cueAt(ctx, k, DECISION_REF_CUES);
    if (m && m.end <= b) {
      n += m.end - m.start;
      k = m.end - 1;
    }
  }
  return n;
}
const DECISION_REF_CUES = byRole("decision-ref");

/**
 * "được Bộ Chính trị điều động, phân công, chỉ định giữ chức T": decision words listed with commas (one phrase of
 * personnel-events.tsv) are one decision; in tokens [a, b) the words beyond the first do not count toward a gap.
 */
export function listedDecisionWords(ctx: ScanContext, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) {
    const m = cueAt(ctx, k, EVENT_CUES);
    if (m && m.end <= b && m.cue.phrase.includes(",")) {
      n += m.end - m.start - 1;
      k = m.end - 1;
    }
  }
  return n;
}
/** An event word (after decision words) starting at k: "bổ nhiệm", "đã ký quyết định bổ nhiệm". */
function decisionAt(ctx: ScanContext, k: number): CueMatch | null {
  const cues = readAhead(ctx, k, DECIDES_ADVERB_EVENT_CUES, 8);
  const ev = cues.find((m) => m.cue.role === "event");
  return ev && cues.every((m) => m.cue.role !== "event" || m === ev) ? ev : null;
}

/** Cues read one after the other from k (at most `max` tokens), up to the first event word. */
function readAhead(ctx: ScanContext, k: number, accept: CueFilter, max: number): CueMatch[] {
  const out: CueMatch[] = [];
  let j = k;
  while (j - k < max) {
    const m = cueAt(ctx, j, accept);
    if (!m) break;
    out.push(m);
    j = m.end;
    if (m.cue.role === "event") break;
  }
  return out;
}

function personsByStart(seq: Seq): Map<number, PersonCandidate> {
  const m = new Map<number, PersonCandidate>();
  for (const c of seq) if (c.type === "person") m.set(c.start, c);
  return m;
}

/** The ranks of seq by where they start (the first of seq's order at one place). */
function ranksByStart(seq: Seq): Map<number, PositionCandidate> {
  const m = new Map<number, PositionCandidate>();
  for (const c of seq) if (c.type === "position" && c.data.head.kind === "rank" && !m.has(c.start)) m.set(c.start, c);
  return m;
}

/** The titles at these indices of seq (a chain: chainAfter gives only titles). */
function titlesOf(seq: Seq, chain: readonly number[]): PositionCandidate[] {
  const out: PositionCandidate[] = [];
  for (const i of chain) {
    const c = seq[i]!;
    if (c.type === "position") out.push(c);
  }
  return out;
}

function link(links: HoldLink[], claimed: Set<Candidate>, l: HoldLink): HoldLink {
  links.push(l);
  claimed.add(l.position);
  return l;
}

/**
 * The end of a parenthesized aside at token k ("(Sinh năm 1972)", "(60 tuổi, quê Hà Tĩnh)"), or -1:
 * short, on one line, and naming no person, title or organization.
 */
function asideEnd(ctx: ScanContext, seq: Seq, k: number, n: number, person?: PersonCandidate): number {
  const { tokens } = ctx;
  if (tokens[k]?.key !== "(") return -1;
  let close = -1;
  for (let j = k + 1; j < tokens.length && j <= k + 20; j++) {
    if (tokens[j]!.lineBreakBefore || tokens[j]!.key === "(") return -1;
    if (tokens[j]!.key === ")") {
      close = j;
      break;
    }
  }
  if (close < 0) return -1;
  // (Places only, or another name of the same person: "Ông Lương Văn Cường (Lương Cường - Sinh năm 1957), …".)
  for (let m = n; m < seq.length && seq[m]!.start < close; m++) {
    const c = seq[m]!;
    if (c.type !== "location" && !(person && c.type === "person" && sameSurname(c, person))) return -1;
  }
  return close + 1;
}

const AGE_AFTER_CUES = byRole("age-after");
const AGE_CUES = byRole("age-after", "age-before");

/** An age cue (link-cues.tsv age-after, age-before) inside tokens [a, b). */
function agedAside(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (cueAt(ctx, k, AGE_CUES)) return true;
  return false;
}
const HOME_CUES = byRole("home");

/**
 * "Ông Võ Văn Thưởng, 53 tuổi, quê Vĩnh Long, được Quốc hội bầu …", "bà X, quê xã Y, huyện Z, …": where the person
 * comes from (link-cues.tsv role home) between commas after the name, or after the age aside ending at k, is
 * passed over too. Where the comma after it is, or -1. (Only places: "quê" and a title after it say something else.)
 */
function homeAsideEnd(ctx: ScanContext, seq: Seq, k: number, n: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.key !== "," || tokens[k + 1]?.lineBreakBefore) return -1;
  const cue = cueAt(ctx, k + 1, HOME_CUES);
  if (!cue) return -1;
  let m = n;
  while (m < seq.length && seq[m]!.start < cue.end) m++;
  let at = cue.end;
  for (; m < seq.length; m++) {
    const c = seq[m]!;
    if (c.type !== "location" || c.start !== at) return -1;
    if (tokens[c.end]?.key !== "," || tokens[c.end]!.lineBreakBefore) return -1;
    // ("quê xã Y, huyện Z, tỉnh T, …": the places of one address, joined by commas.)
    if (seq[m + 1]?.type !== "location" || seq[m + 1]!.start !== c.end + 1) return c.end;
    at = c.end + 1;
  }
  return -1;
}
const EPITHET_CUES = byRole("epithet");

/**
 * "Ông Phạm Nhật Vượng, tỷ phú giàu nhất Việt Nam, Chủ tịch Vingroup, …": a short description of the person (link-cues.tsv
 * role epithet, then lower-case words, numbers and places, up to eight tokens) between commas after the name is passed
 * over. Where the comma after it is, or -1.
 */
function epithetAsideEnd(ctx: ScanContext, seq: Seq, k: number, n: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.key !== "," || tokens[k + 1]?.lineBreakBefore) return -1;
  const cue = cueAt(ctx, k + 1, EPITHET_CUES);
  if (!cue) return -1;
  let m = n;
  while (m < seq.length && seq[m]!.start < k) m++;
  for (let j = cue.end; j < tokens.length && j <= cue.end + 8; j++) {
    const t = tokens[j]!;
    if (t.lineBreakBefore) return -1;
    while (m < seq.length && seq[m]!.end <= j) m++;
    const inside = m < seq.length && seq[m]!.start <= j ? seq[m]! : undefined;
    if (inside && inside.type !== "location") return -1;
    if (t.key === ",") return j;
    if (!inside && t.kind === "p") return -1;
    if (!inside && t.kind === "w" && t.cap) return -1;
  }
  return -1;
}
const AGE_BEFORE_CUES = byRole("age-before");
const PROFILE_CUES = byRole("profile", "age-before", "home");
// (A field is short: a date, an address.)
const MAX_PROFILE_FIELD = 30;

/**
 * "Đồng chí X, sinh ngày 12/3/1935; quê quán: xã Y, huyện Z; trú quán: …; nguyên Ủy viên …": the fields of the person's
 * profile written between semicolons after the name (link-cues.tsv profile, age-before, home), each opened by its
 * word, no title in them. Where the semicolon after the last one is (a title right after it), or -1.
 */
function profileAsideEnd(ctx: ScanContext, seq: Seq, k: number, n: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.key !== ",") return -1;
  let at = k + 1;
  let m = n;
  for (;;) {
    if (tokens[at]?.lineBreakBefore || !cueAt(ctx, at, PROFILE_CUES)) return -1;
    let j = at;
    while (j < tokens.length && j < at + MAX_PROFILE_FIELD && tokens[j]!.key !== ";" && tokens[j]!.key !== "." && !tokens[j]!.lineBreakBefore) j++;
    if (tokens[j]?.key !== ";") return -1;
    for (; m < seq.length && seq[m]!.start < j; m++) if (seq[m]!.start >= at && seq[m]!.type !== "location" && seq[m]!.type !== "organization") return -1;
    at = j + 1;
    // ("…; nguyên Ủy viên …": a status word of the title stays in its span; nothing else may come between.)
    if (seq[m]?.start === at && seq[m]!.type === "position") return j;
  }
}

/**
 * "Ông Nguyễn Văn Hưng, 52 tuổi, Phó chủ tịch …", "bà X, sinh năm 1970, Giám đốc …", "ông X (52
 * tuổi, Phó chủ tịch …)": the person's age between commas (link-cues.tsv roles age-after, age-before)
 * is passed over. Where the comma after it is, or -1.
 */
function ageAsideEnd(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  // (Also in parentheses before the title: "Ông X (52 tuổi, Phó chủ tịch UBND xã) cho biết".)
  if (tokens[k]?.key !== "," && tokens[k]?.key !== "(") return -1;
  const isNumber = (j: number) => tokens[j]?.kind === "n" && !tokens[j]!.lineBreakBefore;
  let e = -1;
  if (isNumber(k + 1)) e = cueAt(ctx, k + 2, AGE_AFTER_CUES)?.end ?? -1;
  else {
    const before = cueAt(ctx, k + 1, AGE_BEFORE_CUES);
    if (before && isNumber(before.end)) e = before.end + 1;
  }
  return e > 0 && tokens[e]?.key === "," && !tokens[e]!.lineBreakBefore ? e : -1;
}

/** Two full names with one surname ("Lương Cường", "Lương Văn Cường"). */
function sameSurname(a: PersonCandidate, b: PersonCandidate): boolean {
  return !a.data.short && !b.data.short && !!a.data.surname && a.data.surname === b.data.surname;
}

/** Titles joined to `seq[n]` by chain words ("T1, T2 và T3"), forward: their indices. */
function chainAfter(ctx: ScanContext, seq: Seq, n: number, claimed: Set<Candidate>, career = false): number[] {
  const out = [n];
  let right = seq[n]!;
  // A career told in a clause also joins titles by "sau đó là", "rồi", dates in parentheses.
  const accept = career ? CAREER_CHAIN : FORWARD_CHAIN;
  const skip = skipper(ctx, career ? GAP_PUNCT : CHAIN_PUNCT);
  for (let m = n + 1; m < seq.length; m++) {
    const item = seq[m]!;
    if (item.type !== "position" || claimed.has(item) || item.data.plural) break;
    const end = tail(ctx, right);
    if (lineBreakIn(ctx, end - 1, item.start) || gapSize(ctx, end, item.start) > (career ? 5 : 3)) break;
    const gap = readGap(ctx, end, item.start, career ? accept : FORWARD_CHAIN_POST, skip);
    if (!gap || (!career && !chainGapOk(ctx, gap, end, item.start))) break;
    out.push(m);
    right = item;
  }
  return out;
}

/**
 * A chain's gap of two words at most; of three only when a joiner ("và", a comma) comes before a word for a post right before
 * the next title ("bầu bổ sung Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ và chức vụ Chủ tịch LĐLĐ tỉnh đối với ông X").
 */
function chainGapOk(ctx: ScanContext, gap: CueMatch[], a: number, b: number): boolean {
  const post = gap.findIndex((m) => !FORWARD_CHAIN(m.cue));
  if (post < 0) return gapSize(ctx, a, b) <= 2;
  return post === gap.length - 1 && post > 0 && gap[post]!.end === b;
}

export function findHolds(ctx: ScanContext, items: Candidate[]): HoldLink[] {
  const links: HoldLink[] = [];
  const claimed = new Set<Candidate>();
  // Persons and positions in text order (other mentions are barriers between them).
  const seq = items.filter((c) => c.type === "person" || c.type === "position" || c.type === "organization" || c.type === "location");

  const prons = pronouns(ctx, seq);
  pluralTitles(ctx, seq, links, claimed);
  titlesBeforeNames(ctx, seq, links, claimed);
  titlesThenTarget(ctx, seq, links, claimed);
  respectively(ctx, seq, links, claimed);
  namesThenTitles(ctx, seq, links, claimed, prons);
  coordinatedSubjects(ctx, seq, links);
  itemsThenVerb(ctx, seq, links, claimed);
  biography(ctx, seq, links, claimed);
  profileTitles(ctx, seq, links, claimed);
  whileClauses(ctx, seq, links, claimed, prons);
  careerEntries(ctx, seq, links, claimed, prons);
  sentenceSubjects(ctx, seq, links, claimed, [...prons, ...titleSubjects(ctx, seq, links, claimed)].sort((a, b) => a.at - b.at));
  promotedFrom(ctx, seq, links, claimed);
  return links;
}

const SINCE_CUES: CueFilter = byRole("since");
const SINCE_UNTIL_CUES: CueFilter = byRole("since", "until");
const MOVES_HOLDS: CueFilter = (c) => c.role === "holds" && !!c.moves;

/**
 * "thăng quân hàm từ Đại tá lên Thiếu tướng đối với ông X", "… từ Trung tướng lên Thượng tướng gồm: A, T1; B, T2": the rank
 * after "từ" (link-cues.tsv since) and right before the word that moves to a rank someone was linked to is that holder's
 * earlier rank, however the new one found its holder (tenure-career.ts makes it former). One link per holder.
 */
function promotedFrom(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>): void {
  let rankEnds: Map<number, PositionCandidate> | undefined;
  const n = links.length;
  for (let i = 0; i < n; i++) {
    const l = links[i]!;
    if (l.position.data.head.kind !== "rank") continue;
    const from = rankLeftBefore(ctx, seq, l.position, (rankEnds ??= ranksByEnd(seq)));
    if (from && !links.some((o) => o.position === from && o.person === l.person)) {
      link(links, claimed, { person: l.person, position: from, start: from.start, end: l.end, reason: "promoted-from", cues: [] });
    }
  }
}

/** The rank written "từ R lên" right before `rank`, if any. */
function rankLeftBefore(ctx: ScanContext, seq: Seq, rank: PositionCandidate, rankEnds: Map<number, PositionCandidate>): PositionCandidate | undefined {
  const moves = cueBefore(ctx, rank.start, MOVES_HOLDS);
  if (!moves) return undefined;
  const from = rankEnds.get(moves.start);
  return from && cueBefore(ctx, from.start, SINCE_CUES) ? from : undefined;
}

function ranksByEnd(seq: Seq): Map<number, PositionCandidate> {
  const m = new Map<number, PositionCandidate>();
  for (const c of seq) if (c.type === "position" && c.data.head.kind === "rank") m.set(c.end, c);
  return m;
}

const TITLE_BEFORE: CueFilter = byRole("before");

/**
 * "Ông Nguyễn Văn A … giữ chức Bí thư Tỉnh ủy. Tân Bí thư Tỉnh ủy từng kinh qua nhiều vị trí như T1; T2": a title that
 * opens its sentence (a one-word "before" cue, "tân" or "cố", before it at most), held by no name of its own, stands
 * for the one person the text has given that post, like a pronoun.
 */
function titleSubjects(ctx: ScanContext, seq: Seq, links: readonly HoldLink[], claimed: Set<Candidate>): Subject[] {
  const out: Subject[] = [];
  // (The links by their title's words, made at the first title that opens a sentence: not every link read for each.)
  let byTitle: Map<number, TitleHolders[]> | undefined;
  for (const c of seq) {
    if (c.type !== "position" || claimed.has(c) || c.data.plural || !c.data.capitalized) continue;
    const from = sentenceStart(ctx, c.start);
    if (c.start !== from && !(c.start === from + 1 && cueAt(ctx, from, TITLE_BEFORE)?.end === c.start)) continue;
    byTitle ??= titleHolders(ctx, links);
    const group = groupOf(ctx, byTitle, c);
    const person = group ? soleHolderBefore(ctx, group, c) : undefined;
    if (person) out.push({ person, at: c.start, end: c.end, pronoun: true, title: true });
  }
  return out;
}

/** Links of one title's words, in the links' order; when their titles start in text order, where each run of one holder's last syllable begins. */
interface TitleHolders {
  links: HoldLink[];
  runFrom?: Int32Array;
}

function titleHolders(ctx: ScanContext, links: readonly HoldLink[]): Map<number, TitleHolders[]> {
  // (By a hash of the title's words, the groups of one hash told apart by their words: no string made per link.)
  const m = new Map<number, TitleHolders[]>();
  work.lookups += links.length;
  for (const l of links) {
    const { start, end } = l.position;
    const h = keysHash(ctx, start, end);
    const groups = m.get(h);
    const g = groups && sameWords(ctx, groups, start, end);
    if (g) g.links.push(l);
    else if (groups) groups.push({ links: [l] });
    else m.set(h, [{ links: [l] }]);
  }
  for (const groups of m.values()) {
    for (const g of groups) {
      const { links: ls } = g;
      let sorted = true;
      for (let i = 1; i < ls.length && sorted; i++) sorted = ls[i - 1]!.position.start <= ls[i]!.position.start;
      if (!sorted) continue;
      const runFrom = new Int32Array(ls.length);
      for (let i = 1; i < ls.length; i++) runFrom[i] = lastSyllable(ls[i]!.person.data.name) === lastSyllable(ls[i - 1]!.person.data.name) ? runFrom[i - 1]! : i;
      g.runFrom = runFrom;
    }
  }
  return m;
}

/** A hash of the keys of tokens [a, b). */
function keysHash(ctx: ScanContext, a: number, b: number): number {
  let h = 0;
  for (let k = a; k < b; k++) {
    const key = ctx.tokens[k]!.key;
    for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
    h = (Math.imul(h, 31) + 32) | 0;
  }
  return h;
}

/** The group of title c's words, if a link has them. */
function groupOf(ctx: ScanContext, byTitle: Map<number, TitleHolders[]>, c: PositionCandidate): TitleHolders | undefined {
  const groups = byTitle.get(keysHash(ctx, c.start, c.end));
  return groups && sameWords(ctx, groups, c.start, c.end);
}

/** The group whose title has the words of tokens [a, b) (a loop: no closure per call). */
function sameWords(ctx: ScanContext, groups: readonly TitleHolders[], a: number, b: number): TitleHolders | undefined {
  for (const g of groups) if (sameKeys(ctx, g.links[0]!.position.start, g.links[0]!.position.end, a, b)) return g;
  return undefined;
}

/** The holder of the links of `group` whose titles start before title c, the last of them, when they are one person (onePerson). */
function soleHolderBefore(ctx: ScanContext, group: TitleHolders, c: PositionCandidate): PersonCandidate | undefined {
  const { links, runFrom } = group;
  if (!runFrom) {
    // (Titles out of text order: read them all.)
    work.lookups += links.length;
    const holders: PersonCandidate[] = [];
    for (const l of links) if (l.position.start < c.start && sameKeys(ctx, l.position.start, l.position.end, c.start, c.end)) holders.push(l.person);
    return holders.length && onePerson(holders) ? holders[holders.length - 1] : undefined;
  }
  // (In text order: those before c are the first n, one person when the last run of one last syllable begins at 0.)
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    work.lookups++;
    if (links[mid]!.position.start < c.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && runFrom[lo - 1] === 0 ? links[lo - 1]!.person : undefined;
}

/**
 * A title before a list of names: "các Phó Thủ tướng Trịnh Đình Dũng, Vũ Đức Đam", "các Phó Chủ tịch
 * UBND tỉnh gồm: ông A, ông B và bà C" (a list word or a colon makes any title a list's).
 */
/**
 * "bầu 7 thành viên HĐQT nhiệm kỳ 2023-2028 gồm …", "… nhiệm kỳ mới gồm …": the term a title's list is elected for,
 * written as its years or as "mới" (new) after "nhiệm kỳ" at token k: the token after it; else k.
 */
function datedTermEnd(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.key !== "nhiệm" || tokens[k + 1]?.key !== "kỳ" || tokens[k + 2]?.lineBreakBefore) return k;
  if (tokens[k + 2]?.key === "mới") return k + 3;
  let j = k + 2;
  while (j < tokens.length && ctx.inDate[j] && !tokens[j]!.lineBreakBefore) j++;
  return j > k + 2 ? j : k;
}

function pluralTitles(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>): void {
  const skip = addressSkip(ctx);
  for (let n = 0; n < seq.length; n++) {
    const pos = seq[n]!;
    if (pos.type !== "position" || claimed.has(pos)) continue;
    // "các Bộ trưởng": generic, no one's office, unless names follow; never read on its own.
    if (pos.data.plural) claimed.add(pos);
    if (cueBefore(ctx, pos.start, OBJECT_CUES)) continue;
    let left = datedTermEnd(ctx, tail(ctx, pos));
    const first0 = seq[n + 1];
    if (first0?.type === "position" && rankedItems(ctx, seq, n, links, claimed)) continue;
    // ("7 Phó giám đốc gồm đại tá A, đại tá B, C và thượng tá D": a name's rank right before it is the item's.)
    const ranked0 = rankThenPerson(seq, n + 1);
    const first = ranked0 > 0 ? seq[ranked0] : seq[n + 1];
    const firstAt = seq[n + 1]?.start ?? 0;
    // ("các đồng chí Ủy viên Trung ương Đảng: Thượng tướng A, T1; Trung tướng B, T2": items with titles of their own.)
    if (seq[n + 1]?.type === "position") {
      const before = links.length;
      titledItems(ctx, seq, n, links, claimed);
      if (links.length > before) continue;
    }
    // "… gồm:⏎Ông A;⏎Ông B": after a colon that ends its line, one name to a line.
    const byLines = first?.type === "person" && ranked0 < 0 && colonEndsLine(ctx, left, first.start);
    // (Six words at most: "gồm các ông, bà: A, B".)
    if (first?.type !== "person" || (!byLines && lineBreakIn(ctx, left - 1, firstAt)) || gapSize(ctx, left, firstAt) > 6) continue;
    // Between the title and the first name: a list word or a colon ("gồm: ông A"), or for a plural
    // title nothing but address words.
    const opener = readGap(ctx, left, firstAt, LIST_CUES, byLines ? (k) => lineMarkEnd(ctx, k) ?? skip(k) : skip);
    if (!opener) continue;
    const listed = opener.length > 0 || ctx.tokens.slice(left, firstAt).some((t) => t.key === ":");
    // (Ranks before names only in a list a list word or a colon opens.)
    if (ranked0 > 0 && !listed) continue;
    // A post several people hold at once, right before bare names ("Phó Chủ tịch Quốc hội Phùng Quốc
    // Hiển, Uông Chu Lưu"): the names share it, but only names joined by "," or "và" alone.
    const bare = !listed && !pos.data.plural && first.start === left && severalHolders(pos);
    if (!listed && !pos.data.plural && !bare) continue;
    const found: HoldLink[] = [];
    for (let m = n + 1; m < seq.length; m++) {
      const at = seq[m]!.start;
      const ranked = listed ? rankThenPerson(seq, m) : -1;
      if (ranked > 0) m = ranked;
      const person = seq[m]!;
      if (byLines) {
        if (person.type !== "person" || !lineItem(ctx, left, person.start, found.length === 0) || !endsLine(ctx, person.end)) break;
        found.push({ person, position: pos, start: pos.start, end: person.end, reason: "title-then-list", cues: opener });
        left = person.end;
        continue;
      }
      if (person.type !== "person") {
        // "các phó bí thư gồm ông A (Chủ tịch UBND tỉnh), B (Phó Chủ tịch UBND tỉnh)": a name's own title in parentheses.
        const asideTo = listed && found.length ? titleAsideEnd(ctx, left) : -1;
        if (asideTo > 0) {
          let q = m;
          while (q < seq.length && seq[q]!.start < asideTo) q++;
          left = asideTo;
          m = q - 1;
          continue;
        }
        // "…: A - Phó Chủ tịch Quốc hội, B - Chủ nhiệm Văn phòng Chủ tịch nước, …": items "name - titles" joined by commas.
        const item = listed && found.length ? nextDashItem(ctx, seq, m, found[found.length - 1]!.person) : null;
        if (item) {
          left = item.sep;
          m = item.at - 1;
          continue;
        }
        // "2 Ủy viên UBND tỉnh là ông A, Giám đốc Sở X và ông B, …": a post several hold, an item's own titles, then
        // "," or "và", an address word and the next name.
        // ("các thiếu tướng: A, T1 và B, T2": a plural title and a colon open a list of names as "các ông:" does.)
        const titled = listed && found.length && (pos.data.plural || severalHolders(pos)) ? itemTitlesThenName(ctx, seq, m, left, skip, pos.data.plural && ctx.tokens[tail(ctx, pos)]?.key === ":") : undefined;
        if (titled !== undefined) {
          const next = seq[titled] as PersonCandidate;
          found.push({ person: next, position: pos, start: pos.start, end: next.end, reason: "title-then-list", cues: opener });
          left = next.end;
          m = titled;
          continue;
        }
        // "…: A, Chủ nhiệm Văn phòng Chủ tịch nước; B - Bộ trưởng …": an item's own titles, up to the
        // ";" that opens the next item.
        const semi = listed && found.length ? nextSemicolon(ctx, left) : -1;
        let q = m;
        while (q < seq.length && seq[q]!.start < semi) q++;
        if (semi < 0 || seq[q]?.type !== "person") break;
        left = semi;
        m = q - 1;
        continue;
      }
      // ", ", " và ", "; bà ": separators and address words only.
      if (found.length && (lineBreakIn(ctx, left - 1, at) || gapSize(ctx, left, at) > 3 || !separated(ctx, left, at, skip))) break;
      if (found.length && bare && (person.start - left !== 1 || !BARE_JOINS.has(ctx.tokens[left]!.key) || ownsTitle(ctx, seq, m))) break;
      found.push({ person, position: pos, start: pos.start, end: person.end, reason: listed ? "title-then-list" : "plural-title-before-names", cues: opener });
      left = person.end;
    }
    // One name after a singular title is the next rules' to read ("Chủ tịch … là bà X").
    if (found.length < 2 && !pos.data.plural) continue;
    for (const l of found) link(links, claimed, l);
  }
}

/**
 * "Bộ Công an hiện có 5 thứ trưởng gồm: Thượng tướng A, Thượng tướng B và Thiếu tướng C", "Các Thứ trưởng mới được bổ
 * nhiệm gồm: Trung tướng A, Tư lệnh Quân khu 3; Trung tướng B, …": after a plural or counted title, a list word and a
 * colon, every name of the sentence written right after its rank holds the title. Nothing when a name of the list
 * has no rank right before it (which items the list spans is not known then). Whether it read the list.
 */
function rankedItems(ctx: ScanContext, seq: Seq, n: number, links: HoldLink[], claimed: Set<Candidate>): boolean {
  const pos = seq[n] as PositionCandidate;
  const first = seq[n + 1]!;
  if (!pos.data.plural && !countBefore(ctx, pos.start)) return false;
  if (first.type !== "position" || first.data.head.kind !== "rank" || !listColonBefore(ctx, tail(ctx, pos), first.start)) return false;
  const end = sentenceOrLineEnd(ctx, first.start);
  const persons: PersonCandidate[] = [];
  for (let m = n + 1; m < seq.length && seq[m]!.start < end; m++) {
    const c = seq[m]!;
    if (c.type !== "person") continue;
    const rank = seq[m - 1]!;
    if (rank.type !== "position" || rank.data.head.kind !== "rank" || tail(ctx, rank) !== c.start) return false;
    persons.push(c);
  }
  if (persons.length < 2) return false;
  for (const person of persons) link(links, claimed, { person, position: pos, start: pos.start, end: person.end, reason: "title-then-list", cues: [] });
  return true;
}

/** Between a and b, on one line and in one sentence, a list word ("gồm", link-cues.tsv list) and a colon right before b, or
 *  the list word right before b ("3 Phó Chủ nhiệm gồm Thượng tướng A; Trung tướng B"). */
function listColonBefore(ctx: ScanContext, a: number, b: number): boolean {
  const colon = ctx.tokens[b - 1]?.key === ":" ? b - 1 : b;
  if (colon - a > 6 || lineBreakIn(ctx, a, b)) return false;
  for (let k = a; k < colon; k++) {
    if (ctx.tokens[k]!.key === "." || ctx.tokens[k]!.key === ";") return false;
    if (cueAt(ctx, k, LIST_CUES)?.end === colon) return true;
  }
  return false;
}

/** A rank at seq[m] with a name right after it ("đại tá Trần Tiến Đạt"): the name's index, else -1. */
function rankThenPerson(seq: Seq, m: number): number {
  const r = seq[m];
  const p = seq[m + 1];
  return r?.type === "position" && r.data.head.kind === "rank" && p?.type === "person" && p.start === r.end ? m + 1 : -1;
}

/** A colon between a and b right before a line break, with no other line break between a and it. */
function colonEndsLine(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k]!;
    if (t.lineBreakBefore && k > a) return false;
    if (t.key === ":") return !!ctx.tokens[k + 1]?.lineBreakBefore;
  }
  return false;
}

/** Item marks at a line's start: "- ", "+ ", "• ", "1. ", "2) ". */
const LINE_MARKS = new Set(["-", "–", "+", "•", "*"]);

/** Where an item mark starting a line at k ends ("- ", "1. "), or undefined. */
function lineMarkEnd(ctx: ScanContext, k: number): number | undefined {
  const t = ctx.tokens[k];
  if (!t?.lineBreakBefore) return undefined;
  if (LINE_MARKS.has(t.key)) return k + 1;
  return numberMarkEnd(ctx.tokens, k);
}

/** Where an item's number at k ends, its "." or ")" included ("1.", "12)"), or undefined. */
export function numberMarkEnd(tokens: ScanContext["tokens"], k: number): number | undefined {
  const next = tokens[k + 1]?.key;
  return tokens[k]?.kind === "n" && (next === "." || next === ")") ? k + 2 : undefined;
}

/**
 * One item of a list written a name to a line: from `a` (after the colon, or after the last name) to the
 * name at `b`, only the last name's ",", ";" or "." (not for the first), one line break, an item mark and
 * address words ("Ông", "đồng chí").
 */
function lineItem(ctx: ScanContext, a: number, b: number, first: boolean): boolean {
  const { tokens } = ctx;
  let k = a;
  if (first) {
    while (k < b && tokens[k]!.key !== ":") k++;
    a = k++; // the colon
  } else if (k < b && (LIST_SEPARATORS.has(tokens[k]!.key) || tokens[k]!.key === ".") && !tokens[k]!.lineBreakBefore) k++;
  if (k > b || !tokens[k]?.lineBreakBefore) return false;
  k = lineMarkEnd(ctx, k) ?? k;
  for (let e = longest(ctx, k, "address"); e && k < b; e = longest(ctx, k, "address")) k = e.end;
  return k === b && lineBreaks(ctx, a, b) === 1;
}

function lineBreaks(ctx: ScanContext, a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b && k < ctx.tokens.length; k++) if (ctx.tokens[k]!.lineBreakBefore) n++;
  return n;
}

/** The name ending at `end` ends its line (a ",", ";" or "." may follow it). */
function endsLine(ctx: ScanContext, end: number): boolean {
  const t = ctx.tokens[end];
  if (!t || t.lineBreakBefore) return true;
  if (!(LIST_SEPARATORS.has(t.key) || t.key === ".")) return false;
  return !ctx.tokens[end + 1] || ctx.tokens[end + 1]!.lineBreakBefore;
}

const BARE_JOINS = new Set([",", ...grammarWords("conjunction")]);
const DASHES = new Set(["-", "–"]);
/** What may stand between the titles of one "name - titles" item: the titles' own joints. */
const ITEM_JOINTS = new Set([",", "-", "–", ...grammarWords("title-joiner")]);

/**
 * After "name - titles" at seq[m] (the titles right behind a dash after `prev`), the next item of the
 * same shape: a comma or "và", address words, a name, a dash and a title. Only the item's titles stand
 * between (no ";", full stop, line break or other word). Its name's index in seq and the separator's token.
 */
function nextDashItem(ctx: ScanContext, seq: Seq, m: number, prev: Candidate): { at: number; sep: number } | null {
  const { tokens } = ctx;
  const dashed = (c: Candidate, next: Candidate | undefined) => DASHES.has(tokens[c.end]?.key ?? "") && next?.type === "position" && next.start === c.end + 1;
  if (!dashed(prev, seq[m])) return null;
  let k = prev.end + 1;
  for (let q = m; q < seq.length; q++) {
    const c = seq[q]!;
    if (c.type === "person") {
      const sep = k;
      if (!BARE_JOINS.has(tokens[sep]?.key ?? "") || lineBreakIn(ctx, sep - 1, c.start)) return null;
      let j = sep + 1;
      for (let a = longest(ctx, j, "address"); a && j < c.start; a = longest(ctx, j, "address")) j = a.end;
      return j === c.start && dashed(c, seq[q + 1]) ? { at: q, sep } : null;
    }
    for (let j = k; j < c.start; j++) if (!ITEM_JOINTS.has(tokens[j]!.key) || tokens[j]!.lineBreakBefore) return null;
    if (c.start > k && tokens[c.start]!.lineBreakBefore) return null;
    k = Math.max(k, tail(ctx, c));
  }
  return null;
}

/** Members, ranks, deputies and the heads data/office-rules.tsv lists (several_holders): posts held by several at once. */
function severalHolders(pos: PositionCandidate): boolean {
  const d = pos.data;
  return d.head.kind !== "office" || postShape(d).modifiers.some((m) => m.meaning === "deputy") || OFFICE_RULES.severalHolders.has(normalizeKey(d.head.head));
}

/** The name at seq[m] has a title of its own right after it (", Giám đốc Sở …", "(Bộ trưởng …)"). */
function ownsTitle(ctx: ScanContext, seq: Seq, m: number): boolean {
  const person = seq[m]!;
  const next = seq[m + 1];
  if (ctx.tokens[person.end]?.key === "(") return true;
  if (next?.type !== "position") return false;
  return next.start === person.end || (next.start === person.end + 1 && OPENERS.has(ctx.tokens[person.end]!.key));
}

/**
 * "các đồng chí Ủy viên Bộ Chính trị: Tổng Bí thư Nguyễn Phú Trọng; Chủ tịch nước Trần Đại Quang; …":
 * after a title and a colon, items each with their own titles, split by ";": the first name of each
 * item holds the title too.
 */
function titledItems(ctx: ScanContext, seq: Seq, n: number, links: HoldLink[], claimed: Set<Candidate>): void {
  const pos = seq[n] as PositionCandidate;
  const colon = tail(ctx, pos);
  if (ctx.tokens[colon]?.key !== ":") return;
  // (A title with no body is a word for those present: "các đại biểu: Bộ trưởng … A, Chủ tịch … B".)
  const specific = !!(pos.data.orgCandidate || pos.data.impliedOrg || pos.data.country || pos.data.foreignCountry);
  // (Only a post several hold goes to each item: "Giám đốc Sở Y tế: Phó Giám đốc A, Trưởng phòng B" gives it to no one.)
  const comma = specific && (pos.data.plural || severalHolders(pos)) ? commaItems(ctx, seq, n, colon) : [];
  if (comma.length >= 2) {
    for (const person of comma) link(links, claimed, { person, position: pos, start: pos.start, end: person.end, reason: "title-then-list", cues: [] });
    return;
  }
  // (Items split by ";" after a plural title too, when it names its body: "các Ủy viên Trung ương Đảng: A; B".)
  if (pos.data.plural && !specific) return;
  const persons: PersonCandidate[] = [];
  let m = n + 1;
  for (let start = colon + 1; ; ) {
    const semi = nextSemicolon(ctx, start);
    const end = semi >= 0 ? semi : sentenceOrLineEnd(ctx, start);
    while (m < seq.length && seq[m]!.start < start) m++;
    let q = m;
    while (q < seq.length && seq[q]!.start < end && seq[q]!.type !== "person") q++;
    const person = seq[q];
    if (person?.type !== "person" || person.start >= end || person.start - start > 12) break;
    persons.push(person);
    if (semi < 0) break;
    start = semi + 1;
  }
  if (persons.length < 2) return;
  for (const person of persons) link(links, claimed, { person, position: pos, start: pos.start, end: person.end, reason: "title-then-list", cues: [] });
}

/**
 * "các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Tài chính A, Bộ trưởng Bộ Công Thương B; Đại sứ … C":
 * items "titles name" joined by "," or "và", up to a ";" or the sentence's end. Each item's titles
 * (joined by ",", "-", "kiêm") stand right before its name; anything else after a name (its own
 * title behind a comma, another word) leaves the whole list unread: which items it spans is not known.
 */
function commaItems(ctx: ScanContext, seq: Seq, n: number, colon: number): PersonCandidate[] {
  const { tokens } = ctx;
  const persons: PersonCandidate[] = [];
  let start = colon + 1;
  let m = n + 1;
  for (;;) {
    let q = m;
    if (seq[q]?.type !== "position" || seq[q]!.start !== start) return [];
    let end = tail(ctx, seq[q]!);
    for (q++; seq[q]?.type === "position"; q++) {
      const c = seq[q]!;
      if (c.start - end !== 1 || !ITEM_JOINTS.has(tokens[end]!.key) || tokens[c.start]!.lineBreakBefore) break;
      end = tail(ctx, c);
    }
    const person = seq[q];
    if (person?.type !== "person" || person.start !== end || lineBreakIn(ctx, seq[m]!.start, person.end)) return [];
    persons.push(person);
    const after = tokens[person.end];
    // The list ends at ";", a full stop or the end of the line.
    if (!after || after.key === ";" || after.lineBreakBefore || sentenceStart(ctx, person.end) !== sentenceStart(ctx, person.start)) break;
    let k = person.end;
    if (tokens[k]?.key === ",") k++;
    if (tokens[k]?.key === "và") k++;
    if (k === person.end || seq[q + 1]?.type !== "position" || seq[q + 1]!.start !== k || tokens[k]!.lineBreakBefore) return persons.length >= 2 && after.key === "." ? persons : [];
    start = k;
    m = q + 1;
  }
  // (One item alone is a title before a name, read by the next rules.)
  return persons.length >= 2 ? persons : [];
}

/** Where the sentence or the line of token k ends: the first token of the next one (sentences.ts decides). */
function sentenceOrLineEnd(ctx: ScanContext, k: number): number {
  const from = sentenceStart(ctx, k);
  let j = k + 1;
  while (j < ctx.tokens.length && sentenceStart(ctx, j) === from) j++;
  return j;
}

/**
 * The first ";" from token k on in its sentence and line (within 40 tokens), or -1. Sentences end as
 * sentences.ts says, so a full stop inside an abbreviation or a date ("TS.", "7.1979") ends no item list.
 */
function nextSemicolon(ctx: ScanContext, k: number): number {
  const from = sentenceStart(ctx, k);
  for (let j = k; j < ctx.tokens.length && j < k + 40; j++) {
    if (j > k && sentenceStart(ctx, j) !== from) return -1;
    if (ctx.tokens[j]!.key === ";") return j;
  }
  return -1;
}

/** A comma right after the title, then more than the comma before the next name: "T, ông B". */
function setOffByCommas(ctx: ScanContext, pos: Candidate, next: Candidate): boolean {
  const t = tail(ctx, pos);
  return ctx.tokens[t]?.key === "," && next.start > t + 1;
}

/** Only a comma between tokens a and b: "A, T". */
function commaBetween(ctx: ScanContext, a: number, b: number): boolean {
  return b === a + 1 && ctx.tokens[a]?.key === ",";
}

function semicolonIn(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k]!.key === ";") return true;
  return false;
}

/** A name after seq[n] in its list item: before the next ";" and the sentence's end (within 40 tokens). */
function nameLaterInItem(ctx: ScanContext, seq: Seq, n: number): boolean {
  const { end } = seq[n]!;
  const stop = nextSemicolon(ctx, end);
  const from = sentenceStart(ctx, end);
  for (let m = n + 1; m < seq.length; m++) {
    const c = seq[m]!;
    if ((stop >= 0 && c.start > stop) || c.start > end + 40 || sentenceStart(ctx, c.start) !== from) return false;
    if (c.type === "person") return true;
  }
  return false;
}

/** Two names of a list: a comma, a semicolon or "và" between them, and address words. */
function separated(ctx: ScanContext, a: number, b: number, skip: (k: number) => number): boolean {
  const gap = readGap(ctx, a, b, AND_CUES, skip);
  return !!gap && (gap.length > 0 || ctx.tokens.slice(a, b).some((t) => LIST_SEPARATORS.has(t.key)));
}

/**
 * Title (chain) before a name; "… Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) Nguyễn Thanh
 * Bình": an alias in parentheses between them is passed over. Earlier titles joined by "," or
 * "kiêm" are the name's too: "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải".
 */
function titlesBeforeNames(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>): void {
  for (let n = 0; n < seq.length; n++) {
    const pos = seq[n]!;
    if (pos.type !== "position" || claimed.has(pos)) continue;
    let next = seq[n + 1];
    let aliased = false;
    if (next?.type === "organization" && ctx.tokens[pos.end]?.key === "(" && next.start === pos.end + 1 && ctx.tokens[next.end]?.key === ")" && (seq[n + 2]?.start === next.end + 1 || (ctx.tokens[next.end + 1]?.key === "tại" && seq[n + 2]?.start === next.end + 2))) {
      next = seq[n + 2];
      // "Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc (Chính hiệp) Trung Quốc Du Chính
      // Thanh": the body's country after its alias, then the name.
      const country = next;
      // ("… (UNICEF) tại Việt Nam Rana Flowers": or where the office is.)
      const at = ctx.tokens[country!.start - 1]?.key === "tại" ? 1 : 0;
      if (at && country?.type !== "location") next = undefined;
      if (country?.type === "location" && (country.data.kind === "country" || at) && seq[n + 3]?.start === country.end && !lineBreakIn(ctx, country.start, country.end)) next = seq[n + 3];
      // "Chủ tịch Viện Đại biểu (Hạ viện) Quốc hội Belarus Ngài V. Andreichenko": the chamber's assembly after its
      // alias, then the name (after an honorific).
      const assembly = seq[n + 2];
      const after = seq[n + 3];
      if (next === assembly && assembly?.type === "organization" && ASSEMBLY_KINDS.has(assembly.data.known?.kind ?? assembly.data.kind) && after?.type === "person" && addressStart(ctx, after.start) === assembly.end && !lineBreakIn(ctx, assembly.start, after.end)) next = after;
      aliased = next?.type === "person";
    }
    // "Tân Giám đốc Công an tỉnh Nghệ An là Thiếu tướng Bùi Quang Thanh": "là", the holder's rank, then the name.
    // ("Chủ nhiệm Tổng cục Chính trị hiện nay là Thượng tướng X": "hiện", "hiện nay" before "là".)
    const copulaEnd = ctx.tokens[tail(ctx, pos)]?.key === "là" ? tail(ctx, pos) + 1 : nowBeforeCopula(ctx, tail(ctx, pos));
    const ranked = !aliased && next?.type === "position" && next.data.head.kind === "rank" && copulaEnd > 0 && next.start === copulaEnd ? seq[n + 2] : undefined;
    if (ranked?.type === "person" && ranked.start === next!.end && !lineBreakIn(ctx, pos.start, ranked.end)) {
      link(links, claimed, { person: ranked, position: pos, start: pos.start, end: ranked.end, reason: "title-before-name", cues: [] });
      continue;
    }
    if (!aliased && !titleThenName(ctx, pos, next)) continue;
    // "Phu nhân Tổng thống Pháp Brigitte Macron": a word for a relative before the title; the name is the relative's.
    if (kinBefore(ctx, pos.start)) continue;
    // "Chờ kiện toàn chức vụ Bí thư Thành ủy, ông X, Phó Bí thư …": an empty post; the name after it does not hold it.
    if (cueBefore(ctx, pos.start, VACANT_CUES)) continue;
    // "Ứng cử viên Bộ trưởng Quốc phòng X": a candidate for the post, who does not hold it.
    if (CANDIDATE_NOUNS.before(ctx.tokens, pos.start) >= 0) continue;
    const person = next as PersonCandidate;
    // "Thiếu tướng X - Tư lệnh Bộ Tư lệnh Thủ đô, bà Y - Phó hiệu trưởng …": a title standing as the
    // appositive of the name before it is that name's, not the next one's behind a comma.
    const before = seq[n - 1];
    if (!aliased && person.start > tail(ctx, pos) && before?.type === "person" && ctx.tokens[before.end]?.key !== "," && readGap(ctx, before.end, pos.start, FIRST_GAP, skipper(ctx, OPENERS))?.every((m) => m.cue.role !== "career")) continue;
    // "ông A, nguyên Chủ tịch UBND huyện, ông B, nguyên Chủ tịch HĐND huyện": a title set off by commas right after a
    // name is that name's appositive, not the title of the name after the second comma.
    if (!aliased && before?.type === "person" && commaBetween(ctx, before.end, pos.start) && setOffByCommas(ctx, pos, person)) continue;
    link(links, claimed, { person, position: pos, start: pos.start, end: person.end, reason: "title-before-name", cues: [] });
    // (With an alias between, "Chủ tịch kiêm Tổng giám đốc Công ty … (Vinamilk) X": the chain before is X's too.)
    // The titles before it, nearest first; linked once the chain's start is known.
    const chain: PositionCandidate[] = [];
    let right = pos;
    for (let m = n - 1; m >= 0; m--) {
      const prev = seq[m]!;
      if (prev.type !== "position" || claimed.has(prev)) break;
      const end = tail(ctx, prev);
      if (gapSize(ctx, end, right.start) > 2 || lineBreakIn(ctx, prev.end - 1, right.start)) break;
      if (!readGap(ctx, end, right.start, PURE_CHAIN, skipper(ctx, CHAIN_PUNCT, false))) break;
      // "… của Thủ tướng Chính phủ, Bộ trưởng X", "kiến nghị của nữ đại biểu Quốc hội, Tổng Bí thư X": a
      // title after a preposition is someone else's; "bổ nhiệm 2 Thẩm phán …, Chủ nhiệm … X": so is a counted one.
      // (Not a title of the same foreign country as the next one, or a bare one that shares it: "hội đàm với
      // Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình", "tiếp Phó Thủ tướng kiêm Bộ trưởng Bộ Nội vụ Cộng hòa
      // Slovakia X", "tiếp Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội Cuba X" is one person;
      // nor a membership before a foreign office: "tiếp Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Lào X". Joined
      // by a comma or "kiêm", and two bodies: "đại diện của Chủ tịch Quốc hội Fiji - Phó Chủ tịch Quốc hội Fiji X"
      // is another person's.)
      const country = countryOf(right);
      const joined = [",", "kiêm"].includes(ctx.tokens[end]?.key ?? "");
      const otherBody = prev.data.orgCandidate?.data.name !== right.data.orgCandidate?.data.name || !prev.data.orgCandidate;
      const prevCountry = bodyCountry(ctx, prev) ?? countryOf(prev);
      const sharesCountry = !!country && joined && otherBody && (prevCountry === country || (!prevCountry && prev.data.head.kind === "membership"));
      if ((objectTitle(ctx, prev.start) && !sharesCountry) || ctx.tokens[prev.start - 1]?.kind === "n") break;
      // "Tổng thống Hoa Kỳ, Thủ tướng Australia, … Thủ tướng Canada": offices of other countries,
      // also before this one, make a list of people.
      const earlier = seq[m - 1];
      // "với hai vị Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Y tế, Phó Thủ tướng X": a title joined by "và" to a plural
      // one or an object before it closes a set of offices; the comma after it does not open X's chain. (After a
      // name's own titles, "và" may open the next name's: "Đại tướng A, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ
      // Chính trị, Bí thư Thành ủy Hà Nội B".)
      const setOfOffices = earlier?.type === "position" && (earlier.data.plural || objectTitle(ctx, earlier.start) || countBefore(ctx, earlier.start));
      if (setOfOffices && ctx.tokens[end]?.key === "," && ctx.tokens[prev.start - 1]?.key === "và" && tail(ctx, earlier) === prev.start - 1) break;
      if (otherCountries(prev, right) || (!!prevCountry && !!country && prevCountry !== country) || (earlier?.type === "position" && otherCountries(earlier, prev))) break;
      // If a name stands just before the chain, the chain is that name's appositive: leave it.
      const before = seq[m - 1];
      // "Thay mặt Chính phủ, Thủ tướng Chính phủ, …": the title goes on a list of objects.
      if (before && (before.type === "organization" || before.type === "position") && before.end + 1 === prev.start && ctx.tokens[before.end]?.key === "," && cueBefore(ctx, before.start, OBJECT_CUES)) break;
      // Unless a title stands before that name too: "Bộ trưởng Ngoại giao Bồ Đào Nha A, Phó Thủ tướng, Bộ
      // trưởng Ngoại giao B", "Tổng Bí thư A, Ủy viên Bộ Chính trị, Thủ tướng B" (a list of titled names).
      // The whole chain, not only its first title: "Thượng tướng A, Ủy viên Bộ Chính trị, Phó Chủ tịch
      // Quân ủy Trung ương Trung Quốc, Chủ tịch nước B" gives A both titles between.
      // (Not so when a verb stands between: "Chủ tịch A được cử làm Bí thư Thành ủy, Phó chủ tịch B nghỉ hưu".)
      const gap = before?.type === "person" ? readGap(ctx, before.end, prev.start, FIRST_GAP, skipper(ctx, OPENERS)) : null;
      if (gap && (!titledBefore(links, before!) || gap.some((m) => HOLDS_OR_EVENT(m.cue)))) {
        chain.length = 0;
        break;
      }
      chain.push(prev);
      right = prev;
    }
    for (const prev of chain) link(links, claimed, { person, position: prev, start: prev.start, end: person.end, reason: "title-chain-before-name", cues: [] });
  }
}

/** An assembly or another country's (written with its country): the body a chamber written before it belongs to. */
const ASSEMBLY_KINDS = new Set(["assembly", "foreign-government"]);

/** An object word before the title at `start`, across a gender word ("của nữ đại biểu"). */
function objectTitle(ctx: ScanContext, start: number): boolean {
  const k = GENDER_WORDS.has(ctx.tokens[start - 1]?.key ?? "") ? start - 1 : start;
  return !!cueBefore(ctx, k, OBJECT_CUES);
}

const GENDER_WORDS = grammarWords("gender");
// Words for a relative before a title or an address word (data/grammar-words.tsv, relative), one or two syllables.
const KIN_WORDS = grammarWordList("relative");

/**
 * ", vợ cựu Tổng thống Bill Clinton,", ", vợ ông Trần Văn Hùng,": the person is named after a title or an address
 * word that a kin word after a comma opens.
 */
function kinAppositive(ctx: ScanContext, title: Candidate | undefined, person: Candidate): boolean {
  const at = title ? title.start : addressStart(ctx, person.start);
  const from = KIN_WORDS.before(ctx.tokens, at);
  return from > 0 && ctx.tokens[from - 1]!.key === ",";
}

const ERA_WORDS = grammarWordList("era");

/** "dưới thời Tổng thống B", "chính quyền Tổng thống B": the person is named after a title (`title`) that tells a time (grammar-words.tsv era). */
function eraName(ctx: ScanContext, title: Candidate | undefined): boolean {
  return !!title && ERA_WORDS.before(ctx.tokens, title.start) >= 0;
}

/** The title written right before the person, or one word before it (an address word between): read by kinAppositive and eraName. */
function titleRightBefore(seq: Seq, person: Candidate): Candidate | undefined {
  return seq.find((c) => c.type === "position" && c.end <= person.start && person.start - c.end <= 1);
}

/**
 * A word for a relative (data/grammar-words.tsv, relative), one or two syllables, ends right before token k, and does not
 * stand after a comma as another name's appositive ("Ông A, chồng Chủ tịch HĐQT Trương Mỹ Lan": she holds the title).
 */
function kinBefore(ctx: ScanContext, k: number): boolean {
  const from = KIN_WORDS.before(ctx.tokens, k);
  return from >= 0 && ctx.tokens[from - 1]?.key !== ",";
}

/** A count before the title at `start`, perhaps with "vị": "2 Thẩm phán", "hai vị Bộ trưởng". */
function countBefore(ctx: ScanContext, start: number): boolean {
  const k = ctx.tokens[start - 1]?.key === "vị" ? start - 2 : start - 1;
  const t = ctx.tokens[k];
  return !!t && (t.kind === "n" || NUMBER_WORDS.has(t.key));
}

/**
 * The name got an office written right before it ("Tổng Bí thư Nguyễn Phú Trọng"); not a rank, which
 * appositive titles follow ("Thượng tướng Phạm Trường Long, Ủy viên Bộ Chính trị, …").
 */
const titledBefore = (links: readonly HoldLink[], person: Candidate): boolean =>
  links.some((l) => l.person === person && l.reason === "title-before-name" && l.position.end <= person.start && l.position.data.head.kind === "office");

/**
 * "miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông X", "cho thôi làm nhiệm vụ T1, T2 đối
 * với bà Y": the holder named after the titles. A holds or event word must lead the titles.
 */
function titlesThenTarget(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>): void {
  const personAt = personsByStart(seq);
  let rankAt: Map<number, PositionCandidate> | undefined;
  for (let n = 0; n < seq.length; n++) {
    const pos = seq[n]!;
    if (pos.type !== "position" || claimed.has(pos) || pos.data.plural) continue;
    const lead = leadCues(ctx, pos.start, sentenceStart(ctx, pos.start));
    if (!lead.some((m) => HOLDS_OR_EVENT(m.cue))) continue;
    const chain = chainAfter(ctx, seq, n, claimed);
    const own = sanctionedChain(ctx, seq, chain, claimed);
    const last = seq[chain[chain.length - 1]!]!;
    let k = purposeAfter(ctx, termsAfter(ctx, tail(ctx, last)));
    const target = cueAt(ctx, k, TARGET_EVENT_TARGET_CUES) ?? postOwnerCue(ctx, k, pos.start, lead);
    // ("thăng quân hàm Trung tướng cho Thiếu tướng X": a rank given by a promotion word, link-cues.tsv holds with time
    // moves, goes to the name after "cho" as an event's post does.)
    const promotion = pos.data.head.kind === "rank" && lead.some((m) => m.cue.role === "holds" && m.cue.moves);
    if (!target || (target.cue.role === "event-target" && !promotion && !lead.some((m) => m.cue.role === "event"))) continue;
    k = target.end;
    // ("đối với: ông A, ông B": a colon may open the list.)
    if (ctx.tokens[k]?.key === ":") k++;
    // ("với các ông: A, T1; B, T2": a plural address word, link-cues.tsv people-list, before the colon.)
    const plural = pluralColonEnd(ctx, k);
    k = plural ?? k;
    // ("đối với 4 đại biểu, gồm các ông A, B": a count of those named, then the list.)
    const counted = countedListStart(ctx, seq, k);
    k = counted.at;
    // (An address word of two syllables, "đồng chí", as one: "thăng quân hàm Trung tướng cho đồng chí X".)
    for (let a = longest(ctx, k, "address"); a; a = longest(ctx, k, "address")) k = a.end;
    // ("thăng cấp bậc hàm Thiếu tướng đối với Đại tá X": the holder's rank written before the name.)
    // (Ranks by start made once: a text of many such titles read every candidate for each.)
    rankAt ??= ranksByStart(seq);
    work.lookups++;
    const rank = rankAt.get(k);
    if (rank && personAt.has(rank.end)) k = rank.end;
    const person = personAt.get(k);
    if (!person || lineBreakIn(ctx, pos.start, k)) continue;
    // ("phê chuẩn kết quả bầu T đối với: ông A, ông B và bà C": each name of the list after the target holds the titles.)
    const holders = [person, ...targetListRest(ctx, seq, seq.indexOf(person), counted.people || plural !== undefined)];
    for (const holder of holders) {
      let prev: HoldLink | undefined;
      for (const position of titlesOf(seq, chain)) {
        prev = link(links, claimed, { person: holder, position, start: pos.start, end: holder.end, reason: "title-then-holder", cues: own.get(position) ?? lead, prev });
      }
    }
    if (holders.length > 1) sharedItemTitles(ctx, seq, holders, links, claimed);
  }
}

const SANCTION_GAP: CueFilter = byRole("and", "chain", "event", "sanction", "holds", "adverb");
const ACTS: CueFilter = byRole("event", "sanction");

/**
 * "cách chức T1 nhiệm kỳ 2016-2021 và xóa tư cách T2 nhiệm kỳ 2011-2016 đối với ông X", "miễn nhiệm T1 và cách chức T2 đối
 * với …": after the chain of titles a decision word leads, "và" (or a comma) and another decision word or sanction
 * (link-cues.tsv sanction) with its titles, all about the one holder named after them. Extends `chain` in place; the
 * cues of each title so added (its own decision word, not the first one's).
 */
function sanctionedChain(ctx: ScanContext, seq: Seq, chain: number[], claimed: Set<Candidate>): Map<Candidate, CueMatch[]> {
  const own = new Map<Candidate, CueMatch[]>();
  const skip = skipper(ctx, CHAIN_PUNCT);
  for (;;) {
    const n = chain[chain.length - 1]! + 1;
    const item = seq[n];
    if (item?.type !== "position" || claimed.has(item) || item.data.plural) return own;
    const end = termsAfter(ctx, tail(ctx, seq[n - 1]!));
    if (lineBreakIn(ctx, end - 1, item.start) || gapSize(ctx, end, item.start) > 5) return own;
    const gap = readGap(ctx, end, item.start, SANCTION_GAP, skip);
    const opens = ctx.tokens[end]?.key === "," || gap?.[0]?.cue.role === "and";
    if (!gap || !opens || !gap.some((m) => ACTS(m.cue))) return own;
    const next = chainAfter(ctx, seq, n, claimed);
    for (const m of next) own.set(seq[m]!, gap);
    chain.push(...next);
  }
}

const PURPOSE_CUES: CueFilter = byRole("purpose");

/** "… nhiệm kỳ 2011 - 2016 để nhận nhiệm vụ mới đối với ông X": a purpose clause (link-cues.tsv purpose) at k, and a comma after it, passed over. */
function purposeAfter(ctx: ScanContext, k: number): number {
  const m = cueAt(ctx, k, PURPOSE_CUES);
  if (!m) return k;
  return ctx.tokens[m.end]?.key === "," ? m.end + 1 : m.end;
}

/** A purpose right after a name ("để nhận nhiệm vụ mới", link-cues.tsv purpose) and then "(": the "(", or -1. */
function purposeBeforeAside(ctx: ScanContext, k: number): number {
  const m = cueAt(ctx, k, PURPOSE_CUES);
  return m && ctx.tokens[m.end]?.key === "(" && !ctx.tokens[m.end]!.lineBreakBefore ? m.end : -1;
}

/** "các ông:", "các đồng chí:" (link-cues.tsv people-list, then a colon) at token k: the token after the colon. */
function pluralColonEnd(ctx: ScanContext, k: number): number | undefined {
  const plural = cueAt(ctx, k, PEOPLE_LIST_CUES);
  return plural && ctx.tokens[plural.end]?.key === ":" ? plural.end + 1 : undefined;
}

/**
 * "đối với: bà A, T1; ông B, ông C, T2": in a list whose items a ";" splits, the names of one item joined by "," or "và"
 * share the titles written after the last of them, up to the item's ";" or the sentence's end.
 */
function sharedItemTitles(ctx: ScanContext, seq: Seq, holders: readonly PersonCandidate[], links: HoldLink[], claimed: Set<Candidate>): void {
  const last = holders[holders.length - 1]!;
  if (!semicolonIn(ctx, holders[0]!.end, sentenceOrLineEnd(ctx, last.end))) return;
  const skip = addressSkip(ctx);
  let run: PersonCandidate[] = [holders[0]!];
  for (let i = 1; i <= holders.length; i++) {
    const h = holders[i];
    if (h && listJoined(ctx, run[run.length - 1]!.end, h.start, skip, false) && !semicolonIn(ctx, run[run.length - 1]!.end, h.start)) {
      run.push(h);
      continue;
    }
    const titles = run.length > 1 ? itemTitles(ctx, seq, run[run.length - 1]!) : [];
    for (const position of titles) {
      if (claimed.has(position)) continue;
      for (const p of run) link(links, claimed, { person: p, position, start: p.start, end: position.end, reason: "name-then-title", cues: [], listStart: run[0]!.start });
    }
    if (h) run = [h];
  }
}

/** A ";", a sentence's end or a line break from a to b. */
function itemEndIn(ctx: ScanContext, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const t = ctx.tokens[j]!;
    if (t.key === ";" || t.lineBreakBefore || (SENTENCE_END.has(t.key) && !ctx.inDate[j])) return true;
  }
  return false;
}

/** The titles right after the name (", T1, T2 nhiệm kỳ …"), when they end its list item (a ";" or the sentence's end follows). */
function itemTitles(ctx: ScanContext, seq: Seq, person: PersonCandidate): PositionCandidate[] {
  const { tokens } = ctx;
  const m = seq.indexOf(person);
  const out: PositionCandidate[] = [];
  let k = person.end;
  for (let q = m + 1; q < seq.length; q++) {
    const c = seq[q]!;
    if (c.type === "person" || itemEndIn(ctx, k, c.start)) break;
    for (let j = k; j < c.start; j++) if (!(ITEM_PUNCT.has(tokens[j]!.key) || ctx.inDate[j] || termsEnd(ctx, j) > j) || tokens[j]!.lineBreakBefore) return [];
    if (c.type === "position") out.push(c);
    k = Math.max(k, tail(ctx, c));
  }
  while (k < tokens.length && (ctx.inDate[k] || termsEnd(ctx, k) > k)) k = ctx.inDate[k] ? k + 1 : termsEnd(ctx, k);
  const end = tokens[k]?.key;
  return end === undefined || end === ";" || SENTENCE_END.has(end) ? out : [];
}

/**
 * "phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh của ông X": "của" (link-cues.tsv post-of) at k names the holder
 * when an event word leads the title and a word for a post stands right before it.
 */
function postOwnerCue(ctx: ScanContext, k: number, start: number, lead: readonly CueMatch[]): CueMatch | undefined {
  if (POST_WORDS.before(ctx.tokens, start) < 0 || !lead.some((m) => m.cue.role === "event")) return undefined;
  return cueAt(ctx, k, POST_OF_CUES) ?? undefined;
}

/** Punctuation inside or between the titles of one list item ("ông A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh (2011 - 2016)"). */
const ITEM_PUNCT = new Set([",", "(", ")", "-", "–"]);

/**
 * The names after seq[m0] in a list that a target cue opens: "đối với: ông A, ông B và bà C" (",", "và", address words
 * between names); "đối với ông A, Giám đốc Sở X và ông B, …" (after an item's own titles, a "," or "và" and an address
 * word); "đối với: ông A, để nghỉ hưu theo chế độ; ông B …" (after anything else, the ";" that opens the next item).
 */
function targetListRest(ctx: ScanContext, seq: Seq, m0: number, people = false): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  if (m0 < 0) return out;
  const skip = addressSkip(ctx);
  const from = sentenceStart(ctx, seq[m0]!.start);
  let left = seq[m0]!.end;
  for (let m = m0 + 1; m < seq.length; m++) {
    const c = seq[m]!;
    if (sentenceStart(ctx, c.start) !== from) break;
    if (c.type === "person" && listJoined(ctx, left, c.start, skip, false)) {
      out.push(c);
      left = c.end;
      continue;
    }
    const next = itemTitlesThenName(ctx, seq, m, left, skip, people) ?? nameAfterSemicolon(ctx, seq, m, left, skip);
    if (!next) break;
    out.push(seq[next] as PersonCandidate);
    left = seq[next]!.end;
    m = next;
  }
  return out;
}

/** From a to the name at b only separators and address words, on one line (with `addressed`, an address word right before b). */
function listJoined(ctx: ScanContext, a: number, b: number, skip: (k: number) => number, addressed: boolean): boolean {
  if (lineBreakIn(ctx, a - 1, b) || gapSize(ctx, a, b) > 4 || !separated(ctx, a, b, skip)) return false;
  return !addressed || longest(ctx, b - 1, "address")?.end === b || longest(ctx, b - 2, "address")?.end === b;
}

/** An item's own titles from seq[m] (titles, bodies, places, dates and their punctuation only), then "," or "và", an address word and a name: its index. */
function itemTitlesThenName(ctx: ScanContext, seq: Seq, m: number, left: number, skip: (k: number) => number, people = false): number | undefined {
  const { tokens } = ctx;
  let k = left;
  for (let q = m; q < seq.length; q++) {
    const c = seq[q]!;
    if (c.type === "person") return q > m && listJoinedAfterTitles(ctx, k, c.start, skip, people) ? q : undefined;
    if (q === m && c.type !== "position") return undefined;
    for (let j = k; j < c.start; j++) if (!(ITEM_PUNCT.has(tokens[j]!.key) || ctx.inDate[j] || termsEnd(ctx, j) > j) || tokens[j]!.lineBreakBefore) return undefined;
    k = Math.max(k, tail(ctx, c));
  }
  return undefined;
}

/** (`people`: the list opened with "các ông", "các đồng chí": its names need no address word of their own.) */
function listJoinedAfterTitles(ctx: ScanContext, a: number, b: number, skip: (k: number) => number, people: boolean): boolean {
  // (The separator itself: the scan above let "," pass as punctuation, "và" not.)
  let j = a;
  while (j < b && ITEM_PUNCT.has(ctx.tokens[j]!.key) && ctx.tokens[j]!.key !== ",") j++;
  return listJoined(ctx, j, b, skip, !people);
}

const PEOPLE_LIST_CUES = byRole("people-list");

/**
 * "đối với 4 đại biểu, gồm các ông A, B …": after the target, a count of those named (a number and a title, an address
 * word or a lower-case word), a list word and perhaps "các ông": where the names begin, and whether "các ông" opened them.
 */
function countedListStart(ctx: ScanContext, seq: Seq, k: number): { at: number; people: boolean } {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t || !(t.kind === "n" || NUMBER_WORDS.has(t.key)) || ctx.inDate[k]) return { at: k, people: false };
  const noun = seq.find((c) => c.start === k + 1 && c.type === "position");
  // (The counted word: a title, an address word, or one lower-case word: "người", "cán bộ".)
  const word = tokens[k + 1];
  let j = noun ? tail(ctx, noun) : (longest(ctx, k + 1, "address")?.end ?? (word?.kind === "w" && !word.cap ? k + 2 : -1));
  if (j < 0) return { at: k, people: false };
  if (tokens[j]?.key === ",") j++;
  const list = cueAt(ctx, j, LIST_CUES);
  // ("cho hai sĩ quan quân đội cấp cao: A, T1 và B, T2": lower-case words of the counted noun, then a colon.)
  if (!list && !noun) {
    const colon = countedNounColon(ctx, k + 1);
    return colon > 0 ? { at: colon + 1, people: true } : { at: k, people: false };
  }
  if (!list || lineBreakIn(ctx, k, list.end)) return { at: k, people: false };
  j = list.end;
  const people = cueAt(ctx, j, PEOPLE_LIST_CUES);
  if (people) j = people.end;
  if (tokens[j]?.key === ":") j++;
  return { at: j, people: !!people };
}

// How many lower-case words a counted noun before a colon may have ("sĩ quan quân đội cấp cao").
const COUNTED_NOUN_WORDS = 6;

/** From token a, one to COUNTED_NOUN_WORDS lower-case words and a colon on the same line: the colon's index, or -1. */
function countedNounColon(ctx: ScanContext, a: number): number {
  const { tokens } = ctx;
  for (let j = a; j < tokens.length && j <= a + COUNTED_NOUN_WORDS; j++) {
    const t = tokens[j]!;
    if (t.lineBreakBefore) return -1;
    if (t.key === ":") return j > a ? j : -1;
    if (t.kind !== "w" || t.cap) return -1;
  }
  return -1;
}

/** After an item's words up to its ";" (a reason: "để nghỉ hưu theo chế độ"), the name that opens the next item: its index. */
function nameAfterSemicolon(ctx: ScanContext, seq: Seq, m: number, left: number, skip: (k: number) => number): number | undefined {
  const semi = nextSemicolon(ctx, left);
  if (semi < 0) return undefined;
  let q = m;
  while (q < seq.length && seq[q]!.start < semi) {
    if (seq[q]!.type === "person") return undefined;
    q++;
  }
  return seq[q]?.type === "person" && listJoined(ctx, semi, seq[q]!.start, skip, false) ? q : undefined;
}

const TERM_COUNT = grammarWords("term-count");

/**
 * Past the dated terms after a title, up to what follows them: "nhiệm kỳ 2005 - 2010, 2010 - 2015", "… và nhiệm kỳ 2010 -
 * 2015", a count of terms ("2 nhiệm kỳ", "hai nhiệm kỳ 2010 - 2015 và 2015 - 2020"; grammar-words.tsv term-count).
 */
function termsAfter(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  for (;;) {
    const key = tokens[k]?.key;
    if (key === undefined) return k;
    if (ctx.inDate[k] || key === ",") k++;
    else if (key === "và" && ctx.inDate[k + 1]) k++;
    else if (key === "(" && termAside(ctx, k) > k) k = termAside(ctx, k);
    else {
      let j = k;
      while (j < k + 2 && tokens[j] && (tokens[j]!.kind === "n" || NUMBER_WORDS.has(tokens[j]!.key) || TERM_COUNT.has(tokens[j]!.key))) j++;
      if (j === k || tokens[j]?.key !== "nhiệm" || tokens[j + 1]?.key !== "kỳ" || tokens[j]!.lineBreakBefore) return k;
      k = j + 2;
    }
  }
}

const MAX_TERM_ASIDE = 10;

/** "(nhiệm kỳ 2021 - 2026)", "(khóa XV)": a parenthesis at token k that holds only a term; the token after it, or k. */
function termAside(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  const first = tokens[k + 1];
  if (!first || (first.key !== "nhiệm" && first.key !== "khóa")) return k;
  let j = first.key === "nhiệm" ? (tokens[k + 2]?.key === "kỳ" ? k + 3 : -1) : termsEnd(ctx, k + 1);
  if (j < 0 || j === k + 1) return k;
  for (; j < k + MAX_TERM_ASIDE && tokens[j] && !tokens[j]!.lineBreakBefore; j++) {
    const t = tokens[j]!;
    if (t.key === ")") return j + 1;
    if (!ctx.inDate[j] && t.kind !== "n" && t.key !== "-" && t.key !== "–") return k;
  }
  return k;
}

const RESPECTIVELY = grammarWordList("respectively");
const REFERENTS = grammarWordList("referent");
const PAIR_JOINS = new Set([",", ";", ...grammarWords("conjunction")]);

/**
 * "Ông A và ông B lần lượt giữ chức T1 và T2", "bầu các ông A, B lần lượt giữ chức T1, T2": names joined by "," or
 * "và" before "lần lượt" (grammar-words.tsv respectively), then a verb of holding and as many titles joined the same
 * way: each name holds the title in its place.
 */
function respectively(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>): void {
  const { tokens } = ctx;
  // (The reading is a function of its own: closures over the loop's k made V8 allocate a context at every token, 36 MB
  // a corpus pass.)
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (RESPECTIVELY.at(tokens, k) === 2) respectivelyAt(ctx, seq, links, claimed, k, 2);
  }
  // "Ông A và bà B được bầu làm Chủ tịch và Phó Chủ tịch HĐND tỉnh": without "lần lượt", an office and its deputy, which
  // one person never holds both of, are one to one too; so is one office of as many bodies as names (parallelPosts).
  for (const c of seq) {
    if (c.type === "person" && !claimed.has(c) && !PAIR_JOINS.has(tokens[c.end]?.key ?? ",")) respectivelyAt(ctx, seq, links, claimed, c.end, 0, true);
  }
}

/** One head's office and its deputies, the office once: "Chủ tịch và Phó Chủ tịch HĐND tỉnh", "Phó Giám đốc, Giám đốc". */
function headAndDeputies(titles: readonly PositionCandidate[]): boolean {
  const heads = new Set(titles.map((t) => normalizeKey(t.data.head.head)));
  const offices = titles.filter((t) => !postShape(t.data).modifiers.some((m) => m.meaning === "deputy"));
  return heads.size === 1 && offices.length === 1 && titles.every((t) => t.data.head.kind === "office");
}

/**
 * "Ông A, ông B và bà C được bầu làm Chủ tịch UBND xã X, Chủ tịch UBND xã Y và Chủ tịch UBND xã Z": the same office of
 * as many different bodies as there are names, each body written: one to one too (not all three chairs for the last
 * name).
 */
function parallelPosts(titles: readonly PositionCandidate[]): boolean {
  if (titles.length < 2 || !titles.every((t) => t.data.head.kind === "office" && t.data.orgCandidate)) return false;
  const shape = (t: PositionCandidate): string => {
    const p = postShape(t.data);
    return `${p.modifiers.map((m) => m.meaning).sort().join(" ")}|${normalizeKey(p.head)}`;
  };
  const first = shape(titles[0]!);
  const bodies = new Set(titles.map((t) => normalizeKey(t.data.orgCandidate!.data.name)));
  return bodies.size === titles.length && titles.every((t) => shape(t) === first);
}

/**
 * The names before "lần lượt" at k (its `len` tokens; none after the last name when `pairOnly`) and the titles after
 * it, paired in order (when `pairOnly`, only an office and its deputies).
 */
function respectivelyAt(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>, k: number, len: number, pairOnly = false): void {
  const { tokens } = ctx;
  let n = seq.findIndex((c) => c.start >= k) - 1;
  if (n < -1) n = seq.length - 1;
  const names: PersonCandidate[] = [];
  for (let right = k; n >= 0; n--) {
    const c = seq[n]!;
    if (c.type !== "person" || lineBreakIn(ctx, c.end - 1, right)) break;
    // (Between names: a joiner, address words; before "lần lượt": nothing.)
    const gap = tokens.slice(c.end, addressStart(ctx, right)).map((t) => t.key);
    if (names.length ? !(gap.length === 1 && PAIR_JOINS.has(gap[0]!)) : gap.length) break;
    names.unshift(c);
    right = c.start;
  }
  const m = seq.findIndex((c) => c.start >= k + len);
  const first = seq[m];
  if (names.length < 2 || !first || first.type !== "position" || claimed.has(first)) return;
  const cues = readGap(ctx, k + len, first.start, FIRST_GAP, skipper(ctx, GAP_PUNCT));
  if (!cues || !cues.some((c) => HOLDS_OR_EVENT(c.cue)) || !holderCues(cues)) return;
  const titles: PositionCandidate[] = [first];
  for (let j = m + 1; j < seq.length && titles.length < names.length; j++) {
    const c = seq[j]!;
    const end = tail(ctx, titles[titles.length - 1]!);
    if (c.type !== "position" || claimed.has(c) || c.start !== end + 1 || !PAIR_JOINS.has(tokens[end]!.key) || lineBreakIn(ctx, end, c.start)) break;
    titles.push(c);
  }
  // ("… lần lượt giữ chức T1, T2 và T3" for two names: not one to one.)
  const after = tail(ctx, titles[titles.length - 1]!);
  if (titles.length !== names.length || (PAIR_JOINS.has(tokens[after]?.key ?? "") && seq.find((c) => c.start === after + 1)?.type === "position")) return;
  if (pairOnly && !headAndDeputies(titles) && !parallelPosts(titles)) return;
  // (The decision before the first name is every one's: "bầu ông A, ông B lần lượt …".)
  const listStart = names[0]!.start;
  names.forEach((person, i) => link(links, claimed, { person, position: titles[i]!, start: person.start, end: titles[i]!.end, reason: "name-then-title", cues, listStart }));
}

/**
 * Name (or a pronoun standing for it), then appositive titles: "X, T1, T2;" "X - T1", "X (T1)",
 * "X được bầu giữ chức T1", "ông Thăng từng giữ các chức vụ: T1 (2006-2011), T2 …", "X được Bộ
 * Chính trị phân công giữ chức T1" (Bộ Chính trị decided: it is the authority, not a title of X).
 */
function namesThenTitles(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>, prons: Subject[]): void {
  const subjects: Subject[] = [];
  for (const c of seq) if (c.type === "person") subjects.push({ person: c, at: c.start, end: c.end, pronoun: false });
  for (const p of prons) subjects.push(p);
  subjects.sort((a, b) => a.at - b.at);
  let first0 = 0;
  for (const subj of subjects) {
    // Subjects come in text order: the first item after the subject only moves forward.
    while (first0 < seq.length && seq[first0]!.start < subj.end) first0++;
    let n0 = first0;
    // "Ông Bùi Mạnh Khoa (Sinh năm 1972), Bí thư Đảng ủy …", "ông X (60 tuổi, quê Hà Tĩnh) nguyên là …":
    // an aside about the person is passed over.
    const age = subj.pronoun ? -1 : ageAsideEnd(ctx, subj.end);
    const home = subj.pronoun ? -1 : homeAsideEnd(ctx, seq, age > 0 ? age : subj.end, n0);
    const epithet = subj.pronoun ? -1 : epithetAsideEnd(ctx, seq, subj.end, n0);
    const profile = subj.pronoun ? -1 : profileAsideEnd(ctx, seq, subj.end, n0);
    const aside = subj.pronoun ? -1 : Math.max(asideEnd(ctx, seq, subj.end, n0, subj.person), age, home, epithet, profile);
    // "Bà Hillary Clinton, vợ cựu Tổng thống Bill Clinton, từng là Ngoại trưởng Mỹ": a name inside an appositive of
    // kinship is not the subject of the clause after it.
    const titled = subj.pronoun ? undefined : titleRightBefore(seq, subj.person);
    if (!subj.pronoun && kinAppositive(ctx, titled, subj.person)) continue;
    // "Ông A từng là T1 dưới thời Tổng thống B, là T2": a name that tells a time is not the subject after it.
    if (!subj.pronoun && eraName(ctx, titled)) continue;
    // "Ngoài ông X, Thủ tướng cũng …": a name in a phrase that opens the sentence, the clause's subject after its comma.
    if (!subj.pronoun && frontedName(ctx, seq, subj.person, n0)) continue;
    let placed = false; // the aside names a place: "(trú tại xã Ea Tu)", "(thị trấn Lao Bảo, huyện Hướng Hóa)"
    // (Not where the person comes from: "quê Vĩnh Long".)
    // (An aside that also gives the person's age is a profile: "ông X (sinh năm 1970, trú tại huyện Y), Giám đốc Sở …".)
    const aged = aside > 0 && agedAside(ctx, subj.end, aside);
    if (aside > 0) for (; n0 < seq.length && seq[n0]!.start < aside; n0++) placed ||= seq[n0]!.type === "location" && home < 0 && profile < 0 && !aged;
    const served = !subj.pronoun && seq[first0 - 1] === subj.person && servedName(ctx, seq[first0 - 2], subj.person);
    // ("… đối với ông X để nhận nhiệm vụ mới (vừa được Bộ Chính trị chỉ định làm T)": the purpose passed over, the aside after it is X's.)
    const purpose = subj.pronoun || aside > 0 ? -1 : purposeBeforeAside(ctx, subj.end);
    titlesOfSubject(ctx, seq, links, claimed, { ...subj, placed, profiled: profile > 0 && aside === profile, served }, n0, aside > 0 ? aside : purpose > 0 ? purpose : subj.end);
  }
}

/** The name comes right after an aide's bare title (the item `before` it) and address words ("Trợ lý đồng chí X"): the one served, not the aide. */
function servedName(ctx: ScanContext, before: Candidate | undefined, person: PersonCandidate): boolean {
  if (!before || !servesSomeone(before)) return false;
  const at = addressStart(ctx, person.start);
  return at !== person.start && tail(ctx, before) === at;
}

const FRONTING = grammarWordList("fronting");

/**
 * "Ngoài ông Nguyễn Văn A, Thủ tướng cũng thi hành kỷ luật …", "Cùng với ông A, Chủ tịch UBND tỉnh chỉ đạo …": a name after
 * a word that opens the sentence (grammar-words.tsv fronting) and its address words, a comma, then a title not set off
 * by a comma of its own (a verb follows it): the title is the subject of the clause, not the name's. ("Ngoài ông A, Giám
 * đốc Sở Y tế, còn có …" keeps the appositive.)
 */
function frontedName(ctx: ScanContext, seq: Seq, person: PersonCandidate, n0: number): boolean {
  const { tokens } = ctx;
  if (tokens[person.end]?.key !== ",") return false;
  const k = addressStart(ctx, person.start);
  const s = sentenceStart(ctx, k);
  const from = FRONTING.before(tokens, k, s);
  if (from < 0 || (from !== s && tokens[from - 1]?.key !== ",")) return false;
  const title = seq[n0];
  if (title?.type !== "position" || title.start !== person.end + 1) return false;
  const after = tokens[tail(ctx, title)];
  return !!after && after.kind === "w" && !after.lineBreakBefore;
}

/**
 * "bổ nhiệm các ông A, B giữ chức Phó Vụ trưởng", "bầu ông A và ông B làm Ủy viên Ban Thường vụ": names joined
 * by "và" or commas before a verb that links the last one to posts several hold at once (deputies, members,
 * data/office-rules.tsv several_holders): each name holds them. Not after an appositive title (", Giám đốc …"
 * is the last name's alone) nor for a post one person holds ("ông A và ông B làm Giám đốc" says something else).
 */
function coordinatedSubjects(ctx: ScanContext, seq: Seq, links: HoldLink[]): void {
  const { tokens } = ctx;
  const byPerson = new Map<Candidate, HoldLink[]>();
  for (const l of links) {
    const list = byPerson.get(l.person);
    if (list) list.push(l);
    else byPerson.set(l.person, [l]);
  }
  // (Made at the first subject that needs it: most chunks have none.)
  let index: Map<Candidate, number> | undefined;
  for (const [person, own] of byPerson) {
    // ("A (T1) và ông B (T2) tái đắc cử T3": the subject's own title in parentheses, the verb after it; "ông A - T1, ông B
    // - T2 và ông C - T3 giữ chức T", "ông A, T1 và ông B, T2 giữ chức T": after a dash or a comma.)
    const paren = titleAsideEnd(ctx, person.end);
    const aside = paren > 0 ? paren : appositiveEnd(ctx, person, own);
    const first = aside > 0 ? own.find((l) => l.position.start >= aside) : own[0]!;
    if (!first) continue;
    if (aside > 0 ? !verbAfterAside(ctx, first, aside) : first.reason !== "name-then-title" || first.start !== person.start || OPENERS.has(tokens[person.end]?.key ?? "") || tokens[person.end]?.key === "(") continue;
    // The whole chain after the verb (every link of this subject), each a post of several.
    const chain = aside > 0 ? own.filter((l) => l.position.start >= aside && l.start === first.start) : own.filter((l) => l.start === first.start);
    if (!chain.every((l) => severalHolders(l.position))) continue;
    const joined: PersonCandidate[] = [];
    if (!index) {
      index = new Map();
      for (let i = 0; i < seq.length; i++) index.set(seq[i]!, i);
    }
    for (let m = index.get(person)! - 1, k = person.start; m >= 0; m--) {
      k = addressStart(ctx, k);
      const joiner = tokens[k - 1]?.key;
      // (The name before may have its own title in parentheses too, when this one has: "A (T1) và ông B (T2) …".)
      const open = paren > 0 ? titleAsideStart(ctx, k - 1) : aside > 0 ? appositiveStart(ctx, seq, byPerson, m, k - 1) : -1;
      while (open >= 0 && m >= 0 && seq[m]!.start >= open) m--;
      if (m < 0) break;
      const before = seq[m]!;
      const end = open >= 0 ? open : k - 1;
      // (Not across a line break: "Nguyễn Văn A,\nTrần Văn B giữ chức …" are two lines of a list.)
      if ((joiner !== "," && joiner !== "và") || before.type !== "person" || before.end !== end || tokens[k - 1]!.lineBreakBefore || tokens[k]!.lineBreakBefore) break;
      if (byPerson.get(before)?.some((l) => open < 0 || l.position.start < open || l.position.start > k)) break;
      joined.unshift(before);
      k = before.start;
    }
    if (!joined.length || joined.some((p) => objectLed(ctx, p)) || !listOpens(ctx, addressStart(ctx, joined[0]!.start))) continue;
    const listStart = joined[0]!.start;
    for (const l of chain) l.listStart = listStart;
    for (const p of joined) {
      let prev: HoldLink | undefined;
      for (const l of chain) {
        const copy: HoldLink = { ...l, person: p, start: p.start, listStart, ...(prev ? { prev } : {}) };
        delete copy.tenure;
        links.push(copy);
        prev = copy;
      }
    }
  }
}

const HOLDS_CUES: CueFilter = byRole("holds");

/**
 * "bầu các đồng chí: A, T1; B, T2; C, T3; giữ chức T": after a list that "các đồng chí:" (link-cues.tsv people-list)
 * opens, whose items a ";" splits, each a name with its own titles, the verb of holding after the last ";" gives T
 * (a post of several) to every name of the list.
 */
function itemsThenVerb(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>): void {
  const { tokens } = ctx;
  for (let n = 1; n < seq.length; n++) {
    const pos = seq[n]!;
    if (pos.type !== "position" || !severalHolders(pos)) continue;
    const verb = cueBefore(ctx, pos.start, HOLDS_CUES);
    if (!verb || tokens[verb.start - 1]?.key !== ";") continue;
    const persons = semicolonItems(ctx, seq, n, verb.start - 1);
    if (persons.length < 2) continue;
    // (The last item's name may have been given T already, its titles read on across the ";": the others join it.)
    const had = claimed.has(pos) ? links.filter((l) => l.position === pos) : [];
    if (had.some((l) => l.person !== persons[persons.length - 1])) continue;
    const listStart = persons[0]!.start;
    for (const l of had) l.listStart = listStart;
    for (const person of persons) if (!had.some((l) => l.person === person)) link(links, claimed, { person, position: pos, start: person.start, end: pos.end, reason: "name-then-title", cues: [verb], listStart });
  }
}

/**
 * The names of a list "các đồng chí: A, T1; B, T2;" ending at the ";" at token `semi` (seq[n] after it): each item
 * begins with its name, whose own titles are all inside the item. None when an item breaks the shape.
 */
function semicolonItems(ctx: ScanContext, seq: Seq, n: number, semi: number): PersonCandidate[] {
  const { tokens } = ctx;
  const from = sentenceStart(ctx, semi);
  const out: PersonCandidate[] = [];
  let end = semi;
  for (let m = n - 1; m >= 0 && seq[m]!.start >= from; m--) {
    const c = seq[m]!;
    if (c.type !== "person") continue;
    const at = addressStart(ctx, c.start);
    const mark = tokens[at - 1]?.key;
    if (mark !== ";" && mark !== ":") continue;
    if (lineBreakIn(ctx, at, end) || !APPOSITIVE_MARKS.has(tokens[c.end]?.key ?? "")) return [];
    out.unshift(c);
    if (mark === ":") return cueBefore(ctx, at - 1, PEOPLE_LIST_CUES) ? out : [];
    end = at - 1;
  }
  return [];
}

// How long a title in parentheses after a name may be (tokens).
const MAX_TITLE_ASIDE = 16;
// The marks that set a name's own titles off after it in a list of titled names ("ông A - T1, ông B, T2").
const APPOSITIVE_MARKS = new Set([",", "-", "–"]);

/**
 * "ông A - T1, T2 giữ chức T": the subject's own titles right after a dash or a comma, joined by commas, with a
 * further link after them (the verb's): the token after the last of them, else -1.
 */
function appositiveEnd(ctx: ScanContext, person: Candidate, own: readonly HoldLink[]): number {
  const { tokens } = ctx;
  if (!APPOSITIVE_MARKS.has(tokens[person.end]?.key ?? "") || own.length < 2) return -1;
  const sorted = [...own].sort((a, b) => a.position.start - b.position.start);
  if (sorted[0]!.position.start !== person.end + 1) return -1;
  let e = sorted[0]!.position.end;
  for (let i = 1; i < sorted.length; i++) {
    const p = sorted[i]!.position;
    if (p.start === e + 1 && tokens[e]?.key === ",") e = p.end;
    else return p.start > e && !lineBreakIn(ctx, person.end, p.start) ? e : -1;
  }
  return -1;
}

/**
 * The mark after the name before a list joiner (token `j`) whose own titles, set off by that mark, end right
 * there ("ông A - T1, [ông B …]"): seq[m] is the item before the joiner. The mark's token, else -1.
 */
function appositiveStart(ctx: ScanContext, seq: Seq, byPerson: ReadonlyMap<Candidate, HoldLink[]>, m: number, j: number): number {
  if (seq[m]?.end !== j || seq[m]!.type === "person") return -1;
  let q = m;
  while (q >= 0 && seq[q]!.type !== "person") q--;
  const holder = seq[q];
  if (!holder || !APPOSITIVE_MARKS.has(ctx.tokens[holder.end]?.key ?? "") || lineBreakIn(ctx, holder.end, j)) return -1;
  const own = byPerson.get(holder);
  return own?.some((l) => l.position.start === holder.end + 1) && own.every((l) => l.position.end <= j) ? holder.end : -1;
}

/** "(Chủ tịch UBND tỉnh)" opening at token k, on one line, its ")" within `max` tokens: the token after its ")", else -1. */
export function titleAsideEnd(ctx: ScanContext, k: number, max = MAX_TITLE_ASIDE): number {
  const { tokens } = ctx;
  if (tokens[k]?.key !== "(") return -1;
  for (let j = k + 1; j < tokens.length && j <= k + max; j++) {
    const t = tokens[j]!;
    if (t.lineBreakBefore || t.key === "(") return -1;
    if (t.key === ")") return j > k + 1 ? j + 1 : -1;
  }
  return -1;
}

/** The "(" of a parenthesized title whose ")" is the token right before `at`, on one line, else -1. */
function titleAsideStart(ctx: ScanContext, at: number): number {
  const { tokens } = ctx;
  if (tokens[at - 1]?.key !== ")") return -1;
  for (let j = at - 2; j >= 0 && j >= at - 1 - MAX_TITLE_ASIDE; j--) {
    const t = tokens[j]!;
    if (t.key === "(") return titleAsideEnd(ctx, j) === at ? j : -1;
    if (t.key === ")" || t.lineBreakBefore) return -1;
  }
  return -1;
}

/** The name is written right after a title of its own, behind a comma or at its clause's start ("…, Bộ trưởng Y tế A"). */
function titledListItem(ctx: ScanContext, seq: Seq, person: Candidate): boolean {
  const before = seq[seq.indexOf(person) - 1];
  return before?.type === "position" && tail(ctx, before) === person.start;
}

/**
 * After the title, one to three lower-case words and then a name: a person found there, or a run of two capitalized
 * syllables no reading took ("Bộ trưởng Kinh tế tri thức Lee Min-ho").
 */
function cutFromHolder(ctx: ScanContext, seq: Seq, n: number, item: Candidate): boolean {
  const { tokens } = ctx;
  let k = tail(ctx, item);
  const from = k;
  while (k - from <= 3 && tokens[k]?.kind === "w" && !tokens[k]!.cap && !tokens[k]!.lineBreakBefore && !ctx.inDate[k]) k++;
  if (k === from || k - from > 3) return false;
  const next = seq[n + 1];
  if (next?.type === "person" && next.start === k) return true;
  if (next && next.start <= k + 2) return false;
  const second = tokens[k + 1]?.key === "-" ? k + 2 : k + 1;
  return capWord(tokens[k]) && capWord(tokens[second]) && !tokens[second]!.lineBreakBefore;
}
/** Token k is a hyphen glued to the words around it, or a word glued after one ("Min-ho"). */
function hyphenated(tokens: ScanContext["tokens"], k: number): boolean {
  const t = tokens[k]!;
  if (t.key === "-") return !t.spaceBefore && !!tokens[k + 1] && !tokens[k + 1]!.spaceBefore;
  return t.kind === "w" && !t.spaceBefore && tokens[k - 1]?.key === "-";
}
function capWord(t: { kind: string; cap: boolean; allCaps: boolean } | undefined): boolean {
  return !!t && t.kind === "w" && t.cap && !t.allCaps;
}

/**
 * "X giữ vị trí Giám đốc Nhà hát, các phó giám đốc đương nhiệm tiếp tục làm Phó giám đốc": after the comma that closes the
 * name's title, a plural word and a lower-case noun open a clause about that group (grammar-words.tsv group-subject).
 */
function groupSubjectOpens(ctx: ScanContext, at: number, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[at]?.key !== ",") return false;
  const n = GROUP_SUBJECT.at(tokens, at + 1);
  const noun = tokens[at + 1 + n];
  // ("…, những năm qua làm T": a time, not a group.)
  return n > 0 && at + 1 + n < end && !!noun && noun.kind === "w" && !noun.cap && !ctx.inDate[at + 1 + n] && !DURATION_UNITS.has(noun.key);
}
const GROUP_SUBJECT = grammarWordList("group-subject");
const CANDIDATE_NOUNS = grammarWordList("candidate-noun");
const DURATION_UNITS = grammarWords("duration-unit");

/**
 * Right before token `at`, after a comma or "và" that comes after token `from`: two or more capitalized words (a hyphen may
 * join them) that no candidate covers, a name the recognizers did not read ("…, Lee Min-ho làm Thủ tướng").
 */
function unreadNameBefore(ctx: ScanContext, seq: Seq, from: number, at: number): boolean {
  const { tokens } = ctx;
  let k = at - 1;
  let words = 0;
  while (k > from && (capWord(tokens[k]) || hyphenated(tokens, k))) {
    if (tokens[k]!.kind === "w") words++;
    k--;
  }
  if (words < 2 || k <= from || (tokens[k]!.key !== "," && tokens[k]!.key !== "và")) return false;
  return !seq.some((c) => c.start < at && c.end > k + 1);
}

/** A comma in [a, b) after which a group opens a clause that goes on to b. */
function groupSubjectBetween(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (groupSubjectOpens(ctx, k, b)) return true;
  return false;
}

/** After a subject's title in parentheses, the link's title follows a verb of holding or an event ("… (T2) tái đắc cử T3"). */
function verbAfterAside(ctx: ScanContext, link: HoldLink, aside: number): boolean {
  return !OPENERS.has(ctx.tokens[aside]?.key ?? "") && link.cues.some((m) => m.start >= aside && (m.cue.role === "holds" || m.cue.role === "event"));
}

// Words that may stand right before a list of subjects: "bổ nhiệm", "bầu", "được", "đã", "gồm".
const LIST_OPENER_CUES: CueFilter = byRole("event", "decides", "adverb", "passive", "nomination", "list", "and");
const LIST_OPENER_MARKS = new Set([",", ":", ";", "(", "-", "–"]);

/**
 * The names joined from token `at` open their clause: the sentence starts there, or a mark, a plural word
 * ("các ông A, B") or a word that leads to a subject ("bổ nhiệm", "được", "gồm") stands before them. Not after
 * another verb: "sau khi chia tay ông A, bà B làm Phó Giám đốc" makes A the object of "chia tay".
 */
function listOpens(ctx: ScanContext, at: number): boolean {
  const before = ctx.tokens[at - 1];
  if (!before || sentenceStart(ctx, at) === at) return true;
  return LIST_OPENER_MARKS.has(before.key) || precededByPlural(ctx, at) || !!cueBefore(ctx, at, LIST_OPENER_CUES);
}

/** The titles after one subject (from seq[n0], the gap starting at token `leftEnd`), as far as the chain goes. */
function titlesOfSubject(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>, subj: Subject, n0: number, leftEnd: number, first?: HoldLink): void {
  const { person } = subj;
  const skip = skipper(ctx, GAP_PUNCT);
  // (Given a first link, the titles after it continue its chain, joined by list words alone: "là T1,
  // T2"; not "T1 và sẽ phân công ông làm T2".)
  let prev: HoldLink | undefined = first;
  let before: CueMatch[] = []; // cues of the gap so far, before an agent
  let authority: Candidate | undefined;
  let agentAt: number | undefined; // where the gap before the agent began
  let words = 0;
  let transferAt: number | undefined; // where the gap began, before the body a transfer leads to
  let transferredBy = false; // the transfer passed over was the word before the name ("điều động ông X, T1 đến …")
  let transferTo: Candidate | undefined; // the body it leads to
  for (let n = n0; n < seq.length; n++) {
    const item = seq[n]!;
    if (lineBreakIn(ctx, leftEnd - 1, item.start)) break;
    // (No rule reads a gap of more than 9 words: do not read one.)
    // ("X nhận quyết định của A về việc điều động, phân công giữ chức T": "về việc" after the agent counts for nothing.)
    // ("được Bộ Chính trị điều động, phân công, chỉ định giữ chức T": decision words listed with commas count as one.)
    if (words + gapSize(ctx, leftEnd, item.start) - (agentAt !== undefined ? refWords(ctx, leftEnd, item.start) : 0) - listedDecisionWords(ctx, leftEnd, item.start) > 9) break;
    // "X được điều động đến nhận công tác tại [Sở Nội vụ] và bổ nhiệm giữ chức T": the body a transfer leads to is passed
    // over (its words count for nothing), "và" or a comma after it too; the titles after it are the name's.
    if (!first && item.type === "organization") {
      const to = readGap(ctx, leftEnd, item.start, TRANSFER_GAP, skip);
      const last = to?.[to.length - 1];
      // (The last piece may be read as another role of the same words: "đến" is also a career word.)
      // ("điều động ông X, T1 đến nhận công tác tại [Sở Tư pháp] và bổ nhiệm giữ chức T2": after the name's titles the transfer
      // word is the one before the name.)
      const movedEarlier = prev !== undefined && !to?.some(movesEvent) ? transferBefore(ctx, person) : undefined;
      if (to && last && cueAt(ctx, last.start, TRANSFER_TO_CUES)?.end === item.start && (to.some(movesEvent) || movedEarlier)) {
        // (The transfer's word goes with the post it gives: the post the name was written with is left.)
        before = movedEarlier ? [...before, movedEarlier, ...to] : [...before, ...to];
        transferredBy = !!movedEarlier;
        transferTo = item;
        transferAt = leftEnd;
        leftEnd = tail(ctx, item);
        if (ctx.tokens[leftEnd]?.key === "và" || ctx.tokens[leftEnd]?.key === ",") leftEnd++;
        continue;
      }
    }
    const gap = readGap(ctx, leftEnd, item.start, prev ? CHAIN_GAP : authority && agentAt !== undefined ? AGENT_GAP : FIRST_GAP, skip);
    if (!gap || (first && gap.some((m) => !FORWARD_CHAIN(m.cue)))) break;
    if (prev && groupSubjectOpens(ctx, leftEnd, item.start)) break;
    // "X được [Chủ tịch UBND tỉnh] bổ nhiệm …", "X được [Bộ Chính trị] phân công …", "X - T1 -
    // được [Bộ Chính trị] phân công làm T2": the agent.
    if (!authority && gap.length && gap[gap.length - 1]!.cue.role === "passive" && item.type !== "location") {
      const agent = agentOf(ctx, seq, n);
      if (agent) {
        authority = agent.agent;
        agentAt = leftEnd;
        before = gap;
        // (A passive phrase before the agent, "được" or "nhận quyết định của", is one word.)
        const passive = gap[gap.length - 1]!;
        words += gapSize(ctx, leftEnd, item.start) - (passive.end - passive.start - 1);
        leftEnd = agent.end;
        if (agent.agent !== item) n++;
        continue;
      }
      // "X được Chủ tịch UBND tỉnh tặng Bằng khen", "X được Thủ tướng tiếp": a title right after
      // "được"/"bị" is who acts on X (with no decision word after it, the act gives no post).
      if (item.type === "position" && gap[gap.length - 1]!.end === item.start) break;
    }
    if (item.type !== "position" || claimed.has(item)) break;
    // "Ông X: Tháng 5/2010 - 10/2015: Phó Giám đốc …": a dated entry of the person's career list opens between
    // them, whose dates are the title's (careerEntries reads it).
    if (!prev && ctx.tokens[leftEnd]?.key === ":" && ctx.inDate[leftEnd + 1] && (datedEntryBefore(ctx, item)?.d ?? -1) > leftEnd) break;
    // "X, Tổng thống Thổ Nhĩ Kỳ, Tổng thống Senegal, …": offices of two countries are a list of people.
    if (prev && otherCountries(prev.position, item)) break;
    const cues = [...before, ...gap];
    // ("A và B lần lượt giữ chức T1, T2, T3": after names joined, "lần lượt" is one to one (respectively), never
    // posts one after another of the last name.)
    if (!prev && !subj.pronoun && cues.some((m) => m.cue.inTurn) && joinedToName(ctx, seq, subj.at)) break;
    const count = words + gapSize(ctx, leftEnd, item.start) - (agentAt !== undefined ? refWords(ctx, leftEnd, item.start) : 0) - listedDecisionWords(ctx, leftEnd, item.start);
    // ("bổ nhiệm ông A, Thư ký đồng chí B, Phó Thủ tướng, giữ chức T": B's appositives are B's; the verb's post is A's.)
    if (subj.served && cues.some((m) => HOLDS_OR_EVENT(m.cue))) break;
    const ok = prev ? chainLinkOk(cues, count) || nextPostAfterLeaving(prev, cues, count) || (transferredBy && postAfterTransfer(cues, count)) : firstLinkOk(ctx, seq, subj, item, cues, count, leftEnd, agentAt ?? transferAt ?? leftEnd);
    if (!ok) break;
    // "A, Thứ trưởng Bộ Công an; Thiếu tướng, Anh hùng LLVTND B, …": a title after ";" opens the
    // next item of a list, and is the name's written later in that item.
    if (prev && semicolonIn(ctx, leftEnd, item.start) && nameLaterInItem(ctx, seq, n)) break;
    // A title followed by its own name belongs to that name (handled above), unless it stands as
    // this name's appositive and the next name comes behind a comma ("X - T1, bà Y - T2").
    const next = seq[n + 1];
    // (Behind commas on both sides, "A, T1, ông B, T2", T1 is A's too: titlesBeforeNames leaves it.)
    if (titleThenName(ctx, item, next) && !(!prev && next!.start > tail(ctx, item) && (ctx.tokens[leftEnd]?.key !== "," || setOffByCommas(ctx, item, next!)))) break;
    // "T1 A, T2 tri thức B và T3 C": in a list of titled names, a title cut from the name after it by lower-case words
    // (the rest of its field) is that name's, not an appositive of the name before it.
    // (The cheap test first: titledListItem looks the name up in seq.)
    if (!prev && cutFromHolder(ctx, seq, n, item) && titledListItem(ctx, seq, person)) break;
    // ("… đến nhận công tác tại Sở Tư pháp và bổ nhiệm giữ chức Phó giám đốc": a bare title is of the body moved to, not
    // the one of the same head the name held.)
    if (transferredBy && transferTo) bodyMovedTo(item, transferTo);
    const reason = subj.pronoun ? "pronoun-then-title" : !prev ? "name-then-title" : "appositive-chain";
    // The cues of a chain joined by commas alone are the first link's: "từng giữ các chức vụ: T1, T2".
    const joined = !!prev && cues.every((m) => FORWARD_CHAIN(m.cue) || m.cue.role === "career");
    prev = link(links, claimed, { person, position: item, start: subj.at, end: item.end, reason, cues, ...(joined ? { prev } : {}), ...(subj.served ? { served: true as const } : {}), ...(authority && agentAt !== undefined && !gap.some((m) => m.cue.role === "hands-over") ? { authority } : {}) });
    leftEnd = tail(ctx, item);
    words = 0;
    before = [];
    agentAt = undefined; // (the agent decided this title, not the ones after it)
    transferAt = undefined;
    transferredBy = false;
    transferTo = undefined;
  }
}

const movesEvent = (m: CueMatch): boolean => m.cue.role === "event" && !!m.cue.moves;

/** The transfer word ("điều động", personnel-events.tsv moves) that leads the name in its sentence: "điều động ông X, …". */
function transferBefore(ctx: ScanContext, person: PersonCandidate): CueMatch | undefined {
  const at = addressStart(ctx, person.start);
  return leadCues(ctx, at, sentenceStart(ctx, at)).find(movesEvent);
}

/** The name starting at token `at` (with its address word) is joined by "và" or a comma to a name right before it. */
function joinedToName(ctx: ScanContext, seq: Seq, at: number): boolean {
  const k = addressStart(ctx, at);
  const joiner = ctx.tokens[k - 1]?.key;
  return (joiner === "và" || joiner === ",") && seq.some((c) => c.type === "person" && c.end === k - 1);
}

/** The agent after "được"/"bị" at seq[n] (a title with its name, or a body), when a decision word follows it. */
function agentOf(ctx: ScanContext, seq: Seq, n: number): { agent: Candidate; end: number } | null {
  const item = seq[n]!;
  const after = seq[n + 1];
  const agent = item.type === "position" && after?.type === "person" && titleThenName(ctx, item, after) ? after : item;
  // (Its term may stand between: "được Quốc hội khóa XIII phê chuẩn bổ nhiệm …".)
  const end = termsEnd(ctx, agent.end);
  return decisionAt(ctx, end) ? { agent, end } : null;
}

/** A further title of a chain: chain words alone, or a verb phrase that says the name holds this one too ("X, T1, được điều động, bổ nhiệm giữ chức T2"). */
function chainLinkOk(cues: CueMatch[], count: number): boolean {
  const verb = cues.some((m) => HOLDS_OR_EVENT(m.cue));
  return (count <= 4 || (verb && count <= 9)) && holderCues(cues);
}

/**
 * "X thôi giữ chức T1, phân công giữ chức T2": after the person's own step out of a post, an appointment
 * word with no one between names the next post of the same decision ("được" left out, as news writes it).
 */
function nextPostAfterLeaving(prev: HoldLink, cues: CueMatch[], count: number): boolean {
  if (count > 9 || !prev.cues.some(endsOwnPost)) return false;
  const events = cues.filter((m) => m.cue.role === "event");
  return events.length === 1 && events[0]!.cue.event === "appointment";
}

/** A bare title given after a transfer takes the body moved to, when its head is a head of that body's kind (office-rules.tsv body_in_context). */
function bodyMovedTo(pos: PositionCandidate, body: Candidate): void {
  const d = pos.data;
  if (body.type !== "organization" || d.orgCandidate || d.impliedOrg || d.country || d.foreignCountry || d.contextBody) return;
  const name = normalizeKey(body.data.known?.name ?? body.data.name);
  const starts = OFFICE_RULES.bodyInContext[normalizeKey(d.head.head)];
  if (starts?.some((w) => name.startsWith(`${normalizeKey(w)} `))) d.contextBody = { cand: body, moved: true };
}

/**
 * "điều động ông X, T1 đến nhận công tác tại Sở Y và bổ nhiệm giữ chức T2": after the body the name is moved to, one
 * appointment word (whose object the name is, like the transfer's) gives the next post.
 */
function postAfterTransfer(cues: CueMatch[], count: number): boolean {
  if (count > 9) return false;
  const events = cues.filter((m) => m.cue.role === "event" && !m.cue.moves);
  return events.length === 1 && events[0]!.cue.event === "appointment";
}

/** The first title after a subject: an appositive (a comma, dash, parenthesis) or a linking verb right after it. */
function firstLinkOk(ctx: ScanContext, seq: Seq, subj: Subject, item: Candidate, cues: CueMatch[], count: number, leftEnd: number, at: number): boolean {
  const firstTok = ctx.tokens[at]!;
  const punct = OPENERS.has(firstTok.key) || (!!subj.profiled && firstTok.key === ";");
  const opens = punct || (cues.length > 0 && cues[0]!.start === at && cues[0]!.cue.role !== "career");
  if (!(item.start > leftEnd && count <= 9 && opens && holderCues(cues))) return false;
  if (subj.pronoun) return !punct;
  if (!punct && plannedObject(ctx, subj.person)) return false;
  // "Ông Ka Túc (thị trấn Lao Bảo, huyện Hướng Hóa), Chủ tịch UBND tỉnh đã chỉ đạo": after where a
  // citizen lives, a title and a verb start a new clause about someone else.
  if (subj.placed && startsClause(ctx, item)) return false;
  // "X thay ông Y làm T", "… gặp ông Y giữ chức …": a name after an object word is not the subject of the verb after it.
  // (But "Ủy ban Thường vụ Quốc hội cho ông Y thôi nhiệm vụ đại biểu": a step of the person's own that
  // ends a post, right after the name, is what the one before lets the person do.)
  // ("Ông A trao quyết định đối với ông B giữ chức T", "… trao quyết định bổ nhiệm cho ông B giữ chức T": the decision is
  // handed to the name after "đối với", "cho"; the verb after it is that one's.)
  if (!punct && objectLed(ctx, subj.person) && !endsOwnPost(cues[0]!) && !handedTo(ctx, subj.person)) return false;
  // "Ông A, Chủ tịch đảng X của Thủ tướng B, nhậm chức Bộ trưởng Nội vụ": a name (and its title) after "của" (grammar-words.tsv
  // owner-before) owns what the appositive is about; a verb after the comma that closes it goes on with the clause's subject.
  if (punct && firstTok.key === "," && cues.length > 0 && ownerLed(ctx, seq, subj.person)) return false;
  // "… của Phó Thủ tướng X, Chủ tịch Quốc hội cho rằng": after a name that is an object, a bare
  // title and then a verb start a new clause with another subject.
  // (Only after a comma: "X - T", "X (T)" are appositives whatever follows; so is "X (50 tuổi, T thuộc Sở Y)", the comma
  // inside the parentheses.)
  if (ctx.tokens[leftEnd]?.key !== "," || insideParens(ctx, subj.end, leftEnd)) return true;
  if (objectLead(ctx, seq, subj.person) && startsClause(ctx, item)) return false;
  // "… đối với ông Đinh La Thăng, Tổng Bí thư gửi lời cảm ơn": behind an address word too, but only a
  // title written alone (no body, no country) and then a verb that joins no further title.
  return !(objectLed(ctx, subj.person) && writtenAlone(item as PositionCandidate) && startsClause(ctx, item) && !cueAt(ctx, tail(ctx, item), CHAIN_GAP));
}

/** Token `at` is inside the parentheses opening at token `open` (no ")" between them, on one line). */
function insideParens(ctx: ScanContext, open: number, at: number): boolean {
  if (ctx.tokens[open]?.key !== "(" || at <= open) return false;
  for (let k = open + 1; k <= at; k++) if (ctx.tokens[k]!.key === ")" || ctx.tokens[k]!.lineBreakBefore) return false;
  return true;
}

/**
 * The name after "đối với" or "cho" (link-cues.tsv target, event-target) that a decision handed over or an event word
 * leads to: "trao quyết định đối với ông X", "trao quyết định bổ nhiệm cho ông X" (X is who it is about).
 */
export function handedTo(ctx: ScanContext, person: Candidate): boolean {
  const k = addressStart(ctx, person.start);
  const target = cueBefore(ctx, k, TARGET_EVENT_TARGET_CUES);
  if (!target) return false;
  const lead = leadCues(ctx, target.start, sentenceStart(ctx, target.start), HANDED_LEAD);
  return lead.some((m) => m.cue.role === "hands-over");
}
const HANDED_LEAD: CueFilter = byRole("hands-over", "event", "adverb", "decision-ref");

/** A title written without its body, country or owner ("Tổng Bí thư", "Phó Chủ tịch"). */
function writtenAlone(pos: PositionCandidate): boolean {
  const d = pos.data;
  return !d.orgCandidate && !d.country && !d.ownerOrg && !d.foreignCountry && !d.plural;
}

/** An event word whose subject is the one leaving the post ("thôi nhiệm vụ", "nghỉ hưu"). */
export const endsOwnPost = (m: CueMatch): boolean => m.cue.role === "event" && m.cue.subject === "holder" && ENDS_HOLDING.has(m.cue.event!);

/** Some mention of the person follows a word that acts on it ("kỷ luật ông X", "bổ nhiệm ông X"). */
function actedOn(ctx: ScanContext, persons: Candidate[], titleBefore: (p: Candidate) => Candidate | undefined): boolean {
  return persons.some((p) => {
    // ("kỷ luật Bí thư Đinh La Thăng": behind the person's own title too.)
    const k = addressStart(ctx, titleBefore(p)?.start ?? p.start);
    return !!cueBefore(ctx, k, SANCTION_EVENT_CUES);
  });
}

// How many address words may stack before a name ("đồng chí Thượng tướng"): a bound keeps every look back short.
const MAX_ADDRESS_WORDS = 4;

/** Where the address words right before the name at token k begin ("ông", "đồng chí Thượng tướng"); k if none. */
export function addressStart(ctx: ScanContext, k: number): number {
  for (let a = addressEndingAt(ctx, k), n = 0; a >= 0 && n < MAX_ADDRESS_WORDS; a = addressEndingAt(ctx, k), n++) k = a;
  return k;
}

/**
 * The start of an address word ("ông", "đồng chí") ending right before token k, or -1. A spouse's word ("vợ", address-words.tsv
 * kin) is none here: ", vợ ông Trần Văn Hùng," is a relative's appositive, read by kinAppositive.
 */
export function addressEndingAt(ctx: ScanContext, k: number): number {
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const e = longestEnding(ctx, j, "address", k);
    if (e && e.entry.kind !== "kin") return j;
  }
  return -1;
}

/** "Họ và tên:" (or "Họ tên:") right before the name. */
function bioHeader(ctx: ScanContext, start: number): boolean {
  const t = (k: number) => ctx.tokens[k]?.key;
  return t(start - 1) === ":" && t(start - 2) === "tên" && (t(start - 3) === "họ" || (t(start - 3) === "và" && t(start - 4) === "họ"));
}

/**
 * A biography form: "Họ và tên: TRẦN THANH MẪN … Tóm tắt quá trình công tác: + Tháng 7.1979 –
 * 6.1994: Cán bộ Huyện đoàn, Ủy viên …": every title after the named person is that person's,
 * until another person is named.
 */
function biography(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>): void {
  for (let n = 0; n < seq.length; n++) {
    const person = seq[n]!;
    if (person.type !== "person" || !bioHeader(ctx, person.start)) continue;
    const key = person.data.name.toLowerCase();
    for (let m = n + 1; m < seq.length; m++) {
      const item = seq[m]!;
      if (item.type === "person" && item.data.name.toLowerCase() !== key) break;
      if (item.type !== "position" || claimed.has(item) || item.data.plural) continue;
      link(links, claimed, { person, position: item, start: item.start, end: item.end, reason: "biography", cues: [] });
    }
  }
}

// What a sentence of titles alone may hold besides its titles, bodies, places, dates and terms.
const TITLE_LIST_MARKS = new Set([";", ",", "và", "kiêm", "(", ")", "-", "–", "."]);
const TITLE_LIST_CUES: CueFilter = byRole("holds", "chain", "and");
const TITLE_LIST_WORDS = grammarWordList("title-list");
// Sentences read back for the one person a profile is about.
const PROFILE_SENTENCES_BACK = 3;

/**
 * "Đồng chí X, …, sinh ngày …; quê quán: … \n Tham gia công tác từ năm 1967; vào Đảng ngày … . Uỷ viên Ban Chấp hành
 * Trung ương Đảng các khoá VII, VIII; Uỷ viên Bộ Chính trị …; Chủ tịch Quốc hội khoá XI, XII": a sentence of titles
 * alone (no name, no verb), right after a sentence of profile fields (link-cues.tsv profile, home), lists the posts of
 * the one person the sentences before name.
 */
function profileTitles(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>): void {
  for (let n = 0; n < seq.length; n++) {
    const pos = seq[n]!;
    if (pos.type !== "position" || claimed.has(pos) || pos.data.plural || !pos.data.capitalized) continue;
    const s = sentenceStart(ctx, pos.start);
    if (pos.start !== s || s === 0) continue;
    const end = titlesOnlyEnd(ctx, seq, n);
    if (end < 0) continue;
    const prev = sentenceStart(ctx, s - 1);
    if (!profileIn(ctx, prev, s)) continue;
    const person = onePersonBefore(ctx, seq, n, s);
    if (!person) continue;
    for (let m = n; m < end; m++) {
      const c = seq[m]!;
      if (c.type === "position" && !claimed.has(c) && !c.data.plural) link(links, claimed, { person, position: c, start: c.start, end: c.end, reason: "biography", cues: [] });
    }
    n = end - 1;
  }
}

/** From seq[n], which opens its sentence: the index after the sentence's last item when it holds only titles (with their
 *  bodies, places, dates, terms and list marks) and no name, else -1. */
function titlesOnlyEnd(ctx: ScanContext, seq: Seq, n: number): number {
  const { tokens } = ctx;
  const s = sentenceStart(ctx, seq[n]!.start);
  let m = n;
  let k = seq[n]!.start;
  while (k < tokens.length && sentenceStart(ctx, k) === s) {
    const c = seq[m];
    if (c && c.start === k) {
      if (c.type === "person") return -1;
      k = Math.max(k + 1, c.end);
      m++;
      continue;
    }
    if (c && c.start < k) {
      m++;
      continue;
    }
    const t = termsEnd(ctx, k);
    if (t > k) k = t;
    else if (ctx.inDate[k] || TITLE_LIST_MARKS.has(tokens[k]!.key)) k++;
    else if (TITLE_LIST_WORDS.at(tokens, k) > 0) k += TITLE_LIST_WORDS.at(tokens, k);
    // ("Bí thư Trung ương Đảng khóa XIII (từ 10/2023)": a date's "từ" or "đến".)
    else if (ctx.inDate[k + 1] && cueAt(ctx, k, SINCE_UNTIL_CUES)?.end === k + 1) k++;
    else {
      const cue = cueAt(ctx, k, TITLE_LIST_CUES);
      if (!cue) return -1;
      k = cue.end;
    }
  }
  return m;
}

/** A profile field's words (link-cues.tsv profile, home) in tokens [a, b). */
function profileIn(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (cueAt(ctx, k, PROFILE_CUES)) return true;
  return false;
}

/** The name (after its address words) is the first thing its sentence says. */
function opensSentence(ctx: ScanContext, c: Candidate): boolean {
  const a = addressEndingAt(ctx, c.start);
  return sentenceStart(ctx, c.start) === (a >= 0 ? a : c.start);
}

/** The one person (by name) the sentences before seq[n], up to three, name: its last mention. */
function onePersonBefore(ctx: ScanContext, seq: Seq, n: number, s: number): PersonCandidate | undefined {
  let from = s;
  for (let i = 0; i < PROFILE_SENTENCES_BACK && from > 0; i++) from = sentenceStart(ctx, from - 1);
  let found: PersonCandidate | undefined;
  for (let m = n - 1; m >= 0 && seq[m]!.start >= from; m--) {
    const c = seq[m]!;
    if (c.type !== "person") continue;
    if (!found) found = c;
    else if (c.data.name !== found.data.name && !found.data.name.endsWith(` ${c.data.name}`) && !c.data.name.endsWith(` ${found.data.name}`)) return undefined;
    // ("Các ông A và B … . Ông A sinh năm …; quê … . Ủy viên …": a name that opens its sentence begins the profile; names
    // before it are of another sentence's story.)
    if (opensSentence(ctx, c)) return found;
  }
  return found;
}

/**
 * "Trong thời gian giữ cương vị T1, T2, bà X …", "Thời gian giữ cương vị T nhiệm kỳ 2010 - 2015,
 * ông Nguyễn Văn Thiện …": titles in a clause about a time, the holder named right after it.
 */
function whileClauses(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>, prons: Subject[]): void {
  const personAt = personsByStart(seq);
  const subjects = new Map<number, PersonCandidate>();
  for (const p of prons) subjects.set(p.at, p.person);
  for (let n = 0; n < seq.length; n++) {
    const pos = seq[n]!;
    if (pos.type !== "position" || claimed.has(pos) || pos.data.plural) continue;
    const from = sentenceStart(ctx, pos.start);
    const lead = leadCues(ctx, pos.start, from);
    const opener = lead.find((m) => m.cue.role === "while");
    if (!opener || !lead.some((m) => m.cue.role === "holds")) continue;
    // The clause opens the sentence or follows a comma ("Theo đó, trong thời gian …").
    const before = ctx.tokens[opener.start - 1];
    if (opener.start !== from && before?.key !== ",") continue;
    const chain = chainAfter(ctx, seq, n, claimed, true);
    let k = tail(ctx, seq[chain[chain.length - 1]!]!);
    while (k < ctx.tokens.length && (ctx.inDate[k] || ctx.tokens[k]!.key === ")" || (ctx.tokens[k]!.key === "(" && ctx.inDate[k + 1]))) k++;
    if (ctx.tokens[k]?.key !== "," || lineBreakIn(ctx, pos.start, k + 1)) continue;
    k = afterDateClause(ctx, k + 1);
    let person = subjects.get(k);
    if (!person) {
      while (k < ctx.tokens.length && has(ctx, k, "address")) k++;
      person = personAt.get(k);
    }
    if (!person) continue;
    let prev: HoldLink | undefined;
    for (const position of titlesOf(seq, chain)) prev = link(links, claimed, { person, position, start: opener.start, end: position.end, reason: "while-clause", cues: lead, prev });
  }
}

/**
 * "Khi đang giữ chức T1, vào tháng 9/2018, ông X …": a date set off by commas (an at-time word before it, link-cues.tsv)
 * between a clause and its subject; where the subject starts after it, else `k`.
 */
function afterDateClause(ctx: ScanContext, k: number): number {
  const j = cueAt(ctx, k, AT_TIME_CUES)?.end ?? k;
  if (!ctx.inDate[j]) return k;
  let e = j;
  while (e < ctx.tokens.length && ctx.inDate[e]) e++;
  return ctx.tokens[e]?.key === "," ? e + 1 : k;
}

/**
 * The dated entry a title opens: [bullet] date ("," | ":") [là] title, the date opening its line or coming after
 * ";", "." or ":", a period or a date set off by a colon ("4/1985-7/1988: Ủy viên …", "Ông X: Tháng 5/2010 -
 * 10/2015: Phó Giám đốc …"). `d` is where the entry starts, `lead` the cues between its date and the title.
 * An entry may tell the holder's own election or appointment with the subject left out ("Tháng 1/2016: được bầu làm …",
 * "Năm 2019, được điều động, bổ nhiệm giữ chức …"): "được" and a decision word, a single date enough; a body or title
 * between them (`agent`, the candidate before the title: "được Quốc hội bầu làm …") is the decider, returned as `by`.
 */
function datedEntryBefore(ctx: ScanContext, pos: Candidate, agent?: Candidate): { d: number; lead: CueMatch[]; by?: Candidate } | undefined {
  const { tokens } = ctx;
  let lead = leadCues(ctx, pos.start, Math.max(0, pos.start - 3), HOLDS_ADVERB_CUES);
  let k = lead.length ? lead[0]!.start : pos.start;
  let sep = tokens[k - 1]?.key;
  // An entry told as the holder's own election or appointment, the subject left out: "Tháng 1/2016: được bầu làm …".
  let passive = false;
  let decider: Candidate | undefined;
  if (sep !== "," && sep !== ":") {
    lead = leadCues(ctx, pos.start, Math.max(0, pos.start - 10), ENTRY_EVENT_LEAD);
    // Two decision words joined by a comma are one act: "được điều động, bổ nhiệm giữ chức …".
    while (lead[0]?.cue.role === "event" && tokens[lead[0].start - 1]?.key === ",") {
      const more = leadCues(ctx, lead[0].start - 1, Math.max(0, lead[0].start - 5), ENTRY_EVENT_LEAD);
      if (more[more.length - 1]?.cue.role !== "event") break;
      lead = [...more, ...lead];
    }
    // The decider written between them: "Tháng 4/2021: được Quốc hội bầu làm …".
    if (lead[0]?.cue.role === "event" && agent && (agent.type === "organization" || agent.type === "position") && agent.end === lead[0].start) {
      const by = cueBefore(ctx, agent.start, ENTRY_EVENT_LEAD);
      if (by?.cue.role === "passive" && by.end === agent.start) {
        lead = [by, ...lead];
        decider = agent;
      }
    }
    passive = lead[0]?.cue.role === "passive" && lead.some((m) => m.cue.role === "event");
    if (!passive) return undefined;
    k = lead[0]!.start;
    sep = tokens[k - 1]?.key;
  }
  if (sep !== "," && sep !== ":") return undefined;
  k--;
  if (!ctx.inDate[k - 1]) return undefined;
  let d = k - 1;
  while (d > 0 && ctx.inDate[d - 1]) d--;
  while (d > 0 && (tokens[d - 1]!.key === "+" || tokens[d - 1]!.key === "-" || tokens[d - 1]!.key === "–")) d--;
  const prevKey = tokens[d - 1]?.key;
  const opens = d === 0 || tokens[d]!.lineBreakBefore || prevKey === ";" || prevKey === "." || prevKey === ":";
  const interval = passive || tokens.slice(d, k).some((t) => t.key === "-" || t.key === "–" || t.key === "đến" || t.key === "/") || sep === ":";
  return opens && interval ? { d, lead, ...(decider ? { by: decider } : {}) } : undefined;
}

/**
 * A career told as dated entries, the subject named before: "Từ năm 1969 đến năm 1973, đồng chí
 * Thongloun Sisoulith là chuyên viên …; năm 1979-1981, thư ký Bộ trưởng Bộ Giáo dục, Vụ trưởng Vụ
 * Hợp tác quốc tế", "4/1985-7/1988: Ủy viên Ban Thường vụ Thành đoàn, … rồi Phó Bí thư Thành đoàn".
 * The entry is only a date, a comma or colon, and titles up to its end; its holder is the one person
 * named in the sentence before it, or in the three sentences before (a biography goes on about them).
 */
function careerEntries(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>, prons: Subject[]): void {
  const { tokens } = ctx;
  const people = seq.filter((c) => c.type === "person");
  let p = 0;
  for (let n = 0; n < seq.length; n++) {
    const pos = seq[n]!;
    if (pos.type !== "position" || claimed.has(pos) || pos.data.plural) continue;
    const entry = datedEntryBefore(ctx, pos, seq[n - 1]);
    if (!entry) continue;
    const { d, lead, by } = entry;
    // Titles up to the end of the entry.
    const chain = chainAfter(ctx, seq, n, claimed, true);
    let e = tail(ctx, seq[chain[chain.length - 1]!]!);
    for (let m = chain[chain.length - 1]! + 1; m < seq.length && seq[m]!.start <= e + 1 && seq[m]!.type === "organization" && tokens[e]?.key === ","; m++) e = seq[m]!.end;
    const end = tokens[e];
    if (end && !end.lineBreakBefore && end.key !== ";" && end.key !== "." && !(ctx.inDate[e] && tokens[e - 1]?.key === ".")) continue;
    // The holder: one person (or a pronoun for one) in this sentence before the entry, else in the three sentences before.
    const from = sentenceStart(ctx, d);
    while (p < people.length && people[p]!.end <= d) p++;
    let person: PersonCandidate | undefined;
    const inSentence: PersonCandidate[] = [];
    for (let q = p - 1; q >= 0 && people[q]!.start >= from; q--) if (!objectLed(ctx, people[q]!)) inSentence.push(people[q]!);
    for (let i = firstAtOrAfter(prons, from); i < prons.length && prons[i]!.at < d; i++) inSentence.push(prons[i]!.person);
    if (inSentence.length) person = onePerson(inSentence) ? inSentence[0] : undefined;
    else {
      let s3 = from;
      for (let i = 0; i < 3 && s3 > 0; i++) s3 = sentenceStart(ctx, s3 - 1);
      const window: PersonCandidate[] = [];
      for (let q = p - 1; q >= 0 && people[q]!.start >= s3 && window.length <= 20; q--) window.push(people[q]!);
      person = window.length && onePerson(window) ? window[0] : undefined;
    }
    if (!person) continue;
    let prev: HoldLink | undefined;
    for (const position of titlesOf(seq, chain)) prev = link(links, claimed, { person, position, start: d, end: position.end, reason: "career-entry", cues: lead, prev, ...(by ? { authority: by } : {}) });
  }
}

/**
 * One person in the sentence, and the title introduced by a cue: "… kỷ luật ông X bằng hình thức
 * cảnh cáo và cho thôi giữ chức Ủy viên Bộ Chính trị", "Trước đó, ông X có 20 năm công tác …; 3
 * năm làm Phó bí thư Tỉnh ủy Y". Never for nominations; and a decision word ("bổ nhiệm") makes the
 * one person its object only when that person is not the sentence's first name (its subject).
 */
function sentenceSubjects(ctx: ScanContext, seq: Seq, links: HoldLink[], claimed: Set<Candidate>, prons: Subject[]): void {
  // People named, and pronouns standing for them, in text order.
  const mentions: Subject[] = seq.filter((c) => c.type === "person").map((c) => ({ person: c, at: c.start, end: c.end, pronoun: false }));
  for (const p of prons) mentions.push(p);
  mentions.sort((a, b) => a.at - b.at);
  const titleOf = new Map<Candidate, Candidate>();
  for (let i = 1; i < seq.length; i++) if (seq[i]!.type === "person" && seq[i - 1]!.type === "position" && titleThenName(ctx, seq[i - 1]!, seq[i])) titleOf.set(seq[i]!, seq[i - 1]!);
  const ofSentence = (from: number, a: number, b: number) => {
    const out: Subject[] = [];
    for (let i = firstAtOrAfter(mentions, Math.max(a, from)); i < mentions.length && mentions[i]!.end <= b && sentenceStart(ctx, mentions[i]!.at) === from; i++) out.push(mentions[i]!);
    return out;
  };
  for (let n = 0; n < seq.length; n++) {
    const pos = seq[n]!;
    if (pos.type !== "position" || claimed.has(pos) || pos.data.plural) continue;
    const from = sentenceStart(ctx, pos.start);
    const lead = leadCues(ctx, pos.start, from);
    const last = lead[lead.length - 1];
    if (!last || !HOLDS_OR_EVENT(last.cue) || nominationIn(ctx, from, pos.start)) continue;
    // ("Ông X cho biết các vị trí như T1, T2 sẽ được thi tuyển": words naming posts, with no verb, give them to no one.)
    if (lead.every((m) => m.cue.role !== "event" && (m.cue.role !== "holds" || m.cue.noun))) continue;
    // The one person of the whole sentence ("… quyết định phân công làm Bí thư … cho ông X": not the
    // one who hands the decision over, named before). After a clause about a time in the post, the
    // person may come later: "Với sai phạm trong thời gian làm Chủ tịch PVN, ngày 7/5, Ban Chấp hành
    // Trung ương … kỷ luật ông Đinh La Thăng".
    // (A name inside an appositive of kinship is no subject: ", vợ cựu Tổng thống Bill Clinton, từng là …".)
    const named = ofSentence(from, from, pos.start).filter((m) => m.pronoun || !kinAppositive(ctx, titleRightBefore(seq, m.person), m.person));
    // (Nor, beside another name, one after "của": "Ông A, Chủ tịch đảng X của Thủ tướng B, nhậm chức T" is A's.)
    const owners = named.filter((m) => m.pronoun || !ownerLed(ctx, seq, m.person));
    const before = owners.length ? owners : named;
    const after = ofSentence(from, pos.end, Infinity);
    let persons = before.length ? before : lead.some((m) => m.cue.role === "while") ? after : [];
    // "Bà A trao quyết định của Bộ Chính trị phân công ông X, T1 tham gia …, giữ chức T2": of several
    // people before the title, the last one when a decision word acts on it (the one it is given to)
    // and only a verb of holding leads to the title (not "… và sẽ phân công ông làm T2").
    const nearest = before[before.length - 1];
    const holdingOnly = !!nearest && !eventOrPlanIn(ctx, nearest.end, pos.start);
    if (nearest && !nearest.pronoun && holdingOnly && !onePerson(persons.map((m) => m.person)) && actedOn(ctx, [nearest.person], (p) => titleOf.get(p))) persons = [nearest];
    const relative = objectThenPassive(ctx, seq, named, lead);
    if (relative) persons = [relative];
    const people = persons.map((m) => m.person);
    if (!onePerson(people) || !onePerson([...people, ...after.map((m) => m.person)])) continue;
    const subject = before.length ? persons[persons.length - 1]! : persons[0]!;
    // "Ông A gặp B, người đã được chỉ định làm Đại sứ …" (B not read as a name): a relative clause is about the noun right
    // before its comma; the title is not the subject's when another word stands there.
    if (!subject.pronoun && otherBeforeRelative(ctx, seq, lead[0]!.start, subject.person)) continue;
    // "X bày tỏ niềm tự hào của Quốc hội Việt Nam đã được các nước giao trọng trách là Chủ tịch APPF": a body
    // that is the subject of "được"/"bị" between the person and the title is the one the title is given to.
    if (before.length && bodyTakesPassive(ctx, seq, subject.end, pos.start)) continue;
    // ("X giữ chức T1, các phó giám đốc tiếp tục làm T2": a group opens the clause of T2.)
    if (before.length && groupSubjectBetween(ctx, subject.end, lead[0]!.start)) continue;
    // ("X chỉ định A làm T1, Lee Min-ho làm T2": a name no reading took, after a comma right before the verb, is T2's subject.)
    if (before.length && unreadNameBefore(ctx, seq, subject.end, lead[0]!.start)) continue;
    if (!subject.pronoun && plannedObject(ctx, subject.person)) continue;
    // "Tổng thống Zelensky bổ nhiệm một tướng trẻ làm Tổng Tư lệnh": the subject of a decision word is who decides.
    if (before.length && decidesBetween(ctx, subject.end, pos.start)) continue;
    // "Chủ tịch nước X chủ trì buổi lễ trao quyết định thăng quân hàm Thượng tướng": who hands the decision over is not its holder.
    if (before.length && handsOverBetween(ctx, subject.end, pos.start)) continue;
    // A decision word ("bổ nhiệm", "cho thôi giữ chức") makes the person its object only when the
    // sentence acts on that person: "kỷ luật ông X … và cho thôi giữ chức …".
    // (A name that takes the passive right after it is acted on.)
    if (!relative && !holderCues(lead) && !actedOn(ctx, people, (p) => titleOf.get(p))) continue;
    const start = Math.min(subject.at, pos.start);
    const end = Math.max(subject.end, pos.end);
    const first = link(links, claimed, { person: subject.person, position: pos, start, end, reason: subject.title ? "pronoun-then-title" : "sentence-subject", cues: lead });
    // The titles joined to it go with it: "ông X có học vị tiến sĩ, là Ủy viên Trung ương Đảng khóa
    // X, XI, Đại biểu Quốc hội khóa XI", "cho thôi giữ chức A, B".
    titlesOfSubject(ctx, seq, links, claimed, subject, n + 1, tail(ctx, pos), first);
  }
}

/**
 * "… thay vị trí của ông X vừa được bổ nhiệm chức vụ T", "…, thay ông X vừa được điều động làm T": a name after an object
 * word with the passive of a decision right after it ("vừa được", "đã được" and the event word) is the subject of that
 * clause: T is that name's, not the sentence subject's. (Not behind a kin word: "con trai của ông X vừa được …".)
 */
function objectThenPassive(ctx: ScanContext, seq: Seq, named: Subject[], lead: CueMatch[]): Subject | undefined {
  const last = named[named.length - 1];
  if (!last || last.pronoun || !lead.length || !lead.some((m) => m.cue.role === "event")) return undefined;
  if (!passiveRightAfter(ctx, seq, last.end, lead)) return undefined;
  if (!objectLed(ctx, last.person) && !ownerLed(ctx, seq, last.person)) return undefined;
  const owner = OWNER_BEFORE.before(ctx.tokens, addressStart(ctx, last.person.start));
  return owner >= 0 && KIN.before(ctx.tokens, owner) >= 0 ? undefined : last;
}

/**
 * From token k the words are "được" (after adverbs) and the lead cues of the title, or "được", the one who decides (a body or
 * a title) and the lead cues: "vừa được bổ nhiệm chức vụ T", "vừa được Ban Thường vụ Tỉnh ủy chỉ định vào chức danh T".
 */
function passiveRightAfter(ctx: ScanContext, seq: Seq, k: number, lead: CueMatch[]): boolean {
  let passive = lead.some((m) => m.cue.role === "passive");
  if (k === lead[0]!.start) return passive;
  for (let m = cueAt(ctx, k, PASSIVE_ADVERB_CUES); m && k < lead[0]!.start; m = cueAt(ctx, k, PASSIVE_ADVERB_CUES)) {
    passive ||= m.cue.role === "passive";
    k = m.end;
  }
  return passive && seq.some((c) => c.start === k && c.end === lead[0]!.start && (c.type === "organization" || c.type === "position"));
}
const PASSIVE_ADVERB_CUES = byRole("passive", "adverb");

const EVENT_ADVERB_CUES = byRole("event", "adverb");

/** An event word or "sẽ" (an adverb of status incoming) between tokens a and b. */
function eventOrPlanIn(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const m = cueAt(ctx, k, EVENT_ADVERB_CUES);
    if (m && (m.cue.role === "event" || m.cue.status === "incoming")) return true;
  }
  return false;
}

const PASSIVE: CueFilter = byRole("passive");
const EVENT_CUES: CueFilter = byRole("event");

/**
 * A decision word whose subject is the one who decides ("bổ nhiệm", "bầu") right after a name ending at a (adverbs
 * between: "Zelensky đã bổ nhiệm …"), before b: that name decides. (Not a later one acting on the name: "kỷ luật ông X
 * … và cho thôi giữ chức …".)
 */
function decidesBetween(ctx: ScanContext, a: number, b: number): boolean {
  const k = pastCues(ctx, a, ADVERB_CUES, 3);
  const m = k < b ? cueAt(ctx, k, EVENT_CUES) : undefined;
  return !!m && m.cue.subject === "authority";
}

/** A hands-over cue ("trao quyết định", "chủ trì lễ") between tokens a and b, with no passive word ("được") before it. */
function handsOverBetween(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const m = cueAt(ctx, k, HANDS_OVER_PASSIVE);
    if (m?.cue.role === "passive") return false;
    if (m?.cue.role === "hands-over") return true;
  }
  return false;
}
const HANDS_OVER_PASSIVE: CueFilter = byRole("hands-over", "passive");

/** An organization between a and b followed (after adverbs: "đã") by a passive word ("được", "bị"). */
function bodyTakesPassive(ctx: ScanContext, seq: Seq, a: number, b: number): boolean {
  for (const c of seq) {
    if (c.type !== "organization" || c.start < a || c.end > b) continue;
    const k = pastCues(ctx, c.end, ADVERB_CUES, 3);
    if (k < b && cueAt(ctx, k, PASSIVE)) return true;
  }
  return false;
}

export type { Cue };
