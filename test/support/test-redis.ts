// Test-only: a real redis-server for a test file (scripts/redis-server.ts: 127.0.0.1, a free port, a temporary
// directory), its clients and a Redis limiter per test on a budget of its own.
import Redis from "ioredis";
import { afterAll, afterEach, beforeAll } from "vitest";
import type { RateLimiter } from "../../src/index.ts";
import { createRedisRateLimiter, type RedisRateLimiterOptions } from "../../src/redis.ts";
import { startRedis, type TestRedis } from "../../scripts/redis-server.ts";

/** A test file's Redis: see {@link useTestRedis}. */
export interface FileRedis {
  /** The running server (started before the file's tests, stopped after them). */
  readonly server: TestRedis;
  /** A client of the server; errors while it is down are expected (the limiter counts them), so none is thrown. */
  connect(): Redis;
  /** Resolves once `redis` is connected. */
  ready(redis: Redis): Promise<unknown>;
  /** A budget name no other test of the file uses: `prefix-N`. */
  budget(prefix?: string): string;
  /** Disconnects `redis` (a client made by hand) after the test, as {@link FileRedis.connect}'s clients are. */
  disconnectAfter(redis: Redis): Redis;
  /** A limiter on `redis` with a budget no other test shares. */
  limiter(redis: Redis, options?: Partial<RedisRateLimiterOptions>): RateLimiter;
}

/** Starts a redis-server before the file's tests and stops it after; each test's clients disconnect after it. */
export function useTestRedis(): FileRedis {
  let running: TestRedis | undefined;
  const clients: Redis[] = [];
  let budgets = 0;
  beforeAll(async () => {
    running = await startRedis();
  }, 30_000);
  afterEach(() => {
    for (const redis of clients.splice(0)) redis.disconnect();
  });
  afterAll(async () => {
    await running?.stop();
  });
  const server = () => {
    if (!running) throw new Error("useTestRedis: the server starts in beforeAll");
    return running;
  };
  const disconnectAfter = (redis: Redis) => {
    clients.push(redis);
    return redis;
  };
  const budget = (prefix = "test") => `${prefix}-${++budgets}`;
  return {
    get server() {
      return server();
    },
    connect() {
      const redis = new Redis(server().port, "127.0.0.1");
      redis.on("error", () => {});
      return disconnectAfter(redis);
    },
    ready: (redis) =>
      redis.status === "ready" ? Promise.resolve() : new Promise((resolve) => redis.once("ready", resolve)),
    budget,
    disconnectAfter,
    limiter: (redis, options = {}) =>
      createRedisRateLimiter({ redis, budget: budget(), onFallback: () => {}, ...options }),
  };
}

/** Asks `wait` for a slot, then aborts the ask after `ms`: true when the call was still held by then. */
export async function heldFor(wait: RateLimiter, ms: number): Promise<boolean> {
  const controller = new AbortController();
  const outcome = wait.acquire(controller.signal).then(
    () => "granted",
    () => "held",
  );
  setTimeout(() => controller.abort(new Error("checked")), ms);
  return (await outcome) === "held";
}
