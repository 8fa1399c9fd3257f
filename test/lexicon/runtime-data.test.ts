import { describe, expect, it } from "vitest";
import { LINK_DATA } from "../../src/generated/link-data";
import { TEXT_DATA } from "../../src/generated/text-data";
import { DATE_DATA } from "../../src/generated/date-data";
import { parseTsv } from "../../src/lexicon/tsv";

// The data files read at run time ship without what only reviewers read (scripts/compile-data.mjs).
describe("data shipped for run time", () => {
  const files = { ...LINK_DATA, ...TEXT_DATA, ...DATE_DATA };
  it.each(Object.keys(files))("%s has rows, no comment lines and no note column", (name) => {
    const text = files[name]!;
    expect(text.split("\n").some((l) => l.trimStart().startsWith("#"))).toBe(false);
    const rows = parseTsv(text);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!)).not.toContain("note");
  });
});
