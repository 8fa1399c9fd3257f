// Writes the compiled lexicon into dist/ as JSON (dist/lexicon.json) with a one-line CommonJS module
// that requires it (dist/lexicon.cjs), which both builds' chunks import (tsup.config.ts). require()
// parses a .json file with JSON.parse and compiles no code: a 500 KB string literal in a .cjs file
// took longer to compile than to parse, and Node's ESM loader also scanned all of it for export names.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(root, "src/generated/lexicon.json");
const dist = path.resolve(root, process.argv[2] ?? "dist");
if (!fs.existsSync(src)) throw new Error("emit-lexicon: src/generated/lexicon.json is missing: run `npm run build:data`");
fs.copyFileSync(src, path.join(dist, "lexicon.json"));
// `exports.NAME =`: the form Node's ESM loader reads named exports of a CommonJS file from.
fs.writeFileSync(path.join(dist, "lexicon.cjs"), '"use strict";\nexports.COMPILED_LEXICON = require("./lexicon.json");\n');
console.log(`emit-lexicon: dist/lexicon.json ${(fs.statSync(src).size / 1024).toFixed(0)} kB`);
