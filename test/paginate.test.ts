import { http, HttpResponse, delay } from "msw";
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  ApiError,
  PaginationError,
  isPaginationError,
  createActivityLogsClient,
  type ActivityLog,
  type ActivityLogsClientOptions,
  type ActivityLogsResponse,
  type KycProviderEventLog,
} from "../src/index.ts";
import { createRateLimiter } from "../src/limits/in-process.ts";
import { pageOf } from "../src/model/pages.ts";
import { fingerprint, paginate, walkPages } from "../src/client/walk.ts";
import { useMswServer } from "./support/msw-server.ts";

const ROUTE = "https://api.compilot.ai/customers/:customerId/activity-logs";
const log = (n: number) => ({ data: { data: { n } } }) satisfies KycProviderEventLog;
const history = (count: number) => Array.from({ length: count }, (_, i) => log(i + 1));
const options: ActivityLogsClientOptions = { apiKey: "k", rateLimit: false, retry: false };

async function collect(iterable: AsyncIterable<ActivityLog>): Promise<ActivityLog[]> {
  const items: ActivityLog[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("iterateActivityLogs (msw)", () => {
  const server = useMswServer();

  interface Served {
    pages: number[];
    limits: Array<string | null>;
    maxInFlight: number;
  }

  // Serves `logs` by currentPage and limit (default page size `defaultLimit`); `total` may vary per page.
  function serve(
    logs: ActivityLog[],
    {
      defaultLimit = 10,
      total = () => logs.length,
      wait = () => 0,
    }: { defaultLimit?: number; total?: (page: number) => number; wait?: (page: number) => number } = {},
  ): Served {
    const served: Served = { pages: [], limits: [], maxInFlight: 0 };
    let inFlight = 0;
    server.use(
      http.get(ROUTE, async ({ request, params }) => {
        const query = new URL(request.url).searchParams;
        const current = Number(query.get("currentPage") ?? 1);
        const limit = Number(query.get("limit") ?? defaultLimit);
        served.pages.push(current);
        served.limits.push(query.get("limit"));
        served.maxInFlight = Math.max(served.maxInFlight, ++inFlight);
        await delay(wait(current));
        inFlight--;
        const body: ActivityLogsResponse = {
          totalCount: total(current),
          customerId: String(params.customerId),
          activityLogs: pageOf(logs, current, limit),
        };
        return HttpResponse.json(body);
      }),
    );
    return served;
  }

  it("yields every item of every page, in order", async () => {
    const logs = history(23);
    const served = serve(logs);
    const iterable = createActivityLogsClient(options).iterateActivityLogs("c-1", { limit: 5 });
    expectTypeOf(iterable).toEqualTypeOf<AsyncIterable<ActivityLog>>();
    expect(await collect(iterable)).toEqual(logs);
    expect(served.pages.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect(served.limits).toEqual(["5", "5", "5", "5", "5"]);
  });

  it("takes page 1's length as the page size when no limit is given", async () => {
    const logs = history(7);
    const served = serve(logs, { defaultLimit: 3 });
    expect(await collect(createActivityLogsClient(options).iterateActivityLogs("c-1"))).toEqual(logs);
    expect(served.pages.sort((a, b) => a - b)).toEqual([1, 2, 3]);
    expect(served.limits).toEqual([null, null, null]);
  });

  it("fetches pages after the first with bounded concurrency (default 4)", async () => {
    const logs = history(40);
    const client = createActivityLogsClient(options);
    const byDefault = serve(logs, { wait: () => 15 });
    expect(await collect(client.iterateActivityLogs("c-1", { limit: 2 }))).toEqual(logs);
    expect(byDefault.maxInFlight).toBe(4);
    const withTwo = serve(logs, { wait: () => 15 });
    expect(await collect(client.iterateActivityLogs("c-1", { limit: 2, concurrency: 2 }))).toEqual(logs);
    expect(withTwo.maxInFlight).toBe(2);
    const oneByOne = serve(logs, { wait: () => 1 });
    expect(await collect(client.iterateActivityLogs("c-1", { limit: 2, concurrency: 1 }))).toEqual(logs);
    expect(oneByOne.maxInFlight).toBe(1);
  });

  it("yields in page order when later pages answer first", async () => {
    const logs = history(12);
    serve(logs, { wait: (current) => 60 - current * 10 });
    expect(await collect(createActivityLogsClient(options).iterateActivityLogs("c-1", { limit: 2 }))).toEqual(logs);
  });

  it("ends with a PaginationError after the first page when a page repeats (a server that ignores currentPage)", async () => {
    const logs = history(3);
    const served: number[] = [];
    server.use(
      http.get(ROUTE, ({ request }) => {
        served.push(Number(new URL(request.url).searchParams.get("currentPage")));
        return HttpResponse.json({ totalCount: 1000, customerId: "c-1", activityLogs: logs });
      }),
    );
    const yielded: ActivityLog[] = [];
    const error = await (async () => {
      for await (const item of createActivityLogsClient(options).iterateActivityLogs("c-1", { limit: 3 }))
        yielded.push(item);
    })().catch((e: unknown) => e);
    expect(yielded).toEqual(logs);
    expect(error).toBeInstanceOf(PaginationError);
    if (!isPaginationError(error)) throw error;
    expectTypeOf(error.reason).toEqualTypeOf<"repeated-page" | "page-limit" | "history-changed">();
    expect([error.reason, error.page, error.url]).toEqual([
      "repeated-page",
      2,
      "https://api.compilot.ai/customers/c-1/activity-logs?currentPage=2&limit=3",
    ]);
    // Page 1, then one window of pages fetched ahead, at most.
    expect(served.length).toBeLessThanOrEqual(5);
  });

  // Runs the walk to its end; what it yielded, and how it ended.
  async function walkAll(limit: number, concurrency = 1) {
    const yielded: ActivityLog[] = [];
    const error = await (async () => {
      for await (const item of createActivityLogsClient(options).iterateActivityLogs("c-1", { limit, concurrency }))
        yielded.push(item);
    })().catch((e: unknown) => e);
    return { yielded, error };
  }

  it("ends with a PaginationError history-changed on an empty page before totalCount, after the pages before", async () => {
    const logs = history(4);
    const served = serve(logs, { total: () => 100 });
    const { yielded, error } = await walkAll(2);
    expect(yielded).toEqual(logs);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: "history-changed", page: 3, moved: "empty page, 4 of 100 logs seen" });
    expect(served.pages).toEqual([1, 2, 3]);
  });

  it("ends with history-changed on a short page before the end (logs deleted under the walk), never yielding it", async () => {
    const logs = history(30);
    // Page 2 holds 5 logs where 10 were due, and totalCount still says 30.
    server.use(
      http.get(ROUTE, ({ request }) => {
        const current = Number(new URL(request.url).searchParams.get("currentPage"));
        const activityLogs = pageOf(logs, current, 10).slice(0, current === 2 ? 5 : 10);
        return HttpResponse.json({ totalCount: 30, customerId: "c-1", activityLogs });
      }),
    );
    const { yielded, error } = await walkAll(10);
    expect(yielded).toEqual(logs.slice(0, 10));
    expect(error).toMatchObject({ reason: "history-changed", page: 2 });
    expect((error as PaginationError).moved).toBe("5 logs where 10 were due, 15 of 30 seen");
  });

  it("ends with history-changed when a page starts with a run of the logs that ended the page before (logs inserted)", async () => {
    const logs = history(30);
    let servedPages = 0;
    server.use(
      http.get(ROUTE, ({ request }) => {
        const current = Number(new URL(request.url).searchParams.get("currentPage"));
        // After page 1 is served, 5 logs arrive at the head: every later page shifts by 5.
        const now = servedPages++ ? [...history(5).map((l, i) => log(1000 + i)), ...logs] : logs;
        return HttpResponse.json({ totalCount: 30, customerId: "c-1", activityLogs: pageOf(now, current, 10) });
      }),
    );
    const { yielded, error } = await walkAll(10);
    expect(yielded).toEqual(logs.slice(0, 10));
    expect(error).toMatchObject({
      reason: "history-changed",
      page: 2,
      moved: "its first 5 logs repeat the end of page 1",
    });
  });

  it("does not take one log that occurs twice across a page boundary for a moved history", async () => {
    const logs = [...history(10), log(10), ...history(9).map((_, i) => log(100 + i))];
    serve(logs);
    const { yielded, error } = await walkAll(10);
    expect(error).toBeUndefined();
    expect(yielded).toEqual(logs);
  });

  it("ends at an empty page when the server gives no totalCount", async () => {
    const logs = history(4);
    server.use(
      http.get(ROUTE, ({ request }) => {
        const current = Number(new URL(request.url).searchParams.get("currentPage"));
        return HttpResponse.json({ customerId: "c-1", activityLogs: pageOf(logs, current, 2) });
      }),
    );
    const { yielded, error } = await walkAll(2);
    expect(error).toBeUndefined();
    expect(yielded).toEqual(logs);
  });

  it("stops once the items yielded reach totalCount", async () => {
    const logs = history(6);
    const served = serve(logs);
    expect(
      await collect(createActivityLogsClient(options).iterateActivityLogs("c-1", { limit: 3, concurrency: 1 })),
    ).toEqual(logs);
    expect(served.pages).toEqual([1, 2]);
  });

  it("fetches more pages when totalCount grows between pages", async () => {
    const logs = history(7);
    const served = serve(logs, { total: (current) => (current === 1 ? 5 : 7) });
    expect(await collect(createActivityLogsClient(options).iterateActivityLogs("c-1", { limit: 2 }))).toEqual(logs);
    expect(served.pages.sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
  });

  it("ends early when totalCount shrinks between pages", async () => {
    const logs = history(8);
    serve(logs, { total: (current) => (current === 1 ? 8 : 3) });
    expect(await collect(createActivityLogsClient(options).iterateActivityLogs("c-1", { limit: 2 }))).toEqual(
      logs.slice(0, 4),
    );
  });

  it("yields nothing for a customer without logs", async () => {
    const served = serve([]);
    expect(await collect(createActivityLogsClient(options).iterateActivityLogs("c-1"))).toEqual([]);
    expect(served.pages).toEqual([1]);
  });

  it("yields the pages before a failing one, then throws its error", async () => {
    const logs = history(6);
    server.use(
      http.get(ROUTE, ({ request }) => {
        const current = Number(new URL(request.url).searchParams.get("currentPage"));
        if (current === 3)
          return HttpResponse.json({ message: "boom", code: "INTERNAL_SERVER_ERROR" }, { status: 500 });
        return HttpResponse.json({
          totalCount: 6,
          customerId: "c-1",
          activityLogs: pageOf(logs, current, 2),
        });
      }),
    );
    const seen: ActivityLog[] = [];
    const walk = async () => {
      for await (const item of createActivityLogsClient(options).iterateActivityLogs("c-1", { limit: 2 }))
        seen.push(item);
    };
    await expect(walk()).rejects.toBeInstanceOf(ApiError);
    expect(seen).toEqual(logs.slice(0, 4));
  });
});

describe("the walk's end", () => {
  it("ends with a PaginationError of reason page-limit after 10,000 pages, having yielded all of them", async () => {
    const fetched: number[] = [];
    const fetchPage = async (current: number) => {
      fetched.push(current);
      return { totalCount: Infinity, customerId: "c-1", activityLogs: [log(current)] };
    };
    let count = 0;
    const error = await (async () => {
      for await (const _ of paginate(fetchPage, 4, (page) => ({
        method: "GET",
        url: `https://x/?currentPage=${page}`,
      })))
        count++;
    })().catch((e: unknown) => e);
    expect(count).toBe(10_000);
    expect(Math.max(...fetched)).toBe(10_000);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: "page-limit", page: 10_001, url: "https://x/?currentPage=10001" });
  }, 60_000);

  it("ends normally once the items reach totalCount, even when the server would go on", async () => {
    const fetchPage = async (current: number) => ({
      totalCount: 5,
      customerId: "c-1",
      activityLogs: [log(current), log(-current)],
    });
    const items: ActivityLog[] = [];
    for await (const item of paginate(fetchPage, 4, () => ({ method: "GET", url: "" }))) items.push(item);
    expect(items).toHaveLength(6);
  });
});

describe("iterateActivityLogs cancellation", () => {
  // A fetch that answers page 1 at once and leaves the others pending until aborted.
  function stallingFetch(pageSize: number, total: number) {
    const signals: AbortSignal[] = [];
    const fetch = vi.fn((request: Request) => {
      signals.push(request.signal);
      const current = Number(new URL(request.url).searchParams.get("currentPage"));
      if (current === 1)
        return Promise.resolve(
          Response.json({ totalCount: total, customerId: "c-1", activityLogs: history(pageSize) }),
        );
      return new Promise<Response>((_, reject) =>
        request.signal.addEventListener("abort", () => reject(request.signal.reason)),
      );
    });
    return { fetch, signals };
  }

  it("cancels the pages fetched ahead when the loop is left early", async () => {
    const { fetch, signals } = stallingFetch(2, 20);
    for await (const item of createActivityLogsClient({ ...options, fetch }).iterateActivityLogs("c-1", { limit: 2 })) {
      expect(item).toEqual(log(1));
      // Let the fetches ahead start.
      await new Promise((resolve) => setTimeout(resolve, 10));
      break;
    }
    expect(signals).toHaveLength(5);
    expect(signals.slice(1).every((signal) => signal.aborted)).toBe(true);
  });

  it("ends with the caller's abort reason", async () => {
    const { fetch } = stallingFetch(2, 20);
    const controller = new AbortController();
    const items: ActivityLog[] = [];
    const walk = async () => {
      for await (const item of createActivityLogsClient({ ...options, fetch }).iterateActivityLogs("c-1", {
        limit: 2,
        signal: controller.signal,
      })) {
        items.push(item);
        if (items.length === 2) setTimeout(() => controller.abort("user left"), 10);
      }
    };
    await expect(walk()).rejects.toBe("user left");
    expect(items).toEqual(history(2));
  });

  it("sends no request and rejects with the reason when the caller's signal is aborted before the walk", async () => {
    const { fetch, signals } = stallingFetch(2, 20);
    const controller = new AbortController();
    controller.abort("gone already");
    const iterable = createActivityLogsClient({ ...options, fetch }).iterateActivityLogs("c-1", {
      signal: controller.signal,
    });
    await expect(collect(iterable)).rejects.toBe("gone already");
    expect(signals).toHaveLength(0);
  });

  it("leaves no listener on the caller's signal once the walk is over", async () => {
    const all = history(25);
    const fetch = async (request: Request) => {
      const page = Number(new URL(request.url).searchParams.get("currentPage") ?? 1);
      return Response.json({
        totalCount: all.length,
        customerId: "c-1",
        activityLogs: all.slice((page - 1) * 10, page * 10),
      });
    };
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, "addEventListener");
    const remove = vi.spyOn(controller.signal, "removeEventListener");
    expect(
      await collect(
        createActivityLogsClient({ ...options, fetch }).iterateActivityLogs("c-1", { signal: controller.signal }),
      ),
    ).toEqual(all);
    expect(add).toHaveBeenCalledOnce();
    expect(remove.mock.calls).toEqual(add.mock.calls);
  });
});

describe("rate limit", () => {
  afterEach(() => vi.useRealTimers());

  // Starts `count` waits at once and returns the (fake) time at which each one was let through.
  async function startTimes(wait: () => Promise<unknown>, count: number, horizonMs: number): Promise<number[]> {
    const started = Date.now();
    const times: number[] = [];
    for (let i = 0; i < count; i++) void wait().then(() => times.push(Date.now() - started));
    await vi.advanceTimersByTimeAsync(horizonMs);
    return times;
  }

  it("lets 15 requests start per 1.1 s window (0.1 s of slack for connection set-up)", async () => {
    vi.useFakeTimers();
    const times = await startTimes(createRateLimiter({ perSecond: 15, perMinute: 300 }), 35, 5000);
    expect(times.filter((t) => t < 1100)).toHaveLength(15);
    expect(times.filter((t) => t >= 1100 && t < 2200)).toHaveLength(15);
    expect(times.filter((t) => t >= 2200 && t < 3300)).toHaveLength(5);
  });

  it("lets 300 requests start per minute", async () => {
    vi.useFakeTimers();
    const wait = createRateLimiter({ perSecond: 15, perMinute: 300 });
    const times = await startTimes(wait, 320, 120_000);
    expect(times).toHaveLength(320);
    expect(times.filter((t) => t < 61_000)).toHaveLength(300);
    // No sliding window of one second or one minute ever holds more than the limits.
    for (const t of times) {
      expect(times.filter((u) => u >= t && u < t + 1100).length).toBeLessThanOrEqual(15);
      expect(times.filter((u) => u >= t && u < t + 61_000).length).toBeLessThanOrEqual(300);
    }
  });

  it("holds a call past perMinute until 61 s after the first, whatever the second's window allows", async () => {
    vi.useFakeTimers();
    const wait = createRateLimiter({ perSecond: 10, perMinute: 3 });
    const started = Date.now();
    const times = Array.from({ length: 5 }, () => wait().then(() => Date.now() - started));
    await vi.advanceTimersByTimeAsync(130_000);
    expect(await Promise.all(times)).toEqual([0, 0, 0, 61_000, 61_000]);
  });

  it("gives the slot back when a granted call never sends", async () => {
    vi.useFakeTimers();
    const wait = createRateLimiter({ perSecond: 1, perMinute: 10 });
    const giveBack = await wait();
    const next = vi.fn();
    void wait().then(next);
    await vi.advanceTimersByTimeAsync(10);
    expect(next).not.toHaveBeenCalled();
    giveBack();
    await vi.advanceTimersByTimeAsync(0);
    expect(next).toHaveBeenCalledOnce();
  });

  it("takes no slot for calls aborted while they wait: after 1,000 aborted, the next call goes at the next free slot", async () => {
    vi.useFakeTimers();
    const wait = createRateLimiter({ perSecond: 1, perMinute: 10 });
    await wait();
    const controller = new AbortController();
    const aborted = Array.from({ length: 1000 }, () => wait(controller.signal).catch((e: unknown) => e));
    controller.abort("gone");
    expect(new Set(await Promise.all(aborted))).toEqual(new Set(["gone"]));
    const started = Date.now();
    const next = wait().then(() => Date.now() - started);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await next).toBeLessThanOrEqual(1100);
  });

  it("gives the slot back when the caller aborts between the wait and the request, so the next call is not delayed", async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(async (_request: Request) =>
      Response.json({ totalCount: 0, customerId: "c-1", activityLogs: [] }),
    );
    const client = createActivityLogsClient({
      apiKey: "k",
      retry: false,
      fetch,
      rateLimit: { perSecond: 1, perMinute: 10 },
    });
    const controller = new AbortController();
    const first = client.getActivityLogs("c-1", { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort("gone");
    expect(await first).toBe("gone");
    await client.getActivityLogs("c-1");
    expect(fetch).toHaveBeenCalledOnce();
  });

  it("gives up waiting at once when the signal aborts", async () => {
    const wait = createRateLimiter({ perSecond: 1, perMinute: 10 });
    await wait();
    const controller = new AbortController();
    const pending = wait(controller.signal);
    controller.abort("enough");
    await expect(pending).rejects.toBe("enough");
  });

  it("holds every call of a client to the vendor's 15 per second by default", async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(async (_request: Request) =>
      Response.json({ totalCount: 0, customerId: "c-1", activityLogs: [] }),
    );
    const client = createActivityLogsClient({ apiKey: "k", retry: false, fetch });
    const calls = Array.from({ length: 16 }, () => client.getActivityLogs("c-1"));
    await vi.advanceTimersByTimeAsync(500);
    expect(fetch).toHaveBeenCalledTimes(15);
    await vi.advanceTimersByTimeAsync(600);
    expect(fetch).toHaveBeenCalledTimes(16);
    await Promise.all(calls);
  });

  it("can be tuned or turned off with the rateLimit option", async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(async (_request: Request) =>
      Response.json({ totalCount: 0, customerId: "c-1", activityLogs: [] }),
    );
    const tuned = createActivityLogsClient({
      apiKey: "k",
      retry: false,
      fetch,
      rateLimit: { perSecond: 2, perMinute: 100 },
    });
    const off = createActivityLogsClient({ apiKey: "k", retry: false, fetch, rateLimit: false });
    const calls = [
      ...Array.from({ length: 3 }, () => tuned.getActivityLogs("c-1")),
      ...Array.from({ length: 20 }, () => off.getActivityLogs("c-1")),
    ];
    await vi.advanceTimersByTimeAsync(10);
    expect(fetch).toHaveBeenCalledTimes(22);
    await vi.advanceTimersByTimeAsync(1100);
    expect(fetch).toHaveBeenCalledTimes(23);
    await Promise.all(calls);
  });
});

describe("fingerprint", () => {
  it("is the same for equal pages and differs where values would run together as text", () => {
    const log = { data: { n: 1, tags: ["a", "b"], event: null, ok: true } };
    expect(fingerprint([log])).toBe(fingerprint([structuredClone(log)]));
    const pairs: [unknown[], unknown[]][] = [
      [
        ["ab", "c"],
        ["a", "bc"],
      ],
      [[1], ["1"]],
      [[null], ["null"]],
      [[true], ["true"]],
      [[{ a: 1 }], [{ a: "1" }]],
      [[{ ab: "" }], [{ a: "b" }]],
      [[[]], [{}]],
      [[[1, 2]], [[1], [2]]],
      [[{ a: 1, b: 2 }], [{ a: 2, b: 1 }]],
      [[undefined], [null]],
    ];
    for (const [a, b] of pairs) expect(fingerprint(a), JSON.stringify([a, b])).not.toBe(fingerprint(b));
  });

  it("walks nesting deeper than the call stack, as it arrives from JSON.parse", () => {
    const deep = JSON.parse(`${"[".repeat(100_000)}1${"]".repeat(100_000)}`) as unknown;
    const other = JSON.parse(`${"[".repeat(100_000)}2${"]".repeat(100_000)}`) as unknown;
    expect(fingerprint([deep])).not.toBe(fingerprint([other]));
    expect(Number.isSafeInteger(fingerprint([deep]))).toBe(true);
  });
});

describe("walkPages", () => {
  it("hands out the pages fetchPage shaped, stops on a repeated page, and ends at totalCount", async () => {
    const shaped = (currentPage: number, print = currentPage) => ({
      totalCount: 5,
      prints: [print * 2, print * 2 + 1],
      bytes: `p${currentPage}`,
    });
    const pages: string[] = [];
    for await (const page of walkPages(
      async (n) => shaped(n),
      2,
      () => ({ method: "GET", url: "u" }),
    ))
      pages.push(page.bytes);
    expect(pages).toEqual(["p1", "p2", "p3"]);
    const repeated: string[] = [];
    const error = await (async () => {
      for await (const page of walkPages(
        async (n) => shaped(n, n === 3 ? 1 : n),
        1,
        (n) => ({ method: "GET", url: `u${n}` }),
      ))
        repeated.push(page.bytes);
    })().catch((e: unknown) => e);
    expect(repeated).toEqual(["p1", "p2"]);
    expect(error).toMatchObject({ reason: "repeated-page", page: 3, url: "u3" });
  });
});
