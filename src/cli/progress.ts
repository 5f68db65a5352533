// What the export tells on stderr: a live display on a terminal (cli-progress), one line per finished customer
// otherwise, only errors with --quiet. Every line goes through the key's redaction.
import { MultiBar, type SingleBar } from "cli-progress";
import { describeError } from "./describe-error.ts";

/** Where and how to report. */
export interface ReporterOptions {
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  quiet: boolean;
  /** Number of customers of the run. */
  customers: number;
  /** Hides the API key in a line. */
  redact: (text: string) => string;
}

/** The end of a run. */
export interface Summary {
  exported: number;
  skipped: number;
  failed: number;
  logs: number;
}

/** Receives the export's events. */
export interface Reporter {
  /** A customer's walk began. */
  started(customerId: string): void;
  /** A page said the customer has `totalCount` logs. */
  total(customerId: string, totalCount: number): void;
  /** `count` more logs of the customer were written. */
  fetched(customerId: string, count: number): void;
  exported(customerId: string, logs: number, where: string): void;
  skipped(customerId: string, where: string): void;
  /** Always printed, even with --quiet. */
  failed(customerId: string, error: unknown): void;
  /** Printed unless --quiet (a contract violation in `--validate warn`). */
  warn(line: string): void;
  finish(summary: Summary): void;
}

/** A customer id as printed: as is when plain, JSON-quoted when it holds spaces, quotes or control characters. */
export const show = (customerId: string): string =>
  /^[\x21-\x7e]+$/.test(customerId) && !customerId.includes('"') ? customerId : JSON.stringify(customerId);

// One line: no newline or control character of a server's text can break the one-line-per-event promise.
const oneLine = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, " ")
    .trim()
    .slice(0, 500);

// Width of a bar, in characters.
const BAR = 24;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function duration(ms: number): string {
  if (!Number.isFinite(ms)) return "?";
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
  bar?: SingleBar;
}

/** The reporter for these options: live bars when stderr is a terminal, lines otherwise, errors only when quiet. */
export function createReporter({ stderr, quiet, customers, redact }: ReporterOptions): Reporter {
  const startedAt = Date.now();
  const live = new Map<string, Customer>();
  let done = 0;
  let fetched = 0;
  let knownTotal = 0;
  let knownCustomers = 0;
  // Customers done (skipped, or failed) before their size was known: not guessed at.
  let doneUnknown = 0;
  const tty = !quiet && stderr.isTTY === true;
  const bars = tty
    ? new MultiBar({
        stream: stderr,
        // Drawn here rather than by a format string: a size not known yet shows as "?", not as a full bar of 0/0.
        format: (_options, { value, total }, payload: { name: string; rate: string; left: string; known: boolean }) => {
          const filled = payload.known && total > 0 ? Math.min(BAR, Math.round((value / total) * BAR)) : 0;
          const size = payload.known ? String(total) : "?";
          return ` ${payload.name.padEnd(20)} ${"█".repeat(filled)}${"░".repeat(BAR - filled)} ${value}/${size} logs | ${payload.rate} logs/s | ETA ${payload.left}`;
        },
        hideCursor: true,
        clearOnComplete: true,
        fps: 10,
      })
    : undefined;
  const overall = bars?.create(0, 0, { name: `all (0/${customers} customers)`, rate: "0", left: "?", known: false });
  let drawing = bars !== undefined;
  const print = (line: string) => {
    const text = `${oneLine(redact(line))}\n`;
    // Above the bars while they are drawn.
    if (drawing) bars?.log(text);
    else stderr.write(text);
  };
  const rate = (count: number, since: number) => count / Math.max((Date.now() - since) / 1000, 0.001);
  const timer = bars
    ? setInterval(() => {
        for (const [id, customer] of live) {
          const r = rate(customer.fetched, customer.startedAt);
          customer.bar?.setTotal(customer.total ?? 0);
          customer.bar?.update(customer.fetched, {
            rate: r.toFixed(0),
            left: customer.total === undefined ? "?" : duration(((customer.total - customer.fetched) / r) * 1000),
            name: show(id).slice(0, 36),
            known: customer.total !== undefined,
          });
        }
        // Customers not started yet are guessed at the mean size of those whose size is known.
        const mean = knownCustomers ? knownTotal / knownCustomers : 0;
        const expected = knownTotal + mean * (customers - knownCustomers - doneUnknown);
        const r = rate(fetched, startedAt);
        overall?.setTotal(Math.round(expected));
        overall?.update(fetched, {
          name: `all (${done}/${customers} customers)`,
          rate: r.toFixed(0),
          left: knownCustomers ? duration(((expected - fetched) / r) * 1000) : "?",
          known: knownCustomers > 0,
        });
      }, 100)
    : undefined;
  timer?.unref();
  const end = (customerId: string) => {
    const customer = live.get(customerId);
    if (customer?.total === undefined) doneUnknown += 1;
    if (customer?.bar) bars?.remove(customer.bar);
    live.delete(customerId);
    done += 1;
  };

  return {
    started(customerId) {
      const customer: Customer = { startedAt: Date.now(), total: undefined, fetched: 0 };
      if (bars)
        customer.bar = bars.create(0, 0, { name: show(customerId).slice(0, 36), rate: "0", left: "?", known: false });
      live.set(customerId, customer);
    },
    total(customerId, totalCount) {
      const customer = live.get(customerId);
      if (!customer) return;
      if (customer.total === undefined) knownCustomers += 1;
      knownTotal += totalCount - (customer.total ?? 0);
      customer.total = totalCount;
    },
    fetched(customerId, count) {
      fetched += count;
      const customer = live.get(customerId);
      if (customer) customer.fetched += count;
    },
    exported(customerId, logs, where) {
      const customer = live.get(customerId);
      end(customerId);
      if (!quiet && !tty)
        print(
          `exported ${show(customerId)}: ${logs} logs to ${where} in ${seconds(Date.now() - (customer?.startedAt ?? startedAt))}`,
        );
    },
    skipped(customerId, where) {
      done += 1;
      doneUnknown += 1;
      if (!quiet && !tty) print(`skipped ${show(customerId)}: ${where} is complete (--resume)`);
    },
    failed(customerId, error) {
      end(customerId);
      print(`failed ${show(customerId)}: ${describeError(error)}`);
    },
    warn(line) {
      if (!quiet) print(`warning: ${line}`);
    },
    finish({ exported, skipped, failed, logs }) {
      clearInterval(timer);
      // A line logged since the last frame is written by the next frame only: draw one before clearing the bars.
      bars?.update();
      bars?.stop();
      drawing = false;
      if (quiet) return;
      const parts = [`${exported} exported`, skipped && `${skipped} skipped`, failed && `${failed} failed`].filter(
        Boolean,
      );
      print(
        `done: ${customers} customer${customers === 1 ? "" : "s"} (${parts.join(", ")}), ${logs} logs in ${seconds(Date.now() - startedAt)}`,
      );
    },
  };
}
