// examples/nextjs as a user ships it: the packed package installed into the example (its own lockfile, `npm ci` first,
// as .ci/run does), `next build` WITHOUT the API key, `next start` against the package's own `mock` command, and the
// page loaded in Debian's Chromium: every log shown, no console error, no failed request.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exec, packTarball, removeTemp, repoRoot } from "../consumers/support/pack.ts";

const example = join(repoRoot, "examples", "nextjs");
const bin = (name: string) => join(example, "node_modules", ".bin", name);
const customerId = "cus-nextjs-example";
const apiKey = "sk_live_nextjs_example_0123456789abcdef";
const SESSION_COOKIE = "example_session";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// The environment of every child: the caller's, without any COMPILOT_* setting, and no telemetry.
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("COMPILOT_")));
  return { ...clean, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** Spawns `command` in the example and resolves once its output matches `ready` (with the match). */
function start(command: string, args: string[], extra: Record<string, string>, ready: RegExp) {
  const child = spawn(command, args, { cwd: example, env: env(extra), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise<Started & { match: RegExpExecArray }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve({ child, output: () => output, match });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output}`)));
  });
}

const stop = (child: ChildProcess | undefined) =>
  new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });

let mock: Started | undefined;
let next: Started | undefined;
let browser: Browser | undefined;
let mockUrl = "";
let appUrl = "";
let buildOutput = "";
let packDir = "";
const temps: string[] = [];

beforeAll(async () => {
  if (!existsSync(bin("next")))
    throw new Error("examples/nextjs has no node_modules: run `npm ci` in examples/nextjs first (.ci/run does)");
  const { tarball, dir } = await packTarball();
  packDir = dir;
  // The packed package, as a user's install has it; --no-save keeps the example's package.json and lockfile as they are.
  await exec("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefer-offline", tarball], example);
  rmSync(join(example, ".next"), { recursive: true, force: true });
  // Built without the key, as a CI without production secrets builds it.
  const build = await exec(bin("next"), ["build"], example, 600_000).catch((error: Error) => {
    throw new Error(`next build failed without COMPILOT_API_KEY:\n${error.message}`);
  });
  buildOutput = build.stdout + build.stderr;
  mock = await start(
    bin("compilot-activity-logs"),
    ["mock", "--port", "0"],
    {},
    /Mock ComPilot API on (http:\/\/\S+) /,
  );
  mockUrl = (mock as Started & { match: RegExpExecArray }).match[1] ?? "";
  const port = await freePort();
  next = await start(
    bin("next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    { COMPILOT_API_KEY: apiKey, COMPILOT_BASE_URL: mockUrl },
    /Ready in/,
  );
  appUrl = `http://127.0.0.1:${port}`;
  const profile = mkdtempSync(join(tmpdir(), "compilot-chromium-"));
  temps.push(profile);
  browser = await puppeteer.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      `--user-data-dir=${profile}`,
    ],
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([stop(next?.child), stop(mock?.child)]);
  for (const dir of temps) removeTemp(dir);
  if (packDir) removeTemp(packDir);
});

describe("examples/nextjs, built without the key, in Chromium", { timeout: 300_000 }, () => {
  it("builds without COMPILOT_API_KEY: the proxy only warns", () => {
    expect(buildOutput).toContain("createActivityLogsProxy has no apiKey");
  });

  it("shows every log of the customer, with no console error and no failed request", async () => {
    const page = await (browser as Browser).newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warn")
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${String(error)}`));
    page.on("requestfailed", (request) =>
      problems.push(`failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ""}`),
    );
    page.on("response", (response) => {
      if (response.url().includes("/api/compilot/")) requests.push(response.url());
      if (response.status() >= 400) problems.push(`status ${response.status()}: ${response.url()}`);
    });
    await page.setCookie({ name: SESSION_COOKIE, value: customerId, url: appUrl });
    await page.goto(appUrl, { waitUntil: "networkidle0" });
    // The server's prefetch is in the HTML: the first page shows before any request of the browser.
    expect(requests).toEqual([]);
    for (;;) {
      const label = await page.$eval("button", (button) => button.textContent);
      if (label === "All loaded") break;
      await page.click("button:not([disabled])");
      await page.waitForFunction(
        (count) =>
          document.querySelectorAll("li").length > count ||
          document.querySelector("button")?.textContent === "All loaded",
        { timeout: 30_000 },
        await page.$$eval("li", (items) => items.length),
      );
    }
    // Let the last requests settle before reading what failed.
    await page.waitForNetworkIdle({ idleTime: 500 });
    const heading = await page.$eval("h1", (h1) => h1.textContent);
    const items = await page.$$eval("li", (list) => list.map((li) => li.textContent ?? ""));
    const history = (await (await fetch(`${mockUrl}/customers/${customerId}/activity-logs?limit=1000`)).json()) as {
      totalCount: number;
    };
    expect(heading).toBe(`${history.totalCount} of ${history.totalCount} activity logs`);
    expect(items).toHaveLength(history.totalCount);
    for (const item of items)
      expect(item).toMatch(
        /^(KYC step [A-Z_]+: [A-Z_]+|KYC session: [A-Z_]+|KYC: no event|Scenarios: .+ \(\d+ rules\))$/,
      );
    // Pages 2 on came through the proxy, from the browser.
    expect(requests.length).toBe(Math.ceil(history.totalCount / 20) - 1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("keeps the key on the server: 403 for another customer, none of the key in what the browser gets", async () => {
    const other = await fetch(`${appUrl}/api/compilot/customers/someone-else/activity-logs`, {
      headers: { cookie: `${SESSION_COOKIE}=${customerId}` },
    });
    expect(other.status).toBe(403);
    const html = await (await fetch(appUrl, { headers: { cookie: `${SESSION_COOKIE}=${customerId}` } })).text();
    expect(html).not.toContain(apiKey);
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(await (await fetch(new URL(src, appUrl))).text()).not.toContain(apiKey);
  });
});
