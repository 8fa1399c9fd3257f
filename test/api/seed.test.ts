// Pins the seed article of ../shared/eval (skipped when ../shared is absent, as on a bare clone).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { loadGold, sharedAvailable, sharedEval } from "../../scripts/lib/gold";
import { add, f1, scoreDoc } from "../../scripts/lib/score";

describe.skipIf(!sharedAvailable())("seed article (../shared/eval/gold/seed.json)", () => {
  const gold = sharedAvailable() ? loadGold(path.join(sharedEval, "gold", "seed.json")) : null;
  const graph = gold ? extract(gold.text, { referenceDate: gold.referenceDate }) : null;
  const score = gold && graph ? scoreDoc(gold, graph) : null;

  it("finds every holds edge and no wrong one", () => {
    expect(score!.misses.filter((m) => m.startsWith("holds"))).toEqual([]);
    expect(score!.spurious.filter((m) => m.startsWith("holds"))).toEqual([]);
  });

  it("reaches mention strict F1 ≥ 0.95", () => {
    const all = Object.values(score!.strict).reduce(add, { tp: 0, fp: 0, fn: 0 });
    expect(f1(all).f, [...score!.misses, ...score!.spurious].join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("gets all 7 date values right", () => {
    expect(score!.dates).toEqual({ right: 7, total: 7 });
  });

  it("finds every of edge", () => {
    expect(score!.misses.filter((m) => m.startsWith("of "))).toEqual([]);
  });
});
