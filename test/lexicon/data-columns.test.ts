import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTsv } from "../../src/lexicon/tsv";

// What the lexicon compiler reads from a row is in a column of its own, never in the reviewers' note.
const rows = (file: string) => parseTsv(fs.readFileSync(new URL(`../../data/${file}`, import.meta.url), "utf8"));

describe("data columns the lexicon compiler reads", () => {
  it.each([
    // [file, key column, key, column, value]
    ["surnames.tsv", "surname", "Phạm", "common", "yes"],
    ["surnames.tsv", "surname", "Nguyễn", "common", ""],
    ["org-heads.tsv", "head", "Công ty Cổ phần", "legal_form", "yes"],
    ["org-heads.tsv", "head", "Đảng đoàn", "bare", "yes"],
  ])("%s: %s %s has %s = %j", (file, keyCol, key, col, value) => {
    const row = rows(file).find((r) => r[keyCol]!.split(" | ")[0] === key);
    expect(row?.[col] ?? "").toBe(value);
  });

  it.each(["surnames.tsv", "org-heads.tsv"])("%s: flags are yes or empty", (file) => {
    for (const r of rows(file)) for (const c of ["common", "bare", "legal_form"]) expect(["", "yes", undefined]).toContain(r[c]);
  });
});

describe("every data row fits its header", () => {
  // A tab too many moves a flag into a column no one reads ("đình … gia | triều\t\tyes" left lower_only empty).
  const files = fs.readdirSync(new URL("../../data/", import.meta.url)).filter((f) => f.endsWith(".tsv"));
  it.each(files)("%s", (file) => {
    const lines = fs.readFileSync(new URL(`../../data/${file}`, import.meta.url), "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#"));
    const width = lines[0]!.split("\t").length;
    const over = lines.slice(1).filter((l) => l.split("\t").length > width);
    expect(over).toEqual([]);
  });
});
