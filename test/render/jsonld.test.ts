import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { extract, toJsonLd, type JsonLdOptions } from "../../src/index";
import { GraphBuilder, officeholders } from "./fixtures";

const ORG = "http://www.w3.org/ns/org#";
const TIME = "http://www.w3.org/2006/time#";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const SKOS = "http://www.w3.org/2004/02/skos/core#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const VEG = "urn:vn-entity-graph:vocab#";
const B = "https://example.org/doc#";

/** The document as N-Quads lines, through a real JSON-LD processor. */
async function quads(doc: object): Promise<string[]> {
  const nq = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: "application/n-quads" })) as unknown as string;
  return nq.split("\n").filter(Boolean);
}

describe("toJsonLd: W3C ORG, schema.org, OWL-Time", () => {
  it("expands with jsonld into the standard IRIs, one node type set per entity", async () => {
    const expanded = (await jsonld.expand(toJsonLd(officeholders()) as jsonld.JsonLdDocument)) as { "@id": string; "@type": string[] }[];
    const types = Object.fromEntries(expanded.map((n) => [n["@id"], n["@type"]]));
    expect(types).toEqual({
      "_:per1": ["http://xmlns.com/foaf/0.1/Person", "https://schema.org/Person"],
      "_:per2": ["http://xmlns.com/foaf/0.1/Person", "https://schema.org/Person"],
      "_:org1": [`${ORG}Organization`, "https://schema.org/Organization"],
      "_:org2": [`${ORG}Organization`, "https://schema.org/Organization"],
      "_:pos1": [`${ORG}Post`],
      "_:pos2": [`${ORG}Post`],
      "_:role1": [`${ORG}Role`],
      "_:role2": [`${ORG}Role`],
      "_:mem1": [`${ORG}Membership`],
      "_:mem2": [`${ORG}Membership`],
    });
  });

  it.each([
    // the triples a consumer of the standard vocabularies reads
    [`<${B}per1> <${ORG}holds> <${B}pos1> .`],
    [`<${B}pos1> <${ORG}postIn> <${B}org1> .`],
    [`<${B}pos1> <${ORG}role> <${B}role1> .`],
    [`<${B}role1> <${SKOS}prefLabel> "Ủy viên"@vi .`],
    [`<${B}role2> <${SKOS}prefLabel> "Trưởng"@vi .`],
    [`<${B}pos1> <${SKOS}prefLabel> "Member of the Politburo"@en .`],
    [`<${B}pos1> <${SKOS}prefLabel> "Ủy viên Bộ Chính trị"@vi .`],
    [`<${B}mem1> <${RDF_TYPE}> <${ORG}Membership> .`],
    [`<${B}mem1> <${ORG}member> <${B}per1> .`],
    [`<${B}mem1> <${ORG}organization> <${B}org1> .`],
    [`<${B}mem1> <${ORG}role> <${B}role1> .`],
    [`<${B}mem1> <${VEG}post> <${B}pos1> .`],
    [`<${B}mem1> <${VEG}status> "former" .`],
    [`<${B}mem1> <${VEG}term> "XII" .`],
    [`<${B}mem2> <${VEG}status> "current" .`],
    [`<${B}per1> <https://schema.org/familyName> "Đinh" .`],
  ])("%s", async (triple) => {
    expect(await quads(toJsonLd(officeholders(), { base: B }))).toContain(triple);
  });

  it("gives each holding its evidence spans, with offsets into the text", async () => {
    const lines = await quads(toJsonLd(officeholders(), { base: B }));
    const texts = lines.filter((l) => l.includes(`<${VEG}text>`)).map((l) => /"(.*)"/.exec(l)![1]);
    expect(texts.sort()).toEqual([
      "Bộ Chính trị cho ông Đinh La Thăng thôi giữ chức",
      "Trương Thị Mai, Trưởng Ban Tổ chức Trung ương từ tháng 4/2021",
      "Đinh La Thăng, nguyên Ủy viên Bộ Chính trị khóa XII",
    ]);
    expect(lines).toContain(`<${B}mem1> <${VEG}evidence> ${lines.find((l) => l.includes('"Đinh La Thăng, nguyên'))!.split(" ")[0]} .`);
  });

  it.each([
    // [start, end, the interval's instants as (time property, literal)]
    ["2016-01", "2017-05-07", [["hasBeginning", "inXSDgYearMonth", `"2016-01"^^<${XSD}gYearMonth>`], ["hasEnd", "inXSDDate", `"2017-05-07"^^<${XSD}date>`]]],
    ["2016", undefined, [["hasBeginning", "inXSDgYear", `"2016"^^<${XSD}gYear>`]]],
    [undefined, "2021-04-08T09:30", [["hasEnd", "inXSDDateTime", `"2021-04-08T09:30:00"^^<${XSD}dateTime>`]]],
    ["2020-03-01T08:00:00+07:00", undefined, [["hasBeginning", "inXSDDateTime", `"2020-03-01T08:00:00+07:00"^^<${XSD}dateTime>`]]],
    // A quarter says its year (coarser, still true); an interval gives its own start or end.
    ["2024-Q1", "2016/2021", [["hasBeginning", "inXSDgYear", `"2024"^^<${XSD}gYear>`], ["hasEnd", "inXSDgYear", `"2021"^^<${XSD}gYear>`]]],
    // A week may straddle two years: no instant rather than a wrong one.
    ["2024-W09", undefined, []],
    [undefined, undefined, []],
  ] as [string | undefined, string | undefined, string[][]][])("start %s, end %s", async (start, end, expected) => {
    const b = new GraphBuilder("Ông Nguyễn Văn A, Chủ tịch");
    const person = b.person("Nguyễn Văn A");
    const post = b.position("Chủ tịch", "Chủ tịch", undefined, undefined);
    b.holds(person, post, ["Nguyễn Văn A, Chủ tịch"], { ...(start ? { start } : {}), ...(end ? { end } : {}) });
    const lines = await quads(toJsonLd(b.build(), { base: B }));
    const interval = lines.find((l) => l.includes(`<${ORG}memberDuring>`))?.split(" ")[2];
    const got: string[][] = [];
    for (const side of ["hasBeginning", "hasEnd"]) {
      const node = lines.find((l) => l.startsWith(`${interval} <${TIME}${side}>`))?.split(" ")[2];
      for (const l of lines.filter((l) => node && l.startsWith(`${node} <${TIME}inXSD`))) {
        const [, prop, literal] = /^\S+ <http:\/\/www\.w3\.org\/2006\/time#(\w+)> (.*) \.$/.exec(l)!;
        got.push([side, prop!, literal!]);
      }
    }
    expect(got).toEqual(expected);
    expect(interval === undefined).toBe(expected.length === 0);
  });

  it("expands a real extraction: a membership per holds relation, a post per position", async () => {
    const g = extract("Phó Thủ tướng Chính phủ Trần Hồng Hà và Bộ trưởng Bộ Tài chính Hồ Đức Phớc làm việc với Bộ Công an.");
    const lines = await quads(toJsonLd(g, { base: B }));
    const count = (type: string) => lines.filter((l) => l.endsWith(`<${RDF_TYPE}> <${ORG}${type}> .`)).length;
    expect(count("Membership")).toBe(g.relations.filter((r) => r.type === "holds").length);
    expect(count("Post")).toBe(g.entities.filter((e) => e.type === "position").length);
    expect(count("Organization")).toBe(g.entities.filter((e) => e.type === "organization").length);
    expect(count("Membership")).toBeGreaterThan(0);
  });

  it.each([
    [{ base: "not an iri" }, "base"],
    [{ base: "" }, "base"],
    [{ prefix: "x" }, "prefix"],
  ])("rejects %j naming the field", (options, field) => {
    expect(() => toJsonLd(officeholders(), options as JsonLdOptions)).toThrow(field);
  });
});
