import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract, extractMany } from "../../src/index";

const texts = [
  "Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu.",
  "Sáng 10/1, Ban Dân vận Trung ương tổ chức hội nghị.",
  "",
  "Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu dự.",
];

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("extractMany", () => {
  it("gives the same graphs as extract, in input order (in this thread)", async () => {
    const got = await collect(extractMany(texts, { concurrency: 1, referenceDate: "2019-01-11" }));
    expect(got).toEqual(texts.map((t) => extract(t, { referenceDate: "2019-01-11" })));
  });

  it("takes per-text options and an async iterable", async () => {
    async function* gen() {
      yield { text: "hôm qua", options: { referenceDate: "2019-01-11" } };
      yield { text: "hôm qua", options: { referenceDate: "2020-03-01" } };
    }
    const got = await collect(extractMany(gen(), { concurrency: 1 }));
    expect(got.map((g) => (g.entities[0] as { value?: string }).value)).toEqual(["2019-01-10", "2020-02-29"]);
  });

  it("rejects bad options by name", async () => {
    await expect(collect(extractMany(texts, { concurrency: 0 }))).rejects.toThrow(/concurrency/);
    await expect(collect(extractMany(texts, { workersAfter: -1 }))).rejects.toThrow(/workersAfter/);
  });

  it.each([
    ["one string", "Thủ tướng phát biểu.", /not one string/],
    ["null", null, /got null/],
    ["a number", 42, /got number/],
  ])("rejects %s as the texts, saying what it wants", async (_what, bad, message) => {
    await expect(collect(extractMany(bad as unknown as string[]))).rejects.toThrow(message);
  });

  const dist = path.resolve(__dirname, "../../dist/index.js");
  it.skipIf(!fs.existsSync(dist))("runs on a worker pool from the build, results in order", async () => {
    const built = (await import(dist)) as typeof import("../../src/index");
    // 400 texts are 13 batches: more than one worker keeps queued, so this thread extracts some.
    // (workersAfter: 0 starts the worker at once; by default it waits for 4 M characters.)
    const many = Array.from({ length: 400 }, (_, i) => texts[i % texts.length]!);
    const got = await collect(built.extractMany(many, { concurrency: 2, workersAfter: 0, referenceDate: "2019-01-11" }));
    expect(got).toEqual(many.map((t) => built.extract(t, { referenceDate: "2019-01-11" })));
    // The pool is kept for the next call, closed on request, and made again when needed.
    const again = await collect(built.extractMany(many.slice(0, 6), { concurrency: 2, referenceDate: "2019-01-11" }));
    expect(again).toEqual(got.slice(0, 6));
    await built.closeWorkers();
    const after = await collect(built.extractMany(many.slice(0, 3), { concurrency: 2, referenceDate: "2019-01-11" }));
    expect(after).toEqual(got.slice(0, 3));
    // A consumer that stops early leaves the pool usable; an empty input gives nothing.
    const firstFive: unknown[] = [];
    for await (const g of built.extractMany(many, { concurrency: 2, workersAfter: 0, referenceDate: "2019-01-11" })) {
      firstFive.push(g);
      if (firstFive.length === 5) break;
    }
    expect(firstFive).toEqual(got.slice(0, 5));
    expect(await collect(built.extractMany([], { concurrency: 2, workersAfter: 0 }))).toEqual([]);
    expect(await collect(built.extractMany(many.slice(0, 40), { concurrency: 2, workersAfter: 0, referenceDate: "2019-01-11" }))).toEqual(got.slice(0, 40));
    await built.closeWorkers();
  });

  it.skipIf(!fs.existsSync(dist))("shares the work with workers that start in the middle of a call, one or two of them", async () => {
    const built = (await import(dist)) as typeof import("../../src/index");
    // Workers start after 300 000 characters and are still compiling while this thread goes on: it
    // takes open batches ahead of theirs and keeps its graphs until the workers' late answers are out.
    const article = (i: number) => Array.from({ length: 12 }, (_, k) => texts[(i + k) % texts.length]).join("\n");
    const many = Array.from({ length: 1200 }, (_, i) => article(i));
    const want = many.map((t) => built.extract(t, { referenceDate: "2019-01-11" }));
    for (const concurrency of [2, 3]) {
      await built.closeWorkers();
      const got = await collect(built.extractMany(many, { concurrency, workersAfter: 300_000, referenceDate: "2019-01-11" }));
      expect(got).toEqual(want);
      // And warm: the same pool, from the first text.
      expect(await collect(built.extractMany(many, { concurrency, referenceDate: "2019-01-11" }))).toEqual(want);
    }
    await built.closeWorkers();
  }, 60_000);

  it.skipIf(!fs.existsSync(dist))("passes on a failing source's own error, without asking it to close (as for-await does)", async () => {
    const built = (await import(dist)) as typeof import("../../src/index");
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
    await expect(collect(built.extractMany(failing, { concurrency: 2, workersAfter: 0 }))).rejects.toThrow("source broke");
    await built.closeWorkers();
  });

  it.skipIf(!fs.existsSync(dist))("gives exactly extract's graphs from a worker: odd texts and per-text options", async () => {
    const built = (await import(dist)) as typeof import("../../src/index");
    const odd = [
      "Bà Nguyễn Thị Hoà ở Thuỷ Nguyên.", // old-style tone marks
      "Ông Nguyễn Văn An".normalize("NFD"),
      "lẻ \ud800 nửa \udc00 cặp 😀", // lone surrogates travel as UTF-16 code units
      "THỦ TƯỚNG\u00a0PHẠM MINH CHÍNH",
      "",
      { text: "hôm qua", options: { referenceDate: "2020-03-01" } },
    ];
    const many = Array.from({ length: 120 }, (_, i) => odd[i % odd.length]!);
    const want = many.map((t) => (typeof t === "string" ? built.extract(t) : built.extract(t.text, t.options)));
    const got = await collect(built.extractMany(many, { concurrency: 2, workersAfter: 0 }));
    // Strict: no property lost or turned into another type on the way (toEqual would let undefined pass).
    got.forEach((g, i) => expect(g).toStrictEqual(want[i]));
    await built.closeWorkers();
  });
});
