import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract, toConll, type ConllOptions } from "../../src/index";
import { GraphBuilder, officeholders } from "./fixtures";

/** CoNLL as one line: "token/TAG" pairs, " || " between sentences. */
const show = (conll: string): string =>
  conll
    .trimEnd()
    .split("\n\n")
    .map((s) => s.split("\n").map((l) => l.replace("\t", "/")).join(" "))
    .join(" || ");

const conll = (text: string, options?: ConllOptions) => show(toConll(extract(text, { referenceDate: "2024-03-10" }), options));

describe("toConll: BIO tags per token", () => {
  it.each([
    // An organization inside a position: the outer span wins, the inner one is not tagged.
    ["Phó Thủ tướng Chính phủ Trần Hồng Hà làm việc.", "Phó/B-POS Thủ/I-POS tướng/I-POS Chính/I-POS phủ/I-POS Trần/B-PER Hồng/I-PER Hà/I-PER làm/O việc/O ./O"],
    // Two mentions side by side each begin with B.
    ["Bộ trưởng Bộ Công an Tô Lâm", "Bộ/B-POS trưởng/I-POS Bộ/I-POS Công/I-POS an/I-POS Tô/B-PER Lâm/I-PER"],
    // Punctuation is a token; a period inside a mention stays inside it.
    ["Ông về TP. Hồ Chí Minh.", "Ông/O về/O TP/B-LOC ./I-LOC Hồ/I-LOC Chí/I-LOC Minh/I-LOC ./O"],
    ["Năm 2024 tăng 1,5%.", "Năm/B-DATE 2024/I-DATE tăng/O 1/O ,/O 5/O %/O ./O"],
    // A decomposed (NFD) input: tags still line up, tokens are the input's own characters.
    ["Thủ tướng Phạm Minh Chính".normalize("NFD"), "Thủ/B-POS tướng/I-POS Phạm/B-PER Minh/I-PER Chính/I-PER".normalize("NFD")],
  ])("%s", (text, expected) => {
    expect(conll(text)).toBe(expected);
  });
});

describe("toConll: sentences", () => {
  // Tokens only (the tags are the recognizers' business): where do the sentences break?
  it.each([
    ["Bộ Tài chính họp. Ông Lê Văn B phát biểu.", "Bộ Tài chính họp . || Ông Lê Văn B phát biểu ."],
    // a line break ends a sentence (headlines, paragraphs)
    ["Hà Nội\nBộ Tài chính họp", "Hà Nội || Bộ Tài chính họp"],
    // after the closing quote of a quoted sentence
    ['Ông B nói: "Tốt." Sau đó ông về.', 'Ông B nói : " Tốt . " || Sau đó ông về .'],
    // not after an abbreviation glued to its period, nor inside a number
    ["PGS.TS. Lê Văn B phát biểu.", "PGS . TS . Lê Văn B phát biểu ."],
    ["Giá 5.000 đồng.", "Giá 5 . 000 đồng ."],
    // but after a country name, which is no abbreviation, and after ! ? …
    ["Ông B sang Anh. Bà C ở lại! Vì sao? Không rõ… Hết.", "Ông B sang Anh . || Bà C ở lại ! || Vì sao ? || Không rõ … || Hết ."],
  ])("%s", (text, expected) => {
    expect(conll(text).replace(/\/(O|[BI]-\w+)/g, "")).toBe(expected);
  });
});

describe("toConll: format", () => {
  it("renames the tags when asked, and rejects a tag with a space naming the field", () => {
    expect(conll("Thủ tướng Phạm Minh Chính", { labels: { person: "PERSON", position: "TITLE" } })).toBe(
      "Thủ/B-TITLE tướng/I-TITLE Phạm/B-PERSON Minh/I-PERSON Chính/I-PERSON",
    );
    expect(() => toConll(officeholders(), { labels: { person: "A B" } })).toThrow("labels");
  });

  it("writes nothing for an empty text, and a token per line with one tab", () => {
    expect(toConll(extract(""))).toBe("");
    for (const line of toConll(officeholders()).split("\n")) if (line) expect(line).toMatch(/^\S+\t(O|[BI]-[A-Z]+)$/);
  });

  it("never breaks a sentence inside a mention", () => {
    const b = new GraphBuilder("Ông về Yahoo! Japan hôm qua. Xong.");
    b.add({ type: "organization", name: "Yahoo! Japan", abbreviations: [], kind: "company" }, "Yahoo! Japan");
    expect(show(toConll(b.build()))).toBe("Ông/O về/O Yahoo/B-ORG !/I-ORG Japan/I-ORG hôm/O qua/O ./O || Xong/O ./O");
  });

  it("tags a mention that starts inside a word from that word on", () => {
    const b = new GraphBuilder("xyzHà Nội ở đây");
    b.add({ type: "location", name: "Hà Nội", kind: "province" }, "Hà Nội");
    expect(show(toConll(b.build()))).toBe("xyzHà/B-LOC Nội/I-LOC ở/O đây/O");
  });

  it("keeps every character of a whole article, in order", () => {
    const text = readFileSync(new URL("../../examples/sample-article.txt", import.meta.url), "utf8");
    const out = toConll(extract(text));
    const tokens = out.split("\n").filter(Boolean).map((l) => l.split("\t")[0]);
    expect(tokens.join("")).toBe(text.replace(/\s+/g, ""));
    // Every I- continues a B- or I- of the same type.
    const tags = out.split("\n").map((l) => l.split("\t")[1] ?? "");
    tags.forEach((t, i) => {
      if (t.startsWith("I-")) expect(tags[i - 1]!.slice(2), `line ${i}`).toBe(t.slice(2));
    });
  });
});
