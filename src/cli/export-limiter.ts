// The one rate limiter of an export: every customer's requests go through one client, and so through its limiter.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { ActivityLogsClientOptions } from "../client/client.ts";
import type { RateLimit, RateLimiter } from "../limits/in-process.ts";
import { UsageError } from "./usage-error.ts";

/** What the limiter is made from. */
export interface LimiterOptions {
  /** Requests per second and per minute (`--rate-limit`). */
  rateLimit: RateLimit;
  /** `--redis URL`: share the budget with other processes. */
  redis: string | undefined;
  /** The API key: only a digest of it names the shared budget, the key itself never reaches Redis. */
  apiKey: string;
}

/** A limiter for the client, and how to release what it holds when the export ends. */
export interface Limiter {
  rateLimit: NonNullable<ActivityLogsClientOptions["rateLimit"]>;
  close(): Promise<void>;
}

interface RedisClient {
  on(event: "error", listener: (error: unknown) => void): unknown;
  quit(): Promise<unknown>;
  disconnect(): void;
}

/**
 * The limiter of the export's client: the client's own in-process limiter, shared by every customer of the run; with
 * `--redis`, one budget in Redis shared with every process that exports with the same key (`compilot-activity-logs/redis`).
 */
export function limiterFor(options: LimiterOptions, warn: (line: string) => void = () => {}): Limiter {
  if (options.redis === undefined) return { rateLimit: options.rateLimit, close: async () => {} };
  let Redis: new (url: string, options: object) => RedisClient;
  const load = createRequire(import.meta.url);
  try {
    // ioredis and rate-limiter-flexible are optional peers: loaded only for --redis, so the command runs without them.
    load.resolve("rate-limiter-flexible");
    const loaded = load("ioredis") as { default?: typeof Redis } & typeof Redis;
    Redis = loaded.default ?? loaded;
  } catch {
    throw new UsageError(
      "--redis needs the ioredis and rate-limiter-flexible packages: npm install ioredis rate-limiter-flexible",
    );
  }
  // The URL may hold a password: none of ioredis's messages about it are printed, the limiter's fallback says enough.
  const redis = new Redis(options.redis, { maxRetriesPerRequest: 1 });
  redis.on("error", () => {});
  // The budget is the key's: every export with the same key shares it. A digest names it; the key is never written.
  const budget = `export-${createHash("sha256").update(options.apiKey).digest("hex").slice(0, 16)}`;
  // The Redis limiter (./redis, which imports rate-limiter-flexible) is its own chunk, loaded by the first request.
  const loading = import("../limits/redis.ts").then(({ createRedisRateLimiter }) =>
    createRedisRateLimiter({
      redis: redis as never,
      budget,
      ...options.rateLimit,
      onFallback: () => warn("Redis is not answering: limiting this process on its own until it is back"),
      onBudgetLost: ({ heldMs }) =>
        warn(
          `Redis lost the shared budget (restarted, flushed or failed over): holding every call for ${Math.ceil(heldMs / 1000)} s, until the calls made before have left the minute window`,
        ),
    }),
  );
  // Its failure is the first request's.
  loading.catch(() => {});
  const rateLimit: RateLimiter = { acquire: async (signal) => (await loading).acquire(signal) };
  return {
    rateLimit,
    close: async () => {
      await Promise.race([redis.quit().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      redis.disconnect();
    },
  };
}
