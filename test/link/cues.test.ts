// The start keys of a role (firstKeys) are the test run at every token before cueAt: they must let
// through every token where a cue of that role starts, and they answer most tokens by a bit filter.
import { describe, expect, it } from "vitest";
import { getDefaultLexicon } from "../../src/lexicon/lexicon";
import { byRole, cueAt, firstKeys, type CueRole } from "../../src/link/cues";
import { createContext } from "../../src/recognizers/context";
import { normalizeText } from "../../src/text/normalize";
import { tokenize } from "../../src/text/tokenize";

function ctxOf(text: string) {
  const nt = normalizeText(text);
  return createContext(nt, tokenize(nt.cased, nt.lower, 0, nt.cased.length), getDefaultLexicon());
}

describe("start keys of a cue role", () => {
  it.each<[CueRole, string, string[]]>([
    ["replaces", "Ông Nguyễn Văn Nên kế nhiệm ông Nguyễn Thiện Nhân, thay thế ông Lê Văn An làm Bí thư.", ["kế nhiệm", "thay thế"]],
    ["replaces", "Ông Lê Văn Hải được bầu làm Chủ tịch UBND tỉnh Nam Định, thay ông Phạm Đình Nghị.", ["thay"]],
    ["pronoun", "Bà Phan Thị Mỹ Thanh nói rằng ông đã được phân công, đồng chí cũng vậy.", ["bà", "ông", "đồng chí"]],
    ["replaces", "Hà Nội đón khách quốc tế trong tháng 7.", []],
  ])("%s in %j: cues at %j, and no token with a cue is passed over", (role, text, cues) => {
    const ctx = ctxOf(text);
    const starts = firstKeys(role);
    const found: string[] = [];
    for (let k = 0; k < ctx.tokens.length; k++) {
      const m = cueAt(ctx, k, byRole(role));
      if (m) found.push(m.cue.phrase);
      if (m) expect(starts.has(ctx.tokens[k]!.key)).toBe(true);
    }
    expect(found).toEqual(cues);
    // Words no cue of the role starts with are turned away.
    for (const w of ["hà", "nội", "tỉnh", "tháng", "7", "."]) expect(starts.has(w)).toBe(false);
  });
});
