import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSpaces } from "../../src/text/spaces";

describe("collapseSpaces", () => {
  it.each([
    ["Hà Nội", "Hà Nội"],
    ["", ""],
    ["Hà  Nội", "Hà Nội"],
    ["Hà\u00a0Nội", "Hà Nội"],
    ["Hà\u2009Nội", "Hà Nội"], // thin space
    ["Hà\u3000Nội", "Hà Nội"],
    ["Hà\r\nNội", "Hà Nội"],
    ["Hà\tNội", "Hà Nội"],
    [" Hà Nội", "Hà Nội"],
    ["Hà Nội ", "Hà Nội"],
    ["\ufeffHà Nội", "Hà Nội"],
    ["Hà\u0085Nội", "Hà\u0085Nội"], // NEL is no white space to \s: kept as it is
  ])("%j → %j", (s, want) => {
    expect(collapseSpaces(s)).toBe(want);
    expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, " ").trim()); // the regex it stands in for
  });

  it("agrees with the regex on any string (spaces and white space mixed in)", () => {
    const unit = fc.oneof(fc.constantFrom(" ", "  ", "\u00a0", "\n", "\t", "\u2028", "\u0085", "\u200b", "\ufeff"), fc.string({ unit: "binary", maxLength: 3 }));
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }).map((xs) => xs.join("")), (s) => collapseSpaces(s) === s.replace(/\s+/g, " ").trim()), { numRuns: 2000 });
  });
});
