// Aborting every wait of ours, whatever else listens to the caller's signal: a request in flight, the retry backoff,
// the in-process and the Redis rate-limit waits, and a walk. Each rejects with `signal.reason` within 100 ms of the
// abort. The signals are the ones callers hand us: one another listener was registered on first (Node gives
// `event.currentTarget` as `null` to every listener after the first, issue 22), one used with `events.once`, one passed
// to `stream.pipeline`, one from `AbortSignal.any`, and one aborted before the call. The export's Ctrl-C is tested as a
// child process with a real SIGINT in test/integration/export-abort.test.ts.
import { once } from "node:events";
import { PassThrough, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivityLogsClient, type ActivityLogsClientOptions, type ActivityLogsResponse } from "../src/index.ts";
import { createRedisRateLimiter } from "../src/redis.ts";
import { startRedis, type TestRedis } from "../scripts/redis-server.ts";

/** A caller's signal, and how the caller aborts it. */
interface CallerSignal {
  signal: AbortSignal;
  abort(reason: unknown): void;
}

const controlled = (setUp: (signal: AbortSignal) => void = () => {}): CallerSignal => {
  const controller = new AbortController();
  setUp(controller.signal);
  return { signal: controller.signal, abort: (reason) => controller.abort(reason) };
};

// The signals a caller may hand us, each with someone else on it first (or aborted before the call).
const SIGNALS: Record<string, (reason: unknown) => CallerSignal> = {
  "a signal with a plain listener registered first": () =>
    controlled((signal) => signal.addEventListener("abort", () => {})),
  "a signal with a { once: true } listener registered first": () =>
    controlled((signal) => signal.addEventListener("abort", () => {}, { once: true })),
  "a signal used with events.once": () => controlled((signal) => void once(signal, "abort").catch(() => {})),
  "a signal passed to stream.pipeline": () =>
    controlled((signal) => {
      // A pipeline that never ends on its own: only the abort stops it.
      const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
      pipeline(new PassThrough(), sink, { signal }).catch(() => {});
    }),
  "a signal from AbortSignal.any": () => {
    const controller = new AbortController();
    return { signal: AbortSignal.any([controller.signal]), abort: (reason) => controller.abort(reason) };
  },
  "a signal aborted before the call": (reason) => {
    const controller = new AbortController();
    controller.abort(reason);
    return { signal: controller.signal, abort: () => {} };
  },
};

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `wait` with `caller.signal`, lets it reach its wait (`ready`), aborts, and returns what it rejected with and
 * how long after the abort it did (a wait of ours lasts seconds at least: a `Infinity` means it never settled in 2 s).
 */
async function abortWhileWaiting(
  caller: CallerSignal,
  reason: unknown,
  wait: (signal: AbortSignal) => Promise<unknown>,
  ready: () => Promise<unknown>,
): Promise<{ rejection: unknown; ms: number }> {
  const settled = wait(caller.signal).then(
    () => ({ rejection: "resolved", at: performance.now() }),
    (rejection: unknown) => ({ rejection, at: performance.now() }),
  );
  if (!caller.signal.aborted) await Promise.race([ready(), settled]);
  const abortedAt = performance.now();
  caller.abort(reason);
  const outcome = await Promise.race([settled, delay(2000).then(() => ({ rejection: "still waiting", at: Infinity }))]);
  return { rejection: outcome.rejection, ms: Math.max(0, outcome.at - abortedAt) };
}

const page = (logs: number, totalCount: number): ActivityLogsResponse => ({
  totalCount,
  customerId: "c-1",
  activityLogs: Array.from({ length: logs }, (_, i) => ({ data: { data: { n: i } } })),
});
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** A fetch whose answers a test scripts; `calls` resolves each time it is called. */
function scriptedFetch(answer: (request: Request, call: number) => Response | "hang") {
  let calls = 0;
  let called: () => void = () => {};
  const fetch = (request: Request): Promise<Response> => {
    const result = answer(request, ++calls);
    called();
    if (result !== "hang") return Promise.resolve(result);
    // A server that never answers: only the request's own signal (our timeout or the caller's abort) ends it.
    return new Promise((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason)));
  };
  const nextCall = () => new Promise<void>((resolve) => (called = resolve));
  return { fetch, nextCall, count: () => calls };
}

const client = (options: ActivityLogsClientOptions) =>
  createActivityLogsClient({ apiKey: "sk_test_abort", rateLimit: false, timeoutMs: 60_000, ...options });

describe.each(Object.keys(SIGNALS))("with %s", (kind) => {
  const reason = new Error(`stopped (${kind})`);
  const caller = () => (SIGNALS[kind] as (reason: unknown) => CallerSignal)(reason);

  it("a request in flight rejects with signal.reason within 100 ms", async () => {
    const server = scriptedFetch(() => "hang");
    const called = server.nextCall();
    const outcome = await abortWhileWaiting(
      caller(),
      reason,
      (signal) => client({ fetch: server.fetch }).getActivityLogs("c-1", { signal }),
      () => called,
    );
    expect(outcome.rejection).toBe(reason);
    expect(outcome.ms).toBeLessThan(100);
  });

  it("the retry backoff after a 429 with Retry-After rejects with signal.reason within 100 ms, and retries nothing", async () => {
    const server = scriptedFetch(() =>
      json({ message: "slow down", code: "TOO_MANY_REQUESTS" }, 429, { "retry-after": "60" }),
    );
    const called = server.nextCall();
    const outcome = await abortWhileWaiting(
      caller(),
      reason,
      (signal) => client({ fetch: server.fetch, retry: { retries: 3 } }).getActivityLogs("c-1", { signal }),
      // The 429 is read, then the backoff starts.
      () => called.then(() => delay(50)),
    );
    expect(outcome.rejection).toBe(reason);
    expect(outcome.ms).toBeLessThan(100);
    await delay(50);
    expect(server.count()).toBe(SIGNALS[kind] === SIGNALS["a signal aborted before the call"] ? 0 : 1);
  });

  it("the in-process rate-limit wait rejects with signal.reason within 100 ms, and the call is never sent", async () => {
    const server = scriptedFetch(() => json(page(0, 0)));
    const limited = client({ fetch: server.fetch, rateLimit: { perSecond: 1, perMinute: 1 } });
    await limited.getActivityLogs("c-1");
    const outcome = await abortWhileWaiting(
      caller(),
      reason,
      (signal) => limited.getActivityLogs("c-1", { signal }),
      () => delay(50),
    );
    expect(outcome.rejection).toBe(reason);
    expect(outcome.ms).toBeLessThan(100);
    expect(server.count()).toBe(1);
  });

  it("a walk waiting for a page rejects with signal.reason within 100 ms", async () => {
    // Page 1 announces 10 logs in pages of 2; the pages after it never come.
    const server = scriptedFetch((request) =>
      new URL(request.url).searchParams.get("currentPage") === "1" ? json(page(2, 10)) : "hang",
    );
    const first = server.nextCall();
    const outcome = await abortWhileWaiting(
      caller(),
      reason,
      async (signal) => {
        for await (const _log of client({ fetch: server.fetch }).iterateActivityLogs("c-1", { signal, concurrency: 4 }))
          void _log;
      },
      () => first.then(() => delay(50)),
    );
    expect(outcome.rejection).toBe(reason);
    expect(outcome.ms).toBeLessThan(100);
  });
});

describe("the Redis rate-limit wait (a real redis-server)", () => {
  let server: TestRedis;
  const connections: Redis[] = [];
  let budgets = 0;
  beforeAll(async () => {
    server = await startRedis();
  }, 30_000);
  afterAll(async () => {
    for (const redis of connections) redis.disconnect();
    await server?.stop();
  });
  // A budget of one call a minute, its one call already taken: the next acquire waits the minute.
  async function spentLimiter() {
    const redis = new Redis(server.port, "127.0.0.1");
    redis.on("error", () => {});
    connections.push(redis);
    const limiter = createRedisRateLimiter({
      redis,
      budget: `abort-${++budgets}`,
      perSecond: 1,
      perMinute: 1,
      onFallback: (error) => {
        throw error;
      },
    });
    await limiter.acquire();
    return limiter;
  }

  describe.each(Object.keys(SIGNALS))("with %s", (kind) => {
    const reason = new Error(`stopped (${kind})`);
    const caller = () => (SIGNALS[kind] as (reason: unknown) => CallerSignal)(reason);

    it("acquire rejects with signal.reason within 100 ms", async () => {
      const limiter = await spentLimiter();
      const outcome = await abortWhileWaiting(
        caller(),
        reason,
        (signal) => limiter.acquire(signal),
        () => delay(100),
      );
      expect(outcome.rejection).toBe(reason);
      expect(outcome.ms).toBeLessThan(100);
    });

    it("a client call waiting on it rejects with signal.reason within 100 ms, and is never sent", async () => {
      const upstream = scriptedFetch(() => json(page(0, 0)));
      const limited = client({ fetch: upstream.fetch, rateLimit: await spentLimiter() });
      const outcome = await abortWhileWaiting(
        caller(),
        reason,
        (signal) => limited.getActivityLogs("c-1", { signal }),
        () => delay(100),
      );
      expect(outcome.rejection).toBe(reason);
      expect(outcome.ms).toBeLessThan(100);
      expect(upstream.count()).toBe(0);
    });
  });
});
