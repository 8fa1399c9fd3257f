// The scorer's tenure part (scripts/lib/score-tenure.ts) on small hand-made graphs: qualifiers on
// the holds found, and personnel events matched by type + person + position as written.
import { describe, expect, it } from "vitest";
import type { EntityGraph } from "../../src/index";
import type { GoldDoc, GoldEvent, GoldQualifier } from "../../scripts/lib/gold";
import { scoreDoc } from "../../scripts/lib/score";
import { qualifierMatches } from "../../scripts/lib/score-tenure";

const TEXT = "Ông Nguyễn Văn An, nguyên Chủ tịch UBND tỉnh, được HĐND tỉnh bầu làm Bí thư Tỉnh ủy ngày 1/7/2020.";
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });

/** One person, two posts, HĐND tỉnh and a date; `holds` and `events` carry the fields under test. */
function graph(holds: Array<Record<string, unknown>>, events?: Array<Record<string, unknown>>): EntityGraph {
  const entities = [
    { id: "per1", type: "person", name: "Nguyễn Văn An", origin: "kinh" },
    { id: "pos1", type: "position", name: "Chủ tịch UBND tỉnh", head: "Chủ tịch", modifiers: [], kind: "office" },
    { id: "pos2", type: "position", name: "Bí thư Tỉnh ủy", head: "Bí thư", modifiers: [], kind: "office" },
    { id: "org1", type: "organization", name: "HĐND tỉnh", abbreviations: [], kind: "council" },
    { id: "dat1", type: "date", name: "ngày 1/7/2020", value: "2020-07-01", grain: "day" },
  ];
  const mention = (entity: string, type: string, s: string) => ({ entity, type, ...at(s), reason: "test" });
  const g = {
    text: TEXT,
    referenceDate: null,
    referenceDateSource: "none",
    entities,
    mentions: [
      mention("per1", "person", "Nguyễn Văn An"),
      mention("pos1", "position", "nguyên Chủ tịch UBND tỉnh"),
      mention("org1", "organization", "HĐND tỉnh"),
      mention("pos2", "position", "Bí thư Tỉnh ủy"),
      mention("dat1", "date", "ngày 1/7/2020"),
    ],
    relations: holds.map((h) => ({ type: "holds", from: "per1", evidence: at("Nguyễn Văn An"), reason: "test", ...h })),
    warnings: [],
    ...(events ? { events: events.map((e, i) => ({ id: `ev${i + 1}`, person: "per1", evidence: at("bầu"), reason: "test", ...e })) } : {}),
  };
  return g as unknown as EntityGraph;
}

function gold(qualifiers: GoldQualifier[], events: GoldEvent[] = []): GoldDoc {
  return {
    id: "t",
    text: TEXT,
    mentions: [],
    holds: [
      ["Nguyễn Văn An", "nguyên Chủ tịch UBND tỉnh"],
      ["Nguyễn Văn An", "Bí thư Tỉnh ủy"],
    ],
    of: [],
    qualifiers,
    events,
  };
}

const former: GoldQualifier = { person: "Nguyễn Văn An", position: "nguyên Chủ tịch UBND tỉnh", status: "former" };
const elected: GoldQualifier = { person: "Nguyễn Văn An", position: "Bí thư Tỉnh ủy", status: "current", start: "2020-07-01", term: "khóa XV" };

describe("tenure qualifiers on the holds the system found", () => {
  it.each([
    ["all right", [{ to: "pos1", status: "former" }, { to: "pos2", status: "current", start: "2020-07-01", term: "XV" }], { right: 4, total: 4, noValue: 0, notFound: 0, extra: 0 }],
    ["a graph without qualifier fields gives no value", [{ to: "pos1" }, { to: "pos2" }], { right: 0, total: 4, noValue: 4, notFound: 0, extra: 0 }],
    ["a wrong status and a start at another day", [{ to: "pos1", status: "current" }, { to: "pos2", status: "current", start: "2020-07-02", term: "15" }], { right: 2, total: 4, noValue: 0, notFound: 0, extra: 0 }],
    ["the start as a month is not the day", [{ to: "pos1", status: "former" }, { to: "pos2", status: "current", start: "2020-07", term: "XV" }], { right: 3, total: 4, noValue: 0, notFound: 0, extra: 0 }],
    ["a holds the system missed is counted apart", [{ to: "pos1", status: "former" }], { right: 1, total: 1, noValue: 0, notFound: 3, extra: 0 }],
    ["values the gold does not have are listed, not scored", [{ to: "pos1", status: "former", end: "2019" }, { to: "pos2", status: "current", start: "2020-07-01", term: "XV" }], { right: 4, total: 4, noValue: 0, notFound: 0, extra: 1 }],
  ])("%s", (_, holds, want) => {
    expect(scoreDoc(gold([former, elected]), graph(holds)).qualifiers).toEqual(want);
  });

  it("names the field, the holds line and both values in a miss", () => {
    const s = scoreDoc(gold([former]), graph([{ to: "pos1", status: "acting" }, { to: "pos2" }]));
    expect(s.misses).toContain("qualifier status Nguyễn Văn An | nguyên Chủ tịch UBND tỉnh: gold former, got acting");
  });

  it.each([
    ["XI, XII", "các khóa XI và XII", true],
    ["X; XI; XII", "X, XI, XII", true],
    ["XIV", "khóa 14", true],
    ["2020–2025", "nhiệm kỳ 2020 - 2025", true],
    ["XI, XII", "XII", false],
    ["XV", "XIV", false],
  ])("term %s against %s: %s", (a, b, same) => {
    expect(qualifierMatches("term", a, b)).toBe(same);
  });
});

describe("personnel events", () => {
  const election: GoldEvent = { type: "election", person: "Nguyễn Văn An", position: "Bí thư Tỉnh ủy", date: "2020-07-01", authority: "HĐND tỉnh" };
  const holds = [{ to: "pos1" }, { to: "pos2" }];
  it.each([
    ["no events array at all", undefined, { tp: 0, fp: 0, fn: 1 }],
    ["the same event", [{ type: "election", position: "pos2", date: "dat1", authority: "org1" }], { tp: 1, fp: 0, fn: 0 }],
    ["another type is a miss and a spurious", [{ type: "appointment", position: "pos2" }], { tp: 0, fp: 1, fn: 1 }],
    ["another post is a miss and a spurious", [{ type: "election", position: "pos1" }], { tp: 0, fp: 1, fn: 1 }],
    ["a second event the gold does not have", [{ type: "election", position: "pos2" }, { type: "dismissal", position: "pos1" }], { tp: 1, fp: 1, fn: 0 }],
  ])("%s", (_, events, want) => {
    expect(scoreDoc(gold([], [election]), graph(holds, events)).events.counts).toEqual(want);
  });

  it.each([
    ["date and authority right", { date: "dat1", authority: "org1" }, { right: 1, total: 1 }, { right: 1, total: 1 }],
    ["neither given", {}, { right: 0, total: 1 }, { right: 0, total: 1 }],
    ["the holder is not the authority", { authority: "per1" }, { right: 0, total: 1 }, { right: 0, total: 1 }],
  ])("on a matched event: %s", (_, extra, dates, authorities) => {
    const s = scoreDoc(gold([], [election]), graph(holds, [{ type: "election", position: "pos2", ...extra }]));
    expect([s.events.dates, s.events.authorities]).toEqual([dates, authorities]);
  });
});

describe("of on a post the gold marks optional", () => {
  // pos2 "Bí thư Tỉnh ủy" → org1 (a wrong body, so it can only be a spurious line or ignored).
  const withOf = () => {
    const g = graph([]) as unknown as { relations: Array<Record<string, unknown>> };
    g.relations.push({ type: "of", from: "pos2", to: "org1", evidence: at("Bí thư Tỉnh ủy"), reason: "test" });
    return g as unknown as EntityGraph;
  };
  const doc = (optional: boolean): GoldDoc => ({
    ...gold([]),
    holds: [],
    mentions: [{ type: "position", ...at("Bí thư Tỉnh ủy"), ...(optional ? { optional: true } : {}) }],
  });
  it.each([
    ["a required post: the unmatched of is spurious", false, { tp: 0, fp: 1, fn: 0 }],
    ["a post written only where the gold marks it optional: not counted", true, { tp: 0, fp: 0, fn: 0 }],
  ])("%s", (_, optional, want) => {
    expect(scoreDoc(doc(optional), withOf()).of).toEqual(want);
  });
});

describe("a required mention inside an optional one", () => {
  // The gold may leave a span optional ("HĐND tỉnh bầu") and require the body inside it.
  const doc = {
    ...gold([]),
    holds: [],
    mentions: [
      { type: "organization", ...at("HĐND tỉnh bầu"), optional: true },
      { type: "organization", ...at("HĐND tỉnh"), nested: true },
    ],
  } as GoldDoc;
  it.each([
    ["a prediction exactly on the required span is scored", "HĐND tỉnh", { tp: 1, fp: 0, fn: 0 }],
    ["a prediction on the optional span is ignored, the required one missed", "HĐND tỉnh bầu", { tp: 0, fp: 0, fn: 1 }],
  ])("%s", (_, span, want) => {
    const g = { ...graph([]), mentions: [{ entity: "org1", type: "organization", ...at(span), reason: "test" }] } as unknown as EntityGraph;
    expect(scoreDoc(doc, g).strict.organization).toEqual(want);
  });
});
