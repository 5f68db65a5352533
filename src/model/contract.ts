// The contract checks themselves, loaded on demand by the client (src/request/response.ts) and wrapped by the
// `compilot-activity-logs/validate` entry (src/validate.ts). Each value is routed to its variant by the guards' own
// discriminators (src/model/shapes.ts), so a failure is explained against the variant the guards and matchers route to.
import {
  unions,
  validateApiErrorBody,
  validateEnvelope,
  validateKycProviderEventLog,
  validateScenarioExecutionLog,
  type Union,
  type Validator,
  type ValidatorError,
} from "../../generated/validators.js";
import {
  activityLogVariant,
  hasActivityLogs,
  ruleAttributeVariant,
  ruleValueKind,
  synapsEventVariant,
} from "./shapes.ts";
import type { ContractIssue, ContractViolation } from "../core/errors.ts";
import { escapePointerToken, unescapePointerToken } from "./json-pointer.ts";

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
 * Checks a body against its spec schema. `redact` (when given) is applied to each
 * received value's full text before it is cut to length, so a secret that straddles the cut is still found.
 */
export function checkBody(
  schema: ContractViolation["schema"],
  value: unknown,
  redact: ((text: string) => string) | undefined,
): BodyCheck {
  const findings =
    schema === "ActivityLogsResponse"
      ? explainPage(value)
      : explain(validateApiErrorBody, unions.validateApiErrorBody, value, "", []);
  return report(findings, value, redact);
}

/** True when `value` is a `200` body that matches the spec. */
export function isValidPage(value: unknown): boolean {
  if (!validateEnvelope(value) || !hasActivityLogs(value)) return false;
  for (const log of value.activityLogs) if (variantValidator(log)?.(log) !== true) return false;
  return true;
}

/** The validator of the variant `log`'s shape belongs to; undefined for no variant's shape (no valid ActivityLog). */
function variantValidator(log: unknown): Validator<unknown> | undefined {
  const variant = activityLogVariant(log);
  return variant === "kycProviderEvent"
    ? validateKycProviderEventLog
    : variant === "scenarioExecution"
      ? validateScenarioExecutionLog
      : undefined;
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
 * the guards and matchers use (src/model/shapes.ts), so a failure is explained against the variant they route to.
 * (ActivityLog, the page's items, is told apart before validation: see {@link explainPage}.)
 */
function siteLabel(name: string, value: unknown): string | undefined {
  if (name === "SynapsEvent") return SYNAPS_EVENT[synapsEventVariant(value)];
  if (name === "RuleAttribute") return RULE_ATTRIBUTE[ruleAttributeVariant(value)];
  return name === "RuleValue" ? ruleValueKind(value) : undefined;
}
const SYNAPS_EVENT: Record<string, string> = { session: "SynapsSessionEvent", step: "SynapsStepEvent" };
const RULE_ATTRIBUTE: Record<string, string> = { string: "string", vaultLink: "VaultMetadataLink" };
/** What a value of a union must look like, for a value whose shape is none of its variants'. */
const SHAPES: Record<string, string> = {
  ActivityLog: "an object with a data object (a KYC provider event or a scenario execution)",
  SynapsEvent: "an object with alias (a session event) or with type or metadata (a step event)",
  RuleAttribute: "a string or an object (a vault link)",
  RuleValue: "a boolean, a string, a number or a list",
};

/**
 * Every failure of a page: its envelope, then each log against the variant of its shape (the discriminator the guards
 * and matchers use), so a log is never explained as a variant it does not look like. That is the spec's `ActivityLog`
 * exactly: its `if` sends a log with `data.data` or `data.event` to the KYC variant, the scenario variant needs a
 * `data` object and has neither, and a log of no variant's shape fails both: it gets one finding, the shapes it could have.
 */
function explainPage(page: unknown): Finding[] {
  const findings = explain(validateEnvelope, unions.validateEnvelope, page, "", []);
  const logs = hasActivityLogs(page) ? page.activityLogs : [];
  for (let i = 0; i < logs.length; i++) {
    const log: unknown = logs[i];
    const validator = variantValidator(log);
    const table =
      validator === validateKycProviderEventLog
        ? unions.validateKycProviderEventLog
        : unions.validateScenarioExecutionLog;
    if (validator !== undefined) explain(validator, table, log, `/activityLogs/${i}`, findings);
    else findings.push({ pointer: `/activityLogs/${i}`, keyword: "anyOf", expected: SHAPES.ActivityLog ?? "" });
  }
  return findings;
}

/**
 * Appends `value`'s failures (pointers prefixed with `prefix`) to `findings`. ajv reports the failures of every
 * branch of a union: each failure is kept only when, at every union on its way, it lies in the branch the value there
 * belongs to (see {@link judge}). One pass, each failure replayed once along its own `schemaPath`: linear in the
 * failures.
 */
function explain(
  validator: Validator<unknown>,
  unions: Record<string, Union>,
  value: unknown,
  prefix: string,
  findings: Finding[],
): Finding[] {
  if (validator(value)) return findings;
  for (const error of validator.errors ?? []) {
    // An `if` reports its `then`/`else` failures once more, as its own.
    if (error.keyword === "if") continue;
    const verdict = judge(error, unions, value);
    if (verdict === false) continue;
    const finding = verdict === true ? toFinding(error) : verdict;
    findings.push(prefix ? { ...finding, pointer: prefix + finding.pointer } : finding);
  }
  return findings;
}

/** The first {@link MAX_ISSUES} findings as issues, once each; a wrong value of an enum also fails its `type`, and the enum says more. */
function report(all: Finding[], root: unknown, redact: ((text: string) => string) | undefined): BodyCheck {
  const enumPointers = new Set<string>();
  for (const finding of all) if (finding.keyword === "enum") enumPointers.add(finding.pointer);
  const seen = new Set<string>();
  const findings = all.filter((finding) => {
    const key = `${finding.pointer} ${finding.expected}`;
    if (seen.has(key) || (finding.keyword === "type" && enumPointers.has(finding.pointer))) return false;
    seen.add(key);
    return true;
  });
  const issues = findings.slice(0, MAX_ISSUES).map((finding) => toIssue(finding, root, redact));
  const more = findings.length - issues.length;
  const lines = issues.map((issue) => issue.message);
  if (more > 0) lines.push(`… and ${more} more issue${more === 1 ? "" : "s"}`);
  return { issues, count: findings.length, message: lines.join("\n") };
}

/** One step down an error's `schemaPath`, as {@link judge} replays it beside the value. */
type Step =
  | { kind: "member"; key: string }
  | { kind: "item" }
  | { kind: "branch"; union: Union; label: string | undefined }
  | { kind: "own"; union: Union }
  | { kind: "keep" };

// Steps depend on the `schemaPath` alone, and a page's failures share a few dozen paths: each is parsed once.
const plans = new WeakMap<Record<string, Union>, Map<string, Step[]>>();

function planOf(unions: Record<string, Union>, schemaPath: string): Step[] {
  let byPath = plans.get(unions);
  if (byPath === undefined) plans.set(unions, (byPath = new Map()));
  let steps = byPath.get(schemaPath);
  if (steps !== undefined) return steps;
  steps = [];
  const tokens = schemaPath.split("/");
  let path = tokens[0] ?? "#";
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    if (token === "properties") {
      const member = tokens[++i] ?? "";
      steps.push({ kind: "member", key: unescapePointerToken(member) });
      path += `/properties/${member}`;
      continue;
    }
    if (token === "items") steps.push({ kind: "item" });
    path += `/${token}`;
    if (token !== "anyOf") continue;
    const union = unions[path];
    const branch = tokens[i + 1];
    if (union === undefined) steps.push({ kind: "keep" });
    else if (branch === undefined) steps.push({ kind: "own", union });
    else steps.push({ kind: "branch", union, label: union.branches[Number(branch)] });
    if (union === undefined || branch === undefined) break;
    path += `/${branch}`;
    i++;
  }
  byPath.set(schemaPath, steps);
  return steps;
}

/**
 * Replays `error.schemaPath` beside the value: true to keep the error as it is, false to drop it (it lies in a branch
 * of a union the value does not belong to), or a finding that replaces it (the union's own failure, said only for a
 * value of no variant's shape, as the shapes it could have).
 */
function judge(error: ValidatorError, unions: Record<string, Union>, root: unknown): boolean | Finding {
  let value = root;
  let depth = 0;
  let instanceTokens: string[] | undefined;
  for (const step of planOf(unions, error.schemaPath)) {
    switch (step.kind) {
      case "member":
        value = child(value, step.key);
        depth++;
        break;
      case "item":
        instanceTokens ??= error.instancePath.split("/");
        value = child(value, instanceTokens[depth + 1] ?? "");
        depth++;
        break;
      case "branch":
        if (pick(step.union, value) !== step.label) return false;
        break;
      case "own": {
        // The union's own failure: said only for a value of no variant's shape (else that variant's failures say it).
        if (pick(step.union, value) !== undefined) return false;
        const shapes = SHAPES[step.union.name ?? ""] ?? `one of ${step.union.branches.join(", ")}`;
        const expected = step.union.branches.includes("null") ? `${shapes}, or null` : shapes;
        return { pointer: error.instancePath, keyword: "anyOf", expected };
      }
      case "keep":
        return true;
    }
  }
  return true;
}

/** The label of the branch `value` belongs to, undefined for no branch. */
function pick(union: Union, value: unknown): string | undefined {
  if (value === null && union.branches.includes("null")) return "null";
  if (union.name !== undefined) {
    const label = siteLabel(union.name, value);
    return label !== undefined && union.branches.includes(label) ? label : undefined;
  }
  // Not one of the spec's named unions: a nullable `[X, null]`, where a non-null value belongs to X.
  return union.branches.find((label) => label !== "null");
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
  // A nullable enum lists null last: "one of a, b, or null".
  const listed = values.filter((v) => v !== null);
  const orNull = listed.length < values.length ? ", or null" : "";
  const names = listed.slice(0, MAX_LISTED + 2).map((v) => (typeof v === "string" ? v : describe(v, MAX_RECEIVED)));
  if (listed.length <= MAX_LISTED + 2) return `one of ${names.join(", ")}${orNull}`;
  return `one of ${names.slice(0, MAX_LISTED).join(", ")}, … (${listed.length} values)${orNull}`;
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
function describe(value: unknown, limit: number): string {
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
