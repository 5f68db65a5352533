// Runs the real export command as a child process: src/cli/main.ts compiled once per test file (scripts/build-cli.ts),
// then `node main.mjs …` with its own environment, as `npx compilot-activity-logs` runs it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll } from "vitest";
import { buildCli } from "../../scripts/build-cli.ts";
import type { ExportMock } from "../../scripts/export-mock.ts";

const tmp = fileURLToPath(new URL("../.tmp/", import.meta.url));

const made: string[] = [];

/** A fresh directory under test/.tmp (gitignored), removed by {@link removeTempDirs}. */
export function tempDir(prefix: string): string {
  mkdirSync(tmp, { recursive: true });
  const dir = mkdtempSync(join(tmp, prefix));
  made.push(dir);
  return dir;
}

/** Removes every directory {@link tempDir} made in this test file (an `afterAll`). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Compiles the command into a fresh temp dir; returns the path of its `main.mjs`. */
export async function compileCli(): Promise<string> {
  return buildCli(join(tempDir("cli-"), "main.mjs"));
}

/** What a run of the command printed, and its exit code. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  /** The environment beyond PATH (the key, the base URL). */
  env?: Record<string, string>;
  /** Written to stdin, then closed. */
  input?: string;
  /** Node options before the script (a preload). */
  nodeArgs?: string[];
  /** Called with the child once started (to kill it). */
  onStart?: (child: ChildProcess) => void;
}

/** Runs `node <cli> …args` and resolves once it exits. */
export function runCli(cli: string, args: string[], options: RunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
      env: { PATH: process.env["PATH"] ?? "", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.input ?? "");
    options.onStart?.(child);
  });
}

/** A test file's export command and mock API: {@link useExportCli}. */
export interface ExportCliSession {
  /** The compiled command's `main.mjs` (set before the file's tests run). */
  readonly cli: string;
  /** The current test's mock API, closed after each test. */
  mock: ExportMock | undefined;
}

/**
 * The set-up of a file of export tests: the command compiled once before its tests, each test's mock closed after it,
 * the temp dirs removed after all.
 */
export function useExportCli(): ExportCliSession {
  let cli = "";
  const session: ExportCliSession = {
    get cli() {
      return cli;
    },
    mock: undefined,
  };
  beforeAll(async () => {
    cli = await compileCli();
  }, 120_000);
  afterEach(async () => {
    await session.mock?.close();
    session.mock = undefined;
  });
  afterAll(removeTempDirs);
  return session;
}
