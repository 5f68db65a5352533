// Runtime contract checks (`compilot-activity-logs/validate`): the checks of src/model/contract.ts. The compiled validators are large, so the core never imports them: the client loads contract.ts
// when `validate` is not "off".
import { validateApiErrorBody } from "../../generated/validators.js";
import { checkBody as check, isValidPage, type BodyCheck } from "./contract.ts";
import type { ContractIssue, ContractViolation } from "../core/errors.ts";
import type { ActivityLogsResponse, ApiErrorBody } from "./types.ts";

export { MAX_ISSUES, type BodyCheck } from "./contract.ts";

// Types only: the ContractError class lives in the core entry alone (the client throws it). Importing it here too
// would split it into a chunk shared by both entries, ~150 B gzip more for every app that never validates.
export type { ContractIssue, ContractViolation } from "../core/errors.ts";

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
  return check(schema, value, redact);
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
  return isValidPage(value);
}

/** True when `value` is an error body that matches the spec. */
export function isValidApiErrorBody(value: unknown): value is ApiErrorBody {
  return validateApiErrorBody(value);
}
