// The ESM declarations re-export the CommonJS ones: tsup writes each entry's declarations twice,
// dist/X.d.ts (for `import`) and dist/X.d.cts (for `require`), the same text but for the extension
// of our own modules they import ('./index.js' / './index.cjs'), and the package would carry both
// (gzip's 32 kB window cannot share two 54 kB files). An ESM declaration file may re-export a CommonJS
// one, as an ESM module may import a CommonJS one; zod, which the declarations import, ships one
// index.d.cts for both too. Checked by tsc (node16, nodenext, bundler, node10), publint --strict and
// @arethetypeswrong/cli (docs/performance.md, "Package size").
import fs from "node:fs";
import path from "node:path";

const dist = path.resolve(process.argv[2] ?? "dist");
let saved = 0;
for (const entry of ["index", "node"]) {
  const esm = path.join(dist, `${entry}.d.ts`);
  const cjs = path.join(dist, `${entry}.d.cts`);
  const a = fs.readFileSync(esm, "utf8");
  const b = fs.readFileSync(cjs, "utf8");
  // Only when the two say the same: else tsup changed what it writes, and this step must be looked at again.
  if (a !== b.replace(/(from '\.\/[\w-]+)\.cjs'/g, "$1.js'")) throw new Error(`share-dts: ${entry}.d.ts and ${entry}.d.cts differ by more than their imports' extensions`);
  const line = `export * from './${entry}.cjs';\n`;
  fs.writeFileSync(esm, line);
  saved += Buffer.byteLength(a) - Buffer.byteLength(line);
}
console.log(`share-dts: the .d.ts re-export the .d.cts (${(saved / 1024).toFixed(0)} kB less)`);
