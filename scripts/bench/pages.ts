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
import type { ActivityLog, ActivityLogsResponse } from "../../src/types.ts";

/** Logs behind the `paged` customer. */
export const PAGED_LOGS = 2_000;
/** Simulated latency of the `paged` customer, like a real remote API. */
export const PAGED_LATENCY_MS = 200;
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
