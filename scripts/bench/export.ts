// The export command's benchmark rows (issue 16), standalone: `npx tsx scripts/bench/export.ts`.
//   1. 100 customers × 5 pages against a mock that allows 15 calls a second (429 beyond): the wall time of the real
//      command (compiled, a child process) against the floor of 500 requests / 15 per second; goal within 10%.
//   2. The peak RSS of the command exporting one customer of 200,000 logs, at pages of 100 and 1,000, beside a bare
//      fetch loop's on the same pages on the same Node (export-floor.mjs, the runtime's own); goal at most 1.25× it.
// The mock runs in this process, the command in its own, so the figures are the command's.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli } from "../build-cli.ts";
import { startExportMock } from "../export-mock.ts";
import { isMain } from "../is-main.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const apiKey = "sk_bench_export_key_0123456789";
const preload = join(root, "scripts/max-rss-preload.mjs");
const floorScript = join(root, "scripts/bench/export-floor.mjs");

/** The bench's shape: customers × pages at the server's rate, each answer after `latencyMs`. */
export const EXPORT_BENCH = { customers: 100, pages: 5, pageSize: 20, perSecond: 15, latencyMs: 50 } as const;

/** One printed row. */
export interface ExportRow {
  figure: string;
  value: string;
  goal: string;
  met: boolean;
}

// Runs the compiled command; resolves with its wall time in ms (spawn to exit) and its peak RSS in bytes.
function runCommand(cli: string, args: string[], baseUrl: string): Promise<{ ms: number; rss: number; code: number }> {
  const dir = mkdtempSync(join(tmpdir(), "export-bench-"));
  const rssFile = join(dir, "rss");
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", preload, cli, "export", ...args, "--out", join(dir, "out")], {
      env: {
        PATH: process.env["PATH"] ?? "",
        COMPILOT_API_KEY: apiKey,
        COMPILOT_BASE_URL: baseUrl,
        MAX_RSS_FILE: rssFile,
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      const rss = Number(readFileSync(rssFile, "utf8"));
      rmSync(dir, { recursive: true, force: true });
      resolve({ ms, rss, code: code ?? 1 });
    });
  });
}

/** Runs both rows and prints them. */
export async function benchExport(): Promise<ExportRow[]> {
  const cli = await buildCli(join(root, ".bench/export-cli.mjs"));
  const rows: ExportRow[] = [];
  const print = (row: ExportRow) => {
    rows.push(row);
    console.log(`  ${row.figure}: ${row.value}  goal ${row.goal}: ${row.met ? "met" : "MISSED"}`);
  };

  const { customers, pages, pageSize, perSecond, latencyMs } = EXPORT_BENCH;
  const ids = Array.from({ length: customers }, (_, i) => `cus-${String(i).padStart(3, "0")}`);
  const mock = await startExportMock({
    apiKey,
    customers: Object.fromEntries(ids.map((id) => [id, pages * pageSize])),
    perSecond,
    latencyMs,
  });
  console.log(
    `export (${customers} customers × ${pages} pages, a server allowing ${perSecond} calls/s, ${latencyMs} ms per answer)`,
  );
  try {
    // The per-minute cap is lifted to 60 × 15: the floor is the per-second one, as the server enforces.
    const args = ["--customer", ...ids, "--limit", String(pageSize), "--rate-limit", `${perSecond}`, "--quiet"];
    const { ms, code } = await runCommand(cli, args, mock.url);
    const requests = customers * pages;
    const floor = (requests / perSecond) * 1000;
    if (code !== 0 || mock.served !== requests)
      throw new Error(`export exited ${code} after ${mock.served} of ${requests} pages`);
    print({
      figure: `${customers} customers × ${pages} pages at ${perSecond} calls/s`,
      value: `${(ms / 1000).toFixed(1)} s vs the floor of ${requests} / ${perSecond} = ${(floor / 1000).toFixed(1)} s, ${(ms / floor).toFixed(3)}× (${mock.throttled} throttled)`,
      goal: "≤ 1.10× the floor, none throttled",
      met: ms <= floor * 1.1 && mock.throttled === 0,
    });
  } finally {
    await mock.close();
  }

  const logs = 200_000;
  const big = await startExportMock({ apiKey, customers: { big: logs } });
  try {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    for (const limit of [100, 1000]) {
      const { rss, code } = await runCommand(
        cli,
        ["--customer", "big", "--limit", String(limit), "--rate-limit", "400", "--quiet"],
        big.url,
      );
      if (code !== 0) throw new Error(`export of ${logs} logs exited ${code}`);
      // The same export by a bare fetch loop (export-floor.mjs), side by side: the runtime's own peak.
      const floor = await runCommand(floorScript, ["--customer", "big", "--limit", String(limit)], big.url);
      if (floor.code !== 0) throw new Error(`the bare loop exited ${floor.code}`);
      print({
        figure: `peak RSS, one customer of ${logs.toLocaleString("en")} logs (pages of ${limit.toLocaleString("en")})`,
        value: `${mb(rss)}; a bare fetch loop on the same pages: ${mb(floor.rss)} (${(rss / floor.rss).toFixed(2)}×)`,
        goal: `≤ 1.25× the bare loop (Node ${process.versions.node})`,
        met: rss <= floor.rss * 1.25,
      });
    }
  } finally {
    await big.close();
  }
  return rows;
}

if (isMain(import.meta.url)) await benchExport();
