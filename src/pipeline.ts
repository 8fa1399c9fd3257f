/**
 * The pipeline of one chunk, in order: recognizers propose candidates, selections keep the ones
 * that do not overlap, linkers relate what was kept. Each step reads what the steps before it left
 * in `Found` and adds its own part; the order is the list below (as chrono-node's parsers, then
 * refiners). src/api/extract.ts runs it over every chunk of a text; createExtractor({ recognizers })
 * runs a list of the user's instead (docs/architecture.md, "Adding a recognizer").
 */
import type { DateSpan } from "./dates/index";
import type { EventLink } from "./link/tenure";
import { findContextBodies } from "./link/context-bodies";
import { addressEndingAt, findHolds, type HoldLink } from "./link/holds";
import { findSuccessions } from "./link/successions";
import { selectCandidates } from "./link/select";
import { readTenure } from "./link/tenure";
import type { Candidate, LocationCandidate, OrganizationCandidate, PersonCandidate, PositionCandidate, ScanContext } from "./recognizers/context";
import { findLocations } from "./recognizers/locations";
import { findOrganizations } from "./recognizers/organizations";
import { findGivenNameReferences, findPersons, namesWrittenAgain } from "./recognizers/persons";
import { findPositions } from "./recognizers/positions";
import type { EntityType } from "./schema/graph";

/** What the steps have found so far in one chunk (token indices into ctx.tokens). */
export interface Found {
  /** The date spans of the chunk (the date engine runs before the pipeline). */
  readonly dates: DateSpan[];
  /** The entity types asked for. */
  readonly types: ReadonlySet<EntityType>;
  /** Last syllables of full Kinh names seen in this text so far (earlier chunks included). */
  readonly knownGiven: Set<string>;
  locations: LocationCandidate[];
  /** The longest location starting at each token. */
  locationAt: Map<number, LocationCandidate>;
  organizations: OrganizationCandidate[];
  /** 1 at tokens inside (not at the start of) an organization. */
  insideOrganization: Uint8Array;
  /** The end of the longest organization starting at each token. */
  organizationEndAt: Map<number, number>;
  positions: PositionCandidate[];
  /** Positions, organizations and strong locations that do not overlap: names may not run into them. */
  strong: Candidate[];
  persons: PersonCandidate[];
  /** The candidates kept, in text order. */
  accepted: Candidate[];
  holds: HoldLink[];
  events: EventLink[];
}

/**
 * One step of the pipeline. A step that proposes spans runs before "strong readings" and pushes
 * its candidates to `found.locations`, `organizations`, `positions` (or, before "selection",
 * `persons`): the selections then keep the strongest of overlapping ones. A step after "selection"
 * reads and may change `found.accepted`, the candidates kept in text order.
 */
export interface Recognizer {
  /** A short name, unique in its list (the default steps' names are in DEFAULT_RECOGNIZERS). */
  readonly name: string;
  /** Only run when one of these types is asked for (all steps run when absent). */
  readonly needs?: readonly EntityType[];
  /** Reads the chunk's tokens (`ctx`) and what the steps before it found; adds its own part to `found`. */
  run(ctx: ScanContext, found: Found): void;
}

const marks = <C extends Candidate>(n: number, cands: readonly C[], at: (c: C, mark: Uint8Array) => void): Uint8Array => {
  const mark = new Uint8Array(n + 1);
  for (const c of cands) at(c, mark);
  return mark;
};

export const locations: Recognizer = {
  name: "locations",
  run(ctx, found) {
    found.locations = findLocations(ctx);
    for (const l of found.locations) {
      const had = found.locationAt.get(l.start);
      if (!had || had.end < l.end) found.locationAt.set(l.start, l);
    }
  },
};

export const organizations: Recognizer = {
  name: "organizations",
  run(ctx, found) {
    // "Đồng chí Trường Chinh": after an address word, a body read by a one-word generic head is a name
    // ("học sinh Trường THPT …" keeps its school).
    found.organizations = findOrganizations(ctx, found.locationAt).filter((o) => !(/^org-head[^:]*:\S+$/u.test(o.reason) && addressEndingAt(ctx, o.start) >= 0));
    for (const o of found.organizations) {
      for (let k = o.start + 1; k < o.end; k++) found.insideOrganization[k] = 1;
      found.organizationEndAt.set(o.start, Math.max(found.organizationEndAt.get(o.start) ?? 0, o.end));
    }
  },
};

export const positions: Recognizer = {
  name: "positions",
  run(ctx, found) {
    // "Trung Quốc Vương Nghị": no title starts inside a country's name ("Quốc" + "Vương" is no "Quốc vương").
    const insideCountry = marks(ctx.tokens.length, found.locations, (l, m) => {
      if (l.data.kind === "country") m.fill(1, l.start + 1, l.end);
    });
    found.positions = findPositions(ctx, found.locationAt, found.insideOrganization, found.organizationEndAt).filter((p) => !insideCountry[p.start]);
  },
};

/** Strong readings first, so that names cannot run into them ("UBND TP Hà Nội Nguyễn Đức Chung"). */
export const strongReadings: Recognizer = {
  name: "strong readings",
  run(ctx, found) {
    const strongLocations = found.locations.filter((l) => l.priority >= 80);
    found.strong = selectCandidates([...found.positions, ...found.organizations, ...strongLocations], ctx.tokens.length);
  },
};

export const persons: Recognizer = {
  name: "persons",
  run(ctx, found) {
    const n = ctx.tokens.length;
    // Token marks (not Sets of indices): findPersons asks about every token.
    const taken = marks(n, found.strong, (c, m) => m.fill(1, c.start, c.end));
    const titles = found.strong.filter((c) => c.type === "position");
    const afterTitle = marks(n, titles, (c, m) => (m[c.end] = 1));
    // "người đồng cấp Singapore Vivian Balakrishnan": a counterpart's name comes after the country.
    for (const l of found.locations) if (l.data.kind === "country" && ctx.tokens[l.start - 1]?.key === "cấp" && ctx.tokens[l.start - 2]?.key === "đồng") afterTitle[l.end] = 1;
    const titleStarts = marks(n, titles, (c, m) => (m[c.start] = 1));
    found.persons = findPersons(ctx, taken, afterTitle, titleStarts);
    // "Tổng Bí thư Trường Chinh … Trường Chinh tên thật là": a name found after a title, written again alone.
    const again = namesWrittenAgain(ctx, found.persons, found.strong);
    if (again.persons.length) {
      found.strong = found.strong.filter((c) => !again.bodies.has(c));
      found.persons = [...found.persons, ...again.persons].sort((a, b) => a.start - b.start);
    }
  },
};

/** Everything that does not overlap, strongest first; positions stay even when not asked for (they carry holds). */
export const selection: Recognizer = {
  name: "selection",
  run(ctx, found) {
    const weakLocations = found.locations.filter((l) => l.priority < 80);
    found.accepted = selectCandidates([...found.strong, ...found.persons, ...weakLocations], ctx.tokens.length).filter(
      (c) => found.types.has(c.type) || c.type === "position",
    );
  },
};

/** Given names standing alone ("ông Phúc"), after the full names seen so far in the text. */
export const givenNameReferences: Recognizer = {
  name: "given-name references",
  needs: ["person"],
  run(ctx, found) {
    const { tokens } = ctx;
    for (const c of found.accepted) {
      if (c.type === "person" && !c.data.short && c.data.origin === "kinh" && c.end - c.start >= 2) found.knownGiven.add(tokens[c.end - 1]!.key);
    }
    const occupied = marks(tokens.length, found.accepted, (c, m) => m.fill(1, c.start, c.end));
    const refs = findGivenNameReferences(ctx, occupied, found.knownGiven);
    if (refs.length) found.accepted = [...found.accepted, ...refs].sort((a, b) => a.start - b.start);
  },
};

export const holds: Recognizer = {
  name: "holds",
  run(ctx, found) {
    if (found.types.has("position") && found.types.has("person")) found.holds = findHolds(ctx, found.accepted);
  },
};

/** "A thay ông B làm T": A holds T, B held it (src/link/successions.ts). */
export const successions: Recognizer = {
  name: "successions",
  run(ctx, found) {
    if (found.types.has("position") && found.types.has("person")) found.holds = findSuccessions(ctx, found.accepted, found.holds);
  },
};

/** The body of a bare title held by someone, from the text around it ("… Ban Kinh tế Trung ương … Phó trưởng ban"). */
export const contextBodies: Recognizer = {
  name: "context bodies",
  needs: ["organization"],
  run(ctx, found) {
    if (found.holds.length) findContextBodies(ctx, found.accepted, found.holds);
  },
};

/** Status, term, start and end of each holding, and the personnel events that set them. */
export const tenure: Recognizer = {
  name: "tenure",
  run(ctx, found) {
    if (found.holds.length) found.events = readTenure(ctx, found.holds, found.accepted, found.dates);
  },
};

/** The default pipeline, in order. */
export const DEFAULT_RECOGNIZERS: readonly Recognizer[] = [
  locations,
  organizations,
  positions,
  strongReadings,
  persons,
  selection,
  givenNameReferences,
  holds,
  successions,
  contextBodies,
  tenure,
];

/** The former name of DEFAULT_RECOGNIZERS (the tests and benches of other branches use it). */
export const DEFAULT_PIPELINE = DEFAULT_RECOGNIZERS;

/** Runs the steps over one chunk's context. */
export function runPipeline(ctx: ScanContext, steps: readonly Recognizer[], dates: DateSpan[], types: ReadonlySet<EntityType>, knownGiven: Set<string>): Found {
  const n = ctx.tokens.length;
  const found: Found = {
    dates,
    types,
    knownGiven,
    locations: [],
    locationAt: new Map(),
    organizations: [],
    insideOrganization: new Uint8Array(n),
    organizationEndAt: new Map(),
    positions: [],
    strong: [],
    persons: [],
    accepted: [],
    holds: [],
    events: [],
  };
  for (const step of steps) if (!step.needs || step.needs.some((t) => types.has(t))) step.run(ctx, found);
  return found;
}
