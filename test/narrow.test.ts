import { describe, expect, expectTypeOf, it } from "vitest";
import {
  createActivityLogsClient,
  isApiErrorBody,
  isKycProviderEventLog,
  isScenarioExecutionLog,
  isSynapsSessionEvent,
  isSynapsStepEvent,
  isVaultMetadataLink,
  matchActivityLog,
  matchRuleAttribute,
  matchRuleValue,
  matchSynapsEvent,
  ruleValueKind,
  type ActivityLog,
  type ActivityLogHandlers,
  type ActivityLogsResponse,
  type RuleAttributeHandlers,
  type RuleValueHandlers,
  type SynapsEventHandlers,
  type ApiErrorBody,
  type KycProviderEventLog,
  type RuleAttribute,
  type RuleResultStatus,
  type RuleValue,
  type ScenarioExecutionLog,
  type SynapsEvent,
  type SynapsSessionEvent,
  type SynapsStepEvent,
  type VaultMetadataLink,
} from "../src/index.ts";

const session = { status: "APPROVED", alias: "jane", sandbox: false } satisfies SynapsSessionEvent;
const step = {
  status: "PENDING_VERIFICATION",
  type: "LIVENESS",
  sandbox: true,
  metadata: {
    ip: "203.0.113.7",
    user_agent: "Mozilla/5.0",
    platform: "macOS",
    browser_name: "Safari",
    browser_version: "17.4",
    device: "desktop",
    customer_language: "fr",
  },
} satisfies SynapsStepEvent;
const link = {
  version: "v1",
  schema: "KycSession",
  path: "KycSession/vcs/IDInformation/v1",
} satisfies VaultMetadataLink;
const kycLog = { data: { data: { sessionId: "ses_1", stepId: "stp_1" }, event: step } } satisfies KycProviderEventLog;
const scenarioLog = {
  data: {
    execution_status: "not-valid",
    executions: [
      {
        scenarioId: "scn_1",
        scenarioStatus: "not-valid",
        rules: [
          {
            status: "not-valid",
            result: { result: { is_valid: false, reasons: ["under age"] } },
            rule_data: { attribute: link, operator: "$gte", value: 18 },
          },
          {
            status: null,
            result: null,
            rule_data: {
              queryId: "query_1",
              attribute: "nationality",
              operator: "$in",
              value: ["FR", "DE"],
              type: "IDInformation",
              requestId: null,
            },
          },
          { rule_data: { attribute: "email", operator: "$exists" } },
        ],
      },
    ],
  },
} satisfies ScenarioExecutionLog;
const page = { totalCount: 2, customerId: "c-1", activityLogs: [kycLog, scenarioLog] } satisfies ActivityLogsResponse;
// A value seen through a declared type only (a plain `const x: T = v` would let the compiler narrow x to v's type).
const typed = <T>(value: T): T => value;
// What the API may send whatever the spec says: a value typed as the spec's type, which it may not be at run time.
const fromApi = <T>(value: unknown): T => value as T;

describe("Synaps event guards", () => {
  it("isSynapsSessionEvent narrows a session event", () => {
    const event = typed<SynapsEvent>(session);
    if (isSynapsSessionEvent(event)) expectTypeOf(event).toEqualTypeOf<SynapsSessionEvent>();
    else expectTypeOf(event).toEqualTypeOf<SynapsStepEvent>();
    expect(isSynapsSessionEvent(session)).toBe(true);
    expect(isSynapsSessionEvent(step)).toBe(false);
  });

  it("isSynapsStepEvent narrows a step event", () => {
    const event = typed<SynapsEvent>(step);
    if (isSynapsStepEvent(event)) expectTypeOf(event.metadata.ip).toEqualTypeOf<string>();
    else expectTypeOf(event).toEqualTypeOf<SynapsSessionEvent>();
    expect(isSynapsStepEvent(step)).toBe(true);
    expect(isSynapsStepEvent(session)).toBe(false);
  });

  it("route by shape: a status, a step type or a leaf the spec does not list keeps the event's variant", () => {
    expect(isSynapsSessionEvent({ ...session, status: "EXPIRED" })).toBe(true);
    expect(isSynapsSessionEvent({ ...session, sandbox: "false" })).toBe(true);
    expect(isSynapsSessionEvent({ ...session, status: "toString" })).toBe(true);
    expect(isSynapsStepEvent({ ...step, type: "SELFIE" })).toBe(true);
    expect(isSynapsStepEvent({ ...step, metadata: { ...step.metadata, device: 1 } })).toBe(true);
    expect(isSynapsStepEvent({ ...step, metadata: [] })).toBe(true);
  });

  it("tell the variants apart by the members only one of them has", () => {
    // `type` or `metadata`: a step; `alias` and neither: a session; a value with both is the more specific step.
    expect(isSynapsStepEvent({ status: "APPROVED", metadata: {} })).toBe(true);
    expect(isSynapsStepEvent({ ...step, alias: "jane" })).toBe(true);
    expect(isSynapsSessionEvent({ ...step, alias: "jane" })).toBe(false);
    for (const odd of [{ status: "APPROVED", sandbox: true }, {}, [], "APPROVED", 1, null, undefined]) {
      expect([isSynapsSessionEvent(odd), isSynapsStepEvent(odd)]).toEqual([false, false]);
    }
  });
});

describe("activity log guards", () => {
  it("isKycProviderEventLog narrows an activity log to the KYC variant, and its else branch to the scenario variant", () => {
    const log = typed<ActivityLog>(kycLog);
    if (isKycProviderEventLog(log)) expectTypeOf(log).toEqualTypeOf<KycProviderEventLog>();
    else expectTypeOf(log).toEqualTypeOf<ScenarioExecutionLog>();
    expect(page.activityLogs.map(isKycProviderEventLog)).toEqual([true, false]);
  });

  it("isScenarioExecutionLog narrows an activity log to the scenario variant, and its else branch to the KYC variant", () => {
    const log = typed<ActivityLog>(scenarioLog);
    if (isScenarioExecutionLog(log)) expectTypeOf(log).toEqualTypeOf<ScenarioExecutionLog>();
    else expectTypeOf(log).toEqualTypeOf<KycProviderEventLog>();
    expect(page.activityLogs.map(isScenarioExecutionLog)).toEqual([false, true]);
  });

  it("guards narrow arrays as filter callbacks", () => {
    const logs = typed<ActivityLog[]>(page.activityLogs);
    expectTypeOf(logs.filter(isScenarioExecutionLog)).toEqualTypeOf<ScenarioExecutionLog[]>();
    expectTypeOf(logs.filter(isKycProviderEventLog)).toEqualTypeOf<KycProviderEventLog[]>();
    const attributes = typed<RuleAttribute[]>([link, "email"]);
    expectTypeOf(attributes.filter(isVaultMetadataLink)).toEqualTypeOf<VaultMetadataLink[]>();
    expect(logs.filter(isScenarioExecutionLog)).toEqual([scenarioLog]);
    expect(attributes.filter(isVaultMetadataLink)).toEqual([link]);
  });

  it("narrows unknown input to the spec's type, which validation checks", () => {
    const value: unknown = JSON.parse(JSON.stringify(scenarioLog));
    if (isScenarioExecutionLog(value)) {
      expectTypeOf(value).toEqualTypeOf<ScenarioExecutionLog>();
      const attribute = value.data.executions?.[0]?.rules[0]?.rule_data?.attribute;
      if (typeof attribute === "object") expectTypeOf(attribute.path).toMatchTypeOf<string>();
    }
    expect(isScenarioExecutionLog(value)).toBe(true);
  });

  it("guards narrow the items of openapi-fetch's data", async () => {
    const client = createActivityLogsClient({ fetch: async () => Response.json(page), rateLimit: false });
    const { data } = await client.raw.GET("/customers/{customerId}/activity-logs", {
      params: { path: { customerId: "c-1" } },
    });
    const [first, second] = data?.activityLogs ?? [];
    if (isKycProviderEventLog(first)) {
      expectTypeOf(first.data.data).toEqualTypeOf<{ [key: string]: unknown }>();
      expectTypeOf(first.data.event).toMatchTypeOf<SynapsEvent | null | undefined>();
    }
    if (isScenarioExecutionLog(second))
      // The spec's statuses (generated, so a value the vendor adds is one of them too), through openapi-fetch's types.
      expectTypeOf(second.data.execution_status).toEqualTypeOf<RuleResultStatus | undefined>();
    const runs = data?.activityLogs.filter(isScenarioExecutionLog) ?? [];
    expectTypeOf(runs[0]?.data.executions).toEqualTypeOf<ScenarioExecutionLog["data"]["executions"]>();
    expect([isKycProviderEventLog(first), isScenarioExecutionLog(second), runs.length]).toEqual([true, true, 1]);
  });

  it("classifies a log that carries data.data or data.event as KYC only, like the spec's ActivityLog", () => {
    expect(isScenarioExecutionLog({ data: { data: {} } })).toBe(false);
    expect(isScenarioExecutionLog({ data: { event: null } })).toBe(false);
    expect(isKycProviderEventLog({ data: { event: null } })).toBe(true);
    expect(isKycProviderEventLog({ data: { data: [] } })).toBe(true);
    expect(isScenarioExecutionLog({ data: {} })).toBe(true);
    expect(isScenarioExecutionLog({ data: { executions: null } })).toBe(true);
    // A member whose value is undefined is absent, as in JSON Schema.
    expect(isScenarioExecutionLog({ data: { data: undefined, event: undefined } })).toBe(true);
  });

  it("route scenario logs with values the spec does not list to the scenario variant", () => {
    const withRule = (rule: object) => ({ data: { executions: [{ rules: [rule] }] } });
    const odd = [
      withRule({ status: "passed" }),
      withRule({ rule_data: { attribute: "email", operator: "$contains" } }),
      withRule({ rule_data: { attribute: { version: "v2", schema: "Wallet", path: 7 }, operator: "$eq" } }),
      withRule({ rule_data: { attribute: "email", operator: "$eq", value: { nested: true } } }),
      withRule({ rule_data: { attribute: "email", operator: "$eq", value: ["a", 1] } }),
      { data: { executions: [{}] } },
      { data: { executions: "none", execution_status: 5 } },
    ];
    for (const log of odd) {
      expect(isScenarioExecutionLog(log)).toBe(true);
      expect(isKycProviderEventLog(log)).toBe(false);
    }
  });

  it("send only values of no variant's shape to neither guard", () => {
    for (const odd of [null, undefined, 1, "log", [], {}, { data: null }, { data: "x" }, { data: [] }]) {
      expect([isKycProviderEventLog(odd), isScenarioExecutionLog(odd)]).toEqual([false, false]);
    }
  });
});

describe("vault link guards", () => {
  it("isVaultMetadataLink narrows a rule attribute to the link", () => {
    const attribute = typed<RuleAttribute>(link);
    if (isVaultMetadataLink(attribute)) expectTypeOf(attribute).toEqualTypeOf<VaultMetadataLink>();
    else expectTypeOf(attribute).toEqualTypeOf<string>();
    expect(isVaultMetadataLink(attribute)).toBe(true);
    expect(isVaultMetadataLink("Customer/identityData/age")).toBe(false);
  });

  it("isVaultMetadataLink routes by shape: any object attribute is a link, whatever its schema, version or path", () => {
    const upstream: unknown = { version: "v1", schema: "Web3Transaction", path: "Web3Transaction/amount" };
    expect(isVaultMetadataLink(upstream)).toBe(true);
    if (isVaultMetadataLink(upstream)) {
      expectTypeOf(upstream).toEqualTypeOf<VaultMetadataLink>();
      expectTypeOf<"Customer/identityData/age">().toMatchTypeOf<typeof upstream.path>();
    }
    expect(isVaultMetadataLink({ ...link, version: "v2" })).toBe(true);
    expect(isVaultMetadataLink({ ...link, path: 7 })).toBe(true);
    expect([null, [], "x", 1].map(isVaultMetadataLink)).toEqual([false, false, false, false]);
  });
});

describe("isApiErrorBody", () => {
  it("narrows the spec's error body", () => {
    const value: unknown = {
      message: "Input validation failed",
      code: "BAD_REQUEST",
      issues: [{ message: "Required", path: ["limit"] }],
    };
    if (isApiErrorBody(value)) expectTypeOf(value).toEqualTypeOf<ApiErrorBody>();
    expect(isApiErrorBody(value)).toBe(true);
    expect(
      [{ message: "x" }, { message: "x", code: "Y", issues: [{}] }, { message: "x", code: "Y", issues: {} }, "x"].map(
        isApiErrorBody,
      ),
    ).toEqual([false, false, false, false]);
  });
});

describe("ruleValueKind", () => {
  it("names the JSON type of a rule value", () => {
    const values: unknown[] = [true, "FR", 18, -0.5, ["FR", "DE"], [1, 2], null, undefined];
    expect(values.map(ruleValueKind)).toEqual([
      "boolean",
      "string",
      "number",
      "number",
      "string[]",
      "number[]",
      "null",
      "null",
    ]);
    expectTypeOf(ruleValueKind).returns.toEqualTypeOf<
      "boolean" | "string" | "number" | "string[]" | "number[]" | "null" | "unknown"
    >();
  });

  it("reports an empty list as string[]", () => {
    expect(ruleValueKind([])).toBe("string[]");
  });

  it("tells a list by its first item, and reports a value of no JSON type of the spec as unknown", () => {
    expect([["a", 1], [null], [{}], [1, "a"], [Number.NaN]].map(ruleValueKind)).toEqual([
      "string[]",
      "string[]",
      "string[]",
      "number[]",
      "number[]",
    ]);
    expect([{}, { value: 1 }, () => 1, Symbol("x"), 1n].map(ruleValueKind)).toEqual(Array(5).fill("unknown"));
  });
});

describe("exhaustiveness", () => {
  it("the matchers' handlers cover each union of the spec exactly: a new variant breaks the build", () => {
    type Input<H> = { [K in keyof H]: H[K] extends (value: infer V) => unknown ? V : never }[keyof H];
    type Handled<H, Unknown extends keyof H> = Input<Omit<H, Unknown>>;
    expectTypeOf<Handled<ActivityLogHandlers<0>, "unknown">>().toEqualTypeOf<ActivityLog>();
    expectTypeOf<Handled<SynapsEventHandlers<0>, "unknown">>().toEqualTypeOf<SynapsEvent | null | undefined>();
    expectTypeOf<Handled<RuleAttributeHandlers<0>, "unknown">>().toEqualTypeOf<RuleAttribute>();
    expectTypeOf<Handled<RuleValueHandlers<0>, "unknown">>().toEqualTypeOf<RuleValue | null | undefined>();
  });
});

describe("matchers", () => {
  const ruleValueHandlers = {
    boolean: (v: boolean) => `boolean ${v}`,
    string: (v: string) => `string ${v}`,
    number: (v: number) => `number ${v}`,
    strings: (v: string[]) => `strings ${v.length}`,
    numbers: (v: number[]) => `numbers ${v.length}`,
    none: (v: null | undefined) => `none ${v}`,
    unknown: (v: unknown) => `unknown ${JSON.stringify(v)}`,
  };

  it("matchRuleValue calls the handler of each variant, [] going to strings", () => {
    const values: Array<RuleValue | null | undefined> = [
      false,
      "FR",
      3,
      ["a"],
      [1, 2],
      [],
      null,
      undefined,
      fromApi<RuleValue>({ a: 1 }),
    ];
    expect(values.map((v) => matchRuleValue(v, ruleValueHandlers))).toEqual([
      "boolean false",
      "string FR",
      "number 3",
      "strings 1",
      "numbers 2",
      "strings 0",
      "none null",
      "none undefined",
      'unknown {"a":1}',
    ]);
  });

  it("matchRuleValue needs every handler", () => {
    const { numbers: _, ...withoutNumbers } = ruleValueHandlers;
    // @ts-expect-error: the numbers handler is missing
    expect(() => matchRuleValue([1], withoutNumbers)).toThrow(TypeError);
    expectTypeOf(matchRuleValue(1, ruleValueHandlers)).toEqualTypeOf<string>();
  });

  it("matchSynapsEvent calls the handler of each variant", () => {
    const handlers = {
      session: (e: SynapsSessionEvent) => `session ${e.alias}`,
      step: (e: SynapsStepEvent) => `step ${e.type}`,
      none: () => "none",
      unknown: () => "unknown",
    };
    const events = [session, step, null, undefined, { status: "APPROVED" }, "APPROVED"].map(fromApi<SynapsEvent>);
    expect(events.map((e) => matchSynapsEvent(e, handlers))).toEqual([
      "session jane",
      "step LIVENESS",
      "none",
      "none",
      "unknown",
      "unknown",
    ]);
    // A status the spec does not list keeps the event's variant.
    expect(matchSynapsEvent(fromApi<SynapsEvent>({ ...step, status: "EXPIRED" }), handlers)).toBe("step LIVENESS");
    // A value valid as both variants goes to the more specific one.
    expect(matchSynapsEvent(fromApi<SynapsEvent>({ ...step, alias: "jane" }), handlers)).toBe("step LIVENESS");
    // @ts-expect-error: the none handler is missing
    expect(() => matchSynapsEvent(null, { session: () => 1, step: () => 2, unknown: () => 3 })).toThrow(TypeError);
  });

  it("matchActivityLog calls the handler of each variant and hands it the spec's type", () => {
    const describe = (log: ActivityLog) =>
      matchActivityLog(log, {
        kycProviderEvent: (kyc) => {
          expectTypeOf(kyc).toEqualTypeOf<KycProviderEventLog>();
          return `kyc ${kyc.data.event?.status}`;
        },
        scenarioExecution: (run) => {
          expectTypeOf(run).toEqualTypeOf<ScenarioExecutionLog>();
          return `scenario ${run.data.execution_status}`;
        },
        unknown: (value) => {
          expectTypeOf(value).toEqualTypeOf<unknown>();
          return "unknown";
        },
      });
    expect(page.activityLogs.map(describe)).toEqual(["kyc PENDING_VERIFICATION", "scenario not-valid"]);
  });

  it("matchActivityLog sends only a value of no variant's shape to unknown, as is", () => {
    const seen: unknown[] = [];
    const handlers = {
      kycProviderEvent: () => "kyc",
      scenarioExecution: () => "scenario",
      unknown: (v: unknown) => (seen.push(v), "unknown"),
    };
    const odd = [null, 1, "log", [], {}, { data: null }, { data: [] }].map(fromApi<ActivityLog>);
    expect(odd.map((v) => matchActivityLog(v, handlers))).toEqual(Array(odd.length).fill("unknown"));
    expect(seen).toEqual(odd);
    const shaped = [
      { data: { event: null } },
      { data: { data: [] } },
      { data: { data: {}, event: "x" } },
      { data: {} },
      { data: { execution_status: "passed" } },
    ].map(fromApi<ActivityLog>);
    expect(shaped.map((v) => matchActivityLog(v, handlers))).toEqual(["kyc", "kyc", "kyc", "scenario", "scenario"]);
  });

  it("matchers take the spec's unions", () => {
    const value: unknown = scenarioLog;
    const handlers = { kycProviderEvent: () => 0, scenarioExecution: () => 1, unknown: () => -1 };
    // @ts-expect-error: an unknown value is narrowed with the guards, or checked with validate, first
    expect(matchActivityLog(value, handlers)).toBe(1);
    if (isScenarioExecutionLog(value)) expect(matchActivityLog(value, handlers)).toBe(1);
  });

  it("matchRuleAttribute calls the handler of each variant", () => {
    const handlers = {
      string: (s: string) => `string ${s}`,
      vaultLink: (l: VaultMetadataLink) => `link ${l.path}`,
      unknown: (v: unknown) => `unknown ${String(v)}`,
    };
    const attributes = ["email", link, { ...link, schema: "Wallet" }, 5, null].map(fromApi<RuleAttribute>);
    expect(attributes.map((a) => matchRuleAttribute(a, handlers))).toEqual([
      "string email",
      "link KycSession/vcs/IDInformation/v1",
      "link KycSession/vcs/IDInformation/v1",
      "unknown 5",
      "unknown null",
    ]);
    // @ts-expect-error: the unknown handler is missing
    expect(() => matchRuleAttribute(fromApi<RuleAttribute>(5), { string: () => 1, vaultLink: () => 2 })).toThrow(
      TypeError,
    );
  });

  it("matchActivityLog needs every handler", () => {
    const log: ActivityLog = kycLog;
    const partial = { kycProviderEvent: () => 1, scenarioExecution: () => 2 };
    // @ts-expect-error: the unknown handler is missing
    expect(() => matchActivityLog(fromApi<ActivityLog>({ foo: 1 }), partial)).toThrow(TypeError);
    expect(matchActivityLog(log, { kycProviderEvent: () => 1, scenarioExecution: () => 2, unknown: () => 3 })).toBe(1);
  });
});
