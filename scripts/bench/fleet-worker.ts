// One process of the fleet bench (scripts/bench/fleet.ts compiles and starts it): a client walking customer histories
// against the rate-limited upstream, on the shared Redis budget or on its own in-process limiter. It prints "ready",
// starts on "go" (a line on stdin), stops when its time is up and prints its counts as one JSON line.
import { createInterface } from "node:readline";
import Redis from "ioredis";
import { createActivityLogsClient, type RateLimiter } from "../../src/index.ts";
import { createRedisRateLimiter } from "../../src/redis.ts";

/** What a worker is told, as JSON in its first argument. */
export interface WorkerConfig {
  /** The worker's number, part of the customer ids it walks. */
  id: number;
  baseUrl: string;
  apiKey: string;
  /** The shared budget on this Redis; without it the worker uses the client's in-process limiter. */
  redisUrl?: string | undefined;
  budget: string;
  durationMs: number;
  /** Page size of the walks. */
  limit: number;
}

/** What a worker prints when it is done. */
export interface WorkerReport {
  id: number;
  /** Logs received, walks finished, calls failed for good (by error name), fallbacks to the in-process limiter. */
  logs: number;
  walks: number;
  failures: Record<string, number>;
  fallbacks: number;
}

const config = JSON.parse(process.argv[2] ?? "{}") as WorkerConfig;
let fallbacks = 0;
const redis = config.redisUrl ? new Redis(config.redisUrl) : undefined;
// The bench counts fallbacks itself; ioredis would print every failed reconnection otherwise.
redis?.on("error", () => {});
let rateLimit: RateLimiter | undefined;
if (redis) {
  await new Promise((resolve) => redis.once("ready", resolve));
  rateLimit = createRedisRateLimiter({ redis, budget: config.budget, onFallback: () => fallbacks++ });
}
const client = createActivityLogsClient({
  apiKey: config.apiKey,
  baseUrl: config.baseUrl,
  ...(rateLimit && { rateLimit }),
});

const lines = createInterface({ input: process.stdin });
console.log("ready");
await new Promise<void>((resolve) => lines.once("line", () => resolve()));
lines.close();

const controller = new AbortController();
const timer = setTimeout(() => controller.abort(new Error("time is up")), config.durationMs);
const report: WorkerReport = { id: config.id, logs: 0, walks: 0, failures: {}, fallbacks: 0 };
for (let walk = 0; !controller.signal.aborted; walk++) {
  try {
    const customerId = `fleet-${config.id}-${walk}`;
    for await (const log of client.iterateActivityLogs(customerId, { limit: config.limit, signal: controller.signal }))
      if (log) report.logs++;
    report.walks++;
  } catch (error) {
    if (controller.signal.aborted) break;
    const name = (error as Error)?.name ?? "unknown";
    report.failures[name] = (report.failures[name] ?? 0) + 1;
  }
}
clearTimeout(timer);
report.fallbacks = fallbacks;
console.log(JSON.stringify(report));
redis?.disconnect();
