// client.raw goes through the same request path as the typed calls: the policies are one openapi-fetch middleware
// registered once, so a raw call waits for its rate-limit slot, times out, follows same-origin redirects only, has its
// error body capped and redacted, and reaches the hooks; its result keeps openapi-fetch's shape.
import createClient, { type Middleware } from "openapi-fetch";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  createActivityLogsClient,
  isNetworkError,
  isTimeoutError,
  type ActivityLogsRequestEvent,
  type ActivityLogsResponseEvent,
  type ApiErrorBody,
  type paths,
} from "../src/index.ts";
import { startServer, type TestServer } from "./support/http-server.ts";

const KEY = "sk_live_raw_test_key_0123";
const ROUTE = "/customers/{customerId}/activity-logs";
const page = { totalCount: 0, customerId: "c-1", activityLogs: [] };
const params = { path: { customerId: "c-1" } };

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});
const serve = async (handler: Parameters<typeof startServer>[0]) => {
  const server = await startServer(handler);
  servers.push(server);
  return server;
};
const json =
  (body: unknown, status = 200) =>
  (_req: unknown, res: import("node:http").ServerResponse) => {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(body));
  };

describe("client.raw shares the client's policies", () => {
  it("waits for its rate-limit slot: 6 raw calls at 2 per second do not reach the server in one second", async () => {
    const arrivals: number[] = [];
    const server = await serve((req, res) => {
      arrivals.push(performance.now());
      json(page)(req, res);
    });
    const client = createActivityLogsClient({
      apiKey: KEY,
      baseUrl: server.url,
      rateLimit: { perSecond: 2, perMinute: 100 },
    });
    const controller = new AbortController();
    const started = performance.now();
    const calls = Array.from({ length: 6 }, () =>
      client.raw.GET(ROUTE, { params, signal: controller.signal }).then(
        () => "answered",
        (error: unknown) => error,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(arrivals.filter((at) => at - started < 1000)).toHaveLength(2);
    // The calls still waiting for a slot leave the queue with the caller's reason.
    controller.abort("done waiting");
    expect((await Promise.all(calls)).filter((outcome) => outcome === "done waiting")).toHaveLength(4);
    expect(arrivals).toHaveLength(2);
  });

  it("times out: a raw call to a server that never answers rejects with a TimeoutError after timeoutMs", async () => {
    const server = await serve(() => {});
    const client = createActivityLogsClient({ apiKey: KEY, baseUrl: server.url, timeoutMs: 300, rateLimit: false });
    const started = performance.now();
    const error: unknown = await client.raw.GET(ROUTE, { params }).catch((e: unknown) => e);
    expect(isTimeoutError(error) && error.timeoutMs).toBe(300);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(String(error)).not.toContain(KEY);
  });

  it("rejects with the caller's reason when the caller aborts", async () => {
    const server = await serve(() => {});
    const client = createActivityLogsClient({ apiKey: KEY, baseUrl: server.url, rateLimit: false });
    const controller = new AbortController();
    const pending = client.raw.GET(ROUTE, { params, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user left")), 50);
    await expect(pending).rejects.toThrow("user left");
  });

  it("follows a same-origin redirect and refuses one to another origin, sending nothing there", async () => {
    const elsewhere = await serve(json(page));
    const server = await serve((req, res) => {
      if (req.url?.startsWith("/moved/")) return json(page)(req, res);
      const to = req.url?.includes("away") ? `${elsewhere.url}/x` : `/moved${req.url ?? ""}`;
      res.writeHead(302, { Location: to });
      res.end();
    });
    const client = createActivityLogsClient({ apiKey: KEY, baseUrl: server.url, rateLimit: false });
    const { data, response } = await client.raw.GET(ROUTE, { params });
    expect(data).toEqual(page);
    expect(response.url).toBe(`${server.url}/moved/customers/c-1/activity-logs`);
    const error: unknown = await client.raw
      .GET(ROUTE, { params: { path: { customerId: "away" } } })
      .catch((e: unknown) => e);
    expect(isNetworkError(error) && error.reason).toBe("redirect");
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("reaches the hooks, with the key redacted", async () => {
    const server = await serve(json(page));
    const requests: ActivityLogsRequestEvent[] = [];
    const responses: ActivityLogsResponseEvent[] = [];
    const client = createActivityLogsClient({
      apiKey: KEY,
      baseUrl: server.url,
      rateLimit: false,
      onRequest: (event) => requests.push(event),
      onResponse: (event) => responses.push(event),
    });
    await client.raw.GET(ROUTE, { params: { path: { customerId: KEY } } });
    expect(requests).toEqual([{ attempt: 1, method: "GET", url: `${server.url}/customers/[REDACTED]/activity-logs` }]);
    expect(responses).toMatchObject([
      { attempt: 1, status: 200, url: `${server.url}/customers/[REDACTED]/activity-logs` },
    ]);
  });

  it("keeps openapi-fetch's result shape: error is the error body as openapi-fetch parses it", async () => {
    const server = await serve(json({ message: "No such customer", code: "NOT_FOUND" }, 404));
    const client = createActivityLogsClient({ apiKey: KEY, baseUrl: server.url, rateLimit: false });
    const { data, error, response } = await client.raw.GET(ROUTE, { params });
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: "No such customer", code: "NOT_FOUND" });
    expect(response.status).toBe(404);
    expectTypeOf(error).toMatchTypeOf<ApiErrorBody | undefined>();
  });

  it("caps an error body at 64 KB and redacts it", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(`echo ${KEY} ` + "x".repeat(200_000));
    });
    const client = createActivityLogsClient({ apiKey: KEY, baseUrl: server.url, rateLimit: false, retry: false });
    const { error, response } = await client.raw.GET(ROUTE, { params });
    expect(typeof error).toBe("string");
    expect(String(error)).toMatch(/^echo \[REDACTED\] x+…\[cut at 64 KB\]$/);
    expect(String(error).length).toBeLessThan(66_000);
    expect(response.status).toBe(500);
    // The capped body is a Response made in JavaScript, which has no URL (the typed calls take theirs from the attempt).
    expect(response.url).toBe("");
  });
});

describe("what openapi-fetch carries to its middleware", () => {
  // The reason a typed call's attempt number, timeout and signal ride on its `params` object
  // (src/request/transport.ts, withCallOptions): openapi-fetch passes the call's `params` object itself to every
  // middleware callback, and no option of the call's own (openapi-ts/openapi-typescript#2660).
  it("hands every callback the call's params object itself, and no other option of the call", async () => {
    const seen: { keys: string[]; params: unknown }[] = [];
    const recorder: Middleware = {
      onRequest: (options) => void seen.push({ keys: Object.keys(options).sort(), params: options.params }),
      onResponse: (options) => void seen.push({ keys: Object.keys(options).sort(), params: options.params }),
    };
    const bare = createClient<paths>({ baseUrl: "https://api.example", fetch: async () => Response.json(page) });
    bare.use(recorder);
    const own = { path: { customerId: "c-1" } };
    // A call's own option (here a timeout) is accepted as a fetch option, and reaches no callback.
    await bare.GET(ROUTE, { params: own, timeoutMs: 5 });
    expect(seen.map((s) => s.keys)).toEqual([
      ["id", "options", "params", "request", "schemaPath"],
      ["id", "options", "params", "request", "response", "schemaPath"],
    ]);
    expect(seen.every((s) => s.params === own)).toBe(true);
  });
});
