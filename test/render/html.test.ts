import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract, toHtml, type HtmlOptions } from "../../src/index";
import type { RenderableGraph } from "../../src/render/model";
import { GraphBuilder, officeholders } from "./fixtures";

/** Parses the HTML as a browser would. */
function dom(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The text of the view without its type labels: must be the input, character for character. */
function shownText(doc: Document): string {
  const text = doc.querySelector(".veg-text")!.cloneNode(true) as Element;
  for (const label of text.querySelectorAll(".veg-label")) label.remove();
  return text.textContent ?? "";
}

describe("toHtml: the text with typed spans", () => {
  it.each([
    // [what, text]: markup, entities and quotes in the input come out as text, never as markup
    ["a script tag", "Thủ tướng Chính phủ Nguyễn Xuân Phúc <script>alert('x')</script> phát biểu."],
    ["an ampersand and an entity", "Bộ trưởng Bộ GD&ĐT Nguyễn Kim Sơn &amp; &lt;b&gt; làm việc."],
    ["quotes and an attribute breakout", 'Ông Nguyễn Văn A" onmouseover="alert(1) nói: \'được\'.'],
    ["an img tag in a name position", "Chủ tịch <img src=x onerror=alert(1)> Võ Văn Thưởng"],
  ])("%s: no element comes from the input, and the text shows unchanged", (_, text) => {
    const g = extract(text);
    const doc = dom(toHtml(g));
    expect(doc.querySelectorAll("script, img, b, [onmouseover], [onerror]")).toHaveLength(0);
    expect(shownText(doc)).toBe(text);
    expect([...doc.querySelectorAll("mark")].map((m) => m.dataset.entity)).toEqual(g.mentions.map((m) => m.entity));
  });

  it("escapes names and glosses in title attributes", () => {
    const b = new GraphBuilder('Ông "A" <b> & co nói.');
    b.add({ type: "organization", name: 'Công ty "A" <b>', abbreviations: [], kind: "company", gloss: "A & <B> \"Co\"" }, '"A" <b> & co');
    const doc = dom(toHtml(b.build()));
    const mark = doc.querySelector("mark")!;
    expect(mark.title).toBe('organization: Công ty "A" <b> · A & <B> "Co"');
    expect(doc.querySelectorAll("b")).toHaveLength(0);
  });

  it("draws an organization inside a position inside its span, each with its type and tooltip", () => {
    const g = extract("Phó Thủ tướng Chính phủ Trần Hồng Hà làm việc.");
    const doc = dom(toHtml(g));
    const outer = doc.querySelector('mark[data-type="position"]')!;
    const inner = outer.querySelector('mark[data-type="organization"]')!;
    expect(inner).not.toBeNull();
    expect(inner.classList.contains("veg-nested")).toBe(true);
    expect(outer.getAttribute("title")).toBe("position: Phó Thủ tướng Chính phủ · Deputy Prime Minister");
    expect(inner.getAttribute("title")).toBe("organization: Chính phủ · Government of Vietnam");
    // The label of each span follows its own text.
    expect([...outer.querySelectorAll(".veg-label")].map((l) => l.textContent)).toEqual(["organization", "position"]);
  });

  it.each([
    // [text, mention spans as [start, end, type]]: what happens to spans that cannot nest
    ["Bộ Công an Hà Nội", [[0, 10, "organization"], [4, 14, "location"]], ["organization"]],
    ["Bộ Công an Hà Nội", [[0, 10, "organization"], [11, 17, "location"]], ["organization", "location"]],
    ["Bộ Công an", [[0, 10, "organization"], [0, 10, "organization"]], ["organization", "organization"]],
    ["abc", [[1, 9, "person"], [-1, 2, "person"], [2, 2, "person"]], []],
  ] as const)("%s with spans %j draws %j and stays well-formed", (text, spans, drawn) => {
    const g: RenderableGraph = {
      text,
      referenceDate: null,
      referenceDateSource: "none",
      entities: [],
      mentions: spans.map(([start, end, type], i) => ({ entity: `x${i}`, type, start, end, text: text.slice(start, end), reason: "test" })),
      relations: [],
      warnings: [],
    };
    const doc = dom(toHtml(g));
    expect([...doc.querySelectorAll("mark")].map((m) => m.dataset.type)).toEqual(drawn);
    expect(shownText(doc)).toBe(text);
  });

  it("shows the dates' values and the type colours", () => {
    const g = extract("Ngày 5/3/2024, Bộ Tài chính họp.", { referenceDate: "2024-03-10" });
    const doc = dom(toHtml(g));
    expect(doc.querySelector('mark[data-type="date"]')!.getAttribute("title")).toBe("date: 2024-03-05");
    expect(doc.querySelector('mark[data-type="organization"]')!.getAttribute("style")).toContain("background:#7aecec");
  });
});

describe("toHtml: officeholders and events", () => {
  const doc = dom(toHtml(officeholders()));
  const items = (sel: string) => [...doc.querySelectorAll(`${sel} li`)].map((li) => li.textContent);

  it("lists person → post → organization with status, term, start and end", () => {
    expect(items(".veg-holds")).toEqual([
      "Đinh La Thăng → Ủy viên Bộ Chính trị → Bộ Chính trịformer · term XII · 2016-01 – 2017-05-07",
      "Trương Thị Mai → Trưởng Ban Tổ chức Trung ương → Ban Tổ chức Trung ươngcurrent · 2021-04 – …",
    ]);
    // Every evidence span is in the item's tooltip.
    expect(doc.querySelector(".veg-holds li")!.getAttribute("title")).toBe(
      "Đinh La Thăng, nguyên Ủy viên Bộ Chính trị khóa XII | Bộ Chính trị cho ông Đinh La Thăng thôi giữ chức",
    );
  });

  it("lists the events with their date and authority", () => {
    expect(items(".veg-events")).toEqual(["dismissal: Đinh La Thăng → Ủy viên Bộ Chính trị2017-05-07, by Bộ Chính trị"]);
  });

  it("lists nothing for a graph without relations, and nothing when told not to", () => {
    expect(dom(toHtml(extract("Hôm nay trời đẹp."))).querySelector(".veg-relations")).toBeNull();
    expect(dom(toHtml(officeholders(), { relations: false })).querySelector(".veg-relations")).toBeNull();
  });
});

describe("toHtml: page and fragment", () => {
  it.each([
    // [options, a whole page?, style attributes?, labels?]
    [{}, false, true, true],
    [{ inlineStyles: false }, false, false, true],
    [{ labels: false }, false, true, false],
    [{ standalone: true }, true, false, true],
  ] as [HtmlOptions, boolean, boolean, boolean][])("%j", (options, page, styled, labelled) => {
    const html = toHtml(officeholders(), options);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(page);
    const doc = dom(html);
    expect(doc.querySelectorAll("style")).toHaveLength(page ? 1 : 0);
    expect(doc.querySelectorAll("[style]").length > 0).toBe(styled);
    expect(doc.querySelectorAll(".veg-label").length > 0).toBe(labelled);
  });

  it("escapes the page title", () => {
    const doc = dom(toHtml(officeholders(), { standalone: true, title: "</title><script>x()</script>" }));
    expect(doc.title).toBe("</title><script>x()</script>");
    expect(doc.querySelectorAll("script")).toHaveLength(0);
  });

  it.each([
    [{ standalone: "yes" }, "standalone"],
    [{ colour: true }, "colour"],
    [{ title: 5 }, "title"],
  ])("rejects %j naming the field", (options, field) => {
    expect(() => toHtml(officeholders(), options as HtmlOptions)).toThrow(field);
  });
});
