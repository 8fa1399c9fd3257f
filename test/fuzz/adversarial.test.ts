/**
 * Hostile inputs: long repetitions of the things the scanners look for. Every one must finish in
 * time linear in its length and still give a valid graph. Bounds are loose on purpose (CI
 * machines are slow and shared); a super-linear scan blows through them by orders of magnitude.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { chunkBounds } from "../../src/text/chunks";
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

// Address words stack ("đồng chí Thượng tướng", "ông bà"): a long chain of them must not be walked
// again from every position (it was: "ông " × 200 KB took ~28 s before commit dada334).
describe("a chain of address words stays linear", () => {
  it.each([
    ['"ông " repeated', repeatTo("ông ", SIZE)],
    ['"bà " repeated', repeatTo("bà ", SIZE)],
    ['"đồng chí " repeated', repeatTo("đồng chí ", SIZE)],
    ['"Ông " repeated (capitalized, so also a possible name)', repeatTo("Ông ", SIZE)],
  ])("%s finishes under 3000 ms with a valid graph", (_name, text) => {
    const { ms, graph } = timed(text);
    checkGraph(text, graph);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

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
    ['"ông " (a chain of address words; was quadratic)', "ông "],
  ])("%s", (_name, unit) => {
    expect(ratio(unit, 20 * KB, 200 * KB)).toBeLessThanOrEqual(15);
  });
});

// Long texts are scanned in chunks (src/text/chunks.ts). The chunk size is read from where the
// first cut falls in a text without spaces (there it can only cut at the size itself), so these
// cases follow any change of chunk size; the name is then put right across that position.
describe("a text without line breaks, a name across the chunk-size position", () => {
  const filler = (n: number) => repeatTo("xyz ", n);
  const NAME = "Nguyễn Xuân Phúc";
  const SIZE_AT = chunkBounds("x".repeat(1_000_000)).next().value![1];
  const build = (k: number, form: "NFC" | "NFD" = "NFC", glue = "") =>
    (glue === "<b>" ? "<p>" : "") + filler(k) + ("Thủ tướng " + glue + NAME + " phát biểu").normalize(form) + " " + filler(2 * SIZE_AT);
  // Fillers after which the chunk-size position falls inside the name.
  const across: number[] = [];
  for (let k = SIZE_AT - 40; k <= SIZE_AT; k++) {
    const at = k + "Thủ tướng ".length;
    if (at < SIZE_AT && SIZE_AT < at + NAME.length) across.push(k);
  }

  it("keeps every offset exact, whatever sits there", () => {
    expect(across.length).toBeGreaterThan(0);
    for (const [form, glue] of [["NFC", ""], ["NFD", ""], ["NFC", "&amp;"], ["NFC", "\u200B"], ["NFC", "<b>"], ["NFD", "<b>"]] as const) {
      for (let k = SIZE_AT - 40; k <= SIZE_AT + 4; k++) {
        const text = build(k, form, glue);
        expect(graphProblems(text, extract(text)), `${form} ${JSON.stringify(glue)} at ${k}`).toEqual([]);
      }
    }
  });

  // Was a BUG (found by this test, fixed in src/text/chunks.ts during the same session): with no
  // line break in the second half of a chunk, the cut was made at the last space before the chunk
  // size, so a name there was cut or lost:
  //   const fill = (n) => "xyz ".repeat(n).slice(0, n);
  //   extract(fill(16359) + "Thủ tướng Nguyễn Xuân Phúc phát biểu " + fill(70000))
  //   → person "Nguyễn Xuân" (expected "Nguyễn Xuân Phúc"); after fill(16364) no person at all.
  // The baomoi bodies are such long single lines.
  it.each(across)("finds the whole name (filler of %i)", (k) => {
    const g = extract(build(k));
    expect(g.mentions.filter((m) => m.type === "person").map((m) => m.text)).toEqual([NAME]);
  });

  it("finds the whole name when a line break comes just before it", () => {
    const text = filler(SIZE_AT - 40) + "\n" + "Thủ tướng " + NAME + " phát biểu " + filler(2 * SIZE_AT);
    expect(extract(text).mentions.filter((m) => m.type === "person").map((m) => m.text)).toEqual([NAME]);
  });
});
