// Type guards and exhaustive matchers for the response's unions. They route by shape: each asks the union's discriminator
// (src/model/shapes.ts) which variant a value's shape belongs to, and checks no enum value and no leaf, so a log that
// carries a value the spec does not list yet still reaches its variant's handler. The type a guard narrows to is the
// spec's type: that is the types' promise, and `compilot-activity-logs/validate` (or `validate: "warn"`) checks it.
// Nothing here throws on any JSON input.
import { activityLogVariant, isRecord, ruleAttributeVariant, ruleValueKind, synapsEventVariant } from "./shapes.ts";
import type {
  ActivityLog,
  ApiErrorBody,
  KycProviderEventLog,
  RuleAttribute,
  RuleValue,
  ScenarioExecutionLog,
  SynapsEvent,
  SynapsSessionEvent,
  SynapsStepEvent,
  VaultMetadataLink,
} from "./types.ts";

export { ruleValueKind, type RuleValueKind } from "./shapes.ts";

/**
 * Routes by shape: true for a Synaps event with an `alias` and neither `type` nor `metadata` (a session event's
 * members). Values are not checked: `validate` does that.
 * @example
 * if (isSynapsSessionEvent(log.data.event)) console.log(log.data.event.alias);
 */
export function isSynapsSessionEvent(value: unknown): value is SynapsSessionEvent {
  return synapsEventVariant(value) === "session";
}

/**
 * Routes by shape: true for a Synaps event with a `type` or a `metadata` (only step events have them). Values are not
 * checked: `validate` does that.
 * @example
 * if (isSynapsStepEvent(log.data.event)) console.log(log.data.event.type, log.data.event.metadata.ip);
 */
export function isSynapsStepEvent(value: unknown): value is SynapsStepEvent {
  return synapsEventVariant(value) === "step";
}

/**
 * Routes by shape: true for an activity log whose `data` object carries `data` or `event` (the spec's `ActivityLog`
 * sends such a log to the KYC variant). Values are not checked: `validate` does that.
 * @example
 * const kyc = page.activityLogs.filter(isKycProviderEventLog);
 */
export function isKycProviderEventLog(value: unknown): value is KycProviderEventLog {
  return activityLogVariant(value) === "kycProviderEvent";
}

/**
 * Routes by shape: true for an activity log whose `data` is an object with neither `data` nor `event` (the scenario
 * variant, all of whose members are optional). Values are not checked: `validate` does that.
 * @example
 * for (const log of page.activityLogs) if (isScenarioExecutionLog(log)) console.log(log.data.execution_status);
 */
export function isScenarioExecutionLog(value: unknown): value is ScenarioExecutionLog {
  return activityLogVariant(value) === "scenarioExecution";
}

/**
 * Routes by shape: true for a rule attribute that is an object (a vault link; the other variant is a string), whatever
 * its `schema` or `path`. Values are not checked: `validate` does that.
 * @example
 * const attribute = rule.rule_data?.attribute;
 * const where = isVaultMetadataLink(attribute) ? `${attribute.schema}:${attribute.path}` : attribute;
 */
export function isVaultMetadataLink(value: unknown): value is VaultMetadataLink {
  return ruleAttributeVariant(value) === "vaultLink";
}

/**
 * True for a spec error body: string `message` and `code`, `issues` absent or a list of objects with a string `message`.
 * Unlike the guards above it checks leaves: the client decides with it whether an error body is typed.
 * @example
 * if (isApiError(e) && isApiErrorBody(e.body)) console.log(e.body.message);
 */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (!isRecord(value) || typeof value.message !== "string" || typeof value.code !== "string") return false;
  const { issues } = value;
  if (issues === undefined) return true;
  if (!Array.isArray(issues)) return false;
  for (const issue of issues) if (!isRecord(issue) || typeof issue.message !== "string") return false;
  return true;
}

/** One handler per activity-log variant, plus `unknown` for a value whose shape fits no variant. */
export interface ActivityLogHandlers<R> {
  kycProviderEvent: (log: KycProviderEventLog) => R;
  scenarioExecution: (log: ScenarioExecutionLog) => R;
  unknown: (value: unknown) => R;
}

/**
 * Calls the handler of `log`'s variant, decided by shape (see {@link isKycProviderEventLog},
 * {@link isScenarioExecutionLog}); a value of no variant's shape (not an object, no `data` object) goes to `unknown`,
 * as is. Every handler is required, so a new variant is a compile error.
 * @example
 * const label = matchActivityLog(log, {
 *   kycProviderEvent: (kyc) => `KYC ${kyc.data.event?.status ?? "-"}`,
 *   scenarioExecution: (run) => `scenarios ${run.data.execution_status ?? "-"}`,
 *   unknown: () => "unknown log",
 * });
 */
export function matchActivityLog<R>(log: ActivityLog, handlers: ActivityLogHandlers<R>): R {
  // Each `as` states what the discriminator (src/model/shapes.ts) has just decided: TypeScript cannot follow a string
  // back to the value it was computed from.
  const variant = activityLogVariant(log);
  switch (variant) {
    case "kycProviderEvent":
      return handlers.kycProviderEvent(log as KycProviderEventLog);
    case "scenarioExecution":
      return handlers.scenarioExecution(log as ScenarioExecutionLog);
    case "unknown":
      return handlers.unknown(log);
    default:
      // A variant added to the discriminator without a case here fails to compile.
      return variant satisfies never;
  }
}

/** One handler per Synaps event variant, `none` for an absent or null event, `unknown` for a shape of no variant. */
export interface SynapsEventHandlers<R> {
  session: (event: SynapsSessionEvent) => R;
  step: (event: SynapsStepEvent) => R;
  none: (event: null | undefined) => R;
  unknown: (value: unknown) => R;
}

/**
 * Calls the handler of `event`'s variant, decided by shape (see {@link isSynapsStepEvent}, {@link isSynapsSessionEvent}):
 * a value with both a step's and a session's members goes to `step`, the more specific one.
 * @example
 * matchSynapsEvent(log.data.event, { session: (s) => s.status, step: (s) => `${s.type} ${s.status}`, none: () => "-", unknown: () => "?" });
 */
export function matchSynapsEvent<R>(event: SynapsEvent | null | undefined, handlers: SynapsEventHandlers<R>): R {
  const variant = synapsEventVariant(event);
  switch (variant) {
    case "session":
      return handlers.session(event as SynapsSessionEvent);
    case "step":
      return handlers.step(event as SynapsStepEvent);
    case "none":
      return handlers.none(event as null | undefined);
    case "unknown":
      return handlers.unknown(event);
    default:
      return variant satisfies never;
  }
}

/** One handler per RuleAttribute variant, `unknown` for anything else. */
export interface RuleAttributeHandlers<R> {
  string: (attribute: string) => R;
  vaultLink: (link: VaultMetadataLink) => R;
  unknown: (value: unknown) => R;
}

/**
 * Calls the handler of `attribute`'s variant: a string, or an object (a vault link, see {@link isVaultMetadataLink}).
 * @example
 * const where = matchRuleAttribute(rule.attribute, { string: (s) => s, vaultLink: (l) => l.path, unknown: () => "?" });
 */
export function matchRuleAttribute<R>(attribute: RuleAttribute, handlers: RuleAttributeHandlers<R>): R {
  const variant = ruleAttributeVariant(attribute);
  switch (variant) {
    case "string":
      return handlers.string(attribute as string);
    case "vaultLink":
      return handlers.vaultLink(attribute as VaultMetadataLink);
    case "unknown":
      return handlers.unknown(attribute);
    default:
      return variant satisfies never;
  }
}

/** One handler per RuleValue variant, `none` for an absent or null value, `unknown` for anything else. */
export interface RuleValueHandlers<R> {
  boolean: (value: boolean) => R;
  string: (value: string) => R;
  number: (value: number) => R;
  /** Gets a list whose first item is no number, the empty list included (see {@link ruleValueKind}). */
  strings: (value: string[]) => R;
  /** Gets a list whose first item is a number. */
  numbers: (value: number[]) => R;
  none: (value: null | undefined) => R;
  unknown: (value: unknown) => R;
}

/**
 * Calls the handler of `value`'s JSON type (see {@link ruleValueKind}); a list goes by its first item.
 * @example
 * const text = matchRuleValue(rule.value, {
 *   boolean: String, string: (s) => s, number: String, strings: (l) => l.join(", "), numbers: (l) => l.join(", "),
 *   none: () => "-", unknown: (v) => typeof v,
 * });
 */
export function matchRuleValue<R>(value: RuleValue | null | undefined, handlers: RuleValueHandlers<R>): R {
  const kind = ruleValueKind(value);
  switch (kind) {
    case "boolean":
      return handlers.boolean(value as boolean);
    case "string":
      return handlers.string(value as string);
    case "number":
      return handlers.number(value as number);
    case "string[]":
      return handlers.strings(value as string[]);
    case "number[]":
      return handlers.numbers(value as number[]);
    case "null":
      return handlers.none(value as null | undefined);
    case "unknown":
      return handlers.unknown(value);
    default:
      return kind satisfies never;
  }
}
