// `compilot-activity-logs mock` as a user runs it: the compiled command in a child process, stopped with real signals,
// its pages checked against the spec and walked with the client.
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createActivityLogsClient,
  isKycProviderEventLog,
  isScenarioExecutionLog,
  isSynapsSessionEvent,
  isSynapsStepEvent,
  isVaultMetadataLink,
  type ActivityLog,
  type ActivityLogsResponse,
} from "../src/index.ts";
import { checkActivityLogsResponse, checkApiErrorBody } from "../src/validate.ts";
import { compileCli, removeTempDirs, runCli, type CliRun } from "./support/export-cli.ts";

let cli: string;
beforeAll(async () => {
  cli = await compileCli();
}, 120_000);
afterAll(() => removeTempDirs());

interface RunningMock {
  url: string;
  child: ChildProcess;
  /** Resolves with the run once the process has exited. */
  exited: Promise<CliRun>;
}

/** Starts `mock --port 0 …args` and resolves with the URL it prints. */
async function startMock(args: string[] = []): Promise<RunningMock> {
  let child: ChildProcess | undefined;
  const exited = runCli(cli, ["mock", "--port", "0", ...args], { onStart: (c) => (child = c) });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child?.stdout?.on("data", (chunk: Buffer | string) => {
      out += String(chunk);
      const found = /Mock ComPilot API on (http:\/\/\S+) /.exec(out)?.[1];
      if (found) resolve(found);
    });
    void exited.then((run) => reject(new Error(`the mock exited: ${run.stderr}`)));
  });
  return { url, child: child as ChildProcess, exited };
}

const mocks: RunningMock[] = [];
afterAll(async () => {
  for (const mock of mocks) if (mock.child.exitCode === null) mock.child.kill("SIGTERM");
  await Promise.all(mocks.map((mock) => mock.exited));
});

async function started(args: string[] = []): Promise<string> {
  const mock = await startMock(args);
  mocks.push(mock);
  return mock.url;
}

async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

async function wholeHistory(url: string, customerId: string): Promise<ActivityLog[]> {
  const client = createActivityLogsClient({ baseUrl: url, rateLimit: false, validate: "strict" });
  const logs: ActivityLog[] = [];
  for await (const log of client.iterateActivityLogs(customerId, { limit: 50 })) logs.push(log);
  return logs;
}

describe("compilot-activity-logs mock", { timeout: 60_000 }, () => {
  let url: string;
  beforeAll(async () => {
    url = await started();
  }, 60_000);

  it("prints its URL and serves pages the spec accepts", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { status, body, headers } = await getJson(`${url}/customers/cus-1/activity-logs`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(checkActivityLogsResponse(body)).toEqual([]);
    const page = body as ActivityLogsResponse;
    expect(page.customerId).toBe("cus-1");
    expect(page.activityLogs).toHaveLength(20);
    expect(page.totalCount).toBeGreaterThanOrEqual(30);
  });

  it("holds every variant and the vendor's values in each customer's history", async () => {
    for (const customerId of ["cus-1", "7f9c0b2e-1d3a-4c5b-8e6f-0a1b2c3d4e5f", "x"]) {
      const logs = await wholeHistory(url, customerId);
      const kyc = logs.filter(isKycProviderEventLog);
      const scenario = logs.filter(isScenarioExecutionLog);
      expect(kyc.length + scenario.length).toBe(logs.length);
      const events = kyc.map((log) => log.data.event);
      const steps = events.filter(isSynapsStepEvent);
      expect(new Set(steps.map((e) => e.type))).toEqual(
        new Set(["ID_DOCUMENT", "LIVENESS", "PROOF_OF_ADDRESS", "PHONE", "EMAIL"]),
      );
      expect(new Set(steps.map((e) => e.status))).toEqual(
        new Set(["APPROVED", "SUBMISSION_REQUIRED", "RESUBMISSION_REQUIRED", "REJECTED", "PENDING_VERIFICATION"]),
      );
      expect(events.some(isSynapsSessionEvent)).toBe(true);
      expect(events).toContain(null);
      expect(scenario.some((log) => log.data.executions === null && log.data.execution_status === "skipped")).toBe(
        true,
      );
      const rules = scenario.flatMap((log) => (log.data.executions ?? []).flatMap((e) => e.rules));
      expect(new Set(rules.map((r) => r.status))).toEqual(
        new Set(["valid", "not-valid", "error", "unknown", "skipped", null]),
      );
      expect(new Set(rules.map((r) => r.rule_data?.operator))).toEqual(
        new Set(["$noop", "$eq", "$lt", "$lte", "$gt", "$gte", "$in", "$nin", "$ne", "$exists", "$has", "$nhas"]),
      );
      const attributes = rules.map((r) => r.rule_data?.attribute);
      expect(new Set(attributes.filter(isVaultMetadataLink).map((a) => a.schema))).toEqual(
        new Set(["Customer", "KycSession", "Transaction", "Tfhe", "TfheKycSession", "Web3Transaction"]),
      );
      expect(attributes.some((a) => typeof a === "string")).toBe(true);
      const values = rules.map((r) => r.rule_data?.value);
      for (const form of ["boolean", "string", "number", "undefined"])
        expect(values.some((v) => typeof v === form)).toBe(true);
      expect(values.some((v) => Array.isArray(v) && typeof v[0] === "string")).toBe(true);
      expect(values.some((v) => Array.isArray(v) && typeof v[0] === "number")).toBe(true);
    }
  });

  it("gives the same id the same history whatever the order of requests, and different ids different ones", async () => {
    const other = await started();
    const limit = 7;
    const first = (await getJson(`${url}/customers/cus-order/activity-logs?limit=${limit}`))
      .body as ActivityLogsResponse;
    const pages = Math.ceil(first.totalCount / limit);
    // The other server sees other customers first, then this one's pages backwards.
    for (const id of ["a", "b", "c"]) await getJson(`${other}/customers/${id}/activity-logs`);
    const backwards: ActivityLog[][] = [];
    for (let page = pages; page >= 1; page--)
      backwards.unshift(
        (
          (await getJson(`${other}/customers/cus-order/activity-logs?currentPage=${page}&limit=${limit}`))
            .body as ActivityLogsResponse
        ).activityLogs,
      );
    expect(backwards.flat()).toEqual(await wholeHistory(url, "cus-order"));
    expect(await wholeHistory(url, "cus-other")).not.toEqual(await wholeHistory(url, "cus-order"));
  });

  it("gives another seed other histories", async () => {
    const seeded = await started(["--seed", "another"]);
    expect(await wholeHistory(seeded, "cus-1")).not.toEqual(await wholeHistory(url, "cus-1"));
    const sameSeed = await started(["--seed", "another"]);
    expect(await wholeHistory(sameSeed, "cus-1")).toEqual(await wholeHistory(seeded, "cus-1"));
  });

  it("pages by currentPage and limit: past the end an empty page with the same totalCount", async () => {
    const whole = (await getJson(`${url}/customers/cus-2/activity-logs?limit=1000`)).body as ActivityLogsResponse;
    expect(whole.activityLogs).toHaveLength(whole.totalCount);
    const third = (await getJson(`${url}/customers/cus-2/activity-logs?currentPage=3&limit=5`))
      .body as ActivityLogsResponse;
    expect(third.activityLogs).toEqual(whole.activityLogs.slice(10, 15));
    const past = await getJson(`${url}/customers/cus-2/activity-logs?currentPage=999&limit=5`);
    expect(past.status).toBe(200);
    expect(checkActivityLogsResponse(past.body)).toEqual([]);
    expect(past.body).toEqual({ totalCount: whole.totalCount, customerId: "cus-2", activityLogs: [] });
  });

  it("answers a bad page value with a 400 in the API's error shape, as the client would refuse it", async () => {
    for (const query of [
      "currentPage=0",
      "limit=-1",
      "limit=1.5",
      "currentPage=abc",
      "limit=",
      "currentPage=1&currentPage=2",
    ]) {
      const { status, body } = await getJson(`${url}/customers/cus-1/activity-logs?${query}`);
      expect(status, query).toBe(400);
      expect(checkApiErrorBody(body), query).toEqual([]);
      expect(body, query).toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringMatching(/must be an integer from 1/),
      });
    }
  });

  it("answers other paths with a 404 and other methods with a 405, in the API's error shape", async () => {
    for (const path of [
      "/",
      "/customers/cus-1",
      "/customers/cus-1/activity-logs/x",
      "/api/customers/cus-1/activity-logs",
      "/customers/%2E%2E/activity-logs",
    ]) {
      const { status, body } = await getJson(`${url}${path}`);
      expect(status, path).toBe(404);
      expect(checkApiErrorBody(body), path).toEqual([]);
      expect(body).toEqual({ message: "Not found", code: "NOT_FOUND" });
    }
    const post = await getJson(`${url}/customers/cus-1/activity-logs`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(checkApiErrorBody(post.body)).toEqual([]);
  });
});

describe("compilot-activity-logs mock: its process", { timeout: 60_000 }, () => {
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)
    it(`stops on ${signal}, and the port is free again`, async () => {
      const mock = await startMock();
      expect((await fetch(`${mock.url}/customers/c/activity-logs`)).status).toBe(200);
      mock.child.kill(signal);
      const run = await mock.exited;
      expect(run.code).toBe(code);
      expect(run.stderr).toBe("");
      await expect(fetch(`${mock.url}/customers/c/activity-logs`)).rejects.toThrow();
    });

  it("listens on 127.0.0.1:4010 unless told, as its help says", async () => {
    const run = await runCli(cli, ["mock", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--port <n>.*\(default: 4010\)/);
    expect(run.stdout).toMatch(/--host <host>.*\(default: "127\.0\.0\.1"\)/);
  });

  it("says the port is taken, and exits 1", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as { port: number };
    try {
      const run = await runCli(cli, ["mock", "--port", String(port)]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `error: cannot listen on 127.0.0.1:${port}: the port is in use (--port 0 picks a free one)\n`,
      );
    } finally {
      taken.close();
    }
  });

  it("refuses a port that is no port, as a usage error", async () => {
    const run = await runCli(cli, ["mock", "--port", "http"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--port <n>.*a port from 0 to 65535/);
  });
});
