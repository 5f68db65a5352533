// `npm run demo` as npm starts it: a child process of tsx's loader (tsx compiles on the fly, which takes seconds), so
// the entry point itself stays covered. Everything else of the demo runs in process in test/demo.test.ts.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/export-cli.ts";
import { expectDemoTimeline } from "../support/demo-output.ts";

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

describe("npm run demo as a child process, on its embedded mock", () => {
  it("prints one timeline line per log, then the summary, and exits 0", async () => {
    expectDemoTimeline(await runDemoProcess([]));
  });

  it("prints usage and exits 0 with --help", async () => {
    const { code, stdout } = await runDemoProcess(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: npm run demo/);
  });
});
