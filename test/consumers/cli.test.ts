// The `compilot-activity-logs` command from the packed tarball, installed in a fresh project and run with npx.
import { execFile } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mockLog, startExportMock, type ExportMock } from "../../scripts/export-mock.ts";
import { installConsumer, removeTemp } from "./support/pack.ts";

const run = promisify(execFile);
const tarball = inject("tarball");
const fixtures = new URL(".", import.meta.url).pathname;
const apiKey = "sk_live_consumer_cli_key_0123456789";

let dir = "";
let api: ExportMock;

beforeAll(async () => {
  dir = await installConsumer(join(fixtures, "cli"), tarball);
  api = await startExportMock({ apiKey, customers: { "cus-a": 23, "cus-b": 5 } });
});

afterAll(async () => {
  await api?.close();
  if (dir) removeTemp(dir);
});

const npx = (args: string[], env: Record<string, string> = {}) =>
  run("npx", ["--no-install", "compilot-activity-logs", ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 120_000,
  });

describe("npx compilot-activity-logs from the packed tarball", () => {
  it("installs the command as a bin with a node shebang", () => {
    const script = readFileSync(
      join(dir, "node_modules", "compilot-activity-logs", "dist", "cli", "index.mjs"),
      "utf8",
    );
    expect(script.split("\n")[0]).toBe("#!/usr/bin/env node");
    expect(readdirSync(join(dir, "node_modules", ".bin"))).toContain("compilot-activity-logs");
  });

  it("prints the help of export", async () => {
    const { stdout } = await npx(["export", "--help"]);
    expect(stdout).toMatch(/^Usage: compilot-activity-logs export \[options\]/);
    expect(stdout).toContain("--customers <file>");
  });

  it("exports two customers' histories into a directory", async () => {
    const { stderr } = await npx(["export", "--customer", "cus-a", "cus-b", "--out", "exports", "--limit", "10"], {
      COMPILOT_API_KEY: apiKey,
      COMPILOT_BASE_URL: api.url,
    });
    expect(stderr).toMatch(/^done: 2 customers \(2 exported\), 28 logs/m);
    expect(readdirSync(join(dir, "exports")).sort()).toEqual(["cus-a.jsonl", "cus-b.jsonl"]);
    const lines = readFileSync(join(dir, "exports", "cus-a.jsonl"), "utf8")
      .trimEnd()
      .split("\n");
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(
      Array.from({ length: 23 }, (_, i) => mockLog("cus-a", i + 1)),
    );
  });
});
