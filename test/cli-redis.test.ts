// The export command's --redis: one budget in a real Redis (a redis-server this file starts), named by a digest of
// the key and never the key itself.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startExportMock, type ExportMock } from "../scripts/export-mock.ts";
import { startRedis, type TestRedis } from "../scripts/redis-server.ts";
import { compileCli, removeTempDirs, runCli, tempDir } from "./support/export-cli.ts";

const apiKey = "sk_cli_redis_key_0123456789abcdef";
let cli: string;
let redis: TestRedis;
let mock: ExportMock;

beforeAll(async () => {
  [cli, redis, mock] = await Promise.all([
    compileCli(),
    startRedis(),
    startExportMock({ apiKey, customers: { alice: 45, bob: 30 }, pageSize: 10 }),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([redis?.stop(), mock?.close()]);
  removeTempDirs();
});

describe("export --redis", { timeout: 120_000 }, () => {
  it("exports every log through the shared Redis budget and writes no key to Redis", async () => {
    const out = tempDir("redis-");
    const run = await runCli(cli, ["export", "--customer", "alice", "bob", "--out", out, "--redis", redis.url], {
      env: { COMPILOT_API_KEY: apiKey, COMPILOT_BASE_URL: mock.url },
    });
    expect(run.stderr).not.toContain(apiKey);
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, "alice.jsonl"), "utf8").trim().split("\n")).toHaveLength(45);
    expect(readFileSync(join(out, "bob.jsonl"), "utf8").trim().split("\n")).toHaveLength(30);
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys("*");
      // The budget is named by the key's digest (so every export with this key shares it, and another key gets its own),
      // and neither the limiter's keys nor their values hold the key.
      const budget = `export-${createHash("sha256").update(apiKey).digest("hex").slice(0, 16)}`;
      expect(keys).toContain(`compilot-activity-logs:${budget}:ticket`);
      for (const key of keys) {
        expect(key).not.toContain(apiKey.slice(0, 8));
        const type = await client.type(key);
        if (type === "string") expect(await client.get(key)).not.toContain(apiKey.slice(0, 8));
      }
    } finally {
      client.disconnect();
    }
  });

  it("refuses a URL that is not redis:// without echoing it", async () => {
    const run = await runCli(cli, ["export", "--customer", "a", "--redis", "http://user:hunter2@host"], {
      env: { COMPILOT_API_KEY: apiKey },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("must be a redis:// or rediss:// URL");
    expect(run.stderr).not.toContain("hunter2");
  });
});
