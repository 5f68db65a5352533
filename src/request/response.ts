// Reading what an attempt received: a `2xx` body becomes a checked page, anything else an ApiError; both are checked
// against the spec when `validate` asks for it.
import { ApiError, ContractError, NetworkError, type ContractViolation } from "../core/errors.ts";
import { isApiErrorBody } from "../model/narrow.ts";
import { hasActivityLogs } from "../model/shapes.ts";
import type { Settings } from "../client/options.ts";
import { parseRetryAfter } from "./retry.ts";
import { ACTIVITY_LOGS_METHOD } from "../core/rules.ts";
import type { Received } from "./transport.ts";
import type { ActivityLogsResponse } from "../model/types.ts";

type Schema = ContractViolation["schema"];

// A 2xx body that is not even a page: what came instead, without walking into it (not redacted yet).
function shapeOf(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null || typeof value !== "object")
    return JSON.stringify(typeof value === "string" ? value.slice(0, 80) : value);
  const keys = Object.keys(value);
  return `an object with ${keys.length ? `keys ${keys.slice(0, 6).join(", ")}`.slice(0, 80) : "no keys"}`;
}

/** Turns what attempt number `attempts` received into its page, or throws its error. */
export type ParseResponse = (received: Received, attempts: number) => Promise<ActivityLogsResponse>;

/** The response parser of a client with `settings`. */
export function createResponseParser({ redact, validate, onContractViolation }: Settings): ParseResponse {
  let validators: Promise<typeof import("../model/contract.ts")> | undefined;

  // A ContractError for `received`: `count` issues in all, the first of them listed, and the message that lists them.
  const contractError = ({
    schema,
    issues,
    count,
    message,
    received: { status, url },
    cause,
  }: Pick<ContractViolation, "schema" | "issues" | "count" | "message"> & {
    received: Received;
    /** The ApiError whose body breaks the spec. */
    cause?: ApiError | undefined;
  }) =>
    new ContractError(
      { schema, method: ACTIVITY_LOGS_METHOD, url, status, issues, count, message },
      cause && { cause },
    );

  async function checkContract(schema: Schema, value: unknown, received: Received, cause?: ApiError) {
    const { checkBody } = await (validators ??= import("../model/contract.ts"));
    // The validate entry redacts received values before it cuts them; what it returns is redacted again all the same.
    const found = checkBody(schema, value, redact);
    if (!found.count) return;
    const issues = found.issues.map((issue) => ({
      ...issue,
      received: redact(issue.received),
      message: redact(issue.message),
    }));
    const error = contractError({
      schema,
      issues,
      received,
      cause,
      count: found.count,
      message: redact(found.message),
    });
    if (validate === "strict") throw error;
    onContractViolation(error.violation);
  }

  return async (received, attempts) => {
    const { status, headers, url, text } = received;
    const request = { method: ACTIVITY_LOGS_METHOD, url, attempts };
    // One parse, whatever the status. JSON.parse is not recursive, so any nesting parses; nothing here walks into it.
    let json: unknown;
    let invalid: Error | undefined;
    try {
      json = JSON.parse(text);
    } catch (error) {
      invalid = error as Error;
    }
    if (status < 200 || status > 299) {
      // The transport redacted the text before cutting it; a cut text ends with its mark and never parses. A body that
      // is not JSON (an HTML page from a proxy, an empty body) is kept as its text.
      const error = new ApiError({
        ...request,
        status,
        body: isApiErrorBody(json) ? json : text,
        retryAfterMs: parseRetryAfter(headers.get("retry-after")),
      });
      if (!invalid && validate !== "off") await checkContract("ApiErrorBody", json, received, error);
      throw error;
    }
    // The SyntaxError quotes the body: a redacted copy.
    if (invalid)
      throw new NetworkError("invalid-json", {
        ...request,
        cause: new SyntaxError(redact(invalid.message).slice(0, 500)),
      });
    // Checked in every mode: anything else would be returned as a page and crash the caller later.
    if (!hasActivityLogs(json)) {
      const expected = "an object with an activityLogs array";
      const shape = redact(shapeOf(json));
      const message = `(body) must be ${expected}; got ${shape}`;
      throw contractError({
        schema: "ActivityLogsResponse",
        issues: [{ pointer: "", expected, received: shape, message }],
        count: 1,
        message,
        received,
      });
    }
    if (validate !== "off") await checkContract("ActivityLogsResponse", json, received);
    return json as ActivityLogsResponse;
  };
}
