// One attempt of a request, typed call or `client.raw` alike: it starts once the rate limit has given it a slot and ends
// once its body is read or it failed. In between it owns the timer of the timeout and the abort that follows the
// caller's signal; the hooks hang on its start and its end (and the spans of issue 25 will).
import { followAbort } from "../core/abort.ts";
import { TimeoutError, type RequestErrorInit } from "../core/errors.ts";

/** What an attempt is started with. */
export interface AttemptInit {
  /** The attempt's number, from 1 (retries count on). */
  number: number;
  timeoutMs: number;
  /** The request's own signal: the caller's abort. */
  callerSignal: AbortSignal;
  /** The request URL, not redacted. */
  url: string;
  /** The request as errors describe it: method, redacted URL and attempts. */
  describe: (url: string) => RequestErrorInit;
  /** Called once, when the attempt ends with a response whose body has been read (or is read by openapi-fetch next). */
  onEnd: (attempt: Attempt, response: Response) => void;
}

/** One attempt: see the module's comment. */
export interface Attempt {
  readonly number: number;
  readonly timeoutMs: number;
  readonly callerSignal: AbortSignal;
  /** Aborts with the caller's `signal.reason`, or with a {@link TimeoutError} when the timeout fires first. */
  readonly signal: AbortSignal;
  /** `performance.now()` when the attempt started. */
  readonly startedAt: number;
  /** The URL the response came from (after same-origin redirects), not redacted; the request's until then. */
  url: string;
  /** The error body, read by the policies up to its cap, redacted and cut; undefined for a 2xx response. */
  errorText: string | undefined;
  /** Whether the timeout fired before the caller aborted. */
  timedOut(): boolean;
  /** Ends the attempt with `response` (its body read) or, without one, as failed; it stops guarding at once. */
  end(response?: Response): void;
  /**
   * Ends the attempt with `response` whose body someone else reads next (openapi-fetch, for a raw call): the timeout
   * keeps guarding that read, on a timer that never holds a process open, and stops when it fires.
   */
  endBeforeBody(response: Response): void;
}

/** Starts an attempt: its timer runs and it follows the caller's signal from now. */
export function startAttempt({ number, timeoutMs, callerSignal, url, describe, onEnd }: AttemptInit): Attempt {
  const controller = new AbortController();
  // One controller for the caller's abort and our timeout, its timer cleared once the attempt ends
  // (AbortSignal.timeout() keeps its timer until it fires). setTimeout() fires at once past 2^31 - 1 ms: none then.
  const timer =
    timeoutMs < 2 ** 31
      ? setTimeout(() => {
          controller.abort(new TimeoutError(timeoutMs, describe(attempt.url)));
          release();
        }, timeoutMs)
      : undefined;
  const unfollow = followAbort(callerSignal, controller);
  const release = () => {
    clearTimeout(timer);
    unfollow();
  };
  let ended = false;
  const attempt: Attempt = {
    number,
    timeoutMs,
    callerSignal,
    signal: controller.signal,
    startedAt: performance.now(),
    url,
    errorText: undefined,
    timedOut: () => controller.signal.aborted && !callerSignal.aborted,
    end(response) {
      release();
      if (!ended && response) onEnd(attempt, response);
      ended = true;
    },
    endBeforeBody(response) {
      // Node's timers keep a process alive; a browser's timer is a number, without unref.
      timer?.unref?.();
      if (!ended) onEnd(attempt, response);
      ended = true;
    },
  };
  return attempt;
}
