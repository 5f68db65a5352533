import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// In CI, also write a JSON report so .ci/run can print the closing "N passed, N failed" line.
const ciReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // test/integration/ holds the tests that take seconds each: `npm run test:integration` runs them; test/spec-update/
    // needs the registry (`npm run test:spec-update`).
    exclude: [
      "**/node_modules/**",
      "test/browser/**",
      "test/consumers/**",
      "test/integration/**",
      "test/spec-update/**",
    ],
    reporters: ciReport ? ["default", ["json", { outputFile: ciReport }]] : ["default"],
    typecheck: { enabled: false },
    // vitest's default is one worker less than the cores: one worker on a 2-core machine, where most of a file's time is
    // spent importing (collect), not running. Two workers there take the suite from 85 s to 54 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    minWorkers: 1,
    // No test asserts on speed, so none may fail for being slow: vitest's 5 s default fails property tests and
    // child processes on a machine busy with other work. Tests that spawn or compile also set their own timeout.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
