// extractMany on its worker pool: workers run only from the build (npm run build), so these tests
// skip without dist/. Slow: each new worker spends seconds compiling.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BAD_INPUTS, collect, CUSTOM, CUSTOM_TEXTS, customFound, GOOD as texts, untilFailure, withBadAt } from "./many-inputs";

const dist = path.resolve(__dirname, "../../dist/node.js");
const built = async () => (await import(dist)) as typeof import("../../src/node");

describe.skipIf(!fs.existsSync(dist))("extractMany on worker threads (build)", () => {
  afterAll(async () => (await built()).closeWorkers());

  it("runs on a worker pool from the build, results in order", async () => {
    const m = await built();
    // 400 texts are 13 batches: more than one worker keeps queued, so this thread extracts some.
    // (workersAfter: 0 starts the worker at once; by default it waits for 4 M characters.)
    const many = Array.from({ length: 400 }, (_, i) => texts[i % texts.length]!);
    const got = await collect(m.extractMany(many, { concurrency: 2, workersAfter: 0, referenceDate: "2019-01-11" }));
    expect(got).toEqual(many.map((t) => m.extract(t, { referenceDate: "2019-01-11" })));
    // The pool is kept for the next call, closed on request, and made again when needed.
    const again = await collect(m.extractMany(many.slice(0, 6), { concurrency: 2, referenceDate: "2019-01-11" }));
    expect(again).toEqual(got.slice(0, 6));
    await m.closeWorkers();
    const after = await collect(m.extractMany(many.slice(0, 3), { concurrency: 2, referenceDate: "2019-01-11" }));
    expect(after).toEqual(got.slice(0, 3));
    // A consumer that stops early leaves the pool usable; an empty input gives nothing.
    const firstFive: unknown[] = [];
    for await (const g of m.extractMany(many, { concurrency: 2, workersAfter: 0, referenceDate: "2019-01-11" })) {
      firstFive.push(g);
      if (firstFive.length === 5) break;
    }
    expect(firstFive).toEqual(got.slice(0, 5));
    expect(await collect(m.extractMany([], { concurrency: 2, workersAfter: 0 }))).toEqual([]);
    expect(await collect(m.extractMany(many.slice(0, 40), { concurrency: 2, workersAfter: 0, referenceDate: "2019-01-11" }))).toEqual(got.slice(0, 40));
    await m.closeWorkers();
  });

  it("shares the work with workers that start in the middle of a call, one or two of them", async () => {
    const m = await built();
    // Workers start after 300 000 characters and are still compiling while this thread goes on: it
    // takes open batches ahead of theirs and keeps its graphs until the workers' late answers are out.
    const article = (i: number) => Array.from({ length: 12 }, (_, k) => texts[(i + k) % texts.length]).join("\n");
    const many = Array.from({ length: 1200 }, (_, i) => article(i));
    const want = many.map((t) => m.extract(t, { referenceDate: "2019-01-11" }));
    for (const concurrency of [2, 3]) {
      await m.closeWorkers();
      const got = await collect(m.extractMany(many, { concurrency, workersAfter: 300_000, referenceDate: "2019-01-11" }));
      expect(got).toEqual(want);
      // And warm: the same pool, from the first text.
      expect(await collect(m.extractMany(many, { concurrency, referenceDate: "2019-01-11" }))).toEqual(want);
    }
    await m.closeWorkers();
  }, 60_000);

  it("passes on a failing source's own error, without asking it to close (as for-await does)", async () => {
    const m = await built();
    let n = 0;
    const failing: Iterable<string> = {
      [Symbol.iterator]: () => ({
        next: () => {
          if (++n > 40) throw new Error("source broke");
          return { done: false, value: "Thủ tướng phát biểu." };
        },
        return: () => {
          throw new Error("closed after failing");
        },
      }),
    };
    await expect(collect(m.extractMany(failing, { concurrency: 2, workersAfter: 0 }))).rejects.toThrow("source broke");
    await m.closeWorkers();
  });

  it("takes custom entries (createExtractor's config) to the workers; without them, the bundled lexicon again", async () => {
    const m = await built();
    const many = Array.from({ length: 300 }, (_, i) => CUSTOM_TEXTS[i % CUSTOM_TEXTS.length]!);
    const ex = m.createExtractor(CUSTOM);
    const got = await collect(m.extractMany(many, { concurrency: 2, workersAfter: 0, custom: CUSTOM }));
    got.forEach((g, i) => expect(g).toStrictEqual(ex.extract(many[i]!)));
    customFound(got);
    const plain = await collect(m.extractMany(many, { concurrency: 2, workersAfter: 0 }));
    expect(plain).toEqual(many.map((t) => m.extract(t)));
    await m.closeWorkers();
  });

  it("gives exactly extract's graphs from a worker: odd texts and per-text options", async () => {
    const m = await built();
    const odd = [
      "Bà Nguyễn Thị Hoà ở Thuỷ Nguyên.", // old-style tone marks
      "Ông Nguyễn Văn An".normalize("NFD"),
      "lẻ \ud800 nửa \udc00 cặp 😀", // lone surrogates travel as UTF-16 code units
      "THỦ TƯỚNG\u00a0PHẠM MINH CHÍNH",
      "",
      { text: "hôm qua", options: { referenceDate: "2020-03-01" } },
    ];
    const many = Array.from({ length: 120 }, (_, i) => odd[i % odd.length]!);
    const want = many.map((t) => (typeof t === "string" ? m.extract(t) : m.extract(t.text, t.options)));
    const got = await collect(m.extractMany(many, { concurrency: 2, workersAfter: 0 }));
    // Strict: no property lost or turned into another type on the way (toEqual would let undefined pass).
    got.forEach((g, i) => expect(g).toStrictEqual(want[i]));
    await m.closeWorkers();
  });

  // Failing at item 49 of 100 (all read ahead before any graph is given) and at item 1000
  // of 3000 (some batches done by the worker, some here, some read ahead, when the bad one is read).
  const cases = [
    ...BAD_INPUTS.flatMap(([what, bad, says]) => [1, 2, 3].map((concurrency) => [what, concurrency, 100, 49, bad, says] as const)),
    ...[2, 3].map((concurrency) => ["a number", concurrency, 3000, 1000, BAD_INPUTS[0]![1], BAD_INPUTS[0]![2]] as const),
  ];
  it.each(cases)("gives every graph before %s at concurrency %i (%i inputs, bad one at %i), then fails in its place", async (_what, concurrency, count, index, bad, says) => {
    const m = await built();
    const inputs = withBadAt(count, index, bad);
    const want = (inputs.slice(0, index) as string[]).map((t) => m.extract(t, { referenceDate: "2019-01-11" }));
    const { got, error } = await untilFailure(m.extractMany(inputs as string[], { concurrency, workersAfter: 0, referenceDate: "2019-01-11" }));
    expect(got.length).toBe(index);
    expect(got).toEqual(want);
    says(error, index);
  });

  it("gives every graph for options a worker could not be sent as given", async () => {
    const m = await built();
    // A function on the types array cannot be cloned to a worker; zod's copy of the options can.
    const types = Object.assign(["person" as const], { note: () => "not cloneable" });
    const inputs = Array.from({ length: 200 }, (_, i) => (i % 10 === 7 ? { text: texts[0]!, options: { types } } : texts[i % texts.length]!));
    const want = inputs.map((t) => (typeof t === "string" ? m.extract(t) : m.extract(t.text, t.options)));
    expect(await collect(m.extractMany(inputs, { concurrency: 2, workersAfter: 0 }))).toEqual(want);
  });

  it("gives every graph when the workers end in the middle of a call: this thread does the rest", async () => {
    const m = await built();
    const many = Array.from({ length: 2000 }, (_, i) => texts[i % texts.length]!);
    const want = many.map((t) => m.extract(t));
    const got: unknown[] = [];
    for await (const g of m.extractMany(many, { concurrency: 2, workersAfter: 0 })) {
      got.push(g);
      if (got.length === 100) await m.closeWorkers(); // batches in flight fail, and so does the pool
    }
    expect(got).toEqual(want);
  });
});
