import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, expectTypeOf, inject, it } from "vitest";
import { startMockApiServer, type MockApiServer } from "../../scripts/mock-server.ts";
import {
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
  resetMockSequence,
} from "../../src/mock/factories.ts";
import type { ActivityLog } from "../../src/model/types.ts";
import { errorsFor } from "../support/spec-schema.ts";
import { exec, installConsumer, removeTemp, repoTsc } from "./support/pack.ts";

const tarball = inject("tarball");
const fixtures = new URL(".", import.meta.url).pathname;
const apiKey = "consumer-test-key";
const customerId = "cus-consumer";
const badCustomerId = "cus-bad";
// The msw the kit's consumers install: msw 2 by default; .ci/run sets CONSUMER_MSW_VERSION=3.0.5 on Node 22 and 24
// (msw 3 needs Node >= 22.12 and is ESM only).
const mswVersion = process.env["CONSUMER_MSW_VERSION"] ?? "2.11.3";

function history(): ActivityLog[] {
  resetMockSequence();
  return [
    makeKycProviderEventLog({ data: { event: { type: "LIVENESS", status: "APPROVED" } } }),
    makeKycProviderEventLog({ data: { event: { alias: "alice", status: "PENDING_VERIFICATION" } } }),
    makeScenarioExecutionLog({
      data: {
        executions: [
          makeScenarioExecution({
            rules: [
              makeRuleExecution(),
              makeRuleExecution({ status: "not-valid", rule_data: { attribute: "age", operator: "$gte", value: 18 } }),
            ],
          }),
        ],
      },
    }),
  ];
}

// The operator is none of the spec's ten: strict validation must reject the page.
function badHistory(): ActivityLog[] {
  const log = makeScenarioExecutionLog();
  const rule = log.data.executions?.[0]?.rules[0]?.rule_data;
  if (rule) Object.assign(rule, { operator: "$regex" });
  return [log];
}

let api: MockApiServer;
const temps: string[] = [];

beforeAll(async () => {
  api = await startMockApiServer({
    logsByCustomer: { [customerId]: history(), [badCustomerId]: badHistory() },
    apiKey,
  });
});

afterAll(async () => {
  await api?.close();
  for (const dir of temps) removeTemp(dir);
});

describe("test data", () => {
  it("serves a spec-valid history and a page that breaks the spec", () => {
    const page = { totalCount: 3, customerId, activityLogs: history() };
    expect(errorsFor("ActivityLogsResponse", page)).toEqual([]);
    expect(errorsFor("ActivityLogsResponse", { ...page, activityLogs: badHistory() })).not.toEqual([]);
    expectTypeOf(history()).toEqualTypeOf<ActivityLog[]>();
  });
});

describe("Node ESM consumer", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await installConsumer(join(fixtures, "esm"), tarball, [`msw@${mswVersion}`]);
    temps.push(dir);
  });

  it("calls the API through the installed tarball, narrows each log and prints it", async () => {
    const { stdout } = await exec(process.execPath, ["index.js", api.url, apiKey, customerId, badCustomerId], dir);
    expect(stdout.trim().split("\n")).toEqual([
      "page 1: 2 of 3",
      "kyc step LIVENESS APPROVED",
      "kyc session alice PENDING_VERIFICATION",
      "scenarios not-valid: Customer:Customer/identityData/nationality $nin PRK,IRN,SYR -> valid; age $gte 18 -> not-valid",
      "iterated 3",
      "strict valid: true",
      "ContractError /activityLogs/0/data/executions/0/rules/0/rule_data/operator",
      "ApiError 404 NOT_FOUND",
    ]);
  });

  it(`runs the msw kit from the ./msw entry with msw ${mswVersion} installed next to it`, async () => {
    const { stdout } = await exec(process.execPath, ["msw.js"], dir);
    expect(stdout.trim()).toBe("msw kit: 2 kyc of 3");
    const installed = JSON.parse(readFileSync(join(dir, "node_modules", "msw", "package.json"), "utf8")) as {
      version: string;
    };
    expect(installed.version).toBe(mswVersion);
  });

  // msw 3 is ESM only: the CommonJS build of ./msw reaches it through Node's require(esm) (on by default from 22.12).
  it(`runs the msw kit from the CommonJS build of ./msw with msw ${mswVersion}`, async () => {
    const { stdout } = await exec(process.execPath, ["msw.cjs"], dir);
    expect(stdout.trim()).toBe("msw kit (CommonJS): 1 kyc of 2");
  });

  it("resolves the ESM build of every entry", async () => {
    const { stdout } = await exec(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'for (const s of ["compilot-activity-logs", "compilot-activity-logs/validate", "compilot-activity-logs/mock", "compilot-activity-logs/msw", "compilot-activity-logs/server", "compilot-activity-logs/query", "compilot-activity-logs/redis"]) console.log(import.meta.resolve(s).replace(/^.*node_modules\\//, ""))',
      ],
      dir,
    );
    expect(stdout.trim().split("\n")).toEqual([
      "compilot-activity-logs/dist/index.mjs",
      "compilot-activity-logs/dist/validate.mjs",
      "compilot-activity-logs/dist/mock.mjs",
      "compilot-activity-logs/dist/msw.mjs",
      "compilot-activity-logs/dist/server.mjs",
      "compilot-activity-logs/dist/query.mjs",
      "compilot-activity-logs/dist/redis.mjs",
    ]);
  });
});

describe("Node CommonJS consumer", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await installConsumer(join(fixtures, "cjs"), tarball);
    temps.push(dir);
  });

  it("requires the installed tarball, validates strictly, narrows each log and prints it", async () => {
    const { stdout } = await exec(process.execPath, ["index.js", api.url, apiKey, customerId], dir);
    expect(stdout.trim().split("\n")).toEqual([
      "page 1: 3 of 3",
      "kyc step LIVENESS APPROVED",
      "kyc session alice PENDING_VERIFICATION",
      "scenarios not-valid: string[],number",
      "issues: 0",
      "ApiError 404 NOT_FOUND",
      "msw entry needs msw: MODULE_NOT_FOUND",
      "redis entry needs rate-limiter-flexible: MODULE_NOT_FOUND",
    ]);
  });

  it("resolves the CommonJS build of every entry", async () => {
    const { stdout } = await exec(
      process.execPath,
      [
        "-e",
        'for (const s of ["compilot-activity-logs", "compilot-activity-logs/validate", "compilot-activity-logs/mock", "compilot-activity-logs/msw", "compilot-activity-logs/server", "compilot-activity-logs/query", "compilot-activity-logs/redis"]) console.log(require.resolve(s).replace(/^.*node_modules\\//, ""))',
      ],
      dir,
    );
    expect(stdout.trim().split("\n")).toEqual([
      "compilot-activity-logs/dist/index.cjs",
      "compilot-activity-logs/dist/validate.cjs",
      "compilot-activity-logs/dist/mock.cjs",
      "compilot-activity-logs/dist/msw.cjs",
      "compilot-activity-logs/dist/server.cjs",
      "compilot-activity-logs/dist/query.cjs",
      "compilot-activity-logs/dist/redis.cjs",
    ]);
  });
});

// The factories need no msw: a project that never installs it builds its fixtures with ./mock, in ESM, CommonJS and
// TypeScript (skipLibCheck off, so a declaration that reached for msw's types would fail to compile).
describe("consumer of ./mock without msw", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await installConsumer(join(fixtures, "mock"), tarball);
    temps.push(dir);
    copyFileSync(join(dir, "consumer.ts.txt"), join(dir, "consumer.ts"));
  });

  it("has no msw installed", () => {
    expect(existsSync(join(dir, "node_modules", "compilot-activity-logs", "package.json"))).toBe(true);
    expect(existsSync(join(dir, "node_modules", "msw"))).toBe(false);
  });

  it("imports the factories from the ESM build of ./mock and narrows what they make", async () => {
    const { stdout } = await exec(process.execPath, ["index.js"], dir);
    expect(stdout.trim().split("\n")).toEqual([
      "mock entry (ESM): kyc REJECTED, scenario not-valid of 2",
      "guards: true true",
    ]);
  });

  it("requires the factories from the CommonJS build of ./mock, while ./msw still needs msw", async () => {
    const { stdout } = await exec(process.execPath, ["index.cjs"], dir);
    expect(stdout.trim().split("\n")).toEqual([
      "mock entry (CommonJS): ID_DOCUMENT NOT_FOUND",
      "customer 00000000-0000-4000-8000-c0570e000001",
      "msw entry needs msw: MODULE_NOT_FOUND",
    ]);
  });

  it.each(["node16", "bundler"])("compiles with zero errors under %s, skipLibCheck off", async (variant) => {
    const { stdout } = await exec(
      process.execPath,
      [repoTsc, "-p", `tsconfig.${variant}.json`, "--pretty", "false"],
      dir,
    );
    expect(stdout).toBe("");
  });
});

describe("TypeScript consumer", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await installConsumer(join(fixtures, "ts"), tarball, [`msw@${mswVersion}`]);
    temps.push(dir);
    copyFileSync(join(dir, "consumer.ts.txt"), join(dir, "consumer.ts"));
    copyFileSync(join(dir, "consumer.cts.txt"), join(dir, "consumer.cts"));
  });

  it.each([
    ["node16", "moduleResolution node16, module node16 (ESM and CommonJS files)"],
    ["node16-exact", "node16 with exactOptionalPropertyTypes"],
    ["bundler", "moduleResolution bundler, module esnext"],
    ["bundler-exact", "bundler with exactOptionalPropertyTypes"],
  ])("compiles with zero errors under %s (%s), skipLibCheck off", async (variant) => {
    const { stdout } = await exec(
      process.execPath,
      [repoTsc, "-p", `tsconfig.${variant}.json`, "--pretty", "false"],
      dir,
    );
    expect(stdout).toBe("");
  });

  it("fails to compile a wrong narrowing once the @ts-expect-error is gone (the types are real, not any)", async () => {
    const source = join(dir, "consumer.ts");
    const original = readFileSync(source, "utf8");
    writeFileSync(
      source,
      original.replace("    // @ts-expect-error a log must be narrowed before reading its event\n", ""),
    );
    try {
      const error = await exec(
        process.execPath,
        [repoTsc, "-p", "tsconfig.bundler.json", "--pretty", "false"],
        dir,
      ).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/consumer\.ts\(\d+,\d+\): error TS2339: Property 'event' does not exist/);
    } finally {
      writeFileSync(source, original);
    }
  });
});
