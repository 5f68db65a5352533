import { http, HttpResponse } from "msw";
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  ApiError,
  ContractError,
  NetworkError,
  TimeoutError,
  createActivityLogsClient,
  type ContractViolation,
  type ActivityLogsResponse,
  type NetworkErrorReason,
  type RetryOptions,
} from "../src/index.ts";
import { NETWORK_ERROR_REASONS } from "../src/core/errors.ts";
import { isRetryable, parseRetryAfter, retryDelay } from "../src/request/retry.ts";
import { followAbort, sleep } from "../src/core/abort.ts";
import { useMswServer } from "./support/msw-server.ts";

const ROUTE = "https://api.compilot.ai/customers/:customerId/activity-logs";
const page = { totalCount: 0, customerId: "c-1", activityLogs: [] } satisfies ActivityLogsResponse;
const url = "https://api.compilot.ai/customers/c-1/activity-logs";
const apiError = (status: number, retryAfterMs?: number) =>
  new ApiError({ status, body: "", method: "GET", url, retryAfterMs });

const contractError = (schema: ContractViolation["schema"], status: number, cause?: ApiError) =>
  new ContractError({ schema, method: "GET", url, status, issues: [], count: 0, message: "" }, cause && { cause });

describe("retry rules", () => {
  it("retries 408, 425, 429, 500, 502, 503, 504 and nothing else of 4xx and 5xx", () => {
    const retried = [];
    for (let status = 400; status < 600; status++) if (isRetryable(apiError(status))) retried.push(status);
    expect(retried).toEqual([408, 425, 429, 500, 502, 503, 504]);
  });

  it("retries network errors and timeouts, not aborts, contract errors or bugs", () => {
    expect(isRetryable(new NetworkError("reset", { method: "GET", url }))).toBe(true);
    expect(isRetryable(new TimeoutError(10, { method: "GET", url }))).toBe(true);
    expect(isRetryable(new DOMException("aborted", "AbortError"))).toBe(false);
    expect(isRetryable(new TypeError("x is not a function"))).toBe(false);
    expect(isRetryable("reason")).toBe(false);
    expect(isRetryable(contractError("ActivityLogsResponse", 200))).toBe(false);
  });

  it("retries a NetworkError as the table of reasons says: not refused, too-large or redirect", () => {
    const retried = Object.keys(NETWORK_ERROR_REASONS).filter((reason) =>
      isRetryable(new NetworkError(reason as NetworkErrorReason, { method: "GET", url })),
    );
    expect(retried).toEqual(["connect", "dns", "reset", "timeout", "network", "truncated", "invalid-json"]);
    expectTypeOf<keyof typeof NETWORK_ERROR_REASONS>().toEqualTypeOf<NetworkErrorReason>();
  });

  it("judges a strict client's ContractError for an error body by the ApiError that caused it, Retry-After included", () => {
    expect(isRetryable(contractError("ApiErrorBody", 503, apiError(503)))).toBe(true);
    expect(isRetryable(contractError("ApiErrorBody", 404, apiError(404)))).toBe(false);
    expect(retryDelay(0, contractError("ApiErrorBody", 429, apiError(429, 2000)), 500, 10_000)).toBe(2000);
  });

  it("waits a random time up to the exponential cap (full jitter)", () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    expect([0, 1, 2, 3, 10].map((attempt) => Math.round(retryDelay(attempt, apiError(503), 500, 3000)))).toEqual([
      500, 999, 1998, 2997, 2997,
    ]);
    vi.spyOn(Math, "random").mockReturnValue(0);
    expect(retryDelay(3, apiError(503), 500, 3000)).toBe(0);
    vi.restoreAllMocks();
  });

  it("waits what Retry-After asks, capped at maxDelayMs", () => {
    expect(retryDelay(0, apiError(429, 2000), 500, 10_000)).toBe(2000);
    expect(retryDelay(0, apiError(429, 3_600_000), 500, 10_000)).toBe(10_000);
    expect(retryDelay(0, apiError(429, 0), 500, 10_000)).toBe(0);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(" 0 ")).toBe(0);
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    expect(parseRetryAfter(inTwoSeconds)).toBeGreaterThan(500);
    expect(parseRetryAfter(inTwoSeconds)).toBeLessThanOrEqual(2000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).toBe(0);
    expect(parseRetryAfter("soon")).toBeUndefined();
    // RFC 9110 §5.6.7: the obsolete RFC 850 and asctime formats are HTTP dates too.
    expect(parseRetryAfter("Wednesday, 21-Oct-15 07:28:00 GMT")).toBe(0);
    expect(parseRetryAfter("Wed Oct 21 07:28:00 2015")).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("")).toBeUndefined();
  });

  it("reads anything else as no Retry-After (negative, fractional, signed or hex seconds, a bare date), so backoff applies", () => {
    for (const header of ["-5", "1.5", "+3", "0x10", "1e3", "2015-10-21", "3 seconds"])
      expect(parseRetryAfter(header), header).toBeUndefined();
  });

  it("followAbort passes the caller's abort reason on, at once when already aborted, and not after the undo", () => {
    const early = new AbortController();
    early.abort("before");
    const first = new AbortController();
    followAbort(early.signal, first);
    expect([first.signal.aborted, first.signal.reason]).toEqual([true, "before"]);

    const caller = new AbortController();
    const followed = new AbortController();
    const undone = new AbortController();
    followAbort(caller.signal, followed);
    followAbort(caller.signal, undone)();
    caller.abort("later");
    expect([followed.signal.aborted, followed.signal.reason]).toEqual([true, "later"]);
    expect(undone.signal.aborted).toBe(false);
  });

  it("sleep resolves after the delay", async () => {
    const started = Date.now();
    await sleep(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it("sleep rejects with the signal's reason as soon as it aborts, or at once when already aborted", async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort("stop"), 20);
    await expect(sleep(60_000, controller.signal)).rejects.toBe("stop");
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(sleep(60_000, AbortSignal.abort("already"))).rejects.toBe("already");
  });
});

describe("retries of getActivityLogs (msw)", () => {
  const server = useMswServer();

  // Answers the requests in turn with `replies`, then with the page.
  const replay = (...replies: Array<() => Response>) => {
    let calls = 0;
    server.use(http.get(ROUTE, () => replies[calls++]?.() ?? HttpResponse.json(page)));
    return () => calls;
  };
  const fast: RetryOptions = { retries: 2, minDelayMs: 1, maxDelayMs: 5 };
  const client = (retry: false | RetryOptions = fast) =>
    createActivityLogsClient({ apiKey: "k", rateLimit: false, retry });

  it("accepts false or partial retry settings", () => {
    expectTypeOf<{ retries: 1 }>().toMatchTypeOf<RetryOptions>();
    expectTypeOf(false as const).toMatchTypeOf<NonNullable<Parameters<typeof createActivityLogsClient>[0]>["retry"]>();
  });

  it("retries a 429 and returns the page that follows", async () => {
    const calls = replay(() =>
      HttpResponse.json({ message: "Too many requests", code: "TOO_MANY_REQUESTS" }, { status: 429 }),
    );
    await expect(client().getActivityLogs("c-1")).resolves.toEqual(page);
    expect(calls()).toBe(2);
  });

  for (const status of [408, 425, 500, 502, 503, 504]) {
    it(`retries a ${status}`, async () => {
      const calls = replay(() => new HttpResponse(null, { status }));
      await expect(client().getActivityLogs("c-1")).resolves.toEqual(page);
      expect(calls()).toBe(2);
    });
  }

  it("retries a network error", async () => {
    const calls = replay(() => HttpResponse.error());
    await expect(client().getActivityLogs("c-1")).resolves.toEqual(page);
    expect(calls()).toBe(2);
  });

  for (const status of [400, 401, 403, 404, 409, 422]) {
    it(`never retries a ${status}`, async () => {
      const calls = replay(() => HttpResponse.json({ message: "no", code: "X" }, { status }));
      await expect(client().getActivityLogs("c-1")).rejects.toMatchObject({ name: "ApiError", status });
      expect(calls()).toBe(1);
    });
  }

  it("gives up after `retries` retries with the last error", async () => {
    const unavailable = () => new HttpResponse("down", { status: 503 });
    const calls = replay(unavailable, unavailable, unavailable, unavailable);
    await expect(client().getActivityLogs("c-1")).rejects.toMatchObject({
      name: "ApiError",
      status: 503,
      body: "down",
    });
    expect(calls()).toBe(3);
  });

  it("does not retry with retry: false", async () => {
    const calls = replay(() => new HttpResponse(null, { status: 503 }));
    await expect(client(false).getActivityLogs("c-1")).rejects.toBeInstanceOf(ApiError);
    expect(calls()).toBe(1);
  });

  it("honours Retry-After in seconds", async () => {
    const calls = replay(() => new HttpResponse(null, { status: 429, headers: { "Retry-After": "1" } }));
    const started = Date.now();
    await client({ retries: 1, minDelayMs: 1, maxDelayMs: 5000 }).getActivityLogs("c-1");
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(calls()).toBe(2);
  });

  it("honours Retry-After as an HTTP date", async () => {
    const calls = replay(
      () =>
        new HttpResponse(null, { status: 503, headers: { "Retry-After": new Date(Date.now() + 1500).toUTCString() } }),
    );
    const started = Date.now();
    await client({ retries: 1, minDelayMs: 1, maxDelayMs: 5000 }).getActivityLogs("c-1");
    // HTTP dates have a one-second resolution.
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(calls()).toBe(2);
  });

  it("caps Retry-After at maxDelayMs", async () => {
    const calls = replay(() => new HttpResponse(null, { status: 429, headers: { "Retry-After": "3600" } }));
    const started = Date.now();
    await client({ retries: 1, minDelayMs: 1, maxDelayMs: 40 }).getActivityLogs("c-1");
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(35);
    expect(elapsed).toBeLessThan(1000);
    expect(calls()).toBe(2);
  });

  it("rejects at once with the caller's reason when the caller aborts during a backoff wait", async () => {
    const calls = replay(() => new HttpResponse(null, { status: 503, headers: { "Retry-After": "60" } }));
    const controller = new AbortController();
    const pending = client({ retries: 2, minDelayMs: 1, maxDelayMs: 60_000 }).getActivityLogs("c-1", {
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(calls()).toBe(1));
    const started = Date.now();
    controller.abort(new Error("cancelled by the user"));
    await expect(pending).rejects.toThrow("cancelled by the user");
    expect(Date.now() - started).toBeLessThan(200);
    expect(calls()).toBe(1);
  });
});
