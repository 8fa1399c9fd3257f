import { parse as parseDot } from "@ts-graphviz/ast";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { extract, toDot, toMermaid } from "../../src/index";
import { GraphBuilder, officeholders } from "./fixtures";

// Names that would end a label early or start a new statement if written raw.
const HOSTILE = [
  'Công ty "Sao Mai"',
  "Ban [A] (B) {C}",
  "Hội A | B; C # D",
  "<script>alert(1)</script> & co",
  "end",
  "Quỹ `x` \\ y \\",
  "Ban style: #35; classDef",
  'x\\"y',
];

/** One person holding a post of an organization, each named with the given name. */
function named(name: string) {
  const b = new GraphBuilder(`${name} . ${name} . ${name}`);
  const person = b.add({ type: "person", name, origin: "unknown" }, [name, 0]);
  const org = b.add({ type: "organization", name, abbreviations: [], kind: "other" }, [name, 2]);
  const post = b.add({ type: "position", name, head: name, modifiers: [], kind: "office", organization: org.id }, [name, 1]);
  const evidence = b.span(name, 1);
  b.graph.relations.push({ type: "of", from: post.id, to: org.id, evidence, evidences: [evidence], reason: "test" });
  b.holds(person, post, [name], { status: "former", term: `${name}`, start: "2020" });
  return b.build();
}

describe("toMermaid", () => {
  it("draws person → post (qualifiers on the arrow) ⇢ organization, coloured by type", () => {
    expect(toMermaid(officeholders()).split("\n")).toEqual([
      "flowchart LR",
      '  n1["Đinh La Thăng"]:::person',
      '  n2["Ủy viên Bộ Chính trị"]:::position',
      '  n3["Bộ Chính trị"]:::organization',
      '  n4["Trương Thị Mai"]:::person',
      '  n5["Trưởng Ban Tổ chức Trung ương"]:::position',
      '  n6["Ban Tổ chức Trung ương"]:::organization',
      '  n1 -->|"former · term XII · 2016-01 – 2017-05-07"| n2',
      "  n2 -.-> n3",
      '  n4 -->|"current · 2021-04 – …"| n5',
      "  n5 -.-> n6",
      "  classDef person fill:#aa9cfc,stroke:#555,color:#222",
      "  classDef position fill:#feca74,stroke:#555,color:#222",
      "  classDef organization fill:#7aecec,stroke:#555,color:#222",
      "",
    ]);
  });

  it("draws a real extraction", () => {
    const out = toMermaid(extract("Phó Thủ tướng Chính phủ Trần Hồng Hà làm việc."));
    expect(out).toContain('n1["Trần Hồng Hà"]:::person');
    expect(out).toContain(`n1 -->|"current"| n2\n  n2 -.-> n3`);
  });

  it("draws an empty chart for a graph without holds", () => {
    expect(toMermaid(extract("Bộ Tài chính họp."))).toBe("flowchart LR\n");
  });

  describe("Mermaid's own parser reads every label back", () => {
    type Db = { getVertices(): Map<string, { text: string }>; getEdges(): { start: string; end: string; text: string }[] };
    let mermaid: { parse(t: string): Promise<unknown>; mermaidAPI: { getDiagramFromText(t: string): Promise<{ db: Db }> } };
    beforeAll(async () => {
      // Mermaid sanitizes labels with DOMPurify, which needs a DOM.
      const { window } = new JSDOM("<!DOCTYPE html><body></body>");
      Object.assign(globalThis, { window, document: window.document });
      mermaid = (await import("mermaid")).default as unknown as typeof mermaid;
    }, 60_000);

    // Mermaid keeps #code; entity codes as placeholders until it renders: decode them as it will.
    const NAMED: Record<string, string> = { quot: '"', lt: "<", gt: ">", amp: "&" };
    const decode = (s: string) => s.replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n))).replace(/ﬂ°(\w+)¶ß/g, (_, n) => NAMED[n] ?? `&${n};`);

    it.each(HOSTILE)("%s", async (name) => {
      const text = toMermaid(named(name));
      await expect(mermaid.parse(text)).resolves.toBeTruthy();
      const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
      expect([...db.getVertices().values()].map((v) => decode(v.text))).toEqual([name, name, name]);
      expect(db.getEdges().map((e) => [e.start, e.end, decode(e.text)])).toEqual([
        ["n1", "n2", `former · term ${name.replace(/\s+/g, " ").trim()} · 2020 – …`],
        ["n2", "n3", ""],
      ]);
    });
  });
});

describe("toDot", () => {
  it("draws person → post (qualifiers on the arrow) ⇢ organization", () => {
    const out = toDot(officeholders());
    expect(out).toContain('n1 [label="Đinh La Thăng", fillcolor="#aa9cfc"];');
    expect(out).toContain('n1 -> n2 [label="former · term XII · 2016-01 – 2017-05-07"];');
    expect(out).toContain("n2 -> n3 [style=dashed];");
  });

  // The parser keeps DOT's label escapes (\\ and \n) as written; decode them as Graphviz draws them.
  const drawn = (s: string) => s.replace(/\\([\\n])/g, (_, c) => (c === "n" ? "\n" : c));

  it.each([...HOSTILE, "hai\ndòng"])("a DOT parser reads %j back", (name) => {
    const ast = parseDot(toDot(named(name)));
    const labels: string[] = [];
    JSON.stringify(ast, (k, v) => {
      if (v && v.type === "Attribute" && v.key.value === "label") labels.push(drawn(v.value.value));
      return v;
    });
    expect(labels.slice(0, 3)).toEqual([name, name, name]);
  });
});
