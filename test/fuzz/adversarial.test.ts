/**
 * Hostile inputs: long repetitions of the things the scanners look for. Every one must finish in
 * time linear in its length and still give a valid graph. Bounds are loose on purpose (CI
 * machines are slow and shared); a super-linear scan blows through them by orders of magnitude.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { checkGraph, graphProblems } from "./invariants";

const KB = 1000;
const SIZE = 200 * KB;
const BOUND_MS = 3000;

/** `unit` repeated up to exactly n UTF-16 units (never cutting a surrogate pair in two). */
function repeatTo(unit: string, n: number): string {
  let s = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  return s;
}

function timed(text: string): { ms: number; graph: ReturnType<typeof extract> } {
  const t0 = performance.now();
  const graph = extract(text);
  return { ms: performance.now() - t0, graph };
}

// name, input of ~200 KB
const HOSTILE: Array<[string, string]> = [
  ["one surname repeated", repeatTo("Nguyễn ", SIZE)],
  ['", " repeated', repeatTo(", ", SIZE)],
  ['"1/" repeated', repeatTo("1/", SIZE)],
  ["one title repeated", repeatTo("Phó Thủ tướng Thường trực ", SIZE)],
  ["one 200 KB word without spaces", repeatTo("Nguyễnxuânphúcabc", SIZE)],
  ['"(" repeated', repeatTo("(", SIZE)],
  ["an ALL-CAPS name repeated", repeatTo("NGUYỄN XUÂN PHÚC ", SIZE)],
  ['"2019 " repeated', repeatTo("2019 ", SIZE)],
  ['"<p>" repeated', repeatTo("<p>", SIZE)],
  ['"&amp;" repeated', repeatTo("&amp;", SIZE)],
  ['"a" + 2000 combining marks, repeated', repeatTo("a" + "\u0301".repeat(2000), SIZE)],
  ["a 200 KB line of digits and dots", repeatTo("1.", SIZE)],
  // More of the same kind.
  ["a 200 KB line of digits only", repeatTo("1234567890", SIZE)],
  ['"Chủ tịch UBND tỉnh " repeated', repeatTo("Chủ tịch UBND tỉnh ", SIZE)],
  ['"ngày 10/1 " repeated', repeatTo("ngày 10/1 ", SIZE)],
  ['"4:43:52 CH " repeated', repeatTo("4:43:52 CH ", SIZE)],
  ["an appositive list that never ends", repeatTo("Ủy viên Bộ Chính trị, Trưởng ban Dân vận Trung ương Trương Thị Mai, ", SIZE)],
  ['"<" repeated (an HTML tag that never closes)', repeatTo("<p ", SIZE)],
  ['"&#" repeated (an entity that never ends)', repeatTo("&#1", SIZE)],
  ['"<!--" repeated (a comment that never closes)', "<p>" + repeatTo("<!--", SIZE)],
  ["lone surrogates repeated", repeatTo("\uD800", SIZE)],
  ["zero-width characters repeated", repeatTo("\u200B\uFEFF", SIZE)],
  ["emoji repeated", repeatTo("👍🏽🇻🇳", SIZE)],
  ['"H." initials repeated', repeatTo("H.", SIZE)],
  ['"K\'" repeated', repeatTo("K'", SIZE)],
  ['"Bà Rịa - " repeated (hyphenated place names)', repeatTo("Rịa - ", SIZE)],
  ["one line break per character", repeatTo("A\n", SIZE)],
];

describe(`each ~200 KB hostile input finishes under ${BOUND_MS} ms with a valid graph`, () => {
  it.each(HOSTILE)("%s", (_name, text) => {
    expect(text.length).toBeGreaterThan(SIZE - 20);
    const { ms, graph } = timed(text);
    checkGraph(text, graph);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

// BUG (reported to the lead): a chain of address words is scanned once from every position of
// the chain, so "ông ông ông …" costs O(n²): 20 KB ≈ 1.2 s, 200 KB ≈ 28 s on the dev box.
// findPersons (src/recognizers/persons.ts) walks `while (longest(ctx, j, "address")) j = …` to the
// end of the chain for every i, and no name follows to let i jump ahead. Same for "bà ", "đồng chí ".
// The 200 KB case is left as a todo (it would cost CI half a minute); the 2 KB → 20 KB linearity
// check below fails fast until it is fixed.
it.todo('"ông " repeated 200 KB finishes under 3000 ms (quadratic today: ~28 s)');

/**
 * The time of the large input over the time of the small one, after a warm-up. Each is the best
 * of all its runs so far, and more runs are added (up to `attempts` rounds) while the ratio is
 * over the bound: noise only ever makes a run slower, and a super-linear scan is slow every time.
 */
function ratio(unit: string, small: number, large: number, attempts = 5, bound = 15): number {
  const a = repeatTo(unit, small);
  const b = repeatTo(unit, large);
  for (let k = 0; k < 3; k++) extract(a);
  const smallRuns: number[] = [];
  const largeRuns: number[] = [];
  let r = Infinity;
  for (let k = 0; k < attempts && r > bound; k++) {
    for (let j = 0; j < 5; j++) smallRuns.push(timed(a).ms);
    for (let j = 0; j < 2; j++) largeRuns.push(timed(b).ms);
    r = Math.min(...largeRuns) / Math.max(Math.min(...smallRuns), 0.5);
  }
  return r;
}

describe("time grows linearly: the 200 KB input takes ≤ 15× the 20 KB input", () => {
  it.each([
    ['"1/" (the numeric date parser)', "1/"],
    ['", " (appositive lists)', ", "],
    ["one title repeated (the position grammar)", "Phó Thủ tướng Thường trực "],
    ["one surname repeated (name runs)", "Nguyễn "],
  ])("%s", (_name, unit) => {
    expect(ratio(unit, 20 * KB, 200 * KB)).toBeLessThanOrEqual(15);
  });

  // BUG: see the todo above. 2 KB → 20 KB is ~100× today (quadratic); linear would be ~10×.
  it.fails.each([
    ['"ông " (a chain of address words)', "ông "],
    ['"bà " (a chain of address words)', "bà "],
  ])("%s", (_name, unit) => {
    expect(ratio(unit, 2 * KB, 20 * KB, 1)).toBeLessThanOrEqual(15);
  });
});

// Long texts are scanned in 64 K chunks cut at a line break or, failing that, a space.
describe("a text without line breaks, around the 64 K chunk boundary", () => {
  const CHUNK = 64 * 1024;
  const filler = (n: number) => repeatTo("xyz ", n);
  const sentence = "Thủ tướng Nguyễn Xuân Phúc phát biểu";
  const cases: Array<[string, string, number]> = [];
  for (const [form, glue] of [["NFC", ""], ["NFD", ""], ["NFC", "&amp;"], ["NFC", "\u200B"], ["NFC", "<b>"]] as const) {
    for (let k = CHUNK - 40; k <= CHUNK + 4; k += 3) {
      const text = (glue === "<b>" ? "<p>" : "") + filler(k) + ("Thủ tướng " + glue + "Nguyễn Xuân Phúc phát biểu").normalize(form) + " " + filler(CHUNK);
      cases.push([`${form} ${JSON.stringify(glue)} at ${k}`, text, k]);
    }
  }

  it("keeps every offset exact, whatever sits on the boundary", () => {
    for (const [label, text] of cases) {
      expect(graphProblems(text, extract(text)), label).toEqual([]);
    }
  });

  // BUG (reported): a name or title that straddles the chunk boundary is cut or lost:
  //   const fill = (n) => "xyz ".repeat(n).slice(0, n);
  //   extract(fill(65511) + "Thủ tướng Nguyễn Xuân Phúc phát biểu " + fill(65536))
  //   → person "Nguyễn Xuân" (expected "Nguyễn Xuân Phúc"); at fill(65516) no person at all.
  // chunkBounds (src/text/chunks.ts) cuts at the last space before 64 K when no line break is in
  // the second half of the chunk — the baomoi bodies are such single long lines.
  it.fails.each([65511, 65513, 65516, 65519])("finds the whole name across the boundary (filler of %i)", (k) => {
    const text = filler(k) + sentence + " " + filler(CHUNK);
    const g = extract(text);
    expect(g.mentions.filter((m) => m.type === "person").map((m) => m.text)).toEqual(["Nguyễn Xuân Phúc"]);
  });

  it("finds the whole name when the boundary falls at a line break", () => {
    const text = filler(CHUNK - 40) + "\n" + sentence + " " + filler(CHUNK);
    expect(extract(text).mentions.filter((m) => m.type === "person").map((m) => m.text)).toEqual(["Nguyễn Xuân Phúc"]);
  });
});
