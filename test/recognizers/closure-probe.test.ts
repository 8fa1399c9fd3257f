// A test written as an arrow function in a call of `longest` is a new function at every call (and, when it reads
// the caller's parameters, a scope object at every call of the caller): in a helper asked at every token, that is
// garbage at every token (docs/performance.md, 2026-12-07 evening). `acceptProbe` counts the distinct test
// functions `longest` is given; filters made once count once, so on real text the count per token stays small
// unless such a closure comes back in a per-token helper. Counted, never timed.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sharedAvailable, sharedEval } from "../../scripts/lib/gold";
import { extract } from "../../src/index";
import { acceptProbe } from "../../src/recognizers/context";
import { resetWork, work } from "../../src/util/work";

// At 2026-12-07 evening the 378 news texts make 0.029 distinct tests a token (10 379 of 357 854); before, the
// country and place tests asked at every token made about 0.12.
const MAX_PER_TOKEN = 0.06;

/** Distinct test functions given to `longest` per token over `texts`. */
function perToken(texts: readonly string[]): number {
  resetWork();
  acceptProbe.on = true;
  for (const t of texts) extract(t);
  return acceptProbe.distinct / Math.max(1, work.tokens);
}

describe("closures given to longest per token", () => {
  afterEach(() => {
    acceptProbe.on = false;
    acceptProbe.seen = new WeakSet();
    acceptProbe.distinct = 0;
  });

  it("examples/sample-article.txt", () => {
    expect(perToken([fs.readFileSync(path.join(__dirname, "../../examples/sample-article.txt"), "utf8")])).toBeLessThan(MAX_PER_TOKEN);
  });

  it.skipIf(!sharedAvailable())("the first 60 news texts (../shared/eval/news)", () => {
    const dir = path.join(sharedEval, "news");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().slice(0, 60);
    expect(perToken(files.map((f) => fs.readFileSync(path.join(dir, f), "utf8")))).toBeLessThan(MAX_PER_TOKEN);
  });
});
