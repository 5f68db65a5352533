import { defineConfig } from "vitest/config";

// `npm run test:package`: publint + attw on the packed tarball, then Node ESM, Node CommonJS and TypeScript consumers
// that install it. Slow (a build, a pack, npm installs), hence not part of `npm test`.
const ciReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ["test/consumers/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    globalSetup: ["test/consumers/support/global-setup.ts"],
    testTimeout: 240_000,
    hookTimeout: 300_000,
    reporters: ciReport ? ["default", ["json", { outputFile: ciReport }]] : ["default"],
  },
});
