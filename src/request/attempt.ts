// One attempt of a request, typed call or `client.raw` alike: it starts once the rate limit has given it a slot and ends
// once its body is read or it failed. In between it owns the deadline (the timeout and the caller's abort); the hooks
// and the spans (when the client traces) hang on its start and its end.
import type { AttemptTrace } from "./tracing.ts";
import { startDeadline } from "../core/deadline.ts";
import { TimeoutError, type RequestErrorInit } from "../core/errors.ts";

/** One attempt: see the module's comment. */
export interface Attempt {
  /** The caller's signal. */
  readonly callerSignal: AbortSignal;
  /** Aborts with the caller's `signal.reason`, or with a {@link TimeoutError} when the timeout fires first. */
  readonly signal: AbortSignal;
  /** `performance.now()` when the attempt started. */
  readonly startedAt: number;
  /** The URL the response came from (after same-origin redirects), not redacted; the request's until then. */
  url: string;
  /** The error body, read by the policies up to its cap, redacted and cut; undefined for a 2xx response. */
  errorText: string | undefined;
  /** The request as errors describe it: method, URL (`url` unless given) redacted, attempts. */
  request(url?: string): RequestErrorInit;
  /** Whether the timeout fired before the caller aborted. */
  timedOut(): boolean;
  /**
   * Ends the attempt with `response` (its body read) or, without one, as failed with `error`; the deadline stops at once.
   * A response that still fails the attempt (a body over its cap) comes with its `error`.
   */
  end(response?: Response, error?: unknown): void;
  /**
   * Ends the attempt with `response` whose body someone else reads next (openapi-fetch, for a raw call): the deadline
   * keeps guarding that read, on a timer that never holds a process open, and stops when it fires.
   */
  endBeforeBody(response: Response): void;
  /**
   * Ends the attempt with `response`, its body read, but not its span: returned, for the caller to end once the body is
   * checked.
   */
  endBeforeCheck(response: Response): AttemptTrace | undefined;
  /** The spans of the attempt's requests, when the client traces (set once the request is ready to send). */
  trace: AttemptTrace | undefined;
}

/** What {@link startAttempt} needs besides the attempt's own values. */
export interface AttemptContext {
  /** The controller whose signal the attempt's Request already carries (a typed call's); a new one otherwise. */
  controller?: AbortController | undefined;
  /** The request at `url` as errors describe it: method, URL redacted, the attempt's number. */
  describe: (url: string) => RequestErrorInit;
  /** Called when the attempt ends with a response (each path through the policies ends an attempt once). */
  onEnd: (attempt: Attempt, response: Response) => void;
}

/** Starts an attempt of the request to `url`: its timeout runs and it follows `callerSignal` from now. */
export function startAttempt(
  url: string,
  timeoutMs: number,
  callerSignal: AbortSignal,
  { controller, describe, onEnd }: AttemptContext,
): Attempt {
  const timeout = () => new TimeoutError(timeoutMs, attempt.request());
  const deadline = startDeadline(callerSignal, timeoutMs, timeout, controller);
  const attempt: Attempt = {
    callerSignal,
    signal: deadline.signal,
    startedAt: performance.now(),
    url,
    errorText: undefined,
    request: (at = attempt.url) => describe(at),
    timedOut: deadline.timedOut,
    end(response, error) {
      deadline.release();
      if (response) onEnd(attempt, response);
      attempt.trace?.end(response?.status, error);
    },
    endBeforeBody(response) {
      deadline.unref();
      onEnd(attempt, response);
      attempt.trace?.end(response.status);
    },
    endBeforeCheck(response) {
      deadline.release();
      onEnd(attempt, response);
      return attempt.trace;
    },
    trace: undefined,
  };
  return attempt;
}
