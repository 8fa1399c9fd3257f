// extractMany's test inputs, shared by the in-thread tests and the worker tests on the build. A bad
// input fails in its place: every graph before it comes out first, then its error.
import { expect } from "vitest";
import type { EntityGraph } from "../../src/index";

type Input = string | { text: unknown; options?: unknown };

/** [what, bad input, what its error must say given its index] */
export const BAD_INPUTS: Array<[string, unknown, (e: unknown, index: number) => void]> = [
  ["a number", 42, (e, i) => expect((e as Error).message).toContain(`texts[${i}] must be a string or { text, options }, got number`)],
  ["null", null, (e, i) => expect((e as Error).message).toContain(`texts[${i}] must be a string or { text, options }, got null`)],
  ["an object whose text is a number", { text: 5 }, (e, i) => expect((e as Error).message).toContain(`texts[${i}].text must be a string, got number`)],
  // A zod error whose path says where the bad field is in the input.
  ["a bad referenceDate", { text: "hôm qua", options: { referenceDate: "2019-13-01" } }, (e, i) => expect((e as { issues: Array<{ path: unknown[] }> }).issues[0]!.path).toEqual([i, "options", "referenceDate"])],
  ["an unknown option", { text: "hôm qua", options: { refDate: "2019-01-11" } }, (e, i) => expect((e as { issues: Array<{ path: unknown[] }> }).issues[0]!.path).toEqual([i, "options"])],
];

export const GOOD = ["Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu.", "Sáng 10/1, Ban Dân vận Trung ương tổ chức hội nghị.", "", "Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu dự."];

/** `count` good texts with `bad` at `index`. */
export function withBadAt(count: number, index: number, bad: unknown): Input[] {
  return Array.from({ length: count }, (_, i) => (i === index ? (bad as Input) : GOOD[i % GOOD.length]!));
}

/** What a consumer gets before the call fails, and the error (undefined: no failure). */
export async function untilFailure(it: AsyncIterable<EntityGraph>): Promise<{ got: EntityGraph[]; error: unknown }> {
  const got: EntityGraph[] = [];
  try {
    for await (const g of it) got.push(g);
  } catch (error) {
    return { got, error };
  }
  return { got, error: undefined };
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** User entries (createExtractor's config) and texts that need them: without them "Làng Hà Văn Tám" is a place and VDB a bank. */
export const CUSTOM = { titles: [{ head: "Trưởng làng", gloss: "Village head" }], organizations: [{ name: "Công ty Cổ phần Sách Ví Dụ", abbreviations: ["VDB"] }] };
export const CUSTOM_TEXTS = ["Trưởng làng Hà Văn Tám gặp lãnh đạo VDB.", "Thủ tướng phát biểu.", "VDB họp."];

/** The custom title and organization are in the graphs of CUSTOM_TEXTS. */
export function customFound(graphs: EntityGraph[]): void {
  const names = graphs.map((g) => g.entities.filter((e) => e.type === "position" || e.type === "organization").map((e) => e.name));
  expect(names[0]).toEqual(["Trưởng làng", "Công ty Cổ phần Sách Ví Dụ"]);
  expect(names[2]).toEqual(["Công ty Cổ phần Sách Ví Dụ"]);
}
