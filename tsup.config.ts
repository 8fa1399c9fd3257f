import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", worker: "src/api/worker.ts" },
    format: ["esm", "cjs"],
    dts: { entry: { index: "src/index.ts" } },
    target: "node20",
    shims: true,
    clean: false,
    sourcemap: false,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    shims: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
