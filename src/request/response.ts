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

  async function apiError(received: Received, attempts: number): Promise<ApiError> {
    // The transport redacted the text before cutting it; a cut text ends with its mark and never parses.
    const { status, headers, url, text } = received;
    let json: unknown;
    try {
      // JSON.parse is not recursive, so any nesting parses; nothing below walks into the value.
      json = JSON.parse(text);
    } catch {
      // Not JSON: an HTML page from a proxy, an empty body. The text is kept as the body.
    }
    const error = new ApiError({
      status,
      body: isApiErrorBody(json) ? json : text,
      method: ACTIVITY_LOGS_METHOD,
      url,
      retryAfterMs: parseRetryAfter(headers.get("retry-after")),
      attempts,
    });
    if (json !== undefined && validate !== "off") await checkContract("ApiErrorBody", json, received, error);
    return error;
  }

  return async (received, attempts) => {
    const { status, text, url } = received;
    if (status < 200 || status > 299) throw await apiError(received, attempts);
    let page: unknown;
    try {
      page = JSON.parse(text);
    } catch (cause) {
      // The SyntaxError quotes the body: a redacted copy.
      throw new NetworkError("invalid-json", {
        method: ACTIVITY_LOGS_METHOD,
        url,
        attempts,
        cause: new SyntaxError(redact((cause as Error).message).slice(0, 500)),
      });
    }
    // Checked in every mode: anything else would be returned as a page and crash the caller later.
    if (!hasActivityLogs(page)) {
      const expected = "an object with an activityLogs array";
      const shape = redact(shapeOf(page));
      const message = `(body) must be ${expected}; got ${shape}`;
      throw contractError({
        schema: "ActivityLogsResponse",
        issues: [{ pointer: "", expected, received: shape, message }],
        count: 1,
        message,
        received,
      });
    }
    if (validate !== "off") await checkContract("ActivityLogsResponse", page, received);
    return page as ActivityLogsResponse;
  };
}
