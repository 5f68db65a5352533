// One attempt of a request, typed call or `client.raw` alike: it starts once the rate limit has given it a slot and ends
// once its body is read or it failed. In between it owns the deadline (the timeout and the caller's abort); the hooks
// hang on its start and its end (and the spans of issue 25 will).
import type { AttemptSpan } from "./tracing.ts";
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
  /** Ends the attempt with `response` (its body read) or, without one, as failed; the deadline stops at once. */
  end(response?: Response): void;
  /**
   * Ends the attempt with `response` whose body someone else reads next (openapi-fetch, for a raw call): the deadline
   * keeps guarding that read, on a timer that never holds a process open, and stops when it fires.
   */
  endBeforeBody(response: Response): void;
  /** The span of the request sent now, when the client traces (each followed redirect starts the next one). */
  span: AttemptSpan | undefined;
  /** Ends the attempt as failed, its span marked with `errorType` (a NetworkError reason, `timeout`, `aborted`, …). */
  fail(errorType: string): void;
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
    end(response) {
      deadline.release();
      if (response) {
        attempt.span?.received(response.status);
        onEnd(attempt, response);
      }
      attempt.span?.end();
    },
    endBeforeBody(response) {
      deadline.unref();
      attempt.span?.received(response.status);
      attempt.span?.end();
      onEnd(attempt, response);
    },
    span: undefined,
    fail(errorType) {
      attempt.span?.failed(errorType);
      attempt.end();
    },
  };
  return attempt;
}
