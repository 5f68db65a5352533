import { defineConfig } from "vitest/config";

// `npm run test:integration`: the tests that take seconds each (real child processes, real redis-server minute
// windows, large exports, framework builds). Kept out of `npm test` so a contributor's suite stays quick; .ci/run runs both.
const ciReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ["test/integration/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    reporters: ciReport ? ["default", ["json", { outputFile: ciReport }]] : ["default"],
    typecheck: { enabled: false },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
