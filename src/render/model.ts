/**
 * What the views and exports read from a graph. The officeholder qualifiers (status, term, start,
 * end, evidences on holds) and the `events` array arrive with issue 13: they are read defensively,
 * so a graph made before them, or by hand, still renders.
 */
import type { Entity, EntityGraph, Relation } from "../schema/graph";

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** The holds qualifiers of the officeholder model, all optional here. */
export interface HoldsQualifiers {
  status?: string;
  term?: string;
  start?: string;
  end?: string;
  evidences?: readonly TextSpan[];
}

/** A personnel event (appointment, dismissal …) as the officeholder model writes it. */
export interface PersonnelEventLike {
  id: string;
  type: string;
  person: string;
  position: string;
  organization?: string;
  date?: string;
  authority?: string;
  evidence?: TextSpan;
  reason?: string;
}

/** An EntityGraph, with or without the officeholder fields. */
export type RenderableGraph = Omit<EntityGraph, "relations" | "events"> & {
  relations: readonly (Omit<Relation, keyof HoldsQualifiers> & HoldsQualifiers)[];
  events?: readonly PersonnelEventLike[];
};

/** One holds relation with its ends resolved: person → post (→ organization). */
export interface Holding {
  person: Entity;
  position: Entity;
  organization?: Entity;
  status?: string;
  term?: string;
  start?: string;
  end?: string;
  /** Every supporting span (the relation's `evidences`, else its single `evidence`). */
  evidences: TextSpan[];
}

/** A non-empty string, or undefined for anything else (a missing or malformed field). */
export function nonEmpty(x: unknown): string | undefined {
  return typeof x === "string" && x !== "" ? x : undefined;
}

/** The graph's text, or "" for a graph written without it (its spans can then not be shown). */
export function textOf(graph: RenderableGraph): string {
  return typeof graph.text === "string" ? graph.text : "";
}

function isSpan(x: unknown): x is TextSpan {
  const s = x as TextSpan | null;
  return typeof s === "object" && s !== null && Number.isInteger(s.start) && Number.isInteger(s.end) && typeof s.text === "string";
}

export function entityIndex(graph: RenderableGraph): Map<string, Entity> {
  const byId = new Map<string, Entity>();
  for (const e of graph.entities) byId.set(e.id, e);
  return byId;
}

/** The organization of each post: its `of` relation, else the post's own `organization` field. */
export function postOrganizations(graph: RenderableGraph, byId: Map<string, Entity>): Map<string, Entity> {
  const orgOf = new Map<string, Entity>();
  for (const r of graph.relations) {
    const org = byId.get(r.to);
    if (r.type === "of" && org?.type === "organization" && !orgOf.has(r.from)) orgOf.set(r.from, org);
  }
  for (const e of graph.entities) {
    if (e.type !== "position" || orgOf.has(e.id) || e.organization === undefined) continue;
    const org = byId.get(e.organization);
    if (org?.type === "organization") orgOf.set(e.id, org);
  }
  return orgOf;
}

/** The holds relations whose two ends are a person and a post of this graph, in graph order. */
export function holdings(graph: RenderableGraph): Holding[] {
  const byId = entityIndex(graph);
  const orgOf = postOrganizations(graph, byId);
  const out: Holding[] = [];
  for (const r of graph.relations) {
    if (r.type !== "holds") continue;
    const person = byId.get(r.from);
    const position = byId.get(r.to);
    if (person?.type !== "person" || position?.type !== "position") continue;
    const evidences = Array.isArray(r.evidences) ? r.evidences.filter(isSpan) : isSpan(r.evidence) ? [r.evidence] : [];
    out.push({
      person,
      position,
      organization: orgOf.get(position.id),
      status: nonEmpty(r.status),
      term: nonEmpty(r.term),
      start: nonEmpty(r.start),
      end: nonEmpty(r.end),
      evidences,
    });
  }
  return out;
}

/** The graph's personnel events whose person and post exist, or none. */
export function personnelEvents(graph: RenderableGraph): PersonnelEventLike[] {
  if (!Array.isArray(graph.events)) return [];
  const byId = entityIndex(graph);
  return graph.events.filter((ev) => typeof ev === "object" && ev !== null && nonEmpty(ev.type) && byId.has(ev.person) && byId.has(ev.position));
}

/**
 * The qualifiers of a holding in one short line: "former · term XII · 2016 – 2021". Empty when it
 * has none; an unknown status says nothing and is left out.
 */
export function describeHolding(h: Holding): string {
  const parts: string[] = [];
  if (h.status && h.status !== "unknown") parts.push(h.status);
  if (h.term) parts.push(`term ${h.term}`);
  if (h.start || h.end) parts.push(`${h.start ?? "…"} – ${h.end ?? "…"}`);
  return parts.join(" · ");
}

/** What a reader wants to know about an entity beyond its name: gloss, date value, kind. */
export function entityDetails(e: Entity): string[] {
  switch (e.type) {
    case "position":
    case "organization":
      return e.gloss ? [e.gloss] : [];
    case "date":
      return [...(e.value != null && e.value !== e.name ? [e.value] : []), ...(e.lunar ? ["lunar calendar"] : [])];
    case "location":
      return [e.parent ? `${e.kind}, ${e.parent}` : e.kind];
    default:
      return [];
  }
}

/** The name and the details in one line: "Bộ Tài chính · Ministry of Finance". */
export function describeEntity(e: Entity): string {
  return [e.name, ...entityDetails(e)].join(" · ");
}

/** The colour of each entity type in every view (displaCy's palette where it has the type). */
export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  person: "#aa9cfc",
  position: "#feca74",
  organization: "#7aecec",
  location: "#ff9561",
  date: "#bfe1d9",
};

/** The officeholder graph to draw: person → post (holds, labelled with its qualifiers) → organization (of). */
export interface Diagram {
  /** Each entity once, keyed n1, n2 … (never the entity id, which a diagram language may not accept). */
  nodes: { key: string; entity: Entity }[];
  edges: { from: string; to: string; kind: "holds" | "of"; label: string }[];
}

export function officeholderDiagram(graph: RenderableGraph): Diagram {
  const keys = new Map<string, string>();
  const diagram: Diagram = { nodes: [], edges: [] };
  const key = (e: Entity): string => {
    let k = keys.get(e.id);
    if (k === undefined) {
      k = `n${keys.size + 1}`;
      keys.set(e.id, k);
      diagram.nodes.push({ key: k, entity: e });
    }
    return k;
  };
  const drawnOf = new Set<string>();
  for (const h of holdings(graph)) {
    diagram.edges.push({ from: key(h.person), to: key(h.position), kind: "holds", label: describeHolding(h) });
    if (h.organization && !drawnOf.has(h.position.id)) {
      drawnOf.add(h.position.id);
      diagram.edges.push({ from: key(h.position), to: key(h.organization), kind: "of", label: "" });
    }
  }
  return diagram;
}

/**
 * A date value of the graph ("2016", "2016-05", "2016-05-12", "2016-05-12T08:00", "2016-Q1",
 * "2016/2021") as the calendar fields a standard date type can carry. An interval gives its
 * start or its end; a quarter or half year only its year (coarser, still true); a week, which may
 * straddle two years, nothing.
 */
export interface CalendarDate {
  precision: "year" | "month" | "day" | "datetime";
  /** The value in that precision's ISO form: 2016 | 2016-05 | 2016-05-12 | 2016-05-12T08:00:00(+07:00) */
  iso: string;
}

const CALENDAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?|-[QH]\d)?$/;

export function calendarDate(value: string | undefined, side: "start" | "end"): CalendarDate | undefined {
  if (value === undefined) return undefined;
  const halves = value.split("/");
  const one = (side === "start" ? halves[0] : halves[halves.length - 1]) ?? "";
  const m = CALENDAR.exec(one);
  if (!m) return undefined;
  const [, y, mo, d, hm, sec, zone] = m;
  if (hm !== undefined) return { precision: "datetime", iso: `${y}-${mo}-${d}T${hm}${sec ?? ":00"}${zone ?? ""}` };
  if (d !== undefined) return { precision: "day", iso: `${y}-${mo}-${d}` };
  if (mo !== undefined) return { precision: "month", iso: `${y}-${mo}` };
  return { precision: "year", iso: y! };
}

const STATUS_MEANINGS = new Set(["former", "new", "acting", "incoming"]);

/**
 * The role a post's holder fulfils, without its organization and without words about the holding
 * ("nguyên Bộ trưởng Bộ Công an" of "Bộ Công an" → "Bộ trưởng"): the post's name, its leading status
 * modifier cut, and cut before its organization's name where that name ends it.
 */
export function roleName(position: Entity, organization: Entity | undefined): string {
  let name = position.name;
  if (position.type === "position") {
    for (const mod of position.modifiers) {
      if (STATUS_MEANINGS.has(mod.meaning) && name.toLowerCase().startsWith(`${mod.text.toLowerCase()} `)) name = name.slice(mod.text.length + 1);
    }
  }
  if (organization && name.endsWith(` ${organization.name}`)) name = name.slice(0, name.length - organization.name.length - 1);
  return name;
}

/** Mentions with offsets that fit the text, outer before inner (by start, then longest first). */
export function orderedMentions<M extends { start: number; end: number }>(mentions: readonly M[], length: number): M[] {
  return mentions
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
