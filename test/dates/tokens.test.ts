import { describe, expect, it } from "vitest";
import { CLS, casedClass, cls, lowerUnit, makeCtx, tokenize } from "../../src/dates/tokens";
import type { Token } from "../../src/dates/types";

const plain = (t: Token) => ({ kind: t.kind, start: t.start, end: t.end, value: t.value, spaceBefore: t.spaceBefore, lineBreakBefore: !!t.lineBreakBefore, text: t.text });

const TRIGGERS = new Map([["ngày", 1], ["tháng", 1]]);
const ctxOf = (lower: string) => makeCtx(lower, lower, TRIGGERS, 1);

// A token's fields as the parsers read them: kind and flags packed in one number, the value an integer or NaN.
describe("date token fields", () => {
  it.each([
    ["ngày 12/3", [[0, NaN, true, false, "ngày"], [1, 12, true, false, "12"], [2, NaN, false, false, "/"], [1, 3, false, false, "3"]]],
    ["năm 2019\nsố 1234567 – x", [[0, NaN, true, false, "năm"], [1, 2019, true, false, "2019"], [0, NaN, true, true, "số"], [1, NaN, true, false, "1234567"], [2, NaN, true, false, "-"], [0, NaN, true, false, "x"]]],
    // a single space after a token is read with it; other spaces and line breaks by the loop
    ["a  b \nc\t d ,e", [[0, NaN, true, false, "a"], [0, NaN, true, false, "b"], [0, NaN, true, true, "c"], [0, NaN, true, false, "d"], [2, NaN, true, false, ","], [0, NaN, false, false, "e"]]],
    [" 12 ", [[1, 12, true, false, "12"]]],
  ] as Array<[string, Array<[number, number, boolean, boolean, string]>]>)("%j", (text, want) => {
    expect(tokenize(text).map((t) => [t.kind, t.value, t.spaceBefore, !!t.lineBreakBefore, t.text])).toEqual(want);
    expect(tokenize(text).every((t) => text.slice(t.start, t.end) === t.text || t.text === "-")).toBe(true);
  });
});

// Tokens on demand from one table of slots reused by every call: a token of an earlier call is never handed out again.
describe("date tokens made on demand", () => {
  const texts = [
    "ngày 12/3/2019, hội nghị diễn ra tại hà nội.",
    "sáng 5-6 tháng 7 năm 2020 – lúc 10h30",
    "tháng 8.2021\nngày mồng 2",
    "a",
    "",
    "số 15/2020/nđ-cp ngày 1.1.2021 ‰ 12,5%",
  ];

  it.each(texts)("at(i) gives the tokenizer's token i, the same object each time: %j", (text) => {
    const want = tokenize(text).map(plain);
    const ctx = ctxOf(text);
    expect(ctx.count).toBe(want.length);
    // Asked out of order, as parsers do around hot tokens.
    const order = [...want.keys()].reverse();
    for (const i of order) expect(plain(ctx.at(i))).toEqual(want[i]);
    for (let i = 0; i < ctx.count; i++) expect(ctx.at(i)).toBe(ctx.at(i));
    expect(ctx.at(-1).kind).toBe(ctx.at(ctx.count).kind);
  });

  it("a later call over another text gets its own tokens at the same indices", () => {
    const a = ctxOf("ngày 12/3/2019");
    const first = [0, 1, 2].map((i) => a.at(i));
    const b = ctxOf("tháng 7 năm 2020");
    expect([0, 1, 2].map((i) => b.at(i).text)).toEqual(["tháng", "7", "năm"]);
    expect(first.map((t) => t.text)).toEqual(["ngày", "12", "/"]);
  });

  it("a text longer than any before gets a larger table, and still only its own tokens", () => {
    const long = Array.from({ length: 3000 }, (_, k) => `ngày ${(k % 28) + 1}/${(k % 12) + 1}`).join(" ");
    const want = tokenize(long).map(plain);
    const ctx = ctxOf(long);
    for (let i = want.length - 1; i >= 0; i -= 7) expect(plain(ctx.at(i))).toEqual(want[i]);
    const short = ctxOf("ngày 1/2");
    expect(short.count).toBe(4);
    expect(plain(short.at(3))).toEqual(tokenize("ngày 1/2").map(plain)[3]);
  });
});

// The class table is filled by ranges at import (cheaper than calling cls() 65 536 times); it must say what cls() says.
describe("date tokenizer character classes", () => {
  it("the table agrees with cls() on every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) if (CLS[c] !== cls(c)) differ.push(c);
    expect(differ).toEqual([]);
  });
  it.each([
    ["5", 1], ["a", 2], ["Đ", 2], ["ă", 2], ["ệ", 2], [" ", 3], ["\u00a0", 3], ["\u200b", 3], ["\u3000", 3], ["\u202f", 3], ["\ufeff", 3],
    ["–", 0], ["/", 0], ["×", 0], ["÷", 0], ["«", 0], ["、", 0],
  ] as const)("%j is class %i", (ch, k) => expect(CLS[ch.charCodeAt(0)]).toBe(k));
});

// Trigger words are found by the 16-bit hash of their text, computed while the tokenizer reads them (no slice of
// the text for a word that is none): words that share a hash, a dash read as "-" and the token after a pair's first
// word must still be told apart exactly.
describe("trigger words found by their hash", () => {
  const hash16 = (w: string) => {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
    return ((h ^ (h >>> 16)) + w.length * 40503) & 0xffff;
  };
  // Two made-up words of four letters with the same hash (found by counting up).
  const [w1, w2] = (() => {
    const seen = new Map<number, string>();
    const abc = "abcdefghijklmnopqrstuvwxyz";
    for (let n = 0; ; n++) {
      const w = [0, 1, 2, 3].map((k) => abc[Math.floor(n / 26 ** k) % 26]).join("");
      const h = hash16(w);
      const other = seen.get(h);
      if (other) return [other, w];
      seen.set(h, w);
    }
  })();
  const hotTexts = (ctx: ReturnType<typeof makeCtx>) => ctx.hot.map((i, k) => `${ctx.at(i).text}:${ctx.masks[k]}`);

  it("two trigger words with one hash are both found, and a third word with it is none", () => {
    expect(hash16(w1!)).toBe(hash16(w2!));
    const ctx = makeCtx(`${w1} x ${w2} ${w1}a`, `${w1} x ${w2} ${w1}a`, new Map([[w1!, 1], [w2!, 2]]), 0);
    expect(hotTexts(ctx)).toEqual([`${w1}:1`, `${w2}:2`]);
    const only = makeCtx(`${w2} ${w1}`, `${w2} ${w1}`, new Map([[w1!, 1]]), 0);
    expect(hotTexts(only)).toEqual([`${w1}:1`]);
  });

  const pairs = {
    words: new Map([["chủ", { need: 2, then: new Map([["nhật", 2]]) }], ["ngày", { need: 4, then: new Map([["2", 4], ["-", 4]]) }]]),
    wordNeed: 6,
    numbers: { need: 8, then: new Map([["/", 8], ["-", 8], ["tháng", 8]]) },
  };
  const triggers = new Map([["chủ", 2], ["ngày", 1 | 4], ["thứ", 16]]);
  it.each([
    ["chủ nhật", ["chủ:2"]],
    ["chủ tịch", []],
    ["chủ", []],
    ["ngày 2", ["ngày:5", "2:1"]],
    ["ngày 20", ["ngày:1", "20:1"]],
    ["ngày – 3", ["ngày:5", "3:1"]],
    ["10/3", ["10:9", "3:1"]],
    ["10 – 12", ["10:9", "12:1"]],
    ["6 tháng", ["6:9"]],
    ["6 thángx", ["6:1"]],
    ["Thứ", []],
    ["thứ", ["thứ:16"]],
  ])("%j", (text, want) => {
    expect(hotTexts(makeCtx(text, text, triggers, 1 | 8, pairs))).toEqual(want);
  });
});

// extract() hands the date engine the cased text and a function that lower-cases it: the tokens are read from the
// cased text as if it were lower case, and the text is lower-cased whole only where one code unit needs it (Σ, İ).
describe("date tokens read from the cased text", () => {
  it("each code unit's lower case, and its class in the cased text: its lower case's, UPPER (4) on a letter not lower case, or WHOLE (8)", () => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const l = String.fromCharCode(c).toLowerCase();
      const lc = l.length === 1 ? l.charCodeAt(0) : c;
      const whole = c === 0x130 || c === 0x3a3;
      if (!whole && lowerUnit(c) !== lc) differ.push(c);
      const want = whole ? 8 : CLS[lc]! | (lc !== c && CLS[lc] === 2 ? 4 : 0);
      if (casedClass(c) !== want) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  const triggers = new Map([["ngày", 1], ["thứ", 2], ["ω", 4], ["k", 4]]);
  const sig = (ctx: ReturnType<typeof makeCtx>) => {
    const out: string[] = [];
    for (let i = 0; i < ctx.count; i++) out.push(`${ctx.at(i).kind}:${ctx.at(i).text}:${ctx.at(i).start}-${ctx.at(i).end}:${ctx.at(i).spaceBefore}`);
    return [out.join(" "), ctx.hot.join(","), ctx.masks.join(",")];
  };
  it.each([
    ["Ngày 12/3, THỨ HAI và Thứ Ba"],
    ["NGÀY\nMồng 2 — 10–12"],
    ["\u2126 Ω 5 Ωmega \u212a 3 \u212b"], // the Ohm and Kelvin signs lower-case to letters: ω, k
    ["ΣΟΦΟΣ ngày 2"], // a final sigma: lower-cased whole
    ["İstanbul ngày 2"], // İ lower-cases to two code units: kept, as lowerSameLength does
    ["Ⓐ ⓑ ngày"],
  ] as Array<[string]>)("%j", (text) => {
    const cased = text;
    let l = cased.toLowerCase();
    if (l.length !== cased.length) l = [...cased].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join("");
    const want = sig(makeCtx(l, cased, triggers, 8));
    let asked = 0;
    const ctx = makeCtx(() => (asked++, l), cased, triggers, 8);
    expect(sig(ctx)).toEqual(want);
    expect(asked).toBe(/[Σİ]/.test(cased) ? 1 : 0);
    expect(ctx.lower).toBe(l);
  });
});
