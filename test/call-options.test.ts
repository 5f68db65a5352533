// What a service sees and sets per call, against a real node:http server: the onRequest/onResponse hooks, a per-call
// timeoutMs, and extra headers that can never replace the key.
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  createActivityLogsClient,
  isApiError,
  isTimeoutError,
  type ActivityLogsClientOptions,
  type ActivityLogsRequestEvent,
  type ActivityLogsResponseEvent,
} from "../src/index.ts";
import { useTestServer } from "./support/http-server.ts";

const KEY = "sk_live_hooks_0123456789";
const page = (totalCount: number) => JSON.stringify({ totalCount, customerId: "c-1", activityLogs: [] });

const server = useTestServer();

const client = (options: ActivityLogsClientOptions = {}) =>
  createActivityLogsClient({
    apiKey: KEY,
    baseUrl: server.url,
    rateLimit: false,
    retry: { retries: 2, minDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });

// A small span recorder, as a tracing library would keep them: one span per attempt, opened by onRequest and closed by
// onResponse.
function spanRecorder() {
  const open: ActivityLogsRequestEvent[] = [];
  const spans: ActivityLogsResponseEvent[] = [];
  return {
    open,
    spans,
    hooks: {
      onRequest: (event: ActivityLogsRequestEvent) => void open.push(event),
      onResponse: (event: ActivityLogsResponseEvent) => void spans.push(event),
    },
  };
}

describe("onRequest and onResponse", () => {
  it("report every attempt: number, method, URL, status, duration and response headers", async () => {
    let calls = 0;
    server.handle = (_req, res) => {
      calls++;
      const status = calls === 1 ? 503 : 200;
      // The second answer comes after 40 ms, so its duration shows it.
      setTimeout(
        () => {
          res.writeHead(status, { "Content-Type": "application/json", "X-Request-Id": `req-${calls}` });
          res.end(status === 200 ? page(0) : JSON.stringify({ message: "busy", code: "SERVICE_UNAVAILABLE" }));
        },
        calls === 1 ? 0 : 40,
      );
    };
    const recorder = spanRecorder();
    await client(recorder.hooks).getActivityLogs("c-1", { limit: 5 });
    const url = `${server.url}/customers/c-1/activity-logs?limit=5`;
    expect(recorder.open).toEqual([
      { attempt: 1, method: "GET", url },
      { attempt: 2, method: "GET", url },
    ]);
    expect(recorder.spans.map(({ attempt, method, url, status }) => ({ attempt, method, url, status }))).toEqual([
      { attempt: 1, method: "GET", url, status: 503 },
      { attempt: 2, method: "GET", url, status: 200 },
    ]);
    expect(recorder.spans.map((span) => span.headers.get("x-request-id"))).toEqual(["req-1", "req-2"]);
    expect(recorder.spans[1]?.durationMs).toBeGreaterThanOrEqual(35);
    expect(recorder.spans[0]?.durationMs).toBeGreaterThanOrEqual(0);
    expectTypeOf(recorder.spans[0]!.headers).toEqualTypeOf<Headers>();
  });

  it("count the attempts of a call that fails for good, and no response for a dropped connection", async () => {
    let calls = 0;
    server.handle = (req, res) => {
      calls++;
      if (calls === 2) return req.socket.destroy();
      res.writeHead(500, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ message: "boom", code: "INTERNAL_SERVER_ERROR" }));
    };
    let requests = 0;
    const statuses: number[] = [];
    const error = await client({
      onRequest: () => void requests++,
      onResponse: ({ status }) => void statuses.push(status),
    })
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.attempts]).toEqual([500, 3]);
    expect([requests, statuses]).toEqual([3, [500, 500]]);
  });

  it("never show the key: not in the URL, not in a response header that echoes it", async () => {
    server.handle = (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "X-Echo": `Bearer ${KEY}` });
      res.end(page(0));
    };
    const recorder = spanRecorder();
    await client(recorder.hooks).getActivityLogs(`id-${KEY}`);
    const seen = JSON.stringify([recorder.open, recorder.spans.map((s) => ({ ...s, headers: [...s.headers] }))]);
    expect(seen).toContain("[REDACTED]");
    expect(seen).not.toContain(KEY);
    expect(seen).not.toContain(KEY.slice(4, 12));
  });

  it("do not fail the call when they throw", async () => {
    server.handle = (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(page(3));
    };
    const throwing = () => {
      throw new Error("logger down");
    };
    await expect(client({ onRequest: throwing, onResponse: throwing }).getActivityLogs("c-1")).resolves.toMatchObject({
      totalCount: 3,
    });
  });
});

describe("a per-call timeoutMs", () => {
  // Answers after 300 ms, well inside the client's own 30 s.
  const slow = (_req: IncomingMessage, res: ServerResponse) => {
    const timer = setTimeout(() => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(page(0));
    }, 300);
    res.on("close", () => clearTimeout(timer));
  };

  it("bounds each attempt of getActivityLogs, and TimeoutError names it", async () => {
    server.handle = slow;
    const error = await client({ retry: false })
      .getActivityLogs("c-1", { timeoutMs: 50 })
      .catch((e: unknown) => e);
    expect(isTimeoutError(error) && [error.timeoutMs, error.attempts]).toEqual([50, 1]);
  });

  it("replaces the client's timeoutMs for that call only", async () => {
    server.handle = slow;
    const shortDefault = client({ retry: false, timeoutMs: 50 });
    await expect(shortDefault.getActivityLogs("c-1", { timeoutMs: 5_000 })).resolves.toMatchObject({ totalCount: 0 });
    await expect(shortDefault.getActivityLogs("c-1")).rejects.toMatchObject({ name: "TimeoutError", timeoutMs: 50 });
  });

  it("bounds each page of iterateActivityLogs", async () => {
    server.handle = slow;
    const walk = async () => {
      for await (const _log of client({ retry: false }).iterateActivityLogs("c-1", { timeoutMs: 50 })) void _log;
    };
    await expect(walk()).rejects.toMatchObject({ name: "TimeoutError", timeoutMs: 50 });
  });

  it("is checked like the client's option, before any request", async () => {
    const c = client();
    await expect(c.getActivityLogs("c-1", { timeoutMs: 0 })).rejects.toThrow(
      new RangeError("timeoutMs must be > 0 (Infinity for none)"),
    );
    // @ts-expect-error: a string is no number
    await expect(c.getActivityLogs("c-1", { timeoutMs: "5" })).rejects.toThrow(
      new TypeError("timeoutMs must be a number"),
    );
    // @ts-expect-error: a string is no number
    expect(() => c.iterateActivityLogs("c-1", { timeoutMs: "5" })).toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("extra headers and the key", () => {
  const cases: [name: string, headers: Record<string, string>][] = [
    ["authorization", { authorization: "Bearer evil" }],
    ["AUTHORIZATION", { AUTHORIZATION: "Bearer evil" }],
    ["authorization and AUTHORIZATION", { authorization: "Bearer evil", AUTHORIZATION: "Bearer evil2" }],
    ["Authorization then authorization", { Authorization: "Bearer evil", authorization: "Bearer evil2" }],
    ["three casings", { Authorization: "Bearer a", authorization: "Bearer b", AuThOrIzAtIoN: "Bearer c" }],
  ];
  for (const [name, headers] of cases)
    it(`never replace the key: ${name}`, async () => {
      server.handle = (_req, res) => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(page(0));
      };
      await client({ headers: { ...headers, "X-Extra": "kept" } }).getActivityLogs("c-1");
      const [request] = server.requests;
      expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(request?.rawHeaders.filter((h) => h.toLowerCase() === "authorization")).toHaveLength(1);
      expect(request?.headers["x-extra"]).toBe("kept");
    });

  it("reach the server as given when the client holds no key (a proxy with its own auth)", async () => {
    server.handle = (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(page(0));
    };
    await createActivityLogsClient({
      baseUrl: server.url,
      rateLimit: false,
      headers: { authorization: "Session s1" },
    }).getActivityLogs("c-1");
    expect(server.requests[0]?.headers.authorization).toBe("Session s1");
  });
});
