// Walking a customer's whole history page by page, and keeping a client inside the vendor's rate limit.
import { followAbort, sleep } from "./retry.ts";
import type { ActivityLog, ActivityLogsResponse } from "./types.ts";

// Nothing legitimate needs more pages; a server whose totalCount keeps growing must not keep us busy forever.
const MAX_PAGES = 10_000;

/** Requests allowed per sliding window; the vendor publishes 15 calls per second and 300 per minute. */
export interface RateLimit {
  perSecond: number;
  perMinute: number;
}

/**
 * A sliding-window limiter: each call books the earliest start that keeps every window within `limit` (in call
 * order) and resolves then, or rejects with `signal.reason` as soon as `signal` aborts.
 */
export function createRateLimiter({ perSecond, perMinute }: RateLimit): (signal?: AbortSignal) => Promise<void> {
  // Booked start times, ascending; a start only has to look back perSecond / perMinute starts.
  const starts: number[] = [];
  return (signal) => {
    const now = Date.now();
    const start = Math.max(
      now,
      starts.at(-1) ?? 0,
      // Windows of 1.1 s and 61 s, not 1 s and 60 s: requests that open a new connection reach the server later than
      // ones that reuse one, so starts spaced exactly 1 s apart can arrive 16+ in one server-side second (measured: 19).
      (starts.at(-perSecond) ?? -Infinity) + 1100,
      (starts.at(-perMinute) ?? -Infinity) + 61_000,
    );
    if (starts.push(start) > perMinute) starts.shift();
    return sleep(start - now, signal);
  };
}

const itemsOf = (page: ActivityLogsResponse | undefined): ActivityLog[] =>
  Array.isArray(page?.activityLogs) ? page.activityLogs : [];

/**
 * Yields every item of pages 1, 2, … in page order, fetching up to `concurrency` pages ahead once page 1 gives
 * `totalCount` and the page size (page 1's length).
 *
 * It stops on an empty page, on a page equal to the one before (a server that ignores `currentPage`), once the items
 * yielded reach `totalCount`, or after 10 000 pages. `totalCount` is re-read from every page and the latest value
 * wins: when it grows, more pages are fetched; when it shrinks, the walk ends early. Without a cursor, items inserted
 * or deleted during the walk can shift between pages (an item may repeat or be missed). Leaving the loop early or
 * aborting `signal` cancels the pages fetched ahead.
 */
export async function* paginate(
  fetchPage: (currentPage: number, signal: AbortSignal) => Promise<ActivityLogsResponse>,
  concurrency: number,
  signal?: AbortSignal,
): AsyncGenerator<ActivityLog, void, undefined> {
  // One controller for the caller's abort and our own stop.
  const stop = new AbortController();
  const pageSignal = stop.signal;
  const unfollow = followAbort(signal, stop);
  const width = Math.max(1, concurrency | 0);
  const ahead: Promise<ActivityLogsResponse>[] = [];
  try {
    let page: ActivityLogsResponse | undefined = await fetchPage(1, pageSignal);
    const size = itemsOf(page).length;
    let previous = "";
    let yielded = 0;
    for (let next = 2; ; ) {
      const items = itemsOf(page);
      const total = typeof page?.totalCount === "number" ? page.totalCount : Infinity;
      const seen = JSON.stringify(items);
      if (!items.length || seen === previous) return;
      previous = seen;
      yielded += items.length;
      // Fetch ahead before handing out this page, so a slow consumer overlaps with the requests.
      const last = yielded < total ? Math.ceil(total / size) : 0;
      while (ahead.length < width && next <= MAX_PAGES && (next <= last || (last && !ahead.length))) {
        const request = fetchPage(next++, pageSignal);
        // Pages fetched ahead may fail while we wait for an earlier one: the failure surfaces when we reach them.
        request.catch(() => {});
        ahead.push(request);
      }
      yield* items;
      if (!last) return;
      page = await ahead.shift();
    }
  } finally {
    unfollow();
    stop.abort();
  }
}
