import path from "node:path";
import { defineConfig, type Options } from "tsup";
// @ts-expect-error: a plain .mjs list, no declarations (this file is not type-checked by tsc -p .)
import { SHARED_JSON } from "./scripts/shared-json.mjs";

// One copy of the code per module format: the entries of a format share their chunks (the CLI and
// the worker import the library's code, they do not carry their own). The compiled lexicon, the
// largest part by far, is one file for both formats, dist/lexicon.json, behind a one-line
// dist/lexicon.cjs that requires it (scripts/emit-lexicon.mjs, after tsup): CommonJS requires that,
// and ESM imports it (Node and every bundler read a CommonJS module from ESM).
// The run-time data tables (linking cues, office rules, date words) ship the same way: dist/link-data.json and
// dist/date-data.json behind link-data.cjs and date-data.cjs, once for both formats (scripts/shared-json.mjs).
const GENERATED = path.resolve("src/generated");
const SHARED = new Set(SHARED_JSON.map(([name]) => name));
const sharedLexicon: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "shared-lexicon",
  setup(build) {
    build.onResolve({ filter: /generated\/[a-z-]+$/ }, (args) => {
      const name = path.basename(args.path);
      return path.dirname(path.resolve(args.resolveDir, args.path)) === GENERATED && SHARED.has(name) ? { path: `./${name}.cjs`, external: true } : undefined;
    });
  },
};

const common: Options = {
  target: "es2022", // not "node20": esbuild then rewrites \p{…} regex literals as new RegExp(…) calls, rebuilt on every evaluation
  // No shims: tsup hoists its __filename shim (which imports "path" and "url") into the chunk the
  // core shares, and a browser bundle then fails. extractMany finds its worker file without it
  // (__filename in CommonJS, import.meta.url in ESM).
  shims: false,
  splitting: true,
  clean: false,
  sourcemap: false,
  esbuildPlugins: [sharedLexicon],
  // CommonJS with splitting is made from ESM, which would leave import.meta in a .cjs chunk (a
  // syntax error there); extractMany reads __filename in CommonJS anyway.
  // UTF-8 output: Vietnamese letters as themselves, not \uXXXX escapes (6 bytes each).
  esbuildOptions(options, { format }) {
    options.charset = "utf8";
    if (format === "cjs") options.define = { ...options.define, "import.meta.url": "undefined" };
    // Code without indentation and line breaks, and with esbuild's syntax shortenings (names stay,
    // so stack traces still name the functions), to keep the package within its budget
    // (test/package/tarball.slow.test.ts). Rollup's own CommonJS wrapping (below) is shortened after
    // the build by scripts/minify-dist.mjs (which also shortens the local names of both copies).
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
  // The .d.ts of both entries. The public shapes are declared as types with doc comments (src/schema),
  // which the .d.ts keeps, so editors show each field's doc; the zod .describe() texts are copied from them.
  dts: { entry: { index: "src/index.ts", node: "src/node.ts" } },
};

// index: the core (no Node built-ins: browsers, bundlers, Deno, Bun); node: the core plus
// extractMany and its worker pool; worker: the pool's thread; cli: the command line (its #!
// line is main.ts's own). The CommonJS cli.cjs is left out of the package ("files").
const entry = { index: "src/index.ts", node: "src/node.ts", worker: "src/api/worker.ts", cli: "src/cli/main.ts" };

export default defineConfig([
  { ...common, entry, format: ["esm"] },
  // CommonJS through rollup (treeshake), not through tsup's default CommonJS-with-splitting pass: that
  // pass (sucrase) rewrites every `?.` and `??` into calls of helpers taking closures
  // (_optionalChain([a, "access", (_) => _.b])), and the CommonJS build then ran 2.2× slower than the
  // ESM one (2080 against 940 ms a corpus pass) and was 57 kB larger. Rollup keeps the syntax as written.
  { ...common, entry, format: ["cjs"], treeshake: true },
]);
