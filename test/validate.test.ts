import { describe, expect, expectTypeOf, it } from "vitest";
import type { ActivityLogsResponse, ApiErrorBody } from "../src/types.ts";
import { ContractError, isContractError } from "../src/index.ts";
import * as validateEntry from "../src/validate.ts";
import {
  checkActivityLogsResponse,
  checkApiErrorBody,
  isValidActivityLogsResponse,
  isValidApiErrorBody,
  type ContractIssue,
} from "../src/validate.ts";
import { errorsFor } from "./support/spec-schema.ts";

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
          rule({ attribute: "x", operator: "$noop", timeframe: "30d", displayMode: "x" }),
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
    bad.data.executions[0]!.rules[1] = rule({ attribute: "x", operator: "$nhas", value: ["a"] });
    const issues = checkActivityLogsResponse(page(sessionLog, stepLog, scenarioLog, bad));
    expect(issues).toEqual([
      {
        pointer: "/activityLogs/3/data/executions/0/rules/1/rule_data/operator",
        expected: "one of $noop, $eq, $lt, $lte, $gt, $gte, … (10 values)",
        received: '"$nhas"',
        message:
          '/activityLogs/3/data/executions/0/rules/1/rule_data/operator must be one of $noop, $eq, $lt, $lte, $gt, $gte, … (10 values); got "$nhas"',
      },
    ]);
  });

  it("reports values that later upstream versions add", () => {
    const issues = checkActivityLogsResponse(
      page({
        data: {
          execution_status: "skipped",
          executions: [{ rules: [rule({ attribute: { ...vaultLink, schema: "Web3Transaction" }, operator: "$has" })] }],
        },
      }),
    );
    expect(messages(issues)).toEqual([
      '/activityLogs/0/data/executions/0/rules/0/rule_data/attribute/schema must be one of Customer, KycSession, Transaction, Tfhe; got "Web3Transaction"',
      '/activityLogs/0/data/executions/0/rules/0/rule_data/operator must be one of $noop, $eq, $lt, $lte, $gt, $gte, … (10 values); got "$has"',
      '/activityLogs/0/data/execution_status must be one of valid, not-valid, error, unknown; got "skipped"',
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
      '/activityLogs/0/data/event/status must be one of APPROVED, SUBMISSION_REQUIRED, RESUBMISSION_REQUIRED, REJECTED, PENDING_VERIFICATION; got "EXPIRED"',
    ]);
  });

  it("merges the alternatives of a nullable value that has the wrong type", () => {
    const issues = checkActivityLogsResponse(
      page({ data: { executions: [{ rules: [{ rule_data: 5, status: "skipped" }] }] } }),
    );
    expect(messages(issues)).toEqual([
      "/activityLogs/0/data/executions/0/rules/0/rule_data must be type object or null; got 5",
      '/activityLogs/0/data/executions/0/rules/0/status must be one of valid, not-valid, error, unknown, or null; got "skipped"',
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
      body: "ApiErrorBody",
      method: "GET",
      url: "https://api.compilot.ai/x",
      status: 500,
      issues: [],
      message: "",
    });
    expect(error.name).toBe("ContractError");
    expect(isContractError(error)).toBe(true);
  });
});
