import { createReadStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockLog, startExportMock, type ExportMock } from "../../scripts/export-mock.ts";
import { compileCli, runCli, tempDir, removeTempDirs } from "../support/export-cli.ts";

afterAll(removeTempDirs);

// The budget: a customer of 200,000 logs keeps the process under 150 MB of resident memory (logs stream from
// the API to the file). A budget, not a timing: the figure is the peak RSS the process reports at exit. On Node 24,
// whose V8 doubled the young generation, the budget holds with the flag the README gives; without it, the export
// peaks where a bare fetch loop does (the README's Memory note).
const LOGS = 200_000;
const RSS_BUDGET = 150 * 1024 * 1024;
const NODE_24_FLAG = "--max-semi-space-size=8";
const nodeMajor = Number(process.versions.node.split(".")[0]);
const preload = fileURLToPath(new URL("../../scripts/max-rss-preload.mjs", import.meta.url));
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

async function countRecords(file: string): Promise<{ records: number; last: string[] }> {
  let records = 0;
  let last: string[] = [];
  for await (const record of createReadStream(file).pipe(parse({ from_line: 2 }))) {
    records += 1;
    last = record as string[];
  }
  return { records, last };
}

/** Exports `big` with `args` into a fresh directory; returns its peak RSS in bytes and the file written. */
async function exportBig(name: string, args: string[]): Promise<{ rss: number; file: string }> {
  const out = join(dir, name);
  const rssFile = join(dir, `${name}.rss`);
  const run = await runCli(cli, ["export", "--customer", "big", "--out", out, "--rate-limit", "400/24000", ...args], {
    env: { COMPILOT_API_KEY: apiKey, COMPILOT_BASE_URL: api.url, MAX_RSS_FILE: rssFile },
    nodeArgs: ["--import", preload, ...(nodeMajor >= 24 ? [NODE_24_FLAG] : [])],
  });
  expect(run.code, run.stderr).toBe(0);
  const rss = Number(readFileSync(rssFile, "utf8"));
  console.log(
    `export of ${LOGS} logs, ${args.join(" ")}: peak RSS ${(rss / 1024 / 1024).toFixed(1)} MB (budget 150 MB)`,
  );
  expect(rss).toBeGreaterThan(10 * 1024 * 1024);
  return { rss, file: join(out, `big.${args.includes("csv") ? "csv" : "jsonl"}`) };
}

describe("bounded memory", () => {
  it("tells Node 24 users the flag this test runs Node 24 with", () => {
    expect(readFileSync(new URL("../../README.md", import.meta.url), "utf8")).toContain(`NODE_OPTIONS=${NODE_24_FLAG}`);
  });

  for (const args of [
    ["--format", "jsonl"],
    ["--format", "jsonl", "--limit", "1000"],
  ]) {
    it(
      `exports a customer of 200,000 logs under 150 MB of RSS (${args.join(" ")}), every log in the file`,
      async () => {
        const { rss, file } = await exportBig(args.join("").replace(/\W/g, ""), args);
        expect(rss).toBeLessThan(RSS_BUDGET);
        const { lines, last } = await countLines(file);
        expect(lines).toBe(LOGS);
        expect(JSON.parse(last)).toEqual(mockLog("big", LOGS));
      },
      { timeout: 300_000 },
    );
  }

  it(
    "exports a customer of 200,000 logs under 150 MB of RSS as CSV, every log a record in history order",
    async () => {
      const { rss, file } = await exportBig("csv", ["--format", "csv"]);
      expect(rss).toBeLessThan(RSS_BUDGET);
      const { records, last } = await countRecords(file);
      expect(records).toBe(LOGS);
      expect([last[0], last[1], JSON.parse(last.at(-1) as string)]).toEqual([
        "big",
        String(LOGS),
        mockLog("big", LOGS),
      ]);
    },
    { timeout: 300_000 },
  );
});
