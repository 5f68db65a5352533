// Runtime contract checks (`compilot-activity-logs/validate`): the compiled validators are large, so only this entry
// imports them and the client loads it lazily when `validate` is not "off".
import {
  explainActivityLogsResponse,
  explainApiErrorBody,
  validateActivityLogsResponse,
  validateApiErrorBody,
  type Validator,
  type ValidatorError,
} from "../generated/validators.js";
import type { ContractIssue } from "./contract-error.ts";
import type { ActivityLogsResponse, ApiErrorBody } from "./types.ts";
import { escapePointerToken, pointerTokens } from "./json-pointer.ts";

// Types only: the ContractError class lives in the core entry alone (the client throws it). Importing it here too
// would split it into a chunk shared by both entries, ~150 B gzip more for every app that never validates.
export type { ContractIssue, ContractViolation } from "./contract-error.ts";

/**
 * Lists where a `200` body breaks the spec; empty when it matches.
 * @example
 * checkActivityLogsResponse(body).map((issue) => issue.message)
 * // ['/activityLogs/3/data/executions/0/rules/1/rule_data/operator must be one of $noop, $eq, $lt, $lte, $gt, $gte, … (10 values); got "$nhas"']
 */
export function checkActivityLogsResponse(value: unknown): ContractIssue[] {
  return check(validateActivityLogsResponse, explainActivityLogsResponse, value);
}

/** Lists where an error body breaks the spec; empty when it matches. */
export function checkApiErrorBody(value: unknown): ContractIssue[] {
  return check(validateApiErrorBody, explainApiErrorBody, value);
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
const MAX_LISTED = 6;

/** A failure on its way to becoming an issue; `schemaPath` runs from the root (refs are inlined in the explainers). */
interface Finding {
  schemaPath: string;
  instancePath: string;
  pointer: string;
  keyword: string;
  expected: string;
  /** For `type` failures: the type names, so failures of several `anyOf` branches merge into "type object or null". */
  types?: string[];
}

function check<T>(fast: Validator<T>, explain: Validator<T>, value: unknown): ContractIssue[] {
  if (fast(value)) return [];
  // The fast validator stops at its first failure, in a reshaped schema: the explainer lists every failure by the spec.
  const errors = explain(value) ? (fast.errors ?? []) : (explain.errors ?? []);
  return resolveUnions(errors.map(toFinding)).map((finding) => toIssue(finding, value));
}

function toFinding(error: ValidatorError): Finding {
  const { keyword, params, instancePath, schemaPath } = error;
  const base = { schemaPath, instancePath, pointer: instancePath, keyword };
  switch (keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      return {
        ...base,
        pointer: `${instancePath}/${escapePointerToken(missing)}`,
        expected: "present (required)",
      };
    }
    case "type": {
      const types = Array.isArray(params.type) ? params.type.map(String) : String(params.type).split(",");
      return { ...base, expected: `type ${types.join(" or ")}`, types };
    }
    case "enum":
      return { ...base, expected: oneOf(Array.isArray(params.allowedValues) ? params.allowedValues : []) };
    case "const":
      return { ...base, expected: `equal to ${JSON.stringify(params.allowedValue)}` };
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
  const names = values.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  if (names.length <= MAX_LISTED + 2) return `one of ${names.join(", ")}`;
  return `one of ${names.slice(0, MAX_LISTED).join(", ")}, … (${names.length} values)`;
}

/**
 * ajv reports the failures of every `anyOf` branch. Keep one branch per union: the one whose failures reach deepest
 * into the value (ties: fewest failures, then the first), so a bad operator deep inside a scenario log is reported
 * as such, not as "the item matches no variant". Innermost unions first, so an outer union compares resolved branches.
 */
function resolveUnions(all: Finding[]): Finding[] {
  let findings = all.filter((f) => f.keyword !== "if"); // `if`/`then` also reports the `then` failures themselves
  const unions = findings
    .filter((f) => f.keyword === "anyOf")
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const union of unions) {
    const prefix = `${union.schemaPath}/`;
    const branches = new Map<string, Finding[]>();
    for (const f of findings) {
      if (!f.schemaPath.startsWith(prefix) || !within(f.instancePath, union.instancePath)) continue;
      const index = f.schemaPath.slice(prefix.length).split("/")[0] ?? "";
      branches.set(index, [...(branches.get(index) ?? []), f]);
    }
    const members = new Set([...branches.values()].flat());
    const replacement = branches.size === 0 ? [union] : pickBranch(union, [...branches.values()]);
    findings = findings.flatMap((f) =>
      f === union ? replacement : members.has(f) ? (replacement.includes(f) ? [f] : []) : [f],
    );
  }
  return dedupe(findings);
}

function pickBranch(union: Finding, branches: Finding[][]): Finding[] {
  // Every branch fails on the value itself with one type check (`{ anyOf: [{ $ref: X }, { type: "null" }] }` with a
  // value of the wrong type): say "type object or null" rather than pick one.
  const single = branches.every((b) => b.length === 1 && b[0]?.pointer === union.pointer);
  if (single) {
    const failures = branches.map((b) => b[0] as Finding);
    if (failures.every((f) => f.types)) {
      const types = [...new Set(failures.flatMap((f) => f.types ?? []))];
      return [{ ...union, keyword: "type", expected: `type ${types.join(" or ")}`, types }];
    }
    const alternatives = failures.map((f) => (f.types ? f.types.join(" or ") : f.expected));
    return [{ ...union, keyword: "anyOf", expected: alternatives.join(", or ") }];
  }
  let best = branches[0] ?? [];
  for (const branch of branches.slice(1)) {
    const [depth, bestDepth] = [reach(branch), reach(best)];
    if (depth > bestDepth || (depth === bestDepth && branch.length < best.length)) best = branch;
  }
  return best;
}

function reach(branch: Finding[]): number {
  return Math.max(...branch.map((f) => f.pointer.split("/").length));
}

function within(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}/`);
}

function dedupe(findings: Finding[]): Finding[] {
  // A wrong value of an enum also fails its `type`: the enum says more.
  const enumPointers = new Set(findings.filter((f) => f.keyword === "enum").map((f) => f.pointer));
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (f.keyword === "type" && enumPointers.has(f.pointer)) return false;
    const key = `${f.pointer} ${f.expected}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toIssue(finding: Finding, root: unknown): ContractIssue {
  const received = describe(valueAt(root, finding.pointer));
  return {
    pointer: finding.pointer,
    expected: finding.expected,
    received,
    message: `${finding.pointer || "(body)"} must be ${finding.expected}; got ${received}`,
  };
}

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const key of pointerTokens(pointer)) {
    if (value === null || typeof value !== "object") return undefined;
    value = Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_RECEIVED ? `${text.slice(0, MAX_RECEIVED - 1)}…` : text;
}
