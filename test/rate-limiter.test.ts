// The rateLimit option given a RateLimiter of your own: asked before every attempt, its failure a typed error, an
// abort always the caller's reason and at once.
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  createActivityLogsClient,
  isRateLimiterError,
  RateLimiterError,
  type ActivityLogsClientOptions,
  type RateLimiter,
} from "../src/index.ts";

const KEY = "sk_live_limiter_test_key";
const page = { totalCount: 0, customerId: "c-1", activityLogs: [] };

function client(rateLimit: RateLimiter, overrides: ActivityLogsClientOptions = {}) {
  const sent: Request[] = [];
  const created = createActivityLogsClient({
    apiKey: KEY,
    retry: false,
    rateLimit,
    fetch: async (request) => {
      sent.push(request);
      return Response.json(page);
    },
    ...overrides,
  });
  return { client: created, sent };
}

describe("rateLimit: a RateLimiter", () => {
  it("is typed as { acquire(signal?): Promise<void> }", () => {
    expectTypeOf<RateLimiter["acquire"]>().toEqualTypeOf<(signal?: AbortSignal) => Promise<void>>();
    expectTypeOf<{ acquire: () => Promise<void> }>().toMatchTypeOf<ActivityLogsClientOptions["rateLimit"]>();
  });

  it("is asked before every attempt, with the call's signal, and the request waits for it", async () => {
    const signals: (AbortSignal | undefined)[] = [];
    let release = () => {};
    const limiter: RateLimiter = {
      acquire: (signal) => {
        signals.push(signal);
        return new Promise((resolve) => (release = resolve));
      },
    };
    const { client: c, sent } = client(limiter, {
      retry: { retries: 1, minDelayMs: 0, maxDelayMs: 0 },
      fetch: async (request) => {
        sent.push(request);
        return sent.length === 1 ? new Response("", { status: 503 }) : Response.json(page);
      },
    });
    const controller = new AbortController();
    const call = c.getActivityLogs("c-1", { signal: controller.signal });
    // Asked once the key finder has loaded (a dynamic import: no fixed delay covers it on a busy machine, and vitest's
    // 1 s default for waitFor lost to it under load).
    const patiently = { timeout: 20_000, interval: 10 };
    await vi.waitFor(() => expect(signals).toHaveLength(1), patiently);
    expect(sent).toHaveLength(0);
    release();
    // The 503 is retried: the second attempt asks again, and waits again.
    await vi.waitFor(() => expect(signals).toHaveLength(2), patiently);
    expect(sent).toHaveLength(1);
    release();
    await expect(call).resolves.toEqual(page);
    expect(signals).toEqual([controller.signal, controller.signal]);
  });

  it("fails the call with a RateLimiterError carrying the limiter's error, and sends nothing", async () => {
    const failure = new Error("limiter store down");
    const { client: c, sent } = client({ acquire: () => Promise.reject(failure) });
    const error = await c.getActivityLogs("c-1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimiterError);
    expect(isRateLimiterError(error)).toBe(true);
    expect(isRateLimiterError(failure)).toBe(false);
    expect((error as RateLimiterError).cause).toBe(failure);
    expect((error as RateLimiterError).message).toBe("The rate limiter failed: GET /customers/c-1/activity-logs");
    expect(JSON.stringify(error) + String(error)).not.toContain(KEY);
    expect(sent).toHaveLength(0);
  });

  it("turns a limiter that throws instead of rejecting into the same error", async () => {
    const { client: c } = client({
      acquire: () => {
        throw new Error("sync failure");
      },
    });
    await expect(c.getActivityLogs("c-1")).rejects.toSatisfy(isRateLimiterError);
  });

  it("does not retry a failed limiter", async () => {
    let asked = 0;
    const { client: c } = client(
      { acquire: () => (asked++, Promise.reject(new Error("down"))) },
      { retry: { retries: 3, minDelayMs: 0 } },
    );
    await expect(c.getActivityLogs("c-1")).rejects.toSatisfy(isRateLimiterError);
    expect(asked).toBe(1);
  });

  it("rejects with the caller's abort reason at once, even when the limiter ignores the signal", async () => {
    const { client: c, sent } = client({ acquire: () => new Promise(() => {}) });
    const controller = new AbortController();
    const call = c.getActivityLogs("c-1", { signal: controller.signal });
    const reason = new Error("user left");
    setTimeout(() => controller.abort(reason), 10);
    await expect(call).rejects.toBe(reason);
    expect(sent).toHaveLength(0);
  });

  it("gives the abort reason, not a RateLimiterError, when the limiter rejects because of the abort", async () => {
    const limiter: RateLimiter = {
      acquire: (signal) =>
        new Promise((_, reject) => signal?.addEventListener("abort", () => reject(new Error("limiter saw abort")))),
    };
    const { client: c } = client(limiter);
    const controller = new AbortController();
    const call = c.getActivityLogs("c-1", { signal: controller.signal });
    controller.abort("stop");
    await expect(call).rejects.toBe("stop");
  });

  it("refuses an object whose acquire is not a function, naming the option", () => {
    // @ts-expect-error: acquire must be a function
    const make = () => createActivityLogsClient({ rateLimit: { acquire: 1 } });
    expect(make).toThrow(TypeError);
    expect(make).toThrow("rateLimit.acquire must be a function");
  });
});
