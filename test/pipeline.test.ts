import { describe, expect, it } from "vitest";
import { getDefaultLexicon } from "../src/lexicon/lexicon";
import { DEFAULT_PIPELINE, runPipeline, type Recognizer } from "../src/pipeline";
import { createContext } from "../src/recognizers/context";
import { normalizeText } from "../src/text/normalize";
import { tokenize } from "../src/text/tokenize";
import type { EntityType } from "../src/schema/graph";

const ALL: EntityType[] = ["person", "position", "organization", "location", "date"];

function run(text: string, steps: readonly Recognizer[], types: EntityType[] = ALL) {
  const nt = normalizeText(text);
  const ctx = createContext(nt, tokenize(nt.cased, nt.lower, 0, nt.cased.length), getDefaultLexicon());
  return { ctx, found: runPipeline(ctx, steps, [], new Set(types), new Set()) };
}

describe("the chunk pipeline", () => {
  it("runs recognizers, then selections, then linkers", () => {
    expect(DEFAULT_PIPELINE.map((s) => s.name)).toEqual([
      "locations",
      "organizations",
      "positions",
      "strong readings",
      "persons",
      "selection",
      "given-name references",
      "holds",
      "successions",
      "context bodies",
      "tenure",
    ]);
  });

  it.each([
    // [text, what each step leaves, as "type:text" of the accepted candidates, and holds as "person → position"]
    ["Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường phát biểu.", ["position:Bí thư Tỉnh ủy Quảng Nam", "person:Phan Việt Cường"], ["Phan Việt Cường → Bí thư Tỉnh ủy Quảng Nam"]],
    ["Ông Nguyễn Văn Nam và ông Nam cùng đến.", ["person:Nguyễn Văn Nam", "person:Nam"], []],
  ])("%s", (text, accepted, holds) => {
    const { ctx, found } = run(text, DEFAULT_PIPELINE);
    const t = (c: { start: number; end: number }) => text.slice(ctx.tokens[c.start]!.start, ctx.tokens[c.end - 1]!.end);
    expect(found.accepted.filter((c) => !(c.type === "organization" || c.type === "location")).map((c) => `${c.type}:${t(c)}`)).toEqual(accepted);
    expect(found.holds.map((h) => `${t(h.person)} → ${t(h.position)}`)).toEqual(holds);
  });

  it("skips a step whose types are not asked for, and runs a step added to the list with what came before", () => {
    const seen: string[] = [];
    const spy: Recognizer = { name: "spy", run: (_ctx, found) => seen.push(`${found.accepted.length} accepted, ${found.holds.length} holds`) };
    const text = "Chủ tịch nước Lương Cường và ông Cường";
    expect(run(text, [...DEFAULT_PIPELINE, spy]).found.accepted.filter((c) => c.type === "person")).toHaveLength(2);
    expect(seen).toEqual(["3 accepted, 1 holds"]);
    // Without persons asked for, no given-name references and no holds.
    const { found } = run(text, DEFAULT_PIPELINE, ["position"]);
    expect(found.holds).toEqual([]);
    expect(found.accepted.filter((c) => c.type === "person")).toHaveLength(0);
  });
});
