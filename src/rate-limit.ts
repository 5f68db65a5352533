// Keeping a client inside the vendor's rate limit.
import { onAbort } from "./signal.ts";

/** Requests allowed per sliding window; the vendor publishes 15 calls per second and 300 per minute. */
export interface RateLimit {
  perSecond: number;
  perMinute: number;
}

/** Waits for a slot; resolves with the function that gives the slot back (for a call that ends before it sends). */
export type WaitTurn = (signal?: AbortSignal) => Promise<() => void>;

/**
 * A sliding-window limiter: calls get their slot in call order, each as soon as every window has room. A call aborted
 * while it waits leaves the queue at once (rejecting with `signal.reason`) and takes no slot; a call that got its slot
 * but never sent gives it back.
 */
export function createRateLimiter({ perSecond, perMinute }: RateLimit): WaitTurn {
  // Granted start times, ascending, of the last minute.
  const starts: number[] = [];
  const queue: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pump = () => {
    clearTimeout(timer);
    timer = undefined;
    while (queue.length) {
      const now = Date.now();
      while (starts.length && (starts[0] as number) <= now - 61_000) starts.shift();
      // Windows of 1.1 s and 61 s, not 1 s and 60 s: requests that open a new connection reach the server later than
      // ones that reuse one, so starts spaced exactly 1 s apart can arrive 16+ in one server-side second.
      const at = Math.max((starts.at(-perSecond) ?? -Infinity) + 1100, (starts.at(-perMinute) ?? -Infinity) + 61_000);
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
        reject(signal?.reason);
      });
      if (signal?.aborted) return;
      queue.push(grant);
      pump();
    });
}
