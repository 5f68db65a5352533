// Options are checked when the client is made, with an error that names the option and never quotes its value.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createActivityLogsClient, type ActivityLogsClientOptions } from "../src/index.ts";
import { startServer } from "./support/http-server.ts";

const sendEmptyPage = (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(JSON.stringify({ totalCount: 0, customerId: "c-1", activityLogs: [] }));
};

function creationError(options: ActivityLogsClientOptions): Error | undefined {
  try {
    createActivityLogsClient(options);
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

describe("options checked when the client is made", () => {
  const bad: [name: string, options: ActivityLogsClientOptions, type: ErrorConstructor, message: string][] = [
    ["retries NaN", { retry: { retries: Number.NaN } }, RangeError, "retry.retries must be an integer ≥ 0"],
    ["retries 1.5", { retry: { retries: 1.5 } }, RangeError, "retry.retries must be an integer ≥ 0"],
    ["retries -1", { retry: { retries: -1 } }, RangeError, "retry.retries must be an integer ≥ 0"],
    ["retries Infinity", { retry: { retries: Infinity } }, RangeError, "retry.retries must be an integer ≥ 0"],
    // @ts-expect-error: a string is no number
    ["retries a string", { retry: { retries: "2" } }, TypeError, "retry.retries must be a number"],
    ["maxDelayMs Infinity", { retry: { maxDelayMs: Infinity } }, RangeError, "retry.maxDelayMs must be ≥ 0 and < 2^31"],
    ["minDelayMs -1", { retry: { minDelayMs: -1 } }, RangeError, "retry.minDelayMs must be ≥ 0 and < 2^31"],
    [
      "minDelayMs over maxDelayMs",
      { retry: { minDelayMs: 2000, maxDelayMs: 1000 } },
      RangeError,
      "retry.minDelayMs must be at most retry.maxDelayMs",
    ],
    [
      "rateLimit zero",
      { rateLimit: { perSecond: 0, perMinute: 0 } },
      RangeError,
      "rateLimit.perSecond must be a positive integer",
    ],
    [
      "rateLimit fractional",
      { rateLimit: { perSecond: 15, perMinute: 0.5 } },
      RangeError,
      "rateLimit.perMinute must be a positive integer",
    ],
    // @ts-expect-error: null is not an option value
    ["retry null", { retry: null }, TypeError, "retry must be false or an object"],
    [
      "rateLimit null",
      // @ts-expect-error: null is not an option value
      { rateLimit: null },
      TypeError,
      "rateLimit must be false, { perSecond, perMinute } or a RateLimiter",
    ],
    ["timeoutMs NaN", { timeoutMs: Number.NaN }, RangeError, "timeoutMs must be > 0 (Infinity for none)"],
    ["maxResponseBytes 0", { maxResponseBytes: 0 }, RangeError, "maxResponseBytes must be a positive integer"],
    // @ts-expect-error: not a mode
    ["validate on", { validate: "on" }, TypeError, 'validate must be "off", "warn" or "strict"'],
    [
      "a header value with a line break",
      { headers: { "X-Token": "s3cret\nx" } },
      TypeError,
      "headers must be names and values fetch accepts",
    ],
  ];
  for (const [name, options, type, message] of bad)
    it(`rejects ${name} with a ${type.name} naming the option`, () => {
      const error = creationError(options);
      expect(error).toBeInstanceOf(type);
      expect(error?.message).toBe(message);
      expect(error?.message).not.toContain("s3cret");
    });

  it("accepts the defaults, retry: false, rateLimit: false, Infinity as timeoutMs and a maxDelayMs below the default minDelayMs", () => {
    for (const options of [
      {},
      { retry: false },
      { rateLimit: false },
      { timeoutMs: Infinity },
      { retry: { maxDelayMs: 100 } },
      { retry: { retries: 0, minDelayMs: 0, maxDelayMs: 0 } },
      { rateLimit: { perSecond: 1, perMinute: 1 } },
    ] satisfies ActivityLogsClientOptions[])
      expect(creationError(options)).toBeUndefined();
  });

  it("rejects a concurrency that is not an integer from 1 to 64 when the walk is made", () => {
    const client = createActivityLogsClient({ apiKey: "k" });
    for (const concurrency of [0, -1, 1.5, Number.NaN, 65, Infinity])
      expect(() => client.iterateActivityLogs("c-1", { concurrency }), String(concurrency)).toThrow(
        new RangeError("concurrency must be an integer from 1 to 64"),
      );
    expect(() => client.iterateActivityLogs("c-1", { concurrency: 64 })).not.toThrow();
  });
});

describe("a key in a browser", () => {
  afterEach(() => vi.unstubAllGlobals());
  const browser = () => {
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
    vi.stubGlobal("location", { href: "https://app.example/dashboard/page" });
  };

  it("is refused with a TypeError that names the server-side proxy", () => {
    browser();
    const error = creationError({ apiKey: "sk_live_0123456789" });
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toContain("createActivityLogsProxy");
    expect(error?.message).toContain("compilot-activity-logs/server");
    expect(error?.message).not.toContain("sk_live_0123456789");
  });

  it("is allowed with dangerouslyAllowBrowser: true", () => {
    browser();
    expect(creationError({ apiKey: "sk_live_0123456789", dangerouslyAllowBrowser: true })).toBeUndefined();
  });

  it("is allowed outside browsers: Node, and runtimes with a window but no document (Deno) or neither (workers)", () => {
    expect(creationError({ apiKey: "sk_live_0123456789" })).toBeUndefined();
    vi.stubGlobal("window", {});
    expect(creationError({ apiKey: "sk_live_0123456789" })).toBeUndefined();
  });

  it("is not needed: a keyless client talks to a proxy at a relative baseUrl, resolved against the page", async () => {
    const proxy = await startServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ totalCount: 0, customerId: "c-1", activityLogs: [] }));
    });
    try {
      browser();
      vi.stubGlobal("location", { href: `${proxy.url}/dashboard/page` });
      const client = createActivityLogsClient({ baseUrl: "/api/compilot", rateLimit: false });
      await expect(client.getActivityLogs("c-1")).resolves.toMatchObject({ totalCount: 0 });
      expect(proxy.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
        ["/api/compilot/customers/c-1/activity-logs", undefined],
      ]);
    } finally {
      await proxy.close();
    }
  });

  it("a relative baseUrl is resolved at each request, against the page as it is then", async () => {
    const pages = await Promise.all([0, 1].map(() => startServer(sendEmptyPage)));
    try {
      browser();
      const client = createActivityLogsClient({ baseUrl: "./api/compilot/", rateLimit: false });
      for (const page of pages) {
        vi.stubGlobal("location", { href: `${page.url}/dashboard/page?tab=logs#top` });
        await expect(client.getActivityLogs("c-1")).resolves.toMatchObject({ totalCount: 0 });
      }
      for (const page of pages)
        expect(page.requests.map((r) => r.url)).toEqual(["/dashboard/api/compilot/customers/c-1/activity-logs"]);
    } finally {
      await Promise.all(pages.map((page) => page.close()));
    }
  });
  it("a walk that stops over a relative baseUrl names the page's absolute URL, as every other error does", async () => {
    // Every page is the same page: the walk stops at page 2 with a repeated-page PaginationError.
    const page = await startServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ totalCount: 4, customerId: "c-1", activityLogs: [{ data: {} }, { data: { a: 1 } }] }));
    });
    try {
      browser();
      vi.stubGlobal("location", { href: `${page.url}/dashboard/page` });
      const client = createActivityLogsClient({ baseUrl: "/api/compilot", rateLimit: false });
      const error = await (async () => {
        for await (const log of client.iterateActivityLogs("c-1")) void log;
      })().catch((e: unknown) => e);
      expect(error).toMatchObject({
        name: "PaginationError",
        reason: "repeated-page",
        page: 2,
        url: `${page.url}/api/compilot/customers/c-1/activity-logs?currentPage=2`,
      });
    } finally {
      await page.close();
    }
  });
});

describe("a relative baseUrl outside browsers (server rendering)", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is accepted when the client is made, as a module-level client in a server-rendered module makes it", () => {
    for (const baseUrl of ["/api/compilot", "./api", "../api", "/"]) expect(creationError({ baseUrl })).toBeUndefined();
  });

  it("fails the call at once with a TypeError that names baseUrl and says to use an absolute URL, sending nothing", async () => {
    const fetch = vi.fn(async () => new Response("{}"));
    const client = createActivityLogsClient({ baseUrl: "/api/compilot", fetch });
    const error = await client.getActivityLogs("c-1").catch((e: unknown) => e);
    expect(error).toEqual(
      new TypeError(
        "baseUrl must be an absolute URL outside browsers, where no page gives a relative one its origin: use " +
          "https://… or, on a server, a client with the apiKey",
      ),
    );
    await expect(client.iterateActivityLogs("c-1")[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(TypeError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("fails the same where reading location throws (Deno without --location)", async () => {
    vi.stubGlobal("location", undefined);
    Object.defineProperty(globalThis, "location", {
      configurable: true,
      get() {
        throw new ReferenceError("Access to location, run again with --location <href>");
      },
    });
    const client = createActivityLogsClient({ baseUrl: "/api/compilot", retry: false });
    await expect(client.getActivityLogs("c-1")).rejects.toThrow(/^baseUrl must be an absolute URL/);
  });

  it("is still refused when it is no http(s) path: a scheme, credentials, a query or a fragment", () => {
    expect(creationError({ baseUrl: "api.compilot.ai" })?.message).toBe(
      "baseUrl must be an http(s) URL without credentials",
    );
    expect(creationError({ baseUrl: "//user:pw@proxy.example/api" })?.message).toBe(
      "baseUrl must be an http(s) URL without credentials",
    );
    for (const baseUrl of ["/api?tenant=a", "/api#x"])
      expect(creationError({ baseUrl })).toEqual(new TypeError("baseUrl must be a URL without query or fragment"));
  });
});
