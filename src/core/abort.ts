// Following a caller's AbortSignal: one listener per signal whatever the number of calls sharing it (a walk at
// concurrency 50 would otherwise add 50+ and trip Node's MaxListenersExceededWarning), and an abortable sleep.

// The callbacks of each signal followed, and the one listener that runs them. The listener is a closure over its
// signal: Node hands `event.currentTarget` as `null` to every listener after the first on a signal, so a listener
// that looks its signal up through the event misses the abort whenever anyone listened first (issue 22).
interface Followers {
  callbacks: Set<() => void>;
  listener: () => void;
}
const followed = new WeakMap<AbortSignal, Followers>();

/** Runs `callback` once when `signal` aborts (at once if it already has); returns the undo. */
export function onAbort(signal: AbortSignal | undefined, callback: () => void): () => void {
  if (signal?.aborted) callback();
  if (!signal || signal.aborted) return () => {};
  let followers = followed.get(signal);
  if (!followers) {
    const callbacks = new Set<() => void>();
    const listener = () => {
      followed.delete(signal);
      for (const f of callbacks) f();
    };
    followers = { callbacks, listener };
    followed.set(signal, followers);
    signal.addEventListener("abort", listener);
  }
  const { callbacks, listener } = followers;
  callbacks.add(callback);
  return () => {
    // The listener leaves with the last callback, so a finished call leaves nothing on the caller's signal.
    if (callbacks.delete(callback) && !callbacks.size) {
      signal.removeEventListener("abort", listener);
      followed.delete(signal);
    }
  };
}

/**
 * Makes `controller` abort with `signal`'s reason when `signal` aborts (at once if it already has); returns the undo.
 * A listener rather than AbortSignal.any(), which browsers have only since March 2024 (Safari 17.4, Firefox 124).
 */
export function followAbort(signal: AbortSignal | undefined, controller: AbortController): () => void {
  return onAbort(signal, () => controller.abort(signal?.reason));
}

/** Resolves after `ms`, or rejects with `signal.reason` as soon as `signal` aborts (at once if it already has). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      undo();
      resolve();
    }, ms);
    const undo = onAbort(signal, () => {
      clearTimeout(timer);
      reject(signal?.reason);
    });
  });
}
