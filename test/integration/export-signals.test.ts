// SIGINT and SIGTERM end the export at every wait (a Retry-After, a backoff, the rate limit's minute window): the real
// command as a child process, real signals, then `--resume` to the end.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import { describe, expect, it } from "vitest";
import { mockLog, startExportMock, type ExportMock, type ExportMockOptions } from "../../scripts/export-mock.ts";
import { LOCK_NAME } from "../../src/cli/out-lock.ts";
import { runCli, tempDir, type CliRun, useExportCli } from "../support/export-cli.ts";

const apiKey = "sk_live_signal_key_0123456789abcdef";
const session = useExportCli();

const expectedJsonl = (customerId: string, count: number): string =>
  Array.from({ length: count }, (_, i) => `${JSON.stringify(mockLog(customerId, i + 1))}\n`).join("");

// Runs the export; sends `signal` once `ready(stderr so far, session.mock)` holds; resolves with the run and the time from the
// signal to the process's exit.
async function stopWhen(
  args: string[],
  signal: NodeJS.Signals,
  ready: (stderr: string, api: ExportMock) => boolean,
): Promise<CliRun & { exitMs: number }> {
  let sentAt = 0;
  let exitAt = 0;
  const run = await runCli(session.cli, ["export", "--base-url", (session.mock as ExportMock).url, ...args], {
    env: { COMPILOT_API_KEY: apiKey },
    onStart: (child: ChildProcess) => {
      let stderr = "";
      child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const poll = setInterval(() => {
        if (sentAt || !ready(stderr, session.mock as ExportMock)) return;
        sentAt = performance.now();
        child.kill(signal);
      }, 5);
      child.on("exit", () => {
        exitAt = performance.now();
        clearInterval(poll);
      });
    },
  });
  return { ...run, exitMs: sentAt ? exitAt - sentAt : NaN };
}

async function stoppedThenResumed(
  options: Omit<ExportMockOptions, "apiKey">,
  args: string[],
  signal: NodeJS.Signals,
  ready: (stderr: string, api: ExportMock) => boolean,
  resumeArgs = args,
) {
  session.mock = await startExportMock({ apiKey, ...options });
  const dir = tempDir("signal-");
  const all = ["--customer", ...Object.keys(options.customers), "--out", dir, ...args];
  const again = ["--customer", ...Object.keys(options.customers), "--out", dir, ...resumeArgs, "--resume"];
  const stopped = await stopWhen(all, signal, ready);
  expect(stopped.code, stopped.stderr).toBe(signal === "SIGINT" ? 130 : 143);
  expect(stopped.exitMs).toBeLessThan(1000);
  // Nothing partial, no lock: only complete files.
  expect(readdirSync(dir).filter((name) => name.startsWith("."))).toEqual([]);
  expect(stopped.stderr).toMatch(
    /^interrupted \(stopped by SIG(INT|TERM)\): \d+ of \d+ customers? complete, \d+ not /m,
  );
  const resumeLine = /^to finish: (.*)$/m.exec(stopped.stderr)?.[1];
  expect(resumeLine).toContain("--resume");
  const resumed = await runCli(session.cli, ["export", "--base-url", (session.mock as ExportMock).url, ...again], {
    env: { COMPILOT_API_KEY: apiKey },
  });
  expect(resumed.code, resumed.stderr).toBe(0);
  for (const [id, count] of Object.entries(options.customers))
    expect(readFileSync(join(dir, `${id}.jsonl`), "utf8"), id).toBe(expectedJsonl(id, count));
  expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
  return stopped;
}

describe("signals at every wait", { timeout: 120_000 }, () => {
  it("SIGINT during a Retry-After: 20 wait exits 130 within 1 s; --resume completes exactly", async () => {
    const stopped = await stoppedThenResumed(
      { customers: { a: 25, b: 12 }, storm: 2, retryAfterS: 20 },
      ["--limit", "10"],
      "SIGINT",
      (stderr) => stderr.includes("retrying in 20 s"),
    );
    expect(stopped.stderr).toMatch(/^waiting [ab]: page 1: 429, retrying in 20 s$/m);
  });

  it("SIGTERM during a backoff exits 143 within 1 s", async () => {
    // 503s without Retry-After: the export backs off and says so.
    const stopped = await stoppedThenResumed(
      { customers: { a: 25 }, unavailable: 3 },
      ["--limit", "10"],
      "SIGTERM",
      (stderr) => /waiting a: page 1: 503, retrying in/.test(stderr),
    );
    expect(stopped.signal).toBeNull();
  });

  it("SIGTERM while a page waits for the minute window (--rate-limit 2/2) exits 143 within 1 s", async () => {
    await stoppedThenResumed(
      { customers: { a: 30 } },
      ["--limit", "5", "--rate-limit", "2/2"],
      "SIGTERM",
      // Two pages served: the third waits for the minute to end.
      (_, api) => api.served >= 2,
      ["--limit", "5"],
    );
  });
});

describe("words while it waits", { timeout: 120_000 }, () => {
  it("shows every retry wait of a failing page, then names the failure with the attempts it made", async () => {
    session.mock = await startExportMock({ apiKey, customers: { a: 5 }, unavailable: 1000 });
    const run = await runCli(
      session.cli,
      ["export", "--base-url", session.mock.url, "--customer", "a", "--out", tempDir("words-")],
      {
        env: { COMPILOT_API_KEY: apiKey },
      },
    );
    expect(run.code).toBe(1);
    const waits = run.stderr.split("\n").filter((line) => line.startsWith("waiting a: page 1: 503, retrying in "));
    expect(waits).toHaveLength(6);
    expect(run.stderr).toMatch(/^failed a: ApiError 503 .* \(gave up after 7 attempts\)$/m);
  });
});
