// `npm run demo` as npm starts it: a child process of tsx's loader (tsx compiles on the fly, which takes seconds), so
// the entry point itself stays covered. Everything else of the demo runs in process in test/demo.test.ts.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildDemoHistory } from "../../scripts/demo-data.ts";
import { runCli } from "../support/export-cli.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

// A clean environment: nothing of the caller's COMPILOT_* settings leaks into the child.
async function runDemoProcess(args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => !entry[0].startsWith("COMPILOT_") && entry[1] !== undefined,
    ),
  );
  return runCli(join(root, "scripts/demo.ts"), args, { nodeArgs: ["--import", "tsx"], env });
}

const kycLine =
  /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}KYC {2}(step [A-Z_]+ → [A-Z_]+|session → [A-Z_]+|no event)( \(sandbox\))?$/;
const scenarioLine =
  /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}SCENARIO {2}(\d+ rules?: \d+ [a-z -]+(, \d+ [a-z -]+)*( — .+)?|no rules ran.*)$/;

describe("npm run demo as a child process, on its embedded mock", () => {
  it("prints one timeline line per log, then the summary, and exits 0", async () => {
    const { code, stdout, stderr } = await runDemoProcess([]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.split("\n");
    const timeline = lines.filter((line) => /^\d{4}-\d{2}-\d{2} /.test(line));
    expect(timeline).toHaveLength(buildDemoHistory().length);
    for (const line of timeline) expect(line).toSatisfy((l: string) => kycLine.test(l) || scenarioLine.test(l));
    expect(lines).toContain("2024-10-14 09:21  KYC  step LIVENESS → APPROVED (sandbox)");
    expect(lines).toContain(
      "2024-11-02 16:03  SCENARIO  3 rules: 2 valid, 1 not-valid — Customer/identityData/nationality $nin [PRK, IRN, SYR]",
    );
    expect(lines).toContain("2025-01-30 09:12  SCENARIO  2 rules: 1 valid, 1 skipped");
    expect(lines).toContain("2025-01-31 00:00  SCENARIO  no rules ran (skipped)");
    expect(stdout).toMatch(/^Summary: 62 logs$/m);
    expect(stdout).toMatch(/^ {2}KYC events {6}42 \(5 session, 36 step, 1 no event\)$/m);
    expect(stdout).toMatch(/^ {2}rules {11}51 valid, 4 not-valid, 1 error, 1 unknown, 1 skipped, 1 no status$/m);
    expect(stdout).toMatch(
      /^ {2}fetched {9}7 pages in \d+\.\d\d s from the embedded mock API at http:\/\/127\.0\.0\.1:\d+$/m,
    );
  });

  it("prints usage and exits 0 with --help", async () => {
    const { code, stdout } = await runDemoProcess(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: npm run demo/);
  });
});
