// The client: openapi-fetch builds each request; this module checks the options and input, sends (rate limit,
// timeout, redirects, size cap), turns responses into typed errors or checked pages, and retries.
import createClient, { type Client } from "openapi-fetch";
import { ContractError, type ContractIssue, type ContractViolation } from "./contract-error.ts";
import {
  DEFAULT_BASE_URL,
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RATE_LIMIT,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  MAX_CONCURRENCY,
} from "./defaults.ts";
import { ApiError, NetworkError, TimeoutError, isNetworkError, type NetworkErrorReason } from "./errors.ts";
import { isApiErrorBody } from "./narrow.ts";
import { paginate } from "./paginate.ts";
import { toWaitTurn, type RateLimit, type RateLimiter } from "./rate-limit.ts";
import { createRedact } from "./redact.ts";
import { isRetryable, parseRetryAfter, retryDelay, type RetryOptions } from "./retry.ts";
import { followAbort, sleep } from "./signal.ts";
import type { ActivityLog, ActivityLogsQuery, ActivityLogsResponse, paths } from "./types.ts";
import { readCapped } from "./read-body.ts";

/** Options of {@link createActivityLogsClient}. */
export interface ActivityLogsClientOptions {
  /**
   * Your ComPilot API key, sent as `Authorization: Bearer …` and nowhere else: visible ASCII or Latin-1 characters, no
   * whitespace. A server secret: refused in a browser unless `dangerouslyAllowBrowser` (use
   * `createActivityLogsProxy` of `compilot-activity-logs/server` and a keyless client instead).
   */
  apiKey?: string | undefined;
  /** Lets a browser client hold `apiKey`, which then ships to every visitor. Default `false`. */
  dangerouslyAllowBrowser?: boolean | undefined;
  /**
   * Default `https://api.compilot.ai`. An http(s) URL without credentials, query or fragment; in a browser it may be
   * relative to the page (`"/api/compilot"`, a proxy).
   */
  baseUrl?: string | undefined;
  /** A fetch to use instead of `globalThis.fetch`; either is looked up at each call, so msw or a later patch still applies. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Timeout of each attempt (sending and reading the body), in milliseconds, > 0 (`Infinity` for none). Default 30 000. */
  timeoutMs?: number | undefined;
  /** `false`, or how to retry GETs on 408, 425, 429, 500, 502, 503, 504 and network errors. Default `{ retries: 2, minDelayMs: 500, maxDelayMs: 10_000 }`. */
  retry?: false | RetryOptions | undefined;
  /** Extra headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** User-Agent header. Default `compilot-activity-logs` outside browsers, none in browsers (they forbid setting it). */
  userAgent?: string | undefined;
  /**
   * Requests allowed per second and per minute (positive integers), across all calls of this client. Default the
   * vendor's `{ perSecond: 15, perMinute: 300 }`; `false` turns it off; a {@link RateLimiter} shares one budget across
   * processes (`createRedisRateLimiter` of `compilot-activity-logs/redis`).
   */
  rateLimit?: false | RateLimit | RateLimiter | undefined;
  /** Largest `2xx` body read, in bytes; a larger one fails with a `NetworkError` of reason `"too-large"`. Default 32 MiB. */
  maxResponseBytes?: number | undefined;
  /**
   * Check each response against the spec (loads the validators on first use): `"warn"` reports a mismatch to
   * `onContractViolation` and goes on, `"strict"` throws a {@link ContractError}. Default `"off"`. Whatever the mode, a
   * `2xx` body that is not an object with an `activityLogs` array throws a {@link ContractError}.
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
  /** Aborting it rejects the call with `signal.reason`, also during a backoff or rate-limit wait. */
  signal?: AbortSignal | undefined;
}

/** Options of {@link ActivityLogsClient.iterateActivityLogs}. */
export interface IterateActivityLogsOptions {
  /** Page size (the spec's `limit` query parameter). Default the server's. */
  limit?: ActivityLogsQuery["limit"] | undefined;
  /** Pages fetched at once after page 1: an integer from 1 to 64 (the rate limit queues the rest anyway). Default 4. */
  concurrency?: number | undefined;
  /** Aborting it ends the iteration with `signal.reason` and cancels the pages fetched ahead. */
  signal?: AbortSignal | undefined;
}

/** A client of the activity-logs API, made by {@link createActivityLogsClient}. */
export interface ActivityLogsClient {
  /**
   * One page of a customer's activity logs. Rejects with {@link ApiError}, {@link NetworkError}, {@link TimeoutError},
   * {@link ContractError}, the caller's `signal.reason`, or a `TypeError`/`RangeError` for bad arguments.
   */
  getActivityLogs(customerId: string, options?: GetActivityLogsOptions): Promise<ActivityLogsResponse>;
  /**
   * Every activity log of the customer, in order. After page 1 (which gives `totalCount` and the page size) it fetches
   * up to `concurrency` pages ahead; it ends on an empty page or once the items reach the latest `totalCount` (re-read
   * from every page). A page equal to any earlier one, or a walk past 10 000 pages, ends it with a `PaginationError`
   * after the logs of the pages before. Rejects like {@link ActivityLogsClient.getActivityLogs}; bad arguments throw at once.
   */
  iterateActivityLogs(customerId: string, options?: IterateActivityLogsOptions): AsyncIterable<ActivityLog>;
  /** The underlying openapi-fetch client (same base URL, headers and fetch), for anything else. */
  readonly raw: Client<paths>;
}

const PATH = "/customers/{customerId}/activity-logs";
const METHOD = "GET";
// What an ApiError keeps of an error body, and the mark of a body cut there.
const MAX_ERROR_BODY = 65_536;
const CUT = "…[cut at 64 KB]";
let standIn: Response | undefined;
// Same-origin redirects followed in a row; more is a loop.
const MAX_REDIRECTS = 5;

// Detected when the client is made (tests and SSR frameworks stub these globals). Deno, workers and Node have no
// `document`.
const inBrowser = () => "window" in globalThis && "document" in globalThis;

// Mistakes in the options fail when the client is made, naming the option and never quoting its value (a key, a URL
// with a token).
function check(ok: unknown, option: string, rule: string, Type: ErrorConstructor = RangeError): void {
  if (!ok) throw new Type(`${option} must be ${rule}`);
}
function checkNumber(value: unknown, option: string, ok: (n: number) => boolean, rule: string): void {
  check(typeof value === "number", option, "a number", TypeError);
  check(ok(value as number), option, rule);
}
const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;
// setTimeout() fires at once for delays past 2^31 - 1 ms (24.8 days).
const isDelay = (n: number) => n >= 0 && n < 2 ** 31;

function resolveBaseUrl(baseUrl: unknown, browser: boolean): string {
  let url: URL | undefined;
  try {
    // In a browser a path such as "/api/compilot" (a proxy on the page's origin) is resolved against the page.
    url = new URL(baseUrl as string, browser ? globalThis.location?.href : undefined);
  } catch {}
  check(
    typeof baseUrl === "string" && /^https?:$/.test(url?.protocol ?? "") && !url?.username && !url?.password,
    "baseUrl",
    "an http(s) URL without credentials",
    TypeError,
  );
  // A query or a fragment would swallow the API path (and a token in it would show in every error).
  check(!/[?#]/.test(baseUrl as string), "baseUrl", "a URL without query or fragment", TypeError);
  return (url as URL).href.replace(/\/+$/, "");
}

// A path segment must carry the id as a whole: empty ids change the route, and "." and ".." are resolved away by
// every URL parser (https://url.spec.whatwg.org/#single-dot-path-segment), even percent-encoded.
function checkCustomerId(customerId: unknown): asserts customerId is string {
  if (typeof customerId !== "string" || !customerId.trim() || customerId === "." || customerId === "..")
    throw new TypeError('customerId must be a non-blank string, not "." or ".."');
}

// The spec's `currentPage` and `limit`: integers from 1. Checked here so a bad one fails at once, not as a 400 after a round trip.
function checkPageParameter(name: string, value: unknown): void {
  if (value !== undefined) checkNumber(value, name, (n) => Number.isSafeInteger(n) && n >= 1, "an integer from 1");
}

// What a network failure was, from the error code at the bottom of fetch's cause chain (undici: ECONNREFUSED, ENOTFOUND,
// UND_ERR_SOCKET, …). Undici's own refusals ("bad port") have a cause without a code; browsers give no cause at all.
function reasonOf(cause: unknown): [NetworkErrorReason, string | undefined] {
  let root = cause;
  while (root instanceof Error && root.cause instanceof Error) root = root.cause;
  const code = (root as { code?: unknown })?.code;
  if (typeof code !== "string")
    return root === cause ? ["network", undefined] : ["refused", (root as Error).message.slice(0, 100)];
  const reason = /NOTFOUND|EAI_AGAIN/.test(code)
    ? "dns"
    : /TIMEOUT|TIMEDOUT/.test(code)
      ? "timeout"
      : /REFUSED|UNREACH/.test(code)
        ? "connect"
        : /RESET|PIPE|SOCKET|CLOSED/.test(code)
          ? "reset"
          : "network";
  return [reason, code];
}

// A 2xx body that is not even a page: what came instead, without walking into it.
function shapeOf(value: unknown, redact: (text: string) => string): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null || typeof value !== "object")
    return redact(JSON.stringify(typeof value === "string" ? value.slice(0, 80) : value));
  const keys = Object.keys(value);
  return redact(`an object with ${keys.length ? `keys ${keys.slice(0, 6).join(", ")}`.slice(0, 80) : "no keys"}`);
}

interface Received {
  status: number;
  headers: Headers;
  text: string;
  cut: boolean;
  url: string;
}

/**
 * Creates a client of the ComPilot activity-logs API.
 * @example
 * const client = createActivityLogsClient({ apiKey: process.env.COMPILOT_API_KEY });
 * const page = await client.getActivityLogs(customerId, { limit: 50 });
 * for await (const log of client.iterateActivityLogs(customerId)) console.log(log);
 */
export function createActivityLogsClient(options: ActivityLogsClientOptions = {}): ActivityLogsClient {
  const {
    apiKey,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    validate = "off",
    rateLimit = DEFAULT_RATE_LIMIT,
    maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  } = options;
  const browser = inBrowser();
  if (apiKey !== undefined) {
    check(
      typeof apiKey === "string" && /^[!-~\xa1-\xff]+$/.test(apiKey),
      "apiKey",
      "a non-empty string of visible ASCII or Latin-1 characters (no whitespace or control characters)",
      TypeError,
    );
    if (browser && !options.dangerouslyAllowBrowser)
      throw new TypeError(
        "apiKey is refused in a browser: every visitor could read it. Keep it on your server with createActivityLogsProxy " +
          '(compilot-activity-logs/server) and give the browser a client without a key (baseUrl: "/api/compilot"); ' +
          "or pass dangerouslyAllowBrowser: true",
      );
  }
  const baseUrl = resolveBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL, browser);
  checkNumber(timeoutMs, "timeoutMs", (n) => n > 0, "> 0 (Infinity for none)");
  checkNumber(maxResponseBytes, "maxResponseBytes", (n) => Number.isSafeInteger(n) && n > 0, "a positive integer");
  check(["off", "warn", "strict"].includes(validate), "validate", '"off", "warn" or "strict"', TypeError);
  const retry = options.retry === false ? { retries: 0 } : options.retry === undefined ? {} : options.retry;
  check(retry !== null && typeof retry === "object", "retry", "false or an object", TypeError);
  const { retries = DEFAULT_RETRY.retries, maxDelayMs = DEFAULT_RETRY.maxDelayMs } = retry;
  // A maxDelayMs below the default minDelayMs lowers it too.
  const { minDelayMs = Math.min(DEFAULT_RETRY.minDelayMs, maxDelayMs) } = retry;
  checkNumber(retries, "retry.retries", isCount, "an integer ≥ 0");
  checkNumber(minDelayMs, "retry.minDelayMs", isDelay, "≥ 0 and < 2^31");
  checkNumber(maxDelayMs, "retry.maxDelayMs", isDelay, "≥ 0 and < 2^31");
  check(minDelayMs <= maxDelayMs, "retry.minDelayMs", "at most retry.maxDelayMs");
  const waitTurn = toWaitTurn(rateLimit);
  try {
    new Headers(options.headers);
  } catch {
    // fetch's own message quotes the value, which may be a secret.
    check(false, "headers", "names and values fetch accepts", TypeError);
  }
  // Browsers refuse to set User-Agent (and would add it to the CORS preflight); every browser's starts with "Mozilla/".
  const userAgent =
    options.userAgent ?? (/^Mozilla\//.test(globalThis.navigator?.userAgent) ? undefined : "compilot-activity-logs");
  const redact = createRedact(apiKey);
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
  let validators: Promise<typeof import("./validate.ts")> | undefined;

  // A copy of an error chain (fetch's TypeError, undici's cause, a JSON SyntaxError) with every text redacted and
  // nothing else: their messages and extra fields (undici's parser error keeps the raw bytes received) can quote what a
  // server sent.
  const copyError = (error: unknown, depth = 0): Error | undefined => {
    if (!(error instanceof Error)) return undefined;
    const cause = depth < 4 ? copyError(error.cause, depth + 1) : undefined;
    const copy = new Error(redact(error.message).slice(0, 500), cause && { cause });
    const code = (error as { code?: unknown }).code;
    return Object.assign(copy, { name: error.name }, typeof code === "string" && { code: redact(code) });
  };

  function contractError(
    schema: ContractViolation["schema"],
    issues: ContractIssue[],
    status: number,
    url: string,
    cause?: ApiError,
    count = issues.length,
    message = issues.map((issue) => issue.message).join("\n"),
  ) {
    const violation: ContractViolation = { schema, method: METHOD, url, status, issues, count, message };
    return new ContractError(violation, cause && { cause });
  }

  async function checkContract(
    schema: ContractViolation["schema"],
    value: unknown,
    status: number,
    url: string,
    cause?: ApiError,
  ) {
    const { checkBody } = await (validators ??= import("./validate.ts"));
    // The validate entry redacts received values before it cuts them; what it returns is redacted again all the same.
    const found = checkBody(schema, value, redact);
    if (!found.count) return;
    const issues = found.issues.map((issue) => ({
      ...issue,
      received: redact(issue.received),
      message: redact(issue.message),
    }));
    const error = contractError(schema, issues, status, url, cause, found.count, redact(found.message));
    if (validate === "strict") throw error;
    (
      options.onContractViolation ??
      ((v) => console.warn(`compilot-activity-logs: GET ${v.url} breaks the spec:\n${v.message}`))
    )(error.violation);
  }

  // Sends one request: a rate-limit slot, the timeout, same-origin redirects, the body read up to its cap.
  async function send(
    customerId: string,
    query: ActivityLogsQuery,
    signal: AbortSignal | undefined,
    attempts: number,
  ): Promise<Received> {
    const giveBack = await waitTurn?.(signal, () => ({
      method: METHOD,
      url: redact(`${baseUrl}/customers/${encodeURIComponent(customerId)}/activity-logs`),
      attempts,
    }));
    // One controller for the caller's abort and our timeout, its timer cleared as soon as the body is read
    // (AbortSignal.timeout() keeps its timer until it fires or the signal is collected).
    const controller = new AbortController();
    const timer = timeoutMs < 2 ** 31 ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
    const unfollow = followAbort(signal, controller);
    let url = "";
    let reading = false;
    let received: Received | undefined;
    try {
      signal?.throwIfAborted();
      await raw.GET(PATH, {
        params: { path: { customerId }, query },
        signal: controller.signal,
        // Redirects are ours to follow: the key must not go to another origin.
        redirect: "manual",
        fetch: async (request) => {
          // fetch() itself refuses URLs with credentials, so the URL it gets is safe to show once the key is redacted.
          url = redact(request.url);
          let response = await doFetch(request);
          for (let hops = 0; response.status > 299 && response.status < 400; hops++) {
            // A browser hides a redirect's target (an opaque-redirect response with status 0).
            const location = response.headers.get("location");
            if (response.type === "opaqueredirect" || location === null) break;
            let target: URL | undefined;
            try {
              target = new URL(location, request.url);
            } catch {}
            if (target?.origin !== new URL(request.url).origin || hops >= MAX_REDIRECTS)
              throw new NetworkError("redirect", {
                method: METHOD,
                url,
                attempts,
                detail:
                  hops >= MAX_REDIRECTS
                    ? "too many redirects"
                    : `to ${redact(target?.origin ?? "an unreadable Location")}`,
              });
            void response.body?.cancel().catch(() => {});
            request = new Request(target.href, request);
            url = redact(request.url);
            response = await doFetch(request);
          }
          if (response.type === "opaqueredirect")
            throw new NetworkError("redirect", {
              method: METHOD,
              url,
              attempts,
              detail: "target hidden by the browser",
            });
          reading = true;
          const { status, headers } = response;
          const ok = status > 199 && status < 300;
          // An error body is kept to its first 64 KB; read twice that, so a key across the cut is still redacted whole.
          const [text, cut] = await readCapped(response, ok ? maxResponseBytes : 2 * MAX_ERROR_BODY);
          if (ok && cut)
            throw new NetworkError("too-large", {
              method: METHOD,
              url,
              attempts,
              detail: `over ${maxResponseBytes} bytes`,
            });
          received = { status, headers, text, cut, url };
          // openapi-fetch would read an error body whole again: it gets a bodiless stand-in (never read, so one serves
          // every call), the body is read above.
          return (standIn ??= new Response(null, { status: 204 }));
        },
      });
    } catch (cause) {
      // fetch was never called: the caller aborted, or the request could not be built. The slot goes back.
      if (!url) giveBack?.();
      signal?.throwIfAborted();
      const request = { method: METHOD, url, attempts };
      // Not the caller's abort, so our timer's.
      if (controller.signal.aborted) throw new TimeoutError(timeoutMs, request);
      // Not worth a retry, and the underlying error may quote a header: only its redacted message is kept.
      if (!url) throw new TypeError(`Could not build the request: ${redact(String((cause as Error)?.message))}`);
      if (isNetworkError(cause)) throw cause;
      const [reason, detail] = reading ? (["truncated", undefined] as const) : reasonOf(cause);
      throw new NetworkError(reason, { ...request, detail: detail && redact(detail), cause: copyError(cause) });
    } finally {
      clearTimeout(timer);
      unfollow();
    }
    return received as Received;
  }

  async function errorFromResponse(received: Received, attempts: number): Promise<ApiError> {
    const { status, headers, url } = received;
    // Redacted as text, before parsing and cutting, so no escaped form or cut-off piece of the key gets through.
    const text = redact(received.text);
    const long = received.cut || text.length > MAX_ERROR_BODY;
    let json: unknown;
    try {
      // JSON.parse is not recursive, so any nesting parses; nothing below walks into the value.
      if (!long) json = JSON.parse(text);
    } catch {
      // Not JSON: an HTML page from a proxy, an empty body. The text is kept as the body.
    }
    const apiError = new ApiError({
      status,
      body: isApiErrorBody(json) ? json : long ? text.slice(0, MAX_ERROR_BODY) + CUT : text,
      method: METHOD,
      url,
      retryAfterMs: parseRetryAfter(headers.get("retry-after")),
      attempts,
    });
    if (json !== undefined && validate !== "off") await checkContract("ApiErrorBody", json, status, url, apiError);
    return apiError;
  }

  async function parsePage({ status, text, url }: Received, attempts: number): Promise<ActivityLogsResponse> {
    let page: unknown;
    try {
      page = JSON.parse(text);
    } catch (cause) {
      // The SyntaxError quotes the body: a redacted copy.
      throw new NetworkError("invalid-json", { method: METHOD, url, attempts, cause: copyError(cause) });
    }
    // Checked in every mode: anything else would be returned as a page and crash the caller later.
    if (page === null || typeof page !== "object" || !Array.isArray((page as ActivityLogsResponse).activityLogs)) {
      const expected = "an object with an activityLogs array";
      const received = shapeOf(page, redact);
      throw contractError(
        "ActivityLogsResponse",
        [{ pointer: "", expected, received, message: `(body) must be ${expected}; got ${received}` }],
        status,
        url,
      );
    }
    if (validate !== "off") await checkContract("ActivityLogsResponse", page, status, url);
    return page as ActivityLogsResponse;
  }

  async function attempt(
    customerId: string,
    query: ActivityLogsQuery,
    signal: AbortSignal | undefined,
    attempts: number,
  ) {
    const received = await send(customerId, query, signal, attempts);
    if (received.status > 199 && received.status < 300) return parsePage(received, attempts);
    throw await errorFromResponse(received, attempts);
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
    for (let attempts = 1; ; attempts++) {
      try {
        return await attempt(customerId, query, signal, attempts);
      } catch (error) {
        if (attempts > retries || !isRetryable(error)) throw error;
        await sleep(retryDelay(attempts - 1, error, minDelayMs, maxDelayMs), signal);
      }
    }
  }

  return {
    getActivityLogs,
    iterateActivityLogs(customerId, { limit, concurrency = DEFAULT_CONCURRENCY, signal } = {}) {
      checkCustomerId(customerId);
      checkPageParameter("limit", limit);
      checkNumber(
        concurrency,
        "concurrency",
        (n) => Number.isSafeInteger(n) && n >= 1 && n <= MAX_CONCURRENCY,
        `an integer from 1 to ${MAX_CONCURRENCY}`,
      );
      const path = `${baseUrl}/customers/${encodeURIComponent(customerId)}/activity-logs`;
      return paginate(
        (currentPage, pageSignal) => getActivityLogs(customerId, { currentPage, limit, signal: pageSignal }),
        concurrency,
        (currentPage) => ({
          method: METHOD,
          url: redact(`${path}?currentPage=${currentPage}${limit ? `&limit=${limit}` : ""}`),
        }),
        signal,
      );
    },
    raw,
  };
}
