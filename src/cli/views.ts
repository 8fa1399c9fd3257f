/**
 * The output formats other than json/jsonl: the library's views of a graph, for one text and for
 * many (JSONL input), each written the way the tools that read it expect (see HELP in args.ts).
 */
import fs from "node:fs";
import path from "node:path";
import type { EntityGraph } from "../schema/graph";
import { bratAnnotationConf, toBrat } from "../render/brat";
import { toConll } from "../render/conll";
import { csvField, toCsv, CSV_COLUMNS } from "../render/csv";
import { toDot } from "../render/dot";
import { escapeHtml, htmlStyles, toHtml } from "../render/html";
import { toJsonLd } from "../render/jsonld";
import { toMermaid } from "../render/mermaid";
import { toPopolo } from "../render/popolo";

export const VIEW_FORMATS = ["html", "mermaid", "dot", "jsonld", "popolo", "csv", "conll", "brat"] as const;
export type ViewFormat = (typeof VIEW_FORMATS)[number];

/** One input of many: its graph, its line and its id (if the line gave one). */
export interface Doc {
  graph: EntityGraph;
  line: number;
  id?: unknown;
}

export interface ViewContext {
  indent: number | undefined;
  /** The input's name (a page title). */
  name: string;
  /** brat with many inputs: the folder that gets a .txt and an .ann per input. */
  outDir?: string;
}

export interface View {
  /** The whole output for one text. */
  one(graph: EntityGraph, ctx: ViewContext): string;
  /** Many texts: before the first, for each, after the last. */
  head?(ctx: ViewContext): string;
  each(doc: Doc, ctx: ViewContext): string;
  tail?(ctx: ViewContext): string;
}

/** What names an input: its id, else its line number. */
export const docName = (d: Doc): string => (d.id === undefined ? String(d.line) : typeof d.id === "string" ? d.id : JSON.stringify(d.id));
const heading = (d: Doc): string => (d.id === undefined ? `line ${d.line}` : docName(d));

const json = (value: unknown, indent: number | undefined) => JSON.stringify(value, null, indent) + "\n";

/** The rows of an RFC 4180 text (a line break inside quotes belongs to its field). */
function csvRows(csv: string): string[] {
  const rows: string[] = [];
  let row = "";
  for (const line of csv.split("\r\n").slice(0, -1)) {
    row = row ? `${row}\r\n${line}` : line;
    if ((row.match(/"/g)?.length ?? 0) % 2 === 0) {
      rows.push(row);
      row = "";
    }
  }
  return rows;
}

/** A file name from an input's name: letters, digits, "._-" kept; unique within `taken`. */
function fileName(d: Doc, taken: Set<string>): string {
  const base = docName(d).normalize("NFC").replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^[._]+/, "").slice(0, 100) || String(d.line);
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}-${k}`;
  taken.add(name.toLowerCase());
  return name;
}

export function viewFor(format: ViewFormat): View {
  switch (format) {
    case "html":
      // Many: one page, its stylesheet once, a section per input headed by its id or line.
      return {
        one: (g, ctx) => toHtml(g, { standalone: true, title: ctx.name }),
        head: (ctx) =>
          `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(ctx.name)}</title>\n` +
          `<style>\nbody{margin:2em}\nsection{margin-bottom:2em}\n${htmlStyles}\n</style>\n</head>\n<body>\n`,
        each: (d) => `<section>\n<h2>${escapeHtml(heading(d))}</h2>\n${toHtml(d.graph, { inlineStyles: false })}</section>\n`,
        tail: () => "</body>\n</html>\n",
      };
    case "mermaid":
      // Many: Markdown, a heading and a ```mermaid block per input (GitHub and mermaid-cli read it).
      return { one: (g) => toMermaid(g), each: (d) => `## ${heading(d)}\n\n\`\`\`mermaid\n${toMermaid(d.graph)}\`\`\`\n\n` };
    case "dot":
      // Many: one digraph per input in one file (`dot -Tsvg -O` draws each), a comment naming it.
      return { one: (g) => toDot(g), each: (d) => `// ${heading(d).replace(/[\r\n]+/g, " ")}\n${toDot(d.graph)}` };
    case "jsonld":
      // Many: one document a line, each its own scope of blank node ids.
      return { one: (g, ctx) => json(toJsonLd(g), ctx.indent), each: (d) => json(toJsonLd(d.graph), undefined) };
    case "popolo":
      return { one: (g, ctx) => json(toPopolo(g), ctx.indent), each: (d) => json(toPopolo(d.graph), undefined) };
    case "csv": {
      // Many: one header, and a first column "doc" with the input's id, else its line number.
      const header = CSV_COLUMNS.join(",") + "\r\n";
      return {
        one: (g) => toCsv(g),
        head: () => "doc," + header,
        each: (d) => csvRows(toCsv(d.graph).slice(header.length)).map((r) => `${csvField(docName(d))},${r}\r\n`).join(""),
      };
    }
    case "conll":
      // Many: each document after a CoNLL-2003 "-DOCSTART-" line and a blank line, as spaCy,
      // flair and the Hugging Face conll2003 reader expect; documents in input order.
      return { one: (g) => toConll(g), each: (d) => `-DOCSTART-\tO\n\n${toConll(d.graph)}\n` };
    case "brat": {
      // Many: brat's own layout, a NAME.txt and NAME.ann per input and annotation.conf in --out-dir.
      const taken = new Set<string>();
      return {
        one: (g) => toBrat(g),
        each: (d, ctx) => {
          const name = fileName(d, taken);
          fs.writeFileSync(path.join(ctx.outDir!, `${name}.txt`), d.graph.text);
          fs.writeFileSync(path.join(ctx.outDir!, `${name}.ann`), toBrat(d.graph));
          return "";
        },
        tail: (ctx) => {
          fs.writeFileSync(path.join(ctx.outDir!, "annotation.conf"), bratAnnotationConf);
          return "";
        },
      };
    }
  }
}
