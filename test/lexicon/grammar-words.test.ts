import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { grammarWordList, grammarWords, type GrammarRole } from "../../src/lexicon/grammar-words";
import { parseTsv } from "../../src/lexicon/tsv";

const ROLES: GrammarRole[] = ["locative", "toward-place", "at-place", "name-joiner", "people-word", "plural-level", "state-compound", "plural", "generic-head", "unit-count", "compound", "title-word", "generic-context", "duration-unit", "gender", "gathering", "sentence-opener", "house-number", "level-classifier", "venue", "step-reason", "step-clause", "term-length", "term-count", "before-clause", "kin", "respectively", "relative", "middle-name", "unnamed-post", "capital-head", "referent", "each-side", "unnamed-country", "body-unit", "rank-noun", "power-noun", "bare-event-after", "new-post", "demonstrative", "not-event", "owner-before", "task-verb", "conjunction", "title-joiner", "copula", "business-head", "state-noun", "title-list", "relative-pronoun", "decision-noun", "takes-effect", "head-compound", "paragraph-body", "fronting", "study-field", "era", "held-span", "group-subject", "candidate-noun", "tier-word"];

describe("data/grammar-words.tsv", () => {
  it("names only the roles the code reads, each documented in the header", () => {
    const text = fs.readFileSync(new URL("../../data/grammar-words.tsv", import.meta.url), "utf8");
    const used = new Set(parseTsv(text).map((r) => r.role));
    expect([...used].sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(text).toMatch(new RegExp(`^#\\s+${role}\\s`, "m"));
  });

  it.each([
    // [role, a word of it, a word not of it]
    ["locative", "quê", "và"],
    ["plural", "mỗi", "ở"],
    ["generic-head", "ủy ban", "bộ"],
    ["compound", "xã hội", "xã"],
    ["head-compound", "cán bộ", "bộ"],
    ["title-word", "cương", "làm"],
    ["owner-before", "của", "cho"],
    ["study-field", "kinh tế", "kinh"],
    ["relative", "phu nhân", "ông"],
    ["middle-name", "thị", "hoa"],
    ["unnamed-post", "lãnh đạo", "lãnh"],
    ["capital-head", "khối", "phòng"],
    ["capital-head", "lực lượng vũ trang", "lực lượng"],
    ["each-side", "hai nước", "nước"],
    ["term-count", "trong", "nhiệm"],
    ["body-unit", "văn phòng", "bộ"],
    ["rank-noun", "quân", "hàm"],
    ["power-noun", "chính", "giao"],
    ["bare-event-after", "hồi", "vào"],
    ["held-span", "giai đoạn", "giai"],
    ["new-post", "cương vị", "cương"],
    ["demonstrative", "này", "nay"],
    ["not-event", "xã giao", "giao"],
    ["task-verb", "giao", "bổ nhiệm"],
    ["conjunction", "và", "kiêm"],
    ["group-subject", "các", "từng"],
    ["candidate-noun", "ứng viên", "ứng cử"],
    ["title-joiner", "kiêm", "và"],
    ["copula", "là", "của"],
    ["business-head", "ngân hàng", "ngân"],
    ["title-list", "tham gia", "tham"],
    ["relative-pronoun", "người", "ông"],
    ["paragraph-body", "đảng ủy", "tỉnh ủy"],
    ["fronting", "bên cạnh", "trước"],
  ] as const)("%s has %j, not %j", (role, yes, no) => {
    expect(grammarWords(role).has(yes)).toBe(true);
    expect(grammarWords(role).has(no)).toBe(false);
  });
});

describe("a role's words read on tokens (one or two syllables, the longer first)", () => {
  const keys = (text: string) => text.split(" ").map((key) => ({ key }));
  it.each([
    // [role, text, token, tokens the word at it takes]
    ["kin", "thân sinh ông", 0, 2],
    ["kin", "con trai ông", 0, 1],
    ["kin", "em ông", 0, 1],
    ["respectively", "lần lượt giữ", 0, 2],
    ["respectively", "lần đầu", 0, 0],
    ["referent", "nhà trường Huỳnh", 0, 2],
    ["referent", "nhà", 0, 0],
  ] as const)("%s at %j token %i: %i", (role, text, k, n) => {
    expect(grammarWordList(role).at(keys(text), k)).toBe(n);
  });
  it.each([
    // [role, text, token, from, where the word ending before it starts]
    ["kin", "con trai ông", 2, 0, 1],
    ["kin", "thân sinh ông", 2, 0, 0],
    ["relative", ", vợ Tổng", 2, 0, 1],
    ["step-clause", "sau khi thôi", 2, 0, 0],
    // (Not before `from`: the one-syllable word is read instead.)
    ["step-clause", "sau khi thôi", 2, 1, 1],
    ["step-clause", "giữ thôi", 1, 0, -1],
  ] as const)("%s before %j token %i from %i: %i", (role, text, k, from, start) => {
    expect(grammarWordList(role).before(keys(text), k, from)).toBe(start);
  });
});
