/**
 * toMermaid: the officeholders as a Mermaid flowchart, person → post → organization. Labels are
 * written with Mermaid's entity codes for every character that its syntax could read (quotes,
 * brackets, pipes, #, <, >, &, ;), so no name can end a label early or inject a statement.
 */
import { officeholderDiagram, TYPE_COLOURS, type RenderableGraph } from "./model";

const CODES: Record<string, string> = {
  '"': "#quot;",
  "#": "#35;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;",
  "`": "#96;",
  "|": "#124;",
  ";": "#59;",
  "[": "#91;",
  "]": "#93;",
  "{": "#123;",
  "}": "#125;",
  "(": "#40;",
  ")": "#41;",
};

/** A label as the text of a quoted Mermaid string: one line, every syntax character as an entity code. */
export function mermaidLabel(s: string): string {
  return s.replace(/\s+/g, " ").trim().replace(/["#<>&`|;[\]{}()]/g, (c) => CODES[c]!);
}

export function toMermaid(graph: RenderableGraph): string {
  const { nodes, edges } = officeholderDiagram(graph);
  const lines = ["flowchart LR"];
  for (const { key, entity } of nodes) lines.push(`  ${key}["${mermaidLabel(entity.name)}"]:::${entity.type}`);
  for (const e of edges) {
    const arrow = e.kind === "of" ? "-.->" : "-->";
    lines.push(e.label ? `  ${e.from} ${arrow}|"${mermaidLabel(e.label)}"| ${e.to}` : `  ${e.from} ${arrow} ${e.to}`);
  }
  for (const type of new Set(nodes.map((n) => n.entity.type))) lines.push(`  classDef ${type} fill:${TYPE_COLOURS[type] ?? "#dddddd"},stroke:#555,color:#222`);
  return lines.join("\n") + "\n";
}
