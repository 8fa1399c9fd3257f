// Writes the compiled lexicon and the run-time data tables into dist/ as JSON (dist/lexicon.json,
// dist/link-data.json, dist/date-data.json), each with a one-line CommonJS module that requires it
// (dist/lexicon.cjs …), which both builds' chunks import (tsup.config.ts): one copy for ESM and CommonJS.
// require() parses a .json file with JSON.parse and compiles no code: a 500 KB string literal in a .cjs file
// took longer to compile than to parse, and Node's ESM loader also scanned all of it for export names.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SHARED_JSON } from "./shared-json.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.resolve(root, process.argv[2] ?? "dist");
for (const [name, exported] of SHARED_JSON) {
  const src = path.join(root, "src/generated", `${name}.json`);
  if (!fs.existsSync(src)) throw new Error(`emit-lexicon: src/generated/${name}.json is missing: run \`npm run build:data\``);
  fs.copyFileSync(src, path.join(dist, `${name}.json`));
  // `exports.NAME =`: the form Node's ESM loader reads named exports of a CommonJS file from.
  fs.writeFileSync(path.join(dist, `${name}.cjs`), `"use strict";\nexports.${exported} = require("./${name}.json");\n`);
  console.log(`emit-lexicon: dist/${name}.json ${(fs.statSync(src).size / 1024).toFixed(0)} kB`);
}
