// Every view and export takes any graph the library can write (or a user can hand-make): without
// its text, with ids that point nowhere, with malformed qualifiers or events.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract, toBrat, toConll, toCsv, toDot, toHtml, toJsonLd, toMermaid, toPopolo, toTriples } from "../../src/index";
import type { RenderableGraph } from "../../src/render/model";
import { officeholders } from "./fixtures";

const RENDERERS = { toHtml, toMermaid, toDot, toJsonLd, toPopolo, toCsv, toTriples, toConll, toBrat } as Record<string, (g: RenderableGraph) => unknown>;

const base = officeholders();
const GRAPHS: [string, RenderableGraph][] = [
  ["an empty text", extract("")],
  ["a graph written without its text", { ...base, text: undefined as unknown as string }],
  ["relations to entities that do not exist", { ...base, relations: [...base.relations, { type: "holds", from: "per9", to: "pos9", evidence: { start: 0, end: 1, text: "Ô" }, reason: "x" }] }],
  ["holds between the wrong types", { ...base, relations: [{ type: "holds", from: "org1", to: "per1", evidence: { start: 0, end: 1, text: "Ô" }, reason: "x" }] }],
  [
    "malformed qualifiers",
    { ...base, relations: base.relations.map((r) => ({ ...r, status: 5, term: null, start: {}, end: "never", evidences: "none" }) as unknown as (typeof base.relations)[number]) },
  ],
  ["malformed events", { ...base, events: [null, { id: "x", type: "", person: "per1", position: "pos1" }, { id: "y", type: "death", person: "nobody", position: "pos1" }] as never }],
  ["mentions past the end of the text", { ...base, mentions: [...base.mentions, { entity: "per1", type: "person", start: 5, end: 10_000, text: "x", reason: "x" }] }],
];

describe("views and exports never throw on a graph", () => {
  for (const [what, graph] of GRAPHS) {
    it.each(Object.keys(RENDERERS))(`${what}: %s`, (name) => {
      expect(() => RENDERERS[name]!(graph)).not.toThrow();
    });
  }

  it("drop the holds that point nowhere or join the wrong types", () => {
    expect(toCsv(GRAPHS[2]![1]).split("\r\n")).toHaveLength(4);
    expect(toCsv(GRAPHS[3]![1])).toBe("person,position,organization,status,start,end,term,evidence\r\n");
  });

  it("ignore malformed qualifiers and events rather than print them", () => {
    const csv = toCsv(GRAPHS[4]![1]);
    expect(csv).not.toMatch(/\[object|undefined|null/);
    expect(toPopolo(GRAPHS[5]![1]).events).toEqual([]);
  });

  it("still list the officeholders of a graph written without its text", () => {
    const html = toHtml(GRAPHS[1]![1]);
    expect(html).toContain("Đinh La Thăng</span> → ");
    expect(toConll(GRAPHS[1]![1])).toBe("");
  });

  it("render a whole article", () => {
    const g = extract(readFileSync(new URL("../../examples/sample-article.txt", import.meta.url), "utf8"));
    for (const [name, render] of Object.entries(RENDERERS)) expect(JSON.stringify(render(g)).length, name).toBeGreaterThan(2);
  });
});
