// Contract violations: a response that does not match the spec. Kept apart from the validators themselves, so the
// core entry can name and throw this error without shipping the (large) compiled validators.
import { ActivityLogsError, isOurs } from "./errors.ts";

/** One value of a response that does not match the spec. */
export interface ContractIssue {
  /** JSON pointer of the failing value inside the body, e.g. `/activityLogs/3/data/executions/0/rules/1/rule_data/operator`. */
  pointer: string;
  /** What the spec expects there, e.g. `one of $noop, $eq, …` or `type string`. */
  expected: string;
  /** The value received, JSON-encoded and truncated. */
  received: string;
  /** `pointer must be expected; got received`. */
  message: string;
}

/** A response body that breaks the spec, with every failing value. */
export interface ContractViolation {
  /** The spec schema the body was checked against: the `200` page's or the error body's. */
  schema: "ActivityLogsResponse" | "ApiErrorBody";
  method: string;
  /** The request URL, without credentials. */
  url: string;
  status: number;
  /** The first issues (at most 20, in the order of the body). */
  issues: ContractIssue[];
  /** How many issues the body has in all (more than `issues.length` when the list was cut). */
  count: number;
  /** The listed issues, one per line, then `… and N more issues` when the list was cut. */
  message: string;
}

/**
 * Thrown when a response does not match the spec: in `validate: "strict"` mode, and in every mode when a `2xx` body is
 * not an object with an `activityLogs` array.
 * @example
 * try { await client.getActivityLogs(id) } catch (e) { if (isContractError(e)) console.error(e.violation.issues) }
 */
export class ContractError extends ActivityLogsError {
  override readonly name = "ContractError" as const;
  /** The failing values. */
  readonly violation: ContractViolation;
  /** Shorthand for `violation.issues`. */
  readonly issues: ContractIssue[];
  readonly status: number;

  constructor(violation: ContractViolation, options?: ErrorOptions) {
    const { count } = violation;
    super(
      `Response does not match the spec (${count} issue${count === 1 ? "" : "s"})`,
      violation,
      options,
      `\n${violation.message}`,
    );
    this.violation = violation;
    this.issues = violation.issues;
    this.status = violation.status;
  }
}

/** True when `error` is a {@link ContractError} (also across bundle copies). */
export function isContractError(error: unknown): error is ContractError {
  return isOurs(error, "ContractError");
}
