/**
 * npm run size — the browser bundle of `import { extract, toHtml } from "vn-entity-graph"` as a user's
 * bundler makes it (esbuild, browser platform, minified, from the built dist/ through the package's
 * exports), its raw and gzip sizes and its biggest parts; fails when a budget is exceeded. Run after
 * `npm run build` (.ci/run does).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ENTRY = 'import { extract, toHtml } from "vn-entity-graph";\nconsole.log(toHtml(extract(document.body.innerText)));\n';

// Budgets, in bytes. Today (Dec 2026): 1,161 kB minified, 279 kB gzip, zod 95 kB. The generated
// lexicon is three quarters of the bundle and grows with every reviewed word list, so the totals
// keep ~15% headroom for data; a bigger jump is a new dependency or a lost tree-shake, to be decided
// on, not let through. zod has its own budget because one `import { z } from "zod"` in a core file
// (instead of `import * as z`) brings back all of it, 454 kB with its 40-odd locales.
const BUDGETS = { minified: 1_350_000, gzip: 320_000, zod: 150_000 };

/** Output bytes by origin: a package under node_modules, or the file itself. */
function byOrigin(meta: Metafile): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const inPackage = file.split("node_modules/").pop()!;
      const key = inPackage === file ? file : inPackage.split("/").slice(0, inPackage.startsWith("@") ? 2 : 1).join("/");
      sizes.set(key, (sizes.get(key) ?? 0) + bytesInOutput);
    }
  }
  return sizes;
}

async function bundle(contents: string): Promise<{ code: Uint8Array; meta: Metafile }> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    minify: true,
    metafile: true,
    write: false,
    logLevel: "error",
  });
  return { code: result.outputFiles[0]!.contents, meta: result.metafile };
}

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`.padStart(10);

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(ROOT, "dist/index.js"))) {
    console.error("dist/index.js is missing: run npm run build first");
    return 1;
  }
  const { code, meta } = await bundle(ENTRY);
  const sizes = { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, zod: byOrigin(meta).get("zod") ?? 0 };
  console.log('Browser bundle of `import { extract, toHtml } from "vn-entity-graph"` (esbuild --minify, from dist/):');
  console.log(`  minified ${kB(sizes.minified)}   budget ${kB(BUDGETS.minified)}`);
  console.log(`  gzip     ${kB(sizes.gzip)}   budget ${kB(BUDGETS.gzip)}`);
  console.log("Largest parts (minified):");
  for (const [origin, bytes] of [...byOrigin(meta)].sort((a, b) => b[1] - a[1]).slice(0, 4)) console.log(`  ${kB(bytes)}  ${origin}`);
  // dist/ holds the lexicon inside a code chunk: the same bundle made from src/ tells them apart.
  if (fs.existsSync(path.join(ROOT, "src/generated/lexicon.ts"))) {
    const fromSrc = byOrigin((await bundle(ENTRY.replace('"vn-entity-graph"', '"./src/index"'))).meta);
    const generated = [...fromSrc].filter(([f]) => f.startsWith("src/generated/")).reduce((n, [, b]) => n + b, 0);
    console.log(`  inside the chunk above, the generated lexicon and data (src/generated/): ${kB(generated).trim()}`);
  }
  const over = (Object.keys(BUDGETS) as (keyof typeof BUDGETS)[]).filter((k) => sizes[k] > BUDGETS[k]);
  for (const k of over) console.error(`OVER BUDGET: ${k} ${kB(sizes[k]).trim()} > ${kB(BUDGETS[k]).trim()}`);
  return over.length > 0 ? 1 : 0;
}

process.exitCode = await main();
