// The client's and the proxy's spans, end to end with the real OpenTelemetry SDK against a real node:http server: one
// CLIENT span per attempt, its attributes and status, the caller's span as parent, and the key in none of it.
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { describe, expect, it } from "vitest";
import {
  createActivityLogsClient,
  isApiError,
  isContractError,
  isNetworkError,
  isTimeoutError,
  type ActivityLogsClientOptions,
} from "../src/index.ts";
import { createActivityLogsProxy } from "../src/server.ts";
import { closedPortUrl, useTestServer } from "./support/http-server.ts";
import { useTestTracing } from "./support/test-tracing.ts";

const KEY = "sk_live_tracing_0123456789abcdef";
const { provider, exporter } = useTestTracing();

const server = useTestServer();
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  ((_req, res) => {
    res.writeHead(status, { "Content-Type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  }) satisfies typeof server.handle;
const page = (totalCount: number) => ({ totalCount, customerId: "c-1", activityLogs: [] });

const client = (options: ActivityLogsClientOptions = {}) =>
  createActivityLogsClient({
    apiKey: KEY,
    baseUrl: server.url,
    rateLimit: false,
    retry: { retries: 2, minDelayMs: 1, maxDelayMs: 5 },
    tracerProvider: provider,
    ...options,
  });

const spans = () => exporter.getFinishedSpans().filter((s) => s.name === "GET /customers/{customerId}/activity-logs");

// Everything a span shows a trace backend, as one text.
const shown = (span: ReadableSpan) =>
  JSON.stringify([span.name, span.attributes, span.status, span.events, span.links, span.resource.attributes]);

describe("client spans", () => {
  it("records a 200 as one CLIENT span with the HTTP client attributes", async () => {
    server.handle = json(200, page(0));
    await client().getActivityLogs("c-1", { limit: 5 });
    const [span, ...rest] = spans();
    expect(rest).toEqual([]);
    expect(span?.kind).toBe(SpanKind.CLIENT);
    const port = Number(new URL(server.url).port);
    expect(span?.attributes).toEqual({
      "http.request.method": "GET",
      "server.address": "127.0.0.1",
      "server.port": port,
      "url.full": `${server.url}/customers/{customerId}/activity-logs?limit=5`,
      "url.template": "/customers/{customerId}/activity-logs",
      "http.response.status_code": 200,
    });
    expect(span?.status.code).toBe(SpanStatusCode.UNSET);
    expect(span?.ended).toBe(true);
  });

  it("records a 429 then a 200 as two spans, the second with resend_count 1", async () => {
    let calls = 0;
    server.handle = (req, res) =>
      ++calls === 1
        ? json(429, { message: "slow down", code: "TOO_MANY_REQUESTS" }, { "Retry-After": "0" })(req, res)
        : json(200, page(0))(req, res);
    await client().getActivityLogs("c-1");
    const [first, second, ...rest] = spans();
    expect(rest).toEqual([]);
    expect(first?.attributes["http.response.status_code"]).toBe(429);
    expect(first?.attributes["error.type"]).toBe("429");
    expect(first?.attributes).not.toHaveProperty("http.request.resend_count");
    expect(first?.status.code).toBe(SpanStatusCode.ERROR);
    expect(second?.attributes["http.request.resend_count"]).toBe(1);
    expect(second?.attributes["http.response.status_code"]).toBe(200);
    expect(second?.status.code).toBe(SpanStatusCode.UNSET);
  });

  it("records a 404 as a failed span whose error type is the status", async () => {
    server.handle = json(404, { message: "no such customer", code: "NOT_FOUND" });
    const error = await client()
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    const [span, ...rest] = spans();
    expect(rest).toEqual([]);
    expect(span?.attributes["error.type"]).toBe("404");
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: "404" });
  });

  it("records a refused connection with the network reason and no status code", async () => {
    const error = await client({ baseUrl: await closedPortUrl(), retry: false })
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    const [span] = spans();
    expect(span?.attributes["error.type"]).toBe("connect");
    expect(span?.attributes).not.toHaveProperty("http.response.status_code");
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
  });

  it("records a timeout as error type timeout, one span per attempt", async () => {
    server.handle = () => {};
    const error = await client({ timeoutMs: 50, retry: { retries: 1, minDelayMs: 1, maxDelayMs: 1 } })
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect(spans().map((s) => s.attributes["error.type"])).toEqual(["timeout", "timeout"]);
    expect(spans().every((s) => s.ended)).toBe(true);
  });

  it("ends the span of an attempt the caller aborts, once", async () => {
    server.handle = () => {};
    const controller = new AbortController();
    const call = client().getActivityLogs("c-1", { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(new Error("user left"));
    await expect(call).rejects.toThrow("user left");
    const [span, ...rest] = spans();
    expect(rest).toEqual([]);
    expect(span?.attributes["error.type"]).toBe("aborted");
    expect(span?.ended).toBe(true);
  });

  it("shows the key in no span, whatever the server echoes in its body and headers", async () => {
    server.handle = (req, res) =>
      json(
        500,
        { message: `bad key ${req.headers.authorization}`, code: "INTERNAL_SERVER_ERROR" },
        {
          "X-Echo": String(req.headers.authorization),
        },
      )(req, res);
    await client({ retry: false })
      .getActivityLogs("c-1")
      .catch(() => {});
    const [span] = spans();
    expect(span).toBeDefined();
    expect(shown(span!)).not.toContain(KEY);
    expect(shown(span!)).not.toContain(KEY.slice(4, 20));
  });

  it("records a three-page walk as three spans under the caller's span", async () => {
    server.handle = (req, res) => {
      const currentPage = Number(new URL(req.url ?? "/", server.url).searchParams.get("currentPage") ?? 1);
      const logs = [0, 1].map((i) => ({ data: { page: currentPage, i } }));
      json(200, { totalCount: 6, customerId: "c-1", activityLogs: logs })(req, res);
    };
    const parent = provider.getTracer("app").startSpan("export");
    await context.with(trace.setSpan(context.active(), parent), async () => {
      for await (const _log of client().iterateActivityLogs("c-1", { limit: 2 })) void _log;
    });
    parent.end();
    const attempts = spans();
    expect(attempts).toHaveLength(3);
    for (const span of attempts) expect(span.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
  });

  it("follows trace.getTracerProvider() passed before the SDK is registered", async () => {
    server.handle = json(200, page(0));
    const early = client({ tracerProvider: trace.getTracerProvider() });
    trace.setGlobalTracerProvider(provider);
    try {
      await early.getActivityLogs("c-1");
      expect(spans()).toHaveLength(1);
    } finally {
      trace.disable();
    }
  });

  it("traces nothing and throws nothing without a provider", async () => {
    server.handle = json(200, page(0));
    await client({ tracerProvider: undefined }).getActivityLogs("c-1");
    expect(spans()).toEqual([]);
  });

  it("sends no traceparent upstream unless asked to", async () => {
    server.handle = json(200, page(0));
    await client().getActivityLogs("c-1");
    expect(server.requests[0]?.headers).not.toHaveProperty("traceparent");
    await client({ propagateTraceContext: true }).getActivityLogs("c-1");
    const sent = spans()[1]!.spanContext();
    expect(server.requests[1]?.headers.traceparent).toBe(`00-${sent.traceId}-${sent.spanId}-01`);
  });

  it("records a same-origin redirect the client follows as another request, counted in resend_count", async () => {
    server.handle = (req, res) => {
      if (req.url?.startsWith("/customers/c-1/")) {
        res.writeHead(302, { Location: "/moved/customers/c-1/activity-logs" });
        res.end();
      } else json(200, page(0))(req, res);
    };
    await client().getActivityLogs("c-1");
    const [first, second, ...rest] = spans();
    expect(rest).toEqual([]);
    expect(first?.attributes["http.response.status_code"]).toBe(302);
    expect(first?.status.code).toBe(SpanStatusCode.UNSET);
    expect(second?.attributes["http.request.resend_count"]).toBe(1);
    expect(second?.attributes["url.full"]).toBe(`${server.url}/moved/customers/{customerId}/activity-logs`);
    expect(second?.attributes["http.response.status_code"]).toBe(200);
    expect(second?.ended).toBe(true);
  });

  it("shows the key in no url.full when a redirect the client follows echoes it", async () => {
    server.handle = (req, res) => {
      if (req.url?.startsWith("/customers/c-1/")) {
        res.writeHead(302, { Location: `/moved/customers/c-1/activity-logs?echo=${KEY}` });
        res.end();
      } else json(200, page(0))(req, res);
    };
    await client().getActivityLogs("c-1");
    const [first, second] = spans();
    expect(second?.attributes["http.request.resend_count"]).toBe(1);
    expect(String(second?.attributes["url.full"])).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/moved\/customers\/\{customerId\}/,
    );
    for (const span of [first!, second!]) expect(shown(span)).not.toContain(KEY);
  });

  it("records a body over maxResponseBytes as error type too-large, with its status", async () => {
    server.handle = json(200, { ...page(0), padding: "x".repeat(2000) });
    const error = await client({ maxResponseBytes: 1000 })
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(isNetworkError(error) && error.reason).toBe("too-large");
    const [span, ...rest] = spans();
    expect(rest).toEqual([]);
    expect(span?.attributes["http.response.status_code"]).toBe(200);
    expect(span?.attributes["error.type"]).toBe("too-large");
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
  });

  it("records a 2xx body that is not JSON as a failed span, error type invalid-json, with its status", async () => {
    server.handle = (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end("<html>not json</html>");
    };
    const error = await client({ retry: false })
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(isNetworkError(error) && error.reason).toBe("invalid-json");
    const [span, ...rest] = spans();
    expect(rest).toEqual([]);
    expect(span?.attributes["http.response.status_code"]).toBe(200);
    expect(span?.attributes["error.type"]).toBe("invalid-json");
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
  });

  it("records a page that breaks the contract as a failed span (strict), and as a plain 200 when warned", async () => {
    // `totalCount` must be a number: the strict client rejects the page, the warning client returns it.
    server.handle = json(200, { ...page(0), totalCount: "three" });
    const error = await client({ validate: "strict", retry: false })
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(isContractError(error)).toBe(true);
    const [strict, ...rest] = spans();
    expect(rest).toEqual([]);
    expect(strict?.attributes["http.response.status_code"]).toBe(200);
    expect(strict?.attributes["error.type"]).toBe("ContractError");
    expect(strict?.status.code).toBe(SpanStatusCode.ERROR);
    exporter.reset();
    await client({ validate: "warn", onContractViolation: () => {} }).getActivityLogs("c-1");
    const [warned] = spans();
    expect(warned?.attributes["error.type"]).toBeUndefined();
    expect(warned?.status.code).toBe(SpanStatusCode.UNSET);
  });

  it("traces client.raw calls too", async () => {
    server.handle = json(200, page(0));
    await client().raw.GET("/customers/{customerId}/activity-logs", { params: { path: { customerId: "c-1" } } });
    expect(spans()).toHaveLength(1);
  });
});

describe("proxy spans", () => {
  it("records the upstream call as a CLIENT span under the handler's active span", async () => {
    server.handle = json(200, page(0));
    const proxy = createActivityLogsProxy({
      apiKey: KEY,
      baseUrl: server.url,
      authorize: () => true,
      tracerProvider: provider,
    });
    const parent = provider.getTracer("app").startSpan("route handler");
    const response = await context.with(trace.setSpan(context.active(), parent), () =>
      proxy(new Request("https://app.example/api/compilot/customers/c-1/activity-logs?limit=3")),
    );
    parent.end();
    expect(response.status).toBe(200);
    const [span, ...rest] = spans();
    expect(rest).toEqual([]);
    expect(span?.kind).toBe(SpanKind.CLIENT);
    expect(span?.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    expect(span?.attributes["url.full"]).toBe(`${server.url}/customers/{customerId}/activity-logs?limit=3`);
    expect(span?.attributes["http.response.status_code"]).toBe(200);
    expect(shown(span!)).not.toContain(KEY);
  });

  it("records an upstream that refuses the connection as a failed span with no status code", async () => {
    const proxy = createActivityLogsProxy({
      apiKey: KEY,
      baseUrl: await closedPortUrl(),
      authorize: () => true,
      tracerProvider: provider,
    });
    const response = await proxy(new Request("https://app.example/api/compilot/customers/c-1/activity-logs"));
    expect(response.status).toBe(502);
    const [span, ...rest] = spans();
    expect(rest).toEqual([]);
    expect(span?.attributes["error.type"]).toBe("network");
    expect(span?.attributes).not.toHaveProperty("http.response.status_code");
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
    expect(span?.ended).toBe(true);
  });

  it("traces nothing without a provider", async () => {
    server.handle = json(200, page(0));
    const proxy = createActivityLogsProxy({ apiKey: KEY, baseUrl: server.url, authorize: () => true });
    expect((await proxy(new Request("https://app.example/api/compilot/customers/c-1/activity-logs"))).status).toBe(200);
    expect(spans()).toEqual([]);
  });

  it("refuses a tracerProvider that is not one with a TypeError when made, as the client does", () => {
    for (const tracerProvider of [{}, null, "global"])
      expect(() =>
        createActivityLogsProxy({ apiKey: KEY, authorize: () => true, tracerProvider: tracerProvider as never }),
      ).toThrow(new TypeError("tracerProvider must be an OpenTelemetry TracerProvider"));
  });
});
