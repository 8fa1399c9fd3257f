import { describe, expect, it } from "vitest";
import { DATE_DATA } from "../../src/generated/date-data";
import { parseTsv } from "../../src/lexicon/tsv";
import { HOLIDAYS, SEASONS } from "../../src/dates/words";
import { find } from "./helpers";

const rows = (file: string) => parseTsv(DATE_DATA[file] ?? "");

const PHRASE_ROLES = new Set(["dateline-cue", "not-dateline"]);

describe("data/date-*.tsv", () => {
  it.each([
    ["date-words.tsv", "class", ["number", "number-after-ten", "weekday", "week-relative", "year-relative", "part-of-day", "unit", "roman", "dekad", "stem", "branch"]],
    ["date-context-words.tsv", "role", ["code-before", "cue-before", "ordinal-noun", "counted-after", "count-before", "fraction-of", "duration-before", "duration-after", "vague-before", "plural-before", "clock-cue", "edge", "dateline-cue", "not-dateline", "conjunction-after", "dot-cue"]],
  ])("%s: every row has a known %s and a lower-case NFC word", (file, column, known) => {
    const all = rows(file);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) {
      expect(known).toContain(r[column]);
      expect(r.word).toBe(r.word!.toLowerCase().normalize("NFC"));
      // (One token each, but for the dateline's cues, read as phrases before a date: "cập nhật", "sinh ngày".)
      if (!PHRASE_ROLES.has(r[column]!)) expect(r.word).not.toMatch(/\s/);
    }
  });

  it("holidays: a solar or lunar day that exists", () => {
    expect(HOLIDAYS.length).toBeGreaterThan(0);
    for (const h of HOLIDAYS) {
      expect(h.month).toBeGreaterThanOrEqual(1);
      expect(h.month).toBeLessThanOrEqual(12);
      expect(h.day).toBeGreaterThanOrEqual(1);
      expect(h.day).toBeLessThanOrEqual(h.lunar ? 30 : 31);
      for (const n of h.names) expect(n.every((w) => w === w.toLowerCase() && w.length > 0)).toBe(true);
    }
  });

  it("seasons: month-day bounds", () => {
    for (const [m1, d1, m2, d2] of Object.values(SEASONS)) for (const [m, d] of [[m1, d1], [m2, d2]]) {
      expect(m).toBeGreaterThanOrEqual(1);
      expect(m).toBeLessThanOrEqual(12);
      expect(d).toBeGreaterThanOrEqual(1);
      expect(d).toBeLessThanOrEqual(31);
    }
  });

  // Every listed holiday name is found as written, on its own day.
  it.each(HOLIDAYS.filter((h) => !h.lunar).flatMap((h) => h.names.map((n) => [n.join(" "), h] as const)))("holiday %j", (name, h) => {
    const spans = find(`Dịp ${name} năm 2019, người dân nghỉ.`);
    expect(spans.map((s) => s.value)).toContain(`2019-${String(h.month).padStart(2, "0")}-${String(h.day).padStart(2, "0")}`);
  });
});
