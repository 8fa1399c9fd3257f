/**
 * holds relations and personnel events of the whole text: one relation per person and post, with
 * every evidence, the strongest status stated, the terms and the start/end values of the date
 * entities the text gave (Popolo Membership / Wikidata P39 with P580, P582, P2937).
 */
import type { DateSpan } from "../dates/types";
import type { Candidate } from "../recognizers/context";
import type { Entity, PersonnelEvent, Relation } from "../schema/graph";
import type { GraphBuilder } from "./graph-builder";
import type { HoldLink } from "./holds";
import type { EventLink } from "./tenure";
import { GIVES_POST } from "./cues";

interface Merge {
  weight: number;
  startsAtEvent?: boolean;
  endsAtEvent?: boolean;
  /** Some evidence says the holding goes on ("từ tháng 10/2016 đến nay"). */
  ongoing?: boolean;
  /** The date entities the start and the end come from. */
  startId?: string;
  endId?: string;
  /** The latest date a clause telling the holding gives ("Năm 1868, …"); `undated`: some evidence gives none. */
  toldAt?: string;
  undated?: boolean;
  /** An appointment or election in the text gives the full post: an acting holding told elsewhere was before it. */
  appointed?: boolean;
}


/** The first part of an interval's value ("2016/2021" → "2016"), or the value. */
const startOf = (v: string): string => v.split("/")[0]!;
/** The last part ("2016/2021" → "2021"), or the value. */
const endOf = (v: string): string => {
  const parts = v.split("/");
  return parts[parts.length - 1]!;
};

/** A fuzzy period as the point it stands for: "2016-02-01/2016-02-10" ("đầu tháng 2/2016") → "2016-02". */
function pointOf(v: string): string {
  if (!v.includes("/")) return v;
  const [a, b] = v.split("/") as [string, string];
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  const common = a.slice(0, n);
  return /^\d{4}-\d{2}-\d{2}$/.test(common) ? common : /^\d{4}-\d{2}/.test(common) ? common.slice(0, 7) : /^\d{4}/.test(common) ? common.slice(0, 4) : v;
}

/** ISO values compared at the precision both have: -1, 0 or 1 ("2016" and "2016-05-10" are equal). */
export function compare(a: string, b: string): number {
  const n = Math.min(a.length, b.length, 10);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function addHoldings(
  g: GraphBuilder,
  links: Array<{ link: HoldLink; a: number; b: number }>,
  events: Array<{ ev: EventLink; a: number; b: number }>,
  entityOf: (c: Candidate) => Entity | undefined,
  dateEntity: (d: DateSpan) => Entity | undefined,
  reference: string | null,
): void {
  const merged = new Map<Relation, Merge>();
  // ("Quyền Giám đốc Sở Y tế X … được bổ nhiệm giữ chức Giám đốc Sở Y tế": the post given ends the acting one.)
  const given = new Set<HoldLink>();
  for (const { ev } of events) if (GIVES_POST.has(ev.type) && !ev.renews) given.add(ev.link);
  for (const { link, a, b } of links) {
    const pe = entityOf(link.person);
    const po = entityOf(link.position);
    if (!pe || !po) continue;
    const r = g.relation("holds", pe, po, a, b, link.reason);
    const t = link.tenure;
    let m = merged.get(r);
    if (!m) merged.set(r, (m = { weight: -1 }));
    if (!t) continue;
    if (given.has(link) && t.status === "current" && r.status === "acting") {
      r.status = "current";
      m.weight = Math.max(m.weight, t.weight);
    } else if (t.weight > m.weight && !(m.appointed && t.status === "acting")) {
      r.status = t.status;
      m.weight = t.weight;
    }
    if (given.has(link) && t.status === "current") m.appointed = true;
    if (t.term) r.term = unionTerms(r.term, t.term);
    if (t.ongoing) m.ongoing = true;
    const told = t.toldAt && dateEntity(t.toldAt);
    if (told && told.type === "date" && told.value && !told.value.includes("/")) {
      if (!m.toldAt || compare(told.value, m.toldAt) > 0) m.toldAt = told.value;
    } else m.undated = true;
    widen(r, m, t.startDate && dateEntity(t.startDate), "start", t.startsAtEvent);
    widen(r, m, t.endDate && dateEntity(t.endDate), "end", t.endsAtEvent);
  }
  for (const [r, m] of merged) settle(r, m, reference);
  noPostsOfTheDead(merged.keys(), events, entityOf);
  addEvents(g, events, entityOf, dateEntity);
}

/**
 * "Phó chủ tịch tỉnh X đã qua đời … Ông Hoa sinh năm 1967 … bầu ông giữ chức …; Đại biểu HĐND tỉnh": the dead hold
 * no post, so every post of the person a death is told of (the name written short, or a pronoun, included) is a
 * former one (tenure.ts noPostsAfterDeath reads one written name; this, the person).
 */
function noPostsOfTheDead(relations: Iterable<Relation>, events: ReadonlyArray<{ ev: EventLink }>, entityOf: (c: Candidate) => Entity | undefined): void {
  const dead = new Set<string>();
  for (const { ev } of events) if (ev.type === "death") dead.add(entityOf(ev.link.person)?.id ?? "");
  if (!dead.size) return;
  for (const r of relations) if (dead.has(r.from) && r.status !== "former") r.status = "former";
}

/**
 * One person's holding of one post told in several places (a career list's entries "Tháng 1.2006 –
 * 18.3.2008: …, Ủy viên Ban thường vụ Thành ủy" and "Từ 19.3.2008 – 12.2010: …, Ủy viên Ban thường
 * vụ Thành ủy"): it began at the earliest start and ended at the latest end. A date written with
 * the holding ("làm Bí thư từ 2/2016 - 5/2017") says more than the date of an event that began or
 * ended it.
 */
function widen(r: Relation, m: Merge, e: Entity | undefined, side: "start" | "end", atEvent = false): void {
  if (!e || e.type !== "date" || !e.value) return;
  const full = e.fuzzy ? pointOf(e.value) : e.value;
  const v = side === "start" ? startOf(full) : endOf(full);
  const now = r[side];
  const nowAtEvent = (side === "start" ? m.startsAtEvent : m.endsAtEvent) ?? false;
  if (now && atEvent && !nowAtEvent) return;
  if (now && atEvent === nowAtEvent && (side === "start" ? compare(v, now) >= 0 : compare(v, now) <= 0)) return;
  r[side] = v;
  if (side === "start") {
    m.startId = e.id;
    m.startsAtEvent = atEvent;
  } else {
    m.endId = e.id;
    m.endsAtEvent = atEvent;
  }
}

/** The dates the relation names, and what they say about the status at the article's date. */
function settle(r: Relation, m: Merge, reference: string | null): void {
  if (m.ongoing) {
    delete r.end;
    m.endId = undefined;
    if (m.weight < 2) r.status = "current";
  }
  const ids = [m.startId, m.endId].filter((x): x is string => !!x);
  if (ids.length) r.dates = [...new Set(ids)];
  r.status ??= "current";
  if (m.weight >= 3 || m.ongoing) return;
  // An end the text gives is past unless it is after the article's date; a start after it is to come.
  if (r.end && (!reference || compare(r.end, reference) <= 0)) r.status = "former";
  else if (r.start && reference && compare(r.start, reference) > 0 && r.status === "current") r.status = "incoming";
  // "ông X, Chủ tịch UBND tỉnh nhiệm kỳ 2016 – 2021", read in 2025: a term of years that ended before the article's year.
  // (Also a post a career list tells with no status word: "Chủ tịch nước nhiệm kỳ 2016 - 2021" in a 2024 obituary.)
  else if ((r.status === "current" || r.status === "unknown") && m.weight < 2 && reference && termEnded(r.term, reference)) r.status = "former";
  // "Năm 1967, ông Thiệu đắc cử Tổng thống", read in 2020: an appointment years before the
  // article's date does not say the post is still held.
  else if (m.startsAtEvent && r.start && reference && r.status === "current" && Number(reference.slice(0, 4)) - Number(r.start.slice(0, 4)) >= 2) r.status = "unknown";
  // "Năm 1868, Thống đốc Nam Kỳ X cho xây dinh": a title told only in clauses dated years before the
  // article's date says nothing of it now, and one told generations before is past.
  else if (m.weight <= 0 && r.status === "current" && m.toldAt && !m.undated && reference) {
    const years = Number(reference.slice(0, 4)) - Number(m.toldAt.slice(0, 4));
    if (years >= PAST_GENERATION) r.status = "former";
    else if (years >= 2) r.status = "unknown";
  }
}

// Years after which a holding told then is surely over.
const PAST_GENERATION = 40;

function addEvents(
  g: GraphBuilder,
  events: Array<{ ev: EventLink; a: number; b: number }>,
  entityOf: (c: Candidate) => Entity | undefined,
  dateEntity: (d: DateSpan) => Entity | undefined,
): void {
  // One event per type, person and post; a later telling fills in the date or the authority the
  // first one left out (a headline "X thôi giữ chức …", then "Sáng 10/5, … Theo đó, …"). Told
  // with a later date, it is a later act of the same kind ("Năm 1941 … được bầu làm Tổng Bí thư.
  // Tháng 12/1986 … được bầu lại"): the latest is kept (eval/CONVENTIONS.md).
  const byKey = new Map<string, PersonnelEvent>();
  const dateValue = new Map<PersonnelEvent, string>();
  for (const { ev, a, b } of events) {
    const person = entityOf(ev.link.person);
    const position = entityOf(ev.link.position);
    if (!person || !position || position.type !== "position") continue;
    const key = `${ev.type}|${person.id}|${position.id}`;
    const authority = ev.authority ? entityOf(ev.authority) : undefined;
    const date = ev.date ? dateEntity(ev.date) : undefined;
    const seen = byKey.get(key);
    const value = date?.type === "date" && date.value ? startOf(date.value) : undefined;
    if (seen) {
      const had = dateValue.get(seen);
      if (value && had && compare(value, had) > 0) {
        seen.date = date!.id;
        seen.evidence = { start: a, end: b, text: g.original.slice(a, b) };
        seen.reason = ev.reason;
        if (authority && authority !== person) seen.authority = authority.id;
        else delete seen.authority;
        dateValue.set(seen, value);
        continue;
      }
      if (date && !seen.date) {
        seen.date = date.id;
        if (value) dateValue.set(seen, value);
      }
      if (authority && authority !== person && !seen.authority) seen.authority = authority.id;
      continue;
    }
    const out: PersonnelEvent = {
      id: `ev${g.events.length + 1}`,
      type: ev.type,
      person: person.id,
      position: position.id,
      ...(position.organization ? { organization: position.organization } : {}),
      ...(date ? { date: date.id } : {}),
      ...(authority && authority !== person ? { authority: authority.id } : {}),
      evidence: { start: a, end: b, text: g.original.slice(a, b) },
      reason: ev.reason,
    };
    byKey.set(key, out);
    if (value) dateValue.set(out, value);
    g.events.push(out);
  }
}

/** Every term is of years ("2016–2021") and the last of them ended before the reference date's year. */
function termEnded(term: string | undefined, reference: string): boolean {
  const ends = term?.split(", ").map((p) => /^\d{4}–(\d{4})$/.exec(p)?.[1]);
  return !!ends?.length && ends.every((e) => e !== undefined && Number(e) < Number(reference.slice(0, 4)));
}

/** "XI, XII" and "XII, XIII" → "XI, XII, XIII": the terms of every evidence. */
function unionTerms(a: string | undefined, b: string): string {
  if (!a) return b;
  const parts = a.split(", ");
  for (const p of b.split(", ")) if (!parts.includes(p)) parts.push(p);
  return parts.join(", ");
}
