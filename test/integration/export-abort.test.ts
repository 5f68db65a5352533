// The export's Ctrl-C while it waits: the command as a child process, a real SIGINT while a walk sits in a retry
// backoff (a 429 asking for a minute), in the rate-limit wait (a budget of one call a minute) or in a request the
// server never answers. The export hands its signal to `stream.pipeline` before the walk follows it, so this is the
// case of a signal someone else listened to first (issue 22): the command must stop at once, exit 130 and leave no
// partial file, not wait the wait out.
import { readdirSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startServer, type Handler, type TestServer } from "../support/http-server.ts";
import { compileCli, removeTempDirs, runCli, tempDir } from "../support/export-cli.ts";

afterAll(removeTempDirs);

let cli = "";
let server: TestServer | undefined;
beforeAll(async () => {
  cli = await compileCli();
}, 120_000);
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const json = (res: Parameters<Handler>[1], status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};
// Page `currentPage` of a customer with 100 logs in pages of 2.
const answerPage: Handler = (req, res) => {
  const currentPage = Number(new URL(req.url ?? "", "http://x").searchParams.get("currentPage"));
  const logs = [0, 1].map((i) => ({ data: { data: { n: (currentPage - 1) * 2 + i } } }));
  json(res, 200, { totalCount: 100, customerId: "c-1", activityLogs: logs });
};

/**
 * Runs the export against `handler`, sends SIGINT `afterRequests` requests in (plus 200 ms, for the wait to begin),
 * and returns the run with how long the command took to exit after the SIGINT.
 */
async function interrupt(handler: Handler, afterRequests: number, args: string[] = []) {
  server = await startServer(handler);
  const dir = tempDir("abort-");
  let signalledAt = 0;
  const run = await runCli(
    cli,
    ["export", "--base-url", server.url, "--customer", "c-1", "--out", dir, "--limit", "2", ...args],
    {
      env: { COMPILOT_API_KEY: "sk_test_export_abort_0123456789" },
      onStart: (child) => {
        const poll = setInterval(() => {
          if ((server?.requests.length ?? 0) < afterRequests) return;
          clearInterval(poll);
          setTimeout(() => {
            signalledAt = performance.now();
            child.kill("SIGINT");
          }, 200);
        }, 5);
        child.on("close", () => clearInterval(poll));
      },
    },
  );
  return { run, exitMs: performance.now() - signalledAt, files: readdirSync(dir) };
}

describe("SIGINT during an export's wait", { timeout: 120_000 }, () => {
  it("in a retry backoff (429, Retry-After: 60) stops at once: exit 130, no partial file", async () => {
    const { run, exitMs, files } = await interrupt(
      (_req, res) =>
        json(res, 429, { message: "Too many requests", code: "TOO_MANY_REQUESTS" }, { "retry-after": "60" }),
      1,
    );
    expect(run.code, run.stderr).toBe(130);
    expect(files).toEqual([]);
    // The backoff lasts 10 s (the cap of a Retry-After): the command must not wait it out.
    expect(exitMs).toBeLessThan(2000);
    expect(server?.requests).toHaveLength(1);
  });

  it("in the rate-limit wait (one call a minute) stops at once: exit 130, no partial file", async () => {
    const { run, exitMs, files } = await interrupt(answerPage, 1, ["--rate-limit", "1/1"]);
    expect(run.code, run.stderr).toBe(130);
    expect(files).toEqual([]);
    expect(exitMs).toBeLessThan(2000);
    expect(server?.requests).toHaveLength(1);
  });

  it("in a request the server never answers stops at once: exit 130, no partial file", async () => {
    const { run, exitMs, files } = await interrupt((req, res) => {
      if (new URL(req.url ?? "", "http://x").searchParams.get("currentPage") === "1") answerPage(req, res);
      // Pages after the first: no answer, ever (the client's timeout is 30 s).
    }, 2);
    expect(run.code, run.stderr).toBe(130);
    expect(files).toEqual([]);
    expect(exitMs).toBeLessThan(2000);
  });
});
