// The client's defaults, in one place for the client, the msw kit, the demo and the tests.
import type { RetryOptions } from "../request/retry.ts";

/** Where the ComPilot API lives. */
export const DEFAULT_BASE_URL = "https://api.compilot.ai";

/** Timeout of each attempt, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Largest response body read, in bytes (32 MiB): a page of the largest `limit` is far below. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** Pages fetched at once by the walk after page 1. */
export const DEFAULT_CONCURRENCY = 4;

/** Most pages fetched at once by the walk: past the rate limit's 15 per second, more only queue. */
export const MAX_CONCURRENCY = 64;

/** The page cap of a walk: nothing legitimate needs more pages; a server whose totalCount keeps growing must not keep us busy forever. */
export const MAX_PAGES = 10_000;

/**
 * The retry defaults. Two retries ride out a deploy or a proxy hiccup while keeping a failing call short (≤ 0.5 s + 1 s
 * of backoff without `Retry-After`), and 10 s caps a `Retry-After` well inside the vendor's one-minute rate-limit window.
 */
export const DEFAULT_RETRY = {
  retries: 2,
  minDelayMs: 500,
  maxDelayMs: 10_000,
} as const satisfies Required<RetryOptions>;

/**
 * The rate limiters' windows (in-process and Redis), in milliseconds: 1.1 s and 61 s, not 1 s and 60 s. Requests that
 * open a new connection reach the server later than ones that reuse one, so starts spaced exactly 1 s apart can arrive
 * 16+ in one server-side second.
 */
export const SECOND_WINDOW_MS = 1100;
/** The per-minute window (see {@link SECOND_WINDOW_MS}). */
export const MINUTE_WINDOW_MS = 61_000;

/**
 * Statuses worth another attempt. 408 Request Timeout, 425 Too Early, 429 Too Many Requests: the server asks us to come
 * back (https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9, rfc8470 §5.2, rfc6585 §4). 500/502/503/504: the server
 * or a proxy in front of it failed transiently. Any other 4xx is our request's fault.
 */
export const RETRY_STATUSES: readonly number[] = [408, 425, 429, 500, 502, 503, 504];

/** The vendor's published rate limit: 15 calls per second and 300 per minute. */
export const DEFAULT_RATE_LIMIT = { perSecond: 15, perMinute: 300 } as const;
