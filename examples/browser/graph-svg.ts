/// <reference lib="dom" />
/**
 * The officeholder graph as an SVG drawn here (no diagram library: Mermaid alone would be larger
 * than the extractor). Three columns, person → post → organization, one node per entity; a holds
 * edge is solid while current, dashed once former, dotted otherwise (acting, designate, unknown).
 */
import type { Officeholding } from "../../src/index";

const SVG = "http://www.w3.org/2000/svg";
const FONT = "14px system-ui, sans-serif";
const ROW = 34; // node height plus the gap below it
const HEIGHT = 26;
const GAP = 70; // between columns, where the edges run
const MAX_WIDTH = 300;

type Column = "person" | "position" | "organization";
interface Node {
  id: string;
  type: Column;
  label: string;
  x: number;
  y: number;
  width: number;
}

/** Each type's colour, read from the library's stylesheet so the graph matches the highlighted text. */
export function typeColours(stylesheet: string): Record<string, string> {
  const colours: Record<string, string> = {};
  for (const [, type, colour] of stylesheet.matchAll(/\.veg-(\w+)\{background:([^;}]+)/g)) colours[type!] = colour!;
  return colours;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The text cut with an ellipsis to fit `max` pixels, as measured by `measure`. */
function fit(text: string, max: number, measure: (s: string) => number): string {
  if (measure(text) <= max) return text;
  let cut = text.length;
  while (cut > 1 && measure(`${text.slice(0, cut)}…`) > max) cut--;
  return `${text.slice(0, cut)}…`;
}

export function drawOfficeholders(rows: Officeholding[], colours: Record<string, string>): SVGSVGElement {
  const ctx = document.createElement("canvas").getContext("2d");
  if (ctx) ctx.font = FONT;
  const measure = (s: string): number => (ctx ? ctx.measureText(s).width : s.length * 8);

  // Nodes in the order the text first names them, which keeps most edges short and level.
  const columns: Record<Column, Map<string, Node>> = { person: new Map(), position: new Map(), organization: new Map() };
  const add = (type: Column, id: string, label: string): void => {
    if (!columns[type].has(id)) columns[type].set(id, { id, type, label, x: 0, y: 0, width: 0 });
  };
  for (const r of rows) {
    add("person", r.personId, r.person);
    add("position", r.positionId, r.position);
    if (r.organizationId) add("organization", r.organizationId, r.organization!);
  }
  let x = 10;
  for (const column of Object.values(columns)) {
    const nodes = [...column.values()];
    const width = Math.min(MAX_WIDTH, Math.max(80, ...nodes.map((n) => measure(n.label) + 20)));
    nodes.forEach((n, i) => Object.assign(n, { x, y: 10 + i * ROW, width }));
    if (nodes.length > 0) x += width + GAP;
  }
  const height = 20 + Math.max(1, ...Object.values(columns).map((c) => c.size)) * ROW;
  const svg = el("svg", { xmlns: SVG, width: x - GAP + 10, height, viewBox: `0 0 ${x - GAP + 10} ${height}`, role: "img", "aria-label": "Officeholder graph" });

  const edge = (from: Node, to: Node, kind: string, style: string, tip: string): void => {
    const [x1, y1, x2, y2] = [from.x + from.width, from.y + HEIGHT / 2, to.x, to.y + HEIGHT / 2];
    const mid = (x1 + x2) / 2;
    const path = el("path", { class: `edge ${kind}`, d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`, fill: "none", stroke: "#666", "stroke-width": 1.5, "stroke-dasharray": style, "data-from": from.id, "data-to": to.id });
    path.append(el("title", {}, tip));
    svg.append(path);
  };
  const seen = new Set<string>();
  for (const r of rows) {
    const qualifiers = [r.status, r.term, r.start && `from ${r.start}`, r.end && `until ${r.end}`].filter(Boolean).join(", ");
    const dash = r.status === "current" ? "" : r.status === "former" ? "6 4" : "2 3";
    edge(columns.person.get(r.personId)!, columns.position.get(r.positionId)!, "holds", dash, `${r.person} holds ${r.position} (${qualifiers})`);
    if (r.organizationId && !seen.has(r.positionId)) {
      seen.add(r.positionId);
      edge(columns.position.get(r.positionId)!, columns.organization.get(r.organizationId)!, "of", "", `${r.position} of ${r.organization}`);
    }
  }
  for (const column of Object.values(columns)) {
    for (const n of column.values()) {
      const g = el("g", { class: `node ${n.type}`, "data-type": n.type, "data-id": n.id, "data-name": n.label, transform: `translate(${n.x},${n.y})` });
      g.append(el("title", {}, `${n.type}: ${n.label}`));
      g.append(el("rect", { width: n.width, height: HEIGHT, rx: 6, fill: colours[n.type] ?? "#ddd", stroke: "rgba(0,0,0,0.25)" }));
      g.append(el("text", { x: 10, y: HEIGHT / 2, "dominant-baseline": "central", "font-family": "system-ui, sans-serif", "font-size": 14 }, fit(n.label, n.width - 20, measure)));
      svg.append(g);
    }
  }
  return svg;
}
