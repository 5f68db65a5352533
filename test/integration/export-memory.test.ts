import { createReadStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockLog, startExportMock, type ExportMock } from "../../scripts/export-mock.ts";
import { compileCli, runCli, tempDir, removeTempDirs } from "../support/export-cli.ts";

afterAll(removeTempDirs);

// The budget (issue 23): the export's peak RSS at most 1.25× that of a bare fetch-and-parse loop over the same pages on
// the same Node (scripts/bench/export-floor.mjs: fetch, JSON.parse, one JSON.stringify per log, two pages ahead), both
// run here side by side. A ratio, not a fixed figure: the runtime's own share moves with the Node line (Node 24's V8
// doubled the young generation; the README's NODE_OPTIONS tip lowers both).
const LOGS = 200_000;
const RATIO = 1.25;
const NODE_24_FLAG = "--max-semi-space-size=8";
const preload = fileURLToPath(new URL("../../scripts/max-rss-preload.mjs", import.meta.url));
const floorScript = fileURLToPath(new URL("../../scripts/bench/export-floor.mjs", import.meta.url));
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

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// Runs `script` (the command or the bare loop) over `big` into a fresh directory; returns its peak RSS in bytes.
async function peakRss(script: string, name: string, args: string[]): Promise<number> {
  const out = join(dir, name);
  const rssFile = join(dir, `${name}.rss`);
  const run = await runCli(script, ["export", "--customer", "big", "--out", out, ...args], {
    env: { COMPILOT_API_KEY: apiKey, COMPILOT_BASE_URL: api.url, MAX_RSS_FILE: rssFile },
    nodeArgs: ["--import", preload],
  });
  expect(run.code, run.stderr).toBe(0);
  const rss = Number(readFileSync(rssFile, "utf8"));
  expect(rss).toBeGreaterThan(10 * 1024 * 1024);
  return rss;
}

// A peak RSS moves by 10% and more from one run to the next (when the collector runs): each side is the median of
// three runs, so that one lucky or unlucky run of either side does not decide the ratio.
const RUNS = 3;
async function medianPeak(script: string, name: string, args: string[]): Promise<number> {
  const peaks: number[] = [];
  for (let run = 1; run <= RUNS; run++) peaks.push(await peakRss(script, `${name}-${run}`, args));
  return peaks.sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;
}

// The bare loop's peak at each page size, measured once per file.
const floors = new Map<number, Promise<number>>();
const floorAt = (limit: number) => {
  let floor = floors.get(limit);
  if (!floor) floors.set(limit, (floor = medianPeak(floorScript, `floor-${limit}`, ["--limit", String(limit)])));
  return floor;
};

/** Exports `big` with `args`; checks its peak RSS against the bare loop's on the same pages; returns the last file. */
async function exportBig(name: string, args: string[]): Promise<string> {
  const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : 100;
  const floor = await floorAt(limit);
  const rss = await medianPeak(cli, name, ["--rate-limit", "400/24000", ...args]);
  console.log(
    `export of ${LOGS} logs, ${args.join(" ")}: peak RSS ${mb(rss)}, a bare fetch loop on the same pages ${mb(floor)} (${(rss / floor).toFixed(2)}×, at most ${RATIO}×; medians of ${RUNS} runs each; Node ${process.versions.node})`,
  );
  expect(rss / floor).toBeLessThanOrEqual(RATIO);
  return join(dir, `${name}-${RUNS}`, `big.${args.includes("csv") ? "csv" : "jsonl"}`);
}

describe("bounded memory", () => {
  it("keeps the README's tip for Node 24 users who want a lower peak", () => {
    expect(readFileSync(new URL("../../README.md", import.meta.url), "utf8")).toContain(`NODE_OPTIONS=${NODE_24_FLAG}`);
  });

  for (const args of [
    ["--format", "jsonl"],
    ["--format", "jsonl", "--limit", "1000"],
  ]) {
    it(
      `exports a customer of 200,000 logs at most ${RATIO}× the peak RSS of a bare fetch loop (${args.join(" ")}), every log in the file`,
      async () => {
        const file = await exportBig(args.join("").replace(/\W/g, ""), args);
        const { lines, last } = await countLines(file);
        expect(lines).toBe(LOGS);
        expect(JSON.parse(last)).toEqual(mockLog("big", LOGS));
      },
      { timeout: 300_000 },
    );
  }

  it(
    `exports a customer of 200,000 logs as CSV at most ${RATIO}× the peak RSS of a bare fetch loop, every log a record in history order`,
    async () => {
      const file = await exportBig("csv", ["--format", "csv"]);
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
