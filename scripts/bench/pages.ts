// Benchmark payloads, built with the msw kit's factories: a realistic mix of KYC events and scenario runs, repeated up
// to a target size. Deterministic (the factories count, they do not draw random numbers).
import {
  makeActivityLogsResponse,
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
  resetMockSequence,
} from "../../src/mock/factories.ts";
import type { ActivityLog, ActivityLogsResponse } from "../../src/model/types.ts";

/** Logs behind the `paged` customer. */
export const PAGED_LOGS = 2_000;
/** Simulated latency of the `paged` customer, like a real remote API. */
export const PAGED_LATENCY_MS = 200;
/** Log counts of the valid and all-invalid pages the validation figure fetches (`valid-<n>`, `invalid-<n>`). */
export const VALIDATION_PAGE_LOGS = [1_000, 2_000] as const;
/** The customer id every benchmark page answers for. */
export const benchCustomerId = "00000000-0000-4000-8000-00000000be5c";

// One cycle: a step event, a session event, a log without event, and scenario runs whose rules use both attribute
// forms, several operators, every status and a null result.
function logCycle(): ActivityLog[] {
  return [
    makeKycProviderEventLog({ data: { event: { type: "LIVENESS", status: "PENDING_VERIFICATION" } } }),
    makeKycProviderEventLog({ data: { event: { alias: "customer", status: "APPROVED", sandbox: false } } }),
    makeKycProviderEventLog({ data: { event: null } }),
    makeScenarioExecutionLog({
      data: {
        executions: [
          makeScenarioExecution({
            rules: [
              makeRuleExecution(),
              makeRuleExecution({ status: "not-valid" }),
              makeRuleExecution({ rule_data: { attribute: "Customer/identityData/age", operator: "$gte", value: 18 } }),
              makeRuleExecution({
                rule_data: {
                  attribute: { version: "v1", schema: "Customer", path: "Customer/kycStatus" },
                  operator: "$exists",
                },
              }),
            ],
          }),
          makeScenarioExecution({
            rules: [makeRuleExecution({ status: "error" }), makeRuleExecution({ status: "unknown" })],
          }),
        ],
      },
    }),
    makeScenarioExecutionLog({ data: { executions: null, execution_status: "unknown" } }),
  ];
}

/** `count` logs, cycling through the mix. */
export function makeLogs(count: number): ActivityLog[] {
  resetMockSequence();
  const logs: ActivityLog[] = [];
  while (logs.length < count) logs.push(...logCycle());
  return logs.slice(0, count);
}

/** A page whose JSON is as close to `targetBytes` as whole logs allow (never under it by more than one log). */
export function makePageOfSize(targetBytes: number): ActivityLogsResponse {
  resetMockSequence();
  const logs: ActivityLog[] = [];
  let bytes = JSON.stringify(makeActivityLogsResponse([], { customerId: benchCustomerId })).length;
  while (bytes < targetBytes) {
    for (const log of logCycle()) {
      const size = JSON.stringify(log).length + 1;
      if (bytes + size / 2 > targetBytes) continue;
      logs.push(log);
      bytes += size;
    }
    if (bytes + 200 > targetBytes) break;
  }
  return makeActivityLogsResponse(logs, { customerId: benchCustomerId });
}

/**
 * `count` logs of the same mix where every log breaks the spec at exactly one leaf: a rule operator `"$bogus"`, an
 * event status `"$bogus"`, or (where the log has neither) a `"$bogus"` string in place of an object.
 */
export function makeInvalidLogs(count: number): unknown[] {
  return makeLogs(count).map((log) => {
    const broken = structuredClone(log) as { data: Record<string, unknown> };
    const data = broken.data;
    if ("executions" in data) {
      const executions = data["executions"] as { rules: { rule_data?: Record<string, unknown> | null }[] }[] | null;
      const ruleData = executions?.[0]?.rules[0]?.rule_data;
      if (ruleData) ruleData["operator"] = "$bogus";
      else data["execution_status"] = "$bogus";
    } else {
      const event = data["event"] as Record<string, unknown> | null | undefined;
      if (event) event["status"] = "$bogus";
      else data["data"] = "$bogus";
    }
    return broken;
  });
}
