// When to try a GET again, how long to wait first, and waiting that follows the caller's signal.
import { isContractError } from "./contract-error.ts";
import { isApiError, isNetworkError, type ApiError } from "./errors.ts";

// A strict client rejects an error body that breaks the spec with a ContractError caused by the ApiError: the status
// (a 503, a 429 and its Retry-After) still decides whether and when to try again.
const apiErrorOf = (error: unknown): ApiError | undefined =>
  isApiError(error) ? error : isContractError(error) && isApiError(error.cause) ? error.cause : undefined;

/**
 * Retry settings. Defaults `{ retries: 2, minDelayMs: 500, maxDelayMs: 10_000 }`: two retries ride out a deploy or a
 * proxy hiccup while keeping a failing call short (≤ 0.5 s + 1 s of backoff without `Retry-After`), and 10 s caps a
 * `Retry-After` well inside the vendor's one-minute rate-limit window.
 */
export interface RetryOptions {
  /** Retries after the first attempt (0 = none). */
  retries?: number | undefined;
  /** Cap of the first backoff; doubles with each retry. */
  minDelayMs?: number | undefined;
  /** Cap of any backoff, `Retry-After` included. */
  maxDelayMs?: number | undefined;
}

/** Whether a failed GET is worth another attempt. */
export function isRetryable(error: unknown): boolean {
  // No response or a broken one (reset, truncated body, our timeout): the next attempt may well succeed.
  if (isNetworkError(error)) return true;
  // The caller's abort, a page that breaks the contract, a bug: trying again changes nothing.
  const apiError = apiErrorOf(error);
  if (!apiError) return false;
  // 408 Request Timeout, 425 Too Early, 429 Too Many Requests: the server asks us to come back
  // (https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9, rfc8470 §5.2, rfc6585 §4).
  // 500/502/503/504: the server or a proxy in front of it failed transiently. Any other 4xx is our request's fault.
  return [408, 425, 429, 500, 502, 503, 504].includes(apiError.status);
}

/** The delay before retry number `attempt + 1`, in milliseconds. */
export function retryDelay(attempt: number, error: unknown, minDelayMs: number, maxDelayMs: number): number {
  const asked = apiErrorOf(error)?.retryAfterMs;
  // The server knows best when it will be ready (https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3), but one that
  // asks for an hour must not park the caller that long.
  if (asked !== undefined) return Math.min(asked, maxDelayMs);
  // Exponential backoff with full jitter, so many clients failing together do not retry together
  // (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
  return Math.random() * Math.min(maxDelayMs, minDelayMs * 2 ** attempt);
}

/** `Retry-After` (delay-seconds or an HTTP-date) in milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const ms = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/**
 * Makes `controller` abort with `signal`'s reason when `signal` aborts (at once if it already has); returns the undo.
 * A listener rather than AbortSignal.any(), which browsers have only since March 2024 (Safari 17.4, Firefox 124).
 */
export function followAbort(signal: AbortSignal | undefined, controller: AbortController): () => void {
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort);
  if (signal?.aborted) onAbort();
  return () => signal?.removeEventListener("abort", onAbort);
}

/** Resolves after `ms`, or rejects with `signal.reason` as soon as `signal` aborts (at once if it already has). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (abort?: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      abort ? reject(signal?.reason) : resolve();
    };
    const onAbort = () => settle(true);
    const timer = setTimeout(settle, ms);
    signal?.aborted ? onAbort() : signal?.addEventListener("abort", onAbort);
  });
}
