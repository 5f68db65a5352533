// Property tests of the mock kit: whatever overrides of the allowed shape go in, what comes out passes the spec.
import fc from "fast-check";
import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import {
  activityLogsHandlers,
  makeActivityLogsResponse,
  makeApiErrorBody,
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
  makeSynapsSessionEvent,
  makeSynapsStepEvent,
} from "../src/msw.ts";
import type {
  ActivityLog,
  CredentialType,
  RuleOperator,
  RuleResultStatus,
  SynapsStatus,
  SynapsStepType,
  VaultPath,
  VaultSchemaName,
} from "../src/model/types.ts";
import { errorsFor, spec } from "./support/spec-schema.ts";

// Enum values come from the spec itself, so a new value there is exercised here without editing this file.
function enumOf<T extends string>(schemaName: string): fc.Arbitrary<T> {
  const schema = spec.components.schemas[schemaName] as { enum: T[] };
  return fc.constantFrom(...schema.enum);
}

const synapsStatus = enumOf<SynapsStatus>("SynapsStatus");
const stepType = enumOf<SynapsStepType>("SynapsStepType");
const ruleStatus = enumOf<RuleResultStatus>("RuleResultStatus");
const operator = enumOf<RuleOperator>("RuleOperator");
const credentialType = enumOf<CredentialType>("CredentialType");
// Any string is a vault path; the docs page's 253 (KnownVaultPath) are the likely ones.
const vaultPath: fc.Arbitrary<VaultPath> = fc.oneof(enumOf<VaultPath>("KnownVaultPath"), fc.string());
const vaultSchema = enumOf<VaultSchemaName>("VaultSchemaName");

const metadataOverride = fc.record(
  {
    ip: fc.ipV4(),
    user_agent: fc.string(),
    platform: fc.string(),
    browser_name: fc.string(),
    browser_version: fc.string(),
    device: fc.string(),
    customer_language: fc.string(),
  },
  { requiredKeys: [] },
);

const stepOverride = fc.record(
  { status: synapsStatus, type: stepType, sandbox: fc.boolean(), metadata: metadataOverride },
  { requiredKeys: [] },
);
const sessionOverride = fc.record(
  { status: synapsStatus, alias: fc.string(), sandbox: fc.boolean() },
  { requiredKeys: ["alias"] },
);

const ruleValue = fc.oneof(
  fc.boolean(),
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.string(), { maxLength: 4 }),
  fc.array(fc.integer(), { maxLength: 4 }),
);

const ruleDataOverride = fc.record(
  {
    queryId: fc.string(),
    id: fc.uuid(),
    requestId: fc.option(fc.integer(), { nil: null }),
    attribute: fc.oneof(
      fc.string(),
      fc.record({ version: fc.constant("v1" as const), schema: vaultSchema, path: vaultPath }, { requiredKeys: [] }),
    ),
    value: fc.option(ruleValue, { nil: null }),
    operator,
    type: fc.option(credentialType, { nil: null }),
  },
  { requiredKeys: [] },
);

const ruleOverride = fc.record(
  {
    status: fc.option(ruleStatus, { nil: null }),
    rule_data: fc.option(ruleDataOverride, { nil: null }),
    result: fc.option(
      fc.record(
        {
          result: fc.option(
            fc.record(
              { is_valid: fc.boolean(), reasons: fc.array(fc.string(), { maxLength: 3 }) },
              { requiredKeys: [] },
            ),
            {
              nil: null,
            },
          ),
        },
        { requiredKeys: [] },
      ),
      { nil: null },
    ),
  },
  { requiredKeys: [] },
);

const scenarioOverride = fc.record(
  {
    scenarioId: fc.uuid(),
    scenarioStatus: ruleStatus,
    rules: fc.array(
      ruleOverride.map((o) => makeRuleExecution(o)),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: [] },
);

const scenarioLogOverride = fc.record(
  {
    data: fc.record(
      {
        executions: fc.option(
          fc.array(
            scenarioOverride.map((o) => makeScenarioExecution(o)),
            { maxLength: 3 },
          ),
          { nil: null },
        ),
        execution_status: ruleStatus,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const kycLogOverride = fc.record(
  {
    data: fc.record(
      {
        data: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
        event: fc.oneof(fc.constant(null), stepOverride, sessionOverride),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const activityLog: fc.Arbitrary<ActivityLog> = fc.oneof(
  kycLogOverride.map((o) => makeKycProviderEventLog(o)),
  scenarioLogOverride.map((o) => makeScenarioExecutionLog(o)),
);

describe("factories under random overrides", () => {
  it("makeSynapsStepEvent always makes a valid step event", () => {
    fc.assert(
      fc.property(stepOverride, (o) => {
        expect(errorsFor("SynapsStepEvent", makeSynapsStepEvent(o))).toEqual([]);
      }),
    );
  });

  it("makeSynapsSessionEvent always makes a valid session event", () => {
    fc.assert(
      fc.property(sessionOverride, (o) => {
        expect(errorsFor("SynapsSessionEvent", makeSynapsSessionEvent(o))).toEqual([]);
      }),
    );
  });

  it("makeRuleExecution always makes a valid rule execution", () => {
    fc.assert(
      fc.property(ruleOverride, (o) => {
        expect(errorsFor("RuleExecution", makeRuleExecution(o))).toEqual([]);
      }),
    );
  });

  it("makeKycProviderEventLog always makes a valid activity log that stays a KYC log", () => {
    fc.assert(
      fc.property(kycLogOverride, (o) => {
        const log = makeKycProviderEventLog(o);
        expect(errorsFor("KycProviderEventLog", log)).toEqual([]);
        expect(errorsFor("ActivityLog", log)).toEqual([]);
      }),
    );
  });

  it("makeScenarioExecutionLog always makes a valid activity log", () => {
    fc.assert(
      fc.property(scenarioLogOverride, (o) => {
        expect(errorsFor("ActivityLog", makeScenarioExecutionLog(o))).toEqual([]);
      }),
    );
  });

  it("makeActivityLogsResponse always makes a valid page", () => {
    fc.assert(
      fc.property(
        fc.array(activityLog, { maxLength: 5 }),
        fc.option(fc.nat(), { nil: undefined }),
        (logs, totalCount) => {
          const page = makeActivityLogsResponse(logs, totalCount === undefined ? {} : { totalCount });
          expect(errorsFor("ActivityLogsResponse", page)).toEqual([]);
        },
      ),
    );
  });

  it("makeApiErrorBody always makes a valid error body", () => {
    const issues = fc.array(fc.record({ message: fc.string(), path: fc.array(fc.string()) }), { maxLength: 3 });
    const overrides = fc.record({ message: fc.string(), code: fc.string(), issues }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 599 }), overrides, (status, o) => {
        expect(errorsFor("ApiErrorBody", makeApiErrorBody(status, o))).toEqual([]);
      }),
    );
  });
});

describe("activityLogsHandlers under random histories", () => {
  it("pages through any history: pages concatenate to the history and every page passes the spec", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(activityLog, { maxLength: 25 }),
        fc.integer({ min: 1, max: 7 }),
        async (logs, limit) => {
          const handlers = activityLogsHandlers({ logsByCustomer: { c: logs } });
          const seen: ActivityLog[] = [];
          const pages = Math.ceil(logs.length / limit) + 1;
          for (let page = 1; page <= pages; page += 1) {
            const request = new Request(
              `https://api.compilot.ai/customers/c/activity-logs?currentPage=${page}&limit=${limit}`,
            );
            const response = await getResponse(handlers, request);
            const body: unknown = await response?.json();
            expect(response?.status).toBe(200);
            expect(errorsFor("ActivityLogsResponse", body)).toEqual([]);
            const { totalCount, activityLogs } = body as { totalCount: number; activityLogs: ActivityLog[] };
            expect(totalCount).toBe(logs.length);
            expect(activityLogs.length).toBeLessThanOrEqual(limit);
            seen.push(...activityLogs);
          }
          // Compared as JSON: the wire has no -0 (random open-object members may hold one), so JSON is the truth here.
          expect(seen).toEqual(JSON.parse(JSON.stringify(logs)));
        },
      ),
      { numRuns: 50 },
    );
  });
});
