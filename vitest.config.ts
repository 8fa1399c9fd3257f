import { defineConfig } from "vitest/config";

// Two projects: "unit" is `npm test` (fast, no timing, no child processes beyond a few); "slow" is
// `npm run test:slow` (end-to-end CLI runs, worker threads from the build, long fuzzing), which
// .ci/run runs too. A file joins the slow project by its name: `*.slow.test.ts`.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/**/*.slow.test.ts"] } },
      { extends: true, test: { name: "slow", include: ["test/**/*.slow.test.ts"] } },
    ],
  },
});
