// The errors the client throws. None of them holds headers, options or the Request, and every text they carry went
// through the client's redaction: no error surface (message, toString, JSON.stringify, inspect, cause) shows the key.
import type { ApiErrorBody, ApiErrorIssue } from "../model/types.ts";
import { pathOf } from "./rules.ts";

// The same symbol in every copy of the package (ESM and CJS side by side), so the guards recognise each other's errors
// and tell ours from look-alikes such as the DOMException named "TimeoutError" that AbortSignal.timeout() rejects with.
const brand = Symbol.for("compilot-activity-logs.error");

/** The one rule of every guard: one of our errors (from any copy of the package) with one of these names. */
export const isOurs = (error: unknown, ...names: string[]): boolean =>
  error instanceof Error && brand in error && names.includes(error.name);

/** What every error of a request carries. */
export interface RequestErrorInit {
  method: string;
  /** The request URL, without credentials. */
  url: string;
  /** Attempts made, retries included. Default 1. */
  attempts?: number | undefined;
}

/**
 * The base class of every error the client throws: {@link ApiError}, {@link NetworkError} (and {@link TimeoutError}),
 * {@link ContractError}, {@link PaginationError}, {@link RateLimiterError}.
 */
export class ActivityLogsError extends Error {
  declare readonly method: string;
  /** The request URL, without credentials. */
  declare readonly url: string;

  /** The message reads `${summary}: ${method} ${path}${details}`. */
  constructor(summary: string, { method, url }: RequestErrorInit, options?: ErrorOptions, details = "") {
    // `cause` stays a non-enumerable own property (as Error sets it), out of JSON.stringify(error).
    super(`${summary}: ${method} ${pathOf(url)}${details}`, options);
    Object.assign(this, { method, url });
  }
}
Object.defineProperty(ActivityLogsError.prototype, brand, { value: true });

/** What {@link ApiError} is built from. */
export interface ApiErrorInit extends RequestErrorInit {
  status: number;
  /** The parsed error body when it is one, otherwise the body's text (`""` when empty, cut at 64 KB and marked so). */
  body: ApiErrorBody | string;
  /** The server's `Retry-After`, in milliseconds. */
  retryAfterMs?: number | undefined;
}

/**
 * The server answered with a status outside 2xx.
 * @example
 * try { await client.getActivityLogs(id) } catch (e) { if (isApiError(e) && e.status === 404) return null; throw e }
 */
export class ApiError extends ActivityLogsError {
  override readonly name = "ApiError";
  declare readonly status: number;
  /** The error body when it parses as one (`{ message, code, issues? }`), otherwise its raw text: an HTML proxy page, `""`. */
  declare readonly body: ApiErrorBody | string;
  /** The tRPC error code of the body (`NOT_FOUND`, `BAD_REQUEST`, …), when it has one. */
  declare readonly code: string | undefined;
  /** The body's validation issues, when it has some. */
  declare readonly issues: ApiErrorIssue[] | undefined;
  /** The delay the server asked for with `Retry-After`, in milliseconds, when it sent one. */
  declare readonly retryAfterMs: number | undefined;
  /** Attempts made, retries included. */
  declare readonly attempts: number;

  constructor({ attempts = 1, ...init }: ApiErrorInit) {
    const body = typeof init.body === "object" ? init.body : undefined;
    // The server's own words say what went wrong; 200 characters keep the message one readable line.
    const said = body?.message ? ` "${body.message.slice(0, 200).replace(/\s+/g, " ")}"` : "";
    super(`Request failed with status ${init.status}${body ? ` (${body.code})` : ""}${said}`, init);
    Object.assign(this, init, { code: body?.code, issues: body?.issues, attempts });
  }
}

/** What the package does with one {@link NetworkErrorReason}. */
export interface NetworkErrorReasonRow {
  /** Whether the retry loop tries again: the next attempt may well succeed. */
  readonly retried: boolean;
  /** The runtime's error codes that mean it (undici: ECONNREFUSED, ENOTFOUND, UND_ERR_SOCKET, …), for the transport. */
  readonly codes?: RegExp;
}

/**
 * Every reason a {@link NetworkError} can have, once, with what it means: read by the transport (which reason a
 * runtime's error code is), the retry loop (retried or not) and the CLI (the reason is its label and the message's
 * word). A reason not retried is one where the same request gets the same answer. What each means is said here, as a
 * comment: the browser's bundle carries no prose it never shows.
 */
export const NETWORK_ERROR_REASONS = {
  /** Refused or unreachable. */
  connect: { retried: true, codes: /REFUSED|UNREACH/ },
  /** The host name did not resolve. */
  dns: { retried: true, codes: /NOTFOUND|EAI_AGAIN/ },
  /** The connection closed early. */
  reset: { retried: true, codes: /RESET|PIPE|SOCKET|CLOSED/ },
  /** The per-attempt timeout fired: the error is a {@link TimeoutError}. */
  timeout: { retried: true, codes: /TIMEOUT|TIMEDOUT/ },
  /** A failure the runtime does not detail, as in browsers. */
  network: { retried: true },
  /** Fetch refused to send the request, such as to a blocked port. */
  refused: { retried: false },
  /** The body was cut short. */
  truncated: { retried: true },
  /** The body is not JSON. */
  "invalid-json": { retried: true },
  /** The body is over `maxResponseBytes`. */
  "too-large": { retried: false },
  /** A redirect to another origin, or hidden by the browser: not followed. */
  redirect: { retried: false },
} as const satisfies Record<string, NetworkErrorReasonRow>;

/** Why a {@link NetworkError} has no usable response: one of {@link NETWORK_ERROR_REASONS}. */
export type NetworkErrorReason = keyof typeof NETWORK_ERROR_REASONS;

/** What {@link NetworkError} and {@link TimeoutError} are built from. */
export interface NetworkErrorInit extends RequestErrorInit {
  /** The underlying failure, shown in the message (an error code such as `ECONNREFUSED`, a redirect's target origin). */
  detail?: string | undefined;
  /** The runtime's error code (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_SOCKET`, …), when it gave one. */
  code?: string | undefined;
  /** The underlying failure (a copy of fetch's error chain with its text redacted, the JSON SyntaxError). */
  cause?: unknown;
}

/**
 * No usable response: see {@link NetworkErrorReason}. A {@link TimeoutError} is a NetworkError too.
 * @example
 * try { await client.getActivityLogs(id) } catch (e) { if (isNetworkError(e) && e.reason === "dns") console.error("check baseUrl") }
 */
export class NetworkError extends ActivityLogsError {
  override readonly name: string = "NetworkError";
  /** Why there is no usable response. */
  declare readonly reason: NetworkErrorReason;
  /** Attempts made, retries included. */
  declare readonly attempts: number;
  /**
   * The runtime's error code at the bottom of the cause chain (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_SOCKET`, …);
   * undefined when it gave none (browsers never do).
   */
  declare readonly code: string | undefined;

  constructor(reason: NetworkErrorReason, { cause, detail, code, attempts = 1, ...request }: NetworkErrorInit) {
    const host = /^\w+:\/\/([^/?#]*)/.exec(request.url)?.[1] ?? "";
    super(
      `Network error (${reason}) with ${host}${detail ? ` (${detail})` : ""}, ${attempts} attempt${attempts === 1 ? "" : "s"}`,
      request,
      { cause },
    );
    Object.assign(this, { reason, attempts, code });
  }
}

/**
 * The client's own per-attempt timeout fired (a caller's abort rejects with the caller's `signal.reason` instead).
 * @example
 * try { await client.getActivityLogs(id) } catch (e) { if (isTimeoutError(e)) console.error(`gave up after ${e.timeoutMs} ms`) }
 */
export class TimeoutError extends NetworkError {
  override readonly name = "TimeoutError";
  /** The timeout that fired, in milliseconds. */
  declare readonly timeoutMs: number;

  constructor(timeoutMs: number, init: NetworkErrorInit) {
    super("timeout", { ...init, detail: `${timeoutMs} ms` });
    Object.assign(this, { timeoutMs });
  }
}

// Contract violations: a response that does not match the spec (the validators themselves load on demand).
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
  override readonly name = "ContractError";
  /** The failing values. */
  declare readonly violation: ContractViolation;
  /** Shorthand for `violation.issues`. */
  declare readonly issues: ContractIssue[];
  declare readonly status: number;

  constructor(violation: ContractViolation, options?: ErrorOptions) {
    const { count } = violation;
    super(
      `Response does not match the spec (${count} issue${count === 1 ? "" : "s"})`,
      violation,
      options,
      `\n${violation.message}`,
    );
    Object.assign(this, { violation, issues: violation.issues, status: violation.status });
  }
}

/**
 * True when `error` is a {@link ContractError} (also across bundle copies).
 * @example
 * if (isContractError(e)) reportSpecDrift(e.violation);
 */
export function isContractError(error: unknown): error is ContractError {
  return isOurs(error, "ContractError");
}

/**
 * Why a walk over every page stopped early: a page equal to an earlier one, the page cap, or a history that changed
 * during the walk (an empty or short page before the end, or a page starting with a run of the page before's logs).
 */
export type PaginationErrorReason = "repeated-page" | "page-limit" | "history-changed";

/**
 * `iterateActivityLogs` stopped before the end, after yielding the logs of the pages before: the server sent a page
 * equal to an earlier one (it ignores `currentPage`, or cycles), the history changed under the walk, or the walk reached
 * its cap of 10 000 pages.
 * @example
 * try { for await (const log of client.iterateActivityLogs(id)) save(log) } catch (e) { if (isPaginationError(e)) console.warn(e.reason, e.page) }
 */
export class PaginationError extends ActivityLogsError {
  override readonly name = "PaginationError";
  declare readonly reason: PaginationErrorReason;
  /** The page the walk stopped at (the repeated or changed one, or the first past the cap). */
  declare readonly page: number;

  /** For `"history-changed"`: what the walk saw move (`empty page, 10 of 30 logs seen`). */
  declare readonly moved: string | undefined;

  constructor(reason: PaginationErrorReason, page: number, request: RequestErrorInit, moved?: string) {
    super(
      reason === "page-limit"
        ? `Pagination stopped at the cap of ${page - 1} pages`
        : reason === "history-changed"
          ? `Pagination stopped: the history changed during the walk at page ${page} (${moved})`
          : `Pagination stopped: page ${page} repeats an earlier page`,
      request,
    );
    Object.assign(this, { reason, page, moved });
  }
}

/**
 * The `rateLimit` option's own `RateLimiter` failed (rejected while the caller had not aborted): the request was
 * not sent. The limiter's error is the `cause`.
 * @example
 * try { await client.getActivityLogs(id) } catch (e) { if (isRateLimiterError(e)) console.error("limiter down", e.cause) }
 */
export class RateLimiterError extends ActivityLogsError {
  override readonly name = "RateLimiterError";
}

/**
 * True when `error` is a {@link RateLimiterError} (also across bundle copies).
 * @example
 * if (isRateLimiterError(e)) alertOps(e.cause);
 */
export function isRateLimiterError(error: unknown): error is RateLimiterError {
  return isOurs(error, "RateLimiterError");
}

/**
 * True when `error` is an {@link ApiError} (also across bundle copies).
 * @example
 * if (isApiError(e) && e.code === "NOT_FOUND") return null;
 */
export function isApiError(error: unknown): error is ApiError {
  return isOurs(error, "ApiError");
}

/**
 * True when `error` is a {@link NetworkError}, timeouts included (also across bundle copies).
 * @example
 * if (isNetworkError(e)) showOfflineBanner();
 */
export function isNetworkError(error: unknown): error is NetworkError {
  return isOurs(error, "NetworkError", "TimeoutError");
}

/**
 * True when `error` is a {@link TimeoutError} (also across bundle copies).
 * @example
 * if (isTimeoutError(e)) console.warn(`slow API: ${e.timeoutMs} ms`);
 */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return isOurs(error, "TimeoutError");
}

/**
 * True when `error` is a {@link PaginationError} (also across bundle copies).
 * @example
 * if (isPaginationError(e) && e.reason === "repeated-page") reportBrokenServer();
 */
export function isPaginationError(error: unknown): error is PaginationError {
  return isOurs(error, "PaginationError");
}
