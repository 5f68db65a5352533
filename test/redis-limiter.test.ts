// createRedisRateLimiter against a real redis-server this file starts (127.0.0.1, a free port, a temporary directory):
// the option checks, the keys it writes, an abort, and the faults that fall back within a timeout (Redis paused, never
// connected). The tests that wait out real windows are in test/integration/redis-limiter.test.ts.
import Redis from "ioredis";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createActivityLogsClient } from "../src/index.ts";
import { createRedisRateLimiter } from "../src/redis.ts";
import { heldFor, useTestRedis } from "./support/test-redis.ts";
import { startLimitedUpstream } from "../scripts/bench/fleet.ts";
import { closedPortUrl } from "./support/http-server.ts";

const testRedis = useTestRedis();
const { connect, ready, limiter } = testRedis;

describe("createRedisRateLimiter", () => {
  it("rejects at once a call whose signal has already aborted", async () => {
    const wait = limiter(connect());
    await expect(wait.acquire(AbortSignal.abort("already"))).rejects.toBe("already");
  });

  it("writes only its own keys, named after the budget, a second's slot held at most 1.15 s and a minute's over 55 s", async () => {
    const redis = connect();
    const apiKey = "sk_live_never_in_redis_0123456789";
    const upstream = await startLimitedUpstream();
    try {
      const client = createActivityLogsClient({
        apiKey,
        baseUrl: upstream.url,
        rateLimit: createRedisRateLimiter({ redis, budget: "team-export" }),
      });
      let logs = 0;
      for await (const _ of client.iterateActivityLogs("c-1", { limit: 50 })) logs += 1;
      expect(logs).toBeGreaterThan(0);
      const keys = await redis.keys("*team-export*");
      // The last calls' second slots, read at once: set with PX 1150, each has at most that left (rate-limiter-flexible's
      // own EX, in whole seconds, would give up to 2000).
      const seconds = await Promise.all(keys.filter((key) => key.includes(":second:")).map((key) => redis.pttl(key)));
      expect(keys.length).toBeGreaterThan(2);
      for (const key of keys) {
        expect(key).toMatch(/^compilot-activity-logs:team-export:(ticket|epoch|second:\d+|minute:\d+)$/);
      }
      expect(seconds.length).toBeGreaterThan(0);
      for (const ttl of seconds) {
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(1150);
      }
      expect(await redis.pttl("compilot-activity-logs:team-export:minute:1")).toBeGreaterThan(55_000);
    } finally {
      await upstream.close();
    }
  });

  describe("refuses bad options with a typed error naming the option", () => {
    const cases: [string, () => unknown, ErrorConstructor, string][] = [
      [
        "a node-redis-like client",
        () => createRedisRateLimiter({ redis: { isReady: true } as never, budget: "b" }),
        TypeError,
        "redis must be an ioredis client (Redis or Cluster)",
      ],
      [
        "an empty budget",
        () => createRedisRateLimiter({ redis: connect(), budget: "" }),
        TypeError,
        "budget must be 1 to 200 visible ASCII characters",
      ],
      [
        "a budget with a space",
        () => createRedisRateLimiter({ redis: connect(), budget: "my key" }),
        TypeError,
        "budget must be 1 to 200 visible ASCII characters",
      ],
      [
        "perSecond 0",
        () => createRedisRateLimiter({ redis: connect(), budget: "b", perSecond: 0 }),
        RangeError,
        "perSecond must be a positive integer",
      ],
      [
        "perMinute 1.5",
        () => createRedisRateLimiter({ redis: connect(), budget: "b", perMinute: 1.5 }),
        RangeError,
        "perMinute must be a positive integer",
      ],
      [
        "timeoutMs 0",
        () => createRedisRateLimiter({ redis: connect(), budget: "b", timeoutMs: 0 }),
        RangeError,
        "timeoutMs must be > 0 and < 2^31",
      ],
    ];
    for (const [name, make, type, message] of cases)
      it(name, () => {
        expect(make).toThrow(type);
        expect(make).toThrow(message);
      });
  });
});

describe("createRedisRateLimiter when Redis fails", () => {
  afterEach(async () => {
    // Every test leaves the server running for the next one.
    if (!testRedis.server.running()) await testRedis.server.restart();
  });

  it("sees a FLUSHALL as a lost budget: the next call is held, onBudgetLost is called once", async () => {
    const redis = connect();
    await ready(redis);
    const lost: number[] = [];
    const wait = limiter(redis, { onBudgetLost: ({ heldMs }) => lost.push(heldMs) });
    await wait.acquire();
    await redis.flushall();
    expect(await heldFor(wait, 500)).toBe(true);
    expect(await heldFor(wait, 200)).toBe(true);
    expect(lost).toHaveLength(1);
  });

  it("warns once per loss when no onBudgetLost is given", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const redis = connect();
      await ready(redis);
      const wait = limiter(redis);
      await wait.acquire();
      await redis.flushall();
      expect(await heldFor(wait, 300)).toBe(true);
      expect(await heldFor(wait, 100)).toBe(true);
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]?.[0])).toMatch(
        /^compilot-activity-logs: Redis lost the shared rate-limit budget .* holds its calls for 6[01] s$/,
      );
    } finally {
      warn.mockRestore();
    }
  });

  it("does not hang on a Redis that stops answering (paused): it falls back after timeoutMs", async () => {
    const redis = connect();
    await ready(redis);
    let fallbacks = 0;
    const wait = limiter(redis, { timeoutMs: 300, onFallback: () => fallbacks++ });
    await wait.acquire();
    await testRedis.server.pause();
    try {
      const started = Date.now();
      await wait.acquire();
      await wait.acquire();
      expect(Date.now() - started).toBeLessThan(1500);
      expect(fallbacks).toBe(1);
    } finally {
      await testRedis.server.resume();
    }
  });

  // A client of a port where nothing listens: its commands wait in ioredis's offline queue, reconnection after
  // reconnection.
  async function neverConnected(): Promise<Redis> {
    const port = Number(new URL(await closedPortUrl()).port);
    const redis = new Redis(port, "127.0.0.1", { lazyConnect: true, retryStrategy: () => 50 });
    redis.on("error", () => {});
    return testRedis.disconnectAfter(redis);
  }

  it("does not hang on a client that never connected (an offline queue): it falls back after timeoutMs", async () => {
    let fallbacks = 0;
    const wait = limiter(await neverConnected(), { timeoutMs: 200, onFallback: () => fallbacks++ });
    const started = Date.now();
    await wait.acquire();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(fallbacks).toBe(1);
  });

  it("warns once per outage when no onFallback is given", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const wait = createRedisRateLimiter({ redis: await neverConnected(), budget: "warned", timeoutMs: 100 });
      for (let i = 0; i < 3; i++) await wait.acquire();
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/^compilot-activity-logs: Redis is not answering/);
    } finally {
      warn.mockRestore();
    }
  });
});
