// Shortens the local names of the built code, both copies (CommonJS and ESM), and strips the
// indentation and line breaks rollup adds to the CommonJS files (its require and export-getter
// statements, written one per line around the code esbuild already minified; tsup.config.ts): the
// package ships the code once per format and had outgrown its 400 kB budget (issue 15; CommonJS
// 400.2 → 389.3 kB on 2026-12-07; the ESM copy too on 2026-12-08, 399.8 → about 391 kB, when the
// night's rules had filled the margin). keepNames keeps every function's name, so stack traces still
// name the functions (V8 reads the name property); exported names are not touched. The graphs are
// the same on the 378 news texts (scripts/check-runtimes.mjs, test/package). (dist/lexicon.cjs is
// written after this step, by scripts/emit-lexicon.mjs.)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const dir = process.argv[2] ?? "dist";
let before = 0;
let after = 0;
for (const name of readdirSync(dir)) {
  const format = name.endsWith(".cjs") ? "cjs" : name.endsWith(".js") ? "esm" : undefined;
  if (!format || name === "lexicon.cjs") continue;
  const file = join(dir, name);
  const code = readFileSync(file, "utf8");
  // esbuild keeps a leading #! line; target es2022 as in tsup.config.ts, so \p{…} regexes stay literals.
  const out = transformSync(code, { loader: "js", format, minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: true, keepNames: true, charset: "utf8", target: "es2022" }).code;
  writeFileSync(file, out);
  before += Buffer.byteLength(code);
  after += Buffer.byteLength(out);
}
console.log(`minify-dist: ${(before / 1024).toFixed(0)} kB → ${(after / 1024).toFixed(0)} kB`);
