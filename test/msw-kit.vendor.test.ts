// The mock kit's factories produce what the vendor's published schemas accept (@nexeraid/identity-schemas 2.191.0 and
// 2.222.0: `QueryId` is a string starting with `query_`, `BaseQueryResponse.result` requires `is_valid` and
// `reasons`), where the spec is looser; and overrides parsed from JSON cannot reach a prototype (issue 10).
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  makeActivityLogsResponse,
  makeApiErrorBody,
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
  makeSynapsSessionEvent,
  makeSynapsStepEvent,
} from "../src/msw.ts";
import type { RuleExecution, RuleResultStatus, ScenarioExecutionLog } from "../src/model/types.ts";
import { errorsFor } from "./support/spec-schema.ts";

const statuses: Array<RuleResultStatus | null> = ["valid", "not-valid", "error", "unknown", "skipped", null];

describe("factories produce the vendor's shapes", () => {
  it("makeRuleExecution gives queryId and id the vendor's query_ prefix", () => {
    const rule = makeRuleExecution();
    expect(rule.rule_data?.queryId).toMatch(/^query_/);
    expect(rule.rule_data?.id).toMatch(/^query_/);
    expect(makeRuleExecution().rule_data?.queryId).not.toBe(rule.rule_data?.queryId);
  });

  for (const status of statuses) {
    const evaluated = status === "valid" || status === "not-valid";
    it(`makeRuleExecution({ status: ${JSON.stringify(status)} }) gives ${evaluated ? "result.result with is_valid and reasons" : "result null, never an empty result"}`, () => {
      const rule = makeRuleExecution({ status });
      expect(rule.status).toBe(status);
      if (evaluated) {
        expect(rule.result?.result?.is_valid).toBe(status === "valid");
        expect(Array.isArray(rule.result?.result?.reasons)).toBe(true);
      } else expect(rule.result).toBeNull();
      expect(errorsFor("RuleExecution", rule)).toEqual([]);
    });
  }

  it("a run whose rules were all skipped is skipped, and skipped rules do not spoil a valid run", () => {
    const skipped = makeScenarioExecution({ rules: [makeRuleExecution({ status: "skipped" })] });
    expect(skipped.scenarioStatus).toBe("skipped");
    const mixed = makeScenarioExecution({
      rules: [makeRuleExecution({ status: "valid" }), makeRuleExecution({ status: "skipped" })],
    });
    expect(mixed.scenarioStatus).toBe("valid");
    expect(makeScenarioExecutionLog({ data: { executions: [skipped] } }).data.execution_status).toBe("skipped");
  });

  it("accepts the vendor's newer values in overrides, typed", () => {
    const rule = makeRuleExecution({
      status: "skipped",
      rule_data: {
        operator: "$nhas",
        attribute: { version: "v1", schema: "Web3Transaction", path: "Web3Transaction/functionName" },
        value: ["approve"],
        timeframe: "weekly",
        displayMode: "amount",
      },
    });
    expectTypeOf(rule).toEqualTypeOf<RuleExecution>();
    expect(rule.rule_data).toMatchObject({ operator: "$nhas", timeframe: "weekly", queryId: expect.any(String) });
    const log = makeScenarioExecutionLog({ data: { executions: [makeScenarioExecution({ rules: [rule] })] } });
    expectTypeOf(log).toEqualTypeOf<ScenarioExecutionLog>();
    expect(errorsFor("ScenarioExecutionLog", log)).toEqual([]);
  });
});

describe("factories ignore __proto__, constructor and prototype in overrides (issue 10)", () => {
  const hostile = JSON.parse(
    '{"__proto__": {"polluted": true, "status": "REJECTED"}, "constructor": {"prototype": {"polluted": true}}, "prototype": 1}',
  ) as Record<string, unknown>;

  it("JSON.parse makes __proto__ an own key (what the factories must not assign)", () => {
    expect(Object.keys(hostile)).toEqual(["__proto__", "constructor", "prototype"]);
  });

  const cases: Array<[string, () => object]> = [
    ["makeSynapsStepEvent", () => makeSynapsStepEvent(hostile)],
    ["makeSynapsSessionEvent", () => makeSynapsSessionEvent({ ...hostile, alias: "a" })],
    ["makeKycProviderEventLog (data.data)", () => makeKycProviderEventLog({ data: { data: hostile } })],
    ["makeRuleExecution", () => makeRuleExecution(hostile)],
    ["makeRuleExecution (rule_data)", () => makeRuleExecution({ rule_data: hostile })],
    ["makeScenarioExecution", () => makeScenarioExecution(hostile)],
    ["makeScenarioExecutionLog", () => makeScenarioExecutionLog(hostile)],
    ["makeApiErrorBody", () => makeApiErrorBody(404, hostile)],
  ];

  for (const [name, make] of cases) {
    it(`${name} keeps Object.prototype and adds none of the keys`, () => {
      const made = make();
      const walk = (value: unknown): void => {
        if (typeof value !== "object" || value === null) return;
        if (!Array.isArray(value)) {
          expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
          expect(Object.hasOwn(value, "__proto__")).toBe(false);
          expect(Object.hasOwn(value, "constructor")).toBe(false);
          expect(Object.hasOwn(value, "prototype")).toBe(false);
          expect((value as { polluted?: unknown }).polluted).toBeUndefined();
        }
        for (const child of Object.values(value)) walk(child);
      };
      walk(made);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    });
  }

  it("keeps the defaults the hostile keys tried to replace", () => {
    expect(makeSynapsStepEvent(hostile).status).toBe("APPROVED");
    expect(makeApiErrorBody(404, hostile)).toEqual({ message: "Not found", code: "NOT_FOUND" });
    expect(makeActivityLogsResponse([], hostile).totalCount).toBe(0);
  });
});
