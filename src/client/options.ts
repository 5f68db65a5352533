// The client's options, checked and resolved once, when the client is made, into one frozen settings object.
import {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RATE_LIMIT,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
} from "../core/defaults.ts";
import { isNetworkError, type ContractViolation } from "../core/errors.ts";
import { toWaitTurn, type RateLimit, type RateLimiter, type WaitTurn } from "../limits/in-process.ts";
import type { TraceAttempt, TracingOptions } from "../request/tracing.ts";
import { loadRedact } from "../request/key-redaction.ts";
import type { RetryOptions } from "../request/retry.ts";
import {
  check,
  checkApiKey,
  checkBaseUrl,
  checkNumber,
  checkTimeoutMs,
  checkTracerProvider,
  defaultUserAgent,
  isBrowser,
  isCount,
  isPositiveInteger,
} from "../core/rules.ts";

/** Options of {@link createActivityLogsClient}. */
export interface ActivityLogsClientOptions extends TracingOptions {
  /**
   * Your ComPilot API key, sent as `Authorization: Bearer …` and nowhere else: visible ASCII or Latin-1 characters, no
   * whitespace. A server secret: refused in a browser unless `dangerouslyAllowBrowser` (use
   * `createActivityLogsProxy` of `compilot-activity-logs/server` and a keyless client instead).
   */
  apiKey?: string | undefined;
  /** Lets a browser client hold `apiKey`, which then ships to every visitor. Default `false`. */
  dangerouslyAllowBrowser?: boolean | undefined;
  /**
   * Default `https://api.compilot.ai`. An http(s) URL without credentials, query or fragment. It may be relative
   * (`"/api/compilot"`, a proxy on your origin): the client is made anywhere (server rendering too), and each request
   * resolves it against the page; outside browsers a request then fails at once with a TypeError.
   */
  baseUrl?: string | undefined;
  /** A fetch to use instead of `globalThis.fetch`; either is looked up at each call, so msw or a later patch still applies. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Timeout of each attempt (sending and reading the body), in milliseconds, > 0 (`Infinity` for none). Default 30 000. */
  timeoutMs?: number | undefined;
  /** `false`, or how to retry GETs on 408, 425, 429, 500, 502, 503, 504 and network errors (defaults: {@link RetryOptions}). */
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
  /**
   * Called as each attempt is sent (retries included), for logging and metrics. What it throws is ignored.
   * @example
   * onRequest: ({ attempt, method, url }) => log.debug(`${method} ${url} (attempt ${attempt})`)
   */
  onRequest?: ((event: ActivityLogsRequestEvent) => void) | undefined;
  /**
   * Called once each attempt's response is read (also an error status; not when no response came), for logging and
   * metrics. What it throws is ignored.
   * @example
   * onResponse: ({ status, durationMs }) => histogram.record(durationMs, { status })
   */
  onResponse?: ((event: ActivityLogsResponseEvent) => void) | undefined;
}

/** What {@link ActivityLogsClientOptions.onRequest} receives. */
export interface ActivityLogsRequestEvent {
  /** The attempt's number, from 1 (retries count on). */
  attempt: number;
  method: "GET";
  /** The request URL, the key redacted. */
  url: string;
}

/** What {@link ActivityLogsClientOptions.onResponse} receives. */
export interface ActivityLogsResponseEvent extends ActivityLogsRequestEvent {
  /** The URL the response came from (after same-origin redirects), the key redacted. */
  url: string;
  status: number;
  /** From sending to the body read, in milliseconds. */
  durationMs: number;
  /** The response's headers, their values redacted. */
  headers: Headers;
}

/** The options of a client once checked, with every default applied. */
export interface Settings {
  /** Absolute, or relative to the page (resolved at each request by `resolveBaseUrl`). */
  readonly baseUrl: string;
  /** The headers of every request: User-Agent, the extra headers, then the key. */
  readonly headers: Headers;
  /** The fetch option or `globalThis.fetch`, looked up at each call. */
  readonly fetch: (request: Request) => Promise<Response>;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxResponseBytes: number;
  readonly validate: "off" | "warn" | "strict";
  readonly onContractViolation: (violation: ContractViolation) => void;
  /** Hides the key in a text (the identity without a key). */
  readonly redact: (text: string) => string;
  /** Undefined once `redact` can be used; until then the load of its key finder, to await before a request. */
  readonly redactReady: () => Promise<void> | undefined;
  /** The rate limit's wait for a slot; undefined with `rateLimit: false`. */
  readonly waitTurn: WaitTurn | undefined;
  readonly onRequest: ((event: ActivityLogsRequestEvent) => void) | undefined;
  readonly onResponse: ((event: ActivityLogsResponseEvent) => void) | undefined;
  /** With a `tracerProvider`: loads what traces each attempt, on first use (resolves undefined if the load failed). */
  readonly tracing: (() => Promise<TraceAttempt | undefined>) | undefined;
}

// setTimeout() fires at once for delays past 2^31 - 1 ms (24.8 days).
const isDelay = (n: number) => n >= 0 && n < 2 ** 31;

/** Checks `options` (naming the option at fault, never quoting its value) and resolves them into frozen settings. */
export function resolveOptions(options: ActivityLogsClientOptions): Settings {
  const {
    apiKey,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    validate = "off",
    rateLimit = DEFAULT_RATE_LIMIT,
    maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  } = options;
  const browser = isBrowser();
  if (apiKey !== undefined) {
    checkApiKey(apiKey);
    if (browser && !options.dangerouslyAllowBrowser)
      throw new TypeError(
        "apiKey is refused in a browser, where every visitor could read it: keep it on your server behind " +
          "createActivityLogsProxy (compilot-activity-logs/server) and give the browser a keyless client, or pass " +
          "dangerouslyAllowBrowser: true",
      );
  }
  // A relative one is resolved at each request (transport.ts), where there is a page to resolve it against.
  const baseUrl = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL, true);
  checkTimeoutMs(timeoutMs);
  checkNumber(maxResponseBytes, "maxResponseBytes", isPositiveInteger, "a positive integer");
  check(["off", "warn", "strict"].includes(validate), "validate", '"off", "warn" or "strict"');
  const retry = options.retry === false ? { retries: 0 } : options.retry === undefined ? {} : options.retry;
  check(retry !== null && typeof retry === "object", "retry", "false or an object");
  const { retries = DEFAULT_RETRY.retries, maxDelayMs = DEFAULT_RETRY.maxDelayMs } = retry;
  // A maxDelayMs below the default minDelayMs lowers it too.
  const { minDelayMs = Math.min(DEFAULT_RETRY.minDelayMs, maxDelayMs) } = retry;
  checkNumber(retries, "retry.retries", isCount, "an integer ≥ 0");
  checkNumber(minDelayMs, "retry.minDelayMs", isDelay, "≥ 0 and < 2^31");
  checkNumber(maxDelayMs, "retry.maxDelayMs", isDelay, "≥ 0 and < 2^31");
  checkNumber(minDelayMs, "retry.minDelayMs", (n) => n <= maxDelayMs, "at most retry.maxDelayMs");
  const userAgent = options.userAgent ?? defaultUserAgent();
  const headers = new Headers(userAgent ? { "User-Agent": userAgent } : {});
  try {
    for (const [name, value] of new Headers(options.headers)) headers.set(name, value);
  } catch {
    // fetch's own message quotes the value, which may be a secret.
    throw new TypeError("headers must be names and values fetch accepts");
  }
  // Set last, on a Headers (one entry whatever the casing), so no extra header replaces the key.
  if (apiKey) headers.set("Authorization", `Bearer ${apiKey}`);
  const { redact, ready } = loadRedact(apiKey);
  const { tracerProvider } = options;
  checkTracerProvider(tracerProvider);
  // The tracing code loads with the first request of a client that traces: a client without a provider never ships it.
  // Tracing is not the request's job: a failed load leaves that attempt untraced and is tried again on the next.
  let loading: Promise<TraceAttempt | undefined> | undefined;
  const tracing =
    tracerProvider &&
    (() =>
      (loading ??= import("../request/tracing.ts").then(
        (module) => module.createClientTracing(options, redact, isNetworkError),
        () => (loading = undefined),
      )));
  return Object.freeze({
    baseUrl,
    headers,
    fetch: (request: Request) => (options.fetch ?? globalThis.fetch)(request),
    timeoutMs,
    retries,
    minDelayMs,
    maxDelayMs,
    maxResponseBytes,
    validate,
    onContractViolation:
      options.onContractViolation ??
      ((v: ContractViolation) => console.warn(`compilot-activity-logs: GET ${v.url} breaks the spec:\n${v.message}`)),
    redact,
    redactReady: ready,
    // The one place the rate limiter is chosen.
    waitTurn: toWaitTurn(rateLimit),
    onRequest: options.onRequest,
    onResponse: options.onResponse,
    tracing,
  });
}
