import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasNumber, isAsciiLowerAlnum, startsWithNumber, surelyNfc } from "../../src/text/chars";

// Each stands in for a regex on every token; they must answer exactly as the regex does.
const pieces = fc.oneof(
  fc.constantFrom("Nguyễn", "10h", "², ", "½", "Ⅻ", "٣", "𝟙", "𐄇", "ạ", "a\u0300", "x", "9", "Ｚ", "\ud800"),
  fc.string({ unit: "binary", maxLength: 3 }),
);
const strings = fc.array(pieces, { maxLength: 6 }).map((xs) => xs.join(""));

describe("character tests without a regex", () => {
  it.each([
    ["10h30", true, true, true],
    ["Nguyễn", false, false, false],
    ["²", true, true, false],
    ["Ⅻ", true, true, false],
    ["a1", false, true, true],
    ["", false, false, false],
  ])("%j: starts with a number %s, has one %s, ASCII a-z0-9 %s", (s, starts, has, ascii) => {
    expect([startsWithNumber(s), hasNumber(s), isAsciiLowerAlnum(s)]).toEqual([starts, has, ascii]);
  });

  it("agree with /^\\p{N}/u, /\\p{N}/u and /^[a-z0-9]+$/ on any string", () => {
    fc.assert(
      fc.property(strings, (s) => startsWithNumber(s) === /^\p{N}/u.test(s) && hasNumber(s) === /\p{N}/u.test(s) && isAsciiLowerAlnum(s) === /^[a-z0-9]+$/.test(s)),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["Nguyễn Thị Hòa", true],
    ["Hoà Thuỷ", true], // old-style tone placement is NFC all the same
    ["Nguye\u0302\u0303n", false], // NFD: normalize() decides
    ["\u212B", false], // U+212B ANGSTROM SIGN: NFC makes it Å (U+00C5)
    ["", true],
  ])("%j is surely NFC: %s", (s, sure) => {
    expect(surelyNfc(s)).toBe(sure);
  });

  it("never says 'surely NFC' of a string that NFC changes", () => {
    fc.assert(fc.property(strings, (s) => !surelyNfc(s) || s.normalize("NFC") === s), { numRuns: 3000 });
  });
});
