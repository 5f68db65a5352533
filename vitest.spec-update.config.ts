import { defineConfig } from "vitest/config";

// `npm run test:spec-update`: `npm run spec:update` on a release the test makes, in a copy of the repository. It needs
// upstream/'s install (the package registry), as `npm run spec:upstream` does, so .ci/run runs it beside that step.
const ciReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ["test/spec-update/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    reporters: ciReport ? ["default", ["json", { outputFile: ciReport }]] : ["default"],
    typecheck: { enabled: false },
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
