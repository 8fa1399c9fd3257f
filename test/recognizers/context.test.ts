// longestEnding is `longest` with an end test and no closure (asked at every token): it must give
// what `longest` gives with the same test written as a closure, at every token of these phrases.
import { describe, expect, it } from "vitest";
import { getDefaultLexicon } from "../../src/lexicon/lexicon";
import { createContext, cueOfListEnding, longest, longestEnding, sameKeys, spanKey } from "../../src/recognizers/context";
import { normalizeText } from "../../src/text/normalize";
import { tokenize } from "../../src/text/tokenize";

function ctxOf(text: string) {
  const nt = normalizeText(text);
  return createContext(nt, tokenize(nt.cased, nt.lower, 0, nt.cased.length), getDefaultLexicon());
}

describe("longestEnding", () => {
  it.each<[string, string, number, number, string | null]>([
    // text, kind, first token, lo, hi (Infinity: no upper bound) → the phrase found
    ["Bà Rịa - Vũng Tàu", "place", 0, 2, "Bà Rịa"],
    ["tỉnh Bà Rịa - Vũng Tàu", "place", 1, 3, "Bà Rịa"],
    ["người đồng cấp Bồ Đào Nha", "place", 3, 6, "Bồ Đào Nha"],
    ["người đồng cấp Bồ Đào Nha", "place", 3, 5, null],
    ["ông Sơn Trà nói", "place", 1, 3, "Sơn Trà"],
    ["Đoàn Cấp cao Quốc hội Campuchia", "orgHead", 0, 1, "Đoàn"],
    ["Đoàn Cấp cao Quốc hội Campuchia", "orgHead", 0, 2, null],
  ])("%j: %s at token %i ending at %i", (text, kind, i, lo, phrase) => {
    const ctx = ctxOf(text);
    const got = longestEnding(ctx, i, kind as "place", lo);
    expect(got ? ctx.tokens.slice(i, got.end).map((t) => t.cased).join(" ") : null).toBe(phrase);
  });

  it.each(["Hà Nội và Bà Rịa - Vũng Tàu, Bồ Đào Nha, Tổng Bí thư Nguyễn Phú Trọng, Đoàn Cấp cao Quốc hội Campuchia", "Ủy ban nhân dân tỉnh Quảng Nam"])(
    "agrees with longest and a closure at every token of %j",
    (text) => {
      const ctx = ctxOf(text);
      for (let i = 0; i < ctx.tokens.length; i++) {
        for (const kind of ["place", "orgHead", "title", "address"] as const) {
          for (let end = i + 1; end <= ctx.tokens.length + 1; end++) {
            expect(longestEnding(ctx, i, kind, end)).toEqual(longest(ctx, i, kind, (_e, e2) => e2 === end));
            expect(longestEnding(ctx, i, kind, end, Infinity)).toEqual(longest(ctx, i, kind, (_e, e2) => e2 >= end));
          }
        }
      }
    },
  );
});

// sameKeys compares two spans' keys in place (titleSubjects asks it for every link of a chunk): it must
// answer as comparing their spanKey strings does, for every pair of spans of these phrases.
describe("sameKeys", () => {
  it.each<[string, number, number, number, number, boolean]>([
    // text, span a [start, end), span b [start, end) → the same keys
    ["Thủ tướng Phạm Minh Chính, Thủ tướng nói", 0, 2, 6, 8, true],
    ["Thủ tướng Phạm Minh Chính, thủ tướng nói", 0, 2, 6, 8, true],
    ["Thủ tướng Phạm Minh Chính, Thủ tướng nói", 0, 2, 6, 7, false],
    ["Phó Thủ tướng, Thủ tướng", 0, 3, 4, 6, false],
    ["Chủ tịch nước, Chủ tịch", 0, 2, 4, 6, true],
    ["Chủ tịch nước, Chủ tịch", 0, 3, 4, 6, false],
  ])("%j: [%i, %i) and [%i, %i)", (text, a, b, c, d, same) => {
    expect(sameKeys(ctxOf(text), a, b, c, d)).toBe(same);
  });

  it.each(["Thủ tướng Phạm Minh Chính, Thủ tướng nói: Thủ tướng Chính phủ", "Chủ tịch UBND tỉnh, Chủ tịch, chủ tịch UBND"])("agrees with spanKey on every pair of spans of %j", (text) => {
    const ctx = ctxOf(text);
    const n = ctx.tokens.length;
    for (let a = 0; a < n; a++)
      for (let b = a; b <= n; b++)
        for (let c = 0; c < n; c++) for (let d = c; d <= Math.min(n, c + 4); d++) expect(sameKeys(ctx, a, b, c, d)).toBe(spanKey(ctx, a, b) === spanKey(ctx, c, d));
  });
});

// cueOfListEnding is `longest(ctx, i, "cue", …)` with a test of the cue's list and its end, without a closure
// (particleAt asks it at every lower-case word inside a foreign name).
describe("cueOfListEnding", () => {
  it.each<[string, number, string, number, boolean]>([
    // text, token, list, end → a cue of that list ends there
    ["Ursula von der Leyen", 1, "particle", 2, true],
    ["Ursula von der Leyen", 1, "particle", 3, false],
    ["Ursula von der Leyen", 0, "particle", 1, false],
    ["Charles de Gaulle", 1, "particle", 2, true],
  ])("%j: token %i, %s ending at %i", (text, i, list, end, want) => {
    expect(cueOfListEnding(ctxOf(text), i, list, end)).toBe(want);
  });

  it.each(["Ursula von der Leyen và Charles de Gaulle, Anh hùng Lao động, tỉnh Bến Tre", "Ludwig van Beethoven"])("agrees with longest and a closure at every token of %j", (text) => {
    const ctx = ctxOf(text);
    for (let i = 0; i < ctx.tokens.length; i++)
      for (const list of ["particle", "place-word"])
        for (let end = i + 1; end <= ctx.tokens.length + 1; end++) {
          expect(cueOfListEnding(ctx, i, list, end)).toBe(!!longest(ctx, i, "cue", (e, e2) => e.info.list === list && e2 === end));
          expect(cueOfListEnding(ctx, i, list, end, Infinity)).toBe(!!longest(ctx, i, "cue", (e, e2) => e.info.list === list && e2 >= end));
        }
  });
});
