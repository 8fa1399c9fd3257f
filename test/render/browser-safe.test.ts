// The views and exports must run in a browser: nothing they import, directly or through other
// source files, may be a Node built-in or use Node's globals.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../../src");
const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm;
const NODE_GLOBALS = /\b(?:Buffer|process|require|__dirname|__filename|setImmediate)\b/;

/** Every source file reached from the render modules, with the bare (package) imports it makes. */
function closure(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = readdirSync(join(SRC, "render")).map((f) => join(SRC, "render", f));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const bare: string[] = [];
    seen.set(file, bare);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (spec!.startsWith(".")) queue.push(`${resolve(dirname(file), spec!)}.ts`);
      else bare.push(spec!);
    }
  }
  return seen;
}

describe("views and exports are browser-safe", () => {
  const files = closure();

  it("import no package but zod, and no Node built-in", () => {
    const packages = new Set([...files.values()].flat());
    expect([...packages]).toEqual(["zod"]);
  });

  it.each([...closure().keys()].map((f) => [f.slice(SRC.length + 1)]))("%s uses no Node global", (file) => {
    const code = readFileSync(join(SRC, file), "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    expect(code).not.toMatch(NODE_GLOBALS);
  });
});
