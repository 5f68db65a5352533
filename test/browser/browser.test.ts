import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import * as esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, expectTypeOf, inject, it } from "vitest";
import { startMockApiServer, type MockApiServer } from "../../scripts/mock-server.ts";
import {
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
  resetMockSequence,
} from "../../src/mock/factories.ts";
import type { ActivityLog } from "../../src/model/types.ts";
import { installConsumer, removeTemp } from "../consumers/support/pack.ts";
import { engines, missingBinaries, type Engine, type PageResult } from "./support/engines.ts";

// The pages are bundled once from the packed tarball and served from one origin; each engine loads the same pages.
// BROWSER_ENGINES=chromium,firefox narrows the matrix on a developer's machine; CI runs all three.
const tarball = inject("tarball");
const apiKey = "browser-test-key";
const customerId = "cus-browser";
const forbiddenCustomerId = "cus-someone-else";
const only = process.env["BROWSER_ENGINES"]?.split(",");
const matrix = engines.filter((spec) => only === undefined || only.includes(spec.name));

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

/** A web-standard handler, as `createActivityLogsProxy` from the installed `compilot-activity-logs/server` makes. */
type Proxy = (request: Request) => Promise<Response>;

interface PageServer {
  server: Server;
  url: string;
  /** Paths of the scripts served, in order (to see the validators chunk load on demand). */
  scripts: string[];
}

// node:http to web-standard Request (GET only: the proxy answers other methods itself, and these pages send none).
function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  return new Request(new URL(req.url ?? "/", origin), { method: req.method ?? "GET", headers });
}

// Origin A: serves the pages, their bundles and msw's worker script from `root`, and mounts the proxy under
// /api/compilot (the page's same-origin API, as a Next.js route handler would be).
async function startPageServer(root: string, proxy: Proxy): Promise<PageServer> {
  const scripts: string[] = [];
  let origin = "";
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://127.0.0.1");
    if (pathname.startsWith("/api/compilot/")) {
      proxy(toRequest(req, origin)).then(
        async (response) => {
          res.writeHead(response.status, Object.fromEntries(response.headers));
          res.end(Buffer.from(await response.arrayBuffer()));
        },
        () => res.writeHead(500).end(),
      );
      return;
    }
    const file = join(root, normalize(pathname === "/" ? "/index.html" : pathname));
    if (!file.startsWith(root) || !existsSync(file) || !(extname(file) in contentTypes)) {
      res.writeHead(404).end();
      return;
    }
    if (extname(file) === ".js") scripts.push(pathname);
    res.writeHead(200, { "content-type": contentTypes[extname(file)] ?? "text/plain" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url: origin, scripts };
}

let dir = "";
let site: PageServer | undefined;
let api: MockApiServer | undefined;

beforeAll(async () => {
  dir = await installConsumer(join(new URL(".", import.meta.url).pathname, "page"), tarball, [
    "msw@2.11.3",
    "@tanstack/query-core@5.104.0",
  ]);
  const www = join(dir, "www");
  // Bundled from the installed tarball; splitting keeps the validators in a chunk the page loads on demand.
  await esbuild.build({
    absWorkingDir: dir,
    entryPoints: ["main.js", "msw.js", "query.js"],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    outdir: www,
    logLevel: "silent",
  });
  for (const html of ["index.html", "msw.html", "query.html"]) copyFileSync(join(dir, html), join(www, html));
  copyFileSync(join(dir, "node_modules", "msw", "lib", "mockServiceWorker.js"), join(www, "mockServiceWorker.js"));
  api = await startMockApiServer({ logsByCustomer: { [customerId]: history() }, apiKey });
  // The proxy as a user installs it: the packed tarball's server entry, holding the key the page never sees.
  const { createActivityLogsProxy } = (await import(
    join(dir, "node_modules", "compilot-activity-logs", "dist", "server.mjs")
  )) as { createActivityLogsProxy: (options: object) => Proxy };
  const upstream = api.url;
  const proxy = createActivityLogsProxy({
    apiKey,
    baseUrl: upstream,
    authorize: (_request: Request, customer: string) => customer !== forbiddenCustomerId,
  });
  site = await startPageServer(www, proxy);
}, 300_000);

afterAll(async () => {
  await api?.close();
  await new Promise<void>((resolve) => (site ? site.server.close(() => resolve()) : resolve()));
  if (dir) removeTemp(dir);
});

describe.each(matrix)("$label", (spec) => {
  let engine: Engine | undefined;
  let launchError: unknown;

  beforeAll(async () => {
    // A missing browser fails the tests below (not this hook, which vitest would report as skips).
    if (missingBinaries(spec).length > 0) return;
    engine = await spec.launch().catch((error: unknown) => {
      launchError = error;
      return undefined;
    });
  }, 120_000);

  afterAll(async () => {
    await engine?.close();
  });

  function ready(): { engine: Engine; site: PageServer; api: MockApiServer } {
    expect(missingBinaries(spec), `not installed: run ${spec.install} (.ci/run does)`).toEqual([]);
    expect(launchError, `${spec.name} failed to start`).toBeUndefined();
    if (!engine || !site || !api) throw new Error("set-up failed");
    return { engine, site, api };
  }

  it("renders narrowed logs fetched across origins by the bundled package", async () => {
    const { engine, site, api } = ready();
    expect(new URL(site.url).origin).not.toBe(new URL(api.url).origin);
    const requestsBefore = api.requestCount;
    site.scripts.length = 0;
    const query = new URLSearchParams({ api: api.url, key: apiKey, customer: customerId });
    const result: PageResult = await engine.run(`${site.url}/?${query}`);

    expect(result.lines).toEqual([
      `origin ${site.url}`,
      "kyc step PROOF_OF_ADDRESS REJECTED",
      "kyc session bob APPROVED",
      "kyc without event",
      "scenarios valid: Customer:Customer/identityData/nationality $nin PRK,IRN,SYR -> valid; country $eq FR -> valid",
      "logs 4",
      "ApiError 404 NOT_FOUND",
    ]);
    expect(result.state).toBe("done");
    // Strict validation made the page load the validators chunk on demand, after main.js.
    expect(site.scripts[0]).toBe("/main.js");
    expect(site.scripts.length).toBeGreaterThan(1);
    // 2 pages of 2 logs, the empty check is not needed (totalCount), plus the 404.
    expect(api.requestCount - requestsBefore).toBe(3);
    expectTypeOf(result.lines).toEqualTypeOf<string[]>();
  }, 120_000);

  it("serves the kit's handlers from msw/browser's service worker", async () => {
    const { engine, site, api } = ready();
    const requestsBefore = api.requestCount;
    const result = await engine.run(`${site.url}/msw.html`);

    expect(result.lines).toEqual([
      "worker controls the page",
      "kyc 2, scenarios 1",
      "unknown customer: ApiError 404",
      "wrong key: ApiError 401",
    ]);
    expect(result.state).toBe("done");
    expect(site.scripts).toContain("/mockServiceWorker.js");
    // Nothing reached a real server: the worker answered every call.
    expect(api.requestCount).toBe(requestsBefore);
  }, 120_000);

  it("runs TanStack Query's option factories through the same-origin proxy, the key staying on the server", async () => {
    const { engine, site, api } = ready();
    const requestsBefore = api.requestCount;
    const query = new URLSearchParams({ customer: customerId, forbidden: forbiddenCustomerId });
    const result = await engine.run(`${site.url}/query.html?${query}`);

    expect(result.lines).toEqual([
      "page 1: 2 of 4, kyc 2",
      "cached: true",
      "infinite: 2 pages, 4 logs",
      "forbidden: ApiError 403",
    ]);
    expect(result.state).toBe("done");
    // One page, then the two pages of the infinite query; the forbidden customer never reached the API.
    expect(api.requestCount - requestsBefore).toBe(3);
    // The key lives in the proxy: no served script contains it.
    for (const script of new Set(site.scripts)) {
      const text = await (await fetch(`${site.url}${script}`)).text();
      expect(text, script).not.toContain(apiKey);
    }
  }, 120_000);
});
