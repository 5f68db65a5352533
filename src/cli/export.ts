// The export: every customer's history walked through one client (one rate-limit budget), streamed to a file written
// under a temporary name and renamed once complete, or to stdout for a single customer.
import { lstat, mkdir, open, rename, unlink } from "node:fs/promises";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createActivityLogsClient, type ActivityLogsClient } from "../client/client.ts";
import { DEFAULT_BASE_URL } from "../core/defaults.ts";
import { checkBaseUrl, pageUrl, pathOf } from "../core/rules.ts";
import { fingerprints, walkPages } from "../client/walk.ts";
import { sleep } from "../core/abort.ts";
import { isApiError } from "../core/errors.ts";
import { isRetryable, retryDelay } from "../request/retry.ts";
import type { RateLimit } from "../limits/in-process.ts";
import { createRedact } from "../core/redact.ts";
import { csvBytes, csvRow, writeCsv } from "./csv.ts";
import { PageBytes } from "./page-bytes.ts";
import { EXPORT_RETRY, MAX_WALKS, PAGES_AHEAD, REWALK_PAUSE_MS } from "./export-defaults.ts";
import { fileNames, partialName } from "./file-names.ts";
import { limiterFor } from "./export-limiter.ts";
import { lockOutDir, type OutLock } from "./out-lock.ts";
import { createReporter, describeCause, show, waitWords } from "./progress.ts";
import { HistoryMovedError, movedWhat } from "./history-moved.ts";
import { UsageError } from "./usage-error.ts";

/** What to export, where, and how: the parsed command line. */
export interface ExportOptions {
  /** Customer ids, without duplicates, in the order given. */
  customers: string[];
  format: "jsonl" | "csv";
  /** A directory, or `undefined` for stdout (one customer only). */
  out: string | undefined;
  limit: number;
  concurrency: number;
  rateLimit: RateLimit;
  redis: string | undefined;
  validate: "off" | "warn" | "strict";
  resume: boolean;
  /** `--keep-last-walk`: keep the last walk of a history that kept moving (with a warning) instead of failing it. */
  keepLastWalk: boolean;
  quiet: boolean;
  /** The command that finishes an interrupted run (`… --resume`), or undefined when it cannot be resumed (stdout). */
  resumeCommand: string | undefined;
  baseUrl: string | undefined;
  apiKey: string;
}

/** The streams of the process (parameters, so a test can run the export in its own process). */
export interface ExportIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

// The client's own option errors name the option (`baseUrl must be …`) and never quote its value: they are the
// user's mistake, said in the command's words.
function makeClient(
  options: ExportOptions,
  warn: (line: string) => void,
): { client: ActivityLogsClient; close: () => Promise<void> } {
  const limiter = limiterFor(options, warn);
  try {
    const client = createActivityLogsClient({
      apiKey: options.apiKey,
      baseUrl: options.baseUrl,
      rateLimit: limiter.rateLimit,
      // The export retries itself (see getPage), so that every wait is on screen.
      retry: false,
      validate: options.validate,
      onContractViolation: (violation) =>
        warn(
          `GET ${pathOf(violation.url)} breaks the spec (${violation.count} issue${violation.count === 1 ? "" : "s"}): ${violation.issues[0]?.message ?? ""}`,
        ),
    });
    return { client, close: limiter.close };
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    throw new UsageError(
      error.message.replace(/^baseUrl\b/, "--base-url (or COMPILOT_BASE_URL)").replace(/^apiKey\b/, "COMPILOT_API_KEY"),
    );
  }
}

/**
 * Runs the export; resolves with the exit code: 0 when every customer was exported (or skipped with `resume`), 1 when
 * some failed (each reported on stderr, the others complete). Throws a {@link UsageError} for options the client
 * refuses (a bad base URL or key) and for an output directory another export holds. Aborting `signal` stops every walk
 * and removes the partial files.
 */
export async function runExport(options: ExportOptions, io: ExportIo, signal?: AbortSignal): Promise<number> {
  const redact = createRedact(options.apiKey);
  // The reporter starts drawing once made, so it is made after the client has accepted the options.
  const { client, close } = makeClient(options, (line) => report.warn(line));
  const toStdout = options.out === undefined;
  let names: Map<string, string> | undefined;
  let lock: OutLock | undefined;
  try {
    if (options.out !== undefined) {
      names = fileNames(options.customers, options.format);
      await mkdir(options.out, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`--out ${options.out}: cannot create the directory (${error.code ?? error.message})`);
      });
      lock = await lockOutDir(options.out);
    }
  } catch (error) {
    await close();
    throw error;
  }
  const report = createReporter({
    stderr: io.stderr,
    quiet: options.quiet,
    customers: options.customers,
    redact,
  });
  if (lock?.note) report.warn(lock.note);
  // The client has accepted it: checkBaseUrl gives its normal form, the one the client calls.
  const base = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  const tally = { exported: 0, skipped: 0, failed: 0, logs: 0, rewalked: 0, kept: 0 };
  const complete = new Set<string>();
  // The walks and the size look-ups follow one controller, aborted with `signal`: `walking.signal.aborted` is what says
  // the run was stopped, whoever asks.
  const walking = new AbortController();
  const stopWalking = () => walking.abort(signal?.reason);
  if (signal?.aborted) stopWalking();
  signal?.addEventListener("abort", stopWalking, { once: true });

  // The attempts made for a page that failed for good (the client's error counts its own one attempt).
  const attemptsOf = new WeakMap<object, number>();
  // One page, retried here rather than in the client so that every wait is on screen: a 429 storm or an unreachable
  // host shows what it waits for, not a still `0/?`.
  async function getPage(customerId: string, currentPage: number, pageSignal: AbortSignal) {
    for (let attempts = 1; ; attempts++) {
      try {
        return await client.getActivityLogs(customerId, { currentPage, limit: options.limit, signal: pageSignal });
      } catch (error) {
        if (attempts > EXPORT_RETRY.retries || !isRetryable(error) || pageSignal.aborted) {
          if (attempts > 1 && typeof error === "object" && error) attemptsOf.set(error, attempts);
          throw error;
        }
        const delay = retryDelay(attempts - 1, error, EXPORT_RETRY.minDelayMs, EXPORT_RETRY.maxDelayMs);
        report.waiting(customerId, `page ${currentPage}: ${describeCause(error)}, retrying in ${waitWords(delay)}`);
        await sleep(delay, pageSignal);
        report.waiting(customerId, undefined);
      }
    }
  }

  // The same walk as `iterateActivityLogs` (src/client/walk.ts), fed by getActivityLogs so that each page's totalCount
  // reaches the progress display without an extra request. Each page becomes its output bytes as soon as it arrives:
  // a page fetched ahead waits as a Buffer (outside the JS heap), and the tree JSON.parse made dies young, before a
  // collection of the young generation finds it alive. What lives through those collections is what makes V8 grow
  // its young generation, up to 128 MB on Node 24 (docs/decisions/export-memory.md).
  //
  // A walk is a snapshot as far as the pages show it (docs/decisions/export-snapshots.md): the walk itself fails on an
  // empty or short page before the end and on a shifted page boundary; here, on a totalCount other than page 1's
  // (unless `tolerate`, the last walk with --keep-last-walk, which then goes on to the latest totalCount as the library
  // does and notes what moved in `walk.moved`).
  async function* chunks(customerId: string, walk: { logs: number; moved: string | undefined }, tolerate: boolean) {
    // The page size, from page 1: a CSV row's position is its place in the history, (page - 1) × size + its index.
    let size = 0;
    // Pages are encoded one at a time (each synchronously, once it arrives), so one writer serves the walk.
    const out = new PageBytes();
    const pages = walkPages(
      async (currentPage, pageSignal) => {
        const { activityLogs, totalCount } = await getPage(customerId, currentPage, pageSignal);
        if (currentPage === 1) size = activityLogs.length;
        // By 64 logs at a time, each batch written out and let go of: what stays alive while the rest of the page is
        // encoded is what a collection of the young generation finds.
        const prints = fingerprints(activityLogs);
        for (let i = 0; i < activityLogs.length; i += 64) {
          const batch = activityLogs.slice(i, i + 64);
          activityLogs.fill(undefined as never, i, i + 64);
          if (options.format === "csv")
            writeCsv(
              out,
              batch.map((log, j) => csvRow(customerId, (currentPage - 1) * size + i + j + 1, log)),
              currentPage === 1 && !i,
            );
          // Each log as the API sent it, re-encoded without whitespace, one per line.
          else for (const log of batch) out.write(`${JSON.stringify(log)}\n`);
        }
        const bytes = out.take();
        return { totalCount, prints, bytes, currentPage };
      },
      PAGES_AHEAD,
      (currentPage) => ({
        method: "GET",
        url: redact(pageUrl(base, customerId, currentPage, options.limit)),
      }),
      walking.signal,
    );
    let first: number | undefined;
    let last = 0;
    for await (const page of pages) {
      first ??= page.totalCount;
      last = page.totalCount;
      if (page.totalCount !== first) {
        const what = `totalCount ${first} at page 1, ${page.totalCount} at page ${page.currentPage}`;
        if (!tolerate) throw new HistoryMovedError([what]);
        walk.moved ??= what;
      }
      walk.logs += page.prints.length;
      report.total(customerId, page.totalCount);
      report.fetched(customerId, page.prints.length);
      yield page.bytes;
    }
    // Never complete with fewer logs than the pages announced (the walk itself fails on a short or empty page first).
    if (walk.logs < last) throw new HistoryMovedError([`${walk.logs} logs seen of totalCount ${last}`]);
    // A CSV file has its header even when the history is empty.
    if (!walk.logs && options.format === "csv") yield csvBytes([], true);
  }

  // One walk into `destination`; resolves with what it saw.
  async function walkOnce(customerId: string, destination: NodeJS.WritableStream, end: boolean, tolerate: boolean) {
    const walk = { logs: 0, moved: undefined as string | undefined };
    await pipeline(chunks(customerId, walk, tolerate), destination, { signal, end });
    return walk;
  }

  // One walk into a partial file of our own: created exclusively (`wx` never follows nor reuses a link or a file: a
  // name planted there is removed, never written through), flushed to disk, then renamed over the final name (a
  // rename replaces a link planted there, it does not follow it).
  async function walkToFile(customerId: string, partial: string, final: string, tolerate: boolean) {
    await unlink(partial).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    const handle = await open(partial, "wx");
    try {
      // A stream that only writes (writeFile writes the whole chunk, at the current position): the handle stays ours
      // to sync and close.
      const stream = new Writable({
        write: (chunk: Buffer, _encoding, done) => void handle.writeFile(chunk).then(() => done(), done),
      });
      const walk = await walkOnce(customerId, stream, true, tolerate);
      // On disk before the rename makes it look complete.
      await handle.sync();
      await handle.close();
      await rename(partial, final);
      return walk;
    } finally {
      await handle.close().catch(() => {});
    }
  }

  // A complete file of the customer (never through a link: a link planted in --out is not an export).
  const isComplete = (customerId: string) =>
    names === undefined
      ? Promise.resolve(false)
      : lstat(join(options.out as string, names.get(customerId) as string)).then(
          (s) => s.isFile(),
          () => false,
        );

  async function exportOne(customerId: string) {
    const name = names?.get(customerId) as string;
    const final = options.out === undefined ? "stdout" : join(options.out, name);
    const partial = options.out === undefined ? "" : join(options.out, partialName(name));
    if (options.resume && (await isComplete(customerId))) {
      tally.skipped += 1;
      complete.add(customerId);
      report.skipped(customerId, final);
      return;
    }
    report.started(customerId);
    const moved: string[] = [];
    for (;;) {
      // stdout cannot be written again: its one walk is its last.
      const lastWalk = toStdout || moved.length + 1 === MAX_WALKS;
      const tolerate = options.keepLastWalk && lastWalk;
      try {
        const walk = toStdout
          ? await walkOnce(customerId, io.stdout, false, tolerate)
          : await walkToFile(customerId, partial, final, tolerate);
        if (moved.length) tally.rewalked += 1;
        if (walk.moved) {
          tally.kept += 1;
          report.warn(`${show(customerId)}: kept walk ${moved.length + 1} although its history moved (${walk.moved})`);
        }
        tally.exported += 1;
        tally.logs += walk.logs;
        complete.add(customerId);
        report.exported(customerId, walk.logs, final);
        return;
      } catch (error) {
        if (partial) await unlink(partial).catch(() => {});
        if (walking.signal.aborted) return;
        const what = movedWhat(error);
        if (what === undefined || lastWalk) {
          tally.failed += 1;
          if (what === undefined) {
            const attempts = typeof error === "object" && error ? attemptsOf.get(error) : undefined;
            report.failed(customerId, error, attempts ? `gave up after ${attempts} attempts` : undefined);
          } else
            report.failed(
              customerId,
              new HistoryMovedError([...moved, what]),
              toStdout
                ? "stdout cannot be walked again: export it with --out DIR, or keep what moved with --keep-last-walk"
                : "try again later, or keep the last walk with --keep-last-walk",
            );
          return;
        }
        moved.push(what);
        report.rewalk(customerId, moved.length + 1, what);
        report.restarted(customerId);
        try {
          await sleep(REWALK_PAUSE_MS, walking.signal);
        } catch {
          return;
        }
      }
    }
  }

  let next = 0;
  // The live display's overall total and ETA need every customer's size: the customers not started yet are looked up
  // (page 1 of one log each, one at a time, within the same rate limit) while the others are walked.
  async function lookUpSizes() {
    for (let i = options.concurrency; i < options.customers.length && !walking.signal.aborted; i++) {
      if (i < next) continue;
      const customerId = options.customers[i] as string;
      if (options.resume && (await isComplete(customerId))) continue;
      await client.getActivityLogs(customerId, { currentPage: 1, limit: 1, signal: walking.signal }).then(
        ({ totalCount }) => i >= next && report.total(customerId, totalCount),
        // A customer the API refuses (404, 403) will fail with nothing to export: it counts for no log.
        (error: unknown) => isApiError(error) && !isRetryable(error) && i >= next && report.total(customerId, 0),
      );
    }
  }

  try {
    const worker = async () => {
      while (next < options.customers.length && !walking.signal.aborted)
        await exportOne(options.customers[next++] as string);
    };
    const workers = Array.from({ length: Math.min(options.concurrency, options.customers.length) }, worker);
    await Promise.all([...workers, report.wantsSizes ? lookUpSizes() : undefined]);
  } finally {
    signal?.removeEventListener("abort", stopWalking);
    report.finish({
      ...tally,
      interrupted: walking.signal.aborted
        ? {
            reason: signal?.reason,
            incomplete: options.customers.filter((id) => !complete.has(id)),
            resumeCommand: options.resumeCommand,
          }
        : undefined,
    });
    await Promise.all([close(), lock?.release()]);
  }
  return tally.failed ? 1 : 0;
}
