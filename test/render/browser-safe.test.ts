// The views and exports, and the whole core entry (src/index.ts), must run in a browser: nothing
// they import, directly or through other source files, may be a Node built-in or use Node's globals.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../../src");
const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm;
const NODE_GLOBALS = /\b(?:Buffer|process|require|__dirname|__filename|setImmediate)\b/;

const RENDER = readdirSync(join(SRC, "render")).map((f) => join(SRC, "render", f));

/** Every source file reached from the given ones, with the bare (package) imports it makes. */
function closure(start: string[] = RENDER): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...start];
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

describe("the core entry is browser-safe (extractMany and its workers live in src/node.ts)", () => {
  const files = closure([join(SRC, "index.ts")]);

  it("imports no Node built-in and only the packages a browser bundle can take", () => {
    const packages = new Set([...files.values()].flat());
    expect([...packages].filter((p) => p.startsWith("node:") || !["zod", "@nghiavuive/lunar_date_vi"].includes(p))).toEqual([]);
    expect(files.has(join(SRC, "api/extract-many.ts"))).toBe(false);
  });

  it.each([...files.keys()].filter((f) => !f.includes("/generated/")).map((f) => [f.slice(SRC.length + 1)]))("%s uses no Node global", (file) => {
    const code = readFileSync(join(SRC, file), "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"/gm, ""); // comments and strings may name them
    expect(code).not.toMatch(NODE_GLOBALS);
  });
});
