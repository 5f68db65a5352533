import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import * as esbuild from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, expectTypeOf, inject, it } from "vitest";
import { startMockApiServer, type MockApiServer } from "../../scripts/mock-server.ts";
import {
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
  resetMockSequence,
} from "../../src/mock/factories.ts";
import type { ActivityLog } from "../../src/types.ts";
import { installConsumer, removeTemp } from "../consumers/support/pack.ts";

// Debian's Chromium (`apt-get install chromium`), never a browser download.
const executablePath = "/usr/bin/chromium";
const launchArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];
const tarball = inject("tarball");
const apiKey = "browser-test-key";
const customerId = "cus-browser";

function history(): ActivityLog[] {
  resetMockSequence();
  return [
    makeKycProviderEventLog({ data: { event: { type: "PROOF_OF_ADDRESS", status: "REJECTED" } } }),
    makeKycProviderEventLog({ data: { event: { alias: "bob", status: "APPROVED" } } }),
    makeKycProviderEventLog({ data: { event: null } }),
    makeScenarioExecutionLog({
      data: {
        executions: [
          makeScenarioExecution({
            rules: [
              makeRuleExecution(),
              makeRuleExecution({ rule_data: { attribute: "country", operator: "$eq", value: "FR" } }),
            ],
          }),
        ],
      },
    }),
  ];
}

const contentTypes: Record<string, string> = { ".html": "text/html", ".js": "text/javascript" };

// Origin A: serves the page and its bundle (and nothing else) from `root`.
async function startPageServer(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = join(root, normalize(pathname === "/" ? "/index.html" : pathname));
    if (!file.startsWith(root) || !existsSync(file) || !(extname(file) in contentTypes)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": contentTypes[extname(file)] ?? "text/plain" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("browser (Debian Chromium, headless)", () => {
  let dir = "";
  let site: Awaited<ReturnType<typeof startPageServer>> | undefined;
  let api: MockApiServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // A missing browser fails the test below (not the hook, which vitest would report as a skip).
    if (!existsSync(executablePath)) return;
    dir = await installConsumer(join(new URL(".", import.meta.url).pathname, "page"), tarball);
    const www = join(dir, "www");
    // Bundled from the installed tarball; splitting keeps the validators in a chunk the page loads on demand.
    await esbuild.build({
      absWorkingDir: dir,
      entryPoints: ["main.js"],
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      outdir: www,
      logLevel: "silent",
    });
    copyFileSync(join(dir, "index.html"), join(www, "index.html"));
    site = await startPageServer(www);
    api = await startMockApiServer({ logsByCustomer: { [customerId]: history() }, apiKey });
    browser = await chromium.launch({ executablePath, args: launchArgs });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await new Promise<void>((resolve) => (site ? site.server.close(() => resolve()) : resolve()));
    if (dir) removeTemp(dir);
  });

  it("renders narrowed logs fetched across origins by the bundled package", async () => {
    expect(
      existsSync(executablePath),
      `${executablePath} is missing: install Debian's Chromium (apt-get install -y chromium; .ci/run does)`,
    ).toBe(true);
    if (!browser || !site || !api) throw new Error("set-up failed");
    expect(new URL(site.url).origin).not.toBe(new URL(api.url).origin);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    const query = new URLSearchParams({ api: api.url, key: apiKey, customer: customerId });
    await page.goto(`${site.url}/?${query}`);
    await page.locator('#status:not([data-state="loading"])').waitFor({ timeout: 30_000 });
    const text = await page.locator("#out").innerText();
    const state = await page.locator("#status").getAttribute("data-state");
    await page.close();

    expect(text.trim().split("\n")).toEqual([
      `origin ${site.url}`,
      "kyc step PROOF_OF_ADDRESS REJECTED",
      "kyc session bob APPROVED",
      "kyc without event",
      "scenarios valid: Customer:Customer/identityData/nationality $nin PRK,IRN,SYR -> valid; country $eq FR -> valid",
      "logs 4",
      "ApiError 404 NOT_FOUND",
    ]);
    expect(state).toBe("done");
    // Strict validation made the page load the validators chunk on demand, after main.js.
    expect(scripts[0]).toBe("/main.js");
    expect(scripts.length).toBeGreaterThan(1);
    // The 404 of the last call is the browser's own console report of a failed fetch; nothing else may appear.
    expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
    // 2 pages of 2 logs, the empty check is not needed (totalCount), plus the 404.
    expect(api.requestCount).toBe(3);
    expectTypeOf(text).toBeString();
  });
});
