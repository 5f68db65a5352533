import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { mockLog, startExportMock, type ExportMock, type ExportMockOptions } from "../../scripts/export-mock.ts";
import { CSV_COLUMNS } from "../../src/cli/csv.ts";
import { fileStem, partialName } from "../../src/cli/file-names.ts";
import { LOCK_NAME } from "../../src/cli/out-lock.ts";
import { runCli, tempDir, type CliRun, type RunOptions, useExportCli } from "../support/export-cli.ts";

const apiKey = "sk_live_export_key_0123456789abcdef";
const session = useExportCli();

async function serve(options: Omit<ExportMockOptions, "apiKey">): Promise<ExportMock> {
  session.mock = await startExportMock({ apiKey, ...options });
  return session.mock;
}

// The JSON Lines an export of `count` logs must hold.
const expectedJsonl = (customerId: string, count: number): string =>
  Array.from({ length: count }, (_, i) => `${JSON.stringify(mockLog(customerId, i + 1))}\n`).join("");

// `export --base-url <the session.mock> …args` with the key in the environment (and `options.env` beside it).
function exportCli(args: string[], options: RunOptions = {}): Promise<CliRun> {
  return runCli(session.cli, ["export", "--base-url", (session.mock as ExportMock).url, ...args], {
    ...options,
    env: { COMPILOT_API_KEY: apiKey, ...options.env },
  });
}

// Every file of the directory, by name: only complete exports, never a partial one or the lock left behind (but the
// lock of a killed export, when `killed`).
function filesOf(dir: string, killed = false): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      // A killed export may leave its lock, and the lock's copy it was linking (the next export removes both).
      .filter((name) => !(killed && name.startsWith(LOCK_NAME)))
      .map((name) => [name, readFileSync(join(dir, name), "utf8")]),
  );
}

describe("export to stdout", { timeout: 120_000 }, () => {
  it("writes one customer's history as JSON Lines to stdout, in history order, and nothing else there", async () => {
    await serve({ customers: { "cus-1": 45 } });
    const run = await exportCli(["--customer", "cus-1", "--limit", "10"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(expectedJsonl("cus-1", 45));
    expect(run.stderr).toMatch(
      /^exported cus-1: 45 logs to stdout in \d+\.\d s\ndone: 1 customer \(1 exported\), 45 logs/,
    );
    expect(session.mock?.served).toBe(5);
  });

  it("--out - is stdout too, and --quiet leaves stderr empty", async () => {
    await serve({ customers: { "cus-1": 3 } });
    const run = await exportCli(["--customer", "cus-1", "--out", "-", "--quiet"]);
    expect(run).toMatchObject({ code: 0, stdout: expectedJsonl("cus-1", 3), stderr: "" });
  });

  it("exports an empty history as an empty output", async () => {
    await serve({ customers: { empty: 0 } });
    const run = await exportCli(["--customer", "empty"]);
    expect(run).toMatchObject({ code: 0, stdout: "" });
  });
});

describe("export to a directory", { timeout: 120_000 }, () => {
  it("writes one complete file per customer, at several customers at once, with a line per finished customer", async () => {
    const customers: Record<string, number> = {};
    for (let i = 0; i < 24; i++) customers[`cus-${i}`] = (i * 7) % 50;
    Object.assign(customers, { "Tenant/ACME:1": 9, tenant_acme_1: 4, con: 2 });
    await serve({ customers });
    const dir = tempDir("export-");
    const list = join(tempDir("ids-"), "ids.txt");
    writeFileSync(list, `# customers\n${Object.keys(customers).join("\n")}\n\ncus-0\n`);
    const run = await exportCli(["--customers", list, "--out", dir, "--concurrency", "4", "--limit", "10"]);
    expect(run.code, run.stderr).toBe(0);
    const files = filesOf(dir);
    expect(Object.keys(files).sort()).toEqual(
      Object.keys(customers)
        .map((id) => `${fileStem(id)}.jsonl`)
        .sort(),
    );
    for (const [id, count] of Object.entries(customers))
      expect(files[`${fileStem(id)}.jsonl`], id).toBe(expectedJsonl(id, count));
    // Ids that sanitize alike, and a name Windows reserves, get names of their own.
    expect(Object.keys(files)).toContain("tenant_acme_1.jsonl");
    expect(Object.keys(files).filter((name) => name.startsWith("Tenant_ACME_1~"))).toHaveLength(1);
    expect(Object.keys(files).filter((name) => name.startsWith("con~"))).toHaveLength(1);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(Object.keys(customers).length + 1);
    expect(lines.filter((line) => line.startsWith("exported "))).toHaveLength(Object.keys(customers).length);
    expect(lines.at(-1)).toMatch(/^done: 27 customers \(27 exported\), \d+ logs in/);
    expect(run.stdout).toBe("");
  });

  it("names each failed customer with its typed reason, completes the others, and exits 1", async () => {
    await serve({
      customers: { "ok-1": 30, "ok-2": 12 },
      failures: {
        // The server echoes the key, raw and JSON-escaped, and a piece of it.
        echo: {
          status: 403,
          body: JSON.stringify({
            message: `key ${apiKey} is not allowed here (${JSON.stringify(apiKey)}, ${apiKey.slice(4, 20)})`,
            code: "FORBIDDEN",
          }),
        },
        broken: { status: 200, body: '{"totalCount": 3, "activityLogs": "nope"}' },
      },
    });
    const dir = tempDir("export-");
    const run = await exportCli([
      "--customer",
      "ok-1",
      "missing",
      "echo",
      "broken",
      "ok-2",
      "--out",
      dir,
      "--limit",
      "10",
    ]);
    expect(run.code, run.stderr).toBe(1);
    const failed = run.stderr.split("\n").filter((line) => line.startsWith("failed "));
    expect(failed).toEqual([
      expect.stringMatching(/^failed missing: ApiError 404 NOT_FOUND: Request failed with status 404 \(NOT_FOUND\)/),
      expect.stringMatching(/^failed echo: ApiError 403 FORBIDDEN: .*\[REDACTED\]/),
      expect.stringMatching(/^failed broken: ContractError 1 issue: /),
    ]);
    expect(run.stderr).not.toContain(apiKey.slice(4, 20));
    expect(run.stderr).not.toContain(apiKey.slice(-8));
    expect(filesOf(dir)).toEqual({ "ok-1.jsonl": expectedJsonl("ok-1", 30), "ok-2.jsonl": expectedJsonl("ok-2", 12) });
    expect(run.stderr.trimEnd().split("\n").at(-1)).toMatch(/^done: 5 customers \(2 exported, 3 failed\), 42 logs/);
  });

  it("names a file that cannot be written as a WriteError with the system's code, and completes the others", async () => {
    await serve({ customers: { blocked: 5, "ok-1": 3 } });
    const dir = tempDir("write-");
    // A directory where the partial file must go: opening it for writing fails with EISDIR.
    mkdirSync(join(dir, partialName("blocked.jsonl")));
    const run = await exportCli(["--customer", "blocked", "ok-1", "--out", dir]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/^failed blocked: WriteError EISDIR: /m);
    expect(readFileSync(join(dir, "ok-1.jsonl"), "utf8")).toBe(expectedJsonl("ok-1", 3));
    expect(existsSync(join(dir, "blocked.jsonl"))).toBe(false);
  });

  it("rides out a 429 storm (Retry-After honoured) and loses no log", async () => {
    await serve({ customers: { a: 25, b: 25, c: 25 }, storm: 8 });
    const dir = tempDir("export-");
    const run = await exportCli(["--customer", "a", "b", "c", "--out", dir, "--limit", "5", "--concurrency", "3"]);
    expect(run.code, run.stderr).toBe(0);
    expect(session.mock?.throttled).toBe(8);
    expect(filesOf(dir)).toEqual({
      "a.jsonl": expectedJsonl("a", 25),
      "b.jsonl": expectedJsonl("b", 25),
      "c.jsonl": expectedJsonl("c", 25),
    });
  });

  it("keeps every customer inside one rate limit: a server allowing 5 calls a second throttles none", async () => {
    const customers = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`r-${i}`, 20]));
    await serve({ customers, perSecond: 5 });
    const dir = tempDir("export-");
    const piped = await exportCli(
      ["--customers", "-", "--out", dir, "--limit", "10", "--rate-limit", "5", "--concurrency", "6", "--quiet"],
      { input: Object.keys(customers).join("\n") },
    );
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stderr).toBe("");
    expect(session.mock?.throttled).toBe(0);
    expect(Object.keys(filesOf(dir)).sort()).toEqual(Object.keys(customers).map((id) => `${id}.jsonl`));
  });
});

// A cell a spreadsheet would run as a formula starts with one of these (OWASP); the export writes a ' before it.
const FORMULA = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

describe("export as CSV", { timeout: 120_000 }, () => {
  it("writes RFC 4180 CSV that a CSV parser reads back: the documented columns, every log, formulas neutralised", async () => {
    await serve({ customers: { "cus-csv": 37 } });
    const dir = tempDir("export-");
    const run = await exportCli(["--customer", "cus-csv", "--out", dir, "--format", "csv", "--limit", "8"]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(dir, "cus-csv.csv"), "utf8");
    // CRLF between records (RFC 4180 §2.1); the CR LF inside a quoted log stays as it is.
    expect(text.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
    const rows = parse(text, { columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(rows).toHaveLength(37);
    rows.forEach((row, i) => {
      expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
      expect(row["customer_id"]).toBe("cus-csv");
      expect(row["position"]).toBe(String(i + 1));
      for (const [column, cell] of Object.entries(row)) expect(cell, `${column} of row ${i + 1}`).not.toMatch(FORMULA);
      // The last column is the whole log; a ' was added only before a formula's first character.
      const json = row["log"] as string;
      expect(JSON.parse(json.startsWith("'") && FORMULA.test(json.slice(1)) ? json.slice(1) : json)).toEqual(
        mockLog("cus-csv", i + 1),
      );
    });
    const kinds = rows.slice(0, 6).map((row) => [row["kind"], row["status"], row["step_type"], row["sandbox"]]);
    expect(kinds).toEqual([
      ["kyc", "APPROVED", "LIVENESS", "false"],
      ["kyc", "PENDING_VERIFICATION", "", "true"],
      ["kyc", "", "", ""],
      ["scenario", "not-valid", "", ""],
      // A log of no known shape keeps its row, with the JSON only.
      ["unknown", "", "", ""],
      ["kyc", "'@SUM(A1)", "'\tID_DOCUMENT", "yes\nno"],
    ]);
    const scenario = rows[3] as Record<string, string>;
    expect(CSV_COLUMNS.slice(6, 18).map((column) => scenario[column])).toEqual([
      "2",
      "1",
      "0",
      "0",
      "0",
      "0",
      "5",
      "1",
      "1",
      "1",
      "1",
      "1",
    ]);
  });
});

describe("export as CSV to stdout", { timeout: 120_000 }, () => {
  it("writes the header and one record per log to stdout", async () => {
    await serve({ customers: { solo: 4 } });
    const run = await exportCli(["--customer", "solo", "--format", "csv", "--quiet"]);
    expect(run.code, run.stderr).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row["position"], row["kind"]])).toEqual([
      ["1", "kyc"],
      ["2", "kyc"],
      ["3", "kyc"],
      ["4", "scenario"],
    ]);
  });
});

describe("nothing lost, nothing twice", { timeout: 120_000 }, () => {
  const customers = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k-${i}`, 40 + i]));
  const complete = () =>
    Object.fromEntries(Object.entries(customers).map(([id, count]) => [`${id}.jsonl`, expectedJsonl(id, count)]));

  // Kills the export with SIGKILL once `ready` holds of its directory, then resumes it: the files after the resume are
  // an uninterrupted run's, and no file looked complete before it was.
  async function killThenResume(ready: (names: string[]) => boolean) {
    await serve({ customers, latencyMs: 40 });
    const dir = tempDir("resume-");
    const args = ["--customer", ...Object.keys(customers), "--out", dir, "--limit", "10", "--concurrency", "3"];
    const killed = await exportCli(args, {
      onStart: (child) => {
        const poll = setInterval(() => {
          if (!existsSync(dir) || !ready(readdirSync(dir))) return;
          clearInterval(poll);
          child.kill("SIGKILL");
        }, 5);
        child.on("close", () => clearInterval(poll));
      },
    });
    expect(killed.signal).toBe("SIGKILL");
    const before = filesOf(dir, true);
    for (const [name, text] of Object.entries(before))
      if (!name.endsWith(".partial")) expect(text, name).toBe(complete()[name]);
    const resumed = await exportCli([...args, "--resume"]);
    expect(resumed.code, resumed.stderr).toBe(0);
    const skipped = resumed.stderr.split("\n").filter((line) => line.startsWith("skipped "));
    expect(skipped).toHaveLength(Object.keys(before).filter((name) => !name.endsWith(".partial")).length);
    expect(filesOf(dir)).toEqual(complete());
  }

  it("after a kill before any file is complete", () =>
    killThenResume((names) => names.some((n) => n.endsWith(".partial"))));
  it("after a kill once one file is complete", () =>
    killThenResume((names) => names.some((n) => n.endsWith(".jsonl") && !n.startsWith("."))));
  it("after a kill half way", () => killThenResume((names) => names.filter((n) => !n.startsWith(".")).length >= 5));

  it("after kills at random moments, each resumed, and a last resume to the end", async () => {
    await serve({ customers, latencyMs: 20 });
    const dir = tempDir("resume-");
    const args = ["--customer", ...Object.keys(customers), "--out", dir, "--limit", "10", "--concurrency", "3"];
    const run = (resume: boolean, killAfterMs?: number) =>
      exportCli([...args, ...(resume ? ["--resume"] : [])], {
        ...(killAfterMs === undefined
          ? {}
          : {
              onStart: (child) => {
                const timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
                child.on("close", () => clearTimeout(timer));
              },
            }),
      });
    const delays = Array.from({ length: 4 }, () => 150 + Math.floor(Math.random() * 900));
    for (const [i, delay] of delays.entries()) {
      const killed = await run(i > 0, delay);
      // The first run cannot finish in time (50 pages at 15 a second): at least one kill lands mid-export.
      if (i === 0) expect(killed.signal).toBe("SIGKILL");
      for (const [name, text] of Object.entries(filesOf(dir, true)))
        if (!name.endsWith(".partial")) expect(text, `${name} after a kill at ${delay} ms`).toBe(complete()[name]);
    }
    const last = await run(true);
    expect(last.code, `${last.stderr} (kills at ${delays.join(", ")} ms)`).toBe(0);
    expect(filesOf(dir)).toEqual(complete());
  });

  it("SIGINT stops the export, removes its partial files and exits 130", async () => {
    await serve({ customers, latencyMs: 100 });
    const dir = tempDir("interrupt-");
    const run = await exportCli(["--customer", ...Object.keys(customers), "--out", dir, "--limit", "5"], {
      onStart: (child) => {
        const poll = setInterval(() => {
          if (!existsSync(dir) || !readdirSync(dir).some((n) => n.endsWith(".partial"))) return;
          clearInterval(poll);
          child.kill("SIGINT");
        }, 5);
        child.on("close", () => clearInterval(poll));
      },
    });
    expect(run.code, run.stderr).toBe(130);
    expect(readdirSync(dir).filter((name) => name.endsWith(".partial"))).toEqual([]);
  });
});

describe("--validate", { timeout: 120_000 }, () => {
  it("warn reports each page that breaks the spec on one line and exports it all the same", async () => {
    await serve({ customers: { v: 12 } });
    const run = await exportCli(["--customer", "v", "--validate", "warn", "--limit", "6"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(expectedJsonl("v", 12));
    const warnings = run.stderr.split("\n").filter((line) => line.startsWith("warning: "));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^warning: GET \/customers\/v\/activity-logs\?currentPage=1&limit=6 breaks the spec \(\d+ issues\): \//,
    );
  });

  it("strict fails the customer with a ContractError", async () => {
    await serve({ customers: { v: 12 } });
    const run = await exportCli(["--customer", "v", "--validate", "strict", "--limit", "6"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^failed v: ContractError \d+ issues: Response does not match the spec/m);
  });
});

describe("files that cannot be redirected", { timeout: 120_000 }, () => {
  it("never writes through a link planted at the partial file's name: the link goes, the file it pointed to is untouched", async () => {
    await serve({ customers: { c1: 12 } });
    const dir = tempDir("links-");
    const outside = join(tempDir("outside-"), "precious.txt");
    writeFileSync(outside, "precious\n");
    symlinkSync(outside, join(dir, partialName("c1.jsonl")));
    const run = await exportCli(["--customer", "c1", "--out", dir, "--limit", "5"]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(outside, "utf8")).toBe("precious\n");
    expect(lstatSync(join(dir, "c1.jsonl")).isFile()).toBe(true);
    expect(filesOf(dir)).toEqual({ "c1.jsonl": expectedJsonl("c1", 12) });
  });

  it("replaces a link planted at the final name with the export (the rename does not follow it), and --resume does not take it for a complete file", async () => {
    await serve({ customers: { c1: 7 } });
    const dir = tempDir("links-");
    const outside = join(tempDir("outside-"), "precious.txt");
    writeFileSync(outside, "precious\n");
    symlinkSync(outside, join(dir, "c1.jsonl"));
    const run = await exportCli(["--customer", "c1", "--out", dir, "--resume"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain("skipped");
    expect(readFileSync(outside, "utf8")).toBe("precious\n");
    expect(lstatSync(join(dir, "c1.jsonl")).isFile()).toBe(true);
    expect(filesOf(dir)).toEqual({ "c1.jsonl": expectedJsonl("c1", 7) });
  });

  it("stops a second export into the same directory with a usage error (exit 2) naming the export that holds it", async () => {
    await serve({ customers: { a: 40, b: 40 }, latencyMs: 20 });
    const dir = tempDir("lock-");
    let second: Promise<CliRun> | undefined;
    const first = await exportCli(["--customer", "a", "--out", dir, "--limit", "5"], {
      onStart: (child) => {
        const poll = setInterval(() => {
          if (!existsSync(join(dir, LOCK_NAME)) || second) return;
          clearInterval(poll);
          // The first export paused while it holds the directory (alive, as a slow export is), until the second ends.
          child.kill("SIGSTOP");
          second = exportCli(["--customer", "b", "--out", dir, "--limit", "5"]);
          void second.finally(() => child.kill("SIGCONT"));
        }, 5);
        child.on("close", () => clearInterval(poll));
      },
    });
    const refused = await (second as Promise<CliRun>);
    expect(first.code, first.stderr).toBe(0);
    expect(refused.code, refused.stderr).toBe(2);
    expect(refused.stderr).toMatch(
      new RegExp(
        `^error: --out .*: another export \\(process \\d+ on [^)]+\\) holds it; wait for it to end, or remove .*${LOCK_NAME.replace(/\./g, "\\.")} if no export runs\\n$`,
      ),
    );
    // The first export is whole, the second wrote nothing, and the lock is gone.
    expect(filesOf(dir)).toEqual({ "a.jsonl": expectedJsonl("a", 40) });
  });

  it("takes over a lock left by a process that no longer runs, with a note, and removes it at the end", async () => {
    await serve({ customers: { a: 3 } });
    const dir = tempDir("lock-");
    // The pid of a process that has ended.
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid as number;
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid: gone, host: hostname(), since: "2026-01-01T00:00:00Z" }));
    const run = await exportCli(["--customer", "a", "--out", dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `warning: took over the lock of --out ${dir} left by process ${gone}, which no longer runs`,
    );
    expect(filesOf(dir)).toEqual({ "a.jsonl": expectedJsonl("a", 3) });
  });
});
