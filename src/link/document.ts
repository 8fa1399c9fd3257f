/**
 * Turns the accepted candidates of every chunk into one graph: entities deduplicated across the
 * text, short references ("ông Phúc") and bare titles ("Thủ tướng") linked to what they refer to,
 * bare local bodies ("Tỉnh ủy") given the province named nearby, and holds/of relations.
 */
import type { DateSpan } from "../dates/types";
import type { OrgInfo } from "../lexicon/lexicon";
import type { Candidate, ScanContext } from "../recognizers/context";
import type { PersonData } from "../recognizers/persons";
import type { PositionData } from "../recognizers/positions";
import type { Entity } from "../schema/graph";
import { capitalizeFirst, normalizeKey } from "../text/normalize";
import { collapseSpaces } from "../text/spaces";
import { GraphBuilder } from "./graph-builder";
import { addHoldings } from "./holdings";
import type { HoldLink } from "./holds";
import { postModifiers, postName } from "./posts";
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

interface Placed {
  cand: Candidate;
  start: number; // normalized char offsets
  end: number;
}

function isCandidate(c: unknown): c is Candidate {
  return typeof c === "object" && c !== null && typeof (c as Candidate).start === "number" && typeof (c as Candidate).type === "string";
}

/** Replaces token indices by character offsets (normalized text) in candidates, their children and links. */
export function fixOffsets(ctx: ScanContext, accepted: Candidate[], holds: HoldLink[], events: EventLink[] = []): void {
  const toChars = (x: { start: number; end: number; cs?: number; ce?: number }) => {
    x.cs = ctx.tokens[x.start]!.start;
    x.ce = ctx.tokens[x.end - 1]!.end;
  };
  const seen = new Set<Candidate>();
  const fix = (c: unknown) => {
    if (!isCandidate(c) || seen.has(c)) return;
    seen.add(c);
    c.prevKey = ctx.tokens[c.start - 1]?.key ?? "";
    toChars(c);
    for (const ch of c.children ?? []) fix(ch);
    const d = c.data as { orgCandidate?: unknown; country?: unknown; aliasOf?: unknown };
    fix(d.orgCandidate);
    fix(d.country);
    fix(d.aliasOf);
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

const GENERIC_CONTEXT = new Set(["chức", "làm", "là", "vị", "ngài"]);

export function assemble(
  original: string,
  toOriginal: (i: number) => number,
  chunks: ChunkResult[],
  lowerText: string,
  cased: string,
  types: ReadonlySet<string> = new Set(["person", "position", "organization", "location", "date"]),
  reference: string | null = null,
): GraphBuilder {
  const g = new GraphBuilder(original);
  const placed: Placed[] = [];
  for (const ch of chunks) {
    for (const c of ch.accepted) placed.push({ cand: c, start: c.cs!, end: c.ce! });
  }
  const span = (p: { cand: Candidate }, c: Candidate = p.cand) => ({
    start: c.cs!,
    end: c.ce!,
  });
  const origSpan = (s: { start: number; end: number }) => ({ start: toOriginal(s.start), end: toOriginal(s.end) });
  const candEntity = new Map<Candidate, Entity>();

  // Full names in text order, for short references.
  const fullNames = placed
    .filter((p) => p.cand.type === "person" && !(p.cand.data as PersonData).short)
    .map((p) => ({ at: p.start, name: String(p.cand.data.name), key: normalizeKey(String(p.cand.data.name)), origin: (p.cand.data as PersonData).origin }));
  const places = placed.filter((p) => p.cand.type === "location").map((p) => ({ at: p.start, name: String(p.cand.data.name), kind: String(p.cand.data.kind) }));
  // Local bodies written with their place, by head ("tỉnh ủy" → "Tỉnh ủy Quảng Nam").
  const namedBodies = placed
    .filter((p) => p.cand.type === "organization" && p.cand.data.place !== undefined)
    .map((p) => ({ at: p.start, head: bodyHead(String(p.cand.data.name)), name: String(p.cand.data.name) }));

  // By all but the surname ("Xuân Phúc"), then also the last two syllables and the last one
  // ("ông Xuân Phúc", "ông Phúc"). Keys have single spaces; indexOf, not split: this ran per name.
  const fullNamesByLast = new Map<string, typeof fullNames>();
  for (const f of fullNames) {
    const first = f.key.indexOf(" ");
    if (first > 0) push(fullNamesByLast, f.key.slice(first + 1), f);
  }
  for (const f of fullNames) {
    const last = f.key.lastIndexOf(" ");
    if (last <= 0) continue;
    const before = f.key.lastIndexOf(" ", last - 1);
    if (before > 0) push(fullNamesByLast, f.key.slice(before + 1), f);
    push(fullNamesByLast, f.key.slice(last + 1), f);
    // A foreign name may be referred to by its first part: "Lee Hsien Loong … ông Lee".
    if (f.origin === "foreign" || f.origin === "unknown") push(fullNamesByLast, f.key.slice(0, f.key.indexOf(" ")), f);
  }
  const bodiesByHead = groupBy(namedBodies, (b) => b.head);
  const placesByKind = groupBy(places, (x) => x.kind);
  // Position entities by "modifiers|head|" (for bare titles that refer back), each listed once.
  const positionsByPrefix = new Map<string, Entity[]>();
  const registered = new Set<Entity>();
  const listPosition = (prefix: string, e: Entity) => {
    if (registered.has(e)) return;
    registered.add(e);
    push(positionsByPrefix, prefix, e);
  };

  const holdsFor = new Set<Candidate>();
  for (const ch of chunks) for (const h of ch.holds) holdsFor.add(h.position);

  const orgEntity = (name: string, known: OrgInfo | undefined, kind: string, gloss?: string): Entity => {
    const canonical = known?.name ?? name;
    return g.entity("organization", normalizeKey(canonical), () => ({
      type: "organization",
      name: canonical,
      // A copy: a parenthesized alias is added to this graph's entity, never to the gazetteer's list
      // (which made every later call report it too).
      abbreviations: known ? [...known.abbreviations] : [],
      kind: known?.kind ?? kind,
      ...(known?.gloss ?? gloss ? { gloss: known?.gloss ?? gloss } : {}),
    }));
  };

  const addOrg = (p: Placed, c: Candidate, nested: boolean): Entity => {
    const d = c.data as { name: string; kind: string; gloss?: string; known?: OrgInfo; bareLevel?: string; aliasOf?: Candidate };
    let e: Entity | undefined;
    if (d.aliasOf) e = candEntity.get(d.aliasOf);
    if (!e && d.bareLevel) {
      // "Tỉnh ủy" alone: the same body named in full nearby, else the nearest place of its level.
      const at = span(p, c).start;
      const head = bodyHead(d.name);
      const body = nearest(bodiesByHead.get(head), at);
      if (body) e = orgEntity(body.name, undefined, d.kind, d.gloss);
      else {
        const kinds = levelKinds(normalizeKey(d.name));
        const place = kinds.map((k) => nearest(placesByKind.get(k), at)).filter((x) => x).sort((a, b) => Math.abs(a!.at - at) - Math.abs(b!.at - at))[0];
        e = orgEntity(place ? `${capitalizeFirst(d.name)} ${place.name}` : capitalizeFirst(d.name), undefined, d.kind, d.gloss);
      }
    }
    e ??= orgEntity(capitalizeFirst(d.name), d.known, d.kind, d.gloss);
    if (d.aliasOf && e.type === "organization") g.addForm(e, e.abbreviations, d.name);
    const s = origSpan(span(p, c));
    g.mention(e, s.start, s.end, c.reason, nested);
    candEntity.set(c, e);
    return e;
  };

  const addLocation = (p: Placed, c: Candidate, nested: boolean): Entity => {
    const d = c.data as { name: string; kind: string; parent?: string };
    const e = g.entity("location", placeKey(d.name), () => ({ type: "location", name: d.name, kind: d.kind, ...(d.parent ? { parent: d.parent } : {}) }));
    const s = origSpan(span(p, c));
    g.mention(e, s.start, s.end, c.reason, nested);
    candEntity.set(c, e);
    return e;
  };

  // Positions are one entity per post: modifiers + head + organization, "modifiers|head|" + org key,
  // without the words of one person's holding ("nguyên", "Quyền": see posts.ts).
  const positionPrefix = (d: PositionData) => `${postModifiers(d).map((m) => normalizeKey(m.text)).join(" ")}|${normalizeKey(d.head.head)}|`;

  const deferredPositions: Placed[] = [];
  const addPosition = (p: Placed): void => {
    const c = p.cand;
    const d = c.data as PositionData & { explicit: boolean; capitalized: boolean };
    let org: Entity | undefined;
    let country: Entity | undefined;
    // With `types` leaving organizations or locations out, none is made here either.
    if (!types.has("organization")) {
      /* no organization entity, mention or "of" relation */
    } else if (d.orgCandidate) org = addOrg(p, d.orgCandidate, true);
    else if (d.impliedOrg) org = orgEntity(d.impliedOrg.name, d.impliedOrg.known, d.impliedOrg.known?.kind ?? "organization");
    const countryName = d.country ? String(d.country.data.name) : d.foreignCountry;
    if (countryName && types.has("location")) {
      country = g.entity("location", placeKey(countryName), () => ({ type: "location", name: countryName, kind: "country" }));
    }
    const orgName = d.orgCandidate ? String((d.orgCandidate.data as { known?: OrgInfo; name: string }).known?.name ?? d.orgCandidate.data.name) : d.impliedOrg?.known?.name ?? d.impliedOrg?.name;
    const orgKey = org ? normalizeKey(org.name) : orgName ? normalizeKey(orgName) : countryName ? `country:${normalizeKey(countryName)}` : "";
    const sp = span(p);
    const s = origSpan(sp);
    const text = collapseSpaces(cased.slice(sp.start, sp.end)); // (a token span: nothing to trim)
    if (c.data.plural && !holdsFor.has(c)) return; // "các Bộ trưởng": generic, no one's office
    if (!orgKey && !holdsFor.has(c)) {
      deferredPositions.push(p);
      return;
    }
    const prefix = positionPrefix(d);
    const key = prefix + orgKey;
    const post = postName(text, d);
    const e = g.entity("position", key, () => makePosition(d, post, org, country));
    listPosition(prefix, e);
    // The fullest form names the entity ("Thủ tướng Chính phủ" over "Thủ tướng").
    if (post.length > e.name.length && e.type === "position") {
      g.addForm(e, (e.aliases ??= []), e.name);
      e.name = post;
    }
    g.mention(e, s.start, s.end, c.reason, false, text);
    candEntity.set(c, e);
    if (org && e.type === "position") g.relation("of", e, org, s.start, s.end, d.orgCandidate ? "title+organization" : d.impliedOrg ? "title-implies-organization" : "title");
  };

  const addPerson = (p: Placed): void => {
    const c = p.cand;
    const d = c.data as PersonData;
    let e: Entity | undefined;
    if (d.short) {
      // "ông Phúc": the nearest full name before it ending in that syllable, else after it.
      const key = normalizeKey(d.name);
      const target = nearest(fullNamesByLast.get(key), p.start);
      if (target) e = g.get("person", target.key) ?? g.entity("person", target.key, () => personEntity(target.name, undefined, "kinh"));
    }
    e ??= g.entity("person", normalizeKey(d.name), () => personEntity(d.name, d.surname, d.origin));
    const s = origSpan(span(p));
    g.mention(e, s.start, s.end, c.reason, false, d.name);
    candEntity.set(c, e);
  };

  for (const p of placed) {
    switch (p.cand.type) {
      case "location":
        addLocation(p, p.cand, false);
        break;
      case "organization":
        addOrg(p, p.cand, false);
        break;
      case "position":
        addPosition(p);
        break;
      case "person":
        addPerson(p);
        break;
    }
  }

  // Bare titles with no organization and no holder: the one office of that title in the text, if
  // there is exactly one; else kept only when written like a title of someone.
  for (const p of deferredPositions) {
    const d = p.cand.data as PositionData & { explicit: boolean; capitalized: boolean };
    const prefix = positionPrefix(d);
    const same = positionsByPrefix.get(prefix) ?? [];
    const sp = span(p);
    const s = origSpan(sp);
    const text = collapseSpaces(cased.slice(sp.start, sp.end)); // (a token span: nothing to trim)
    // Only a capitalized bare title refers back ("Thủ tướng nhấn mạnh"); "giám đốc", "đại biểu" in
    // lower case are mostly common nouns.
    let e: Entity | undefined = same.length === 1 && d.capitalized ? same[0] : undefined;
    if (!e) {
      // A lower-case or rank-only title with no one attached is a common noun ("giám đốc", "đại tá").
      const prev = p.cand.prevKey ?? "";
      const generic = (!d.capitalized && !GENERIC_CONTEXT.has(prev)) || d.head.kind !== "office";
      if (generic) continue;
      e = g.entity("position", prefix, () => makePosition(d, postName(text, d), undefined, undefined));
      listPosition(prefix, e);
    }
    g.mention(e, s.start, s.end, p.cand.reason + "+coreference", false, text);
    candEntity.set(p.cand, e);
  }

  // Dates.
  const dateEntities = new Map<DateSpan, Entity>();
  for (const ch of chunks) {
    for (const d of ch.dates) {
      const e = g.entity("date", d.value || `text:${lowerText.slice(d.start, d.end)}`, () => ({
        type: "date",
        name: d.value || original.slice(toOriginal(d.start), toOriginal(d.end)),
        value: d.value || null,
        grain: d.grain,
        ...(d.partOfDay ? { partOfDay: d.partOfDay } : {}),
        ...(d.fuzzy ? { fuzzy: true } : {}),
        ...(d.lunar ? { lunar: true } : {}),
      }));
      g.mention(e, toOriginal(d.start), toOriginal(d.end), d.reason, false, e.name);
      dateEntities.set(d, e);
    }
  }

  // holds relations (with their status, term and dates) and personnel events.
  const at = (x: { cs?: number; ce?: number }) => ({ a: toOriginal(x.cs!), b: toOriginal(x.ce!) });
  addHoldings(
    g,
    chunks.flatMap((ch) => ch.holds.map((link) => ({ link, ...at(link) }))),
    chunks.flatMap((ch) => ch.events.map((ev) => ({ ev, ...at(ev) }))),
    (c) => candEntity.get(c),
    (d) => dateEntities.get(d),
    reference,
  );
  g.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return g;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function groupBy<T>(xs: T[], key: (x: T) => string, keep: (x: T) => boolean = () => true): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) if (keep(x)) push(m, key(x), x);
  return m;
}

/** The item of `xs` (sorted by `at`) nearest before `at`, else the first after it. Binary search. */
function nearest<T extends { at: number }>(xs: T[] | undefined, at: number): T | undefined {
  if (!xs || !xs.length) return undefined;
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? xs[lo - 1] : xs.find((x) => x.at > at);
}

/** The first two syllables of a body's key, its head: "tỉnh ủy" of "Tỉnh ủy Quảng Nam". */
function bodyHead(name: string): string {
  const key = normalizeKey(name);
  const second = key.indexOf(" ", key.indexOf(" ") + 1);
  return second < 0 ? key : key.slice(0, second);
}

/** "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh" and "Hồ Chí Minh" are one place. */
function placeKey(name: string): string {
  return normalizeKey(name).replace(/^(?:thành phố|tỉnh|tp \.|tp|thủ đô) /u, "");
}

/** Which places a bare local body can belong to, from the level written in its name. */
function levelKinds(key: string): string[] {
  if (/\b(xã)\b/u.test(key)) return ["commune"];
  if (/\b(phường)\b/u.test(key)) return ["ward"];
  if (/\b(huyện|quận|thị xã)\b/u.test(key) || /^(huyện|quận|thị) ủy/u.test(key)) return ["district"];
  if (/\b(thành phố|tp)\b/u.test(key) || /^thành ủy/u.test(key)) return ["city", "province"];
  return ["province"];
}


function makePosition(d: PositionData, text: string, org: Entity | undefined, country: Entity | undefined): Omit<Extract<Entity, { type: "position" }>, "id"> {
  const glossParts: string[] = [];
  const order = ["former", "acting", "new", "standing", "first", "permanent", "deputy"];
  const mods = postModifiers(d).slice().sort((a, b) => order.indexOf(a.meaning) - order.indexOf(b.meaning));
  for (const m of mods) if (m.gloss) glossParts.push(m.gloss);
  const gloss = d.head.gloss ? [...glossParts, d.head.gloss].join(" ") : undefined;
  const out: Omit<Extract<Entity, { type: "position" }>, "id"> = {
    type: "position",
    name: text,
    head: d.head.head,
    modifiers: postModifiers(d).map((m) => ({ text: m.text, meaning: m.meaning, ...(m.gloss ? { gloss: m.gloss } : {}) })),
    kind: d.head.kind,
    ...(gloss ? { gloss } : {}),
    ...(org ? { organization: org.id } : {}),
    ...(country ? { country: country.id } : {}),
  };
  return out;
}

function personEntity(name: string, surname: string | undefined, origin: PersonData["origin"]): Omit<Extract<Entity, { type: "person" }>, "id"> {
  return { type: "person", name, ...(surname ? { surname } : {}), origin };
}

