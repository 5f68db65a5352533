// Type guards and exhaustive matchers for the response's unions. The variants have no discriminator field, so every
// guard tests structure; none casts, none throws on any JSON input, and each checks what its type claims, with one
// documented exception: a vault link's `path` is checked to be a string, not one of the spec's 253 values (that list
// alone is 1.4 KB gzip, a third of the core's budget; the `compilot-activity-logs/validate` entry checks it). Guards
// narrow `unknown` to {@link WithAnyVaultPath} types, which say exactly that, and still narrow the spec's own unions
// to their members.
import type {
  ActivityLog,
  ApiErrorBody,
  CredentialType,
  KycProviderEventLog,
  RuleOperator,
  RuleAttribute,
  RuleResultStatus,
  ScenarioExecutionLog,
  SynapsSessionEvent,
  SynapsStatus,
  SynapsStepEvent,
  SynapsStepMetadata,
  SynapsStepType,
  VaultMetadataLink,
  VaultSchemaName,
} from "./types.ts";

/** `T` with every vault link's `path` widened to `string`: what the core guards can vouch for (see {@link isVaultMetadataLink}). */
export type WithAnyVaultPath<T> = T extends VaultMetadataLink
  ? Omit<T, "path"> & { path: string }
  : T extends (infer U)[]
    ? WithAnyVaultPath<U>[]
    : T extends object
      ? { [K in keyof T]: WithAnyVaultPath<T[K]> }
      : T;

/** Any `{ version, schema, path }` of strings: a vault link, possibly into a schema or version the spec does not list. */
export type VaultLinkLike = { [K in keyof VaultMetadataLink]: string };

/** What {@link ruleValueKind} returns. */
export type RuleValueKind = "boolean" | "string" | "number" | "string[]" | "number[]" | "null" | "unknown";

// Plain loops and inline `=== undefined` / `== null` tests, no shared `optional(value, check)` helper and no callbacks
// created per call: a helper that calls many different checks is a megamorphic call site, and it made the guards 1.5x
// slower over a 2 MB page (the bench's narrowing row). JSON Schema treats a member whose value is undefined as absent,
// hence `=== undefined` for optional members and `== null` for nullable ones.
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === "string";
// JSON has no NaN or Infinity; a number outside JSON is not a spec number.
const isNumber = (value: unknown): value is number => Number.isFinite(value);
const isBoolean = (value: unknown): value is boolean => typeof value === "boolean";
const isStrings = (value: unknown): value is string[] => {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isString(item)) return false;
  return true;
};
const isNumbers = (value: unknown): value is number[] => {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isNumber(item)) return false;
  return true;
};
// The `Record<T, 1>` makes the compiler check that every enum value of the spec is listed, and nothing else.
const oneOf = <T extends string>(values: Record<T, 1>) => {
  const known = new Set<unknown>(Object.keys(values));
  return (value: unknown): value is T => known.has(value);
};

const isStatus = oneOf<SynapsStatus>({
  APPROVED: 1,
  SUBMISSION_REQUIRED: 1,
  RESUBMISSION_REQUIRED: 1,
  REJECTED: 1,
  PENDING_VERIFICATION: 1,
});
const isStepType = oneOf<SynapsStepType>({ ID_DOCUMENT: 1, LIVENESS: 1, PROOF_OF_ADDRESS: 1, PHONE: 1, EMAIL: 1 });
const isRuleStatus = oneOf<RuleResultStatus>({ valid: 1, "not-valid": 1, error: 1, unknown: 1 });
const isOperator = oneOf<RuleOperator>({
  $noop: 1,
  $eq: 1,
  $lt: 1,
  $lte: 1,
  $gt: 1,
  $gte: 1,
  $in: 1,
  $nin: 1,
  $ne: 1,
  $exists: 1,
});
const isCredentialType = oneOf<CredentialType>({
  IDInformation: 1,
  IDInformationTfhe: 1,
  SelfieImage: 1,
  IDImage: 1,
  ProofOfResidence: 1,
  AMLScreeningsResults: 1,
  ID3: 1,
  IDScan: 1,
  IDScanSelfie: 1,
  IDScanPassport: 1,
});
const isSchemaName = oneOf<VaultSchemaName>({ Customer: 1, KycSession: 1, Transaction: 1, Tfhe: 1 });

const isQueryResult = (value: unknown) =>
  isObject(value) &&
  (value.is_valid === undefined || isBoolean(value.is_valid)) &&
  (value.reasons === undefined || isStrings(value.reasons));
const isRuleData = (value: Record<string, unknown>) =>
  (value.queryId === undefined || isString(value.queryId)) &&
  (value.id === undefined || isString(value.id)) &&
  (value.requestId == null || isNumber(value.requestId)) &&
  (isString(value.attribute) || isVaultMetadataLink(value.attribute)) &&
  (value.value == null || ruleValueKind(value.value) !== "unknown") &&
  isOperator(value.operator) &&
  (value.type == null || isCredentialType(value.type));
const isRuleExecution = (value: unknown) => {
  if (!isObject(value)) return false;
  const { result, rule_data } = value;
  return (
    (result == null || (isObject(result) && (result.result == null || isQueryResult(result.result)))) &&
    (rule_data == null || (isObject(rule_data) && isRuleData(rule_data))) &&
    (value.status == null || isRuleStatus(value.status))
  );
};
const isIssue = (value: unknown) => isObject(value) && isString(value.message);
const isScenarioExecution = (value: unknown) => {
  if (!isObject(value) || !Array.isArray(value.rules)) return false;
  for (const rule of value.rules) if (!isRuleExecution(rule)) return false;
  return (
    (value.scenarioId === undefined || isString(value.scenarioId)) &&
    (value.scenarioStatus === undefined || isRuleStatus(value.scenarioStatus))
  );
};

/**
 * True for a Synaps session event: a known `status`, a string `alias`, a boolean `sandbox` (exactly the spec's schema).
 * @example
 * if (isSynapsSessionEvent(log.data.event)) console.log(log.data.event.alias);
 */
export function isSynapsSessionEvent(value: unknown): value is SynapsSessionEvent {
  return isObject(value) && isStatus(value.status) && isString(value.alias) && isBoolean(value.sandbox);
}

/**
 * True for a Synaps step event: known `status` and `type`, boolean `sandbox`, `metadata` of seven strings (exactly the spec's schema).
 * @example
 * if (isSynapsStepEvent(log.data.event)) console.log(log.data.event.type, log.data.event.metadata.ip);
 */
export function isSynapsStepEvent(value: unknown): value is SynapsStepEvent {
  const metadata = isObject(value) ? value.metadata : undefined;
  return (
    isObject(value) &&
    isStatus(value.status) &&
    isStepType(value.type) &&
    isBoolean(value.sandbox) &&
    isObject(metadata) &&
    isString(metadata.ip) &&
    isString(metadata.user_agent) &&
    isString(metadata.platform) &&
    isString(metadata.browser_name) &&
    isString(metadata.browser_version) &&
    isString(metadata.device) &&
    isString(metadata.customer_language)
  );
}

/**
 * True for a KYC provider event log: `data.data` an object, `data.event` absent, null or a valid Synaps event
 * (exactly the spec's schema).
 * @example
 * const kyc = page.activityLogs.filter(isKycProviderEventLog);
 */
export function isKycProviderEventLog(value: unknown): value is KycProviderEventLog {
  return (
    isObject(value) &&
    isObject(value.data) &&
    isObject(value.data.data) &&
    (value.data.event == null || isSynapsSessionEvent(value.data.event) || isSynapsStepEvent(value.data.event))
  );
}

/**
 * True for an activity log the spec classifies as a scenario execution: a valid `ScenarioExecutionLog` (vault paths
 * checked as strings) whose `data` has neither `data` nor `event` (those make it a KYC log, or no valid log at all).
 * @example
 * for (const log of page.activityLogs) if (isScenarioExecutionLog(log)) console.log(log.data.execution_status);
 */
export function isScenarioExecutionLog(value: unknown): value is WithAnyVaultPath<ScenarioExecutionLog>;
/** Narrows a log typed from the spec (also as a callback: `logs.filter(isScenarioExecutionLog)` is a `ScenarioExecutionLog[]`). */
export function isScenarioExecutionLog(value: ActivityLog): value is ScenarioExecutionLog;
export function isScenarioExecutionLog(value: unknown): value is WithAnyVaultPath<ScenarioExecutionLog> {
  const data = isObject(value) ? value.data : undefined;
  if (!isObject(data) || data.data !== undefined || data.event !== undefined) return false;
  const { executions } = data;
  if (Array.isArray(executions)) {
    for (const execution of executions) if (!isScenarioExecution(execution)) return false;
  } else if (executions != null) return false;
  return data.execution_status === undefined || isRuleStatus(data.execution_status);
}

/**
 * True for a vault link with the spec's `version` and `schema` values and a string `path`. The path is not checked
 * against the spec's 253 values (see {@link WithAnyVaultPath}); a link into a schema the spec does not list (upstream
 * added `TfheKycSession`, `Web3Transaction`) is no VaultMetadataLink: it is only {@link isVaultLinkLike}.
 * @example
 * const attribute = rule.rule_data?.attribute;
 * const where = isVaultMetadataLink(attribute) ? `${attribute.schema}:${attribute.path}` : attribute;
 */
export function isVaultMetadataLink(value: unknown): value is WithAnyVaultPath<VaultMetadataLink>;
/** Narrows an attribute typed from the spec (also as a callback: `attributes.filter(isVaultMetadataLink)`). */
export function isVaultMetadataLink(value: RuleAttribute): value is VaultMetadataLink;
export function isVaultMetadataLink(value: unknown): value is WithAnyVaultPath<VaultMetadataLink> {
  return isObject(value) && value.version === "v1" && isSchemaName(value.schema) && isString(value.path);
}

/**
 * True for any object with string `version`, `schema` and `path`, known values or not.
 * @example
 * if (!isVaultMetadataLink(attribute) && isVaultLinkLike(attribute)) console.warn("new vault schema", attribute.schema);
 */
export function isVaultLinkLike(value: unknown): value is VaultLinkLike {
  return isObject(value) && isString(value.version) && isString(value.schema) && isString(value.path);
}

/**
 * True for a spec error body: string `message` and `code`, `issues` absent or a list of objects with a string `message`.
 * @example
 * if (isApiError(e) && isApiErrorBody(e.body)) console.log(e.body.message);
 */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    isObject(value) &&
    isString(value.message) &&
    isString(value.code) &&
    (value.issues === undefined || (Array.isArray(value.issues) && value.issues.every(isIssue)))
  );
}

/**
 * The JSON type of a rule's `value`. `null` and `undefined` (no value, as for `$exists`) are `"null"`; anything that
 * is no RuleValue (an object, a mixed list) is `"unknown"`. An empty list is a `string[]` and a `number[]` alike:
 * it is reported as `"string[]"`, and {@link matchRuleValue} sends it to `strings`.
 * @example
 * ruleValueKind(["FR", "DE"]); // "string[]"
 */
export function ruleValueKind(value: unknown): RuleValueKind {
  if (value == null) return "null";
  if (isBoolean(value)) return "boolean";
  if (isString(value)) return "string";
  if (isNumber(value)) return "number";
  if (isStrings(value)) return "string[]";
  if (isNumbers(value)) return "number[]";
  return "unknown";
}

/**
 * One handler per activity-log variant, plus `unknown` for any value that is neither. `Scenario` is what the
 * `scenarioExecution` handler gets: the spec's type when the log was typed as an {@link ActivityLog}, else what the
 * guard vouches for.
 */
export interface ActivityLogHandlers<R, Scenario = WithAnyVaultPath<ScenarioExecutionLog>> {
  kycProviderEvent: (log: KycProviderEventLog) => R;
  scenarioExecution: (log: Scenario) => R;
  unknown: (value: unknown) => R;
}

/**
 * Calls the handler of `log`'s variant (see {@link isKycProviderEventLog}, {@link isScenarioExecutionLog}); any other
 * value goes to `unknown`, as is. Every handler is required, so a new variant is a compile error.
 * @example
 * const label = matchActivityLog(log, {
 *   kycProviderEvent: (kyc) => `KYC ${kyc.data.event?.status ?? "-"}`,
 *   scenarioExecution: (run) => `scenarios ${run.data.execution_status ?? "-"}`,
 *   unknown: () => "unknown log",
 * });
 */
export function matchActivityLog<R>(log: ActivityLog, handlers: ActivityLogHandlers<R, ScenarioExecutionLog>): R;
/** Calls the handler of `log`'s variant; `log` may be any value. */
export function matchActivityLog<R>(log: unknown, handlers: ActivityLogHandlers<R>): R;
// The implementation serves both overloads: its handler takes whichever type the caller's overload promised.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function matchActivityLog<R>(log: unknown, handlers: ActivityLogHandlers<R, any>): R {
  if (isKycProviderEventLog(log)) return handlers.kycProviderEvent(log);
  if (isScenarioExecutionLog(log)) return handlers.scenarioExecution(log);
  return handlers.unknown(log);
}

/** One handler per Synaps event variant, `none` for an absent or null event, `unknown` for anything else. */
export interface SynapsEventHandlers<R> {
  session: (event: SynapsSessionEvent) => R;
  step: (event: SynapsStepEvent) => R;
  none: (event: null | undefined) => R;
  unknown: (value: unknown) => R;
}

/**
 * Calls the handler of `event`'s variant. A value valid as both (a session event that also carries a step's `type`
 * and `metadata`) goes to `step`, the more specific one.
 * @example
 * matchSynapsEvent(log.data.event, { session: (s) => s.status, step: (s) => `${s.type} ${s.status}`, none: () => "-", unknown: () => "?" });
 */
export function matchSynapsEvent<R>(event: unknown, handlers: SynapsEventHandlers<R>): R {
  if (event == null) return handlers.none(event);
  if (isSynapsStepEvent(event)) return handlers.step(event);
  if (isSynapsSessionEvent(event)) return handlers.session(event);
  return handlers.unknown(event);
}

/** One handler per RuleValue variant, `none` for an absent or null value, `unknown` for anything else. */
export interface RuleValueHandlers<R> {
  boolean: (value: boolean) => R;
  string: (value: string) => R;
  number: (value: number) => R;
  /** Also gets the empty list (see {@link ruleValueKind}). */
  strings: (value: string[]) => R;
  numbers: (value: number[]) => R;
  none: (value: null | undefined) => R;
  unknown: (value: unknown) => R;
}

/**
 * Calls the handler of `value`'s JSON type (see {@link ruleValueKind}).
 * @example
 * const text = matchRuleValue(rule.value, {
 *   boolean: String, string: (s) => s, number: String, strings: (l) => l.join(", "), numbers: (l) => l.join(", "),
 *   none: () => "-", unknown: (v) => JSON.stringify(v),
 * });
 */
export function matchRuleValue<R>(value: unknown, handlers: RuleValueHandlers<R>): R {
  if (value == null) return handlers.none(value);
  if (isBoolean(value)) return handlers.boolean(value);
  if (isString(value)) return handlers.string(value);
  if (isNumber(value)) return handlers.number(value);
  if (isStrings(value)) return handlers.strings(value);
  if (isNumbers(value)) return handlers.numbers(value);
  return handlers.unknown(value);
}
