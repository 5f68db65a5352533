// `npm run demo` as a user runs it: against its embedded mock, a failing server and a closed port, in this process
// through runDemo (the child process npm starts is run in test/integration/demo-process.test.ts).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { makeApiErrorBody, makeKycProviderEventLog } from "../src/msw.ts";
import { describeRule, formatLog, formatRuleValue, runDemo } from "../scripts/demo.ts";
import { buildDemoHistory } from "../scripts/demo-data.ts";
import { knownVaultPaths } from "../scripts/vault-paths.ts";
import { errorsFor, spec } from "./support/spec-schema.ts";
import { expectDemoTimeline } from "./support/demo-output.ts";

const secret = "secret-test-key";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// A clean environment: nothing of the caller's COMPILOT_* settings leaks into the child.
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("COMPILOT_")));
  return { ...env, ...extra };
}

// The demo's run in this process (runDemo is what the CLI calls, with the CLI's own line output).
async function run(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io = {
    out: (line: string) => void (stdout += `${line}\n`),
    err: (line: string) => void (stderr += `${line}\n`),
  };
  const code = await runDemo(args, cleanEnv(extraEnv), io, false);
  return { code, stdout, stderr };
}

// A run walks the embedded mock's pages: give slow CI machines room.
const spawning = { timeout: 30_000 };

describe("npm run demo on its embedded mock", spawning, () => {
  it("prints one timeline line per log, then the summary, and exits 0", async () => {
    expectDemoTimeline(await run([]));
  });

  it("prints the logs as JSON lines that pass the spec, and nothing else, with --json", async () => {
    const { code, stdout } = await run(["--json"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(62);
    for (const line of lines) expect(errorsFor("ActivityLog", JSON.parse(line))).toEqual([]);
    expect(lines.map((line) => JSON.parse(line))).toEqual(buildDemoHistory());
  });

  it("requests the page size given with --limit", async () => {
    const { code, stdout } = await run(["--limit", "25"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/fetched {9}3 pages in/);
  });

  it("validates every page with --validate strict and still exits 0 on valid data", async () => {
    const { code, stderr } = await run(["--validate", "strict", "--json"]);
    expect([code, stderr]).toEqual([0, ""]);
  });

  it("walks a generated history for any other customer id, the mock command's, valid under the spec", async () => {
    const { code, stdout, stderr } = await run(["--customer", "cus-anyone", "--json", "--validate", "strict"]);
    expect([code, stderr]).toEqual([0, ""]);
    const logs = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as unknown);
    expect(logs.length).toBeGreaterThanOrEqual(30);
    expect(logs).not.toEqual(buildDemoHistory());
    expect((await run(["--customer", "cus-anyone", "--json"])).stdout).toBe(stdout);
  });
});

describe("npm run demo's usage errors", spawning, () => {
  it.each([
    [["--limit", "0"], {}, /^error: --limit must be a positive integer, got "0" \(see --help\)\n$/],
    [["--validate", "loud"], {}, /^error: --validate must be off, warn or strict, got "loud" \(see --help\)\n$/],
    [["--nope"], {}, /^error: Unknown option '--nope'.*\(see --help\)\n$/],
    [
      [],
      { COMPILOT_API_KEY: secret },
      /^error: --customer <id> is required when COMPILOT_API_KEY is set \(see --help\)\n$/,
    ],
  ])("exits 2 with one line for %j", async (args, env, message) => {
    const { code, stdout, stderr } = await run(args, env);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain(secret);
  });
});

describe("npm run demo against a failing API", spawning, () => {
  let server: Server;
  let baseUrl: string;
  let answer: { status: number; body: string } = { status: 200, body: "{}" };
  const seen: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    seen.length = 0;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const realMode = () => ({ COMPILOT_API_KEY: secret, COMPILOT_BASE_URL: baseUrl });

  it("exits 1 with one line on a 401, sends the key and never prints it", async () => {
    answer = { status: 401, body: JSON.stringify(makeApiErrorBody(401, { message: "Invalid API key" })) };
    const { code, stdout, stderr } = await run(["--customer", "x"], realMode());
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("error: request failed with status 401 (UNAUTHORIZED): Invalid API key\n");
    expect(seen[0]?.authorization).toBe(`Bearer ${secret}`);
    expect(stdout + stderr).not.toContain(secret);
  });

  it("exits 1 with one line on a 500, after the client's retries", async () => {
    answer = { status: 500, body: JSON.stringify(makeApiErrorBody(500)) };
    const { code, stdout, stderr } = await run(["--customer", "x"], realMode());
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("error: request failed with status 500 (INTERNAL_SERVER_ERROR): Internal server error\n");
    expect(seen.length).toBeGreaterThan(1);
    expect(stdout + stderr).not.toContain(secret);
  });

  it("exits 1 on a page that breaks the spec with --validate strict", async () => {
    answer = { status: 200, body: JSON.stringify({ totalCount: "one", customerId: "x", activityLogs: [] }) };
    const { code, stderr } = await run(["--customer", "x", "--validate", "strict"], realMode());
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: response does not match the spec: .*totalCount.*\n$/);
  });

  it("prints the logs of a working real API and exits 0", async () => {
    const logs = [makeKycProviderEventLog()];
    answer = { status: 200, body: JSON.stringify({ totalCount: 1, customerId: "x", activityLogs: logs }) };
    const { code, stdout } = await run(["--customer", "x", "--json"], realMode());
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(logs[0]);
  });

  it("exits 1 with one line when nothing listens on the port", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { code, stdout, stderr } = await run(["--customer", "x"], {
      COMPILOT_API_KEY: secret,
      COMPILOT_BASE_URL: `http://127.0.0.1:${port}`,
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`error: could not reach http://127.0.0.1:${port} (ECONNREFUSED)\n`);
  });

  it("exits 1 with one line, before any request, for a COMPILOT_BASE_URL that is no http(s) URL", async () => {
    const { code, stdout, stderr } = await run(["--customer", "x"], {
      COMPILOT_API_KEY: secret,
      COMPILOT_BASE_URL: "api.compilot.ai",
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("error: baseUrl must be an http(s) URL without credentials\n");
  });
});

describe("the demo's progress and formatting", () => {
  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (line: string) => void out.push(line), err: (line: string) => void err.push(line) }, out, err };
  }

  it("shows pages fetched / total on stderr when stderr is a TTY", async () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const { io } = capture();
      expect(await runDemo([], {}, io, true)).toBe(0);
      const progress = write.mock.calls.map(([chunk]) => String(chunk)).join("");
      // eslint-disable-next-line no-control-regex -- the terminal's erase-line sequence (ESC [K) is what is tested
      expect(progress).toMatch(/^\r\x1b\[Kfetched 1\/7 pages/);
      expect(progress).toContain("fetched 7/7 pages");
      // The progress line is wiped at the end, so the summary stands alone.
      expect(progress.endsWith("\r\x1b[K")).toBe(true);
    } finally {
      write.mockRestore();
    }
  });

  it("stays quiet on stderr when it is not a TTY", async () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const { io, err } = capture();
      expect(await runDemo(["--json"], {}, io, false)).toBe(0);
      expect(write).not.toHaveBeenCalled();
      expect(err).toEqual([]);
    } finally {
      write.mockRestore();
    }
  });

  it("counts a rule status the spec does not list yet after the known ones", () => {
    const rules = [{ status: "pending" }, { status: "valid" }, { status: "pending" }];
    const log = { data: { executions: [{ rules }] } } as unknown as Parameters<typeof formatLog>[0];
    expect(formatLog(log)).toBe("????-??-?? ??:??  SCENARIO  3 rules: 1 valid, 2 pending");
  });

  it("prints question marks for a log without a timestamp", () => {
    expect(formatLog({ data: { data: {}, event: null } })).toBe("????-??-?? ??:??  KYC  no event");
    expect(formatLog({ data: { executions: null } })).toBe("????-??-?? ??:??  SCENARIO  no rules ran");
    expect(formatLog({ data: { data: { created_at: "not a date" } } })).toBe("????-??-?? ??:??  KYC  no event");
  });

  it("formats every rule value form", () => {
    expect([true, "RU", 18, ["PRK", "IRN"], [8, 9], null, undefined].map(formatRuleValue)).toEqual([
      "true",
      "RU",
      "18",
      "[PRK, IRN]",
      "[8, 9]",
      undefined,
      undefined,
    ]);
    expect(describeRule({ rule_data: { attribute: "Transaction/amount/USD", operator: "$lte", value: 10000 } })).toBe(
      "Transaction/amount/USD $lte 10000",
    );
    expect(
      describeRule({
        rule_data: {
          attribute: { version: "v1", schema: "Customer", path: "Customer/amlScreening/sanctionsHits" },
          operator: "$exists",
        },
      }),
    ).toBe("Customer/amlScreening/sanctionsHits $exists");
  });
});

describe("the demo's history", () => {
  it("shows values the vendor's published schemas add to the docs page, and passes the spec", () => {
    const history = buildDemoHistory();
    const rules = history.flatMap((log) =>
      "executions" in log.data ? (log.data.executions ?? []).flatMap((run) => run.rules) : [],
    );
    // The docs page's paths; the vendor's generated ones follow them in KnownVaultPath as confirmed additions.
    const { docs, added } = knownVaultPaths(spec);
    const known = new Set(docs);
    const links = rules.flatMap((rule) => {
      const attribute = rule.rule_data?.attribute;
      return typeof attribute === "object" ? [attribute] : [];
    });
    expect(rules.map((rule) => rule.status)).toContain("skipped");
    expect(rules.map((rule) => rule.rule_data?.operator)).toContain("$nhas");
    expect(links.map((link) => link.schema)).toContain("Web3Transaction");
    expect(links.filter((link) => !known.has(link.path)).map((link) => link.path)).toEqual([
      "Web3Transaction/functionName",
    ]);
    expect(added).toContain("Web3Transaction/functionName");
    for (const log of history) expect(errorsFor("ActivityLog", log)).toEqual([]);
  });
});
