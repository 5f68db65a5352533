import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../src/cli/csv.ts";
import { parseRateLimit } from "../src/cli/program.ts";
import { compileCli, runCli, tempDir, removeTempDirs } from "./support/export-cli.ts";

afterAll(removeTempDirs);

const apiKey = "sk_live_usage_key_0123456789";
const env = { COMPILOT_API_KEY: apiKey };
let cli = "";

beforeAll(async () => {
  cli = await compileCli();
}, 120_000);

// Every usage error: exit code 2, one line on stderr, nothing on stdout, never the key.
async function usageError(args: string[], runEnv: Record<string, string> = env) {
  const run = await runCli(cli, args, { env: runEnv });
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toContain(apiKey);
  return run.stderr;
}

describe("compilot-activity-logs --help", { timeout: 120_000 }, () => {
  it("describes the program and names the export command", async () => {
    const run = await runCli(cli, ["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: compilot-activity-logs \[options\] \[command\]/);
    expect(run.stdout).toMatch(/^ {2}export \[options\] +Export the whole activity history/m);
    expect(run.stderr).toBe("");
  });

  it("documents every flag of export, the environment, the CSV columns and the exit codes", async () => {
    for (const args of [
      ["export", "--help"],
      ["help", "export"],
    ]) {
      const run = await runCli(cli, args);
      expect(run.code).toBe(0);
      for (const flag of [
        "--customer <id...>",
        "--customers <file>",
        "--format <format>",
        "--out <path>",
        "--limit <n>",
        "--concurrency <n>",
        "--rate-limit <n[/m]>",
        "--redis <url>",
        "--validate <mode>",
        "--resume",
        "--keep-last-walk",
        "the vendor's 300 if not given",
        "--quiet",
        "--base-url <url>",
        "COMPILOT_API_KEY",
        "COMPILOT_BASE_URL",
        "Exit codes: 0 all exported, 1 some customers failed",
      ])
        expect(run.stdout).toContain(flag);
      expect(run.stdout.replace(/\s+/g, " ")).toContain(CSV_COLUMNS.join(", "));
    }
  });

  it("prints the version of package.json", async () => {
    const { version } = (await import("../package.json", { with: { type: "json" } })).default;
    const run = await runCli(cli, ["--version"]);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});

describe("usage errors exit with code 2 and one line", { timeout: 120_000 }, () => {
  it("an unknown option or command", async () => {
    expect(await usageError(["export", "--customer", "a", "--bogus"])).toContain("unknown option '--bogus'");
    expect(await usageError(["exports"])).toContain("unknown command 'exports'");
  });

  it("a missing key: it comes from COMPILOT_API_KEY only", async () => {
    expect(await usageError(["export", "--customer", "a"], {})).toContain("COMPILOT_API_KEY is not set");
    expect(await usageError(["export", "--customer", "a", "--api-key", apiKey], {})).toContain("unknown option");
  });

  it("no customer, or both --customer and --customers", async () => {
    expect(await usageError(["export"])).toContain("give --customer ID or --customers FILE");
    const file = join(tempDir("usage-"), "ids.txt");
    writeFileSync(file, "a\n");
    expect(await usageError(["export", "--customer", "a", "--customers", file])).toContain("not both");
  });

  it("several customers without --out, or --out - ", async () => {
    expect(await usageError(["export", "--customer", "a", "b"])).toContain("give --out DIR");
    expect(await usageError(["export", "--customer", "a", "--customer", "b", "--out", "-"])).toContain(
      "give --out DIR",
    );
  });

  it("--resume without a directory", async () => {
    expect(await usageError(["export", "--customer", "a", "--resume"])).toContain("--resume needs --out DIR");
  });

  it("values out of range or of no listed choice", async () => {
    expect(await usageError(["export", "--customer", "a", "--format", "xml"])).toContain(
      "Allowed choices are jsonl, csv",
    );
    expect(await usageError(["export", "--customer", "a", "--validate", "loose"])).toContain("off, warn, strict");
    expect(await usageError(["export", "--customer", "a", "--limit", "0"])).toContain("must be an integer from 1");
    expect(await usageError(["export", "--customer", "a", "--limit", "1.5"])).toContain("must be an integer from 1");
    expect(await usageError(["export", "--customer", "a", "--concurrency", "33"])).toContain("from 1 to 32");
    expect(await usageError(["export", "--customer", "a", "--rate-limit", "15/x"])).toContain("PER_SECOND/PER_MINUTE");
  });

  it("a customers file that is missing, empty or holds a bad id, named by its line", async () => {
    const dir = tempDir("usage-");
    expect(await usageError(["export", "--customers", join(dir, "none.txt")])).toContain("ENOENT");
    writeFileSync(join(dir, "empty.txt"), "\n# only a comment\n  \n");
    expect(await usageError(["export", "--customers", join(dir, "empty.txt")])).toContain("no customer id");
    writeFileSync(join(dir, "dots.txt"), "a\n..\n");
    expect(await usageError(["export", "--customers", join(dir, "dots.txt"), "--out", dir])).toContain("line 2");
    expect(await usageError(["export", "--customer", "."])).toContain('not "." or ".."');
  });

  it("a base URL the client refuses, named as the flag", async () => {
    const stderr = await usageError(["export", "--customer", "a", "--base-url", "ftp://example.test"]);
    expect(stderr).toContain("--base-url (or COMPILOT_BASE_URL) must be an http(s) URL");
    const fromEnv = await usageError(["export", "--customer", "a"], { ...env, COMPILOT_BASE_URL: "nope" });
    expect(fromEnv).toContain("--base-url (or COMPILOT_BASE_URL)");
  });

  it("a key the client refuses, without quoting it", async () => {
    const stderr = await usageError(["export", "--customer", "a"], { COMPILOT_API_KEY: "two words" });
    expect(stderr).toContain("COMPILOT_API_KEY must be visible ASCII or Latin-1 characters");
    expect(stderr).not.toContain("two words");
  });

  it("--redis: checked as a URL, never echoed", async () => {
    const bad = await usageError(["export", "--customer", "a", "--redis", "http://user:hunter2@host"]);
    expect(bad).toContain("must be a redis:// or rediss:// URL");
    expect(bad).not.toContain("hunter2");
  });
});

describe("an --out that cannot be a directory", { timeout: 120_000 }, () => {
  it("is a usage error naming the flag", async () => {
    const file = join(tempDir("usage-"), "a-file");
    writeFileSync(file, "");
    const stderr = await usageError(["export", "--customer", "a", "b", "--out", join(file, "sub")]);
    expect(stderr).toMatch(/^error: --out .*sub: cannot create the directory \(ENOTDIR\)/);
  });

  it("a --limit past the safe integers is refused", async () => {
    expect(await usageError(["export", "--customer", "a", "--limit", "9".repeat(20)])).toContain("must be an integer");
  });
});

describe("--rate-limit", () => {
  it("keeps the vendor's 300 a minute when only the per-second figure is given (60 × N when that is less)", () => {
    expect(parseRateLimit("15")).toEqual({ perSecond: 15, perMinute: 300 });
    expect(parseRateLimit("30")).toEqual({ perSecond: 30, perMinute: 300 });
    expect(parseRateLimit("2")).toEqual({ perSecond: 2, perMinute: 120 });
    expect(parseRateLimit("15/900")).toEqual({ perSecond: 15, perMinute: 900 });
  });
});
