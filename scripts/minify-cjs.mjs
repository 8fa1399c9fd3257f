// Strips indentation and line breaks from what rollup adds to the CommonJS files (its require and
// export-getter statements, written one per line around the code esbuild already minified;
// tsup.config.ts), and shortens the CommonJS copy's local names: the package ships the code once per
// format and had outgrown its 400 kB budget (issue 15; 400.2 → 389.3 kB). keepNames keeps every
// function's name, so stack traces still name the functions (V8 reads the name property), and the
// graphs are the same on the 378 news texts. (dist/lexicon.cjs is written after this step, by
// scripts/emit-lexicon.mjs.)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const dir = process.argv[2] ?? "dist";
let before = 0;
let after = 0;
for (const name of readdirSync(dir)) {
  if (!name.endsWith(".cjs") || name === "lexicon.cjs") continue;
  const file = join(dir, name);
  const code = readFileSync(file, "utf8");
  // esbuild keeps a leading #! line; target es2022 as in tsup.config.ts, so \p{…} regexes stay literals.
  const out = transformSync(code, { loader: "js", format: "cjs", minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: true, keepNames: true, charset: "utf8", target: "es2022" }).code;
  writeFileSync(file, out);
  before += Buffer.byteLength(code);
  after += Buffer.byteLength(out);
}
console.log(`minify-cjs: ${(before / 1024).toFixed(0)} kB → ${(after / 1024).toFixed(0)} kB`);
