// The fleet bench (`npx tsx scripts/bench/fleet.ts`, also test/redis-fleet.test.ts): four worker processes walk
// histories with one API key against a local upstream that enforces the vendor's limit per key (15 calls per rolling
// second, 300 per rolling minute, 429 beyond), once on one shared Redis budget and once each on its own in-process
// limiter. It prints the 429s of each run and the share of the calls the vendor allows in that time that the fleet got.
// `--seconds N` changes the length of each run (default 20), `--workers N` the number of processes (default 4).
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { compileForNode } from "../compile.ts";
import { DEFAULT_RATE_LIMIT } from "../../src/core/defaults.ts";
import { makeActivityLogsResponse, makeApiErrorBody } from "../../src/mock/factories.ts";
import { pageOf } from "../../src/model/pages.ts";
import { ROOT } from "../generated-file.ts";
import { isMain } from "../is-main.ts";
import { listenLocally } from "../listen.ts";
import { startRedis } from "../redis-server.ts";
import { makeLogs } from "./pages.ts";
import type { WorkerConfig, WorkerReport } from "./fleet-worker.ts";

/** Logs in every customer's history, and the page size the workers walk it with. */
export const HISTORY_LOGS = 200;
export const PAGE_LIMIT = 10;

/** The upstream: what it answered so far. */
export interface LimitedUpstream {
  url: string;
  /** Calls answered 200 and 429, over every key. */
  readonly accepted: number;
  readonly rejected: number;
  /** Forgets the counts and the windows. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * A mock of the API that enforces `perSecond` calls per rolling second and `perMinute` per rolling minute for each
 * `Authorization` header (a call is counted when it is accepted), answering 429 with `Retry-After: 1` beyond.
 * Every customer has the same history of {@link HISTORY_LOGS} logs.
 */
export async function startLimitedUpstream({
  perSecond = DEFAULT_RATE_LIMIT.perSecond,
  perMinute = DEFAULT_RATE_LIMIT.perMinute,
} = {}): Promise<LimitedUpstream> {
  const logs = makeLogs(HISTORY_LOGS);
  const pages = new Map<string, string>();
  const tooMany = JSON.stringify(makeApiErrorBody(429));
  let windows = new Map<string, number[]>();
  let accepted = 0;
  let rejected = 0;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // The monotonic clock: a window must not move with the wall clock.
    const now = performance.now();
    const key = req.headers.authorization ?? "";
    let starts = windows.get(key);
    if (!starts) windows.set(key, (starts = []));
    while (starts.length && (starts[0] as number) <= now - 60_000) starts.shift();
    let lastSecond = 0;
    for (let i = starts.length - 1; i >= 0 && (starts[i] as number) > now - 1000; i--) lastSecond++;
    if (lastSecond >= perSecond || starts.length >= perMinute) {
      rejected++;
      res.writeHead(429, { "content-type": "application/json", "retry-after": "1" }).end(tooMany);
      return;
    }
    starts.push(now);
    accepted++;
    const url = new URL(req.url ?? "/", "http://upstream");
    const currentPage = Number(url.searchParams.get("currentPage") ?? 1);
    const limit = Number(url.searchParams.get("limit") ?? PAGE_LIMIT);
    const cacheKey = `${currentPage}/${limit}`;
    let body = pages.get(cacheKey);
    if (body === undefined)
      pages.set(
        cacheKey,
        (body = JSON.stringify(
          makeActivityLogsResponse(pageOf(logs, currentPage, limit), { totalCount: logs.length }),
        )),
      );
    res.writeHead(200, { "content-type": "application/json" }).end(body);
  };
  const { url, close } = await listenLocally(createServer(handle));
  return {
    url,
    get accepted() {
      return accepted;
    },
    get rejected() {
      return rejected;
    },
    reset() {
      windows = new Map();
      accepted = rejected = 0;
    },
    close,
  };
}

/** The most calls the vendor's limit allows in `ms` from a standing start: a full second's worth each second, capped per minute. */
export function allowedCalls(
  ms: number,
  { perSecond, perMinute }: { perSecond: number; perMinute: number } = DEFAULT_RATE_LIMIT,
): number {
  return Math.min(perSecond * Math.ceil(ms / 1000), perMinute * Math.ceil(ms / 60_000));
}

/** One run of the fleet. */
export interface FleetRun {
  mode: "redis" | "in-process";
  workers: number;
  durationMs: number;
  /** Calls the upstream accepted and answered 429. */
  accepted: number;
  rejected: number;
  /** `accepted` over {@link allowedCalls} of the run's length. */
  share: number;
  reports: WorkerReport[];
}

let compiled: Promise<string> | undefined;
// Compiled once like a user's build (tsx would wrap every closure; it also starts slower in each process).
function compileWorker(): Promise<string> {
  const outfile = `${ROOT}.bench/fleet-worker.mjs`;
  compiled ??= compileForNode("scripts/bench/fleet-worker.ts", outfile);
  return compiled;
}

/** Options of {@link runFleet}. */
export interface FleetOptions {
  upstream: LimitedUpstream;
  /** Shared budget on this Redis; without it every worker uses its own in-process limiter. */
  redisUrl?: string | undefined;
  workers?: number;
  durationMs?: number;
}

/** Starts the workers, lets them walk together for `durationMs` and collects what they and the upstream counted. */
export async function runFleet({
  upstream,
  redisUrl,
  workers = 4,
  durationMs = 20_000,
}: FleetOptions): Promise<FleetRun> {
  const worker = await compileWorker();
  upstream.reset();
  const budget = `fleet-${process.pid}-${Date.now()}`;
  const children = Array.from({ length: workers }, (_, id) => {
    const config: WorkerConfig = {
      id,
      baseUrl: upstream.url,
      apiKey: "sk_fleet_bench_key",
      redisUrl,
      budget,
      durationMs,
      limit: PAGE_LIMIT,
    };
    const child = spawn(process.execPath, [worker, JSON.stringify(config)], {
      cwd: ROOT,
      stdio: ["pipe", "pipe", "inherit"],
    });
    let output = "";
    const lines: string[] = [];
    const waiters: (() => void)[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      let newline: number;
      while ((newline = output.indexOf("\n")) >= 0) {
        lines.push(output.slice(0, newline));
        output = output.slice(newline + 1);
        for (const wake of waiters.splice(0)) wake();
      }
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const line = async (index: number): Promise<string> => {
      while (lines.length <= index) {
        const more = new Promise<void>((resolve) => waiters.push(resolve));
        const code = await Promise.race([more.then(() => undefined), exited]);
        if (code !== undefined && lines.length <= index) throw new Error(`fleet worker ${id} exited with ${code}`);
      }
      return lines[index] as string;
    };
    return { child, line, exited };
  });
  try {
    await Promise.all(children.map((c) => c.line(0)));
    upstream.reset();
    for (const { child } of children) child.stdin.end("go\n");
    const reports = await Promise.all(children.map(async (c) => JSON.parse(await c.line(1)) as WorkerReport));
    const { accepted, rejected } = upstream;
    return {
      mode: redisUrl ? "redis" : "in-process",
      workers,
      durationMs,
      accepted,
      rejected,
      share: accepted / allowedCalls(durationMs),
      reports,
    };
  } finally {
    for (const { child } of children) child.kill();
    await Promise.all(children.map((c) => c.exited));
  }
}

/** One line of the bench's table. */
export function fleetLine(run: FleetRun): string {
  const failed = run.reports.reduce((n, r) => n + Object.values(r.failures).reduce((a, b) => a + b, 0), 0);
  const limiter = run.mode === "redis" ? "one shared Redis budget" : "an in-process limiter each";
  return (
    `| ${run.workers} processes, ${limiter} | ${run.rejected} | ${run.accepted} | ` +
    `${(run.share * 100).toFixed(1)}% | ${failed} |`
  );
}

/**
 * The bench: a run on one Redis budget and a run on in-process limiters, side by side; prints their table and returns
 * whether the shared run drew no 429.
 */
export async function benchFleet({ seconds = 20, workers = 4 } = {}): Promise<boolean> {
  const durationMs = seconds * 1000;
  const redis = await startRedis();
  const upstream = await startLimitedUpstream();
  try {
    const shared = await runFleet({ upstream, redisUrl: redis.url, workers, durationMs });
    const own = await runFleet({ upstream, workers, durationMs });
    console.log(
      `\nFleet: ${workers} processes, one API key, ${seconds} s per run, against an upstream enforcing 15 calls per ` +
        `rolling second and 300 per rolling minute (${allowedCalls(durationMs)} calls allowed in that time)\n`,
    );
    console.log("| fleet | 429s | calls accepted | of the allowed | calls failed for good |");
    console.log("| --- | ---: | ---: | ---: | ---: |");
    console.log(fleetLine(shared));
    console.log(fleetLine(own));
    return shared.rejected === 0;
  } finally {
    await upstream.close();
    await redis.stop();
  }
}

// Not when bundled into `npm run bench` (scripts/bench-compiled.ts), where this module shares the entry's URL.
if (isMain(import.meta.url) && import.meta.url.endsWith("/fleet.ts")) {
  const { values } = parseArgs({ options: { seconds: { type: "string" }, workers: { type: "string" } } });
  const ok = await benchFleet({
    seconds: Number(values.seconds ?? 20) || 20,
    workers: Number(values.workers ?? 4) || 4,
  });
  if (!ok) process.exitCode = 1;
}
