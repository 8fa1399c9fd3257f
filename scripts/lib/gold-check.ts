/**
 * Lints one gold file against eval/CONVENTIONS.md: offsets match the source text, nesting is
 * flagged, and every holds / of / qualifiers / events line names mentions that exist, so a typo in
 * a hand-written line shows up here instead of as a silent miss in the scores.
 */
import fs from "node:fs";
import path from "node:path";
import { EVENT_TYPES, sharedEval, type GoldDoc, type GoldMention } from "./gold";

const TYPES = new Set(["person", "position", "organization", "location", "date"]);
const STATUSES = new Set(["current", "former", "acting", "incoming"]);
const QUALIFIER_FIELDS = ["status", "term", "start", "end"] as const;
// ISO 8601 at the precision written, an interval START/END, or "~V" (anywhere inside V).
const POINT = String.raw`\d{4}(-(\d{2}|Q[1-4]|H[12]|W\d{2}))?(-\d{2})?(T(\d{2}:\d{2}(:\d{2})?|MO|AF|EV|NI|NO))?`;
const ISO = new RegExp(`^~?${POINT}(/${POINT})?$`);

type Raw = Partial<GoldDoc> & { source?: string; length?: number };

export function checkGoldFile(file: string): string[] {
  let raw: Raw;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8")) as Raw;
  } catch (e) {
    return [`not JSON: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  let text = raw.text;
  if (typeof text !== "string") {
    const src = raw.source ? path.join(sharedEval, raw.source) : "";
    if (!raw.source || !fs.existsSync(src)) return [`source ${JSON.stringify(raw.source)} not found under ${sharedEval}`];
    const full = fs.readFileSync(src, "utf8");
    if (raw.length !== undefined && raw.length > full.length) problems.push(`length ${raw.length} is past the end of the source (${full.length})`);
    text = raw.length !== undefined ? full.slice(0, raw.length) : full;
  }
  if (!raw.id) problems.push("no id");
  const mentions = raw.mentions ?? [];
  problems.push(...checkMentions(mentions, text));
  problems.push(...checkLines(raw, mentions));
  return problems;
}

function checkMentions(mentions: GoldMention[], text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const at = `${m.type} ${JSON.stringify(m.text)} @${m.start}`;
    if (!TYPES.has(m.type)) out.push(`${at}: unknown type`);
    if (!(m.start < m.end) || m.end > text.length) out.push(`${at}: bad span ${m.start}-${m.end}`);
    else if (text.slice(m.start, m.end) !== m.text) out.push(`${at}: the text there reads ${JSON.stringify(text.slice(m.start, m.end))}`);
    const key = `${m.type}:${m.start}:${m.end}`;
    if (seen.has(key)) out.push(`${at}: duplicate`);
    seen.add(key);
    const inside = mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && (o.end - o.start > m.end - m.start));
    if (inside && !m.nested) out.push(`${at}: inside another mention but not marked nested`);
    if (!inside && m.nested) out.push(`${at}: marked nested but inside no other mention`);
    if (m.type === "date" && m.value !== undefined && !ISO.test(m.value)) out.push(`${at}: value ${m.value} is not ISO 8601`);
  }
  return out;
}

function checkLines(raw: Raw, mentions: GoldMention[]): string[] {
  const out: string[] = [];
  const written = (type: string) => new Set(mentions.filter((m) => m.type === type).map((m) => m.text));
  const persons = written("person");
  const positions = written("position");
  const any = new Set(mentions.map((m) => m.text));
  const holds = new Set<string>();
  for (const [per, pos] of raw.holds ?? []) {
    const key = `${per} | ${pos}`;
    if (!persons.has(per)) out.push(`holds ${key}: no person mention reads ${JSON.stringify(per)}`);
    if (!positions.has(pos)) out.push(`holds ${key}: no position mention reads ${JSON.stringify(pos)}`);
    if (holds.has(key)) out.push(`holds ${key}: listed twice`);
    holds.add(key);
  }
  const ofs = new Set<string>();
  for (const [pos, names] of raw.of ?? []) {
    if (!positions.has(pos)) out.push(`of ${pos}: no position mention reads ${JSON.stringify(pos)}`);
    // The organization may go unwritten ("Tổng thống Mỹ" is an office of Hoa Kỳ), so its names are not checked.
    if (names.length === 0) out.push(`of ${pos}: no organization name`);
    if (ofs.has(pos)) out.push(`of ${pos}: listed twice`);
    ofs.add(pos);
  }
  const qualified = new Set<string>();
  for (const q of raw.qualifiers ?? []) {
    const key = `${q.person} | ${q.position}`;
    if (!holds.has(key)) out.push(`qualifier ${key}: not a holds line`);
    if (qualified.has(key)) out.push(`qualifier ${key}: listed twice`);
    qualified.add(key);
    if (!QUALIFIER_FIELDS.some((f) => q[f] !== undefined)) out.push(`qualifier ${key}: no field`);
    if (q.status !== undefined && !STATUSES.has(q.status)) out.push(`qualifier ${key}: status ${q.status}`);
    for (const f of ["start", "end"] as const) if (q[f] !== undefined && !ISO.test(q[f]!)) out.push(`qualifier ${key}: ${f} ${q[f]} is not ISO 8601`);
  }
  for (const e of raw.events ?? []) {
    const key = `${e.type} ${e.person} | ${e.position}`;
    if (!(EVENT_TYPES as readonly string[]).includes(e.type)) out.push(`event ${key}: unknown type`);
    if (!holds.has(`${e.person} | ${e.position}`)) out.push(`event ${key}: not a holds line`);
    if (e.date !== undefined && !ISO.test(e.date)) out.push(`event ${key}: date ${e.date} is not ISO 8601`);
    if (e.authority !== undefined && !any.has(e.authority)) out.push(`event ${key}: no mention reads authority ${JSON.stringify(e.authority)}`);
    if (e.authority === e.person) out.push(`event ${key}: the holder is not the authority`);
  }
  return out;
}
