import { defineConfig } from "tsup";

export default defineConfig([
  {
    // index: the core (no Node built-ins: browsers, bundlers, Deno, Bun); node: the core plus
    // extractMany and its worker pool; worker: the pool's thread.
    entry: { index: "src/index.ts", node: "src/node.ts", worker: "src/api/worker.ts" },
    format: ["esm", "cjs"],
    dts: { entry: { index: "src/index.ts", node: "src/node.ts" } },
    target: "es2022", // not "node20": esbuild then rewrites \p{…} regex literals as new RegExp(…) calls, rebuilt on every evaluation
    // No shims: tsup hoists its __filename shim (which imports "path" and "url") into the chunk the
    // core shares, and a browser bundle then fails. extractMany finds its worker file without it
    // (__filename in CommonJS, import.meta.url in ESM).
    shims: false,
    clean: false,
    sourcemap: false,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "es2022", // not "node20": esbuild then rewrites \p{…} regex literals as new RegExp(…) calls, rebuilt on every evaluation
    shims: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
