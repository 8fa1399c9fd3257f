/**
 * Notebook-style exploration. Runs as written under both tsx and ts-node:
 *
 *   npx tsx examples/notebook.ts
 *   node --loader ts-node/esm examples/notebook.ts
 *
 * (The package is ESM; plain `ts-node file.ts` cannot load ESM files, hence the --loader form.)
 */
import { extract, createExtractor, type EntityGraph } from "vn-entity-graph";

const text =
  "Sáng 10/1, Thủ tướng Chính phủ Nguyễn Xuân Phúc tiếp Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen. " +
  "Ông Phúc đề nghị hai bên tăng cường hợp tác.";

// 1. One call, one graph.
const graph: EntityGraph = extract(text, { referenceDate: "2019-01-11" });
console.table(graph.mentions.map(({ type, text, start, end, reason }) => ({ type, text, start, end, reason })));

// 2. Who holds what.
const byId = new Map(graph.entities.map((e) => [e.id, e]));
for (const r of graph.relations.filter((r) => r.type === "holds")) {
  console.log(`${byId.get(r.from)?.name} — ${byId.get(r.to)?.name}`);
}

// 3. Your own gazetteer entries, added at run time.
const mine = createExtractor({
  organizations: [{ name: "Công ty Cổ phần Sách Ví Dụ", abbreviations: ["VDB"], kind: "company", gloss: "Example Books JSC" }],
  referenceDate: "2024-05-01",
});
const g2 = mine.extract("Ông Trần Văn Nam, Tổng Giám đốc VDB, cho biết hôm qua công ty đã ký hợp đồng.");
console.log(g2.entities.map((e) => `${e.type}: ${e.name}`).join("\n"));
