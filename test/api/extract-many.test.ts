// extractMany in this thread (from the TypeScript sources there is no worker; the worker pool is
// tested on the build in extract-many.slow.test.ts).
import { describe, expect, it } from "vitest";
import { createExtractor, extract, extractMany } from "../../src/node";
import { BAD_INPUTS, collect, CUSTOM, CUSTOM_TEXTS, customFound, GOOD as texts, untilFailure, withBadAt } from "./many-inputs";

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

  it.each([1, 2])("finds custom titles and organizations (createExtractor's config) at concurrency %i", async (concurrency) => {
    const got = await collect(extractMany(CUSTOM_TEXTS, { concurrency, custom: CUSTOM }));
    expect(got).toEqual(CUSTOM_TEXTS.map((t) => createExtractor(CUSTOM).extract(t)));
    customFound(got);
  });

  it("takes custom default options, below the call's options and each text's own", async () => {
    const custom = { referenceDate: "2024-05-01" };
    const value = (g: { entities: readonly object[] }) => (g.entities[0] as { value?: string | null }).value;
    const got = await collect(extractMany(["hôm qua", { text: "hôm qua", options: { referenceDate: "2020-03-01" } }], { concurrency: 1, custom }));
    expect(got.map(value)).toEqual(["2024-04-30", "2020-02-29"]);
    const call = await collect(extractMany(["hôm qua"], { concurrency: 1, custom, referenceDate: "2019-01-11" }));
    expect(call.map(value)).toEqual(["2019-01-10"]);
  });

  it("rejects bad options by name", async () => {
    await expect(collect(extractMany(texts, { custom: { titles: [{ gloss: "x" }] } as never }))).rejects.toThrow(/custom.*titles.*head|head/s);
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

  it.each(BAD_INPUTS)("gives every graph before %s, then fails in its place", async (_what, bad, says) => {
    const inputs = withBadAt(12, 5, bad);
    const { got, error } = await untilFailure(extractMany(inputs as string[], { concurrency: 1, referenceDate: "2019-01-11" }));
    expect(got).toEqual((inputs.slice(0, 5) as string[]).map((t) => extract(t, { referenceDate: "2019-01-11" })));
    says(error, 5);
  });
});
