// The one rate limiter of an export: every customer's requests go through one client, and so through its limiter.
import type { ActivityLogsClientOptions } from "../client.ts";
import type { RateLimit } from "../rate-limit.ts";
import { UsageError } from "./usage-error.ts";

/** What the limiter is made from. */
export interface LimiterOptions {
  /** Requests per second and per minute (`--rate-limit`). */
  rateLimit: RateLimit;
  /** `--redis URL`: share the budget with other processes. */
  redis: string | undefined;
}

/** A limiter for the client, and how to release what it holds when the export ends. */
export interface Limiter {
  rateLimit: NonNullable<ActivityLogsClientOptions["rateLimit"]>;
  close(): Promise<void>;
}

/** The limiter of the export's client: the client's own in-process limiter, shared by every customer of the run. */
export function limiterFor(options: LimiterOptions): Limiter {
  if (options.redis !== undefined)
    // TODO(issue 16, with the Redis limiter of `compilot-activity-logs/redis`): once both branches are merged, return
    // `{ rateLimit: createRedisRateLimiter({ redis: new Redis(options.redis), perSecond, perMinute, onFallback }),
    // close: () => redis.quit() }` here; nothing else of the command changes.
    throw new UsageError("--redis is not available in this build (the shared Redis rate limiter is not merged yet)");
  return { rateLimit: options.rateLimit, close: async () => {} };
}
