#!/usr/bin/env node
// The package as a user of each JavaScript runtime gets it: `npm pack` of dist/, installed into an
// empty project, then an ESM import and a CommonJS require of vn-entity-graph that extract a
// sentence (person, title, organization, a solar and a lunar date) and read officeholders(), and
// extractMany on worker threads through vn-entity-graph/node, under every runtime given.
//
//   npm run check:runtimes         build, fetch Node 22 and 24, Bun and Deno from npm into
//                                  $TMPDIR/vn-entity-graph-runtimes (kept for the next run), check all
//   node scripts/check-runtimes.mjs [--fetch [dir]]     check dist/ as built; --fetch as above
//   BUN=/path/to/bun DENO=/path/to/deno node scripts/check-runtimes.mjs
//
// Runtimes are taken from env vars NODE20, NODE22, NODE24, BUN, DENO (a path to the binary), else
// `node`, `bun`, `deno` on PATH (each Node version once). Exits non-zero when a check fails.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const fetchDir = args[0] === "--fetch" ? path.resolve(args[1] ?? path.join(os.tmpdir(), "vn-entity-graph-runtimes")) : null;

/** npm packages of the runtimes' binaries for this platform, and the binary's path inside each. */
function runtimePackages() {
  const { platform, arch } = process;
  const glibc = platform === "linux" ? "-glibc" : "";
  const bunArch = arch === "arm64" ? "aarch64" : arch;
  return {
    NODE22: { spec: `node-${platform}-${arch}@22`, bin: `node_modules/node-${platform}-${arch}/bin/node` },
    NODE24: { spec: `node-${platform}-${arch}@24`, bin: `node_modules/node-${platform}-${arch}/bin/node` },
    BUN: { spec: `@oven/bun-${platform}-${bunArch}`, bin: `node_modules/@oven/bun-${platform}-${bunArch}/bin/bun` },
    DENO: { spec: `@deno/${platform}-${arch}${glibc}`, bin: `node_modules/@deno/${platform}-${arch}${glibc}/deno` },
  };
}

/** Installs the runtimes not given by env var into dir/<name> (each its own npm prefix, outside
 * this project and not its dependencies; kept for the next run), and points the env vars at them. */
function fetchRuntimes(dir) {
  for (const [name, { spec, bin }] of Object.entries(runtimePackages())) {
    if (process.env[name]) continue;
    const prefix = path.join(dir, name.toLowerCase());
    if (!fs.existsSync(path.join(prefix, bin))) {
      console.log(`fetching ${spec} into ${prefix}`);
      fs.mkdirSync(prefix, { recursive: true });
      execFileSync("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--no-save", spec], { stdio: ["ignore", "ignore", "inherit"] });
    }
    process.env[name] = path.join(prefix, bin);
  }
}

/** A binary's path from its env var, else its name when it is on PATH. */
function which(envVar, command) {
  if (process.env[envVar]) return process.env[envVar];
  const r = spawnSync(command, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? command : null;
}

function version(bin) {
  const r = spawnSync(bin, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.split("\n")[0].trim() : null;
}

/** The runtimes to check: Node by major version (whichever binary has it), Bun, Deno. */
function runtimes() {
  const found = [];
  const nodes = new Map();
  for (const v of ["NODE20", "NODE22", "NODE24"]) {
    const bin = which(v, "node");
    const ver = bin && version(bin);
    if (ver && !nodes.has(ver)) nodes.set(ver, bin);
  }
  for (const [ver, bin] of nodes) found.push({ name: `Node ${ver}`, kind: "node", run: (file) => [bin, [file]] });
  const bun = which("BUN", "bun");
  if (bun) found.push({ name: `Bun ${version(bun)}`, kind: "bun", run: (file) => [bun, [file]] });
  const deno = which("DENO", "deno");
  if (deno) found.push({ name: `Deno ${version(deno)?.split(" ")[1]}`, kind: "deno", run: (file) => [deno, ["run", "--allow-all", file]] });
  return found;
}

// One check of what a user does first: a sentence with a person, a title, an organization, a solar
// and a lunar date (the lunar calendar is a dependency the bundle must load the same way everywhere).
const TEXT = "Ngày 10/5/2017, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến phát biểu tại Hà Nội. Mùng 1 Tết Giáp Thìn, bà về quê.";
const CHECK = `
function check(m) {
  const g = m.extract(${JSON.stringify(TEXT)}, { referenceDate: "2017-06-01" });
  const seen = g.entities.map((e) => e.type + ":" + e.name + (e.type === "date" ? "=" + e.value : "")).sort().join(", ");
  const want = "date:2017-05-10=2017-05-10, date:2024-02-10=2024-02-10, location:Hà Nội, organization:Bộ Y tế, person:Nguyễn Thị Kim Tiến, position:Bộ trưởng Bộ Y tế";
  if (seen !== want) throw new Error("entities: " + seen);
  const rows = m.officeholders(g).map((r) => [r.person, r.position, r.organization, r.status].join(" | "));
  if (rows.join("\\n") !== "Nguyễn Thị Kim Tiến | Bộ trưởng Bộ Y tế | Bộ Y tế | current") throw new Error("officeholders: " + rows.join("; "));
  if (!m.EntityGraph.safeParse(g).success) throw new Error("the graph fails its schema");
  if (typeof m.toHtml(g) !== "string") throw new Error("toHtml");
}`;
const MANY = `
async function many(m) {
  const custom = { organizations: [{ name: "Công ty Cổ phần Sách Ví Dụ", abbreviations: ["VDB"] }] };
  const texts = Array.from({ length: 64 }, (_, i) => (i % 2 ? "VDB họp." : ${JSON.stringify(TEXT)}));
  let people = 0, orgs = 0;
  for await (const g of m.extractMany(texts, { concurrency: 2, workersAfter: 0, custom })) {
    people += g.entities.filter((e) => e.name === "Nguyễn Thị Kim Tiến").length;
    orgs += g.entities.filter((e) => e.name === "Công ty Cổ phần Sách Ví Dụ").length;
  }
  await m.closeWorkers();
  if (people !== 32 || orgs !== 32) throw new Error("extractMany: " + people + " people, " + orgs + " organizations of 32 each");
}`;
const FILES = {
  "esm.mjs": `import * as m from "vn-entity-graph";\n${CHECK}\ncheck(m);\nconsole.log("ok");\n`,
  "cjs.cjs": `const m = require("vn-entity-graph");\n${CHECK}\ncheck(m);\nconsole.log("ok");\n`,
  "many.mjs": `import * as m from "vn-entity-graph/node";\n${MANY}\nawait many(m);\nconsole.log("ok");\n`,
  "many.cjs": `const m = require("vn-entity-graph/node");\n${MANY}\nmany(m).then(() => console.log("ok"), (e) => { console.error(e); process.exit(1); });\n`,
};
const CLI = "node_modules/vn-entity-graph/dist/cli.js";
const CHECKS = [
  ["ESM import", "esm.mjs"],
  ["CommonJS require", "cjs.cjs"],
  ["extractMany (ESM, vn-entity-graph/node)", "many.mjs"],
  ["extractMany (CommonJS)", "many.cjs"],
  ["CLI --format csv", CLI, ["--format", "csv"]],
];
// The CLI's csv row of the holding (after the header line).
const CLI_ROW = "Nguyễn Thị Kim Tiến,Bộ trưởng Bộ Y tế,Bộ Y tế,current,,,,";

function packInto(dir) {
  if (!fs.existsSync(path.join(root, "dist", "index.js"))) throw new Error("no dist/: run npm run build first");
  const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
  const tarball = path.join(dir, JSON.parse(out)[0].filename);
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "user", private: true }));
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, name), text);
  markWorkerTasks(path.join(dir, "node_modules", "vn-entity-graph", "dist"));
}

// extractMany falls back to this thread when workers fail, with the same results: to know that
// worker threads did the work, the installed copy's worker entries (not the package) are made to
// note each task in the file VEG_WORKER_MARK names.
function markWorkerTasks(dist) {
  const mark = 'if (__process.env.VEG_WORKER_MARK) __fs.appendFileSync(__process.env.VEG_WORKER_MARK, "task\\n");';
  const patch = (file, from, to, prelude) => {
    const text = fs.readFileSync(path.join(dist, file), "utf8");
    if (!from.test(text)) throw new Error(`${file}: its default export (the worker task) was not found`);
    fs.writeFileSync(path.join(dist, file), prelude + text.replace(from, to));
  };
  // (The ESM copy's local names are shortened too: "task as p", "p as default"; the wrapper calls whatever name it has.)
  const esm = fs.readFileSync(path.join(dist, "worker.js"), "utf8");
  const local = /\b(\w+) as default\b/.exec(esm)?.[1] ?? "task";
  patch("worker.js", new RegExp(`\\b${local} as default\\b`), "__task as default", `import __fs from "node:fs"; import __process from "node:process"; function __task(...a) { ${mark} return ${local}(...a); }\n`);
  // Rollup writes each CommonJS export as a getter, Object.defineProperty(exports,"default",{enumerable:!0,get:function(){return chunk.task}}),
  // which scripts/minify-dist.mjs's keepNames wraps in its name helper (get:e(function(){return r.task},"get")).
  patch("worker.cjs", /function\(\)\{return (\w+)\.task\}/, `function(){return (...a) => { ${mark} return $1.task(...a); }}`, 'const __fs = require("node:fs"), __process = require("node:process");\n');
}

if (fetchDir) fetchRuntimes(fetchDir);
const found = runtimes();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "veg-runtimes-"));
let failed = 0;
try {
  packInto(dir);
  // Deno keeps its cache in the scratch project, not in the user's home.
  const env = { ...process.env, NO_COLOR: "1", DENO_DIR: path.join(dir, ".deno"), DENO_NO_UPDATE_CHECK: "1" };
  for (const rt of found) {
    for (const [what, file, extra = []] of CHECKS) {
      const [cmd, argv] = rt.run(file);
      argv.push(...extra);
      const marks = path.join(dir, `tasks-${found.indexOf(rt)}-${path.basename(file)}`);
      const r = spawnSync(cmd, argv, { cwd: dir, env: { ...env, VEG_WORKER_MARK: marks }, input: TEXT, encoding: "utf8", timeout: 180_000 });
      if (file === CLI && r.status === 0) r.stdout = r.stdout.split("\n")[1]?.startsWith(CLI_ROW) ? "ok" : `csv: ${r.stdout}`;
      const tasks = fs.existsSync(marks) ? fs.readFileSync(marks, "utf8").split("\n").length - 1 : 0;
      // extractMany must have run batches on worker threads, not only in this one.
      if (file.startsWith("many") && r.status === 0 && tasks === 0) r.stdout = "no batch ran on a worker thread";
      const ok = r.status === 0 && r.stdout.trim() === "ok";
      if (!ok) failed++;
      const why = ok ? "" : `: ${(r.error?.message ?? (r.stderr.trim() || r.stdout.trim())).split("\n").slice(0, 6).join(" / ")}`;
      console.log(`${ok ? "ok  " : "FAIL"} ${rt.name.padEnd(16)} ${what}${tasks ? ` (${tasks} batches on workers)` : ""}${why}`);
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`${found.length} runtimes (${found.map((r) => r.name).join(", ")}), ${failed} failed checks`);
process.exit(failed ? 1 : 0);
