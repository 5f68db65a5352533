import { defineConfig } from "vitest/config";

// `npm run test:browser`: pages bundled from the packed tarball, in Debian's Chromium, Firefox ESR and WebKitGTK
// (test/browser/support/engines.ts); not part of `npm test`. BROWSER_ENGINES=chromium,firefox runs some engines.
const ciReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    globalSetup: ["test/consumers/support/global-setup.ts"],
    testTimeout: 240_000,
    hookTimeout: 300_000,
    reporters: ciReport ? ["default", ["json", { outputFile: ciReport }]] : ["default"],
  },
});
