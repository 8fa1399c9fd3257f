// The browser demo (examples/browser) in a real Chromium: the page extracts a pasted text by itself
// and shows it highlighted, as an officeholder graph and as a table, and offers JSON downloads.
// Built from dist/ (the package's browser entry) when it exists, else from the sources.
import fs from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDemo, serveDemo, type DemoBuild } from "../../examples/browser/build";
import { EntityGraph, extract, officeholders } from "../../src/index";
import { browserRequired, findChromium } from "./chromium";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output");
const FROM_DIST = fs.existsSync(path.join(ROOT, "dist/index.js"));
const executablePath = findChromium();

// A made-up article, not the page's own sample, and a reference date that fixes the year.
const TEXT =
  "Sáng 12/3, tại Hà Nội, Bộ Giáo dục và Đào tạo tổ chức lễ công bố quyết định bổ nhiệm ông Phạm Minh Khang, " +
  "Vụ trưởng Vụ Giáo dục Đại học, giữ chức Thứ trưởng Bộ Giáo dục và Đào tạo. Bộ trưởng Đỗ Thị Lan Anh trao quyết " +
  "định và chúc mừng tân Thứ trưởng. Cùng dự có bà Vũ Thu Hằng, Chủ tịch UBND tỉnh Ninh Bình.";
const REFERENCE = "2025-03-14";

if (!executablePath && browserRequired) {
  describe("the browser demo", () => {
    it("has a Chromium to run in (REQUIRE_BROWSER=1)", () => {
      throw new Error("no Chromium: install Debian's chromium package or set CHROMIUM_PATH");
    });
  });
}

describe.skipIf(!executablePath)(`the browser demo in Chromium (library from ${FROM_DIST ? "dist/" : "src/"})`, () => {
  let browser: Browser;
  let server: Server;
  let demo: DemoBuild;
  let page: Page;
  const errors: string[] = [];

  /** Opens the page and collects every script error and console error it reports. */
  async function open(url: string): Promise<Page> {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    p.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    p.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
    await p.goto(url);
    await p.waitForSelector("body[data-runs='1']");
    return p;
  }

  beforeAll(async () => {
    demo = await buildDemo({ outdir: path.join(OUT, "demo-page"), dist: FROM_DIST });
    server = await serveDemo(demo.outdir, 0);
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
    const address = server.address();
    page = await open(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`);
    // Paste the text, give the date, extract.
    await page.fill("#text", TEXT);
    await page.fill("#reference-date", REFERENCE);
    const runs = Number(await page.getAttribute("body", "data-runs"));
    await page.click("#run");
    await page.waitForFunction((n) => Number(document.body.dataset.runs) > n, runs);
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "demo.png"), fullPage: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it("highlights each entity in place, with its type", async () => {
    // A mark's own text, without the type labels drawn inside it (its own and its nested marks').
    const marks = await page.$$eval("#entities mark[data-type]", (els) =>
      els.map((m) => {
        const copy = m.cloneNode(true) as HTMLElement;
        for (const label of copy.querySelectorAll(".veg-label")) label.remove();
        return [m.getAttribute("data-type"), copy.textContent];
      }),
    );
    expect(marks).toEqual(
      expect.arrayContaining([
        ["location", "Hà Nội"],
        ["organization", "Bộ Giáo dục và Đào tạo"],
        ["person", "Phạm Minh Khang"],
        ["position", "Thứ trưởng Bộ Giáo dục và Đào tạo"],
        ["person", "Đỗ Thị Lan Anh"],
        ["person", "Vũ Thu Hằng"],
        ["position", "Chủ tịch UBND tỉnh Ninh Bình"],
      ]),
    );
    // The page shows what the library finds in Node, no more and no less.
    const graph = extract(TEXT, { referenceDate: REFERENCE });
    expect(marks.length).toBe(graph.mentions.length);
    // The text itself is unchanged by the highlighting.
    const shown = await page.$eval("#entities .veg-text", (el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const label of copy.querySelectorAll(".veg-label")) label.remove();
      return copy.textContent;
    });
    expect(shown).toBe(TEXT);
  });

  it("draws nested spans inside their outer span, and resolves dates against the given reference date", async () => {
    expect(await page.$$eval("mark[data-type='position'] > mark[data-type='organization'].veg-nested", (els) => els.map((e) => e.getAttribute("data-entity")))).not.toEqual([]);
    const date = await page.$eval("mark[data-type='date']", (m) => m.getAttribute("title"));
    expect(date).toContain("2025-03-12");
  });

  it("lists the officeholders in the table", async () => {
    const rows = await page.$$eval("#officeholders tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    const byPost = rows.map((r) => [r[0], r[1], r[2], r[3]]);
    expect(byPost).toEqual(
      expect.arrayContaining([
        ["Phạm Minh Khang", "Thứ trưởng Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "current"],
        ["Vũ Thu Hằng", "Chủ tịch UBND tỉnh Ninh Bình", "UBND tỉnh Ninh Bình", "current"],
      ]),
    );
    // The appointment is dated by the text's "12/3" in the reference date's year.
    expect(rows.find((r) => r[1] === "Thứ trưởng Bộ Giáo dục và Đào tạo")?.[5]).toBe("2025-03-12");
    expect(rows.length).toBe(officeholders(extract(TEXT, { referenceDate: REFERENCE })).length);
  });

  it("draws the officeholder graph: a node per person, post and organization, an edge per relation", async () => {
    const nodes = await page.$$eval("#graph svg g.node", (gs) => gs.map((g) => [g.getAttribute("data-type"), g.getAttribute("data-name"), g.getAttribute("data-id")]));
    expect(nodes.map(([type, name]) => [type, name])).toEqual(
      expect.arrayContaining([
        ["person", "Phạm Minh Khang"],
        ["person", "Vũ Thu Hằng"],
        ["position", "Thứ trưởng Bộ Giáo dục và Đào tạo"],
        ["organization", "Bộ Giáo dục và Đào tạo"],
        ["organization", "UBND tỉnh Ninh Bình"],
      ]),
    );
    const edges = await page.$$eval("#graph svg path.edge", (ps) => ps.map((p) => [p.classList.contains("holds") ? "holds" : "of", p.getAttribute("data-from"), p.getAttribute("data-to")]));
    const ids = new Set(nodes.map((n) => n[2]));
    for (const [, from, to] of edges) expect([ids.has(from), ids.has(to)]).toEqual([true, true]);
    const rows = await page.$$eval("#officeholders tbody tr", (trs) => trs.length);
    expect(edges.filter((e) => e[0] === "holds").length).toBe(rows);
  });

  it("downloads the graph as JSON (a valid EntityGraph) and as JSON-LD", async () => {
    const [json] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
    expect(json.suggestedFilename()).toBe("entity-graph.json");
    const graph = EntityGraph.parse(JSON.parse(fs.readFileSync((await json.path())!, "utf8")));
    expect([graph.text, graph.referenceDate]).toEqual([TEXT, REFERENCE]);
    const [jsonld] = await Promise.all([page.waitForEvent("download"), page.click("#download-jsonld")]);
    expect(jsonld.suggestedFilename()).toBe("entity-graph.jsonld");
    const doc = JSON.parse(fs.readFileSync((await jsonld.path())!, "utf8")) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["@context"]));
  });

  it("also runs from file:// (the built page opened straight from disk)", async () => {
    const local = await open(pathToFileURL(demo.page).href);
    expect(await local.$$eval("#entities mark[data-type='person']", (els) => els.length)).toBeGreaterThan(0);
    expect(await local.$$eval("#graph svg g.node", (els) => els.length)).toBeGreaterThan(0);
  });

  it("reports no script error", () => {
    expect(errors).toEqual([]);
  });

  it("saved a screenshot in test-output/demo.png", () => {
    const png = fs.readFileSync(path.join(OUT, "demo.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });
});
