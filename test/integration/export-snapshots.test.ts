// A history that moves while the export walks it: the file is a snapshot as far as the pages show it, or the customer
// fails (docs/decisions/export-snapshots.md). The real command as a child process against a mock whose history changes
// between pages; each walk after the first waits the export's pause of a few seconds.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mockLog, startExportMock, type ExportMockOptions } from "../../scripts/export-mock.ts";
import { runCli, tempDir, type CliRun, useExportCli } from "../support/export-cli.ts";

const apiKey = "sk_live_snapshot_key_0123456789abcdef";
const session = useExportCli();

const jsonl = (customerId: string, positions: number[]): string =>
  positions.map((position) => `${JSON.stringify(mockLog(customerId, position))}\n`).join("");
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

async function exportC1(onPage: ExportMockOptions["onPage"], extra: string[] = []): Promise<CliRun & { dir: string }> {
  session.mock = await startExportMock({ apiKey, customers: { c1: 30 }, onPage });
  const dir = tempDir("snapshot-");
  const run = await runCli(
    session.cli,
    ["export", "--base-url", session.mock.url, "--customer", "c1", "--limit", "10", ...extra],
    {
      env: { COMPILOT_API_KEY: apiKey },
    },
  );
  return { ...run, dir };
}

async function exportC1To(onPage: ExportMockOptions["onPage"], extra: string[] = []) {
  session.mock = await startExportMock({ apiKey, customers: { c1: 30 }, onPage });
  const dir = tempDir("snapshot-");
  const run = await runCli(
    session.cli,
    ["export", "--base-url", session.mock.url, "--customer", "c1", "--limit", "10", "--out", dir, ...extra],
    { env: { COMPILOT_API_KEY: apiKey } },
  );
  const file = join(dir, "c1.jsonl");
  return { run, file: existsSync(file) ? readFileSync(file, "utf8") : undefined, names: readdirSync(dir) };
}

const summary = (run: CliRun) => run.stderr.trimEnd().split("\n").at(-1);

describe("a history that moves during the export", { timeout: 120_000 }, () => {
  it("5 logs prepended after page 1: walked again, the file is the new history, each log once", async () => {
    const { run, file } = await exportC1To(({ history, served }) => {
      if (served === 1) history.unshift(...range(1001, 1005));
    });
    expect(run.code, run.stderr).toBe(0);
    expect(file).toBe(jsonl("c1", [...range(1001, 1005), ...range(1, 30)]));
    expect(run.stderr).toMatch(/^walking c1 again \(walk 2\): its history moved \(/m);
    expect(summary(run)).toMatch(/^done: 1 customer \(1 exported, 1 walked again after their history moved\), 35 logs/);
  });

  it("the 5 oldest deleted after page 1: walked again, no log that existed throughout is missing", async () => {
    const { run, file } = await exportC1To(({ history, served }) => {
      if (served === 1) history.splice(0, 5);
    });
    expect(run.code, run.stderr).toBe(0);
    expect(file).toBe(jsonl("c1", range(6, 30)));
    expect(run.stderr).toContain("totalCount 30 at page 1, 25 at page 2");
  });

  it("page 2 empty while totalCount says 30, on every walk: the customer fails after 3 walks, no file is renamed into place", async () => {
    const { run, file, names } = await exportC1To(({ currentPage }) =>
      currentPage === 2 ? { positions: [] } : undefined,
    );
    expect(run.code, run.stderr).toBe(1);
    expect(file).toBeUndefined();
    expect(names).toEqual([]);
    expect(run.stderr).toMatch(
      /^failed c1: HistoryMovedError: the history changed during each of 3 walks \(walk 1: page 2: empty page, 10 of 30 logs seen; walk 2: .*; walk 3: .*\) \(try again later, or keep the last walk with --keep-last-walk\)$/m,
    );
    expect(summary(run)).toMatch(/^done: 1 customer \(0 exported, 1 failed\), 0 logs/);
  });

  it("a page of 5 where 10 were due fails the customer, even with --keep-last-walk (never fewer logs than totalCount)", async () => {
    const { run, file } = await exportC1To(
      ({ currentPage, history }) => (currentPage === 2 ? { positions: history.slice(10, 15) } : undefined),
      ["--keep-last-walk"],
    );
    expect(run.code, run.stderr).toBe(1);
    expect(file).toBeUndefined();
    expect(run.stderr).toContain("page 2: 5 logs where 10 were due, 15 of 30 seen");
  });

  it("a history growing on every page fails after 3 walks; --keep-last-walk keeps the last one with a warning", async () => {
    const growing: ExportMockOptions["onPage"] = ({ history }) => {
      history.push(history.length + 1);
    };
    const failed = await exportC1To(growing);
    expect(failed.run.code, failed.run.stderr).toBe(1);
    expect(failed.file).toBeUndefined();
    expect(failed.run.stderr).toMatch(
      /^failed c1: HistoryMovedError: .*walk 1: totalCount 31 at page 1, 32 at page 2/m,
    );
    const kept = await exportC1To(growing, ["--keep-last-walk"]);
    expect(kept.run.code, kept.run.stderr).toBe(0);
    expect(kept.run.stderr).toMatch(/^warning: c1: kept walk 3 although its history moved \(totalCount \d+ at page 1/m);
    expect(summary(kept.run)).toMatch(/\(1 exported, 1 walked again after their history moved, 1 kept although/);
    // Every log the last walk saw, in order, none twice (the history only grew at its end).
    const count = (kept.file ?? "").trimEnd().split("\n").length;
    expect(count).toBeGreaterThanOrEqual(31);
    expect(kept.file).toBe(jsonl("c1", range(1, count)));
  });

  it("to stdout, a moved history fails at once (stdout cannot be walked again) and says how to get a snapshot", async () => {
    const run = await exportC1(({ history, served }) => {
      if (served === 1) history.splice(0, 5);
    });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /^failed c1: HistoryMovedError: .*\(stdout cannot be walked again: export it with --out DIR, or keep what moved with --keep-last-walk\)$/m,
    );
  });

  it("a calm history is walked once", async () => {
    const { run, file } = await exportC1To(undefined);
    expect(run.code, run.stderr).toBe(0);
    expect(file).toBe(jsonl("c1", range(1, 30)));
    expect(run.stderr).not.toContain("again");
    expect(session.mock?.served).toBe(3);
  });
});
