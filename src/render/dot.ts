/**
 * toDot: the officeholders as a Graphviz digraph, person → post → organization. Every label is a
 * quoted DOT string with its quotes and backslashes escaped, so no name can break the syntax.
 */
import { officeholderDiagram, TYPE_COLOURS, type RenderableGraph } from "./model";

/** A label as a quoted DOT string: `"` and `\` escaped, line breaks as Graphviz's \n. */
export function dotString(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n")}"`;
}

export function toDot(graph: RenderableGraph): string {
  const { nodes, edges } = officeholderDiagram(graph);
  const lines = ["digraph officeholders {", "  rankdir=LR;", '  node [shape=box, style="rounded,filled", fontname="sans-serif"];', '  edge [fontname="sans-serif", fontsize=10];'];
  for (const { key, entity } of nodes) lines.push(`  ${key} [label=${dotString(entity.name)}, fillcolor=${dotString(TYPE_COLOURS[entity.type] ?? "#dddddd")}];`);
  for (const e of edges) {
    const attrs = [...(e.label ? [`label=${dotString(e.label)}`] : []), ...(e.kind === "of" ? ["style=dashed"] : [])];
    lines.push(`  ${e.from} -> ${e.to}${attrs.length ? ` [${attrs.join(", ")}]` : ""};`);
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}
