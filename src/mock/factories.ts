// Fixture factories for the activity-logs API: valid payloads with realistic defaults and deep overrides.
// No msw import here, so the factories also serve tests that mock with something else (or not at all).
import type {
  ActivityLog,
  ActivityLogsResponse,
  ApiErrorBody,
  KycProviderEventLog,
  RuleData,
  RuleExecution,
  RuleResult,
  RuleOperator,
  RuleResultStatus,
  ScenarioExecution,
  ScenarioExecutionLog,
  SynapsSessionEvent,
  SynapsStepEvent,
} from "../model/types.ts";

/** `T` with every member optional at every depth; arrays are replaced whole, never merged. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

// A counter, not Math.random: the same calls give the same payloads, so snapshots stay stable.
let sequence = 0;

/** Restarts the ids and timestamps the factories hand out (call it in `beforeEach` for stable snapshots). */
export function resetMockSequence(): void {
  sequence = 0;
}

function next(): number {
  sequence += 1;
  return sequence;
}

function mockUuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

function mockTimestamp(n: number): string {
  // 2024-10-01 09:00 UTC, then 37 minutes apart: readable dates that still differ in hours and minutes.
  return new Date(Date.UTC(2024, 9, 1, 9, 0) + n * 37 * 60_000).toISOString();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Overrides often come from JSON.parse, which makes `__proto__` an own key: assigning it would swap the returned
// object's prototype (issue 10), and `constructor`/`prototype` are never members of this API's objects.
const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

// Objects merge key by key; anything else (arrays, null, scalars, an object replacing a string) replaces the default.
function merge<T>(base: T, override: DeepPartial<T> | undefined): T {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined || UNSAFE_KEYS.has(key)) continue;
    out[key] = merge(Object.hasOwn(base, key) ? base[key] : undefined, value);
  }
  // The merge keeps the base's shape and only swaps in values typed by DeepPartial<T>.
  return out as T;
}

/** A Synaps step event; defaults to an approved sandbox ID_DOCUMENT step done from a desktop browser. */
export function makeSynapsStepEvent(overrides?: DeepPartial<SynapsStepEvent>): SynapsStepEvent {
  return merge<SynapsStepEvent>(
    {
      status: "APPROVED",
      type: "ID_DOCUMENT",
      sandbox: true,
      metadata: {
        ip: "203.0.113.24",
        user_agent:
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
        platform: "macOS",
        browser_name: "Safari",
        browser_version: "17.5",
        device: "desktop",
        customer_language: "en",
      },
    },
    overrides,
  );
}

/** A Synaps session event; defaults to an approved sandbox session. */
export function makeSynapsSessionEvent(overrides?: DeepPartial<SynapsSessionEvent>): SynapsSessionEvent {
  return merge<SynapsSessionEvent>({ status: "APPROVED", alias: `customer-${next()}`, sandbox: true }, overrides);
}

/**
 * A KYC provider event log; defaults to a step event, with `session_id`, `step_id` and `created_at` in `data.data`.
 * An `event` override that has `alias` builds on a session event; `event: null` gives a log without event.
 * @example
 * makeKycProviderEventLog({ data: { event: { type: "LIVENESS", status: "REJECTED" } } })
 */
export function makeKycProviderEventLog(overrides?: DeepPartial<KycProviderEventLog>): KycProviderEventLog {
  const n = next();
  const eventOverride = overrides?.data?.event;
  const event =
    eventOverride === null
      ? null
      : eventOverride !== undefined && "alias" in eventOverride
        ? makeSynapsSessionEvent(eventOverride)
        : makeSynapsStepEvent(eventOverride);
  const identifiers: Record<string, unknown> = { session_id: mockUuid(n), created_at: mockTimestamp(n) };
  if (event !== null && "type" in event) identifiers["step_id"] = mockUuid(n + 1_000_000);
  return { data: { data: merge(identifiers, overrides?.data?.data), event } };
}

// Only a rule that was evaluated carries a result, and then as the vendor's BaseQueryResponse has it: `result` with
// `is_valid` and `reasons` (the spec keeps all three optional). Any other status gets `result: null`, as the docs allow.
function defaultResult(status: RuleResultStatus | null, ruleData: RuleData | null | undefined): RuleResult | null {
  switch (status) {
    case "valid":
      return { result: { is_valid: true, reasons: [] } };
    case "not-valid": {
      const attribute = typeof ruleData?.attribute === "string" ? ruleData.attribute : ruleData?.attribute.path;
      return {
        result: {
          is_valid: false,
          reasons: [`${attribute ?? "attribute"} does not satisfy ${ruleData?.operator ?? "the rule"}`],
        },
      };
    }
    default:
      return null;
  }
}

const operatorsWithoutValue: readonly RuleOperator[] = ["$exists", "$noop"];

/**
 * A rule's evaluation; defaults to a valid `Customer/identityData/nationality $nin [PRK, IRN, SYR]` rule, with
 * `query_…` ids as the vendor's `QueryId` requires.
 * When only `status` is overridden, `result` follows it (`not-valid` gives `is_valid: false` with a reason).
 */
export function makeRuleExecution(overrides?: DeepPartial<RuleExecution>): RuleExecution {
  const n = next();
  const status = overrides?.status === undefined ? "valid" : overrides.status;
  const queryId = `query_${mockUuid(n)}`;
  const base: RuleExecution = {
    status,
    rule_data: {
      queryId,
      id: queryId,
      attribute: { version: "v1", schema: "Customer", path: "Customer/identityData/nationality" },
      operator: "$nin",
      value: ["PRK", "IRN", "SYR"],
      type: "IDInformation",
    },
  };
  const merged = merge<RuleExecution>(base, overrides);
  if (overrides?.result === undefined) merged.result = defaultResult(status, merged.rule_data);
  // $exists and $noop take no value: drop the default list unless the caller set one.
  const ruleData = merged.rule_data;
  if (ruleData && operatorsWithoutValue.includes(ruleData.operator) && overrides?.rule_data?.value === undefined) {
    const { value: _value, ...rest } = ruleData;
    return { ...merged, rule_data: rest };
  }
  return merged;
}

type Status = RuleResultStatus | null | undefined;

// The worst status wins: an error anywhere makes the whole run an error, then not-valid, then unknown; skipped
// rules count for nothing, so a run whose rules were all skipped is skipped.
function worstStatus(statuses: readonly Status[]): RuleResultStatus {
  if (statuses.length === 0) return "unknown";
  if (statuses.includes("error")) return "error";
  if (statuses.includes("not-valid")) return "not-valid";
  if (statuses.every((s) => s === "skipped")) return "skipped";
  if (statuses.every((s) => s === "valid" || s === "skipped")) return "valid";
  return "unknown";
}

/** One scenario's run; defaults to one valid rule, and `scenarioStatus` follows the rules unless overridden. */
export function makeScenarioExecution(overrides?: DeepPartial<ScenarioExecution>): ScenarioExecution {
  const n = next();
  const rules = overrides?.rules ?? [makeRuleExecution()];
  const base: ScenarioExecution = {
    scenarioId: mockUuid(n),
    scenarioStatus: worstStatus(rules.map((r) => r.status)),
    rules,
  };
  return merge<ScenarioExecution>(base, overrides);
}

/** A scenario execution log; defaults to one scenario, and `execution_status` follows the scenarios unless overridden. */
export function makeScenarioExecutionLog(overrides?: DeepPartial<ScenarioExecutionLog>): ScenarioExecutionLog {
  const executions = overrides?.data?.executions === undefined ? [makeScenarioExecution()] : overrides.data.executions;
  const base: ScenarioExecutionLog = {
    data: { executions, execution_status: worstStatus((executions ?? []).map((e) => e.scenarioStatus)) },
  };
  return merge<ScenarioExecutionLog>(base, overrides);
}

/** The id `makeActivityLogsResponse` uses when none is given. */
export const mockCustomerId = "00000000-0000-4000-8000-c0570e000001";

/** One page of logs; `totalCount` defaults to the number of logs given. */
export function makeActivityLogsResponse(
  logs: readonly ActivityLog[],
  options: { totalCount?: number; customerId?: string } = {},
): ActivityLogsResponse {
  return {
    totalCount: options.totalCount ?? logs.length,
    customerId: options.customerId ?? mockCustomerId,
    activityLogs: [...logs],
  };
}

// tRPC's code and trpc-openapi's message for each status (jlalmes/trpc-openapi src/adapters/node-http/errors.ts).
const otherClientError = { code: "BAD_REQUEST", message: "Bad request" };
const internalServerError = { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" };
const errorDefaults: Readonly<Record<number, { code: string; message: string }>> = {
  400: { code: "BAD_REQUEST", message: "Input validation failed" },
  401: { code: "UNAUTHORIZED", message: "Missing or invalid API key" },
  403: { code: "FORBIDDEN", message: "Forbidden" },
  404: { code: "NOT_FOUND", message: "Not found" },
  405: { code: "METHOD_NOT_SUPPORTED", message: "Method not supported" },
  408: { code: "TIMEOUT", message: "Request timeout" },
  409: { code: "CONFLICT", message: "Conflict" },
  412: { code: "PRECONDITION_FAILED", message: "Precondition failed" },
  413: { code: "PAYLOAD_TOO_LARGE", message: "Payload too large" },
  422: { code: "UNPROCESSABLE_CONTENT", message: "Unprocessable content" },
  429: { code: "TOO_MANY_REQUESTS", message: "Too many requests" },
  499: { code: "CLIENT_CLOSED_REQUEST", message: "Client closed request" },
  500: internalServerError,
  501: { code: "NOT_IMPLEMENTED", message: "Not implemented" },
  502: { code: "BAD_GATEWAY", message: "Bad gateway" },
  503: { code: "SERVICE_UNAVAILABLE", message: "Service unavailable" },
  504: { code: "GATEWAY_TIMEOUT", message: "Gateway timeout" },
};

/**
 * The API's error body for `status`, with the matching tRPC code; a 400 carries one zod-style validation issue.
 * @example
 * makeApiErrorBody(404) // { message: "Not found", code: "NOT_FOUND" }
 */
export function makeApiErrorBody(status = 500, overrides: Partial<ApiErrorBody> = {}): ApiErrorBody {
  const defaults = errorDefaults[status] ?? (status >= 500 ? internalServerError : otherClientError);
  const body: ApiErrorBody = { message: defaults.message, code: defaults.code };
  if (status === 400) body.issues = [{ code: "custom", message: "Invalid input", path: [] }];
  return merge<ApiErrorBody>(body, overrides);
}
