// The export: every customer's history walked through one client (one rate-limit budget), streamed to a file written
// under a temporary name and renamed once complete, or to stdout for a single customer.
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createActivityLogsClient, type ActivityLogsClient } from "../client/client.ts";
import { DEFAULT_BASE_URL } from "../core/defaults.ts";
import { checkBaseUrl, pageUrl } from "../core/rules.ts";
import { fingerprint, walkPages } from "../client/walk.ts";
import type { RateLimit } from "../limits/in-process.ts";
import { createRedact } from "../core/redact.ts";
import { csvBytes, csvRow, writeCsv } from "./csv.ts";
import { PageBytes } from "./page-bytes.ts";
import { EXPORT_RETRY, PAGES_AHEAD } from "./export-defaults.ts";
import { fileNames, partialName } from "./file-names.ts";
import { limiterFor } from "./export-limiter.ts";
import { createReporter } from "./progress.ts";
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
  quiet: boolean;
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
      retry: EXPORT_RETRY,
      validate: options.validate,
      onContractViolation: (violation) =>
        warn(
          `GET ${violation.url.replace(/^\w+:\/\/[^/]*/, "")} breaks the spec (${violation.count} issue${violation.count === 1 ? "" : "s"}): ${violation.issues[0]?.message ?? ""}`,
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
 * refuses (a bad base URL or key). Aborting `signal` stops every walk and removes the partial files.
 */
export async function runExport(options: ExportOptions, io: ExportIo, signal?: AbortSignal): Promise<number> {
  const redact = createRedact(options.apiKey);
  // The reporter starts drawing once made, so it is made after the client has accepted the options.
  const { client, close } = makeClient(options, (line) => report.warn(line));
  const toStdout = options.out === undefined;
  let names: Map<string, string> | undefined;
  try {
    if (options.out !== undefined) {
      names = fileNames(options.customers, options.format);
      await mkdir(options.out, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`--out ${options.out}: cannot create the directory (${error.code ?? error.message})`);
      });
    }
  } catch (error) {
    await close();
    throw error;
  }
  const report = createReporter({
    stderr: io.stderr,
    quiet: options.quiet,
    customers: options.customers.length,
    redact,
  });
  // The client has accepted it: checkBaseUrl gives its normal form, the one the client calls.
  const base = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  const tally = { exported: 0, skipped: 0, failed: 0, logs: 0 };

  // The same walk as `iterateActivityLogs` (src/client/walk.ts), fed by getActivityLogs so that each page's totalCount
  // reaches the progress display without an extra request. Each page becomes its output bytes as soon as it arrives:
  // a page fetched ahead waits as a Buffer (outside the JS heap), and the tree JSON.parse made dies young, before a
  // collection of the young generation finds it alive. What lives through those collections is what makes V8 grow
  // its young generation, up to 128 MB on Node 24 (docs/decisions/export-memory.md).
  async function* chunks(customerId: string, count: { logs: number }) {
    // The page size, from page 1: a CSV row's position is its place in the history, (page - 1) × size + its index.
    let size = 0;
    // Pages are encoded one at a time (each synchronously, once it arrives), so one writer serves the walk.
    const out = new PageBytes();
    const walk = walkPages(
      async (currentPage, pageSignal) => {
        const { activityLogs, totalCount } = await client.getActivityLogs(customerId, {
          currentPage,
          limit: options.limit,
          signal: pageSignal,
        });
        report.total(customerId, totalCount);
        if (currentPage === 1) size = activityLogs.length;
        // By 64 logs at a time, each batch written out and let go of: what stays alive while the rest of the page is
        // encoded is what a collection of the young generation finds.
        const print = fingerprint(activityLogs);
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
        return { totalCount, count: activityLogs.length, print, bytes };
      },
      PAGES_AHEAD,
      (currentPage) => ({
        method: "GET",
        url: redact(pageUrl(base, customerId, currentPage, options.limit)),
      }),
      signal,
    );
    let empty = true;
    for await (const page of walk) {
      count.logs += page.count;
      report.fetched(customerId, page.count);
      empty = false;
      yield page.bytes;
    }
    // A CSV file has its header even when the history is empty.
    if (empty && options.format === "csv") yield csvBytes([], true);
  }

  async function exportTo(customerId: string, destination: NodeJS.WritableStream, end: boolean) {
    const count = { logs: 0 };
    await pipeline(chunks(customerId, count), destination, { signal, end });
    return count.logs;
  }

  async function exportOne(customerId: string) {
    const name = names?.get(customerId) as string;
    const final = options.out === undefined ? "stdout" : join(options.out, name);
    const partial = options.out === undefined ? "" : join(options.out, partialName(name));
    if (
      options.resume &&
      (await stat(final).then(
        (s) => s.isFile(),
        () => false,
      ))
    ) {
      tally.skipped += 1;
      report.skipped(customerId, final);
      return;
    }
    report.started(customerId);
    try {
      let logs: number;
      if (toStdout) logs = await exportTo(customerId, io.stdout, false);
      else {
        logs = await exportTo(customerId, createWriteStream(partial), true);
        // On disk before the rename makes it look complete.
        const handle = await open(partial, "r+");
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(partial, final);
      }
      tally.exported += 1;
      tally.logs += logs;
      report.exported(customerId, logs, final);
    } catch (error) {
      if (partial) await rm(partial, { force: true }).catch(() => {});
      if (signal?.aborted) return;
      tally.failed += 1;
      report.failed(customerId, error);
    }
  }

  try {
    let next = 0;
    const worker = async () => {
      while (next < options.customers.length && !signal?.aborted) await exportOne(options.customers[next++] as string);
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, options.customers.length) }, worker));
  } finally {
    report.finish(tally);
    await close();
  }
  return tally.failed ? 1 : 0;
}
