/**
 * toHtml: the text with its mentions as colour-coded, typed spans (nested ones drawn inside their
 * outer span), then the officeholders (person → post → organization with their qualifiers) and the
 * personnel events. Every piece of input text is HTML-escaped; no script, no external resource.
 */
import * as z from "zod";
import type { Entity } from "../schema/graph";
import { describeEntity, describeHolding, entityIndex, holdings, orderedMentions, personnelEvents, TYPE_COLOURS, textOf, type RenderableGraph } from "./model";

export const HtmlOptions = z.strictObject({
  standalone: z.boolean().optional().describe("A whole page (doctype, head, <style>) instead of a fragment"),
  title: z.string().optional().describe("The page title of a standalone page"),
  labels: z.boolean().optional().describe("Show the type label inside each span (default true)"),
  relations: z.boolean().optional().describe("List the officeholders and events below the text (default true)"),
  inlineStyles: z
    .boolean()
    .optional()
    .describe("Fragment only: style attributes on every element so it renders without a stylesheet (default true); false leaves class names for htmlStyles"),
});
export type HtmlOptions = z.input<typeof HtmlOptions>;

const TYPES = ["person", "position", "organization", "location", "date"] as const;
const COLOURS: Record<string, string> = { ...TYPE_COLOURS, other: "#dddddd" };

// One table of rules, written out as a stylesheet (standalone page, htmlStyles) or as style
// attributes (a fragment that must render anywhere: a notebook, a mail, a CMS field).
const RULES: Record<string, string> = {
  "veg": "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#222;max-width:60em",
  "veg-text": "line-height:2.5;white-space:pre-wrap;overflow-wrap:break-word",
  "veg-ent": "padding:0.2em 0.35em;border-radius:0.35em;-webkit-box-decoration-break:clone;box-decoration-break:clone",
  "veg-nested": "padding:0.05em 0.25em;border:1px solid rgba(0,0,0,0.45)",
  "veg-label": "font-size:0.65em;font-weight:bold;text-transform:uppercase;margin-left:0.4em;opacity:0.7",
  "veg-relations": "margin-top:1.2em;line-height:1.8",
  "veg-heading": "font-size:1em;margin:0.6em 0 0.2em",
  "veg-ref": "padding:0.05em 0.3em;border-radius:0.3em",
  "veg-qual": "color:#555;font-size:0.9em;margin-left:0.5em",
};
for (const t of [...TYPES, "other"]) RULES[`veg-${t}`] = `background:${COLOURS[t]}`;

/** The stylesheet of the view, for a page that shows fragments made with inlineStyles: false. */
export const htmlStyles = Object.entries(RULES)
  .map(([cls, css]) => `.${cls}{${css}}`)
  .join("\n");

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function typeClass(type: string): string {
  return (TYPES as readonly string[]).includes(type) ? type : "other";
}

/** Renders a graph as HTML. Options are checked with zod (a bad field is named). */
export function toHtml(graph: RenderableGraph, options: HtmlOptions = {}): string {
  const opts = HtmlOptions.parse(options);
  const standalone = opts.standalone ?? false;
  const inline = !standalone && (opts.inlineStyles ?? true);
  /** class (and, for a fragment, style) attributes for these classes. */
  const cls = (...names: string[]): string => {
    const attr = ` class="${names.join(" ")}"`;
    return inline ? `${attr} style="${escapeHtml(names.map((n) => RULES[n] ?? "").filter(Boolean).join(";"))}"` : attr;
  };
  const byId = entityIndex(graph);
  let body = `<div${cls("veg")}>\n<div${cls("veg-text")} lang="vi">${markedText(graph, byId, cls, opts.labels ?? true)}</div>\n`;
  if (opts.relations ?? true) body += relationsList(graph, cls);
  body += "</div>\n";
  if (!standalone) return body;
  const title = escapeHtml(opts.title ?? "vn-entity-graph");
  return (
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${title}</title>\n<style>\nbody{margin:2em}\n${htmlStyles}\n</style>\n</head>\n<body>\n${body}</body>\n</html>\n`
  );
}

type ClassAttr = (...names: string[]) => string;

/** The text with a <mark> per mention; a span inside another is drawn inside it. */
function markedText(graph: RenderableGraph, byId: Map<string, Entity>, cls: ClassAttr, labels: boolean): string {
  const text = textOf(graph);
  const parts: string[] = [];
  let at = 0;
  // The spans open at this point, outermost first, with the label each shows when it closes.
  const open: { end: number; label: string }[] = [];
  const closeUntil = (pos: number): void => {
    while (open.length > 0 && open[open.length - 1]!.end <= pos) {
      const m = open.pop()!;
      parts.push(escapeHtml(text.slice(at, m.end)), m.label, "</mark>");
      at = m.end;
    }
  };
  for (const m of orderedMentions(graph.mentions, text.length)) {
    closeUntil(m.start);
    // A span that crosses the one it starts in cannot be drawn nested: it is left out.
    const outer = open[open.length - 1];
    if (outer && m.end > outer.end) continue;
    parts.push(escapeHtml(text.slice(at, m.start)));
    at = m.start;
    const e = byId.get(m.entity);
    const tip = `${m.type}: ${e ? describeEntity(e) : m.text}`;
    const names = ["veg-ent", `veg-${typeClass(m.type)}`, ...(outer ? ["veg-nested"] : [])];
    parts.push(`<mark${cls(...names)} data-type="${escapeHtml(m.type)}" data-entity="${escapeHtml(m.entity)}" title="${escapeHtml(tip)}">`);
    open.push({ end: m.end, label: labels ? `<span${cls("veg-label")} aria-hidden="true">${escapeHtml(m.type)}</span>` : "" });
  }
  closeUntil(text.length);
  parts.push(escapeHtml(text.slice(at)));
  return parts.join("");
}

/** A reference to an entity in the lists: its name on its type's colour, its gloss as a tooltip. */
function ref(e: Entity, cls: ClassAttr): string {
  return `<span${cls("veg-ref", `veg-${typeClass(e.type)}`)} data-entity="${escapeHtml(e.id)}" title="${escapeHtml(`${e.type}: ${describeEntity(e)}`)}">${escapeHtml(e.name)}</span>`;
}

function relationsList(graph: RenderableGraph, cls: ClassAttr): string {
  const byId = entityIndex(graph);
  const items: string[] = [];
  for (const h of holdings(graph)) {
    const chain = [h.person, h.position, ...(h.organization ? [h.organization] : [])].map((e) => ref(e, cls)).join(" → ");
    const qual = describeHolding(h);
    const evidence = h.evidences.map((s) => s.text).join(" | ");
    items.push(`<li${evidence ? ` title="${escapeHtml(evidence)}"` : ""}>${chain}${qual ? `<span${cls("veg-qual")}>${escapeHtml(qual)}</span>` : ""}</li>`);
  }
  const events: string[] = [];
  for (const ev of personnelEvents(graph)) {
    const named = (id: string | undefined) => (id !== undefined ? byId.get(id) : undefined);
    const date = named(ev.date);
    const authority = named(ev.authority);
    const chain = [named(ev.person)!, named(ev.position)!].map((e) => ref(e, cls)).join(" → ");
    const extra = [date ? (date.type === "date" && date.value ? date.value : date.name) : "", authority ? `by ${authority.name}` : ""].filter(Boolean).join(", ");
    events.push(`<li${typeof ev.evidence?.text === "string" ? ` title="${escapeHtml(ev.evidence.text)}"` : ""}><b>${escapeHtml(ev.type)}</b>: ${chain}${extra ? `<span${cls("veg-qual")}>${escapeHtml(extra)}</span>` : ""}</li>`);
  }
  let out = "";
  if (items.length > 0) out += `<h3${cls("veg-heading")}>Officeholders</h3>\n<ol class="veg-holds">\n${items.join("\n")}\n</ol>\n`;
  if (events.length > 0) out += `<h3${cls("veg-heading")}>Events</h3>\n<ol class="veg-events">\n${events.join("\n")}\n</ol>\n`;
  return out ? `<div${cls("veg-relations")}>\n${out}</div>\n` : "";
}
