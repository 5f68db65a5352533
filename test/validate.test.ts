import { describe, expect, expectTypeOf, it } from "vitest";
import type { ActivityLogsResponse, ApiErrorBody } from "../src/model/types.ts";
import { ContractError, createActivityLogsClient, isContractError, type ContractViolation } from "../src/index.ts";
import * as validateEntry from "../src/validate.ts";
import {
  MAX_ISSUES,
  checkActivityLogsResponse,
  checkBody,
  checkApiErrorBody,
  isValidActivityLogsResponse,
  isValidApiErrorBody,
  type ContractIssue,
} from "../src/validate.ts";
import { errorsFor, spec } from "./support/spec-schema.ts";

// How a message lists an enum of the spec (the first six and the count past eight). The lists come from the spec, which
// grows with the vendor's schemas (`npm run spec:update`), so a value added there keeps these tests as they are.
function oneOf(schema: string, orNull = ""): string {
  const values = (spec.components.schemas as Record<string, { enum: string[] }>)[schema]?.enum ?? [];
  const listed =
    values.length <= 8 ? values.join(", ") : `${values.slice(0, 6).join(", ")}, … (${values.length} values)`;
  return `one of ${listed}${orNull}`;
}

const stepMetadata = {
  ip: "203.0.113.7",
  user_agent: "Mozilla/5.0",
  platform: "web",
  browser_name: "Firefox",
  browser_version: "131",
  device: "desktop",
  customer_language: "fr",
};
const sessionLog = {
  id: "log-1",
  createdAt: "2024-05-01T10:00:00.000Z",
  data: { data: { session_id: "s-1" }, event: { status: "APPROVED", alias: "Jane", sandbox: false } },
};
const stepLog = {
  data: {
    data: { session_id: "s-1", step_id: "st-1" },
    event: { status: "PENDING_VERIFICATION", type: "LIVENESS", sandbox: true, metadata: stepMetadata },
  },
};
const kycWithoutEvent = { data: { data: {} } };
const kycWithNullEvent = { data: { data: {}, event: null } };

function rule(ruleData: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { status: "valid", result: { result: { is_valid: true, reasons: [] } }, rule_data: ruleData, ...extra };
}
const vaultLink = { version: "v1", schema: "Customer", path: "Customer/identityData/age" };
const scenarioLog = {
  id: "log-2",
  data: {
    execution_status: "not-valid",
    executions: [
      {
        scenarioId: "sc-1",
        scenarioStatus: "not-valid",
        rules: [
          rule({
            queryId: "query_1",
            id: "q1",
            requestId: 7,
            attribute: vaultLink,
            operator: "$gte",
            value: 18,
            type: "IDInformation",
          }),
          rule({ attribute: "Customer/identityData/nationality", operator: "$in", value: ["FR", "DE"] }),
          rule({ attribute: vaultLink, operator: "$nin", value: [1, 2], type: null, requestId: null }),
          rule({ attribute: "x", operator: "$eq", value: true }),
          rule({ attribute: "x", operator: "$ne", value: "text" }),
          rule({ attribute: "x", operator: "$exists", value: null }),
          rule({ attribute: "x", operator: "$noop", timeframe: "monthly", displayMode: "percentage" }),
          { status: null, result: null, rule_data: null },
          {},
        ],
      },
    ],
  },
};
const scenarioLogWithoutExecutions = { data: { executions: null } };

function page(...activityLogs: unknown[]): Record<string, unknown> {
  return { totalCount: activityLogs.length, customerId: "c-1", activityLogs };
}

const messages = (issues: ContractIssue[]): string[] => issues.map((i) => i.message);

describe("checkActivityLogsResponse", () => {
  it("returns no issues for pages of every variant and value form", () => {
    const valid = [
      page(),
      page(sessionLog, stepLog, kycWithoutEvent, kycWithNullEvent, scenarioLog, scenarioLogWithoutExecutions),
      { ...page(sessionLog), nextCursor: "unknown keys pass" },
    ];
    for (const body of valid) {
      expect(errorsFor("ActivityLogsResponse", body)).toEqual([]);
      expect(checkActivityLogsResponse(body)).toEqual([]);
    }
  });

  it("names the pointer, the expected values and the received value of a deep bad operator", () => {
    const bad = structuredClone(scenarioLog);
    bad.data.executions[0]!.rules[1] = rule({ attribute: "x", operator: "$contains", value: ["a"] });
    const issues = checkActivityLogsResponse(page(sessionLog, stepLog, scenarioLog, bad));
    expect(issues).toEqual([
      {
        pointer: "/activityLogs/3/data/executions/0/rules/1/rule_data/operator",
        expected: "one of $noop, $eq, $lt, $lte, $gt, $gte, … (12 values)",
        received: '"$contains"',
        message: `/activityLogs/3/data/executions/0/rules/1/rule_data/operator must be ${oneOf("RuleOperator")}; got "$contains"`,
      },
    ]);
  });

  it("accepts the values the vendor's published schemas add, vault paths the docs do not list included", () => {
    const body = page({
      data: {
        execution_status: "skipped",
        executions: [
          {
            rules: [
              rule({ attribute: { ...vaultLink, schema: "Web3Transaction", path: "Web3/any" }, operator: "$has" }),
            ],
          },
        ],
      },
    });
    expect(errorsFor("ActivityLogsResponse", body)).toEqual([]);
    expect(checkActivityLogsResponse(body)).toEqual([]);
  });

  it("reports values no schema lists, each at its own pointer", () => {
    const issues = checkActivityLogsResponse(
      page({
        data: {
          execution_status: "passed",
          executions: [{ rules: [rule({ attribute: { ...vaultLink, schema: "Wallet" }, operator: "$contains" })] }],
        },
      }),
    );
    expect(messages(issues)).toEqual([
      `/activityLogs/0/data/executions/0/rules/0/rule_data/attribute/schema must be ${oneOf("VaultSchemaName")}; got "Wallet"`,
      `/activityLogs/0/data/executions/0/rules/0/rule_data/operator must be ${oneOf("RuleOperator")}; got "$contains"`,
      `/activityLogs/0/data/execution_status must be ${oneOf("RuleResultStatus")}; got "passed"`,
    ]);
  });

  it("explains a scenario log that breaks only execution_status as a scenario log, not as a KYC log missing data", () => {
    const bad = { ...scenarioLog, data: { ...scenarioLog.data, execution_status: "passed" } };
    expect(messages(checkActivityLogsResponse(page(bad)))).toEqual([
      `/activityLogs/0/data/execution_status must be ${oneOf("RuleResultStatus")}; got "passed"`,
    ]);
  });

  it("explains a step event with an unknown type as a step event, not as a session event missing alias", () => {
    const bad = { data: { data: {}, event: { ...stepLog.data.event, type: "SELFIE" } } };
    expect(messages(checkActivityLogsResponse(page(bad)))).toEqual([
      `/activityLogs/0/data/event/type must be ${oneOf("SynapsStepType")}; got "SELFIE"`,
    ]);
  });

  it("explains a rule value against the variant of its JSON type", () => {
    const withValue = (value: unknown) =>
      page({ data: { executions: [{ rules: [rule({ attribute: "x", operator: "$in", value })] }] } });
    expect(messages(checkActivityLogsResponse(withValue([1, "a"])))).toEqual([
      '/activityLogs/0/data/executions/0/rules/0/rule_data/value/1 must be type number; got "a"',
    ]);
    expect(messages(checkActivityLogsResponse(withValue({ a: 1 })))).toEqual([
      '/activityLogs/0/data/executions/0/rules/0/rule_data/value must be a boolean, a string, a number or a list, or null; got {"a":1}',
    ]);
  });

  it("says what shapes an event may have when it has none of them", () => {
    const bad = { data: { data: {}, event: { status: "APPROVED", sandbox: true } } };
    expect(messages(checkActivityLogsResponse(page(bad)))).toEqual([
      '/activityLogs/0/data/event must be an object with alias (a session event) or with type or metadata (a step event), or null; got {"status":"APPROVED","sandbox":true}',
    ]);
  });

  it("names a missing property by its own pointer", () => {
    const issues = checkActivityLogsResponse(page({ data: { executions: [{ rules: [rule({ attribute: "x" })] }] } }));
    expect(issues).toEqual([
      {
        pointer: "/activityLogs/0/data/executions/0/rules/0/rule_data/operator",
        expected: "present (required)",
        received: "nothing",
        message: "/activityLogs/0/data/executions/0/rules/0/rule_data/operator must be present (required); got nothing",
      },
    ]);
  });

  it("reports a KYC-shaped log against the KYC variant", () => {
    const issues = checkActivityLogsResponse(
      page({ data: { data: {}, event: { ...stepLog.data.event, status: "EXPIRED" } } }),
    );
    expect(messages(issues)).toEqual([
      `/activityLogs/0/data/event/status must be ${oneOf("SynapsStatus")}; got "EXPIRED"`,
    ]);
  });

  it("merges the alternatives of a nullable value that has the wrong type", () => {
    const issues = checkActivityLogsResponse(
      page({ data: { executions: [{ rules: [{ rule_data: 5, status: "passed" }] }] } }),
    );
    expect(messages(issues)).toEqual([
      "/activityLogs/0/data/executions/0/rules/0/rule_data must be type object or null; got 5",
      `/activityLogs/0/data/executions/0/rules/0/status must be ${oneOf("RuleResultStatus", ", or null")}; got "passed"`,
    ]);
  });

  it("reports the page's own members and items that are not objects", () => {
    expect(messages(checkActivityLogsResponse({ totalCount: -1, activityLogs: [5] }))).toEqual([
      "/customerId must be present (required); got nothing",
      "/totalCount must be a number >= 0; got -1",
      "/activityLogs/0 must be an object with a data object (a KYC provider event or a scenario execution); got 5",
    ]);
    expect(messages(checkActivityLogsResponse(null))).toEqual(["(body) must be type object; got null"]);
  });

  it("truncates a long received value", () => {
    const [issue] = checkActivityLogsResponse(page({ data: { data: "x".repeat(500) } }));
    expect(issue?.pointer).toBe("/activityLogs/0/data/data");
    expect(issue?.received).toHaveLength(80);
    expect(issue?.received.endsWith("…")).toBe(true);
  });

  it("lists the first 20 issues and counts the rest", () => {
    const logs = Array.from({ length: 1000 }, () => ({
      data: { data: {}, event: { ...sessionLog.data.event, status: "EXPIRED" } },
    }));
    const result = checkBody("ActivityLogsResponse", page(...logs));
    expect(result.count).toBe(1000);
    expect(result.issues).toHaveLength(MAX_ISSUES);
    expect(result.issues.map((i) => i.pointer)).toEqual(
      Array.from({ length: 20 }, (_, i) => `/activityLogs/${i}/data/event/status`),
    );
    const lines = result.message.split("\n");
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe("… and 980 more issues");
    expect(checkActivityLogsResponse(page(...logs))).toHaveLength(MAX_ISSUES);
    expect(checkBody("ActivityLogsResponse", page(sessionLog))).toEqual({ issues: [], count: 0, message: "" });
  });

  it("hands the client's onContractViolation the first 20 issues, the total count and the cut message", async () => {
    const logs = Array.from({ length: 25 }, () => ({
      data: { data: {}, event: { ...sessionLog.data.event, status: "EXPIRED" } },
    }));
    const body = page(...logs);
    const violations: ContractViolation[] = [];
    const client = createActivityLogsClient({
      apiKey: "k",
      rateLimit: false,
      retry: false,
      validate: "warn",
      onContractViolation: (violation) => violations.push(violation),
      fetch: () => Promise.resolve(Response.json(body)),
    });
    await expect(client.getActivityLogs("c-1")).resolves.toEqual(body);
    expect(violations.map((v) => [v.count, v.issues.length, v.message.split("\n").at(-1)])).toEqual([
      [25, MAX_ISSUES, "… and 5 more issues"],
    ]);
    const strict = createActivityLogsClient({
      apiKey: "k",
      rateLimit: false,
      retry: false,
      validate: "strict",
      fetch: () => Promise.resolve(Response.json(body)),
    });
    const error: unknown = await strict.getActivityLogs("c-1").catch((e: unknown) => e);
    expect(isContractError(error) && error.message.split("\n")[0]).toBe(
      "Response does not match the spec (25 issues): GET /customers/c-1/activity-logs",
    );
  });

  it("reports on a value nested thousands of levels deep without overflowing the stack", () => {
    let deep: unknown = "end";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const withDeepValue = page({
      data: { executions: [{ rules: [rule({ attribute: "x", operator: "$in", value: deep })] }] },
    });
    const [issue, ...rest] = checkActivityLogsResponse(withDeepValue);
    expect(rest).toEqual([]);
    expect(issue?.pointer).toBe("/activityLogs/0/data/executions/0/rules/0/rule_data/value/0");
    expect(issue?.received).toBe(`${"[".repeat(79)}…`);
    expect(checkActivityLogsResponse({ ...page(), customerId: deep })[0]?.received).toHaveLength(80);
  });

  it("redacts the full received text before cutting it, so a secret across the cut is found", () => {
    const key = "sk_live_0123456789abcdef0123456789abcdef";
    const body = page({ data: { data: `${"x".repeat(60)}${key}` } });
    const redact = (text: string) => text.replaceAll(key, "[redacted]");
    const [issue] = checkActivityLogsResponse(body, redact);
    expect(issue?.received).toBe(`"${"x".repeat(60)}[redacted]"`);
    expect(issue?.message).not.toContain(key.slice(0, 8));
    // Without redact the cut would leave the key's first characters.
    expect(checkActivityLogsResponse(body)[0]?.received).toContain(key.slice(0, 8));
  });

  it("names a missing page member by its pointer", () => {
    expect(messages(checkActivityLogsResponse({ totalCount: 0, customerId: "c" }))).toEqual([
      "/activityLogs must be present (required); got nothing",
    ]);
  });
});

describe("checkApiErrorBody", () => {
  it("returns no issues for a spec error body, with or without issues", () => {
    expect(checkApiErrorBody({ message: "Not found", code: "NOT_FOUND" })).toEqual([]);
    expect(
      checkApiErrorBody({
        message: "Input validation failed",
        code: "BAD_REQUEST",
        issues: [{ message: "Required", path: ["limit"] }],
      }),
    ).toEqual([]);
  });

  it("reports a wrong error body", () => {
    expect(messages(checkApiErrorBody({ message: 1, issues: [{}] }))).toEqual([
      "/code must be present (required); got nothing",
      "/message must be type string; got 1",
      "/issues/0/message must be present (required); got nothing",
    ]);
    expect(messages(checkApiErrorBody("Internal Server Error"))).toEqual([
      '(body) must be type object; got "Internal Server Error"',
    ]);
  });
});

describe("type guards", () => {
  it("isValidActivityLogsResponse narrows a valid page", () => {
    const body: unknown = page(scenarioLog);
    expect(isValidActivityLogsResponse(body)).toBe(true);
    if (isValidActivityLogsResponse(body)) expectTypeOf(body).toEqualTypeOf<ActivityLogsResponse>();
    expect(isValidActivityLogsResponse(page({ data: { data: 1 } }))).toBe(false);
  });

  it("isValidApiErrorBody narrows a valid error body", () => {
    const body: unknown = { message: "Not found", code: "NOT_FOUND" };
    expect(isValidApiErrorBody(body)).toBe(true);
    if (isValidApiErrorBody(body)) expectTypeOf(body).toEqualTypeOf<ApiErrorBody>();
    expect(isValidApiErrorBody({ message: "x" })).toBe(false);
  });

  it("checkActivityLogsResponse returns ContractIssue[]", () => {
    expectTypeOf(checkActivityLogsResponse).returns.toEqualTypeOf<ContractIssue[]>();
    // @ts-expect-error the result is a list of issues, not a boolean
    const flag: boolean = checkActivityLogsResponse({});
    expect(flag).not.toBe(true);
  });
});

describe("ContractError", () => {
  it("is exported from the core entry, not from the validate entry", () => {
    expect(Object.keys(validateEntry)).not.toContain("ContractError");
    const error = new ContractError({
      schema: "ApiErrorBody",
      method: "GET",
      url: "https://api.compilot.ai/x",
      status: 500,
      issues: [],
      count: 0,
      message: "",
    });
    expect(error.name).toBe("ContractError");
    expect(isContractError(error)).toBe(true);
  });
});
