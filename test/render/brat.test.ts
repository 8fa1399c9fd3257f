import { describe, expect, it } from "vitest";
import { bratAnnotationConf, extract, toBrat } from "../../src/index";
import type { RenderableGraph } from "../../src/render/model";
import { GraphBuilder, officeholders } from "./fixtures";

interface Ann {
  T: Map<string, { type: string; fragments: [number, number][]; text: string }>;
  R: Map<string, { type: string; arg1: string; arg2: string }>;
  notes: Map<string, string>;
}

/** Reads a .ann file as brat does, and checks each T line's text against the .txt (in code points). */
function read(ann: string, text: string): Ann {
  const chars = Array.from(text);
  const out: Ann = { T: new Map(), R: new Map(), notes: new Map() };
  for (const line of ann.split("\n").filter(Boolean)) {
    const [id, body, tail] = line.split("\t");
    if (id!.startsWith("T")) {
      const [, type, offsets] = /^(\S+) (.*)$/.exec(body!)!;
      const fragments = offsets!.split(";").map((f) => f.split(" ").map(Number) as [number, number]);
      expect(fragments.map(([s, e]) => chars.slice(s, e).join("")).join(" "), line).toBe(tail);
      out.T.set(id!, { type: type!, fragments, text: tail! });
    } else if (id!.startsWith("R")) {
      const [, type, arg1, arg2] = /^(\S+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(body!)!;
      out.R.set(id!, { type: type!, arg1: arg1!, arg2: arg2! });
    } else if (id!.startsWith("#")) {
      const [, target] = /^AnnotatorNotes (\S+)$/.exec(body!)!;
      out.notes.set(target!, tail!);
    } else throw new Error(`unexpected line ${line}`);
  }
  return out;
}

/** Each relation as "Type: text of Arg1 → text of Arg2 (the mention's position)". */
function relations(a: Ann): string[] {
  const t = (id: string) => `${a.T.get(id)!.text}@${a.T.get(id)!.fragments[0]![0]}`;
  return [...a.R.values()].map((r) => `${r.type}: ${t(r.arg1)} → ${t(r.arg2)}`);
}

describe("toBrat", () => {
  const g = officeholders();
  const ann = read(toBrat(g), g.text);
  const at = (phrase: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = g.text.indexOf(phrase, i + 1);
    return i;
  };

  it("writes a T line per mention, nested ones too, with the text at its offsets", () => {
    expect([...ann.T.values()].map((t) => `${t.type} ${t.text}`)).toEqual([
      "Person Đinh La Thăng",
      "Position nguyên Ủy viên Bộ Chính trị",
      "Organization Bộ Chính trị",
      "Date Ngày 7/5/2017",
      "Organization Bộ Chính trị",
      "Person Đinh La Thăng",
      "Person Trương Thị Mai",
      "Position Trưởng Ban Tổ chức Trung ương",
      "Organization Ban Tổ chức Trung ương",
    ]);
  });

  it("draws each relation between the mentions inside its evidence, with the qualifiers as a note", () => {
    expect(relations(ann)).toEqual([
      `Holds: Đinh La Thăng@${at("Đinh La Thăng")} → nguyên Ủy viên Bộ Chính trị@${at("nguyên Ủy viên")}`,
      `Holds: Trương Thị Mai@${at("Trương Thị Mai")} → Trưởng Ban Tổ chức Trung ương@${at("Trưởng Ban")}`,
      `Of: nguyên Ủy viên Bộ Chính trị@${at("nguyên Ủy viên")} → Bộ Chính trị@${at("Bộ Chính trị")}`,
      `Of: Trưởng Ban Tổ chức Trung ương@${at("Trưởng Ban")} → Ban Tổ chức Trung ương@${at("Ban Tổ chức")}`,
    ]);
    expect(ann.notes.get("R1")).toBe("former · term XII · 2016-01 – 2017-05-07");
    expect(ann.notes.get("R2")).toBe("current · 2021-04 – …");
  });

  it("notes what a mention's text does not say: canonical name, gloss, date value", () => {
    expect(ann.notes.get("T2")).toBe("Ủy viên Bộ Chính trị · Member of the Politburo");
    expect(ann.notes.get("T3")).toBe("Politburo");
    expect(ann.notes.get("T4")).toBe("2017-05-07");
    expect(ann.notes.has("T1")).toBe(false);
  });

  it("counts offsets in code points, as brat (Python) does, past emoji and other astral characters", () => {
    const text = "😀𝔸 Thủ tướng Phạm Minh Chính 👍🏽 làm việc với Bộ Tài chính.";
    const a = read(toBrat(extract(text)), text);
    const person = [...a.T.values()].find((t) => t.type === "Person")!;
    expect(person.fragments).toEqual([[13, 28]]);
    expect(text.indexOf("Phạm")).toBe(15); // two surrogate pairs before it in UTF-16
    expect([...a.T.values()].map((t) => t.text)).toEqual(["Thủ tướng", "Phạm Minh Chính", "Bộ Tài chính"]);
  });

  it("splits a mention across a line break into fragments", () => {
    const b = new GraphBuilder("Ủy ban nhân dân\r\ntỉnh Nghệ An họp");
    b.add({ type: "organization", name: "Ủy ban nhân dân tỉnh Nghệ An", abbreviations: [], kind: "people-committee" }, "Ủy ban nhân dân\r\ntỉnh Nghệ An");
    const text = b.graph.text;
    expect(toBrat(b.build())).toBe(`T1\tOrganization 0 15;17 29\tỦy ban nhân dân tỉnh Nghệ An\n#1\tAnnotatorNotes T1\tỦy ban nhân dân tỉnh Nghệ An\n`);
    read(toBrat(b.graph), text);
  });

  it("falls back to the first mentions when the evidence holds none, and skips relations without mentions", () => {
    const b = new GraphBuilder("Ông Lê Văn A. Sau đó, Giám đốc Sở Y tế.");
    const person = b.person("Lê Văn A");
    const post = b.position("Giám đốc", "Giám đốc", undefined, undefined);
    b.holds(person, post, ["Sau đó"]);
    const ghost = b.add({ type: "person", name: "Không Có", origin: "kinh" });
    b.holds(ghost, post, ["Sau đó"]);
    const a = read(toBrat(b.build()), b.graph.text);
    expect(relations(a)).toEqual(["Holds: Lê Văn A@4 → Giám đốc@22"]);
  });

  it("writes nothing for a graph without mentions", () => {
    expect(toBrat(extract("trời mưa"))).toBe("");
  });

  it("comes with an annotation.conf declaring every type and relation it writes", () => {
    const real: RenderableGraph = extract("Ngày 5/3/2024, Phó Thủ tướng Chính phủ Trần Hồng Hà làm việc tại Hà Nội.", { referenceDate: "2024-03-10" });
    const a = read(toBrat(real), real.text);
    const entities = bratAnnotationConf.split("[relations]")[0]!.split("\n");
    for (const t of a.T.values()) expect(entities).toContain(t.type);
    for (const r of a.R.values()) expect(bratAnnotationConf).toMatch(new RegExp(`^${r.type}\\tArg1:${a.T.get(r.arg1)!.type}, Arg2:${a.T.get(r.arg2)!.type}$`, "m"));
  });
});
