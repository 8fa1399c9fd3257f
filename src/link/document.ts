/**
 * Turns the accepted candidates of every chunk into one graph: entities deduplicated across the
 * text, short references ("ông Phúc") and bare titles ("Thủ tướng") linked to what they refer to,
 * bare local bodies ("Tỉnh ủy") given the province named nearby, and holds/of relations.
 */
import type { DateSpan } from "../dates/types";
import type { Candidate, ScanContext } from "../recognizers/context";
import type { Entity } from "../schema/graph";
import { isDropped, lowerPiece } from "../text/normalize";
import { GraphBuilder } from "./graph-builder";
import { addHoldings } from "./holdings";
import type { HoldLink } from "./holds";
import { addLocation, addOrg, addPerson, adoptOrigins, NameIndex, type Assembly, type Placed } from "./name-entities";
import { PostEntities } from "./post-entities";
import type { EventLink } from "./tenure";

/**
 * What a chunk leaves behind: candidates and links with character offsets (see `fixOffsets`), so
 * the chunk's tokens can be dropped at once and memory stays flat on long inputs.
 */
export interface ChunkResult {
  accepted: Candidate[];
  holds: HoldLink[];
  events: EventLink[];
  dates: DateSpan[];
}

/** Replaces token indices by character offsets (normalized text) in candidates, their children and links. */
export function fixOffsets(ctx: ScanContext, accepted: Candidate[], holds: HoldLink[], events: EventLink[] = []): void {
  const toChars = (x: { start: number; end: number; cs?: number; ce?: number }) => {
    x.cs = ctx.tokens[x.start]!.start;
    x.ce = ctx.tokens[x.end - 1]!.end;
  };
  // (A candidate is fixed once: its character offsets, set before its children are, mark it; a chunk's
  // candidates are its own, so none has them before. No set of all the chunk's candidates.)
  const fix = (c: Candidate | undefined) => {
    if (!c || c.cs !== undefined) return;
    c.prevKey = ctx.tokens[c.start - 1]?.key ?? "";
    toChars(c);
    if (c.children) for (const ch of c.children) fix(ch);
    // The candidates its data point to: a title's body and country, another name's mention.
    if (c.type === "position") {
      fix(c.data.orgCandidate);
      fix(c.data.country);
      fix(c.data.ownerOrg);
    } else if (c.type === "organization") fix(c.data.aliasOf);
  };
  for (const c of accepted) fix(c);
  for (const h of holds) {
    fix(h.person);
    fix(h.position);
    toChars(h);
  }
  for (const e of events) {
    fix(e.authority);
    toChars(e);
  }
}

/**
 * Maps a span's end (exclusive) in the normalized text to the original: a character the text layer dropped
 * right after the span ("Heng Samrin\u200b dẫn đầu") stays outside it.
 */
function endMapper(original: string, toOriginal: (i: number) => number): (i: number) => number {
  return (i) => {
    let end = toOriginal(i);
    const floor = i > 0 ? toOriginal(i - 1) + 1 : 0;
    while (end > floor && isDropped(original.charCodeAt(end - 1))) end--;
    return end;
  };
}

export function assemble(
  original: string,
  toOriginal: (i: number) => number,
  chunks: ChunkResult[],
  /** The normalized text lower-cased, made only if asked for (a dates-only call may never). */
  lowerText: () => string,
  cased: string,
  types: ReadonlySet<string> = new Set(["person", "position", "organization", "location", "date"]),
  reference: string | null = null,
): GraphBuilder {
  const g = new GraphBuilder(original);
  const toEnd = endMapper(original, toOriginal);
  const placed: Placed[] = [];
  for (const ch of chunks) for (const c of ch.accepted) placed.push({ cand: c, start: c.cs!, end: c.ce! });
  const a: Assembly = { g, cased, types, origSpan: (c) => ({ start: toOriginal(c.cs!), end: toEnd(c.ce!) }), candEntity: new Map() };
  // (Loops, not flatMap, which V8 runs as a generic builtin: a few ms a corpus pass.)
  const links: HoldLink[] = [];
  for (const ch of chunks) for (const l of ch.holds) links.push(l);
  // Nothing but dates (a dates-only call): no name index and no posts, whose maps cost 1.5 MB a corpus pass.
  if (placed.length > 0 || links.length > 0) addNamesAndPosts(a, placed, links, lowerText());
  // Date entities by span only when holdings or events will ask for them (a Map keyed by each span costs V8 an
  // identity hash per span: about 1 % of a dates-only pass).
  let dated = false;
  for (const ch of chunks) if (ch.holds.length > 0 || ch.events.length > 0) dated = true;
  const dateEntities = addDates(g, chunks, original, (from, to) => lowerPiece(cased, lowerText, from, to), toOriginal, toEnd, dated);

  // holds relations (with their status, term and dates) and personnel events.
  const holdings: Array<{ link: HoldLink; a: number; b: number }> = [];
  const events: Array<{ ev: EventLink; a: number; b: number }> = [];
  for (const ch of chunks) {
    for (const link of ch.holds) holdings.push({ link, a: toOriginal(link.cs!), b: toEnd(link.ce!) });
    for (const ev of ch.events) events.push({ ev, a: toOriginal(ev.cs!), b: toEnd(ev.ce!) });
  }
  if (holdings.length > 0 || events.length > 0) {
    addHoldings(
      g,
      holdings,
      events,
      (c) => a.candEntity.get(c),
      (d) => dateEntities.get(d),
      reference,
    );
  }
  g.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  return g;
}

/** The entities of the names and titles found, with their posts (`links`: the holds, which tell a post's holder). */
function addNamesAndPosts(a: Assembly, placed: Placed[], links: HoldLink[], lowerText: string): void {
  const names = new NameIndex(placed, lowerText);
  adoptOrigins(names, placed);
  const posts = new PostEntities(a, names, links);
  for (const p of placed) {
    const c = p.cand;
    if (c.type === "location") addLocation(a, c, false);
    else if (c.type === "organization") addOrg(a, names, c, false);
    else if (c.type === "position") posts.add(c);
    else if (c.type === "person") addPerson(a, names, c);
  }
  posts.finish();
}

function dateEntity(g: GraphBuilder, key: string, d: DateSpan, original: string, toOriginal: (i: number) => number, toEnd: (i: number) => number): Entity {
  return g.entity("date", key, () => ({
    type: "date",
    name: d.value || original.slice(toOriginal(d.start), toEnd(d.end)),
    value: d.value || null,
    grain: d.grain,
    ...(d.partOfDay ? { partOfDay: d.partOfDay } : {}),
    ...(d.fuzzy ? { fuzzy: true } : {}),
    ...(d.lunar ? { lunar: true } : {}),
  }));
}

/** One entity per date value (or per text, for a date with no value). */
function addDates(g: GraphBuilder, chunks: ChunkResult[], original: string, lowerOf: (from: number, to: number) => string, toOriginal: (i: number) => number, toEnd: (i: number) => number, keep: boolean): Map<DateSpan, Entity> {
  const dateEntities = new Map<DateSpan, Entity>();
  for (const ch of chunks) {
    for (const d of ch.dates) {
      const key = d.value || `text:${lowerOf(d.start, d.end)}`;
      // (No closure in the loop: one over `d` would make a scope object for every date.)
      const e = g.get("date", key) ?? dateEntity(g, key, d, original, toOriginal, toEnd);
      g.mention(e, toOriginal(d.start), toEnd(d.end), d.reason, false, e.name);
      if (keep) dateEntities.set(d, e);
    }
  }
  return dateEntities;
}
