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
