// The client: openapi-fetch underneath, plus input checks, typed errors, timeouts, retries, rate limiting, pagination
// and the optional contract check.
import createClient, { type Client } from "openapi-fetch";
import { ContractError, type ContractViolation } from "./contract-error.ts";
import { ApiError, NetworkError, TimeoutError } from "./errors.ts";
import { isApiErrorBody } from "./narrow.ts";
import { createRateLimiter, paginate, type RateLimit } from "./paginate.ts";
import { followAbort, isRetryable, parseRetryAfter, retryDelay, sleep, type RetryOptions } from "./retry.ts";
import type { ActivityLog, ActivityLogsQuery, ActivityLogsResponse, paths } from "./types.ts";

/** Options of {@link createActivityLogsClient}. */
export interface ActivityLogsClientOptions {
  /** Your ComPilot API key, sent as `Authorization: Bearer …` and nowhere else. */
  apiKey?: string | undefined;
  /** Default `https://api.compilot.ai`. */
  baseUrl?: string | undefined;
  /** A fetch to use instead of `globalThis.fetch`; either is looked up at each call, so msw or a later patch still applies. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Timeout of each attempt, in milliseconds. Default 30 000. */
  timeoutMs?: number | undefined;
  /** `false`, or how to retry GETs on 408, 425, 429, 500, 502, 503, 504 and network errors. Default `{ retries: 2, minDelayMs: 500, maxDelayMs: 10_000 }`. */
  retry?: false | RetryOptions | undefined;
  /** Extra headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** User-Agent header. Default `compilot-activity-logs` outside browsers, none in browsers (they forbid setting it). */
  userAgent?: string | undefined;
  /** Requests allowed per second and per minute, across all calls of this client. Default the vendor's `{ perSecond: 15, perMinute: 300 }`; `false` turns it off. */
  rateLimit?: false | RateLimit | undefined;
  /**
   * Check each response against the spec (loads the validators on first use): `"warn"` reports a mismatch to
   * `onContractViolation` and goes on, `"strict"` throws a {@link ContractError}. Default `"off"`.
   */
  validate?: "off" | "warn" | "strict" | undefined;
  /** Receives each mismatch in `"warn"` mode. Default `console.warn(violation.message)`. */
  onContractViolation?: ((violation: ContractViolation) => void) | undefined;
}

/** Options of {@link ActivityLogsClient.getActivityLogs}. */
export interface GetActivityLogsOptions {
  /** 1-based page number (the spec's `currentPage` query parameter). */
  currentPage?: ActivityLogsQuery["currentPage"] | undefined;
  /** Page size (the spec's `limit` query parameter). */
  limit?: ActivityLogsQuery["limit"] | undefined;
  /** Aborting it rejects the call with `signal.reason`, also during a backoff wait. */
  signal?: AbortSignal | undefined;
}

/** Options of {@link ActivityLogsClient.iterateActivityLogs}. */
export interface IterateActivityLogsOptions {
  /** Page size (the spec's `limit` query parameter). Default the server's. */
  limit?: ActivityLogsQuery["limit"] | undefined;
  /** Pages fetched at once after page 1. Default 4. */
  concurrency?: number | undefined;
  /** Aborting it ends the iteration with `signal.reason` and cancels the pages fetched ahead. */
  signal?: AbortSignal | undefined;
}

/** A client of the activity-logs API, made by {@link createActivityLogsClient}. */
export interface ActivityLogsClient {
  /**
   * One page of a customer's activity logs. Rejects with {@link ApiError}, {@link NetworkError}, {@link TimeoutError},
   * `ContractError` (strict validation), the caller's `signal.reason`, or a `TypeError` for a bad `customerId`.
   */
  getActivityLogs(customerId: string, options?: GetActivityLogsOptions): Promise<ActivityLogsResponse>;
  /**
   * Every activity log of the customer, in order. After page 1 (which gives `totalCount` and the page size) it fetches
   * up to `concurrency` pages ahead; it stops on an empty page, on a page equal to the one before (a server that
   * ignores `currentPage`), once the items reach the latest `totalCount` (re-read from every page), or after 10 000
   * pages. Rejects like {@link ActivityLogsClient.getActivityLogs}; a blank `customerId` throws a `TypeError` at once.
   */
  iterateActivityLogs(customerId: string, options?: IterateActivityLogsOptions): AsyncIterable<ActivityLog>;
  /** The underlying openapi-fetch client (same base URL, headers and fetch), for anything else. */
  readonly raw: Client<paths>;
}

const PATH = "/customers/{customerId}/activity-logs";

// A path segment must carry the id as a whole: empty ids change the route, and "." and ".." are resolved away by
// every URL parser (https://url.spec.whatwg.org/#single-dot-path-segment), even percent-encoded.
function checkCustomerId(customerId: unknown): asserts customerId is string {
  if (typeof customerId !== "string" || !customerId.trim() || customerId === "." || customerId === "..")
    throw new TypeError('customerId must be a non-blank string, not "." or ".."');
}

// The spec's `currentPage` and `limit`: integers from 1. Checked here so a bad one fails at once, not as a 400 after a round trip.
function checkPageParameter(name: string, value: unknown): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= 1))
    throw new RangeError(`${name} must be an integer from 1`);
}

// Mistakes in the options fail when the client is made, with a message that never repeats the URL's credentials
// (fetch's own error quotes the URL). A key fetch refuses as a header value fails each call with a redacted TypeError.
function checkOptions(baseUrl: string, timeoutMs: number): void {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {}
  if (!/^https?:$/.test(url?.protocol ?? "") || url?.username || url?.password)
    throw new TypeError("baseUrl must be an http(s) URL without credentials");
  if (!(timeoutMs > 0)) throw new RangeError("timeoutMs must be > 0 (Infinity for none)");
}

/**
 * Creates a client of the ComPilot activity-logs API.
 * @example
 * const client = createActivityLogsClient({ apiKey: process.env.COMPILOT_API_KEY });
 * const page = await client.getActivityLogs(customerId, { limit: 50 });
 * for await (const log of client.iterateActivityLogs(customerId)) console.log(log);
 */
export function createActivityLogsClient(options: ActivityLogsClientOptions = {}): ActivityLogsClient {
  const { apiKey, timeoutMs = 30_000, validate = "off", rateLimit = { perSecond: 15, perMinute: 300 } } = options;
  const baseUrl = options.baseUrl ?? "https://api.compilot.ai";
  checkOptions(baseUrl, timeoutMs);
  const {
    retries = 2,
    minDelayMs = 500,
    maxDelayMs = 10_000,
  } = options.retry === false ? { retries: 0 } : (options.retry ?? {});
  // Browsers refuse to set User-Agent (and would add it to the CORS preflight); every browser's starts with "Mozilla/".
  const userAgent =
    options.userAgent ?? (/^Mozilla\//.test(globalThis.navigator?.userAgent) ? undefined : "compilot-activity-logs");
  const redact = (text: string) => (apiKey ? text.replaceAll(apiKey, "[REDACTED]") : text);
  const doFetch = (request: Request) => (options.fetch ?? globalThis.fetch)(request);
  const raw = createClient<paths>({
    baseUrl,
    headers: {
      ...(userAgent && { "User-Agent": userAgent }),
      ...options.headers,
      ...(apiKey && { Authorization: `Bearer ${apiKey}` }),
    },
    fetch: doFetch,
  });
  const waitTurn = rateLimit ? createRateLimiter(rateLimit) : undefined;
  let validators: Promise<typeof import("./validate.ts")> | undefined;

  async function check(body: ContractViolation["body"], value: unknown, status: number, url: string, cause?: ApiError) {
    const { checkActivityLogsResponse, checkApiErrorBody } = await (validators ??= import("./validate.ts"));
    // A received value can quote anything in the body, the key included.
    const issues = (body === "ActivityLogsResponse" ? checkActivityLogsResponse : checkApiErrorBody)(value).map(
      (issue) => ({
        ...issue,
        received: redact(issue.received),
        message: redact(issue.message),
      }),
    );
    if (!issues.length) return;
    const message = issues.map((issue) => issue.message).join("\n");
    const violation: ContractViolation = { body, method: "GET", url, status, issues, message };
    if (validate === "strict") throw new ContractError(violation, cause && { cause });
    (
      options.onContractViolation ??
      ((v) => console.warn(`compilot-activity-logs: GET ${v.url} breaks the spec:\n${v.message}`))
    )(violation);
  }

  async function attempt(customerId: string, query: ActivityLogsQuery, signal?: AbortSignal) {
    await waitTurn?.(signal);
    signal?.throwIfAborted();
    const method = "GET";
    let url = "";
    // One controller for the caller's abort and our timeout, its timer cleared as soon as the body is read
    // (AbortSignal.timeout() keeps its timer until it fires or the signal is collected).
    const controller = new AbortController();
    // setTimeout() fires at once for delays past 2^31 - 1 ms (24.8 days): those, and Infinity, mean no timeout.
    const timer = timeoutMs < 2 ** 31 ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
    const unfollow = followAbort(signal, controller);
    let result;
    try {
      result = await raw.GET(PATH, {
        params: { path: { customerId }, query },
        // Text, parsed below: a body that is cut short or not JSON must be told apart from a valid one.
        parseAs: "text",
        signal: controller.signal,
        // fetch() itself refuses URLs with credentials, so the URL it gets is safe to show once the key is redacted.
        fetch: (request) => {
          url = redact(request.url);
          return doFetch(request);
        },
      });
    } catch (cause) {
      signal?.throwIfAborted();
      // Not the caller's abort, so our timer's.
      if (controller.signal.aborted) throw new TimeoutError(timeoutMs, { method, url, cause });
      // fetch was never called: the request could not be built (a header value fetch refuses, say). Not worth a retry,
      // and the underlying error may quote a header, so only its redacted message is kept.
      if (!url) throw new TypeError(`Could not build the request: ${redact(String((cause as Error)?.message))}`);
      throw new NetworkError("Network error", { method, url, cause });
    } finally {
      clearTimeout(timer);
      unfollow();
    }
    const { data, error, response } = result;
    const { status } = response;
    if (!response.ok) {
      // openapi-fetch hands back parsed JSON, the raw text when it is not JSON, or undefined when the body is empty.
      const text = redact(typeof error === "string" ? error : (JSON.stringify(error) ?? ""));
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        // Not JSON: an HTML page from a proxy, an empty body. The text is kept as the body.
      }
      const apiError = new ApiError({
        status,
        body: isApiErrorBody(json) ? json : text,
        method,
        url,
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
      });
      if (json !== undefined && validate !== "off") await check("ApiErrorBody", json, status, url, apiError);
      throw apiError;
    }
    let page: ActivityLogsResponse;
    try {
      page = JSON.parse(data ?? "");
    } catch (cause) {
      throw new NetworkError("Invalid JSON body", { method, url, cause });
    }
    if (validate !== "off") await check("ActivityLogsResponse", page, status, url);
    return page;
  }

  async function getActivityLogs(
    customerId: string,
    { currentPage, limit, signal }: GetActivityLogsOptions = {},
  ): Promise<ActivityLogsResponse> {
    checkCustomerId(customerId);
    checkPageParameter("currentPage", currentPage);
    checkPageParameter("limit", limit);
    const query: ActivityLogsQuery = {};
    if (currentPage !== undefined) query.currentPage = currentPage;
    if (limit !== undefined) query.limit = limit;
    for (let retry = 0; ; retry++) {
      try {
        return await attempt(customerId, query, signal);
      } catch (error) {
        if (retry >= retries || !isRetryable(error)) throw error;
        await sleep(retryDelay(retry, error, minDelayMs, maxDelayMs), signal);
      }
    }
  }

  return {
    getActivityLogs,
    iterateActivityLogs(customerId, { limit, concurrency = 4, signal } = {}) {
      checkCustomerId(customerId);
      checkPageParameter("limit", limit);
      return paginate(
        (currentPage, pageSignal) => getActivityLogs(customerId, { currentPage, limit, signal: pageSignal }),
        concurrency,
        signal,
      );
    },
    raw,
  };
}
