// Every gold file in eval/ follows eval/CONVENTIONS.md (skipped when ../shared is absent), and the
// checker itself catches the slips a hand-written line can have.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, sharedAvailable } from "../../scripts/lib/gold";
import { checkGoldFile } from "../../scripts/lib/gold-check";

describe.skipIf(!sharedAvailable())("the gold files in eval/", () => {
  const dirs = ["dev", "test", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"].map((d) => path.join(repoRoot, "eval", d)).filter((d) => fs.existsSync(d));
  const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".json")).map((f) => path.join(d, f)));
  it.each(files.map((f) => [path.relative(repoRoot, f), f]))("%s", (_, file) => {
    expect(checkGoldFile(file)).toEqual([]);
  });
});

describe("checkGoldFile", () => {
  const text = "Ông Lê Văn Ba, Giám đốc Sở Y tế, nghỉ hưu từ ngày 1/8.";
  const span = (type: string, s: string, extra = {}) => ({ type, start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, ...extra });
  const base = {
    id: "t",
    text,
    mentions: [span("person", "Lê Văn Ba"), span("position", "Giám đốc Sở Y tế"), span("organization", "Sở Y tế", { nested: true }), span("date", "ngày 1/8", { value: "2017-08-01" })],
    holds: [["Lê Văn Ba", "Giám đốc Sở Y tế"]],
    of: [["Giám đốc Sở Y tế", ["Sở Y tế"]]],
  };
  const check = (over: object) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gold-")), "g.json");
    fs.writeFileSync(file, JSON.stringify({ ...base, ...over }));
    return checkGoldFile(file);
  };
  const retired = { type: "retirement", person: "Lê Văn Ba", position: "Giám đốc Sở Y tế", date: "2017-08-01" };

  it.each([
    ["a clean file", {}, []],
    ["a qualifier and an event on a holds line", { qualifiers: [{ person: "Lê Văn Ba", position: "Giám đốc Sở Y tế", status: "former", end: "2017-08-01" }], events: [retired] }, []],
    ["a shifted offset", { mentions: [{ ...base.mentions[0], start: 5, end: 14 }, ...base.mentions.slice(1)] }, ['person "Lê Văn Ba" @5: the text there reads "ê Văn Ba,"']],
    ["a nested mention not flagged", { mentions: [base.mentions[1], { ...base.mentions[2], nested: undefined }], holds: [], of: [] }, ['organization "Sở Y tế" @24: inside another mention but not marked nested']],
    ["a holds line naming no mention", { holds: [["Lê Văn Ba", "Giám đốc Sở"]] }, ['holds Lê Văn Ba | Giám đốc Sở: no position mention reads "Giám đốc Sở"']],
    ["a qualifier off the holds lines", { qualifiers: [{ person: "Ba", position: "Giám đốc Sở Y tế", status: "former" }] }, ["qualifier Ba | Giám đốc Sở Y tế: not a holds line"]],
    ["an unknown status", { qualifiers: [{ person: "Lê Văn Ba", position: "Giám đốc Sở Y tế", status: "retired" }] }, ["qualifier Lê Văn Ba | Giám đốc Sở Y tế: status retired"]],
    ["a date that is not ISO", { events: [{ ...retired, date: "1/8/2017" }] }, ["event retirement Lê Văn Ba | Giám đốc Sở Y tế: date 1/8/2017 is not ISO 8601"]],
    ["an unknown event type", { events: [{ ...retired, type: "promotion" }] }, ["event promotion Lê Văn Ba | Giám đốc Sở Y tế: unknown type"]],
    ["the holder as authority", { events: [{ ...retired, authority: "Lê Văn Ba" }] }, ["event retirement Lê Văn Ba | Giám đốc Sở Y tế: the holder is not the authority"]],
  ])("%s", (_, over, want) => {
    expect(check(over)).toEqual(want);
  });
});
