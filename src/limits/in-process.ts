// Keeping a client inside the vendor's rate limit: the in-process limiter, and the `rateLimit` option turned into the
// client's wait.
import { MINUTE_WINDOW_MS, SECOND_WINDOW_MS } from "../core/defaults.ts";
import { RateLimiterError, type RequestErrorInit } from "../core/errors.ts";
import { check, checkNumber, isPositiveInteger } from "../core/rules.ts";
import { onAbort } from "../core/abort.ts";

/** Requests allowed per sliding window; the vendor publishes 15 calls per second and 300 per minute. */
export interface RateLimit {
  perSecond: number;
  perMinute: number;
}

/**
 * A limiter of your own, shared as you like (across processes: `createRedisRateLimiter` of
 * `compilot-activity-logs/redis`). `acquire` resolves when a request may go; when `signal` aborts while it waits it
 * should reject at once (the client then rejects with `signal.reason`). Any other rejection fails the call with a
 * `RateLimiterError`.
 */
export interface RateLimiter {
  acquire(signal?: AbortSignal): Promise<void>;
}

/**
 * Waits for a slot; resolves with the function that gives the slot back (for a call that ends before it sends).
 * `request` describes the call, for the error of a limiter that fails.
 */
export type WaitTurn = (signal?: AbortSignal, request?: () => RequestErrorInit) => Promise<() => void>;

/**
 * A sliding-window limiter: calls get their slot in call order, each as soon as every window has room. A call aborted
 * while it waits leaves the queue at once (rejecting with `signal.reason`) and takes no slot; a call that got its slot
 * but never sent gives it back.
 */
export function createRateLimiter({ perSecond, perMinute }: RateLimit): WaitTurn {
  // Granted start times, ascending, of the last minute, on the monotonic clock: `Date.now()` steps with NTP and VM
  // resumes, and a wall clock stepped back an hour would make the next call that finds a window full wait the hour.
  const starts: number[] = [];
  const queue: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pump = () => {
    clearTimeout(timer);
    timer = undefined;
    while (queue.length) {
      const now = performance.now();
      while (starts.length && (starts[0] as number) <= now - MINUTE_WINDOW_MS) starts.shift();
      const at = Math.max(
        (starts.at(-perSecond) ?? -Infinity) + SECOND_WINDOW_MS,
        (starts.at(-perMinute) ?? -Infinity) + MINUTE_WINDOW_MS,
      );
      if (at > now) {
        timer = setTimeout(pump, at - now);
        return;
      }
      starts.push(now);
      queue.shift()?.();
    }
  };
  return (signal) =>
    new Promise((resolve, reject) => {
      const grant = () => {
        undo();
        const start = starts.at(-1) as number;
        resolve(() => {
          const index = starts.lastIndexOf(start);
          if (index >= 0) starts.splice(index, 1);
          pump();
        });
      };
      const undo = onAbort(signal, () => {
        const index = queue.indexOf(grant);
        if (index >= 0) queue.splice(index, 1);
        // Re-plans the wait: with nobody left in the queue no timer stays, so an aborted process can exit at once.
        pump();
        reject(signal?.reason);
      });
      if (signal?.aborted) return;
      queue.push(grant);
      pump();
    });
}

/**
 * The client's wait for the `rateLimit` option, checked here so a mistake fails when the client is made (naming the
 * option, never quoting its value): `false` waits for nothing, `{ perSecond, perMinute }` is the in-process limiter, a
 * {@link RateLimiter} is asked before every attempt.
 */
export function toWaitTurn(rateLimit: false | RateLimit | RateLimiter): WaitTurn | undefined {
  if (rateLimit === false) return undefined;
  check(
    rateLimit !== null && typeof rateLimit === "object",
    "rateLimit",
    "false, { perSecond, perMinute } or a RateLimiter",
  );
  if ("acquire" in rateLimit) {
    check(typeof rateLimit.acquire === "function", "rateLimit.acquire", "a function");
    // Raced against the caller's signal: an abort leaves at once even when the limiter ignores it. A limiter of its own
    // gives nothing back: the slot it granted counts whether or not the request goes.
    return (signal, request) =>
      new Promise((resolve, reject) => {
        const undo = onAbort(signal, () => reject(signal?.reason));
        new Promise<void>((acquired) => acquired(rateLimit.acquire(signal)))
          .then(
            () => resolve(() => {}),
            (cause: unknown) =>
              reject(
                signal?.aborted
                  ? signal.reason
                  : new RateLimiterError("The rate limiter failed", request?.() as RequestErrorInit, { cause }),
              ),
          )
          .finally(undo);
      });
  }
  for (const key of ["perSecond", "perMinute"] as const)
    checkNumber(rateLimit[key], `rateLimit.${key}`, isPositiveInteger, "a positive integer");
  return createRateLimiter(rateLimit);
}
