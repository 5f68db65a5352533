// Runtime contract checks (`compilot-activity-logs/validate`): the compiled validators are large, so only this entry
// imports them and the client loads it lazily when `validate` is not "off".
import {
  explainActivityLogsResponse,
  explainApiErrorBody,
  explainUnions,
  validateActivityLogsResponse,
  validateApiErrorBody,
  type Union,
  type Validator,
  type ValidatorError,
} from "../generated/validators.js";
import type { ContractIssue, ContractViolation } from "./contract-error.ts";
import type { ActivityLogsResponse, ApiErrorBody } from "./types.ts";
import { activityLogVariant, ruleAttributeVariant, ruleValueKind, synapsEventVariant } from "./discriminate.ts";
import { escapePointerToken, unescapePointerToken } from "./json-pointer.ts";

// Types only: the ContractError class lives in the core entry alone (the client throws it). Importing it here too
// would split it into a chunk shared by both entries, ~150 B gzip more for every app that never validates.
export type { ContractIssue, ContractViolation } from "./contract-error.ts";

/** What {@link checkBody} finds: the first issues, how many there are in all, and a message that lists them. */
export interface BodyCheck {
  /** The first {@link MAX_ISSUES} issues, in the order of the body. */
  issues: ContractIssue[];
  /** How many issues the body has in all (more than `issues.length` when the list was cut). */
  count: number;
  /** One line per listed issue, then `… and N more issues` when the list was cut; empty when the body matches. */
  message: string;
}

/** How many issues one check lists: a message stays readable, and a page of 1,000 bad logs is not 1,000 lines. */
export const MAX_ISSUES = 20;

/**
 * Checks a body against its spec schema. `redact` (when given) is applied to each received value's full text before
 * it is cut to length, so a secret that straddles the cut is still found.
 * @example
 * const { count, message } = checkBody("ActivityLogsResponse", body, (text) => text.replaceAll(apiKey, "[redacted]"));
 * if (count) console.warn(message);
 */
export function checkBody(
  schema: ContractViolation["schema"],
  value: unknown,
  redact?: (text: string) => string,
): BodyCheck {
  return schema === "ActivityLogsResponse"
    ? check(
        validateActivityLogsResponse,
        explainActivityLogsResponse,
        explainUnions.ActivityLogsResponse,
        value,
        redact,
      )
    : check(validateApiErrorBody, explainApiErrorBody, explainUnions.ApiErrorBody, value, redact);
}

/**
 * Lists where a `200` body breaks the spec (the first {@link MAX_ISSUES}; {@link checkBody} also counts the rest);
 * empty when it matches.
 * @example
 * checkActivityLogsResponse(body).map((issue) => issue.message)
 * // ['/activityLogs/3/data/executions/0/rules/1/rule_data/operator must be one of $noop, $eq, $lt, $lte, $gt, $gte, … (10 values); got "$nhas"']
 */
export function checkActivityLogsResponse(value: unknown, redact?: (text: string) => string): ContractIssue[] {
  return checkBody("ActivityLogsResponse", value, redact).issues;
}

/** Lists where an error body breaks the spec (the first {@link MAX_ISSUES}); empty when it matches. */
export function checkApiErrorBody(value: unknown, redact?: (text: string) => string): ContractIssue[] {
  return checkBody("ApiErrorBody", value, redact).issues;
}

/** True when `value` is a `200` body that matches the spec. */
export function isValidActivityLogsResponse(value: unknown): value is ActivityLogsResponse {
  return validateActivityLogsResponse(value);
}

/** True when `value` is an error body that matches the spec. */
export function isValidApiErrorBody(value: unknown): value is ApiErrorBody {
  return validateApiErrorBody(value);
}

const MAX_RECEIVED = 80;
// The received value is rendered this far, redacted, then cut to MAX_RECEIVED: any secret shorter than the margin
// that starts before the cut is whole in the redacted text.
const REDACT_MARGIN = 1024;
const MAX_LISTED = 6;

/** A failure on its way to becoming an issue. */
interface Finding {
  pointer: string;
  keyword: string;
  expected: string;
}

/**
 * The variant a value's shape belongs to, by the label the generated union table gives it: the same discriminators
 * the guards and matchers use (src/discriminate.ts), so a failure is explained against the variant they route to.
 */
const SITES: Record<string, (value: unknown) => string | undefined> = {
  ActivityLog: (value) => ACTIVITY_LOG[activityLogVariant(value)],
  SynapsEvent: (value) => SYNAPS_EVENT[synapsEventVariant(value)],
  RuleAttribute: (value) => RULE_ATTRIBUTE[ruleAttributeVariant(value)],
  RuleValue: (value) => ruleValueKind(value),
};
const ACTIVITY_LOG: Record<string, string> = {
  kycProviderEvent: "KycProviderEventLog",
  scenarioExecution: "ScenarioExecutionLog",
};
const SYNAPS_EVENT: Record<string, string> = { session: "SynapsSessionEvent", step: "SynapsStepEvent" };
const RULE_ATTRIBUTE: Record<string, string> = { string: "string", vaultLink: "VaultMetadataLink" };
/** What a value of a union must look like, for a value whose shape is none of its variants'. */
const SHAPES: Record<string, string> = {
  ActivityLog: "an object with a data object (a KYC provider event or a scenario execution)",
  SynapsEvent: "an object with alias (a session event) or with type or metadata (a step event)",
  RuleAttribute: "a string or an object (a vault link)",
  RuleValue: "a boolean, a string, a number or a list",
};

function check<T>(
  fast: Validator<T>,
  explain: Validator<T>,
  unions: Record<string, Union>,
  value: unknown,
  redact: ((text: string) => string) | undefined,
): BodyCheck {
  if (fast(value)) return { issues: [], count: 0, message: "" };
  // The fast validator stops at its first failure, in a reshaped schema: the explainer lists every failure by the spec.
  const findings = explain(value)
    ? toFindings(fast.errors ?? [], {}, value)
    : toFindings(explain.errors ?? [], unions, value);
  const issues = findings.slice(0, MAX_ISSUES).map((finding) => toIssue(finding, value, redact));
  const more = findings.length - issues.length;
  const lines = issues.map((issue) => issue.message);
  if (more > 0) lines.push(`… and ${more} more issue${more === 1 ? "" : "s"}`);
  return { issues, count: findings.length, message: lines.join("\n") };
}

/**
 * ajv reports the failures of every `anyOf` branch. Each failure is kept only when, at every `anyOf` on its way, it
 * lies in the branch the value there belongs to: for the spec's unions, the branch of the value's shape; for a
 * nullable (`[X, null]`), X (a null value passes). One pass, each failure walked once along its own `schemaPath`: the
 * cost is linear in the failures.
 */
function toFindings(errors: ValidatorError[], unions: Record<string, Union>, root: unknown): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const enumPointers = new Set<string>();
  for (const error of errors) {
    // `if`/`then` also reports the `then` failures themselves.
    if (error.keyword === "if") continue;
    const verdict = judge(error, unions, root);
    if (verdict === false) continue;
    const finding = verdict === true ? toFinding(error) : verdict;
    const key = `${finding.pointer} ${finding.expected}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (finding.keyword === "enum") enumPointers.add(finding.pointer);
    findings.push(finding);
  }
  // A wrong value of an enum also fails its `type`: the enum says more.
  return findings.filter((f) => !(f.keyword === "type" && enumPointers.has(f.pointer)));
}

/**
 * Walks `error.schemaPath` down from the root beside the value: true to keep the error as it is, false to drop it, or
 * a finding that replaces it (the union's own failure, for a value of no variant's shape; "or null" added to the
 * expectation of a nullable value that has the wrong type).
 */
function judge(error: ValidatorError, unions: Record<string, Union>, root: unknown): boolean | Finding {
  const tokens = error.schemaPath.split("/");
  let value = root;
  let pointer = "";
  let path = tokens[0] ?? "#";
  let nullable: string | undefined; // pointer of the innermost nullable `anyOf` the error lies in
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    path += `/${token}`;
    if (token === "properties" || token === "items") {
      const member = token === "properties" ? unescapePointerToken(tokens[++i] ?? "") : undefined;
      if (member !== undefined) path += `/${tokens[i]}`;
      const key = member ?? nextIndex(error.instancePath, pointer);
      if (key === undefined) return true;
      pointer += `/${escapePointerToken(key)}`;
      value = child(value, key);
      continue;
    }
    if (token === "then") {
      // The `then` of a union's `if` (ActivityLog's KYC rule) speaks only for a value of some variant's shape.
      const union = unions[`${path.slice(0, -"/then".length)}/anyOf`];
      if (union !== undefined && pick(union, value) === undefined) return false;
      continue;
    }
    if (token !== "anyOf") continue;
    const union = unions[path];
    if (union === undefined) return true;
    const branch = tokens[i + 1];
    if (branch === undefined) {
      // The union's own failure: say it only for a value of no variant's shape.
      if (pick(union, value) !== undefined) return false;
      const shapes = SHAPES[union.name ?? ""] ?? `one of ${union.branches.join(", ")}`;
      return { pointer, keyword: "anyOf", expected: nullable === pointer ? `${shapes}, or null` : shapes };
    }
    if (union.branches[Number(branch)] !== pick(union, value)) return false;
    if (union.name === undefined) nullable = pointer;
    path += `/${branch}`;
    i++;
  }
  if (nullable === undefined) return true;
  const finding = toFinding(error);
  if (finding.pointer !== nullable) return true;
  return { ...finding, expected: `${finding.expected}${error.keyword === "type" ? "" : ","} or null` };
}

/** The label of the branch `value` belongs to, undefined for no branch. */
function pick(union: Union, value: unknown): string | undefined {
  if (union.name !== undefined) {
    const label = SITES[union.name]?.(value);
    return label !== undefined && union.branches.includes(label) ? label : undefined;
  }
  // Not one of the spec's named unions: a nullable `[X, null]`, where a non-null value belongs to X.
  return value === null ? "null" : union.branches.find((label: string) => label !== "null");
}

/** The array index that follows `prefix` in `instancePath`. */
function nextIndex(instancePath: string, prefix: string): string | undefined {
  if (!instancePath.startsWith(`${prefix}/`)) return undefined;
  const end = instancePath.indexOf("/", prefix.length + 1);
  return instancePath.slice(prefix.length + 1, end === -1 ? undefined : end);
}

function child(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object") return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function toFinding(error: ValidatorError): Finding {
  const { keyword, params, instancePath, schemaPath } = error;
  const base = { pointer: instancePath, keyword };
  switch (keyword) {
    case "required":
      return {
        ...base,
        pointer: `${instancePath}/${escapePointerToken(String(params.missingProperty))}`,
        expected: "present (required)",
      };
    case "type": {
      const types = Array.isArray(params.type) ? params.type.map(String) : String(params.type).split(",");
      return { ...base, expected: `type ${types.join(" or ")}` };
    }
    case "enum":
      return { ...base, expected: oneOf(Array.isArray(params.allowedValues) ? params.allowedValues : []) };
    case "const":
      return { ...base, expected: `equal to ${describe(params.allowedValue, MAX_RECEIVED)}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { ...base, expected: `a number ${String(params.comparison)} ${String(params.limit)}` };
    default:
      return { ...base, expected: `valid against "${keyword}" (${schemaPath})` };
  }
}

function oneOf(values: readonly unknown[]): string {
  const names = values.slice(0, MAX_LISTED + 2).map((v) => (typeof v === "string" ? v : describe(v, MAX_RECEIVED)));
  if (values.length <= MAX_LISTED + 2) return `one of ${names.join(", ")}`;
  return `one of ${names.slice(0, MAX_LISTED).join(", ")}, … (${values.length} values)`;
}

function toIssue(finding: Finding, root: unknown, redact: ((text: string) => string) | undefined): ContractIssue {
  let value = root;
  for (const key of finding.pointer.split("/").slice(1)) value = child(value, unescapePointerToken(key));
  const text = describe(value, MAX_RECEIVED + REDACT_MARGIN);
  const redacted = redact ? redact(text) : text;
  const received = redacted.length > MAX_RECEIVED ? `${redacted.slice(0, MAX_RECEIVED - 1)}…` : redacted;
  return {
    pointer: finding.pointer,
    expected: finding.expected,
    received,
    message: `${finding.pointer || "(body)"} must be ${finding.expected}; got ${received}`,
  };
}

/**
 * JSON text of `value`, cut after about `limit` characters. Iterative, with an explicit stack, and it stops at the
 * limit: a value nested thousands of levels deep, or of megabytes, costs no more than `limit` characters of work
 * (JSON.stringify would overflow the stack on the first and serialize all of the second).
 */
export function describe(value: unknown, limit: number): string {
  if (value === undefined) return "nothing";
  let out = "";
  // Each step writes literal text or a value (whose members become steps of their own).
  const stack: Array<{ text: string } | { value: unknown }> = [{ value }];
  while (stack.length > 0 && out.length <= limit) {
    const step = stack.pop() as { text: string } | { value: unknown };
    if ("text" in step) {
      out += step.text;
      continue;
    }
    const item = step.value;
    if (typeof item === "string") out += JSON.stringify(item.length > limit ? item.slice(0, limit) : item);
    else if (typeof item === "number") out += Number.isFinite(item) ? String(item) : "null";
    else if (typeof item === "boolean" || item === null) out += String(item);
    else if (Array.isArray(item)) {
      out += "[";
      stack.push({ text: "]" });
      for (let i = Math.min(item.length, limit) - 1; i >= 0; i--) {
        stack.push({ value: item[i] ?? null });
        if (i > 0) stack.push({ text: "," });
      }
    } else if (typeof item === "object") {
      out += "{";
      stack.push({ text: "}" });
      const keys = Object.keys(item);
      for (let i = Math.min(keys.length, limit) - 1; i >= 0; i--) {
        const key = keys[i] ?? "";
        stack.push({ value: (item as Record<string, unknown>)[key] ?? null });
        stack.push({ text: `${i > 0 ? "," : ""}${JSON.stringify(key)}:` });
      }
    } else out += "null";
  }
  return out;
}
