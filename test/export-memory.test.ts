import { createReadStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockLog, startExportMock, type ExportMock } from "../scripts/export-mock.ts";
import { compileCli, runCli, tempDir, removeTempDirs } from "./support/export-cli.ts";

afterAll(removeTempDirs);

// The budget: a customer of 200,000 logs keeps the process under 150 MB of resident memory (logs stream from
// the API to the file). A budget, not a timing: the figure is the peak RSS the process reports at exit.
const LOGS = 200_000;
const RSS_BUDGET = 150 * 1024 * 1024;
const preload = fileURLToPath(new URL("../scripts/max-rss-preload.mjs", import.meta.url));
const apiKey = "sk_live_memory_key_0123456789";
let cli = "";
let api: ExportMock;
let dir = "";

beforeAll(async () => {
  cli = await compileCli();
  api = await startExportMock({ apiKey, customers: { big: LOGS } });
  dir = tempDir("memory-");
}, 120_000);

afterAll(() => api?.close());

async function countLines(file: string): Promise<{ lines: number; last: string }> {
  let lines = 0;
  let tail = "";
  for await (const chunk of createReadStream(file, { encoding: "utf8" })) {
    for (const char of chunk as string) if (char === "\n") lines += 1;
    tail = (tail + (chunk as string)).slice(-4096);
  }
  return { lines, last: tail.trimEnd().split("\n").at(-1) ?? "" };
}

describe("bounded memory", () => {
  it(
    "exports a customer of 200,000 logs under 150 MB of RSS, every log in the file",
    async () => {
      const rssFile = join(dir, "rss.txt");
      const run = await runCli(
        cli,
        ["export", "--customer", "big", "--out", join(dir, "out"), "--limit", "1000", "--rate-limit", "200/12000"],
        {
          env: { COMPILOT_API_KEY: apiKey, COMPILOT_BASE_URL: api.url, MAX_RSS_FILE: rssFile },
          nodeArgs: ["--import", preload],
        },
      );
      expect(run.code, run.stderr).toBe(0);
      const rss = Number(readFileSync(rssFile, "utf8"));
      console.log(`export of ${LOGS} logs: peak RSS ${(rss / 1024 / 1024).toFixed(1)} MB (budget 150 MB)`);
      expect(rss).toBeGreaterThan(10 * 1024 * 1024);
      expect(rss).toBeLessThan(RSS_BUDGET);
      const { lines, last } = await countLines(join(dir, "out", "big.jsonl"));
      expect(lines).toBe(LOGS);
      expect(JSON.parse(last)).toEqual(mockLog("big", LOGS));
    },
    { timeout: 300_000 },
  );
});
