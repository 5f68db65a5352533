// Contract violations: a response that does not match the spec. Kept apart from the validators themselves, so the
// core entry can name and throw this error without shipping the (large) compiled validators.

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
  issues: ContractIssue[];
  /** All issues, one per line. */
  message: string;
}

/**
 * Thrown in `validate: "strict"` mode when a response does not match the spec.
 * @example
 * try { await client.getActivityLogs(id) } catch (e) { if (isContractError(e)) console.error(e.violation.issues) }
 */
export class ContractError extends Error {
  override readonly name = "ContractError" as const;
  /** The failing values. */
  readonly violation: ContractViolation;
  /** Shorthand for `violation.issues`. */
  readonly issues: ContractIssue[];
  readonly status: number;
  readonly method: string;
  readonly url: string;

  constructor(violation: ContractViolation, options?: ErrorOptions) {
    super(
      `Response does not match the spec (${violation.issues.length} issue${violation.issues.length === 1 ? "" : "s"}): ${violation.method} ${violation.url}\n${violation.message}`,
      options,
    );
    this.violation = violation;
    this.issues = violation.issues;
    this.status = violation.status;
    this.method = violation.method;
    this.url = violation.url;
  }
}

/** True when `error` is a {@link ContractError} (also across bundle copies, by name). */
export function isContractError(error: unknown): error is ContractError {
  return (
    error instanceof ContractError || (error instanceof Error && error.name === "ContractError" && "violation" in error)
  );
}
