import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", worker: "src/api/worker.ts" },
    format: ["esm", "cjs"],
    dts: { entry: { index: "src/index.ts" } },
    target: "es2022", // not "node20": esbuild then rewrites \p{…} regex literals as new RegExp(…) calls, rebuilt on every evaluation
    shims: true,
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
