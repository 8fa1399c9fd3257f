/**
 * What the text says about one person's holding of a post, read around each holds link: its status
 * (nguyên → former, quyền → acting, tân → current, "từng giữ chức" → former, "sẽ làm" → incoming …),
 * its term ("khóa XI, XII", "nhiệm kỳ 2015 - 2020"), the dates it began and ended ("giữ chức từ năm
 * 2016 đến 2021", "Từ 1954 đến 1960, đồng chí là …", "Bí thư Thành ủy (2016-2017)"), and the personnel
 * events that state it ("được bổ nhiệm", "cho thôi giữ chức", "…, đã từ trần").
 */
import type { DateSpan } from "../dates/types";
import type { Candidate, ScanContext } from "../recognizers/context";
import type { PositionData } from "../recognizers/positions";
import { termsEnd } from "../recognizers/terms";
import { byRole, cueAt, cueBefore, ENDS_HOLDING, type CueMatch, type EventType, type HoldingStatus } from "./cues";
import { addressEndingAt, holderCues, leadCues, tail, type HoldLink } from "./holds";
import { modifierStatus } from "./posts";
import { sentenceStart as sentenceStartOf } from "./sentences";

/** A personnel event found in a chunk, on tokens until the chunk is done. */
export interface EventLink {
  type: EventType;
  link: HoldLink;
  authority?: Candidate;
  date?: DateSpan;
  start: number;
  end: number;
  /** The phrase that states it. */
  reason: string;
  cs?: number;
  ce?: number;
}

/** Qualifiers of one link, filled in here. */
export interface Tenure {
  status: HoldingStatus;
  /** How sure: 3 a word of the title or right before it (nguyên, tân), 2 a cue or an event, 1 a clause, 0 the default. */
  weight: number;
  term?: string;
  /** The date the holding began (the first part of an interval's value). */
  startDate?: DateSpan;
  /** The date it ended (the last part of an interval's value). */
  endDate?: DateSpan;
  /** The start is the date of an appointment or election, which says nothing of later years. */
  startsAtEvent?: boolean;
}

// What may stand right before a date that opens a dated segment.
const SEGMENT_OPEN = new Set(["+", "-", "–", "•", "*", ":", ";", ","]);
// Reasons that state a career step rather than name an office in passing.
const CAREER_REASONS = new Set(["biography", "while-clause", "career-entry"]);
// Reasons whose plain form means the post is held at the article's date.
const UNKNOWN_BY_DEFAULT = new Set(["biography", "while-clause", "career-entry"]);

/** For each token, the date mention it is in (dates are character spans of the normalized text). */
function datesByToken(ctx: ScanContext, dates: DateSpan[]): Array<DateSpan | undefined> {
  // Filled, not holey: reading a hole looks up the prototype chain, and this is read at every token.
  const out: Array<DateSpan | undefined> = new Array<DateSpan | undefined>(ctx.tokens.length).fill(undefined);
  let d = 0;
  for (let k = 0; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    while (d < dates.length && dates[d]!.end <= t.start) d++;
    if (d < dates.length && dates[d]!.start <= t.start && t.end <= dates[d]!.end) out[k] = dates[d];
  }
  return out;
}

/** A period with two ends ("2016-2017"); a fuzzy one ("đầu tháng 2/2016") stands for a point. */
const isInterval = (d: DateSpan): boolean => d.value.includes("/") && !d.fuzzy;

/** Sets `tenure` on every link; returns the events. */
export function readTenure(ctx: ScanContext, links: HoldLink[], items: Candidate[], dates: DateSpan[]): EventLink[] {
  const dateAt = datesByToken(ctx, dates);
  const { tokens } = ctx;
  const tenure = new Map<HoldLink, Tenure>();
  const events: EventLink[] = [];
  const eventOf = new Map<HoldLink, EventLink>();
  const firstOf = (d: DateSpan | undefined, k: number) => !!d && (k === 0 || dateAt[k - 1] !== d);

  const sentenceStart = (k: number): number => sentenceStartOf(ctx, k);
  const endingAt = new Map<number, Candidate>();
  for (const x of items) if (x.type !== "date" && x.type !== "location") endingAt.set(x.end, x);

  /** "Ủy viên Bộ Chính trị khóa XI, XII" → "XI, XII"; "(nhiệm kỳ 2015 - 2020)" → "2015–2020". */
  const termAfter = (pos: Candidate): string | undefined => {
    const end = termsEnd(ctx, pos.end);
    if (end > pos.end) {
      const nums: string[] = [];
      for (let k = pos.end; k < end; k++) if (tokens[k]!.kind !== "p" && tokens[k]!.key !== "khóa" && tokens[k]!.key !== "các") nums.push(tokens[k]!.cased);
      return nums.join(", ");
    }
    let k = end;
    if (tokens[k]?.key === "(" || tokens[k]?.key === ",") k++;
    const d = dateAt[k];
    if (firstOf(d, k) && tokens[k]!.key === "nhiệm" && tokens[k + 1]?.key === "kỳ" && d!.value) return d!.value.replace("/", "–");
    return undefined;
  };

  type After = { date: DateSpan; role: "interval" | "since" | "until" | "bare"; paren: boolean };
  /** A date written at token k: "(2016-2017)", "từ năm 2016 đến 2021", "kể từ ngày 1/7", "ngày 2/3". */
  const dateAtToken = (k: number): After | undefined => {
    const paren = tokens[k]?.key === "(";
    if (paren) k++;
    // ("từ năm 2016 đến 2021" is one date mention, its "từ" inside.)
    const cue = dateAt[k] ? null : cueAt(ctx, k, byRole("since", "until"));
    if (cue) k = cue.end;
    const d = dateAt[k];
    if (!firstOf(d, k) || !d!.value || (tokens[k]!.key === "nhiệm" && tokens[k + 1]?.key === "kỳ")) return undefined;
    return { date: d!, role: isInterval(d!) ? "interval" : cue ? (cue.cue.role as "since" | "until") : "bare", paren };
  };

  /** The dates right after the title, onto the tenure. A bare date there is when something happened
   *  to it ("được bầu làm Chủ tịch ngày 2/3"): an event's date, nothing by itself; in parentheses, a
   *  career list's year of it. */
  const datesAfter = (pos: Candidate, t: Tenure, begins: boolean): After | undefined => {
    const a = dateAtToken(tail(ctx, pos));
    if (!a) return undefined;
    if (a.role === "interval") {
      t.startDate ??= a.date;
      t.endDate ??= a.date;
    } else if (a.role === "since") t.startDate ??= a.date;
    else if (a.role === "until") t.endDate ??= a.date;
    // ("trở thành Phó Bí thư Thành đoàn (năm 1988)": the year it began.)
    else if (a.paren) {
      if (begins) t.startDate ??= a.date;
      return undefined;
    }
    return a;
  };

  /**
   * The dated segment each token is in, read once: a date opening a sentence, an entry or a comma
   * phrase, then "," or ":" ("Từ 1954 đến 1960, đồng chí là …", "+ Tháng 7.1979 – 6.1994: Cán bộ
   * Huyện đoàn, …; Bí thư Tỉnh đoàn …"). It lasts to the sentence's end, or to a ";" in prose (a
   * list entry opened with ":" goes on past its semicolons).
   */
  const segments: Array<{ date: DateSpan; since: boolean } | undefined> = new Array<{ date: DateSpan; since: boolean } | undefined>(tokens.length).fill(undefined);
  if (dates.length) {
    let best: { date: DateSpan; since: boolean; colon: boolean } | undefined;
    for (let k = 0; k < tokens.length; k++) {
      if (sentenceStart(k) === k) best = undefined;
      if (tokens[k]!.key === ";" && !best?.colon) best = undefined;
      segments[k] = best;
      // (Cheap tests first: this runs at every token.)
      const inDate = ctx.inDate;
      if (!inDate[k] && !inDate[k + 1] && !inDate[k + 2] && !inDate[k + 3]) continue;
      const opens = k === 0 || SEGMENT_OPEN.has(tokens[k - 1]!.key) || sentenceStart(k) === k;
      if (!opens) continue;
      let j = k;
      const cue = dateAt[j] ? null : cueAt(ctx, j, byRole("since"));
      if (cue) j = cue.end;
      const d = dateAt[j];
      // ("…, nhiệm kỳ 2014-2019, …" is a term, not when the posts after it were held.)
      if (!firstOf(d, j) || !d!.value || (tokens[j]!.key === "nhiệm" && tokens[j + 1]?.key === "kỳ")) continue;
      let e = j;
      while (dateAt[e] === d) e++;
      const sep = tokens[e]?.key;
      if (sep !== "," && sep !== ":") continue;
      for (let i = k + 1; i <= e && i < tokens.length; i++) segments[i] = best;
      best = { date: d!, since: !!cue, colon: sep === ":" };
      k = e;
    }
  }
  const clauseDate = (at: number): { date: DateSpan; since: boolean } | undefined => segments[at];

  /** The entity right before an event word (through decision words): who decided, if not the holder. */
  const authorityBefore = (at: number, holder: Candidate): Candidate | undefined => {
    const lead = leadCues(ctx, at, sentenceStart(at), byRole("decides", "adverb"));
    let k = lead.length ? lead[0]!.start : at;
    while (k > 0 && dateAt[k - 1]) k--;
    const c = endingAt.get(k);
    return c && c !== holder && c.data.name !== holder.data.name ? c : undefined;
  };

  /** The one who acts on the person named at token `at`: "[Bộ Chính trị] quyết định phân công ông X". */
  const actorOn = (at: number, holder: Candidate): Candidate | undefined => {
    let k = at;
    const own = endingAt.get(k);
    if (own?.type === "position") k = own.start; // "kỷ luật Bí thư Đinh La Thăng"
    for (let a = addressEndingAt(ctx, k); a >= 0; a = addressEndingAt(ctx, k)) k = a;
    const lead = leadCues(ctx, k, sentenceStart(k), byRole("decides", "adverb", "event", "sanction"));
    return lead.some((m) => m.cue.role === "event" || m.cue.role === "sanction") ? authorityBefore(lead[0]!.start, holder) : undefined;
  };

  const addEvent = (link: HoldLink, cue: CueMatch, authority: Candidate | undefined, date: DateSpan | undefined): EventLink => {
    const ev: EventLink = {
      type: cue.cue.event!,
      link,
      ...(authority ? { authority } : {}),
      ...(date ? { date } : {}),
      start: Math.min(link.person.start, link.position.start, cue.start),
      end: Math.max(link.person.end, link.position.end, cue.end),
      reason: cue.cue.phrase,
    };
    events.push(ev);
    eventOf.set(link, ev);
    return ev;
  };

  for (const link of links) {
    const pos = link.position;
    const t: Tenure = { status: UNKNOWN_BY_DEFAULT.has(link.reason) ? "unknown" : "current", weight: 0 };
    tenure.set(link, t);
    link.tenure = t;
    const term = termAfter(pos);
    if (term) {
      t.term = term;
      // The evidence reads on to the terms: "Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị khóa XI, XII".
      if (link.end === pos.end) link.end = Math.max(link.end, termsEnd(ctx, pos.end));
    }
    const set = (status: HoldingStatus | undefined, weight: number) => {
      if (status && weight > t.weight) {
        t.status = status;
        t.weight = weight;
      }
    };
    // The cues of the link, and those of the chain it continues ("từng giữ các chức vụ: T1, T2",
    // "đảm nhiệm chức vụ Phó Chủ tịch rồi Phó Chủ tịch thường trực").
    let cues = link.cues;
    if (link.prev) {
      const inherited: CueMatch[] = [];
      for (let p: HoldLink | undefined = link.prev; p; p = p.prev) inherited.unshift(...p.cues);
      cues = [...inherited, ...cues];
    }
    for (const m of cues) set(m.cue.status, m.cue.role === "while" ? 1 : 2);
    // "nguyên Chủ tịch nước", "Quyền Bộ trưởng", "tân Bộ trưởng", "cố Tổng Bí thư".
    set(modifierStatus(pos.data as PositionData), 3);
    set(cueBefore(ctx, pos.start, byRole("before"))?.cue.status, 3);
    // After "nguyên T1," a bare "T2" of the same chain may be former too: say so.
    if (t.weight === 0 && link.prev && tenure.get(link.prev)?.status === "former") t.status = "unknown";

    let after = datesAfter(pos, t, cues.some((m) => m.cue.begins || m.cue.role === "event"));
    const career = CAREER_REASONS.has(link.reason) || link.reason === "pronoun-then-title" || cues.some((m) => m.cue.role === "holds" || m.cue.role === "event");
    const clause = career ? clauseDate(pos.start) : undefined;
    if (clause && isInterval(clause.date)) {
      t.startDate ??= clause.date;
      t.endDate ??= clause.date;
    } else if (clause && (clause.since || cues.some((m) => m.cue.begins))) t.startDate ??= clause.date;

    // The event that states the link: a cue of its own or of its chain, or "bổ nhiệm ông X …" before the name.
    let evCue = [...cues].reverse().find((m) => m.cue.role === "event");
    let authority = link.authority;
    // ("bổ nhiệm ông X giữ chức Y", "phân công ông X, T1, thôi giữ chức T2, về nhận nhiệm vụ T3": the
    // titles a verb gives, not the appositives "ông X, T1".)
    const verbal = link.cues.some((m) => m.cue.role === "holds" && !m.cue.status);
    if (!evCue && verbal && (link.reason === "name-then-title" || link.reason === "appositive-chain")) {
      let k = link.person.start;
      for (let a = addressEndingAt(ctx, k); a >= 0; a = addressEndingAt(ctx, k)) k = a;
      const before = leadCues(ctx, k, sentenceStart(k), byRole("event", "adverb", "decides"));
      const ev = [...before].reverse().find((m) => m.cue.role === "event");
      if (ev && ev.cue.subject === "authority") evCue = ev;
    }
    // "Theo quyết định của Ban Bí thư, Thứ trưởng X giữ chức Phó Bí thư Tỉnh ủy Y": an appointment.
    if (!evCue && link.cues.some((m) => m.cue.role === "holds" && !m.cue.status) && holderCues(link.cues)) {
      const from = sentenceStart(link.start);
      let k = from;
      while (dateAt[k] || tokens[k]?.key === ",") k++;
      const by = cueAt(ctx, k, byRole("by-decision"));
      if (by && by.end <= link.start) {
        const decider = items.find((c) => c.start === by.end && c.type !== "date" && c.type !== "location");
        evCue = { start: by.start, end: by.end, cue: { phrase: by.cue.phrase, role: "event", event: "appointment", subject: "holder" } };
        authority ??= decider;
      }
    }
    if (!evCue && link.prev && eventOf.has(link.prev) && link.cues.every((m) => m.cue.role === "chain" || m.cue.role === "and")) {
      const p = eventOf.get(link.prev)!;
      const ev: EventLink = { ...p, link, start: Math.min(p.start, pos.start), end: Math.max(p.end, pos.end) };
      events.push(ev);
      eventOf.set(link, ev);
      set(ENDS_HOLDING.has(ev.type) ? "former" : "current", 2);
      continue;
    }
    // "sẽ được bổ nhiệm": a plan, not an event (the holding is to come).
    if (evCue && cues.some((m) => m.start < evCue!.start && m.cue.status === "incoming")) evCue = undefined;
    if (evCue) {
      const passive = cues.some((m) => m.cue.role === "passive" && m.start < evCue!.start);
      if (!authority && evCue.cue.subject === "authority" && !passive) authority = authorityBefore(leadStart(ctx, evCue), link.person);
      // "Bộ Chính trị quyết định phân công ông X thôi giữ chức …", "Ban Chấp hành Trung ương … kỷ luật
      // ông X … và cho thôi giữ chức …": who acts on the person decides.
      if (!authority && !passive) authority = actorOn(link.start, link.person);
      // Its date: the date right after the title (unless it says the other end), else the one
      // opening the clause or sentence, else one right after the event word.
      const ends = ENDS_HOLDING.has(evCue.cue.event!);
      // "… đối với ông X kể từ ngày 15/5": after the holder named last.
      if (!after && link.end > pos.end) {
        const late = dateAtToken(link.end);
        if (late && late.role !== "interval" && !late.paren) after = late;
        if (late?.role === "since" && !ends) t.startDate ??= late.date;
      }
      const own = after && (after.role === "bare" || after.role === "since" || (ends && after.role === "until")) ? after.date : undefined;
      // "cho thôi làm nhiệm vụ … kể từ ngày 15/5": the day it takes effect is when the holding ends.
      if (ends && after?.role === "since" && t.startDate === after.date) {
        t.startDate = undefined;
        t.endDate ??= after.date;
      }
      const date = own ?? (clause && !isInterval(clause.date) ? clause.date : undefined) ?? clauseDate(evCue.start)?.date ?? dateAfterCue(ctx, dateAt, evCue);
      const ev = addEvent(link, evCue, authority, date && !isInterval(date) ? date : undefined);
      set(ENDS_HOLDING.has(ev.type) ? "former" : "current", 2);
      if (ev.date) {
        if (ENDS_HOLDING.has(ev.type)) t.endDate ??= ev.date;
        else if (!t.startDate) {
          t.startDate = ev.date;
          t.startsAtEvent = true;
        }
      }
    }
  }

  const byPerson = new Map<string, HoldLink[]>();
  for (const link of links) {
    const key = String(link.person.data.name);
    const list = byPerson.get(key);
    if (list) list.push(link);
    else byPerson.set(key, [link]);
  }

  // "… trở thành Phó Hiệu trưởng …, khi chuyển sang làm Giám đốc Sở", "Trưởng khoa rồi Phó Hiệu
  // trưởng": the post told just before in the sentence was left for this one.
  for (const link of links) {
    if (!link.cues.some((m) => m.cue.moves)) continue;
    const from = sentenceStart(link.position.start);
    let before: HoldLink | undefined;
    for (const other of byPerson.get(String(link.person.data.name)) ?? []) {
      const s = other.position.start;
      if (s < link.position.start && s >= from && (!before || s > before.position.start)) before = other;
    }
    const t = before && tenure.get(before);
    if (!t || t.weight >= 2) continue;
    t.status = "former";
    t.weight = 2;
    t.endDate ??= tenure.get(link)!.startDate;
  }

  // "Ông X, nguyên Bộ trưởng …, đã từ trần": an event after the titles, for every title of that chain.
  for (const link of links) {
    if (eventOf.has(link)) continue;
    let k = tail(ctx, link.position);
    while (k < tokens.length && (dateAt[k] || tokens[k]!.key === "," || tokens[k]!.key === ")")) k++;
    let j = k;
    for (let m = cueAt(ctx, j, byRole("adverb")); m; m = cueAt(ctx, j, byRole("adverb"))) j = m.end;
    const ev = cueAt(ctx, j, byRole("event"));
    if (!ev || ev.cue.subject !== "holder" || !ENDS_HOLDING.has(ev.cue.event!)) continue;
    // "…, thôi giữ chức T2": the event is about the title after it (a link of its own).
    if (items.some((c) => c.start === ev.end && c.type === "position")) continue;
    const from = sentenceStart(link.position.start);
    const date = dateAfterCue(ctx, dateAt, ev);
    for (const other of byPerson.get(String(link.person.data.name)) ?? []) {
      if (other.position.start < from || other.position.start > link.position.start || eventOf.has(other)) continue;
      const e = addEvent(other, ev, undefined, date);
      const t = tenure.get(other)!;
      // "Ông X, nguyên Bộ trưởng …, đã từ trần": a post left before ("nguyên") does not end then.
      const leftBefore = t.weight >= 3 && t.status === "former";
      if (t.weight < 3) {
        t.status = "former";
        t.weight = 2;
      }
      if (e.date && !leftBefore) t.endDate ??= e.date;
    }
  }
  return events;
}


/** Where the words leading to an event start: "đã ký quyết định bổ nhiệm" → at "đã". */
function leadStart(ctx: ScanContext, ev: CueMatch): number {
  const lead = leadCues(ctx, ev.start, Math.max(0, ev.start - 8), byRole("decides", "adverb", "passive"));
  return lead.length ? lead[0]!.start : ev.start;
}

/** A date within a few tokens after an event word: "từ trần lúc 10 giờ ngày 5/6/2017", "nghỉ hưu từ ngày 1/8". */
function dateAfterCue(ctx: ScanContext, dateAt: Array<DateSpan | undefined>, ev: CueMatch): DateSpan | undefined {
  for (let k = ev.end; k < ev.end + 4 && k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (dateAt[k]) return dateAt[k]!.value ? dateAt[k] : undefined;
    if (t.lineBreakBefore || (t.kind === "p" && t.key !== ",")) return undefined;
  }
  return undefined;
}
