/**
 * npx tsx scripts/gold-from-list.ts LIST OUT.json   Builds a stand-off gold file from a mention list,
 * so an annotator never retypes (or stores) the article: offsets are found in the source text.
 *
 * LIST (keep it outside the repository if it quotes much of the article):
 *   @source news/baomoi_1.txt   @id baomoi_1   @ref 2017-07-08   @length 2400
 *   POS Thủ tướng Ấn Độ          one mention per line, in text order: TYPE is PER POS ORG LOC DATE,
 *    LOC Ấn Độ                   "?TYPE" optional, "DATE@2017-07-08 …" a value; each leading space
 *   PER Narendra Modi            nests the mention one level inside the line above it
 *   @holds Narendra Modi | Thủ tướng Ấn Độ        @of Thủ tướng Ấn Độ | Chính phủ Ấn Độ | Ấn Độ
 *   @q PERSON | POSITION | status=former; term=XII; start=2016; end=2021
 *   @ev TYPE | PERSON | POSITION | date=2017-05-10; authority=Bộ Chính trị
 * Lines starting with # are comments. The file is then checked like every gold file.
 */
import fs from "node:fs";
import path from "node:path";
import { checkGoldFile } from "./lib/gold-check";
import { sharedEval, type GoldEvent, type GoldMention, type GoldQualifier } from "./lib/gold";

const TYPES: Record<string, GoldMention["type"]> = { PER: "person", POS: "position", ORG: "organization", LOC: "location", DATE: "date" };

function fields(s: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (s ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

export function buildGold(list: string) {
  const meta: Record<string, string> = {};
  const mentions: GoldMention[] = [];
  const holds: Array<[string, string]> = [];
  const of: Array<[string, string[]]> = [];
  const qualifiers: GoldQualifier[] = [];
  const events: GoldEvent[] = [];
  let text = "";
  const parents: GoldMention[] = [];
  const cursor: number[] = [0];
  for (const [n, line] of list.split("\n").entries()) {
    if (!line.trim() || line.startsWith("#")) continue;
    const d = /^@(\w+)\s+(.*)$/.exec(line);
    if (d) {
      const [key, rest] = [d[1]!, d[2]!.trim()];
      const parts = rest.split("|").map((p) => p.trim());
      if (key === "holds") holds.push([parts[0]!, parts[1]!]);
      else if (key === "of") of.push([parts[0]!, parts.slice(1)]);
      else if (key === "q") qualifiers.push({ person: parts[0]!, position: parts[1]!, ...fields(parts[2]) });
      else if (key === "ev") events.push({ type: parts[0] as GoldEvent["type"], person: parts[1]!, position: parts[2]!, ...fields(parts[3]) });
      else meta[key] = rest;
      if (key === "length") {
        const full = fs.readFileSync(path.join(sharedEval, meta.source!), "utf8");
        text = full.slice(0, +rest);
      }
      continue;
    }
    const m = /^( *)(\??)(PER|POS|ORG|LOC|DATE)(?:@(\S+))? (.+)$/.exec(line);
    if (!m) throw new Error(`line ${n + 1}: cannot read ${JSON.stringify(line)}`);
    const depth = m[1]!.length;
    const want = m[5]!.trimEnd();
    if (depth > parents.length) throw new Error(`line ${n + 1}: nested deeper than the line above`);
    parents.length = depth;
    cursor.length = depth + 1;
    const parent = parents[depth - 1];
    const from = cursor[depth] ?? parent?.start ?? 0;
    const at = text.indexOf(want, from);
    const limit = parent ? parent.end : text.length;
    if (at < 0 || at + want.length > limit) throw new Error(`line ${n + 1}: ${JSON.stringify(want)} not found after offset ${from}${parent ? ` inside ${JSON.stringify(parent.text)}` : ""}`);
    const mention: GoldMention = { type: TYPES[m[3]!]!, start: at, end: at + want.length, text: want };
    if (m[4]) mention.value = m[4];
    if (m[2]) mention.optional = true;
    if (parent) mention.nested = true;
    mentions.push(mention);
    cursor[depth] = mention.end;
    parents.push(mention);
    cursor.push(mention.start);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    id: meta.id,
    source: meta.source,
    length: +meta.length!,
    referenceDate: meta.ref,
    mentions,
    holds,
    of,
    ...(qualifiers.length ? { qualifiers } : {}),
    ...(events.length ? { events } : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [listFile, out] = process.argv.slice(2);
  if (!listFile || !out) {
    console.error("usage: tsx scripts/gold-from-list.ts LIST OUT.json");
    process.exit(2);
  }
  fs.writeFileSync(out, JSON.stringify(buildGold(fs.readFileSync(listFile, "utf8")), null, 1) + "\n");
  const problems = checkGoldFile(out);
  for (const p of problems) console.log(`  ${p}`);
  console.log(`${out}: ${problems.length ? `${problems.length} problem(s)` : "ok"}`);
  process.exit(problems.length ? 1 : 0);
}
