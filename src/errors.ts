// The errors the client throws. None of them holds headers, options or the Request: the API key lives only in the
// header built for each request, so no error surface (message, toString, JSON.stringify, cause) can reach it.
import type { ApiErrorBody, ApiErrorIssue } from "./types.ts";

// "GET https://host/customers/x/activity-logs?limit=1" -> "GET /customers/x/activity-logs?limit=1"
const where = ({ method, url }: { method: string; url: string }) => `${method} ${url.replace(/^\w+:\/\/[^/]*/, "")}`;

// By name, so an error from another copy of the package (ESM and CJS side by side) is recognised too; `url` tells
// ours from the DOMException named "TimeoutError" that AbortSignal.timeout() rejects with.
const named = (error: unknown, names: string[]): boolean =>
  error instanceof Error && names.includes(error.name) && "url" in error;

/** What {@link ApiError} is built from. */
export interface ApiErrorInit {
  status: number;
  /** The parsed error body when it is one, otherwise the body's text (`""` when empty). */
  body: ApiErrorBody | string;
  method: string;
  /** The request URL, without credentials. */
  url: string;
  /** The server's `Retry-After`, in milliseconds. */
  retryAfterMs?: number | undefined;
}

/**
 * The server answered with a status outside 2xx.
 * @example
 * try { await client.getActivityLogs(id) } catch (e) { if (isApiError(e) && e.status === 404) return null; throw e }
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  declare readonly status: number;
  /** The error body when it parses as one (`{ message, code, issues? }`), otherwise its raw text: an HTML proxy page, `""`. */
  declare readonly body: ApiErrorBody | string;
  /** The tRPC error code of the body (`NOT_FOUND`, `BAD_REQUEST`, …), when it has one. */
  declare readonly code: string | undefined;
  /** The body's validation issues, when it has some. */
  declare readonly issues: ApiErrorIssue[] | undefined;
  declare readonly method: string;
  /** The request URL, without credentials. */
  declare readonly url: string;
  /** The delay the server asked for with `Retry-After`, in milliseconds, when it sent one. */
  declare readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    const body = typeof init.body === "object" ? init.body : undefined;
    super(`Request failed with status ${init.status}${body ? ` (${body.code})` : ""}: ${where(init)}`);
    Object.assign(this, init, { code: body?.code, issues: body?.issues });
  }
}

/** What {@link NetworkError} and {@link TimeoutError} are built from. */
export interface NetworkErrorInit {
  method: string;
  /** The request URL, without credentials. */
  url: string;
  /** The underlying failure (fetch's TypeError, the JSON SyntaxError, the abort reason). */
  cause?: unknown;
}

/**
 * No usable response: connection refused, DNS failure, reset, or a 2xx body that is truncated or not JSON.
 * A {@link TimeoutError} is a NetworkError too.
 * @example
 * try { await client.getActivityLogs(id) } catch (e) { if (isNetworkError(e)) console.error("offline?", e.cause) }
 */
export class NetworkError extends Error {
  override readonly name: string = "NetworkError";
  declare readonly method: string;
  /** The request URL, without credentials. */
  declare readonly url: string;

  constructor(message: string, { cause, ...request }: NetworkErrorInit & { timeoutMs?: number }) {
    // `cause` stays a non-enumerable own property (as Error sets it), out of JSON.stringify(error).
    super(`${message}: ${where(request)}`, { cause });
    Object.assign(this, request);
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
    super(`Request timed out after ${timeoutMs} ms`, { ...init, timeoutMs });
  }
}

/**
 * True when `error` is an {@link ApiError} (also across bundle copies, by name).
 * @example
 * if (isApiError(e) && e.code === "NOT_FOUND") return null;
 */
export function isApiError(error: unknown): error is ApiError {
  return named(error, ["ApiError"]);
}

/**
 * True when `error` is a {@link NetworkError}, timeouts included (also across bundle copies, by name).
 * @example
 * if (isNetworkError(e)) showOfflineBanner();
 */
export function isNetworkError(error: unknown): error is NetworkError {
  return named(error, ["NetworkError", "TimeoutError"]);
}

/**
 * True when `error` is a {@link TimeoutError} (also across bundle copies, by name).
 * @example
 * if (isTimeoutError(e)) console.warn(`slow API: ${e.timeoutMs} ms`);
 */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return named(error, ["TimeoutError"]);
}
