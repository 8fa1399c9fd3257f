import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../src/link/graph-builder";

// A mention read from the raw text becomes an alias in its display form: white space collapsed
// to single spaces and trimmed (non-breaking spaces, line breaks, tabs), NFC.
describe("GraphBuilder.mention: alias from the raw text", () => {
  it.each([
    ["Hà Nội", ["Hà Nội"]],
    ["Hà  Nội", ["Hà Nội"]],
    ["Hà\u00a0Nội", ["Hà Nội"]],
    ["Hà\nNội", ["Hà Nội"]],
    ["Hà\tNội", ["Hà Nội"]],
    [" Hà Nội", ["Hà Nội"]],
    ["Hà Nội ", ["Hà Nội"]],
    ["Ha\u0300 Nội", ["Hà Nội"]], // NFD
    ["Thủ đô", ["Thủ đô"]],
  ])("%j → aliases %j", (raw, aliases) => {
    const g = new GraphBuilder(raw);
    const e = g.entity("location", "x", () => ({ type: "location", name: "Thủ đô Hà Nội", kind: "city" }));
    g.mention(e, 0, raw.length, "test");
    expect(e.aliases).toEqual(aliases);
    expect(g.mentions[0]!.text).toBe(raw);
  });
});

// One relation per pair; each stretch of text stating it once among its evidences, in text order.
describe("GraphBuilder.relation: evidences told again are kept once", () => {
  const text = "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh. Chủ tịch Nguyễn Văn A nói.";
  it.each([
    ["one span", [[4, 36]], [[4, 36]]],
    ["the same span twice", [[4, 36], [4, 36]], [[4, 36]]],
    ["a second span, then the first again", [[4, 36], [38, 59], [4, 36]], [[4, 36], [38, 59]]],
    ["an earlier span after a later one", [[38, 59], [4, 36], [38, 59], [4, 36]], [[4, 36], [38, 59]]],
    ["same start, another end", [[4, 36], [4, 16]], [[4, 36], [4, 16]]],
  ] as Array<[string, Array<[number, number]>, Array<[number, number]>]>)("%s", (_, told, want) => {
    const g = new GraphBuilder(text);
    const p = g.entity("person", "a", () => ({ type: "person", name: "Nguyễn Văn A" }) as never);
    const q = g.entity("position", "ct", () => ({ type: "position", name: "Chủ tịch UBND tỉnh" }) as never);
    for (const [s, e] of told) g.relation("holds", p, q, s, e, "test");
    expect(g.relations).toHaveLength(1);
    const r = g.relations[0]!;
    expect(r.evidences.map((x) => [x.start, x.end])).toEqual(want);
    expect(r.evidences.every((x) => x.text === text.slice(x.start, x.end))).toBe(true);
    expect(r.evidence).toBe(r.evidences[0]);
  });
});
