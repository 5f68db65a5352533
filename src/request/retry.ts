// When to try a GET again and how long to wait first.
import { RETRY_STATUSES } from "../core/defaults.ts";
import { NETWORK_ERROR_REASONS, isApiError, isContractError, isNetworkError, type ApiError } from "../core/errors.ts";
import { sleep } from "../core/abort.ts";

// A strict client rejects an error body that breaks the spec with a ContractError caused by the ApiError: the status
// (a 503, a 429 and its Retry-After) still decides whether and when to try again.
const apiErrorOf = (error: unknown): ApiError | undefined =>
  isApiError(error) ? error : isContractError(error) && isApiError(error.cause) ? error.cause : undefined;

/** Retry settings. Defaults `{ retries: 2, minDelayMs: 500, maxDelayMs: 10_000 }` (why: `DEFAULT_RETRY` in src/core/defaults.ts). */
export interface RetryOptions {
  /** Retries after the first attempt (an integer, 0 = none). */
  retries?: number | undefined;
  /** Cap of the first backoff, in milliseconds; doubles with each retry. At most `maxDelayMs`. */
  minDelayMs?: number | undefined;
  /** Cap of any backoff, `Retry-After` included, in milliseconds (finite, at most 2^31 - 1). */
  maxDelayMs?: number | undefined;
}

/** Whether a failed GET is worth another attempt. */
export function isRetryable(error: unknown): boolean {
  // No response or a broken one: the table says which reasons the next attempt may well fix.
  if (isNetworkError(error)) return NETWORK_ERROR_REASONS[error.reason].retried;
  // The caller's abort, a page that breaks the contract, a bug: trying again changes nothing.
  const apiError = apiErrorOf(error);
  return !!apiError && RETRY_STATUSES.includes(apiError.status);
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

/**
 * `Retry-After` in milliseconds: delay-seconds (digits only) or an HTTP-date
 * (https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3, dates in §5.6.7's three formats, which all start with a day
 * name); undefined when absent or anything else (`-5`, `1.5`), which falls back to backoff.
 */
export function parseRetryAfter(header: string | null): number | undefined {
  const value = header?.trim() ?? "";
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = /^[A-Z][a-z]{2}/.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Runs `attempt` (numbered from 1) until it succeeds, fails with an error not worth retrying, or `retries` are spent,
 * waiting {@link retryDelay} in between (a wait that `signal` cuts short).
 */
export async function withRetries<T>(
  attempt: (attempts: number) => Promise<T>,
  { retries, minDelayMs, maxDelayMs }: { retries: number; minDelayMs: number; maxDelayMs: number },
  signal?: AbortSignal,
): Promise<T> {
  for (let attempts = 1; ; attempts++) {
    try {
      return await attempt(attempts);
    } catch (error) {
      if (attempts > retries || !isRetryable(error)) throw error;
      await sleep(retryDelay(attempts - 1, error, minDelayMs, maxDelayMs), signal);
    }
  }
}
