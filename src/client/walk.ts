// Walking a customer's whole history page by page.
import { MAX_PAGES } from "../core/defaults.ts";
import { PaginationError, type RequestErrorInit } from "../core/errors.ts";
import { followAbort } from "../core/abort.ts";
import type { ActivityLog, ActivityLogsResponse } from "../model/types.ts";

/**
 * A 52-bit fingerprint of a value: two values with the same one are equal. Walked with an explicit stack: received data
 * may nest deeper than the call stack (JSON.stringify overflows on a few thousand levels), and keeping a hash, not the
 * text, of every page seen keeps a 10 000-page walk small. Each token carries its type and length, so different values
 * do not run together. It hashes the characters in place and builds no strings: it runs on every page of a walk, and a
 * walk's garbage is what sizes the process (an export's young generation grows with what each collection finds alive).
 */
function hash(root: unknown): number {
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  const code = (c: number) => {
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x2545f491) ^ (b >>> 15);
  };
  // A token: its kind, its length, then its characters.
  const token = (kind: number, text: string) => {
    code(kind);
    code(text.length);
    for (let i = 0; i < text.length; i++) code(text.charCodeAt(i));
  };
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      code(0x5b);
      code(value.length);
      for (let i = value.length; i--; ) stack.push(value[i]);
    } else if (value !== null && typeof value === "object") {
      const keys = Object.keys(value);
      code(0x7b);
      code(keys.length);
      for (const key of keys) token(0x6b, key);
      for (let i = keys.length; i--; ) stack.push((value as Record<string, unknown>)[keys[i] as string]);
    } else if (typeof value === "string") token(0x73, value);
    else token(typeof value === "number" ? 0x6e : 0x76, String(value));
  }
  return (a >>> 0) * 2 ** 20 + (b >>> 12);
}

/** The fingerprint of a page's logs: two pages with the same one are the same page (the infinite query's rule). */
export const fingerprint = (logs: readonly unknown[]): number => hash(logs);

/** One fingerprint per log, in page order: what the walk compares pages and page boundaries by. */
export const fingerprints = (logs: readonly unknown[]): number[] => logs.map(hash);

/**
 * How many logs at the start of `page` repeat the end of `before`, when it is a run of at least two (a log may
 * legitimately occur twice in a row; a run of them is the history shifting under the walk). 0 otherwise.
 */
export function repeatedRun(before: readonly number[], page: readonly number[]): number {
  for (let run = Math.min(before.length, page.length); run >= 2; run--) {
    let same = true;
    for (let i = 0; same && i < run; i++) same = before[before.length - run + i] === page[i];
    if (same) return run;
  }
  return 0;
}

/** What a walk needs of a page: its items' {@link fingerprints} (one per item, in order) and the total the API announces. */
export interface WalkedPage {
  prints: readonly number[];
  totalCount?: unknown;
}

/**
 * Yields pages 1, 2, … in page order, fetching up to `concurrency` pages ahead once page 1 gives `totalCount` and the
 * page size (page 1's count).
 *
 * It ends once the items yielded reach `totalCount` (or, without one, on an empty page). `totalCount` is re-read from
 * every page and the latest value wins: when it grows, more pages are fetched; when it shrinks, the walk ends early.
 * It fails with a {@link PaginationError}, after yielding the pages before and never the page at fault, on:
 * - `"history-changed"`: the history moved under the walk, as far as the pages show it (logs carry no id or time): an
 *   empty or short page before the end, or a page that starts with a run of the logs that ended the page before;
 * - `"repeated-page"`: a page equal to any earlier one (a server that ignores `currentPage`, or cycles);
 * - `"page-limit"`: past 10 000 pages.
 * A change that keeps `totalCount` and every page full and unshifted is not visible to any walk. Leaving the loop early
 * or aborting `signal` cancels the pages fetched ahead. `fetchPage` shapes each page: the logs for {@link paginate}, the
 * output bytes for the export (a page fetched ahead then waits as bytes, not as a tree of objects).
 */
export async function* walkPages<P extends WalkedPage>(
  fetchPage: (currentPage: number, signal: AbortSignal) => Promise<P>,
  concurrency: number,
  requestOf: (currentPage: number) => RequestErrorInit,
  signal?: AbortSignal,
): AsyncGenerator<P, void, undefined> {
  // One controller for the caller's abort and our own stop.
  const stop = new AbortController();
  const pageSignal = stop.signal;
  const unfollow = followAbort(signal, stop);
  const ahead: Promise<P>[] = [];
  const seen = new Set<number>();
  try {
    let page = await fetchPage(1, pageSignal);
    const size = page.prints.length;
    let before: readonly number[] = [];
    let yielded = 0;
    for (let current = 1, next = 2; ; current++) {
      const count = page.prints.length;
      const known = typeof page.totalCount === "number";
      const total = known ? (page.totalCount as number) : Infinity;
      const changed = (what: string) => new PaginationError("history-changed", current, requestOf(current), what);
      if (!count) {
        if (known && yielded < total) throw changed(`empty page, ${yielded} of ${total} logs seen`);
        return;
      }
      if (count < size && yielded + count < total)
        throw changed(`${count} logs where ${size} were due, ${yielded + count} of ${total} seen`);
      // A whole page again is a server that ignores `currentPage` or cycles; part of one, a history that shifted.
      // The page's fingerprint is its logs' fingerprints' (numbers hash as their text).
      const print = hash(page.prints);
      if (seen.has(print)) throw new PaginationError("repeated-page", current, requestOf(current));
      const run = repeatedRun(before, page.prints);
      if (run) throw changed(`its first ${run} logs repeat the end of page ${current - 1}`);
      seen.add(print);
      before = page.prints;
      yielded += count;
      // Fetch ahead before handing out this page, so a slow consumer overlaps with the requests.
      const last = yielded < total ? Math.ceil(total / size) : 0;
      while (ahead.length < concurrency && next <= MAX_PAGES && (next <= last || (last && !ahead.length))) {
        const request = fetchPage(next++, pageSignal);
        // Pages fetched ahead may fail while we wait for an earlier one: the failure surfaces when we reach them.
        request.catch(() => {});
        ahead.push(request);
      }
      yield page;
      if (!last) return;
      const following = ahead.shift();
      if (!following) throw new PaginationError("page-limit", current + 1, requestOf(current + 1));
      page = await following;
    }
  } finally {
    unfollow();
    stop.abort();
  }
}

/** Yields every log of a customer's history: {@link walkPages} over `fetchPage`'s pages. */
export async function* paginate(
  fetchPage: (currentPage: number, signal: AbortSignal) => Promise<ActivityLogsResponse>,
  concurrency: number,
  requestOf: (currentPage: number) => RequestErrorInit,
  signal?: AbortSignal,
): AsyncGenerator<ActivityLog, void, undefined> {
  const pages = walkPages(
    async (currentPage, pageSignal) => {
      const { activityLogs, totalCount } = await fetchPage(currentPage, pageSignal);
      return { activityLogs, totalCount, prints: fingerprints(activityLogs) };
    },
    concurrency,
    requestOf,
    signal,
  );
  for await (const page of pages) yield* page.activityLogs;
}
