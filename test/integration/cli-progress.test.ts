import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startExportMock, type ExportMock } from "../../scripts/export-mock.ts";
import { compileCli, tempDir, removeTempDirs } from "../support/export-cli.ts";

afterAll(removeTempDirs);

const run = promisify(execFile);
const apiKey = "sk_live_progress_key_0123456789";
let cli = "";
let api: ExportMock;

beforeAll(async () => {
  cli = await compileCli();
  api = await startExportMock({ apiKey, customers: { "cus-a": 120, "cus-b": 200, "cus-c": 60 }, latencyMs: 40 });
}, 120_000);

afterAll(() => api?.close());

// Runs the command on a pseudo-terminal (util-linux `script`), as a person at a terminal would; returns what the
// terminal received, and the exit code.
async function onTerminal(args: string[]): Promise<{ screen: string; code: number }> {
  const command = [process.execPath, cli, "export", ...args].map((a) => `'${a}'`).join(" ");
  try {
    const { stdout } = await run("script", ["-qec", command, "/dev/null"], {
      env: {
        PATH: process.env["PATH"] ?? "",
        COMPILOT_API_KEY: apiKey,
        COMPILOT_BASE_URL: api.url,
        TERM: "xterm",
        // A terminal narrower than the failure line.
        COLUMNS: "80",
      },
      timeout: 120_000,
    });
    return { screen: stdout, code: 0 };
  } catch (error) {
    const e = error as { stdout?: string; code?: number };
    return { screen: e.stdout ?? "", code: e.code ?? -1 };
  }
}

describe("progress on a terminal", { timeout: 120_000 }, () => {
  it("draws a live bar per customer and one overall (logs of totalCount, rate, ETA), then the failures and a summary", async () => {
    const dir = tempDir("progress-");
    const { screen, code } = await onTerminal([
      "--customer",
      "cus-a",
      "cus-b",
      "cus-c",
      "missing",
      "--out",
      dir,
      "--limit",
      "10",
    ]);
    expect(code).toBe(1);
    expect(screen).toMatch(/all \(\d\/4 customers\)\s+[█░]{24} \d+\/\d+ logs \| \d+ logs\/s \| ETA (\d+s|\?)/);
    // The overall total is every customer's, from the first page of those not started yet too: 120 + 200 + 60 + 0.
    expect(screen).toMatch(/all \(\d\/4 customers\)\s+[█░]{24} \d+\/380 logs \| \d+ logs\/s \| ETA \d+s/);
    expect(screen).not.toMatch(/all \(\d\/4 customers\)\s+[█░]{24} \d+\/(?!380\b)\d+ logs/);
    expect(screen).toMatch(/cus-b\s+[█░]{24} \d+\/200 logs \| \d+ logs\/s \| ETA \d+s/);
    // Before page 1 answers, the size is not known: "?", not a full bar of 0/0.
    expect(screen).toMatch(/0\/\? logs/);
    // Printed whole, wider than the terminal: line wrap is never turned off.
    expect(screen).toContain(
      'failed missing: ApiError 404 NOT_FOUND: Request failed with status 404 (NOT_FOUND) "Not found": GET /customers/missing/activity-logs?currentPage=1&limit=10\r\n',
    );
    expect(screen).not.toContain("\x1b[?7l");
    expect(screen).toMatch(/done: 4 customers \(3 exported, 1 failed\), 380 logs in/);
    // A terminal gets no per-customer "exported" lines: the bars say it.
    expect(screen).not.toContain("exported cus-a");
    expect(screen).not.toContain(apiKey);
  });

  it("--quiet draws nothing and prints only the errors", async () => {
    const dir = tempDir("progress-");
    const { screen, code } = await onTerminal(["--customer", "cus-a", "missing", "--out", dir, "--quiet"]);
    expect(code).toBe(1);
    expect(screen.trim()).toMatch(/^failed missing: ApiError 404 NOT_FOUND: [^\n]*$/);
  });
});
