/**
 * toBrat: the mentions and relations as a brat standoff .ann file, to open in brat (or INCEpTION,
 * which imports it) beside a .txt file holding graph.text unchanged:
 *   T<n>  <Type> <start> <end>  <text>    every mention, nested ones too (brat draws them)
 *   R<n>  Holds|Of Arg1:T<a> Arg2:T<b>    each relation, between the two mentions in its evidence
 *   #<n>  AnnotatorNotes <id>  <note>     gloss or date value of a mention, qualifiers of a holds
 * brat counts offsets in Unicode code points (Python strings), not UTF-16 units: they are
 * converted, so a text with emoji or other astral characters still lines up. A mention across a
 * line break becomes a discontinuous span ("0 5;6 9"), as brat wants.
 */
import type { Mention } from "../schema/graph";
import { describeHolding, entityDetails, entityIndex, holdings, orderedMentions, textOf, type RenderableGraph, type TextSpan } from "./model";

const TYPE_NAMES: Record<string, string> = { person: "Person", position: "Position", organization: "Organization", location: "Location", date: "Date" };

/** An annotation.conf for the files toBrat writes (put it in the brat collection's folder). */
export const bratAnnotationConf = `[entities]
Person
Position
Organization
Location
Date

[relations]
Holds\tArg1:Person, Arg2:Position
Of\tArg1:Position, Arg2:Organization
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:contain

[events]

[attributes]
`;

/** Maps UTF-16 offsets of a text to code point offsets. */
function codePointOffsets(text: string): (i: number) => number {
  // Positions of the low halves of surrogate pairs: each one before i makes i one too far.
  const lows: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) lows.push(i);
    }
  }
  if (lows.length === 0) return (i) => i;
  return (i) => {
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lows[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return i - lo;
  };
}

const oneLine = (s: string): string => s.replace(/[\t\r\n]+/g, " ");

export function toBrat(graph: RenderableGraph): string {
  const text = textOf(graph);
  const cp = codePointOffsets(text);
  const byId = entityIndex(graph);
  const lines: string[] = [];
  let notes = 0;
  const note = (target: string, body: string): void => {
    if (body) lines.push(`#${++notes}\tAnnotatorNotes ${target}\t${oneLine(body)}`);
  };

  const ids = new Map<Mention, string>();
  for (const m of orderedMentions(graph.mentions, text.length)) {
    // Fragments between line breaks: a brat span never contains one.
    const fragments: [number, number][] = [];
    const re = /[^\r\n]+/g;
    const inner = text.slice(m.start, m.end);
    for (let f = re.exec(inner); f !== null; f = re.exec(inner)) fragments.push([m.start + f.index, m.start + f.index + f[0].length]);
    if (fragments.length === 0) continue;
    const id = `T${ids.size + 1}`;
    ids.set(m, id);
    const offsets = fragments.map(([s, e]) => `${cp(s)} ${cp(e)}`).join(";");
    lines.push(`${id}\t${TYPE_NAMES[m.type] ?? "Entity"} ${offsets}\t${fragments.map(([s, e]) => text.slice(s, e)).join(" ")}`);
    const e = byId.get(m.entity);
    // Only what the span's own text does not say: the canonical name where it differs, gloss, value.
    if (e) note(id, [...(e.name !== m.text ? [e.name] : []), ...entityDetails(e)].join(" · "));
  }

  const mentionsOf = new Map<string, Mention[]>();
  for (const m of ids.keys()) mentionsOf.set(m.entity, [...(mentionsOf.get(m.entity) ?? []), m]);
  let relations = 0;
  const seen = new Set<string>();
  const relate = (type: "Holds" | "Of", from: string, to: string, spans: TextSpan[], qualifiers: string): void => {
    const pair = mentionPair(mentionsOf.get(from) ?? [], mentionsOf.get(to) ?? [], spans);
    if (!pair) return;
    const key = `${type} ${ids.get(pair[0])} ${ids.get(pair[1])}`;
    if (seen.has(key)) return;
    seen.add(key);
    const id = `R${++relations}`;
    lines.push(`${id}\t${type} Arg1:${ids.get(pair[0])} Arg2:${ids.get(pair[1])}`);
    note(id, qualifiers);
  };
  for (const h of holdings(graph)) relate("Holds", h.person.id, h.position.id, h.evidences, describeHolding(h));
  for (const r of graph.relations) if (r.type === "of") relate("Of", r.from, r.to, [r.evidence], "");
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}

/** The mentions of a list (in start order) that lie inside a span: a binary search, then a short walk. */
function within(list: Mention[], s: TextSpan): Mention[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < list.length && list[i]!.start < s.end; i++) if (list[i]!.end <= s.end) out.push(list[i]!);
  return out;
}

/**
 * The mentions a relation is drawn between: the closest pair inside one of its evidence spans,
 * else the first mention of each entity.
 */
function mentionPair(froms: Mention[], tos: Mention[], spans: TextSpan[]): [Mention, Mention] | undefined {
  for (const s of spans) {
    let best: [Mention, Mention] | undefined;
    let distance = Infinity;
    const bs = within(tos, s);
    for (const a of within(froms, s)) {
      for (const b of bs) {
        const d = Math.abs(a.start - b.start);
        if (d < distance) [best, distance] = [[a, b], d];
      }
    }
    if (best) return best;
  }
  const a = froms[0];
  const b = tos[0];
  return a && b ? [a, b] : undefined;
}
