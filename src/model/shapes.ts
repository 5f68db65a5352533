// One discriminator per union of the spec: which variant a value's shape belongs to. The variants have no tag field, so
// each function reads the fewest structural facts that tell the spec's variants apart (a member present, `typeof`,
// `Array.isArray`) and never an enum value or a leaf: a value the spec does not list yet keeps its variant. The guards
// and matchers (src/model/narrow.ts) route by these, and the contract checks (src/model/contract.ts) explain a failure
// against the variant they name, so all three always agree. Beside them, the page envelope's own test.

/** The variant of an activity log's shape (spec `ActivityLog`); `"unknown"` when no variant has that shape. */
export type ActivityLogVariant = "kycProviderEvent" | "scenarioExecution" | "unknown";
/** The variant of a Synaps event's shape (spec `SynapsEvent`, nullable where it is used). */
export type SynapsEventVariant = "session" | "step" | "none" | "unknown";
/** The variant of a rule attribute's shape (spec `RuleAttribute`). */
export type RuleAttributeVariant = "string" | "vaultLink" | "unknown";
/** The JSON type of a rule value (spec `RuleValue`, nullable where it is used). */
export type RuleValueKind = "boolean" | "string" | "number" | "string[]" | "number[]" | "null" | "unknown";

/** A plain object: not null, not a list. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The envelope every page has, whatever else it holds (spec `ActivityLogsResponse`): an object with an `activityLogs`
 * list. The client checks it in every `validate` mode; the contract checks walk the logs it holds.
 */
export const hasActivityLogs = (value: unknown): value is { activityLogs: unknown[] } =>
  isRecord(value) && Array.isArray(value.activityLogs);

/**
 * `data.data` or `data.event` present: KYC (the spec's `ActivityLog` sends such an item to `KycProviderEventLog`);
 * any other object `data`: a scenario execution, all of whose members are optional. JSON Schema treats a member whose
 * value is `undefined` as absent, hence `!== undefined` rather than `in`.
 */
export function activityLogVariant(value: unknown): ActivityLogVariant {
  if (!isRecord(value)) return "unknown";
  const { data } = value;
  if (!isRecord(data)) return "unknown";
  return data.data !== undefined || data.event !== undefined ? "kycProviderEvent" : "scenarioExecution";
}

/**
 * `type` or `metadata` present: a step event (only steps have them; a value with both a step's and a session's members
 * is a step, the more specific one); else `alias` present: a session event. `null` and `undefined` are no event.
 */
export function synapsEventVariant(value: unknown): SynapsEventVariant {
  if (value == null) return "none";
  if (!isRecord(value)) return "unknown";
  if (value.type !== undefined || value.metadata !== undefined) return "step";
  return value.alias !== undefined ? "session" : "unknown";
}

/** A string is a plain attribute; an object is a vault link (the only object variant). */
export function ruleAttributeVariant(value: unknown): RuleAttributeVariant {
  if (typeof value === "string") return "string";
  return isRecord(value) ? "vaultLink" : "unknown";
}

/**
 * The JSON type of a rule value. A list is told by its first item: a number makes it a `number[]`, anything else
 * (and the empty list, which is both) a `string[]`; its other items are leaves, for validation to check.
 */
export function ruleValueKind(value: unknown): RuleValueKind {
  if (value == null) return "null";
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "string":
      return "string";
    case "number":
      return "number";
  }
  if (!Array.isArray(value)) return "unknown";
  return isNumberList(value) ? "number[]" : "string[]";
}

/** Tells a rule value's two list variants apart by the first item (see {@link ruleValueKind}). */
export const isNumberList = (list: readonly unknown[]): list is number[] => typeof list[0] === "number";
