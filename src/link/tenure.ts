/**
 * What the text says about one person's holding of a post, read around each holds link: its status
 * (nguyên → former, quyền → acting, tân → current, "từng giữ chức" → former, "sẽ làm" → incoming …),
 * its term ("khóa XI, XII", "nhiệm kỳ 2015 - 2020"), the dates it began and ended ("giữ chức từ năm
 * 2016 đến 2021", "Từ 1954 đến 1960, đồng chí là …", "Bí thư Thành ủy (2016-2017)"), and the personnel
 * events that state it ("được bổ nhiệm", "cho thôi giữ chức", "…, đã từ trần").
 */
import type { DateSpan } from "../dates/types";
import { has, type Candidate, type ScanContext } from "../recognizers/context";
import { termsEnd } from "../recognizers/terms";
import { ADVERB_CUES, byRole, cueAt, cueBefore, pastCues, type CueMatch } from "./cues";
import { addressStart, tail, type HoldLink } from "./holds";
import { modifierStatus } from "./posts";
import { sentenceStart } from "./sentences";
import { isInterval, isOpenEnded, TenureDates, type DateAfter } from "./tenure-dates";
import { EventReader } from "./tenure-events";
import { endHolding, setStatus, type EventLink, type Tenure } from "./tenure-types";

export type { EventLink, Tenure } from "./tenure-types";
import { markLeftPosts, whileBeforeName } from "./tenure-career";
import { grammarWordList } from "../lexicon/grammar-words";

// Cue filters made once: a byRole call makes an array and a closure, and some of these are asked at every token.
const BEFORE_CUES = byRole("before");
const CAREER_CUES = byRole("career");
const HOLDS_CUES = byRole("holds");
const WHILE_CUES = byRole("while");
const SINCE_CUES = byRole("since", "until");

// Reasons that state a career step rather than name an office in passing; read plainly they say
// nothing of now.
const CAREER_REASONS = new Set(["biography", "while-clause", "career-entry"]);
// Reasons of a title written with the name, in apposition.
const APPOSITIVE = new Set(["name-then-title", "title-before-name", "appositive-chain", "title-chain-before-name", "title-then-list", "plural-title-before-names"]);

/** The cues of the link, and those of the chain it continues ("từng giữ các chức vụ: T1, T2"). */
function chainCues(link: HoldLink): CueMatch[] {
  if (!link.prev) return link.cues;
  const inherited: CueMatch[] = [];
  for (let p: HoldLink | undefined = link.prev; p; p = p.prev) inherited.unshift(...p.cues);
  return [...inherited, ...link.cues];
}

/** Sets `tenure` on every link; returns the events. */
export function readTenure(ctx: ScanContext, links: HoldLink[], items: Candidate[], dates: DateSpan[]): EventLink[] {
  const d = new TenureDates(ctx, dates);
  const events = new EventReader(ctx, d, items);
  for (const link of links) readLink(ctx, d, events, link);
  const byPerson = new Map<string, HoldLink[]>();
  for (const link of links) {
    const key = link.person.data.name;
    const list = byPerson.get(key);
    if (list) list.push(link);
    else byPerson.set(key, [link]);
  }
  markLeftPosts(ctx, links, byPerson, events.events);
  events.eventsAfterTitles(links, byPerson);
  events.bareEvents(byPerson);
  noPostsAfterDeath(events.events, byPerson);
  events.inheritDates(links);
  events.inheritAuthorities();
  events.postsTakenByDecision(links);
  return events.events;
}

/** "Đồng chí từ trần năm 1988": the dead hold no post, so every post the text gives them is a former one. */
function noPostsAfterDeath(events: readonly EventLink[], byPerson: Map<string, HoldLink[]>): void {
  for (const e of events) {
    if (e.type !== "death") continue;
    for (const l of byPerson.get(e.link.person.data.name) ?? []) if (l.tenure!.status !== "former") endHolding(l.tenure!);
  }
}

/** Status, term, dates and event of one link. */
function readLink(ctx: ScanContext, d: TenureDates, events: EventReader, link: HoldLink): void {
  const pos = link.position;
  const t: Tenure = { status: CAREER_REASONS.has(link.reason) ? "unknown" : "current", weight: 0 };
  link.tenure = t;
  const term = d.termAfter(pos);
  if (term) {
    t.term = term;
    // The evidence reads on to the terms: "Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị khóa XI, XII".
    if (link.end === pos.end) link.end = Math.max(link.end, termsEnd(ctx, pos.end));
  }
  const cues = chainCues(link);
  readStatus(ctx, link, t, cues);
  const after = datesAfter(d, ctx, pos, t, cues.some((m) => m.cue.begins || m.cue.role === "event"), cues.some((m) => m.cue.begins && m.cue.role === "holds"));
  // "Ông X từ năm 2016 đến năm 2021 là Bí thư Thành ủy …": the period written between the name and its verb.
  if (!after && !t.startDate && !t.endDate) periodBeforeVerb(ctx, d, link, t);
  const career = CAREER_REASONS.has(link.reason) || link.reason === "pronoun-then-title" || cues.some((m) => m.cue.role === "holds" || m.cue.role === "event");
  // ("Từ năm 2001 đến năm 2006, đồng chí là T1, T2; T3; T4": the chain goes on past its semicolons.)
  const clause = career ? (d.clauseDate(pos.start) ?? link.prev?.tenure?.clause) : undefined;
  t.clause = clause;
  if (clause && isInterval(clause.date)) {
    t.startDate ??= clause.date;
    if (isOpenEnded(clause.date)) t.ongoing = true;
    else t.endDate ??= clause.date;
  } else if (clause && (clause.since || cues.some((m) => m.cue.begins))) t.startDate ??= clause.date;
  events.readEvent(link, t, cues, after, clause);
  events.heldUntil(link, t);
  if (!t.startDate) t.startDate = tookOfficeAfterName(ctx, d, link);
  // (When the text tells it: the status at the article's date may not be the one then.)
  const told = clause?.date ?? d.clauseDate(pos.start)?.date;
  if (told && !isInterval(told)) t.toldAt = told;
}

/**
 * "Tổng thống Mỹ Joe Biden (chính thức) nhậm chức ngày 20/1/2021": a verb of taking office right after the
 * holder named behind the title (link-cues.tsv, holds with time start, no title after it) dates the start.
 */
function tookOfficeAfterName(ctx: ScanContext, d: TenureDates, link: HoldLink): DateSpan | undefined {
  if (link.reason !== "title-before-name" || link.person.start < link.position.end) return undefined;
  const verb = cueAt(ctx, pastCues(ctx, link.person.end, ADVERB_CUES), HOLDS_CUES);
  if (!verb?.cue.begins || verb.cue.moves || has(ctx, verb.end, "title")) return undefined;
  return d.dateAfterCue(verb);
}

/**
 * "Ông X từ năm 2016 đến năm 2021 là T", "Ông X từ năm 2016 giữ chức T": an interval or a "từ" date right after the name,
 * then a verb of holding right before the title (nothing else between), dates the holding.
 */
function periodBeforeVerb(ctx: ScanContext, d: TenureDates, link: HoldLink, t: Tenure): void {
  if ((link.reason !== "name-then-title" && link.reason !== "sentence-subject") || link.person.end >= link.position.start) return;
  const verb = cueBefore(ctx, link.position.start, HOLDS_CUES);
  if (!verb || verb.cue.status) return;
  let k = link.person.end;
  if (ctx.tokens[k]?.key === ",") k++;
  const a = d.dateAtToken(k);
  if (!a || a.paren) return;
  let e = k;
  while (e < verb.start && (ctx.inDate[e] || cueAt(ctx, e, SINCE_CUES)?.start === e)) e = ctx.inDate[e] ? e + 1 : cueAt(ctx, e, SINCE_CUES)!.end;
  if (ctx.tokens[e]?.key === ",") e++;
  if (e !== verb.start) return;
  if (a.role === "interval") {
    t.startDate = a.date;
    if (isOpenEnded(a.date)) t.ongoing = true;
    else t.endDate = a.date;
  } else if (a.role === "since") t.startDate = a.date;
}

/** The status the words say: the title's own ("nguyên"), the word before it ("tân"), the cues. */
function readStatus(ctx: ScanContext, link: HoldLink, t: Tenure, cues: CueMatch[]): void {
  const pos = link.position;
  for (const m of cues) {
    // ("Ông X là T1 trước khi được bổ nhiệm làm T2": a career word that opens a clause of the time before a step
    // (grammar-words.tsv before-clause) between two titles of a chain says the one before it was held first, not this
    // one; tenure-career.ts markBeforeStep reads it.)
    if (m.cue.role === "career" && link.reason === "appositive-chain" && link.cues.includes(m) && BEFORE_CLAUSE.at(ctx.tokens, m.start) === m.end - m.start) continue;
    // ("Khi đang giữ chức T1, vào tháng 9/2018, ông X được điều động …": "đang" in a clause about a time says T1 was held
    // then, not now; tenure-career.ts markHeldBefore reads the time.)
    if (clauseTimeAdverb(link, m)) continue;
    setStatus(t, m.cue.status, m.cue.role === "while" ? 1 : 2);
  }
  // "nguyên Chủ tịch nước", "Quyền Bộ trưởng", "tân Bộ trưởng", "cố Tổng Bí thư".
  // (Not of the one replaced: "A được bổ nhiệm làm tân Bộ trưởng …, thay ông B": the words of the title are A's holding.)
  if (link.reason !== "replaced") {
    setStatus(t, modifierStatus(pos.data), 3);
    setStatus(t, cueBefore(ctx, pos.start, BEFORE_CUES)?.cue.status, 3);
  }
  const prev = link.prev?.tenure;
  // "cựu Chủ tịch HĐQT kiêm Tổng Giám đốc": "kiêm" joins two posts held the same way.
  if (prev && prev.weight >= 2 && prev.status !== "current" && link.cues.some((m) => m.cue.role === "chain")) setStatus(t, prev.status, 2);
  // "Khi còn là Chủ tịch UBND tỉnh, ông X …", "Khi ông X còn làm Chủ tịch …": held at a time told as past.
  if (t.weight < 2 && stillHeldThen(ctx, pos.start, link.person)) setStatus(t, "former", 2);
  // "Trong giai đoạn ông X làm Giám đốc Sở, …": a clause about a time in the post, opened right before the name.
  if (t.weight < 1 && cues.some((m) => m.cue.role === "holds")) setStatus(t, whileBeforeName(ctx, link)?.cue.status, 1);
  // After "nguyên T1," a bare "T2" of the same chain may be former too: say so.
  if (t.weight === 0 && prev?.status === "former") t.status = "unknown";
  // "…, trước khi được bầu giữ chức T1, ông là T2": the clause right before the subject tells a time before a step, and a
  // verb gives T2 then (grammar-words.tsv before-clause).
  if (t.weight === 0 && cues.some((m) => m.cue.role === "holds") && afterBeforeClause(ctx, link)) setStatus(t, "former", 1);
  // "Trước đó, ông X là Chủ tịch UBND tỉnh": a sentence about an earlier time (what a verb says
  // there, not the titles written with a name: "Trước đó, ngày 27/4, ông X - Chủ tịch UBND tỉnh - …").
  // ("Trước đó, Giám đốc Sở là ông X": a title then "là" and its holder says so too.)
  if (t.weight === 0 && (cues.some((m) => m.cue.role === "holds") || !APPOSITIVE.has(link.reason) || titleIsName(ctx, link))) {
    setStatus(t, cueAt(ctx, sentenceStart(ctx, pos.start), CAREER_CUES)?.cue.status, 1);
  }
  // "Ông X hiện là T1, trước đó ông là T2": such a word opening a clause after a comma, right before its subject.
  if (t.weight === 0 && cues.some((m) => m.cue.role === "holds") && (link.reason === "pronoun-then-title" || link.reason === "name-then-title")) {
    const k = addressStart(ctx, link.reason === "pronoun-then-title" ? link.start : link.person.start);
    const c = cueBefore(ctx, ctx.tokens[k - 1]?.key === "," ? k - 1 : k, CAREER_CUES);
    if (c && CLAUSE_MARKS.has(ctx.tokens[c.start - 1]?.key ?? "")) setStatus(t, c.cue.status, 1);
  }
}
const CLAUSE_MARKS = new Set([",", ";"]);

/** A "current" adverb ("đang", "hiện") in the lead of a clause about a time: the time is the clause's, not the article's. */
const clauseTimeAdverb = (link: HoldLink, m: CueMatch): boolean => link.reason === "while-clause" && m.cue.role === "adverb" && m.cue.status === "current";

/** "Giám đốc Sở Y tế là ông X": a title before its holder joined by a verb of holding alone (link-cues.tsv holds, no status). */
function titleIsName(ctx: ScanContext, link: HoldLink): boolean {
  if (link.reason !== "title-before-name") return false;
  const verb = cueAt(ctx, tail(ctx, link.position), HOLDS_CUES);
  return !!verb && !verb.cue.status && addressStart(ctx, link.person.start) === verb.end;
}

/** The link's subject (name or pronoun) comes right after a clause "trước khi …," that ends with a comma. */
function afterBeforeClause(ctx: ScanContext, link: HoldLink): boolean {
  if (link.reason !== "pronoun-then-title" && link.reason !== "name-then-title") return false;
  const { tokens } = ctx;
  const k = addressStart(ctx, link.reason === "pronoun-then-title" ? link.start : link.person.start);
  if (tokens[k - 1]?.key !== ",") return false;
  const s = sentenceStart(ctx, k);
  for (let j = k - 2; j >= s; j--) {
    const key = tokens[j]!.key;
    if (key === "," || key === ";" || key === ":") return BEFORE_CLAUSE.at(tokens, j + 1) === 2;
    if (j === s) return BEFORE_CLAUSE.at(tokens, j) === 2;
  }
  return false;
}
const BEFORE_CLAUSE = grammarWordList("before-clause");

/**
 * "còn" (still) right before the title or its verb ("còn là", "còn làm"), in a clause that "khi" or "lúc" opens
 * (link-cues.tsv, role while): "Khi còn là Chủ tịch UBND tỉnh", "Khi ông X còn làm Giám đốc Sở". ("Ông X vẫn còn
 * là …" with no such clause says nothing of the past.)
 */
function stillHeldThen(ctx: ScanContext, at: number, person: Candidate): boolean {
  const { tokens } = ctx;
  const verb = cueBefore(ctx, at, HOLDS_CUES);
  const still = (verb ? verb.start : at) - 1;
  if (tokens[still]?.key !== "còn") return false;
  // "Khi còn là …": the phrase "khi còn" itself.
  const joined = cueBefore(ctx, still + 1, WHILE_CUES);
  if (joined && joined.cue.status === "former") return true;
  // "Khi ông X còn làm …": the sentence opens with "khi", and no comma comes before "còn".
  const s = sentenceStart(ctx, still);
  const opener = cueAt(ctx, s, WHILE_CUES);
  if (!opener || !["khi", "lúc"].includes(tokens[s]!.key) || opener.end > still) return false;
  for (let k = opener.end; k < still; k++) if (tokens[k]!.kind !== "w") return opensWithHolder(ctx, opener.end, person, still);
  return true;
}

/** "Khi ông X, nay là T1, còn làm T2": the holder named right after "khi" (behind an address word), before "còn". */
function opensWithHolder(ctx: ScanContext, at: number, person: Candidate, still: number): boolean {
  if (person.end > still) return false;
  const k = addressStart(ctx, person.start);
  return k === at;
}

/** The dates right after the title, onto the tenure. A bare date there is when something happened
 *  to it ("được bầu làm Chủ tịch ngày 2/3"): an event's date, nothing by itself, unless the verb is one
 *  of taking office ("nhậm chức", link-cues.tsv time start); in parentheses, a career list's year of it. */
function datesAfter(d: TenureDates, ctx: ScanContext, pos: Candidate, t: Tenure, begins: boolean, takesOffice: boolean): DateAfter | undefined {
  const a = d.dateAtToken(tail(ctx, pos));
  if (!a) return undefined;
  if (a.role === "interval") {
    t.startDate ??= a.date;
    if (isOpenEnded(a.date)) t.ongoing = true;
    else t.endDate ??= a.date;
  } else if (a.role === "since") t.startDate ??= a.date;
  else if (a.role === "until") t.endDate ??= a.date;
  // ("nhậm chức Tổng thống Mỹ ngày 20/1/2021": a verb of taking office dates the start.)
  // (Like an appointment's date: taken years before the article's date, it says nothing of now; see holdings.ts.)
  else if (takesOffice && !a.paren) {
    if (!t.startDate) (t.startDate = a.date), (t.startsAtEvent = true);
  }
  // ("trở thành Phó Bí thư Thành đoàn (năm 1988)": the year it began.)
  else if (a.paren) {
    if (begins) t.startDate ??= a.date;
    return undefined;
  }
  return a;
}

