/**
 * npx tsx scripts/check-gold.ts [DIRS or FILES…]   Checks that every stand-off gold file loads and
 * follows eval/CONVENTIONS.md (default: eval/dev, eval/test, eval/fresh, eval/fresh2, eval/fresh3, eval/fresh4, eval/fresh5, eval/fresh6, eval/fresh7, eval/fresh8). Exits 1 on any problem.
 */
import fs from "node:fs";
import path from "node:path";
import { checkGoldFile } from "./lib/gold-check";
import { repoRoot, sharedAvailable } from "./lib/gold";

if (!sharedAvailable()) {
  console.log("check-gold: ../shared/eval is absent; nothing to check");
  process.exit(0);
}
const args = process.argv.slice(2);
const targets = args.length ? args : ["dev", "test", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"].map((d) => path.join(repoRoot, "eval", d)).filter((d) => fs.existsSync(d));
const files = targets.flatMap((t) => (fs.statSync(t).isDirectory() ? fs.readdirSync(t).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(t, f)) : [t]));
let bad = 0;
for (const file of files) {
  const problems = checkGoldFile(file);
  if (problems.length === 0) continue;
  bad++;
  console.log(path.relative(process.cwd(), file));
  for (const p of problems) console.log(`  ${p}`);
}
console.log(`${files.length} gold file(s), ${bad} with problems`);
process.exit(bad ? 1 : 0);
