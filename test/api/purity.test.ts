// extract() is a pure function of (text, options): what one call reads must not change what the
// next one returns (a graph once shared the gazetteer's abbreviation list and added to it).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { sharedAvailable, sharedEval } from "../../scripts/lib/gold";

describe.skipIf(!sharedAvailable())("purity over the news corpus (../shared/eval/news)", () => {
  it("every article gives the same graph in reverse order as in order", () => {
    const dir = path.join(sharedEval, "news");
    const texts = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().slice(0, 120).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    const forward = texts.map((t) => JSON.stringify(extract(t)));
    const backward = [...texts].reverse().map((t) => JSON.stringify(extract(t))).reverse();
    expect(backward.filter((g, i) => g !== forward[i]).length).toBe(0);
  }, 30_000);
});
