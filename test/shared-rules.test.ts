// The client and the proxy apply the same rules (src/core/rules.ts): whatever the client refuses, the proxy refuses the same
// way, at creation for the options and per request for the customer id and the page parameters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivityLogsClient } from "../src/index.ts";
import { activityLogsRoute } from "../src/mock/handlers.ts";
import { ACTIVITY_LOGS_ROUTE, activityLogsPath } from "../src/core/rules.ts";
import { createActivityLogsProxy, type ActivityLogsProxyOptions } from "../src/server.ts";
import { startServer, type TestServer } from "./support/http-server.ts";

const KEY = "sk_live_rules_0123456789";

function thrown(make: () => unknown): Error | undefined {
  try {
    make();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

// Option values the client refuses, for the options the proxy has too.
const refused: [name: string, options: Partial<ActivityLogsProxyOptions>][] = [
  // The proxy used to call `https://api.example/v1` and put the API path into the query string.
  ["a baseUrl with a query", { baseUrl: "https://api.example/v1?tenant=a" }],
  ["a baseUrl with a fragment", { baseUrl: "https://api.example/v1#x" }],
  ["a baseUrl ending in ?", { baseUrl: "https://api.example/?" }],
  ["a baseUrl with credentials", { baseUrl: "https://user:s3cret@api.example" }],
  ["an ftp baseUrl", { baseUrl: "ftp://api.example" }],
  ["a baseUrl that is no URL", { baseUrl: "not a url" }],
  // @ts-expect-error: a string is no number (the proxy used to take it)
  ["a timeoutMs given as a string", { timeoutMs: "5" }],
  ["a timeoutMs of 0", { timeoutMs: 0 }],
  ["a negative timeoutMs", { timeoutMs: -1 }],
  ["a timeoutMs of NaN", { timeoutMs: Number.NaN }],
];

// Keys the client refuses: the proxy refuses them too, its message saying where the key goes wrong.
const refusedKeys: [name: string, apiKey: string, problem: string][] = [
  ["a key with a space", "sk_live one", "; it has whitespace at character 8"],
  ["a key with a line break", "sk_live\none", "; it has whitespace at character 8"],
  ["a key with characters past Latin-1", "sk_live_ключ", "; it has a character past Latin-1 at character 9"],
];

describe("the proxy refuses every option value the client refuses", () => {
  for (const [name, options] of refused)
    it(`refuses ${name}, with the client's error`, () => {
      const client = thrown(() => createActivityLogsClient(options as never));
      const proxy = thrown(() => createActivityLogsProxy({ apiKey: KEY, authorize: () => true, ...options }));
      expect(client).toBeInstanceOf(Error);
      expect(proxy).toEqual(client);
      expect(proxy?.constructor).toBe(client?.constructor);
      expect(proxy?.message).not.toContain("s3cret");
    });

  for (const [name, apiKey, problem] of refusedKeys)
    it(`refuses ${name}, with the client's error and where it goes wrong`, () => {
      const client = thrown(() => createActivityLogsClient({ apiKey }));
      const proxy = thrown(() => createActivityLogsProxy({ apiKey, authorize: () => true }));
      expect(client).toBeInstanceOf(TypeError);
      expect(proxy).toEqual(new TypeError(client?.message + problem));
    });

  it("refuses a maxBodyBytes that is not a positive integer, as the client's maxResponseBytes", () => {
    for (const bad of [0, -1, 1.5, Number.NaN, "5"]) {
      const client = thrown(() => createActivityLogsClient({ maxResponseBytes: bad as number }));
      const proxy = thrown(() =>
        createActivityLogsProxy({ apiKey: KEY, authorize: () => true, maxBodyBytes: bad as number }),
      );
      expect(proxy?.constructor).toBe(client?.constructor);
      expect(proxy?.message).toBe(client?.message.replace("maxResponseBytes", "maxBodyBytes"));
    }
  });

  it("refuses a relative baseUrl, which only the client takes (resolved against the page), with a hint", () => {
    expect(thrown(() => createActivityLogsClient({ baseUrl: "/api/compilot" }))).toBeUndefined();
    expect(thrown(() => createActivityLogsProxy({ apiKey: KEY, authorize: () => true, baseUrl: "/api" }))).toEqual(
      new TypeError(
        "baseUrl must be an http(s) URL without credentials (a relative one is for the client, resolved against the page)",
      ),
    );
  });

  it("accepts what the client accepts", () => {
    for (const options of [{ baseUrl: "http://127.0.0.1:8080/api/" }, { timeoutMs: Infinity }, { timeoutMs: 1e10 }]) {
      expect(() => createActivityLogsClient(options)).not.toThrow();
      expect(() => createActivityLogsProxy({ apiKey: KEY, authorize: () => true, ...options })).not.toThrow();
    }
  });
});

describe("the proxy refuses every request the client refuses to send", () => {
  let upstream: TestServer;
  beforeAll(async () => {
    upstream = await startServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ totalCount: 0, customerId: "c-1", activityLogs: [] }));
    });
  });
  afterAll(() => upstream.close());
  const proxy = () => createActivityLogsProxy({ apiKey: KEY, baseUrl: upstream.url, authorize: () => true });

  it("answers 404 for the customer ids the client refuses, and sends nothing upstream", async () => {
    const client = createActivityLogsClient({ retry: false, rateLimit: false });
    for (const customerId of [" ", ".", "..", "\t"]) {
      await expect(client.getActivityLogs(customerId)).rejects.toThrow(TypeError);
      const response = await proxy()(new Request(`http://app.example${activityLogsPath(customerId)}`));
      expect(response.status, JSON.stringify(customerId)).toBe(404);
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers 400 for the page parameters the client refuses", async () => {
    const client = createActivityLogsClient({ retry: false, rateLimit: false });
    for (const value of [0, -1, 1.5, 2 ** 53]) {
      await expect(client.getActivityLogs("c-1", { currentPage: value })).rejects.toThrow(RangeError);
      await expect(client.getActivityLogs("c-1", { limit: value })).rejects.toThrow(RangeError);
      for (const name of ["currentPage", "limit"]) {
        const response = await proxy()(new Request(`http://app.example${activityLogsPath("c-1")}?${name}=${value}`));
        expect(response.status, `${name}=${value}`).toBe(400);
      }
    }
    expect(upstream.requests).toHaveLength(0);
  });
});

describe("one route", () => {
  it("is the spec's path, encoded as one segment by activityLogsPath", () => {
    expect(ACTIVITY_LOGS_ROUTE).toBe("/customers/{customerId}/activity-logs");
    expect(activityLogsPath("a/b c")).toBe("/customers/a%2Fb%20c/activity-logs");
  });

  it("is the msw kit's route too", () => {
    expect(activityLogsRoute("https://api.example/v1/")).toBe(
      "https://api.example/v1/customers/:customerId/activity-logs",
    );
  });
});
