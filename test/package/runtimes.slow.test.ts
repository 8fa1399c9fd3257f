// scripts/check-runtimes.mjs under the runtimes this machine has (the Node on PATH; Node 22/24,
// Bun and Deno too when NODE22, NODE24, BUN, DENO name them or bun/deno are on PATH): the packed
// package imported as ESM, required as CommonJS, extractMany with batches on worker threads, the CLI.
// `npm run check:runtimes` fetches the other runtimes first. Skipped without dist/ (npm run build).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const built = fs.existsSync(path.join(root, "dist", "node.js"));

describe.skipIf(!built)("the packed package under each runtime at hand", () => {
  it("passes every check (extractMany on worker threads in ESM and CommonJS)", () => {
    const r = spawnSync(process.execPath, [path.join(root, "scripts", "check-runtimes.mjs")], { cwd: root, encoding: "utf8", timeout: 600_000 });
    const lines = r.stdout.trim().split("\n");
    expect(lines.filter((l) => !l.startsWith("ok ")).slice(0, -1)).toEqual([]);
    expect(lines.at(-1)).toMatch(/, 0 failed checks$/);
    expect(lines.filter((l) => l.includes(`Node ${process.version} `) && l.includes("batches on workers"))).toHaveLength(2);
    expect(r.status).toBe(0);
  }, 600_000);
});
