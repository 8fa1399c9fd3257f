/**
 * Personnel events on holds links: the phrase that states one (data/personnel-events.tsv), who
 * decided it ("được Bộ Chính trị phân công", "HĐND tỉnh đã bầu", "Thủ tướng ký Quyết định số
 * 12/QĐ-TTg bổ nhiệm", "công bố quyết định của Bộ Chính trị về việc phân công"), and when ("ngày
 * 2/3", "kể từ ngày 1/7", or the date of the sentence a "Theo đó, …" carries on).
 */
import type { DateSpan } from "../dates/types";
import { longest, nameOf, type Candidate, type ScanContext } from "../recognizers/context";
import { ADVERB_CUES, byRole, cueAt, cueBefore, ENDS_HOLDING, firstKeys, GIVES_POST, listWordAfter, pastCues, type CueMatch, type StartKeys } from "./cues";
import { addressStart, endsOwnPost, holderCues, leadCues, listedDecisionWords, numberMarkEnd, tail, titleAsideEnd, type HoldLink } from "./holds";
import { sentenceStart } from "./sentences";
import { termsEnd } from "../recognizers/terms";
import { isInterval, TenureDates, type ClauseDate, type DateAfter } from "./tenure-dates";
import { endHolding, setStatus, type EventLink, type Tenure } from "./tenure-types";
import { work } from "../util/work";
import { lineStartOf } from "../text/tokenize";
import { grammarWordList, grammarWords } from "../lexicon/grammar-words";

// Cue filters made once: a byRole call makes an array and a closure, and some of these are asked at every token.
const VENUE_CUES = byRole("venue");
const ADVERB_PASSIVE_NEGATION_NOMINATION_CUES = byRole("adverb", "passive", "negation", "nomination");
const EVENT_ADVERB_DECIDES_CUES = byRole("event", "adverb", "decides");
const EVENT_ADVERB_DECIDES_TARGET_EVENT_TARGET_CUES = byRole("event", "adverb", "decides", "target", "event-target");
const PEOPLE_LIST_CUES = byRole("people-list");
const LIST_WORD_CUES = byRole("list");
const PASSIVE_EVENT_NOMINATION_CUES = byRole("passive", "event", "nomination");
const TARGET_EVENT_TARGET_CUES = byRole("target", "event-target");
const EVENT_DECIDES_ADVERB_HANDS_OVER_CUES = byRole("event", "decides", "adverb", "hands-over");
const EVENT_TARGET_CUES = byRole("event-target");
const BY_DECISION_CUES = byRole("by-decision");
const DECIDES_ADVERB_PASSIVE_DECISION_REF_CUES = byRole("decides", "adverb", "passive", "decision-ref");
const DECIDES_ADVERB_CUES = byRole("decides", "adverb");
const DECIDES_ADVERB_EVENT_SANCTION_EVENT_TARGET_CUES = byRole("decides", "adverb", "event", "sanction", "event-target");
const DECISION_OF_CUES = byRole("decision-of");
const ADVERB_PASSIVE_CUES = byRole("adverb", "passive");
const PRONOUN_CUES = byRole("pronoun");
const HOLDS_CUES = byRole("holds");
const POST_REF_CUES = byRole("post-ref");
const UNTIL_STEP_CUES = byRole("until-step");
const SAME_TIME_CUES = byRole("same-time");
const SINCE_UNTIL_CUES = byRole("since", "until");
const DURATION_UNITS = grammarWords("duration-unit");
const DEMONSTRATIVE = grammarWords("demonstrative");
const NOT_EVENT = grammarWordList("not-event");
const OWNER_BEFORE = grammarWordList("owner-before");
// Event words that also hand a task to a post's holder ("giao Giám đốc Sở Y tế X …"): a post only when written after the name.
const TASK_VERBS = grammarWords("task-verb");
/** A same-time opener at k, "cũng" before it or not ("Cũng tại kỳ họp, …"). */
const sameTimeAt = (ctx: ScanContext, k: number): CueMatch | null =>
  cueAt(ctx, k, SAME_TIME_CUES) ?? (ctx.tokens[k]?.key === "cũng" ? cueAt(ctx, k + 1, SAME_TIME_CUES) : null);
const DECIDES_CUES = byRole("decides");
const CAREER_CUES = byRole("career");

const EVENT = byRole("event");
// How many lines of a roster may stand between an item and its heading.
const MAX_ROSTER_LINES = 40;

/** "12." or "12)" opening the line at token a, the item on the same line: the token after the mark, else -1. */
function numberedMark(tokens: ScanContext["tokens"], a: number): number {
  const end = numberMarkEnd(tokens, a);
  return end !== undefined && tokens[a]!.key.length <= 3 && !tokens[end]?.lineBreakBefore ? end : -1;
}

/** A colon among tokens [a, b). */
function colonIn(tokens: ScanContext["tokens"], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.key === ":") return true;
  return false;
}
const EVENT_ADVERB_CUES = byRole("event", "adverb");
let EVENT_STARTS: StartKeys | undefined;

/** Tokens that may make up a document's number: "số 123/QĐ-TTg", "số 45/NQ-UBTVQH14". */
const isCodeToken = (t: { kind: string; key: string; cased: string }): boolean =>
  t.kind === "n" || t.key === "/" || t.key === "-" || t.key === "." || (t.kind === "w" && /[A-ZĐ0-9]/.test(t.cased));

// What may stand between a title and a step of its holder's own: "…, Giám đốc Sở Y tế, nghỉ hưu",
// "Thứ trưởng Bộ Tài chính (đã nghỉ hưu)", "Ông X - nguyên Phó Chủ tịch UBND tỉnh - đã qua đời" (dashes as commas).
const AFTER_TITLE = new Set([",", "(", ")", "-", "–"]);
// How far back the words of a decision are read (every event reads them: a bound keeps it linear).
const MAX_LOOK = 40;
/** The second syllable of "chức danh", "chức vụ". */
const POST_NOUN_TAIL = new Set(["danh", "vụ"]);
// Words between an event word and the title it names ("tái đắc cử chức Tổng thống").
const TITLE_WORDS = grammarWords("title-word");
const UNNAMED_POSTS = grammarWordList("unnamed-post");
// Words before the dates a title was held, after it ("giai đoạn từ năm 2009 đến năm 2016").
const HELD_SPAN = grammarWordList("held-span");
// Marks opening an entry of a list ("- Ông A giữ chức …").
const ENTRY_MARK = new Set(["-", "–", "+", "•", "*"]);
// How far back the opening of a list of people is looked for (tokens).
const MAX_LIST = 150;
// How many tokens a meeting's name and its date may take after "tại" (venueDate).
const MAX_VENUE = 16;
// How many pairs of a name and its title a decision's list may give ("bổ nhiệm lại ông A, T1 và bà B, T2").
const MAX_PAIRS = 12;
// How long an aside in parentheses after a name may be (tokens).
const MAX_ASIDE = 8;
// How long a holder's title set off by commas after the name may be (tokens).
const MAX_APPOSITIVE = 24;
// Links read from the name to a title after it.
const REPLACES_CUES = byRole("replaces");
const NAME_FIRST = new Set(["name-then-title", "appositive-chain", "sentence-subject"]);
// Links from a title to the names listed after it.
const LISTED = new Set(["title-then-list", "plural-title-before-names"]);
// eventBeforeTitledItems: the items of a list read back ("T N, T N và T N"), the words between its decision and its list word.
const MAX_TITLED_ITEMS = 12;
const MAX_WORDS_BEFORE_LIST = 10;
const ITEM_SEPARATORS = new Set([",", ";", ...grammarWords("conjunction")]);
const LIST_WORDS = byRole("list");

/** A retirement read for a rank: the rank is kept, no event (eval/CONVENTIONS.md: a rank has none). */
const keepsRank = (link: HoldLink, ev: CueMatch): boolean => link.position.data.head.kind === "rank" && ev.cue.event === "retirement";

/** A title given its holder after it ("… đối với ông X") whose own words are a sanction and no decision word. */
const sanctionOnly = (link: HoldLink): boolean =>
  link.reason === "title-then-holder" && link.cues.some((m) => m.cue.role === "sanction") && !link.cues.some((m) => m.cue.role === "event");
// Words between a decision and the plural title it concerns ("bầu các Phó Chủ tịch", "bổ nhiệm 3 Phó Giám đốc").
const PLURAL_BEFORE = grammarWords("plural-level");
// Words between a post the holder leaves and the retirement that is why ("thôi giữ chức T để nghỉ hưu").
const STEP_REASON = grammarWords("step-reason");
// Words opening a clause of the holder's own step, the holder named after it ("Sau khi thôi giữ chức T, ông X …").
const STEP_CLAUSE = grammarWordList("step-clause");

/** An event word starts where cue m does and runs past it ("về hưu" over the adverb "về"). */
function eventOver(ctx: ScanContext, m: CueMatch): boolean {
  return (cueAt(ctx, m.start, EVENT)?.end ?? 0) > m.end;
}
// After a decision told with no post ("X vừa được bầu hồi tháng 3"): where its clause may go on.
const CLAUSE_END = new Set([".", ",", ";", "!", "?", ")", ":"]);
const BARE_EVENT_AFTER = grammarWordList("bare-event-after");
const NEW_POST = grammarWordList("new-post");
// Words opening how long an appointment runs, after the title ("…, thời hạn 5 năm kể từ ngày …").
const TERM_LENGTH = grammarWordList("term-length");
const DECISION_NOUN = grammarWordList("decision-noun");
const TAKES_EFFECT = grammarWordList("takes-effect");
// How far the end of a title's sentence is looked for, and how many words may stand inside "quyết định … có hiệu lực … từ".
const MAX_EFFECT_SCAN = 60;
const MAX_EFFECT_WORDS = 5;

/** A person's links and their places in its list, by where their titles start (a stable sort). */
type ByStart = { list: readonly HoldLink[]; order: number[] };

/**
 * The person's links whose titles start in [from, to], in the order of its list; the list sorted once per name and
 * call, so that a text of many posts of one person does not read all of them for each.
 */
function postsIn(byPerson: Map<string, HoldLink[]>, sorted: Map<string, ByStart>, name: string, from: number, to: number): HoldLink[] {
  let s = sorted.get(name);
  if (!s) {
    const list = byPerson.get(name) ?? [];
    sorted.set(name, (s = { list, order: list.map((_, n) => n).sort((a, b) => list[a]!.position.start - list[b]!.position.start || a - b) }));
  }
  const { list, order } = s;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[order[mid]!]!.position.start < from) lo = mid + 1;
    else hi = mid;
  }
  const at: number[] = [];
  for (let n = lo; n < order.length && list[order[n]!]!.position.start <= to; n++) {
    work.lookups++;
    at.push(order[n]!);
  }
  return at.sort((a, b) => a - b).map((n) => list[n]!);
}

export class EventReader {
  readonly events: EventLink[] = [];
  private readonly eventOf = new Map<HoldLink, EventLink>();
  private readonly endingAt = new Map<number, Candidate>();
  private readonly startingAt = new Map<number, Candidate>();
  /** Where a title starts (any candidate of type position). */
  private readonly positionAt = new Set<number>();
  /** How many ";" come before each token (eventsAfterTitles), made when first needed. */
  private semicolonsBefore?: Uint32Array;
  /** Titles given by a decision written before their holder's name ("bổ nhiệm ông A giữ chức T"): the decision, and that holder. */
  private readonly decidedTitles = new Map<Candidate, { person: Candidate; cue: CueMatch }>();
  /** Decision words told of their holder with "được" ("Bà A được chỉ định giữ chức T1; ông B làm T2"). */
  private readonly passiveDecisions = new Set<CueMatch>();

  constructor(
    private readonly ctx: ScanContext,
    private readonly d: TenureDates,
    private readonly items: Candidate[],
  ) {
    for (const x of items) {
      if (x.type === "position") this.positionAt.add(x.start);
      if (x.type === "location") continue;
      this.endingAt.set(x.end, x);
      if (!this.startingAt.has(x.start) || this.startingAt.get(x.start)!.end < x.end) this.startingAt.set(x.start, x);
    }
  }

  /** The event that states the link, its authority and date; sets the tenure it implies. */
  readEvent(link: HoldLink, t: Tenure, cues: CueMatch[], after: DateAfter | undefined, clause: ClauseDate | undefined): void {
    // ("cách chức T1 và xóa tư cách T2 đối với ông X": a title a sanction alone leads, link-cues.tsv sanction, gets no event.)
    if (sanctionOnly(link)) return;
    let authority = link.authority;
    const own = [...cues].reverse().find((m) => m.cue.role === "event");
    let evCue = own ?? this.decidedBeforeName(link) ?? this.parallelDecision(link, after) ?? this.eventInGap(link) ?? this.eventBeforeTarget(link) ?? this.ownStepBeforePairs(link) ?? this.endingBeforeAppositive(link) ?? this.endingBeforeTitle(link) ?? this.ownEndingBeforeTitle(link) ?? this.eventBeforeList(link) ?? this.rosterHeadingEvent(link) ?? this.eventBeforeTitledItems(link);
    if (!evCue) {
      const by = this.byDecision(link);
      if (by) {
        evCue = by.cue;
        authority ??= by.decider;
      }
    }
    if (!evCue && link.prev && this.eventOf.has(link.prev) && link.cues.every((m) => m.cue.role === "chain" || m.cue.role === "and")) {
      const p = this.eventOf.get(link.prev)!;
      this.push({ ...p, link, start: Math.min(p.start, link.position.start), end: Math.max(p.end, link.position.end) });
      // ("Bà A được chỉ định giữ chức T1, T2; ông B làm T3": the chain's last title is the one a parallel clause follows.)
      const decided = this.decidedTitles.get(link.prev.position);
      if (decided?.person === link.person) this.decidedTitles.set(link.position, decided);
      setStatus(t, ENDS_HOLDING.has(p.type) ? "former" : "current", 2);
      return;
    }
    // "sẽ được bổ nhiệm": a plan, not an event (the holding is to come).
    if (!evCue || cues.some((m) => m.start < evCue!.start && m.cue.status === "incoming")) return;
    // ("thay đại tá X nghỉ hưu": a retired officer keeps the rank; a rank has no event.)
    if (keepsRank(link, evCue)) return;
    const lead = this.leadToEvent(evCue);
    // "Bộ Chính trị sẽ phân công ông X làm T": "sẽ" before the event word read from the name's side too.
    if (lead.some((m) => m.cue.status === "incoming")) {
      setStatus(t, "incoming", 2);
      return;
    }
    // "chưa được bổ nhiệm", "không được bầu": nothing happened, and nothing says the post is held.
    if (denies(lead)) {
      setStatus(t, "unknown", 2);
      return;
    }
    // "ông X thôi giữ chức T để nghỉ hưu theo chế độ": the post left to retire (grammar-words.tsv step-reason).
    const retired = this.retirementAfter(evCue, Math.max(tail(this.ctx, link.position), link.person.start > link.position.start ? link.person.end : 0));
    if (retired) evCue = retired.cue;
    else evCue = this.retirementBefore(evCue) ?? evCue;
    // (A decision told with "được" and read again for a parallel clause is passive there too: its holder decided nothing.)
    // ("Các Thứ trưởng mới được bổ nhiệm gồm: A, B": the event word after the list's title is said of the names after it.)
    const passive =
      cues.some((m) => m.cue.role === "passive" && m.start < evCue!.start) ||
      this.passiveDecisions.has(evCue) ||
      (LISTED.has(link.reason) && evCue.start > link.position.start && evCue.start < link.person.start);
    // ("Bà A được chỉ định giữ chức T1; ông B làm T2": a decision told of its holder with "được" gives the next name's
    // title too, as one told before the name does: parallelDecision.)
    if (evCue === own && passive && !ENDS_HOLDING.has(own.cue.event!)) {
      this.decidedTitles.set(link.position, { person: link.person, cue: own });
      this.passiveDecisions.add(own);
    }
    if (!authority && evCue.cue.subject === "authority" && !passive) authority = this.authorityBefore(this.leadStart(evCue), link.person);
    // "Bộ Chính trị quyết định phân công ông X thôi giữ chức …", "Ban Chấp hành Trung ương … kỷ luật
    // ông X … và cho thôi giữ chức …": who acts on the person decides.
    if (!authority && !passive) authority = this.actorOn(link.start, link.person, evCue);
    // "công bố quyết định của Bộ Chính trị về việc phân công ông X …": the body whose decision it is.
    authority ??= this.decisionOwner(evCue.start, link);
    // "Theo Quyết định số 123/QĐ-TTg ngày 10/5/2017 của Thủ tướng, ông X được bổ nhiệm …".
    authority ??= this.decisionOpening(link)?.decider;
    const date = this.eventDate(link, t, evCue, after, clause) ?? (retired ? this.d.dateAfterCue(retired.step) : undefined);
    const ev = this.add(link, evCue, authority, date);
    if (evCue.cue.moves) t.movedBy = true;
    // "phê chuẩn việc bổ nhiệm": the approval, and the appointment it approves (its decider unnamed).
    // (Beside the event the link stands for: a chain after it goes on with that one.)
    if (evCue.cue.also) this.events.push({ ...ev, type: evCue.cue.also, authority: undefined, deciderUntold: true });
    // "Quốc hội phê chuẩn đề nghị của Thủ tướng bổ nhiệm ông X": the approval told before the act.
    else if (ev.type === "appointment" || ev.type === "election") this.approvalBefore(link, evCue, ev);
    setStatus(t, ENDS_HOLDING.has(ev.type) ? "former" : "current", 2);
    this.dateTenure(t, ev);
  }

  /** Its date: the date right after the title (unless it says the other end), else the one
   *  opening the clause or sentence, else one right after the event word. */
  private eventDate(link: HoldLink, t: Tenure, evCue: CueMatch, after: DateAfter | undefined, clause: ClauseDate | undefined): DateSpan | undefined {
    const ends = ENDS_HOLDING.has(evCue.cue.event!);
    const pos = link.position;
    // "… đối với ông X kể từ ngày 15/5": after the holder named last.
    if (!after && link.end > pos.end) {
      const late = this.d.dateAtToken(link.end) ?? this.sinceAfterAppositive(link.end);
      if (late && late.role !== "interval" && !late.paren) after = late;
      if (late?.role === "since" && !ends) t.startDate ??= late.date;
    }
    // ("bổ nhiệm … giữ chức T, thời hạn 5 năm kể từ ngày 15/7/2025": the date the term runs from.)
    if (!after && !ends) {
      const term = this.sinceAfterTermLength(tail(this.ctx, pos));
      if (term) {
        after = term;
        t.startDate ??= term.date;
      }
    }
    // ("bổ nhiệm ông X giữ chức T. Quyết định có hiệu lực từ ngày 1/4/2022.": the day the decision takes effect.)
    if (!after) {
      const effect = this.effectiveSince(link.end > pos.end ? link.end : tail(this.ctx, pos));
      if (effect) {
        after = effect;
        if (ends) t.endDate ??= effect.date;
        else t.startDate ??= effect.date;
      }
    }
    const own = after && (after.role === "bare" || after.role === "since" || (ends && after.role === "until")) ? after.date : undefined;
    // "cho thôi làm nhiệm vụ … kể từ ngày 15/5": the day it takes effect is when the holding ends.
    if (ends && after?.role === "since" && t.startDate === after.date) {
      t.startDate = undefined;
      t.endDate ??= after.date;
    }
    // ("Kể từ ngày 1/7/2025, ông X thôi giữ chức T": the date opening the clause is when the holding ends.)
    if (ends && clause?.since && !isInterval(clause.date) && t.startDate === clause.date) {
      t.startDate = undefined;
      t.endDate ??= clause.date;
    }
    const exact = own ?? this.venueDate(link);
    // "Từ năm 1939, …, đồng chí X … được bầu làm Quyền Tổng Bí thư tại Hội nghị … (tháng 11-1940)": a holding begins
    // when it is given; the act's own later date is its start, not the year the sentence opens with.
    if (exact && !ends && !evCue.cue.again && clause?.since && t.startDate === clause.date && exact.value > clause.date.value) t.startDate = undefined;
    const date = exact ?? (clause && !isInterval(clause.date) ? clause.date : undefined) ?? this.d.clauseDate(evCue.start)?.date ?? this.d.dateAfterCue(evCue) ?? this.d.onlyDate(evCue.start);
    return date && !isInterval(date) ? date : undefined;
  }

  /** "… làm Quyền Tổng Bí thư tại Hội nghị lần thứ bảy Ban Chấp hành Trung ương (tháng 11-1940)": the date written
   *  with the meeting named after the title, before the clause ends. */
  private venueDate(link: HoldLink): DateSpan | undefined {
    const { ctx } = this;
    const { tokens } = ctx;
    const at = tail(ctx, link.position);
    const venue = cueAt(ctx, at, VENUE_CUES);
    if (!venue) return undefined;
    for (let k = venue.end; k < tokens.length && k < venue.end + MAX_VENUE; k++) {
      const t = tokens[k]!;
      const d = this.d.dateAt[k];
      if (d) return d.value && !isInterval(d) && this.d.firstOf(d, k) ? d : undefined;
      if (t.lineBreakBefore || (t.kind === "p" && t.key !== "(" && t.key !== "-")) return undefined;
    }
    return undefined;
  }

  /**
   * "thôi giữ chức T để nghỉ hưu", "thôi giữ chức T do nghỉ hưu theo chế độ", "thôi giữ chức T, nghỉ hưu từ ngày 1/9": a
   * post the holder leaves (the holder's own "thôi giữ chức", not a decision that relieves: "cho thôi", "miễn nhiệm")
   * followed at `k`, past dates, by a reason word and a retirement: a retirement, the words of "thôi giữ chức" kept.
   */
  private retirementAfter(ev: CueMatch, k: number): { cue: CueMatch; step: CueMatch } | undefined {
    if (ev.cue.event !== "dismissal" || ev.cue.subject !== "holder") return undefined;
    const { tokens } = this.ctx;
    // (Past the date it takes effect: "… (kể) từ ngày 1/8/2025 để nghỉ hưu".)
    let j0 = k;
    if (tokens[j0]?.key === "kể") j0++;
    if (tokens[j0]?.key === "từ") j0++;
    if (this.d.dateAt[j0]) k = j0;
    while (k < tokens.length && this.d.dateAt[k]) k++;
    if (!STEP_REASON.has(tokens[k]?.key ?? "") || tokens[k]!.lineBreakBefore) return undefined;
    let j = k + 1;
    for (let m = cueAt(this.ctx, j, ADVERB_PASSIVE_CUES); m; m = cueAt(this.ctx, j, ADVERB_PASSIVE_CUES)) {
      if (m.cue.status === "incoming") return undefined;
      j = m.end;
    }
    const step = cueAt(this.ctx, j, EVENT);
    if (step?.cue.event !== "retirement") return undefined;
    return { cue: { start: ev.start, end: ev.end, cue: { ...ev.cue, event: "retirement", phrase: step.cue.phrase } }, step };
  }

  /**
   * "ông X (được) nghỉ hưu trước tuổi, thôi giữ chức T", "… nghỉ hưu theo chế độ và thôi giữ chức T": the holder's own
   * "thôi giữ chức" right after a retirement told of the same subject is that retirement.
   */
  private retirementBefore(ev: CueMatch): CueMatch | undefined {
    if (ev.cue.event !== "dismissal" || ev.cue.subject !== "holder") return undefined;
    const before = this.ctx.tokens[ev.start - 1]?.key;
    const k = before === "," || before === "và" ? ev.start - 1 : ev.start;
    const step = cueBefore(this.ctx, k, EVENT);
    if (step?.cue.event !== "retirement" || step.cue.subject !== "holder") return undefined;
    return { start: ev.start, end: ev.end, cue: { ...ev.cue, event: "retirement", phrase: step.cue.phrase } };
  }

  /** The adverbs, passives, negations and proposals leading to the event word ("sẽ", "chưa được", "đề nghị"). */
  private leadToEvent(ev: CueMatch): CueMatch[] {
    return leadCues(this.ctx, ev.start, sentenceStart(this.ctx, ev.start), ADVERB_PASSIVE_NEGATION_NOMINATION_CUES);
  }

  /** A negation or a proposal in the words leading to the event word ("chưa được", "không được",
   *  "đề nghị bổ nhiệm", "dự kiến bầu"). */
  private negated(ev: CueMatch): boolean {
    return denies(this.leadToEvent(ev));
  }

  /** The link's person is named after "thay" (link-cues.tsv replaces) written after token `from`. */
  private replacedAfter(link: HoldLink, from: number): boolean {
    const m = this.cueBeforeName(link, REPLACES_CUES);
    return !!m && m.start >= from;
  }

  /** An approval word earlier in the sentence of an appointment or election: a second event, decided by who approved. */
  private approvalBefore(link: HoldLink, evCue: CueMatch, ev: EventLink): void {
    const from = Math.max(sentenceStart(this.ctx, evCue.start), evCue.start - MAX_LOOK);
    for (let k = from; k < evCue.start; k++) {
      const m = cueAt(this.ctx, k, EVENT);
      if (!m) continue;
      // ("phê chuẩn bổ nhiệm giữ chức T": the approval's phrase may run into the appointment's, "bổ nhiệm giữ chức".)
      if (m.cue.event === "approval" && (m.end <= evCue.start || m.cue.also === ev.type || ev.type === "appointment") && !this.negated(m)) {
        // ("chuẩn y ông A làm T1, thay ông B được điều động giữ chức T2": the one replaced, named after the approval, is told
        // of in a clause of its own; the approval is not of B's new post.)
        if (this.replacedAfter(link, m.end)) return;
        const authority = this.authorityBefore(this.leadStart(m), link.person);
        // ("được Quốc hội phê chuẩn bổ nhiệm giữ chức T": the approval's phrase runs into the appointment's, or ends right
        // before it: the appointment is the act approved, not told as made; one event, the approval, by who approved.)
        if (ev.type === "appointment" && m.end >= evCue.start) {
          ev.type = "approval";
          ev.reason = m.cue.phrase;
          ev.start = Math.min(ev.start, m.start);
          ev.authority ??= authority;
          return;
        }
        this.events.push({ ...ev, type: "approval", reason: m.cue.phrase, start: Math.min(ev.start, m.start), authority });
        // (The body "được" names there approved the act; who made it is not told.)
        if (m.end > evCue.start && authority && ev.authority === authority) {
          ev.authority = undefined;
          ev.deciderUntold = true;
        }
        return;
      }
      k = m.end - 1;
    }
  }

  /** An event's date is when the holding began (appointment …) or ended (dismissal …). */
  private dateTenure(t: Tenure, ev: EventLink): void {
    if (!ev.date) return;
    // ("Ông X, nguyên Bộ trưởng …, đã từ trần": a post left before does not end then.)
    if (ENDS_HOLDING.has(ev.type)) {
      if (!t.endDate && (t.weight < 3 || t.status !== "former")) {
        t.endDate = ev.date;
        t.endsAtEvent = true;
      }
    }
    // ("tái đắc cử Ủy viên Bộ Chính trị" in 2016 renews a holding begun before.)
    else if (!t.startDate && !ev.renews) {
      t.startDate = ev.date;
      t.startsAtEvent = true;
    }
  }

  /** The decision written before the link's name (eventBeforeName), kept with the title it gave and its holder
   *  for the names listed after (parallelDecision). */
  private decidedBeforeName(link: HoldLink): CueMatch | undefined {
    const ev = this.eventBeforeName(link);
    if (ev) this.decidedTitles.set(link.position, { person: link.person, cue: ev });
    return ev;
  }

  /** "bầu ông A giữ chức T1 và ông B giữ chức T2", "bổ nhiệm ông A làm T1, ông B làm T2": the next name with a
   *  verb and a title of its own, right after the title a decision gave, is given its title by that decision. Only the
   *  verb alone: "ông B vẫn làm T2", "ông B làm T2 từ năm 2010 đến năm 2015" tell of no decision. */
  private parallelDecision(link: HoldLink, after: DateAfter | undefined): CueMatch | undefined {
    // (Also after a title written with the name, "và bà B, nguyên T3 đảm nhiệm chức vụ T4": the appositive says what B is or was.)
    // (Or after the name's titles in parentheses: "…; ông B (T3, T4) giữ chức T2".)
    const aside = this.titlesInParensAfterName(link);
    if ((link.reason !== "name-then-title" && !(link.reason === "appositive-chain" && (this.appositiveBeforeCues(link) || aside))) || link.prev || !link.cues.length || !link.cues.every((m) => m.cue.role === "holds" && !m.cue.status)) return undefined;
    if (after && (after.role === "interval" || after.role === "until")) return undefined;
    const { ctx } = this;
    const k = addressStart(ctx, subjectStart(link));
    const joiner = ctx.tokens[k - 1]?.key;
    if (joiner !== "," && joiner !== "và" && joiner !== ";") return undefined;
    const title = this.endingAt.get(k - 1);
    const told = title && this.decidedTitles.get(title);
    if (!told || told.person === link.person || sentenceStart(ctx, told.cue.start) !== sentenceStart(ctx, k)) return undefined;
    // (And the name after this one: "…; ông B làm T2; ông C làm T3".)
    this.decidedTitles.set(link.position, { person: link.person, cue: told.cue });
    return told.cue;
  }

  /** "ông B (T3, T4) giữ chức T2": the link's title comes after titles in parentheses right after the name. */
  private titlesInParensAfterName(link: HoldLink): boolean {
    const open = link.person.end;
    const end = titleAsideEnd(this.ctx, open, MAX_APPOSITIVE);
    return end > 0 && end <= link.position.start && this.startingAt.get(open + 1)?.type === "position";
  }

  /** "bà B, nguyên T3 đảm nhiệm chức vụ T4": one title between the link's name (and a comma) and its cues. */
  private appositiveBeforeCues(link: HoldLink): boolean {
    const { tokens } = this.ctx;
    if (tokens[link.person.end]?.key !== "," || !link.cues.length) return false;
    const c = this.startingAt.get(link.person.end + 1);
    return c?.type === "position" && c !== link.position && tail(this.ctx, c) === link.cues[0]!.start;
  }

  /** "bổ nhiệm ông X giữ chức Y", "phân công ông X, T1, thôi giữ chức T2, về nhận nhiệm vụ T3": the
   *  titles a verb gives, not the appositives "ông X, T1". */
  private eventBeforeName(link: HoldLink): CueMatch | undefined {
    const verbal = link.cues.some((m) => m.cue.role === "holds" && !m.cue.status);
    // ("… quyết định phân công ông làm Bí thư Thành ủy": a pronoun stands where the name would.)
    const pronoun = link.reason === "pronoun-then-title";
    if (!verbal || !(NAME_FIRST.has(link.reason) || pronoun)) return undefined;
    let k = addressStart(this.ctx, subjectStart(link));
    // ("bổ nhiệm Trung tướng X giữ chức T", "bổ nhiệm Thứ trưởng Bộ Y tế X làm Bộ trưởng": the holder's rank or title
    // written before the name.)
    const rank = this.endingAt.get(k);
    if (rank?.type === "position") k = addressStart(this.ctx, rank.start);
    let before = leadCues(this.ctx, k, sentenceStart(this.ctx, k), EVENT_ADVERB_DECIDES_CUES);
    // "bổ nhiệm các ông: A giữ chức T1; B giữ chức T2": the words before the list's opening.
    if (!before.length) {
      const open = this.listOpening(k);
      if (open >= 0) before = leadCues(this.ctx, open, sentenceStart(this.ctx, open), EVENT_ADVERB_DECIDES_TARGET_EVENT_TARGET_CUES);
    }
    const ev = [...before].reverse().find((m) => m.cue.role === "event");
    // ("miễn nhiệm ông X, Thống đốc …, để giữ chức T": the decision ends the post written with the name.)
    if (ev && ENDS_HOLDING.has(ev.cue.event!) && this.appositiveOf(link)) return undefined;
    return ev && ev.cue.subject === "authority" ? ev : undefined;
  }

  /**
   * An entry starting at token k of a list of people opened by "các ông:" (data/link-cues.tsv, role
   * people-list), its entries after ":", ";" or a line break ("- Ông A …;\n- Ông B …"): where the opening words start, else -1.
   */
  private listOpening(k: number): number {
    const { tokens } = this.ctx;
    while (k > 0 && ENTRY_MARK.has(tokens[k - 1]!.key) && !tokens[k]!.lineBreakBefore) k--;
    // ("…: 1. A giữ chức T1; 2. B giữ chức T2": a number and "." or ")" open the entry.)
    if (k >= 2 && (tokens[k - 1]!.key === "." || tokens[k - 1]!.key === ")") && tokens[k - 2]!.kind === "n" && !tokens[k]!.lineBreakBefore && !tokens[k - 1]!.lineBreakBefore) k -= 2;
    const prev = tokens[k - 1]?.key;
    if (!(prev === ":" || prev === ";" || tokens[k]?.lineBreakBefore)) return -1;
    for (let j = k - 1; j >= 0 && j >= k - MAX_LIST; j--) {
      const key = tokens[j]!.key;
      // ("Các đồng chí được bổ nhiệm gồm: …": a list word right after the decision opens the list too.)
      if (key === ":") return cueBefore(this.ctx, j, PEOPLE_LIST_CUES)?.start ?? this.decidedList(j) ?? -1;
      // (A full stop ends the list unless an entry line ends with it, or it follows an entry's number: "; 2. B".)
      const entryNumber = key === "." && tokens[j - 1]?.kind === "n" && (tokens[j - 1]!.lineBreakBefore || [":", ";"].includes(tokens[j - 2]?.key ?? ""));
      if ((key === "." || key === "!" || key === "?") && !tokens[j + 1]?.lineBreakBefore && !entryNumber) return -1;
    }
    return -1;
  }

  /** "được bổ nhiệm gồm:" ending at the colon at j: where the list word starts, when an event word is right before it. */
  private decidedList(j: number): number | undefined {
    const list = cueBefore(this.ctx, j, LIST_WORD_CUES);
    return list && cueBefore(this.ctx, list.start, EVENT)?.cue.role === "event" ? list.start : undefined;
  }

  /** A title written right after the link's name, behind a comma, that is not the link's own. */
  private appositiveOf(link: HoldLink): boolean {
    const { tokens } = this.ctx;
    if (tokens[link.person.end]?.key !== ",") return false;
    const c = this.startingAt.get(link.person.end + 1);
    return !!c && c.type === "position" && c !== link.position;
  }

  /**
   * "Quốc hội đã bỏ phiếu miễn nhiệm ông X, Thống đốc Ngân hàng Nhà nước": a decision that ends a
   * holding, right before the name, is about the post written with it, also when a post to come
   * follows ("…, để giữ chức T"); never an appointment ("bổ nhiệm ông X, Thứ trưởng, giữ chức Bộ
   * trưởng" names the post left behind).
   */
  private endingBeforeAppositive(link: HoldLink): CueMatch | undefined {
    if (link.reason !== "name-then-title" || link.prev || link.cues.some((m) => m.cue.role !== "chain" && m.cue.role !== "and")) return undefined;
    // ("bổ nhiệm lại ông A, T1 và bà B, T2.": the decision before the first pair of a list of names and their titles.)
    const ev = this.cueBeforeName(link, EVENT) ?? this.eventBeforePairs(link);
    if (!ev || ev.cue.subject !== "authority") return undefined;
    if (ENDS_HOLDING.has(ev.cue.event!)) return ev;
    // ("Thủ tướng bổ nhiệm lại ông X, Thứ trưởng Bộ Y tế.": an appointment right before the name, the sentence ending after
    // the one title written with it, gives that title; not a transfer, which names the post left, nor a title said as the
    // holder's past ("nguyên"), nor one the sentence goes on from ("…, Thứ trưởng, giữ chức T"), nor a vote ("HĐND bầu ông
    // X, Giám đốc Sở" may be to another seat).)
    if (ev.cue.event !== "appointment" || ev.cue.moves || link.position.data.modifiers.some((m) => m.meaning === "former")) return undefined;
    // ("UBND tỉnh giao ông X, Giám đốc Sở Y tế." hands the director a task: grammar-words.tsv task-verb.)
    if (TASK_VERBS.has(ev.cue.phrase)) return undefined;
    if (NOT_EVENT.before(this.ctx.tokens, ev.start + 1) === ev.start - 1) return undefined;
    return this.pairsToEnd(tail(this.ctx, link.position)) ? ev : undefined;
  }

  /** "…, T1 và bà B, T2; ông C, T3.": from token e, only more pairs of a name and its title after ",", "và" or ";" up to
   *  the end of the sentence. */
  private pairsToEnd(e: number): boolean {
    const { ctx } = this;
    const { tokens } = ctx;
    for (let n = 0; n < MAX_PAIRS; n++) {
      const next = tokens[e];
      if (!next || next.lineBreakBefore || next.key === ".") return true;
      if (next.key !== "," && next.key !== "và" && next.key !== ";") return false;
      let j = e + 1;
      if (next.key === "," && tokens[j]?.key === "và") j++;
      for (let a = longest(ctx, j, "address"); a; a = longest(ctx, j, "address")) j = a.end;
      const p = this.startingAt.get(j);
      const t = p?.type === "person" && tokens[p.end]?.key === "," ? this.startingAt.get(p.end + 1) : undefined;
      if (t?.type !== "position") return next.key === ";";
      e = tail(ctx, t);
    }
    return false;
  }

  /** "bổ nhiệm lại ông A, T1 và bà B, T2": for B, the decision word before the first name of the pairs written before. */
  private eventBeforePairs(link: HoldLink): CueMatch | null {
    const { ctx } = this;
    const { tokens } = ctx;
    let k = addressStart(ctx, subjectStart(link));
    for (let n = 0; n < MAX_PAIRS; n++) {
      let j = k - 1;
      const key = tokens[j]?.key;
      // ("bổ nhiệm các ông: A, T1; B, T2.", "Ba giám đốc sở được bổ nhiệm mới là: ông A, T1; …": the list's opening.)
      if (key === ":") return this.eventBeforeColon(j);
      if (key !== "và" && key !== "," && key !== ";") return null;
      if (key === "và" && tokens[j - 1]?.key === ",") j--;
      const title = this.endingAt.get(j);
      const person = title?.type === "position" && tokens[title.start - 1]?.key === "," ? this.endingAt.get(title.start - 1) : undefined;
      if (person?.type !== "person") return null;
      k = addressStart(ctx, person.start);
      const m = cueBefore(ctx, k, EVENT);
      if (m) return m;
    }
    return null;
  }

  /** The colon at token j opening a list of pairs: the event word before "các ông" (link-cues.tsv people-list) or
   *  before a list word and adverbs ("được bổ nhiệm mới là:", "được bầu gồm:"), else null. */
  private eventBeforeColon(j: number): CueMatch | null {
    const { ctx } = this;
    const open = cueBefore(ctx, j, PEOPLE_LIST_CUES) ?? cueBefore(ctx, j, LIST_WORD_CUES);
    if (!open) return null;
    const lead = leadCues(ctx, open.start, sentenceStart(ctx, open.start), EVENT_ADVERB_CUES);
    for (let i = lead.length - 1; i >= 0; i--) if (lead[i]!.cue.role === "event") return lead[i]!;
    return null;
  }

  /** "HĐND tỉnh miễn nhiệm Phó Chủ tịch UBND tỉnh Nguyễn Văn A", "cách chức Chủ tịch X": a decision that
   *  ends a post, written right before the title and its holder's name. (Not one that gives a post:
   *  "phân công Phó Thủ tướng X phụ trách …" gives a task to the holder of a post.) */
  private endingBeforeTitle(link: HoldLink): CueMatch | undefined {
    if (link.reason !== "title-before-name" || link.prev) return undefined;
    const ev = cueBefore(this.ctx, link.position.start, EVENT);
    if (!ev || ev.cue.subject !== "authority") return undefined;
    if (ENDS_HOLDING.has(ev.cue.event!)) return ev;
    // ("Quốc hội đã bầu Chủ tịch nước X.", "Thủ tướng bổ nhiệm lại Thứ trưởng Bộ Y tế X.": a decision that gives a post, right
    // before the title and its holder, the clause ending after the name, gives that title; not a transfer, which names the
    // post left, nor "bổ nhiệm Thứ trưởng X làm Bộ trưởng".)
    if (!GIVES_POST.has(ev.cue.event!) || ev.cue.moves || link.person.start < link.position.end || link.position.data.head.kind === "rank") return undefined;
    // ("UBND tỉnh đã giao Giám đốc Sở Y tế X." hands the director a task: grammar-words.tsv task-verb.)
    if (TASK_VERBS.has(ev.cue.phrase)) return undefined;
    // ("chào xã giao Chủ tịch nước X": "giao" is a syllable of another word there, grammar-words.tsv not-event.)
    if (NOT_EVENT.before(this.ctx.tokens, ev.start + 1) === ev.start - 1) return undefined;
    const e = link.person.end;
    const next = this.ctx.tokens[e];
    // (Not a comma: "bổ nhiệm Thượng tướng X, Tư lệnh …, giữ chức T" goes on with the post given.)
    return !next || next.lineBreakBefore || (CLAUSE_END.has(next.key) && next.key !== ",") || this.ctx.inDate[e] || BARE_EVENT_AFTER.at(this.ctx.tokens, e) > 0 ? ev : undefined;
  }

  /**
   * "Sau khi thôi giữ chức Bí thư Tỉnh ủy X, ông Y chuyển công tác …", "Sau khi được bầu làm Chủ tịch UBND tỉnh, ông Y …":
   * a step of the holder's own (or one told after "được"), opening the sentence (after "sau khi", "khi": grammar-words.tsv step-clause)
   * right before the title, its holder named after the comma.
   */
  private ownEndingBeforeTitle(link: HoldLink): CueMatch | undefined {
    if (link.reason !== "title-before-name" || link.prev || link.person.start < link.position.end) return undefined;
    const { ctx } = this;
    const ev = cueBefore(ctx, link.position.start, EVENT);
    if (!ev) return undefined;
    const s = sentenceStart(ctx, ev.start);
    const lead = leadCues(ctx, ev.start, s, ADVERB_PASSIVE_CUES);
    if (lead.some((m) => m.cue.status === "incoming")) return undefined;
    // ("Sau khi được bầu làm Bí thư Tỉnh ủy, ông X …": after "được" the subject is the holder too.)
    if (ev.cue.subject !== "holder" && !lead.some((m) => m.cue.role === "passive")) return undefined;
    let k = lead.length ? lead[0]!.start : ev.start;
    const clause = STEP_CLAUSE.before(ctx.tokens, k, s);
    if (clause >= 0) k = clause;
    while (k > s && (this.d.dateAt[k - 1] || ctx.tokens[k - 1]!.key === ",")) k--;
    return k === s ? ev : undefined;
  }

  /** "HĐND tỉnh bầu các Phó Chủ tịch UBND tỉnh gồm các ông: A, B", "bổ nhiệm 3 Phó Giám đốc Sở là …": a decision
   *  written right before a title whose holders are listed after it concerns each of them. */
  private eventBeforeList(link: HoldLink): CueMatch | undefined {
    if (!LISTED.has(link.reason)) return undefined;
    const { tokens } = this.ctx;
    let k = link.position.start;
    while (k > 0 && (PLURAL_BEFORE.has(tokens[k - 1]!.key) || tokens[k - 1]!.kind === "n")) k--;
    const ev = cueBefore(this.ctx, k, EVENT) ?? this.eventAfterListTitle(link);
    return ev && ev.cue.subject === "authority" && !this.negated(ev) ? ev : undefined;
  }

  /**
   * "Tổng thống bổ nhiệm 3 bộ trưởng mới, gồm Bộ trưởng Giáo dục A, Bộ trưởng Y tế B và Bộ trưởng Lao động C": each item of
   * a list of titles and their holders after a list word ("gồm", link-cues.tsv list) is told by the decision written a few
   * words before that word (its count and plural noun between).
   */
  private eventBeforeTitledItems(link: HoldLink): CueMatch | undefined {
    // (A rank written before its holder's name is no post a decision gives: "… gồm: Trung tướng A, Tư lệnh …".)
    if (link.reason !== "title-before-name" || link.position.data.head.kind !== "office") return undefined;
    const { tokens } = this.ctx;
    let k = link.position.start;
    // Back over the items before this one ("T N," "T N và"), to the list word.
    for (let items = 0; items < MAX_TITLED_ITEMS; items++) {
      if (ITEM_SEPARATORS.has(tokens[k - 1]?.key ?? "")) k--;
      const person = this.endingAt.get(k);
      if (person?.type !== "person") break;
      const title = this.endingAt.get(addressStart(this.ctx, person.start));
      if (title?.type !== "position") return undefined;
      k = title.start;
    }
    if (tokens[k - 1]?.key === ":") k--;
    const list = cueBefore(this.ctx, k, LIST_WORDS);
    if (!list) return undefined;
    let j = list.start;
    if (tokens[j - 1]?.key === ",") j--;
    // The decision, then the count and the plural noun of the list ("bổ nhiệm 3 bộ trưởng mới", "còn có 7/15 ghế bộ trưởng khác").
    for (let n = 0; n < MAX_WORDS_BEFORE_LIST && j > 0; n++, j--) {
      const t = tokens[j - 1]!;
      if (t.lineBreakBefore || (t.kind !== "w" && t.kind !== "n" && t.key !== "/")) return undefined;
      const ev = cueBefore(this.ctx, j, EVENT);
      if (ev) return ev.cue.subject === "authority" && !this.negated(ev) ? ev : undefined;
    }
    return undefined;
  }

  /** "Các Thứ trưởng mới được bổ nhiệm gồm: …": the event word between the list's title and its list word. */
  private eventAfterListTitle(link: HoldLink): CueMatch | undefined {
    const from = tail(this.ctx, link.position);
    const list = listWordAfter(this.ctx, from);
    for (let k = from; k < list; k++) {
      const ev = cueAt(this.ctx, k, EVENT);
      if (ev) return ev;
    }
    return undefined;
  }

  /**
   * "* Bí thư tỉnh, thành ủy tái đắc cử:⏎1. Bí thư Tỉnh ủy X: Ông A.⏎2. …": a roster's item (its title, a colon, then the
   * holder) under a heading line that ends with a colon and tells an event, the holders' own ("tái đắc cử", "trúng cử")
   * or one after "được" ("được bổ nhiệm:"): that event. Every line between is an item of the roster (it has a colon).
   */
  private rosterHeadingEvent(link: HoldLink): CueMatch | undefined {
    if (link.reason !== "title-before-name") return undefined;
    const { ctx } = this;
    const { tokens } = ctx;
    const colon = tail(ctx, link.position);
    if (tokens[colon]?.key !== ":" || link.person.start <= colon) return this.numberedItemEvent(link);
    return this.eventAboveItems(lineStartOf(tokens, link.position.start), false);
  }

  /**
   * Up from the item line starting at `line`, over lines that are items like it (a roster's, with a colon; or numbered):
   * the event of the heading, the first line that ends with a colon; undefined when another line comes first.
   */
  private eventAboveItems(line: number, numbered: boolean): CueMatch | undefined {
    const { tokens } = this.ctx;
    for (let n = 0; n < MAX_ROSTER_LINES && line > 0; n++) {
      const prev = lineStartOf(tokens, line - 1);
      // (The line before ends with a colon: the heading.)
      if (tokens[line - 1]!.key === ":") return this.headingEvent(prev, line - 1);
      if (numbered ? numberedMark(tokens, prev) < 0 : !colonIn(tokens, prev, line)) return undefined;
      line = prev;
    }
    return undefined;
  }

  /**
   * "… được Quốc hội phê chuẩn miễn nhiệm gồm:⏎1. Phó Thủ tướng A⏎2. Bộ trưởng Quốc phòng B …": a numbered line that is
   * only a title and its holder, under numbered lines like it and a heading that ends with a colon and tells an event
   * (the holders' own, or one after "được"/"bị"): that event.
   */
  private numberedItemEvent(link: HoldLink): CueMatch | undefined {
    const { tokens } = this.ctx;
    const line = lineStartOf(tokens, link.position.start);
    if (numberedMark(tokens, line) !== link.position.start) return undefined;
    const next = tokens[link.person.end];
    if (next && !next.lineBreakBefore && next.key !== "." && next.key !== ";") return undefined;
    return this.eventAboveItems(line, true);
  }

  /** The event a heading [a, b) tells: a holder's own, or one after "được"/"bị". */
  private headingEvent(a: number, b: number): CueMatch | undefined {
    let passive = false;
    for (let k = a; k < b; k++) {
      const m = cueAt(this.ctx, k, PASSIVE_EVENT_NOMINATION_CUES);
      if (!m) continue;
      if (m.cue.role === "nomination") return undefined;
      if (m.cue.role === "passive") passive = true;
      else if (m.cue.role === "event" && (passive || m.cue.subject === "holder")) return m;
      k = m.end - 1;
    }
    return undefined;
  }

  /** "X được Ban Bí thư chỉ định tham gia Ban Chấp hành … và giữ chức Y": an event word after
   *  "được" between the name and a title a verb gives, with nobody else named in between. */
  private eventInGap(link: HoldLink): CueMatch | undefined {
    // (After a pronoun, not after the name it stands for: that is in another sentence.)
    const a = subjectEnd(link);
    const b = link.position.start;
    // (Decision words listed with commas count as one: "được Bộ Chính trị điều động, phân công, chỉ định tham gia …"; the
    // name's titles written between count for nothing: "Bà X, T1, T2, T3, được … giữ chức T4".)
    if (b <= a || b - a - listedDecisionWords(this.ctx, a, b) - this.titleTokensIn(a, b) > 30 || !link.cues.some((m) => m.cue.role === "holds" && !m.cue.status)) return undefined;
    if (this.items.some((c) => c.type === "person" && c.start >= a && c.end <= b)) return undefined;
    const { tokens } = this.ctx;
    let passive = false;
    for (let k = a; k < b; k++) {
      const key = tokens[k]!.key;
      if (key === "." || key === ";" || tokens[k]!.lineBreakBefore) return undefined;
      const m = cueAt(this.ctx, k, PASSIVE_EVENT_NOMINATION_CUES);
      if (!m) continue;
      if (m.cue.role === "nomination") return undefined;
      if (m.cue.role === "passive") passive = true;
      else if (passive) return m;
      k = m.end - 1;
    }
    return undefined;
  }

  /** How many tokens of [a, b) the titles written there take (their terms and ends included, tail). */
  private titleTokensIn(a: number, b: number): number {
    let n = 0;
    for (let k = a; k < b; k++) {
      const c = this.positionAt.has(k) ? this.startingAt.get(k) : undefined;
      if (c?.type !== "position") continue;
      const e = Math.min(tail(this.ctx, c), b);
      n += e - k;
      k = e - 1;
    }
    return n;
  }

  /** "công bố quyết định nghỉ hưu đối với bà X, Phó Chủ tịch …": the event is about the one after "đối với". */
  private eventBeforeTarget(link: HoldLink): CueMatch | undefined {
    // ("trao quyết định nghỉ hưu đối với Chánh án TAND tỉnh X": the title written before the name, right after "đối
    // với", is the post the step ends; never one a decision gives, which is told after the name: "… đối với Phó Giám đốc
    // Sở X giữ chức Giám đốc Sở".)
    const titleFirst = link.reason === "title-before-name" && link.position.end <= link.person.start;
    if ((!NAME_FIRST.has(link.reason) && !titleFirst) || link.prev) return undefined;
    const target = titleFirst
      ? cueBefore(this.ctx, addressStart(this.ctx, link.position.start), TARGET_EVENT_TARGET_CUES)
      : (this.cueBeforeName(link, TARGET_EVENT_TARGET_CUES) ?? this.targetBeforePairs(link));
    if (!target) return undefined;
    const lead = leadCues(this.ctx, target.start, sentenceStart(this.ctx, target.start), EVENT_DECIDES_ADVERB_HANDS_OVER_CUES);
    const last = lead[lead.length - 1];
    if (titleFirst) return last?.cue.role === "event" && ENDS_HOLDING.has(last.cue.event!) ? last : undefined;
    if (last?.cue.role === "event") return last;
    // "trao quyết định đối với ông X giữ chức T": the decision handed over gives the post a verb names (no event word, no decider told).
    if (last?.cue.role === "hands-over" && link.cues.some((m) => m.cue.role === "holds" && !m.cue.status)) {
      return { start: last.start, end: last.end, cue: { phrase: last.cue.phrase, role: "event", event: "appointment", subject: "holder" } };
    }
    return undefined;
  }

  /**
   * "quyết định nghỉ hưu theo chế độ đối với ông A, T1; ông B, T2.": for B, the target word ("đối với") before the first
   * name of the pairs of a name and its title written before, when only such pairs follow to the sentence's end.
   */
  private targetBeforePairs(link: HoldLink): CueMatch | null {
    const { ctx } = this;
    const { tokens } = ctx;
    if (tokens[link.person.end]?.key !== "," || this.startingAt.get(link.person.end + 1) !== link.position) return null;
    let k = addressStart(ctx, subjectStart(link));
    for (let n = 0; n < MAX_PAIRS; n++) {
      k = this.pairBefore(k);
      if (k < 0) return null;
      const m = cueBefore(ctx, k, TARGET_EVENT_TARGET_CUES);
      if (m) return this.pairsToEnd(tail(ctx, link.position)) ? m : null;
    }
    return null;
  }

  /** The start (address word included) of the pair of a name and its title that ends right before the joiner before token k, else -1. */
  private pairBefore(k: number): number {
    const { ctx } = this;
    const { tokens } = ctx;
    let j = k - 1;
    const key = tokens[j]?.key;
    if (key !== "và" && key !== "," && key !== ";") return -1;
    if (key === "và" && tokens[j - 1]?.key === ",") j--;
    const title = this.endingAt.get(j);
    const person = title?.type === "position" && tokens[title.start - 1]?.key === "," ? this.endingAt.get(title.start - 1) : undefined;
    return person?.type === "person" ? addressStart(ctx, person.start) : -1;
  }

  /**
   * "Các cán bộ nghỉ hưu từ ngày 1/6/2014 gồm ông A, T1; ông B, T2.": a step of the holders' own that ends a post (a
   * retirement), then a date or not, then a list word (link-cues.tsv list) before pairs of a name and its title that go on
   * to the sentence's end: each name's step, with the title written with it.
   */
  private ownStepBeforePairs(link: HoldLink): CueMatch | undefined {
    const { ctx } = this;
    const { tokens } = ctx;
    if (!NAME_FIRST.has(link.reason) || link.prev || tokens[link.person.end]?.key !== "," || this.startingAt.get(link.person.end + 1) !== link.position) return undefined;
    if (!this.pairsToEnd(tail(ctx, link.position))) return undefined;
    let k = addressStart(ctx, subjectStart(link));
    for (let n = 0; n < MAX_PAIRS; n++) {
      const list = cueBefore(ctx, k, LIST_WORD_CUES);
      if (list) {
        let j = list.start;
        while (j > 0 && this.d.dateAt[j - 1]) j--;
        // ("nghỉ hưu (kể) từ ngày 1/6": the word opening the date.)
        if (j < list.start) j = cueBefore(ctx, j, SINCE_UNTIL_CUES)?.start ?? j;
        const ev = cueBefore(ctx, j, EVENT);
        return ev && ev.cue.subject === "holder" && ENDS_HOLDING.has(ev.cue.event!) ? ev : undefined;
      }
      k = this.pairBefore(k);
      if (k < 0) return undefined;
    }
    return undefined;
  }

  /** The cue `accept` takes that ends right before the name (and its address word: "đối với bà X"). */
  private cueBeforeName(link: HoldLink, accept: ReturnType<typeof byRole>): CueMatch | null {
    const k = addressStart(this.ctx, subjectStart(link));
    return cueBefore(this.ctx, k, accept);
  }

  /** "Thủ tướng Chính phủ vừa có quyết định cho ông X, Thứ trưởng …, nghỉ hưu": who let the person go. */
  private permitter(link: HoldLink): Candidate | undefined {
    const m = this.cueBeforeName(link, EVENT_TARGET_CUES);
    return m ? this.authorityBefore(m.start, link.person) : undefined;
  }

  /** "Theo quyết định của Ban Bí thư, Thứ trưởng X giữ chức Phó Bí thư Tỉnh ủy Y": an appointment. */
  private byDecision(link: HoldLink): { cue: CueMatch; decider?: Candidate } | undefined {
    if (!link.cues.some((m) => m.cue.role === "holds" && !m.cue.status) || !holderCues(link.cues)) return undefined;
    const found = this.decisionOpening(link);
    if (!found) return undefined;
    const { by, decider } = found;
    return { cue: { start: by.start, end: by.end, cue: { phrase: by.cue.phrase, role: "event", event: "appointment", subject: "holder" } }, decider };
  }

  /** "Theo quyết định (số …) của X, …" opening the link's sentence, and X. */
  private decisionOpening(link: HoldLink): { by: CueMatch; decider?: Candidate } | undefined {
    let k = sentenceStart(this.ctx, link.start);
    while (this.d.dateAt[k] || this.ctx.tokens[k]?.key === ",") k++;
    const by = cueAt(this.ctx, k, BY_DECISION_CUES);
    if (!by || by.end > link.start) return undefined;
    const decider = this.startingAt.get(by.end) ?? this.startingAt.get(this.afterDocument(by.end));
    return { by, decider: decider && decider !== link.person && decider !== link.position ? decider : undefined };
  }

  /** "Theo quyết định số 123/QĐ-TTg ngày 10/5/2017 của Thủ tướng": past the number, its date and "của". */
  private afterDocument(k: number): number {
    const { tokens } = this.ctx;
    const from = k;
    while (k < tokens.length && k - from < 12 && isCodeToken(tokens[k]!) && !this.d.dateAt[k]) k++;
    while (k < tokens.length && this.d.dateAt[k]) k++;
    return tokens[k]?.key === "của" ? k + 1 : k;
  }

  /** Where the words leading to an event start: "đã ký quyết định bổ nhiệm" → at "đã";
   *  "ban hành Quyết định số 12/QĐ-TTg về việc bổ nhiệm" → at "ban hành". */
  private leadStart(ev: CueMatch): number {
    const { ctx } = this;
    let k = ev.start;
    while (k > ev.start - MAX_LOOK) {
      const lead = leadCues(ctx, k, Math.max(0, k - 8), DECIDES_ADVERB_PASSIVE_DECISION_REF_CUES);
      if (lead.length) k = lead[0]!.start;
      let j = k;
      while (j > 0 && this.d.dateAt[j - 1]) j--; // "Nghị quyết số 400/NQ-UBTVQH14 ngày 20/5/2017 cho thôi …"
      const code = this.codeStart(j);
      if (code === k) return k;
      k = code;
    }
    return k;
  }

  /** "… số 123/QĐ-TTg" ending at token k: where "số" is, else k. */
  private codeStart(k: number): number {
    const { tokens } = this.ctx;
    let j = k;
    while (j > 0 && k - j < 12 && isCodeToken(tokens[j - 1]!)) j--;
    return j < k && j > 0 && tokens[j - 1]!.key === "số" ? j - 1 : k;
  }

  /** The entity right before an event word (through decision words): who decided, if not the holder. */
  private authorityBefore(at: number, holder: Candidate): Candidate | undefined {
    const lead = leadCues(this.ctx, at, sentenceStart(this.ctx, at), DECIDES_ADVERB_CUES);
    let k = lead.length ? lead[0]!.start : at;
    while (k > 0 && this.d.dateAt[k - 1]) k--;
    // ("HĐND tỉnh Quảng Nam khóa IX đã bầu …": the body's terms stand between it and its decision.)
    for (let j = k - 1; j >= Math.max(0, k - 6) && !this.endingAt.has(k); j--) if (this.endingAt.has(j) && termsEnd(this.ctx, j) === k) k = j;
    // ("Ngân hàng TMCP Quân đội (MB) đã bổ nhiệm …": the body's short name in parentheses stands between it and its decision.)
    const alias = this.ctx.tokens[k - 1]?.key === ")" ? this.endingAt.get(k - 1) : undefined;
    if (alias?.type === "organization" && this.ctx.tokens[alias.start - 1]?.key === "(" && this.endingAt.get(alias.start - 1)?.type === "organization") k = alias.start - 1;
    const c = this.endingAt.get(k);
    return c && c !== holder && nameOf(c) !== nameOf(holder) ? c : undefined;
  }

  /** The one who acts on the person named at token `at`: "[Bộ Chính trị] quyết định phân công ông X". */
  private actorOn(at: number, holder: Candidate, evCue?: CueMatch): Candidate | undefined {
    let k = at;
    const own = this.endingAt.get(k);
    if (own?.type === "position") k = own.start; // "kỷ luật Bí thư Đinh La Thăng"
    k = addressStart(this.ctx, k);
    const lead = leadCues(this.ctx, k, sentenceStart(this.ctx, k), DECIDES_ADVERB_EVENT_SANCTION_EVENT_TARGET_CUES);
    const letsGo = lead.length > 0 && lead[lead.length - 1]!.cue.role === "event-target";
    // ("Bộ Chính trị đã có quyết định cho ông X thôi giữ chức …": a decision that lets the person go;
    // "Ủy ban Thường vụ Quốc hội cho ông X thôi nhiệm vụ đại biểu": the one who lets the person leave
    // a post, with the person's own step after the name, decides it.)
    const endsOwn = !!evCue && evCue.start > at && endsOwnPost(evCue);
    const lets = letsGo && ((lead.length > 1 && lead.some((m) => m.cue.role === "decides")) || endsOwn);
    const acts = lead.some((m) => m.cue.role === "event" || m.cue.role === "sanction") || lets;
    return acts ? this.authorityBefore(this.leadStart(lead[0]!), holder) : undefined;
  }

  /** The body after the last "quyết định của" before the event word in its sentence. */
  private decisionOwner(at: number, link: HoldLink): Candidate | undefined {
    // (A short look back: the decision is named near the event word.)
    for (let k = at - 1; k >= Math.max(sentenceStart(this.ctx, at), at - MAX_LOOK); k--) {
      const m = cueBefore(this.ctx, k, DECISION_OF_CUES);
      if (!m) continue;
      const c = this.startingAt.get(k);
      return c && c.type !== "person" && nameOf(c) !== link.person.data.name ? c : undefined;
    }
    return undefined;
  }

  private add(link: HoldLink, cue: CueMatch, authority: Candidate | undefined, date: DateSpan | undefined): EventLink {
    return this.push({
      type: cue.cue.event!,
      link,
      ...(authority ? { authority } : {}),
      ...(date ? { date } : {}),
      start: Math.min(subjectStart(link), link.position.start, cue.start),
      end: Math.max(subjectEnd(link), link.position.end, cue.end),
      reason: cue.cue.phrase,
      ...(cue.cue.again ? { renews: true } : {}),
    });
  }

  private push(ev: EventLink): EventLink {
    this.events.push(ev);
    this.eventOf.set(ev.link, ev);
    return ev;
  }

  /** "Ông X, nguyên Bộ trưởng …, đã từ trần": an event after the titles, for every title of that chain. */
  eventsAfterTitles(links: HoldLink[], byPerson: Map<string, HoldLink[]>): void {
    const { ctx } = this;
    const { tokens } = ctx;
    const sorted = new Map<string, ByStart>();
    for (const link of links) {
      if (this.eventOf.has(link) || link.served) continue;
      // ("Con trai của Chủ tịch xã X được bổ nhiệm", "Em trai của Giám đốc Sở X bị cách chức": the title and its holder own
      // the clause's subject, grammar-words.tsv owner-before; the decision is not theirs.)
      if (OWNER_BEFORE.before(tokens, addressStart(ctx, Math.min(link.person.start, link.position.start))) >= 0) continue;
      // (After the name when the title comes first: "Nguyên Thủ tướng X đã qua đời".)
      let k = Math.max(tail(ctx, link.position), link.person.start > link.position.start ? link.person.end : 0);
      // ("đại biểu Ngô Văn Minh (Quảng Nam) mới qua đời": an aside in parentheses after the name is passed over.)
      if (link.person.start > link.position.start) k = this.pastAside(k);
      // ("Đồng chí X, sinh ngày …; quê quán: …; nguyên T1, nguyên T2; đã từ trần …": the field of the titles ends with a
      // semicolon before a step of the holder's own.)
      // (Semicolons counted once: a holder named once, far before many titles, was read back to for each.)
      const semis = (this.semicolonsBefore ??= semicolonsBefore(tokens));
      const fields = link.person.end < link.position.start && semis[link.position.start]! > semis[link.person.end]!; // (profile fields between semicolons after the name)
      let field = false;
      for (; k < tokens.length; k++) {
        // ("… giai đoạn từ năm 2009 đến năm 2016 - đã qua đời": the word of a span right before its dates, passed over with them.)
        const span = HELD_SPAN.at(tokens, k);
        if (span > 0 && this.d.dateAt[k + span]) k += span;
        if (!(this.d.dateAt[k] || AFTER_TITLE.has(tokens[k]!.key) || (tokens[k]!.key === ";" && fields))) break;
        if (tokens[k]!.key === ";") field = true;
      }
      // ("…, được nghỉ hưu theo chế độ": "được" before a step of the holder's own; "sẽ từ chức": a plan.)
      let plan = false;
      let passive = false; // ("…, bị cách chức": after "bị", "được" the holder is the subject)
      // ("… về hưu": an adverb that is the first word of a longer event word is that event's.)
      for (let m = cueAt(ctx, k, ADVERB_PASSIVE_CUES); m && !eventOver(ctx, m); m = cueAt(ctx, k, ADVERB_PASSIVE_CUES)) {
        if (m.cue.status === "incoming") plan = true;
        if (m.cue.role === "passive") passive = true;
        k = m.end;
      }
      // ("…, đã được Quốc hội miễn nhiệm": the body or titled person after "được"/"bị" is who decided.)
      let agent: Candidate | undefined;
      const by = passive ? this.startingAt.get(k) : undefined;
      if (by && (by.type === "organization" || by.type === "position")) {
        const named = by.type === "position" ? this.startingAt.get(tail(ctx, by)) : undefined;
        agent = named?.type === "person" ? named : by;
        k = agent === by ? tail(ctx, by) : agent.end;
        for (let m = cueAt(ctx, k, DECIDES_ADVERB_CUES); m; m = cueAt(ctx, k, DECIDES_ADVERB_CUES)) k = m.end;
      }
      let ev = cueAt(ctx, k, EVENT);
      // ("…, thôi giữ chức để nghỉ hưu theo chế độ": a retirement.)
      const retired = ev ? this.retirementAfter(ev, ev.end) : undefined;
      if (retired) ev = retired.cue;
      // ("Chủ tịch UBND tỉnh X vừa được HĐND tỉnh bầu lại": an election by the agent, with no title after it, is to the
      // one title written for the person; so is a decision that gives a post told with no agent, when its clause ends
      // there or goes on with a date, a meeting or "vào cương vị mới": "Tổng Thư ký Quốc hội X vừa được bầu hồi tháng 3",
      // "Thủ tướng X được bổ nhiệm vào cương vị mới". A transfer names no post.)
      const elected = !!ev && passive && ((!!agent && ev.cue.event === "election") || (GIVES_POST.has(ev.cue.event!) && !ev.cue.moves && this.clauseEndsAfter(ev)));
      if (plan || !ev || (ev.cue.subject !== "holder" && !passive) || !(ENDS_HOLDING.has(ev.cue.event!) || elected)) continue;
      if (field && (passive || ev.cue.subject !== "holder")) continue;
      // "…, thôi giữ chức T2": the event is about the title after it (a link of its own); not one on the next line (a
      // headline "Nguyên T1 X từ trần" above another "Nguyên T2 X từ trần").
      // (Behind the rest of "chức danh", "chức vụ" too: "… được HĐND bầu giữ chức danh Chủ tịch UBND Thành phố", whose cue
      // "bầu giữ chức" ends inside it.)
      const next = tokens[ev.end - 1]?.key === "chức" && POST_NOUN_TAIL.has(tokens[ev.end]?.key ?? "") ? ev.end + 1 : ev.end;
      if (this.positionAt.has(next) && !tokens[next]!.lineBreakBefore) continue;
      if (this.unnamedPostAfter(ev.end)) continue;
      const from = sentenceStart(ctx, link.position.start);
      if (elected) {
        if (postsIn(byPerson, sorted, link.person.data.name, from, ev.start).length !== 1 || this.eventOf.has(link)) continue;
        const e = this.add(link, ev, agent, this.d.dateAfterCue(ev));
        setStatus(link.tenure!, "current", 2);
        this.dateTenure(link.tenure!, e);
        continue;
      }
      // ("từ ngày 1/6, ông X, Phó Chủ tịch …, đã nghỉ hưu": the date opening the clause of the name.)
      const opening = this.d.clauseDate(Math.min(link.person.start, link.position.start))?.date;
      const date = this.d.dateAfterCue(ev!) ?? (retired ? this.d.dateAfterCue(retired.step) : undefined) ?? (opening && !isInterval(opening) ? opening : undefined);
      const authority = agent ?? this.permitter(link);
      for (const other of postsIn(byPerson, sorted, link.person.data.name, from, link.position.start)) {
        if (this.eventOf.has(other) || keepsRank(other, ev)) continue;
        const e = this.add(other, ev, authority, date);
        const t = other.tenure!;
        this.dateTenure(t, e);
        endHolding(t);
      }
    }
  }

  /** After a decision word told with no post (eventsAfterTitles), the clause ends, or goes on with a date, a word of
   *  grammar-words.tsv bare-event-after ("hồi", "tại") or "vào" + new-post + "mới" ("vào cương vị mới"). */
  private clauseEndsAfter(ev: CueMatch): boolean {
    const { ctx } = this;
    const { tokens } = ctx;
    let e = ev.end;
    if (tokens[e]?.key === "lại") e++;
    const next = tokens[e];
    if (!next || next.lineBreakBefore || CLAUSE_END.has(next.key) || ctx.inDate[e] || BARE_EVENT_AFTER.at(tokens, e) > 0) return true;
    const n = next.key === "vào" ? NEW_POST.at(tokens, e + 1) : 0;
    return n > 0 && tokens[e + 1 + n]?.key === "mới";
  }

  /**
   * "giữ chức Tổng Bí thư cho đến khi qua đời năm 1986", "được bầu làm T và giữ chức vụ này đến khi
   * từ trần": a step of the holder's own (a death, a retirement) that ended the post, told right after
   * it (or after the post written again); its date is the post's end.
   */
  heldUntil(link: HoldLink, t: Tenure): void {
    const { ctx } = this;
    let k = tail(ctx, link.position);
    // ("giữ chức vụ này": the verb's longest cue, "giữ chức vụ", takes the words of the post's.)
    const v = ctx.tokens[k]?.key === "và" ? k + 1 : k;
    if (cueAt(ctx, v, HOLDS_CUES)) {
      for (let j = v + 1; j <= v + 2; j++) {
        const ref = cueAt(ctx, j, POST_REF_CUES);
        if (ref) {
          k = ref.end;
          break;
        }
      }
    }
    // ("làm chủ tịch xã này …": a demonstrative after the title, grammar-words.tsv demonstrative.)
    if (DEMONSTRATIVE.has(ctx.tokens[k]?.key ?? "")) k++;
    // ("làm Chủ tịch xã 17 năm trước khi về hưu", "giữ chức T đến tháng 6/2020 thì nghỉ hưu": the time it was held between.)
    let m = k;
    while (m < k + 8 && (ctx.inDate[m] || (ctx.inDate[m + 1] && cueAt(ctx, m, SINCE_UNTIL_CUES)?.end === m + 1))) m++;
    // ("… 17 năm trước khi về hưu": how long, a number and a unit of time, grammar-words.tsv duration-unit.)
    if (m === k && ctx.tokens[m]?.kind === "n" && DURATION_UNITS.has(ctx.tokens[m + 1]?.key ?? "")) m += 2;
    const until = cueAt(ctx, m, UNTIL_STEP_CUES);
    const ev = until ? cueAt(ctx, until.end, EVENT) : null;
    if (!ev || ev.cue.subject !== "holder" || !ENDS_HOLDING.has(ev.cue.event!) || this.events.some((e) => e.link === link && e.type === ev.cue.event) || keepsRank(link, ev)) return;
    // (The date read only here, where an event was found: heldUntil is asked of every link.)
    const held = m > k ? this.d.dateAtToken(k) : undefined;
    const date = this.d.dateAfterCue(ev) ?? (held?.role === "until" ? held.date : undefined);
    const e = this.push({ type: ev.cue.event!, link, ...(date ? { date } : {}), start: subjectStart(link), end: ev.end, reason: ev.cue.phrase });
    endHolding(t);
    this.dateTenure(t, e);
  }

  /** "… đối với ông X, đại biểu Quốc hội thuộc Đoàn …, kể từ ngày 15/5/2017": past a comma (and the holder's title set
   *  off by commas, or ended by "kể từ") after the name, a date told as "since" (kể từ, từ); a bare date there may open
   *  the next clause. */
  private sinceAfterAppositive(k: number): DateAfter | undefined {
    const { tokens } = this.ctx;
    if (tokens[k]?.key !== ",") return undefined;
    let j = k + 1;
    if (this.startingAt.get(j)?.type === "position") {
      for (; j < tokens.length && j <= k + MAX_APPOSITIVE && tokens[j]!.key !== ","; j++) {
        if (tokens[j]!.lineBreakBefore || tokens[j]!.key === "." || tokens[j]!.key === ";") return undefined;
        // ("…, đại biểu Quốc hội khóa XIV thuộc Đoàn … kể từ ngày 15/5/2017": "kể từ" ends the title with no comma.)
        if (tokens[j]!.key === "kể" && j > k + 1) {
          const d = this.d.dateAtToken(j);
          if (d?.role === "since") return d;
        }
      }
      if (tokens[j]?.key !== ",") return undefined;
      j++;
    }
    const d = this.d.dateAtToken(j);
    return d?.role === "since" ? d : undefined;
  }

  /** ", thời hạn 5 năm kể từ ngày 15/7/2025" at token k (grammar-words.tsv term-length): the date told as "since" in that clause. */
  private sinceAfterTermLength(k: number): DateAfter | undefined {
    const { tokens } = this.ctx;
    if (tokens[k]?.key !== "," || TERM_LENGTH.at(tokens, k + 1) !== 2) return undefined;
    for (let j = k + 3; j < tokens.length && j <= k + 3 + MAX_ASIDE; j++) {
      const t = tokens[j]!;
      if (t.lineBreakBefore || (t.kind === "p" && t.key !== "/")) return undefined;
      const d = this.d.dateAtToken(j);
      if (d) return d.role === "since" ? d : undefined;
    }
    return undefined;
  }

  /** From token e to its sentence's end, a clause after a comma or the next sentence that says when the decision takes
   *  effect ("…, quyết định có hiệu lực từ ngày D", "… . Các quyết định có hiệu lực kể từ ngày D"): that date, as "since". */
  private effectiveSince(e: number): DateAfter | undefined {
    const { ctx } = this;
    const { tokens } = ctx;
    const from = sentenceStart(ctx, e);
    for (let j = e; j < tokens.length && j < e + MAX_EFFECT_SCAN; j++) {
      if (j > e && sentenceStart(ctx, j) !== from) return this.decisionEffectAt(j);
      if (tokens[j]!.key === "," && DECISION_NOUN.at(tokens, j + 1 + (tokens[j + 1]?.key === "các" ? 1 : 0)) === 2) return this.decisionEffectAt(j + 1);
    }
    return undefined;
  }

  /** "(Các) quyết định [a few words] có hiệu lực (kể) từ ngày D" starting at token k: the date, as "since". */
  private decisionEffectAt(k: number): DateAfter | undefined {
    const { tokens } = this.ctx;
    if (tokens[k]?.key === "các") k++;
    if (DECISION_NOUN.at(tokens, k) !== 2 || tokens[k]!.lineBreakBefore) return undefined;
    for (let j = k + 2; j < tokens.length && j <= k + 2 + MAX_EFFECT_WORDS; j++) {
      if (tokens[j]!.kind !== "w" || tokens[j]!.lineBreakBefore) return undefined;
      if (TAKES_EFFECT.at(tokens, j) !== 2) continue;
      for (let q = j + 2; q < tokens.length && q <= j + 2 + MAX_EFFECT_WORDS; q++) {
        const d = this.d.dateAtToken(q);
        if (d) return d.role === "since" ? d : undefined;
        if (tokens[q]!.kind === "p" || tokens[q]!.lineBreakBefore) return undefined;
      }
      return undefined;
    }
    return undefined;
  }

  /** Past a short aside in parentheses at token k ("(Quảng Nam)", "(sinh năm 1960)"), else k. */
  private pastAside(k: number): number {
    const { tokens } = this.ctx;
    if (tokens[k]?.key !== "(") return k;
    for (let j = k + 1; j < tokens.length && j <= k + MAX_ASIDE; j++) {
      const t = tokens[j]!;
      if (t.key === ")") return j + 1;
      if (t.lineBreakBefore || t.key === "." || t.key === "(") return k;
    }
    return k;
  }

  /**
   * "Ông X, nguyên Bộ trưởng … Ông từ trần lúc …", "Ông Lukashenko tái đắc cử …": a step of the holder's
   * own (a death, retirement, resignation, re-election) told with no title after it, its subject a
   * name or a pronoun opening the clause. It is about the posts told with that person in the last
   * sentence before that gives them: every one for a death, else the one not already left.
   */
  bareEvents(byPerson: Map<string, HoldLink[]>): void {
    const { ctx } = this;
    const { tokens } = ctx;
    const persons = this.items.filter((c) => c.type === "person");
    // (Asked at every token: the event words' first syllables answer most of them before the cue trie.)
    const starts = (EVENT_STARTS ??= firstKeys("event"));
    for (let k = 0; k < tokens.length; k++) {
      if (!starts.has(tokens[k]!.key)) continue;
      const ev = cueAt(ctx, k, EVENT);
      if (!ev) continue;
      k = ev.end - 1;
      this.bareEvent(ev, byPerson, persons);
    }
  }

  /**
   * One event word of bareEvents. (A helper of its own: its closures read this step's values, and in
   * the loop's body they made V8 allocate a context at every token.)
   */
  private bareEvent(ev: CueMatch, byPerson: Map<string, HoldLink[]>, persons: Candidate[]): void {
    const { ctx } = this;
    // (A step that ends the post held, or renews it: "trúng cử" is to a post of its own.)
    if (ev.cue.subject !== "holder" || ev.cue.event === "dismissal" || !(ENDS_HOLDING.has(ev.cue.event!) || ev.cue.again)) return;
    if (this.startingAt.get(this.pastTitleWords(ev.end))?.type === "position") return; // "từ chức Bộ trưởng": a link of its own
    if (this.unnamedPostAfter(ev.end)) return;
    const s = sentenceStart(ctx, ev.start);
    const lead = leadCues(ctx, ev.start, s, ADVERB_PASSIVE_NEGATION_NOMINATION_CUES);
    if (lead.some((m) => m.cue.status === "incoming" || m.cue.role === "negation" || m.cue.role === "nomination")) return;
    const at = lead.length ? lead[0]!.start : ev.start;
    const subject = this.clauseSubject(at, s, persons);
    if (!subject) return;
    let mine = (this.linksOf(byPerson, subject.person) ?? []).filter((l) => l.position.start < at);
    // ("Ông X từ trần hồi … Ông nguyên là Phó Trưởng Ban …": a death told first, the posts in the sentence right after;
    // one told as left before, "nguyên", "từng", did not end at the death.)
    const after = !mine.length && ev.cue.event === "death";
    if (after) mine = this.postsInNextSentence(byPerson, subject.person, ev.end);
    if (!mine.length) return;
    // The last sentence that gives the person's posts.
    const last = sentenceStart(ctx, Math.max(...mine.map((l) => l.position.start)));
    const told = mine.filter((l) => sentenceStart(ctx, l.position.start) === last);
    const posts = ev.cue.event === "death" ? told : told.filter((l) => l.tenure?.status !== "former");
    if (!posts.length || (ev.cue.event !== "death" && posts.length > 1)) return;
    const opening = this.d.clauseDate(subject.start)?.date;
    const date = this.d.dateAfterCue(ev) ?? (opening && !isInterval(opening) ? opening : undefined);
    for (const link of posts) {
      if (this.events.some((e) => e.link === link && e.type === ev.cue.event) || keepsRank(link, ev)) continue;
      const t = link.tenure!;
      const leftBefore = after && t.status === "former";
      const e = this.push({ type: ev.cue.event!, link, ...(date ? { date } : {}), start: subject.start, end: ev.end, reason: ev.cue.phrase, ...(ev.cue.again ? { renews: true } : {}), ...(leftBefore ? { leftBefore } : {}) });
      if (ENDS_HOLDING.has(e.type)) endHolding(t);
      else setStatus(t, "current", 2);
      if (!leftBefore) this.dateTenure(t, e);
    }
  }

  /** The person's posts told in the sentence after the one of token k, by a pronoun or the name opening it. */
  private postsInNextSentence(byPerson: Map<string, HoldLink[]>, person: string, k: number): HoldLink[] {
    const { ctx } = this;
    let next = k;
    while (next < ctx.tokens.length && sentenceStart(ctx, next) !== next) next++;
    if (next >= ctx.tokens.length) return [];
    return (this.linksOf(byPerson, person) ?? []).filter(
      (l) => sentenceStart(ctx, l.position.start) === next && (l.reason === "pronoun-then-title" || l.reason === "name-then-title") && l.start === next,
    );
  }

  /** The links of a person named in full or, once named in full, by the end of the name alone ("ông Lukashenko", "ông Thăng"). */
  private linksOf(byPerson: Map<string, HoldLink[]>, name: string): HoldLink[] | undefined {
    const own = byPerson.get(name);
    if (own) return own;
    const full = [...byPerson.keys()].filter((key) => key.endsWith(` ${name}`));
    return full.length === 1 ? byPerson.get(full[0]!) : undefined;
  }

  /**
   * "từ chức lãnh đạo đảng Bảo thủ": an event word (past "chức") followed by a post written with no title
   * (grammar-words.tsv unnamed-post); the event is about that post, not about a title told before the name.
   */
  private unnamedPostAfter(k: number): boolean {
    const { tokens } = this.ctx;
    const at = this.pastTitleWords(k);
    return UNNAMED_POSTS.at(tokens, at) === 2;
  }

  /** Past "chức", "chức vụ" after an event word ("tái đắc cử chức Tổng thống"). */
  private pastTitleWords(k: number): number {
    const { tokens } = this.ctx;
    while (k < tokens.length && TITLE_WORDS.has(tokens[k]!.key)) k++;
    return k;
  }

  /** "Ông X, Tổng thống Pháp, tái đắc cử": the name before a title set off by commas that ends right before token at. */
  private appositiveSubject(at: number): Candidate | undefined {
    const { tokens } = this.ctx;
    if (tokens[at - 1]?.key !== ",") return undefined;
    const title = this.endingAt.get(at - 1);
    if (title?.type !== "position" || tokens[title.start - 1]?.key !== ",") return undefined;
    const named = this.endingAt.get(title.start - 1);
    return named?.type === "person" ? named : undefined;
  }

  /**
   * The person a clause ending at token `at` is about, when it is all that clause says: a name (with
   * its address word) or a pronoun ("Ông", "Đồng chí") standing for the one person the last three
   * sentences name, opening the sentence or a clause after a date ("Ngày 5/6, ông …").
   */
  private clauseSubject(at: number, s: number, persons: Candidate[]): { person: string; start: number } | undefined {
    const { ctx } = this;
    const named = this.endingAt.get(at) ?? this.appositiveSubject(at);
    let start: number;
    let person: string | undefined;
    if (named?.type === "person") {
      start = named.start;
      start = addressStart(ctx, start);
      // ("Tổng thống Pháp Emmanuel Macron tái đắc cử": the title written before the name opens the clause.)
      const title = this.endingAt.get(start);
      if (title?.type === "position") start = title.start;
      person = named.data.name;
    } else {
      const p = cueBefore(ctx, at, PRONOUN_CUES);
      if (!p) return undefined;
      start = p.start;
      // The one person the last three sentences name.
      let from = s;
      for (let i = 0; i < 3 && from > 0; i++) from = sentenceStart(ctx, from - 1);
      const names = [...new Set(persons.filter((c) => c.start >= from && c.end <= start).map((c) => nameOf(c)!))];
      // ("Alexander Lukashenko … ông Lukashenko": one person.)
      const full = names.filter((n) => !names.some((m) => m !== n && m.endsWith(` ${n}`)));
      if (full.length !== 1) return undefined;
      person = full[0];
    }
    // Opening the sentence, or after a date that opens it ("Tháng 8/2020, ông …").
    let j = start;
    if (this.ctx.tokens[j - 1]?.key === ",") {
      j--;
      while (j > s && this.d.dateAt[j - 1]) j--;
      // A pronoun opening the main clause after a clause that names nobody ("Do tuổi cao, sức yếu, mặc dù được các bác sĩ
      // tận tình cứu chữa, đồng chí đã từ trần …").
      // (Or a clause whose only name is that person's, the titles between: "… thông báo ông X, sinh năm 1942, nguyên T1,
      // nguyên T2, sau một thời gian lâm bệnh, …, ông đã từ trần …".)
      // (So may the name: "Sau một thời gian lâm bệnh, …, song do tuổi cao, sức yếu, ông X đã từ trần …".)
      if (j === start - 1) return person && !persons.some((c) => c.start >= s && c.start < start && nameOf(c) !== person) ? { person, start } : undefined;
    }
    return j === s && person ? { person, start } : undefined;
  }

  /**
   * Dates for the events their own sentence does not date: the holding's own start or end ("bổ
   * nhiệm … Phó ban …" and "nhậm chức Phó ban … từ ngày 11/5"), the date of the text before a
   * sentence that carries it on ("Sáng 10/5, các quyết định … được công bố. Theo đó, ông X thôi giữ
   * chức …"), and the date of the same person's event in the sentence before ("Ông được điều động …").
   */
  inheritDates(links: HoldLink[]): void {
    if (!this.events.length) return; // (the holdings' own dates are read only for events)
    const ends = new Map<string, { start?: DateSpan; end?: DateSpan }>();
    for (const l of links) {
      const t = l.tenure;
      if (!t) continue;
      const key = this.holdingKey(l);
      const e = ends.get(key) ?? {};
      if (t.startDate && !isInterval(t.startDate)) e.start ??= t.startDate;
      if (t.endDate && !isInterval(t.endDate)) e.end ??= t.endDate;
      ends.set(key, e);
    }
    const dated = new Map<string, { sentence: number; date: DateSpan }>();
    for (const ev of [...this.events].sort((a, b) => a.start - b.start)) {
      const person = ev.link.person.data.name;
      const s = sentenceStart(this.ctx, ev.start);
      const own = ends.get(this.holdingKey(ev.link));
      // (A sentence with a date of its own tells its own time: "Đại hội … đầu năm 2016, ông X tái đắc cử …".)
      const undated = !this.d.sentenceDate(ev.start);
      if (!ev.date) ev.date = (ENDS_HOLDING.has(ev.type) ? own?.end : own?.start) ?? (undated ? (this.carriedOn(s) ?? this.previousEvent(dated.get(person), s)) : undefined);
      if (!ev.date) continue;
      dated.set(person, { sentence: s, date: ev.date });
      if (ev.link.tenure && !ev.leftBefore) this.dateTenure(ev.link.tenure, ev);
    }
  }

  /**
   * Who decided the events their own words leave without one: the subject of a sentence that
   * decides ("Theo đó, ngày 21/6, Bộ Chính trị đã có văn bản … đồng ý để ông X thôi giữ chức …"), or
   * the body whose decision the sentence before announced, for a sentence that carries it on
   * ("… công bố quyết định của Ban Bí thư. Theo đó, ông X được chỉ định giữ chức …").
   */
  /**
   * "Thủ tướng quyết định ông X thôi giữ chức T1 để giữ chức T2": the post taken in place of the one left, when someone
   * decided the step (the holder's own "thôi giữ chức", its decider told), is an appointment by that decider, on its
   * date. (Told with no decider, "Ông X thôi giữ chức T1 để giữ chức T2" reports no act that gave T2: no event.)
   * After inheritAuthorities: the decider may be the sentence's.
   */
  postsTakenByDecision(links: HoldLink[]): void {
    const { ctx } = this;
    const left = new Map<number, EventLink>(); // the holder's own steps out of a post, by where the post ends
    for (const e of this.events) if (e.type === "dismissal" && e.authority && e.link.cues.some(endsOwnPost)) left.set(tail(ctx, e.link.position), e);
    if (!left.size) return;
    for (const link of links) {
      const verb = link.cues[0];
      if (link.cues.length !== 1 || verb?.cue.role !== "holds" || verb.cue.status || ctx.tokens[verb.start - 1]?.key !== "để" || this.eventOf.has(link)) continue;
      const from = left.get(verb.start - 1);
      if (!from || from.link.person.data.name !== link.person.data.name) continue;
      this.push({ type: "appointment", link, authority: from.authority, ...(from.date ? { date: from.date } : {}), start: from.start, end: link.position.end, reason: `để ${verb.cue.phrase}` });
      setStatus(link.tenure!, "current", 2);
    }
  }

  inheritAuthorities(): void {
    for (const ev of this.events) {
      if (ev.authority || ev.type === "death" || ev.deciderUntold) continue;
      const s = sentenceStart(this.ctx, ev.start);
      const by =
        this.deciderOf(s) ??
        this.deciderAfterOpener(ev, s) ??
        this.decidedAlongside(ev, s) ??
        (sameTimeAt(this.ctx, s) && s > 0 ? this.decisionOwnerIn(sentenceStart(this.ctx, s - 1), s) : undefined);
      if (by && nameOf(by) !== ev.link.person.data.name && by !== ev.link.position) ev.authority = by;
    }
  }

  /**
   * "Bộ Chính trị quyết định phân công ông A …; đồng thời phân công ông B …": a decision word right after
   * "; đồng thời" (or ", đồng thời") goes on with the decision of the clause before; its decider is that
   * event's, in the same sentence.
   */
  private decidedAlongside(ev: EventLink, s: number): Candidate | undefined {
    const { tokens } = this.ctx;
    const along = cueBefore(this.ctx, ev.start, ALONG_CUES);
    const sep = along ? tokens[along.start - 1]?.key : undefined;
    // ("HĐND tỉnh đã miễn nhiệm … đối với ông A; bầu ông B giữ chức …": a decision word opening the clause after a
    // semicolon, its object after it, has the subject of the clause before.)
    const opens = !along && tokens[ev.start - 1]?.key === ";" && ev.link.person.start > ev.start && cueAt(this.ctx, ev.start, DECISION_CUES)?.cue.subject === "authority";
    if (!opens && (!along || (sep !== ";" && sep !== ","))) return undefined;
    const until = along ? along.start : ev.start;
    let before: EventLink | undefined;
    for (const e of this.events) if (e !== ev && e.authority && e.start >= s && e.end < until && (!before || e.end > before.end)) before = e;
    if (!before && opens) {
      // ("Ban Chấp hành Đảng bộ tỉnh khóa XX đã bầu Ban Thường vụ …; bầu đồng chí A giữ chức …": the body that opens the
      // sentence with a decision word of its own.)
      const c = this.startingAt.get(s);
      if (c && c.type !== "person" && c.end < until && cueAt(this.ctx, pastCues(this.ctx, termsEnd(this.ctx, c.end), ADVERB_CUES), DECISION_CUES)?.cue.subject === "authority") return c;
    }
    return before?.authority;
  }

  /** The entity opening the sentence at s (after "Theo đó", dates and commas) when decision words follow it. */
  private deciderOf(s: number, sentence = s): Candidate | undefined {
    const { ctx } = this;
    let k = s;
    for (;;) {
      const m = sameTimeAt(ctx, k);
      if (m) k = m.end;
      else if (this.d.dateAt[k] || ctx.tokens[k]?.key === ",") k++;
      else break;
    }
    const c = this.startingAt.get(k);
    if (!c || c.type === "person" || sentenceStart(ctx, c.end) !== sentence) return undefined;
    // ("Ban Chấp hành Đảng bộ tỉnh khóa XX đã bầu …": the body's term is no part of its act.)
    return cueAt(ctx, pastCues(ctx, termsEnd(ctx, c.end), ADVERB_CUES), DECIDES_CUES) ? c : undefined;
  }

  /** "… Việt Nam Theo đó, ngày 21/6, Bộ Chính trị đã có văn bản … để ông X thôi giữ chức …": a capitalized same-time
   *  opener inside the sentence (a caption ran into it, its full stop missing) opens a clause deciderOf reads. */
  private deciderAfterOpener(ev: EventLink, s: number): Candidate | undefined {
    const { tokens } = this.ctx;
    for (let k = Math.min(ev.start, ev.link.start) - 1; k > s && k >= ev.start - MAX_LOOK; k--) {
      const t = tokens[k]!;
      if (!t.cap || tokens[k - 1]!.kind === "p" || !cueAt(this.ctx, k, SAME_TIME_CUES)) continue;
      return this.deciderOf(k, s);
    }
    return undefined;
  }

  /** The body after the last "quyết định của" in [from, to). */
  private decisionOwnerIn(from: number, to: number): Candidate | undefined {
    let found: Candidate | undefined;
    for (let k = Math.max(from, to - MAX_LOOK); k < to; k++) {
      const m = cueAt(this.ctx, k, DECISION_OF_CUES);
      if (!m) continue;
      const c = this.startingAt.get(m.end);
      if (c && c.type !== "person") found = c;
      k = m.end - 1;
    }
    return found;
  }

  /** One person's holding of one title, as written. */
  private holdingKey(link: HoldLink): string {
    const words = this.ctx.tokens.slice(link.position.start, link.position.end).map((t) => t.key);
    return `${link.person.data.name}|${words.join(" ")}`;
  }

  /** "Theo đó, …", "Tại hội nghị, …", "Hội nghị đã …": the date of what came before, in the few sentences
   *  before (not a year of another matter written long before: "… ngân sách năm 2015. … Đồng thời, …"). */
  private carriedOn(s: number): DateSpan | undefined {
    if (!sameTimeAt(this.ctx, s)) return undefined;
    let from = s;
    for (let i = 0; i < CARRIED_SENTENCES && from > 0; i++) from = sentenceStart(this.ctx, from - 1);
    return this.d.dateBefore(s, from);
  }

  /** The same person's event in the sentence right before, with no new time told ("Trước đó"). */
  private previousEvent(prev: { sentence: number; date: DateSpan } | undefined, s: number): DateSpan | undefined {
    if (!prev || s === 0 || sentenceStart(this.ctx, s - 1) !== prev.sentence) return undefined;
    return cueAt(this.ctx, s, CAREER_CUES) ? undefined : prev.date;
  }
}

/** For each token index (and the end), how many ";" tokens come before it. */
function semicolonsBefore(tokens: ScanContext["tokens"]): Uint32Array {
  const out = new Uint32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) out[k + 1] = out[k]! + (tokens[k]!.key === ";" ? 1 : 0);
  work.lookups += tokens.length;
  return out;
}

const ALONG_CUES = byRole("along");
const DECISION_CUES = byRole("event");

/** A negation or a proposal among the words leading to an event word: nothing happened. */
const denies = (lead: readonly CueMatch[]): boolean => lead.some((m) => m.cue.role === "negation" || m.cue.role === "nomination");

/** How many sentences back a date is carried on by "Theo đó", "Tại hội nghị" (SAME_TIME_CUES). */
const CARRIED_SENTENCES = 8;

/** Where the link's subject is written: its name, or the pronoun that stands for it ("… Trước đó, ông là T"). */
const subjectStart = (link: HoldLink): number => link.listStart ?? (link.reason === "pronoun-then-title" ? link.start : link.person.start);
/** Where the gap after the subject begins: after the name, or at the pronoun (its words are no cue of a gap). */
const subjectEnd = (link: HoldLink): number => (link.reason === "pronoun-then-title" ? link.start : link.person.end);
