// What the export tells on stderr: a live display on a terminal, one line per event otherwise, only errors with
// --quiet. Every line goes through the key's redaction.
//
// The live display is drawn here (docs/decisions/export-progress.md): a few lines redrawn in place, each cut to the
// terminal's width so that the terminal never wraps them, while every other line is printed whole above them, with the
// terminal's line wrap left on.
import { isApiError, isNetworkError } from "../core/errors.ts";
import { describeError } from "./describe-error.ts";

/** Where and how to report. */
export interface ReporterOptions {
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  quiet: boolean;
  /** The customers of the run, in order. */
  customers: readonly string[];
  /** Hides the API key in a line. */
  redact: (text: string) => string;
}

/** How an interrupted run ended. */
export interface Interruption {
  /** The abort's reason (`stopped by SIGINT`). */
  reason: unknown;
  /** Customers without a complete file, in the order given. */
  incomplete: string[];
  /** The command that finishes the run, when it can be resumed. */
  resumeCommand: string | undefined;
}

/** The end of a run. */
export interface Summary {
  exported: number;
  skipped: number;
  failed: number;
  logs: number;
  /** Customers whose history moved during a walk and were walked again. */
  rewalked: number;
  /** Customers whose last walk was kept although their history moved (--keep-last-walk). */
  kept: number;
  interrupted: Interruption | undefined;
}

/** Receives the export's events. */
export interface Reporter {
  /** A customer's walk began. */
  started(customerId: string): void;
  /** A customer's history moved: walk number `walk` begins after a pause. */
  rewalk(customerId: string, walk: number, what: string): void;
  /** The customer's counts start again (a new walk). */
  restarted(customerId: string): void;
  /** A page said the customer has `totalCount` logs (a page of its walk, or a look at its size before it starts). */
  total(customerId: string, totalCount: number): void;
  /** Whether the display uses the sizes of customers not started yet (so whether to look them up). */
  readonly wantsSizes: boolean;
  /** `count` more logs of the customer were written. */
  fetched(customerId: string, count: number): void;
  /** What the customer waits for (`page 3: 429, retrying in 20 s`), or undefined once it goes on. */
  waiting(customerId: string, status: string | undefined): void;
  exported(customerId: string, logs: number, where: string): void;
  skipped(customerId: string, where: string): void;
  /** Always printed, even with --quiet; `hint` says what the user can do. */
  failed(customerId: string, error: unknown, hint?: string): void;
  /** Printed unless --quiet (a contract violation in `--validate warn`, a lock taken over). */
  warn(line: string): void;
  finish(summary: Summary): void;
}

/** A customer id as printed: as is when plain, JSON-quoted when it holds spaces, quotes or control characters. */
export const show = (customerId: string): string =>
  /^[\x21-\x7e]+$/.test(customerId) && !customerId.includes('"') ? customerId : JSON.stringify(customerId);

/** Why a page is tried again, in a few words: `429`, `503`, `NetworkError connect`. */
export function describeCause(error: unknown): string {
  if (isApiError(error)) return String(error.status);
  if (isNetworkError(error)) return `${error.name} ${error.reason}`;
  return describeError(error).split(":")[0] as string;
}

/** A wait in words: `20 s`, `0.4 s`. */
export const waitWords = (ms: number): string => (ms >= 10_000 ? `${Math.round(ms / 1000)} s` : seconds(ms));

// One line: no newline or control character of a server's text can break the one-line-per-event promise.
const oneLine = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, " ")
    .trim()
    .slice(0, 2000);

// Width of a bar, in characters.
const BAR = 24;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function duration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  const s = Math.round(ms / 1000);
  return s < 60
    ? `${s}s`
    : s < 3600
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`
      : `${(s / 3600).toFixed(1)}h`;
}

interface Customer {
  startedAt: number;
  total: number | undefined;
  fetched: number;
  status: string | undefined;
}

// A bar line: `name ████░░░ 12/40 logs | 5 logs/s | ETA 6s` (or the customer's status in place of the rate and ETA).
function barLine(name: string, fetched: number, total: number | undefined, tail: string): string {
  const filled = total ? Math.min(BAR, Math.round((fetched / total) * BAR)) : 0;
  return ` ${name.padEnd(20)} ${"█".repeat(filled)}${"░".repeat(BAR - filled)} ${fetched}/${total ?? "?"} logs | ${tail}`;
}

/** The reporter for these options: live bars when stderr is a terminal, lines otherwise, errors only when quiet. */
export function createReporter({ stderr, quiet, customers: ids, redact }: ReporterOptions): Reporter {
  const startedAt = performance.now();
  const customers = ids.length;
  const live = new Map<string, Customer>();
  // The last totalCount seen of each customer not done yet.
  const sizes = new Map<string, number>();
  const finishedIds = new Set<string>();
  let done = 0;
  // Logs of the customers done: what they count for in the overall total.
  let doneFetched = 0;
  const tty = !quiet && stderr.isTTY === true;
  // Lines of the live display now on screen.
  let drawn = 0;
  const clear = () => {
    // Up to the display's first line, then erase to the end of the screen.
    if (drawn) stderr.write(`\r\x1b[${drawn}A\x1b[J`);
    drawn = 0;
  };
  const rate = (count: number, since: number) => count / Math.max((performance.now() - since) / 1000, 0.001);
  const frame = (): string[] => {
    const lines: string[] = [];
    let fetched = doneFetched;
    let total = doneFetched;
    let known = true;
    for (const id of ids) {
      if (finishedIds.has(id)) continue;
      const size = sizes.get(id);
      if (size === undefined) known = false;
      else total += size;
    }
    for (const [id, customer] of live) {
      fetched += customer.fetched;
      const r = rate(customer.fetched, customer.startedAt);
      const left = customer.total === undefined ? "?" : duration(((customer.total - customer.fetched) / r) * 1000);
      lines.push(
        barLine(
          show(id).slice(0, 36),
          customer.fetched,
          customer.total,
          customer.status ?? `${r.toFixed(0)} logs/s | ETA ${left}`,
        ),
      );
    }
    // The overall size once every customer's page 1 is in (the walk's, or a look before it starts), never a guess.
    const r = rate(fetched, startedAt);
    const left = known ? duration(((total - fetched) / r) * 1000) : "?";
    lines.unshift(
      barLine(
        `all (${done}/${customers} customers)`,
        fetched,
        known ? total : undefined,
        `${r.toFixed(0)} logs/s | ETA ${left}`,
      ),
    );
    return lines;
  };
  const draw = () => {
    clear();
    const width = stderr.columns || Infinity;
    // Each line shorter than the terminal, so none wraps and `drawn` is the number of lines to go back up.
    const lines = frame().map((line) => [...line].slice(0, Math.max(width - 1, 1)).join(""));
    stderr.write(`${lines.join("\n")}\n`);
    drawn = lines.length;
  };
  const print = (line: string) => {
    clear();
    stderr.write(`${oneLine(redact(line))}\n`);
  };
  let finished = false;
  const timer = tty ? setInterval(draw, 100) : undefined;
  timer?.unref();
  const end = (customerId: string) => {
    doneFetched += live.get(customerId)?.fetched ?? 0;
    live.delete(customerId);
    finishedIds.add(customerId);
    sizes.delete(customerId);
    done += 1;
  };

  return {
    wantsSizes: tty,
    started(customerId) {
      live.set(customerId, { startedAt: performance.now(), total: undefined, fetched: 0, status: undefined });
    },
    rewalk(customerId, walk, what) {
      if (!quiet) print(`walking ${show(customerId)} again (walk ${walk}): its history moved (${what})`);
    },
    restarted(customerId) {
      const customer = live.get(customerId);
      if (customer) Object.assign(customer, { startedAt: performance.now(), total: undefined, fetched: 0 });
    },
    total(customerId, totalCount) {
      if (finishedIds.has(customerId)) return;
      sizes.set(customerId, totalCount);
      const customer = live.get(customerId);
      if (customer) customer.total = totalCount;
    },
    fetched(customerId, count) {
      const customer = live.get(customerId);
      if (customer) customer.fetched += count;
    },
    waiting(customerId, status) {
      const customer = live.get(customerId);
      if (customer) customer.status = status;
      if (status !== undefined && !quiet && !tty) print(`waiting ${show(customerId)}: ${status}`);
    },
    exported(customerId, logs, where) {
      const customer = live.get(customerId);
      end(customerId);
      if (!quiet && !tty)
        print(
          `exported ${show(customerId)}: ${logs} logs to ${where} in ${seconds(performance.now() - (customer?.startedAt ?? startedAt))}`,
        );
    },
    skipped(customerId, where) {
      end(customerId);
      if (!quiet && !tty) print(`skipped ${show(customerId)}: ${where} is complete (--resume)`);
    },
    failed(customerId, error, hint) {
      end(customerId);
      print(`failed ${show(customerId)}: ${describeError(error)}${hint ? ` (${hint})` : ""}`);
    },
    warn(line) {
      if (!quiet) print(`warning: ${line}`);
    },
    finish({ exported, skipped, failed, logs, rewalked, kept, interrupted }) {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      clear();
      const took = seconds(performance.now() - startedAt);
      const of = `${customers} customer${customers === 1 ? "" : "s"}`;
      if (interrupted) {
        // Said even with --quiet: the user asked it to stop and must know what is complete.
        const why = interrupted.reason instanceof Error ? interrupted.reason.message : "stopped";
        const left = interrupted.incomplete;
        print(
          `interrupted (${why}): ${customers - left.length} of ${of} complete, ${left.length} not (${left.slice(0, 5).map(show).join(", ")}${left.length > 5 ? ", …" : ""}); no partial file is left`,
        );
        if (left.length)
          print(
            interrupted.resumeCommand
              ? `to finish: ${interrupted.resumeCommand}`
              : "to finish: run the command again (stdout cannot be resumed)",
          );
        return;
      }
      if (quiet) return;
      const parts = [
        `${exported} exported`,
        skipped && `${skipped} skipped`,
        failed && `${failed} failed`,
        rewalked && `${rewalked} walked again after their history moved`,
        kept && `${kept} kept although their history moved`,
      ].filter(Boolean);
      print(`done: ${of} (${parts.join(", ")}), ${logs} logs in ${took}`);
    },
  };
}
