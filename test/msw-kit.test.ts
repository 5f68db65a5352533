// The consumer mock kit (`compilot-activity-logs/msw`): factories make valid payloads, handlers behave like the API.
import { HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { createActivityLogsClient, isApiError, type ApiError } from "../src/index.ts";
import {
  activityLogsErrorHandler,
  activityLogsHandler,
  activityLogsHandlers,
  makeActivityLogsResponse,
  makeApiErrorBody,
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
  makeSynapsSessionEvent,
  makeSynapsStepEvent,
  resetMockSequence,
  type DeepPartial,
} from "../src/msw.ts";
import type {
  ActivityLog,
  ActivityLogsResponse,
  ApiErrorBody,
  KycProviderEventLog,
  RuleExecution,
  ScenarioExecutionLog,
  SynapsSessionEvent,
  SynapsStepEvent,
} from "../src/model/types.ts";
import { startMockApiServer } from "../scripts/mock-server.ts";
import { errorsFor } from "./support/spec-schema.ts";

beforeEach(() => resetMockSequence());

describe("factories", () => {
  it("every factory's default output passes the spec", () => {
    expect(errorsFor("SynapsStepEvent", makeSynapsStepEvent())).toEqual([]);
    expect(errorsFor("SynapsSessionEvent", makeSynapsSessionEvent())).toEqual([]);
    expect(errorsFor("KycProviderEventLog", makeKycProviderEventLog())).toEqual([]);
    expect(errorsFor("RuleExecution", makeRuleExecution())).toEqual([]);
    expect(errorsFor("ScenarioExecution", makeScenarioExecution())).toEqual([]);
    expect(errorsFor("ScenarioExecutionLog", makeScenarioExecutionLog())).toEqual([]);
    expect(errorsFor("ActivityLog", makeKycProviderEventLog())).toEqual([]);
    expect(errorsFor("ActivityLog", makeScenarioExecutionLog())).toEqual([]);
    expect(errorsFor("ActivityLogsResponse", makeActivityLogsResponse([makeKycProviderEventLog()]))).toEqual([]);
    expect(errorsFor("ApiErrorBody", makeApiErrorBody())).toEqual([]);
  });

  it("factories return the spec's types", () => {
    expectTypeOf(makeSynapsStepEvent()).toEqualTypeOf<SynapsStepEvent>();
    expectTypeOf(makeSynapsSessionEvent()).toEqualTypeOf<SynapsSessionEvent>();
    expectTypeOf(makeKycProviderEventLog()).toEqualTypeOf<KycProviderEventLog>();
    expectTypeOf(makeScenarioExecutionLog()).toEqualTypeOf<ScenarioExecutionLog>();
    expectTypeOf(makeRuleExecution()).toEqualTypeOf<RuleExecution>();
    expectTypeOf(makeActivityLogsResponse([])).toEqualTypeOf<ActivityLogsResponse>();
    expectTypeOf(makeApiErrorBody()).toEqualTypeOf<ApiErrorBody>();
    expectTypeOf<Parameters<typeof makeKycProviderEventLog>[0]>().toEqualTypeOf<
      DeepPartial<KycProviderEventLog> | undefined
    >();
  });

  it("overrides reject values the spec does not allow", () => {
    // @ts-expect-error "DONE" is not a SynapsStatus
    const step = makeSynapsStepEvent({ status: "DONE" });
    // @ts-expect-error operators are an enum
    const rule = makeRuleExecution({ rule_data: { operator: "$like" } });
    // What the types refuse, the spec refuses too: forced through, the payloads are invalid.
    expect(errorsFor("SynapsStepEvent", step)).not.toEqual([]);
    expect(errorsFor("RuleExecution", rule)).not.toEqual([]);
  });

  it("deep overrides merge objects and keep the defaults beside them", () => {
    const step = makeSynapsStepEvent({ type: "LIVENESS", metadata: { device: "mobile" } });
    expect(step.type).toBe("LIVENESS");
    expect(step.metadata.device).toBe("mobile");
    expect(step.metadata.browser_name).toBe("Safari");
    expect(step.status).toBe("APPROVED");
  });

  it("array overrides replace the default array instead of merging into it", () => {
    const rules = [makeRuleExecution({ status: "error" })];
    const scenario = makeScenarioExecution({ rules });
    expect(scenario.rules).toEqual(rules);
    expect(makeScenarioExecutionLog({ data: { executions: [] } }).data.executions).toEqual([]);
  });

  it("null overrides set null where the spec allows it", () => {
    const log = makeKycProviderEventLog({ data: { event: null } });
    expect(log.data.event).toBeNull();
    const rule = makeRuleExecution({ rule_data: null, result: null, status: null });
    expect(rule).toEqual({ rule_data: null, result: null, status: null });
    expect(makeScenarioExecutionLog({ data: { executions: null } }).data.executions).toBeNull();
    expect(errorsFor("RuleExecution", rule)).toEqual([]);
  });

  it("an event override with alias builds a session event, any other builds a step event", () => {
    const session = makeKycProviderEventLog({ data: { event: { alias: "jane", status: "REJECTED" } } });
    expect(session.data.event).toEqual({ alias: "jane", status: "REJECTED", sandbox: true });
    const step = makeKycProviderEventLog({ data: { event: { type: "PHONE" } } });
    expect(step.data.event).toMatchObject({ type: "PHONE", status: "APPROVED", metadata: { device: "desktop" } });
    expect(step.data.data).toHaveProperty("step_id");
    expect(session.data.data).not.toHaveProperty("step_id");
  });

  it("KYC logs carry session id and ISO timestamp in data.data, and keep extra identifiers", () => {
    const log = makeKycProviderEventLog({ data: { data: { reason: "manual review" } } });
    expect(log.data.data).toMatchObject({ reason: "manual review" });
    expect(log.data.data["session_id"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Date(String(log.data.data["created_at"])).toISOString()).toBe(log.data.data["created_at"]);
  });

  it("a rule's result and the scenario statuses follow the rule statuses unless overridden", () => {
    const failing = makeRuleExecution({ status: "not-valid" });
    expect(failing.result?.result?.is_valid).toBe(false);
    expect(failing.result?.result?.reasons).toEqual(["Customer/identityData/nationality does not satisfy $nin"]);
    const log = makeScenarioExecutionLog({
      data: { executions: [makeScenarioExecution({ rules: [makeRuleExecution(), failing] })] },
    });
    expect(log.data.executions?.[0]?.scenarioStatus).toBe("not-valid");
    expect(log.data.execution_status).toBe("not-valid");
    expect(makeScenarioExecutionLog({ data: { execution_status: "error" } }).data.execution_status).toBe("error");
  });

  it("$exists and $noop rules get no value unless one is given", () => {
    expect(makeRuleExecution({ rule_data: { operator: "$exists" } }).rule_data).not.toHaveProperty("value");
    expect(makeRuleExecution({ rule_data: { operator: "$noop", value: true } }).rule_data?.value).toBe(true);
    expect(makeRuleExecution({ rule_data: { attribute: "Customer/identityData/age" } }).rule_data?.attribute).toBe(
      "Customer/identityData/age",
    );
  });

  it("defaults are deterministic: the same calls after a reset give the same payloads", () => {
    const first = [makeKycProviderEventLog(), makeScenarioExecutionLog()];
    resetMockSequence();
    expect([makeKycProviderEventLog(), makeScenarioExecutionLog()]).toEqual(first);
    expect(makeKycProviderEventLog()).not.toEqual(first[0]);
  });

  it("makeActivityLogsResponse counts the logs unless totalCount is given", () => {
    const logs = [makeKycProviderEventLog(), makeScenarioExecutionLog()];
    expect(makeActivityLogsResponse(logs).totalCount).toBe(2);
    expect(makeActivityLogsResponse(logs, { totalCount: 40, customerId: "c" })).toMatchObject({
      totalCount: 40,
      customerId: "c",
    });
  });

  it("makeApiErrorBody gives the tRPC code of each status", () => {
    expect(makeApiErrorBody(404)).toEqual({ message: "Not found", code: "NOT_FOUND" });
    expect(makeApiErrorBody(401).code).toBe("UNAUTHORIZED");
    expect(makeApiErrorBody(500)).toEqual({ message: "Internal server error", code: "INTERNAL_SERVER_ERROR" });
    expect(makeApiErrorBody(503).code).toBe("SERVICE_UNAVAILABLE");
    expect(makeApiErrorBody(400)).toMatchObject({
      message: "Input validation failed",
      code: "BAD_REQUEST",
      issues: [{ message: "Invalid input" }],
    });
    expect(makeApiErrorBody(418).code).toBe("BAD_REQUEST");
    expect(makeApiErrorBody(404, { message: "No such customer" })).toEqual({
      message: "No such customer",
      code: "NOT_FOUND",
    });
  });
});

const apiKey = "test-key";
const history: ActivityLog[] = Array.from({ length: 7 }, (_, i) =>
  i % 2 === 0
    ? makeKycProviderEventLog({ data: { data: { index: i } } })
    : makeScenarioExecutionLog({ data: { execution_status: "valid" } }),
);
const server = setupServer(
  ...activityLogsHandlers({ logsByCustomer: { "cus-1": history, "cus-empty": [] }, pageSize: 3, apiKey }),
);
const client = createActivityLogsClient({ apiKey, retry: false });

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

async function rawGet(path: string, key: string | null = apiKey): Promise<{ status: number; body: unknown }> {
  const response = await fetch(
    `https://api.compilot.ai${path}`,
    key === null ? {} : { headers: { authorization: `Bearer ${key}` } },
  );
  return { status: response.status, body: await response.json() };
}

describe("activityLogsHandlers", () => {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it("serves the first page with the default page size and the total count", async () => {
    const page = await client.getActivityLogs("cus-1");
    expect(page).toEqual({ totalCount: 7, customerId: "cus-1", activityLogs: history.slice(0, 3) });
    expect(errorsFor("ActivityLogsResponse", page)).toEqual([]);
  });

  it("serves the page asked for with currentPage and limit", async () => {
    const page = await client.getActivityLogs("cus-1", { currentPage: 2, limit: 2 });
    expect(page.activityLogs).toEqual(history.slice(2, 4));
    expect(page.totalCount).toBe(7);
  });

  it("answers a page beyond the end with no logs and the same total count", async () => {
    const page = await client.getActivityLogs("cus-1", { currentPage: 9, limit: 3 });
    expect(page).toEqual({ totalCount: 7, customerId: "cus-1", activityLogs: [] });
  });

  it("lets the client's iterator walk the whole history in order", async () => {
    const seen: ActivityLog[] = [];
    for await (const log of client.iterateActivityLogs("cus-1", { limit: 2 })) seen.push(log);
    expect(seen).toEqual(history);
  });

  it("serves a known customer without logs as an empty page", async () => {
    expect(await client.getActivityLogs("cus-empty")).toEqual({
      totalCount: 0,
      customerId: "cus-empty",
      activityLogs: [],
    });
  });

  it("answers 401 UNAUTHORIZED when the key is missing", async () => {
    const error = await rejection(createActivityLogsClient({ retry: false }).getActivityLogs("cus-1"));
    expect(error.status).toBe(401);
    expect(error.code).toBe("UNAUTHORIZED");
    expect(error.body).toEqual({ message: "Missing API key", code: "UNAUTHORIZED" });
  });

  it("answers 401 UNAUTHORIZED when the key is wrong", async () => {
    const error = await rejection(createActivityLogsClient({ apiKey: "nope", retry: false }).getActivityLogs("cus-1"));
    expect([error.status, error.code]).toEqual([401, "UNAUTHORIZED"]);
    expect(errorsFor("ApiErrorBody", error.body)).toEqual([]);
  });

  it("answers 404 NOT_FOUND for an unknown customer", async () => {
    const error = await rejection(client.getActivityLogs("cus-unknown"));
    expect(error.status).toBe(404);
    expect(error.body).toEqual({ message: "Not found", code: "NOT_FOUND" });
  });

  it("does not take inherited object keys for customers", async () => {
    expect((await rawGet("/customers/constructor/activity-logs")).status).toBe(404);
  });

  it.each([
    ["currentPage=0", "currentPage", "too_small"],
    ["limit=-3", "limit", "too_small"],
    ["limit=1.5", "limit", "invalid_type"],
    ["currentPage=abc", "currentPage", "invalid_type"],
  ])("answers 400 BAD_REQUEST with zod-style issues for %s", async (query, field, code) => {
    const { status, body } = await rawGet(`/customers/cus-1/activity-logs?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      message: "Input validation failed",
      code: "BAD_REQUEST",
      issues: [{ code, path: [field] }],
    });
    expect(errorsFor("ApiErrorBody", body)).toEqual([]);
  });

  it("checks the key before the customer and the paging values", async () => {
    expect((await rawGet("/customers/cus-unknown/activity-logs?limit=0", null)).status).toBe(401);
    expect((await rawGet("/customers/cus-unknown/activity-logs?limit=0")).status).toBe(400);
  });

  it("activityLogsErrorHandler answers with the status and the API's body for it", async () => {
    server.use(activityLogsErrorHandler(503));
    const error = await rejection(client.getActivityLogs("cus-1"));
    expect(error.status).toBe(503);
    expect(error.body).toEqual({ message: "Service unavailable", code: "SERVICE_UNAVAILABLE" });
  });

  it("activityLogsErrorHandler answers with a given body", async () => {
    server.use(activityLogsErrorHandler(403, { message: "Project suspended", code: "FORBIDDEN" }));
    const error = await rejection(client.getActivityLogs("cus-1"));
    expect([error.status, error.code, error.message]).toEqual([
      403,
      "FORBIDDEN",
      'Request failed with status 403 (FORBIDDEN) "Project suspended": GET /customers/cus-1/activity-logs',
    ]);
  });

  it("serves under another base URL", async () => {
    server.use(
      ...activityLogsHandlers({
        logsByCustomer: { staging: [makeScenarioExecutionLog()] },
        baseUrl: "https://api.bjrpilot.xyz/",
      }),
    );
    const staging = createActivityLogsClient({ baseUrl: "https://api.bjrpilot.xyz", retry: false });
    expect((await staging.getActivityLogs("staging")).totalCount).toBe(1);
  });

  it("activityLogsHandler types the resolver's body: a page or an error body, nothing else", async () => {
    server.use(
      activityLogsHandler(({ params }) =>
        HttpResponse.json(makeActivityLogsResponse([], { customerId: params.customerId, totalCount: 99 })),
      ),
    );
    expect((await client.getActivityLogs("anyone")).totalCount).toBe(99);
    // @ts-expect-error totalCount must be a number: a wrong body does not compile
    activityLogsHandler(() => HttpResponse.json({ totalCount: "99", customerId: "x", activityLogs: [] }));
  });
});

describe("startMockApiServer (the kit as a real HTTP server on 127.0.0.1)", () => {
  it("serves the handlers over HTTP with bearer checking, paging and CORS", async () => {
    const api = await startMockApiServer({ logsByCustomer: { "cus-1": history }, apiKey, pageSize: 4 });
    try {
      expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const real = createActivityLogsClient({ apiKey, baseUrl: api.url, retry: false });
      const page = await real.getActivityLogs("cus-1", { currentPage: 2 });
      expect(page).toEqual({ totalCount: 7, customerId: "cus-1", activityLogs: history.slice(4) });
      const missingKey = await fetch(`${api.url}/customers/cus-1/activity-logs`);
      expect([missingKey.status, missingKey.headers.get("access-control-allow-origin")]).toEqual([401, "*"]);
      const preflight = await fetch(`${api.url}/customers/cus-1/activity-logs`, { method: "OPTIONS" });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
      const unknownRoute = await fetch(`${api.url}/nowhere`);
      expect([unknownRoute.status, await unknownRoute.json()]).toEqual([
        404,
        { message: "Not found", code: "NOT_FOUND" },
      ]);
      expect(api.requestCount).toBe(3);
    } finally {
      await api.close();
    }
  });

  it("waits latencyMs before each answer", async () => {
    const api = await startMockApiServer({ logsByCustomer: { c: [] }, latencyMs: 60 });
    try {
      const started = performance.now();
      expect((await fetch(`${api.url}/customers/c/activity-logs`)).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    } finally {
      await api.close();
    }
  });
});
