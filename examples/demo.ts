/**
 * npm run demo — prints the entity graph of the bundled sample article (examples/sample-article.txt).
 * Runs on the TypeScript sources with tsx, so it works right after `npm ci`.
 */
import fs from "node:fs";
import { extract } from "../src/index";

const text = fs.readFileSync(new URL("./sample-article.txt", import.meta.url), "utf8");
const graph = extract(text); // no referenceDate: the article's own dateline is used

const name = (id: string) => graph.entities.find((e) => e.id === id)?.name ?? id;
console.log(`Reference date: ${graph.referenceDate} (from the ${graph.referenceDateSource})\n`);

for (const type of ["person", "position", "organization", "location", "date"] as const) {
  const list = graph.entities.filter((e) => e.type === type);
  console.log(`${type} (${list.length})`);
  for (const e of list) {
    const extra =
      e.type === "position" ? [e.gloss, e.organization && `of ${name(e.organization)}`].filter(Boolean).join(", ")
      : e.type === "organization" ? [e.abbreviations.join("/"), e.gloss].filter(Boolean).join(", ")
      : e.type === "location" ? e.kind
      : e.type === "date" ? `${e.value}${e.partOfDay ? " " + e.partOfDay : ""}`
      : e.origin;
    console.log(`  ${e.id.padEnd(6)} ${e.name}${extra ? `  [${extra}]` : ""}`);
  }
}
console.log("\nholds");
for (const r of graph.relations.filter((r) => r.type === "holds")) console.log(`  ${name(r.from)} → ${name(r.to)}`);
console.log("\nof");
for (const r of graph.relations.filter((r) => r.type === "of")) console.log(`  ${name(r.from)} → ${name(r.to)}`);
console.log(`\n${graph.mentions.length} mentions; every one satisfies text.slice(start, end) === mention.text:`,
  graph.mentions.every((m) => text.slice(m.start, m.end) === m.text));
