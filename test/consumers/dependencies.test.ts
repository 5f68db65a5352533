// What a consumer's `npm install compilot-activity-logs` brings: openapi-fetch and its helper, nothing else. The command
// still runs from that install (its libraries are bundled into dist/cli/, their licences beside them), and ./redis
// works once its optional peers (ioredis, rate-limiter-flexible) are installed.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startExportMock, type ExportMock } from "../../scripts/export-mock.ts";
import { startRedis, type TestRedis } from "../../scripts/redis-server.ts";
import { exec, installConsumer, removeTemp } from "./support/pack.ts";

const run = promisify(execFile);
const tarball = inject("tarball");
const fixtures = new URL(".", import.meta.url).pathname;
const apiKey = "sk_live_consumer_dependencies_0123456789";
const temps: string[] = [];

afterAll(() => temps.forEach(removeTemp));

const npx = (dir: string, args: string[], env: Record<string, string> = {}) =>
  run("npx", ["--no-install", "compilot-activity-logs", ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 120_000,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? -1,
      stdout: error.stdout ?? "",
      stderr: error.stderr ?? "",
    }),
  );

describe("a frontend's npm install compilot-activity-logs", () => {
  let dir = "";
  beforeAll(async () => {
    // With a lockfile, as a frontend project has one: the lockfile lists the whole tree.
    dir = mkdtempSync(join(tmpdir(), "compilot-consumer-"));
    temps.push(dir);
    cpSync(join(fixtures, "frontend"), dir, { recursive: true });
    await exec("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], dir);
  });

  it("installs openapi-fetch and its helper, and nothing else", () => {
    const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string; peer?: boolean }>;
    };
    const installed = Object.keys(lock.packages)
      .filter((path) => path !== "")
      .map((path) => path.replace(/^.*node_modules\//, ""))
      .sort();
    expect(installed).toEqual(["compilot-activity-logs", "openapi-fetch", "openapi-typescript-helpers"]);
    const onDisk = readdirSync(join(dir, "node_modules")).filter((name) => !name.startsWith("."));
    expect(onDisk.sort()).toEqual(["compilot-activity-logs", "openapi-fetch", "openapi-typescript-helpers"]);
  });

  it("runs the command from that install: its libraries are bundled, with their licences", async () => {
    const help = await npx(dir, ["export", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: compilot-activity-logs export \[options\]/);
    const cli = join(dir, "node_modules", "compilot-activity-logs", "dist", "cli");
    const licences = readFileSync(join(cli, "THIRD-PARTY-LICENSES.md"), "utf8");
    expect(licences).toMatch(/^## commander /m);
    // The progress display is the command's own (docs/decisions/export-progress.md): cli-progress is not bundled.
    expect(licences).not.toMatch(/^## (cli-progress|string-width) /m);
    expect(licences).toContain("Permission is hereby granted");
    // Nothing bundled that the licences file does not name: every bare import left is a peer, a dependency or Node's.
    for (const file of readdirSync(cli).filter((f) => f.endsWith(".mjs"))) {
      const imports = [...readFileSync(join(cli, file), "utf8").matchAll(/^import .* from "([^".][^"]*)";$/gm)].map(
        (m) => m[1],
      );
      for (const name of imports) expect(name, file).toMatch(/^(node:|openapi-fetch$|rate-limiter-flexible$)/);
    }
  });

  it("says what to install when --redis is asked for without ioredis and rate-limiter-flexible", async () => {
    const result = await npx(dir, ["export", "--customer", "a", "--redis", "redis://127.0.0.1:1"], {
      COMPILOT_API_KEY: apiKey,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("npm install ioredis rate-limiter-flexible");
  });
});

describe("./redis and export --redis, with the optional peers installed", () => {
  let dir = "";
  let redis: TestRedis;
  let api: ExportMock;
  beforeAll(async () => {
    [dir, redis, api] = await Promise.all([
      installConsumer(join(fixtures, "redis"), tarball, ["ioredis@6.0.0", "rate-limiter-flexible@11.4.0"]),
      startRedis(),
      startExportMock({ apiKey, customers: { "cus-a": 12 }, pageSize: 5 }),
    ]);
    temps.push(dir);
  });
  afterAll(async () => {
    await Promise.all([redis?.stop(), api?.close()]);
  });

  it("takes slots of one budget in Redis", async () => {
    const { stdout } = await exec(process.execPath, ["limiter.js", redis.url], dir);
    expect(stdout.trim()).toBe("acquired 5, keys set, ticket 5");
  });

  it("exports through the Redis budget from the installed command", async () => {
    const out = mkdtempSync(join(tmpdir(), "compilot-export-"));
    temps.push(out);
    const result = await npx(dir, ["export", "--customer", "cus-a", "--out", out, "--redis", redis.url], {
      COMPILOT_API_KEY: apiKey,
      COMPILOT_BASE_URL: api.url,
    });
    expect(result.stderr).not.toContain(apiKey);
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, "cus-a.jsonl"), "utf8").trim().split("\n")).toHaveLength(12);
  });
});
