/**
 * toPopolo: the graph in the Popolo JSON shape used by civic-data tools (EveryPolitician, Open
 * Civic Data): persons, organizations, posts, memberships (one per holds relation, with
 * start_date/end_date in Popolo's YYYY, YYYY-MM or YYYY-MM-DD form) and the personnel events.
 * The holds qualifiers Popolo has no field for travel as extra fields: status, term, evidence.
 */
import type { Entity } from "../schema/graph";
import { calendarDate, entityIndex, holdings, personnelEvents, postOrganizations, roleName, type RenderableGraph, type TextSpan } from "./model";

export interface PopoloOtherName {
  name: string;
  note?: string;
}
export interface PopoloPerson {
  id: string;
  name: string;
  family_name?: string;
  other_names?: PopoloOtherName[];
}
export interface PopoloOrganization {
  id: string;
  name: string;
  classification?: string;
  other_names?: PopoloOtherName[];
}
export interface PopoloPost {
  id: string;
  label: string;
  role: string;
  organization_id?: string;
  other_label?: string[];
}
export interface PopoloMembership {
  id: string;
  person_id: string;
  post_id: string;
  organization_id?: string;
  role: string;
  label: string;
  start_date?: string;
  end_date?: string;
  /** Not Popolo: current | former | acting | incoming | unknown. */
  status?: string;
  /** Not Popolo: the term ("XII", "2020–2025"). */
  term?: string;
  /** Not Popolo: the spans of the text that state the holding. */
  evidence: TextSpan[];
}
export interface PopoloEvent {
  id: string;
  name: string;
  classification: string;
  start_date?: string;
  organization_id?: string;
  /** Not Popolo: who the event is about, and the post. */
  person_id: string;
  post_id: string;
}
export interface Popolo {
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  posts: PopoloPost[];
  memberships: PopoloMembership[];
  events: PopoloEvent[];
}

/** Popolo's date: the calendar part of the value (a clock time is dropped). */
function popoloDate(value: string | undefined, side: "start" | "end"): string | undefined {
  const d = calendarDate(value, side);
  return d && (d.precision === "datetime" ? d.iso.slice(0, 10) : d.iso);
}

const otherNames = (names: (string | undefined)[], note?: string): PopoloOtherName[] =>
  [...new Set(names.filter((n): n is string => !!n))].map((name) => (note ? { name, note } : { name }));

export function toPopolo(graph: RenderableGraph): Popolo {
  const byId = entityIndex(graph);
  const orgOf = postOrganizations(graph, byId);
  const out: Popolo = { persons: [], organizations: [], posts: [], memberships: [], events: [] };
  for (const e of graph.entities) {
    if (e.type === "person") {
      const other = otherNames(e.aliases ?? []);
      out.persons.push({ id: e.id, name: e.name, ...(e.surname ? { family_name: e.surname } : {}), ...(other.length ? { other_names: other } : {}) });
    } else if (e.type === "organization") {
      const other = [...otherNames([...e.abbreviations, ...(e.aliases ?? [])]), ...otherNames([e.gloss], "English")];
      out.organizations.push({ id: e.id, name: e.name, ...(e.kind ? { classification: e.kind } : {}), ...(other.length ? { other_names: other } : {}) });
    } else if (e.type === "position") {
      const org = orgOf.get(e.id);
      out.posts.push({ id: e.id, label: e.name, role: roleName(e, org), ...(org ? { organization_id: org.id } : {}), ...(e.gloss ? { other_label: [e.gloss] } : {}) });
    }
  }
  holdings(graph).forEach((h, i) => {
    const start = popoloDate(h.start, "start");
    const end = popoloDate(h.end, "end");
    out.memberships.push({
      id: `mem${i + 1}`,
      person_id: h.person.id,
      post_id: h.position.id,
      ...(h.organization ? { organization_id: h.organization.id } : {}),
      role: roleName(h.position, h.organization),
      label: h.position.name,
      ...(start ? { start_date: start } : {}),
      ...(end ? { end_date: end } : {}),
      ...(h.status ? { status: h.status } : {}),
      ...(h.term ? { term: h.term } : {}),
      evidence: h.evidences.map((s) => ({ start: s.start, end: s.end, text: s.text })),
    });
  });
  const name = (id: string | undefined): Entity | undefined => (id === undefined ? undefined : byId.get(id));
  for (const ev of personnelEvents(graph)) {
    const date = name(ev.date);
    const start = date?.type === "date" && date.value ? popoloDate(date.value, "start") : undefined;
    const org = name(ev.organization) ?? orgOf.get(ev.position);
    out.events.push({
      id: ev.id,
      name: `${ev.type}: ${name(ev.person)!.name} — ${name(ev.position)!.name}`,
      classification: ev.type,
      ...(start ? { start_date: start } : {}),
      ...(org ? { organization_id: org.id } : {}),
      person_id: ev.person,
      post_id: ev.position,
    });
  }
  return out;
}
