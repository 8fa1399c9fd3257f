/// <reference lib="dom" />
/**
 * The browser demo's page script: extracts the graph of the pasted text in the page (no server, no
 * network), then shows the text with its entities highlighted (toHtml), the officeholder graph (an
 * SVG drawn from officeholders()), a table of the officeholders, and JSON / JSON-LD downloads.
 */
import { extract, htmlStyles, officeholders, toHtml, toJsonLd, type EntityGraph, type Officeholding } from "../../src/index";
import { drawOfficeholders, typeColours } from "./graph-svg";

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const text = $<HTMLTextAreaElement>("text");
const referenceDate = $<HTMLInputElement>("reference-date");
const status = $("status");
let graph: EntityGraph | undefined;

// The library's stylesheet, for fragments rendered with inlineStyles: false.
document.head.append(Object.assign(document.createElement("style"), { textContent: htmlStyles }));
const colours = typeColours(htmlStyles);

function cell(row: HTMLTableRowElement, value: string | undefined): void {
  row.insertCell().textContent = value ?? "";
}

function fillTable(rows: Officeholding[]): void {
  const body = $<HTMLTableElement>("officeholders").tBodies[0]!;
  body.replaceChildren();
  for (const r of rows) {
    const tr = body.insertRow();
    tr.dataset.person = r.personId;
    tr.dataset.position = r.positionId;
    for (const v of [r.person, r.position, r.organization, r.status, r.term, r.start, r.end]) cell(tr, v);
    cell(tr, r.evidence.map((s) => s.text).join(" | "));
  }
}

function run(): void {
  const started = performance.now();
  try {
    graph = extract(text.value, { referenceDate: referenceDate.value || undefined });
  } catch (error) {
    // extract never throws on text; this would be a bad option (named by zod) or a bug.
    status.textContent = `Error: ${(error as Error).message}`;
    status.className = "error";
    return;
  }
  const ms = Math.round(performance.now() - started);
  const rows = officeholders(graph);
  $("entities").innerHTML = toHtml(graph, { inlineStyles: false, relations: false });
  $("graph").replaceChildren(rows.length > 0 ? drawOfficeholders(rows, colours) : Object.assign(document.createElement("p"), { textContent: "No officeholders found." }));
  fillTable(rows);
  const source = { option: "the date given", dateline: "the dateline", none: "no date found" }[graph.referenceDateSource];
  status.className = "";
  status.textContent =
    `${graph.entities.length} entities, ${graph.mentions.length} mentions, ${rows.length} officeholders in ${ms} ms; ` +
    `reference date ${graph.referenceDate ?? "none"} (${source}).`;
  // For scripts and tests that drive the page: how many extractions have finished.
  document.body.dataset.runs = String(Number(document.body.dataset.runs ?? 0) + 1);
}

function download(name: string, data: unknown, type: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

$("run").addEventListener("click", run);
text.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run();
});
referenceDate.addEventListener("change", run);
$("download-json").addEventListener("click", () => graph && download("entity-graph.json", graph, "application/json"));
$("download-jsonld").addEventListener("click", () => graph && download("entity-graph.jsonld", toJsonLd(graph), "application/ld+json"));
run();
