// The deadline of one unit of work, for the client's attempt and the proxy's answer alike: one controller that aborts
// when the caller's signal does (with its reason) or when the timeout fires (with the reason given), and lets go of
// both once the work is done.
import { followAbort } from "./abort.ts";

/** A running deadline: see {@link startDeadline}. */
export interface Deadline {
  /** Aborts with the caller's `signal.reason`, or with the timeout's reason when it fires first. */
  readonly signal: AbortSignal;
  /** Whether the timeout fired before the caller aborted. */
  timedOut(): boolean;
  /** Stops the timer and stops following the caller's signal (the work is done). */
  release(): void;
  /** Lets the timer run on without holding a Node process open (a browser's timer is a number, without unref). */
  unref(): void;
}

/**
 * Starts a deadline of `timeoutMs` (`Infinity` for none) that also follows `callerSignal`. Not AbortSignal.timeout(),
 * which keeps its timer until it fires; setTimeout() fires at once past 2^31 - 1 ms, so there is no timer then.
 */
export function startDeadline(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
  timeoutReason: () => unknown,
  /** The controller to abort, when its signal is handed out before the deadline starts. */
  controller = new AbortController(),
): Deadline {
  const timer =
    timeoutMs < 2 ** 31
      ? setTimeout(() => {
          controller.abort(timeoutReason());
          release();
        }, timeoutMs)
      : undefined;
  const unfollow = followAbort(callerSignal, controller);
  const release = () => {
    clearTimeout(timer);
    unfollow();
  };
  return {
    signal: controller.signal,
    timedOut: () => controller.signal.aborted && !callerSignal?.aborted,
    release,
    unref: () => void timer?.unref?.(),
  };
}
