// The package as a user gets it: `npm pack` of the build, installed into an empty project (its
// dependencies from the local npm cache where it has them), then both entries imported as ESM and required as
// CommonJS, the CLI run, and extractMany on worker threads. Skipped without dist/ (npm run build).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const built = fs.existsSync(path.join(root, "dist", "node.js"));
// Budgets of issue 15: a tarball of at most 400 kB, at most 1.5 MB unpacked.
const PACKED_MAX = 400_000;
const UNPACKED_MAX = 1_500_000;

describe.skipIf(!built)("the packed package", () => {
  let dir = "";
  let pack: { size: number; unpackedSize: number; files: Array<{ path: string }> };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "veg-pack-"));
    const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
    pack = (JSON.parse(out) as Array<typeof pack & { filename: string }>)[0]!;
    const tarball = path.join(dir, (pack as unknown as { filename: string }).filename);
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "user", private: true }));
    execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], { cwd: dir, encoding: "utf8" });
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const node = (args: string[], input = "") => spawnSync("node", args, { cwd: dir, input, encoding: "utf8" });

  it("is within its size budget, one copy of the code per format, no data/ files", () => {
    expect(pack.size).toBeLessThanOrEqual(PACKED_MAX);
    expect(pack.unpackedSize).toBeLessThanOrEqual(UNPACKED_MAX);
    const files = pack.files.map((f) => f.path);
    expect(files.filter((f) => f.startsWith("data/"))).toEqual([]);
    expect(files).toContain("dist/lexicon.cjs");
    expect(files).toContain("dist/lexicon.json");
    // The run-time data tables, once for both formats too (tsup.config.ts, scripts/emit-lexicon.mjs).
    for (const name of ["link-data", "date-data"]) expect(files).toEqual(expect.arrayContaining([`dist/${name}.cjs`, `dist/${name}.json`]));
    expect(files).not.toContain("dist/cli.cjs");
  });

  // tsup's own CommonJS-with-splitting pass (sucrase) turns each `?.` and `??` into a helper call
  // taking closures, and the CommonJS build ran 2.2× slower than the ESM one; the build goes through
  // rollup instead (tsup.config.ts). The installed CommonJS code must carry the syntax as written.
  it("CommonJS code keeps optional chaining as syntax (no sucrase helpers)", () => {
    const dist = path.join(dir, "node_modules", "vn-entity-graph", "dist");
    const cjs = fs.readdirSync(dist).filter((f) => f.endsWith(".cjs"));
    expect(cjs.length).toBeGreaterThan(3);
    const code = cjs.map((f) => fs.readFileSync(path.join(dist, f), "utf8")).join("\n");
    expect(code).not.toMatch(/_optionalChain|_nullishCoalesce/);
    expect(code).toMatch(/\?\./);
  });

  // The ESM declarations are one line re-exporting the CommonJS ones (scripts/share-dts.mjs): a
  // user's compiler must still find every type under each resolution mode, from ESM and CommonJS.
  const USE = `import { extract, EntityGraph, type Mention } from "vn-entity-graph";
import { extractMany } from "vn-entity-graph/node";
import { z } from "zod";
const g: EntityGraph = extract("Thủ tướng phát biểu.");
const m: Mention | undefined = g.mentions[0];
const s = z.object({ graph: EntityGraph });
// @ts-expect-error: extract takes a string (were the types lost, this expectation would go unused)
extract(42, 42, 42);
void [m, s.parse({ graph: g }).graph.entities, extractMany];
`;
  const REQUIRE = `import veg = require("vn-entity-graph");
import node = require("vn-entity-graph/node");
const g: veg.EntityGraph = veg.extract("Thủ tướng phát biểu.");
// @ts-expect-error: extract takes a string
veg.extract(42, 42, 42);
void [g, node.extractMany];
`;
  it.each([
    ["node16, ESM", "use.mts", USE, ts.ModuleKind.Node16, ts.ModuleResolutionKind.Node16],
    ["node16, CommonJS", "use.cts", REQUIRE, ts.ModuleKind.Node16, ts.ModuleResolutionKind.Node16],
    ["nodenext, ESM", "use.mts", USE, ts.ModuleKind.NodeNext, ts.ModuleResolutionKind.NodeNext],
    ["nodenext, CommonJS", "use.cts", REQUIRE, ts.ModuleKind.NodeNext, ts.ModuleResolutionKind.NodeNext],
    ["bundler", "use.ts", USE, ts.ModuleKind.ESNext, ts.ModuleResolutionKind.Bundler],
    ["node10", "use.ts", USE, ts.ModuleKind.CommonJS, ts.ModuleResolutionKind.Node10],
  ])("its types check under %s", (_what, name, code, module, moduleResolution) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, code);
    // esModuleInterop: zod's own declarations need it under node10.
    const program = ts.createProgram([file], { strict: true, noEmit: true, types: [], target: ts.ScriptTarget.ES2022, module, moduleResolution, esModuleInterop: true });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual([]);
  });

  const TEXT = "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến phát biểu.";
  const check = `const g = m.extract(${JSON.stringify(TEXT)}); if (!g.entities.some((e) => e.name === "Nguyễn Thị Kim Tiến")) throw new Error("no person"); if (typeof m.toHtml !== "function") throw new Error("no views");`;
  it.each([
    ["ESM import of vn-entity-graph", "--input-type=module", `import * as m from "vn-entity-graph"; ${check} if (typeof m.extractMany !== "function") throw new Error("no extractMany under Node");`],
    ["ESM import of vn-entity-graph/node", "--input-type=module", `import * as m from "vn-entity-graph/node"; ${check}`],
    ["CommonJS require of vn-entity-graph", "--input-type=commonjs", `const m = require("vn-entity-graph"); ${check} if (typeof m.extractMany !== "function") throw new Error("no extractMany under Node");`],
    ["CommonJS require of vn-entity-graph/node", "--input-type=commonjs", `const m = require("vn-entity-graph/node"); ${check}`],
  ])("%s works", (_what, type, code) => {
    const r = node([type, "-e", code]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it.each([
    ["ESM", "--input-type=module", `import { extractMany, closeWorkers } from "vn-entity-graph";`],
    ["CommonJS", "--input-type=commonjs", `const { extractMany, closeWorkers } = require("vn-entity-graph");`],
  ])("extractMany runs on worker threads with custom entries (%s)", (_what, type, load) => {
    const code = `${load}
      (async () => {
        const texts = Array.from({ length: 200 }, (_, i) => i % 2 ? "VDB họp." : "Thủ tướng phát biểu.");
        const custom = { organizations: [{ name: "Công ty Cổ phần Sách Ví Dụ", abbreviations: ["VDB"] }] };
        let found = 0;
        for await (const g of extractMany(texts, { concurrency: 2, workersAfter: 0, custom })) found += g.entities.filter((e) => e.name === "Công ty Cổ phần Sách Ví Dụ").length;
        await closeWorkers();
        console.log(found);
      })();`;
    const r = node([type, "-e", code]);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("100");
  });

  it("installs a working CLI", () => {
    const bin = path.join(dir, "node_modules", ".bin", "vn-entity-graph");
    const r = spawnSync(bin, ["--format", "csv"], { cwd: dir, input: TEXT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Nguyễn Thị Kim Tiến,Bộ trưởng Bộ Y tế,Bộ Y tế");
    const many = spawnSync(bin, ["--format", "jsonl", "--no-text", "--concurrency", "2", "--workers-after", "0"], { cwd: dir, input: `${JSON.stringify(TEXT)}\n`.repeat(50), encoding: "utf8" });
    expect(many.status).toBe(0);
    const lines = many.stdout.split("\n").slice(0, -1).map((l) => JSON.parse(l) as { text?: string; entities: unknown[] });
    expect(lines.length).toBe(50);
    expect(lines.every((g) => g.text === undefined && g.entities.length === 3)).toBe(true);
    expect(spawnSync(bin, ["--version"], { encoding: "utf8" }).stdout.trim()).toBe((JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version);
  });
});
