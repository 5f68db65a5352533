// The attempt span itself, with the real OpenTelemetry SDK (sdk-trace-base 2.x, its in-memory exporter, an
// AsyncLocalStorage context manager): name, kind, attributes, status, parent, propagation, ended once.
import { context, SpanKind, SpanStatusCode, trace, type TracerProvider } from "@opentelemetry/api";
import { BasicTracerProvider } from "@opentelemetry/sdk-trace-base";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  createAttemptTracing,
  traceableUrl,
  type TracerProvider as OurTracerProvider,
} from "../src/request/tracing.ts";
import { useTestTracing } from "./support/test-tracing.ts";

const { provider, exporter } = useTestTracing();

const URL_OF = "https://user:pw@api.compilot.ai/customers/c%C3%A9-1/activity-logs?currentPage=2&limit=10";

describe("attempt spans", () => {
  it("start as CLIENT spans named after the route template, with the HTTP client attributes", () => {
    const start = createAttemptTracing({ tracerProvider: provider })!;
    const span = start(URL_OF, 0);
    span.received(200);
    span.end();
    const [finished, ...rest] = exporter.getFinishedSpans();
    expect(rest).toEqual([]);
    expect(finished?.name).toBe("GET /customers/{customerId}/activity-logs");
    expect(finished?.kind).toBe(SpanKind.CLIENT);
    expect(finished?.attributes).toEqual({
      "http.request.method": "GET",
      "server.address": "api.compilot.ai",
      "server.port": 443,
      "url.full": "https://api.compilot.ai/customers/{customerId}/activity-logs?currentPage=2&limit=10",
      "url.template": "/customers/{customerId}/activity-logs",
      "http.response.status_code": 200,
    });
    expect(finished?.status.code).toBe(SpanStatusCode.UNSET);
    expect(finished?.instrumentationScope.name).toBe("compilot-activity-logs");
  });

  it("count resends from the second attempt on, and keep the customer id when asked to", () => {
    const start = createAttemptTracing({ tracerProvider: provider, traceCustomerIds: true })!;
    start("http://127.0.0.1:4010/customers/c1/activity-logs", 1).end();
    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes["http.request.resend_count"]).toBe(1);
    expect(span?.attributes["url.full"]).toBe("http://127.0.0.1:4010/customers/c1/activity-logs");
    expect(span?.attributes["server.port"]).toBe(4010);
    expect(span?.attributes["server.address"]).toBe("127.0.0.1");
  });

  it("mark a status of 400 or more as an error whose type is the status", () => {
    const start = createAttemptTracing({ tracerProvider: provider })!;
    const span = start("https://api.compilot.ai/customers/c1/activity-logs", 0);
    span.received(429);
    span.end();
    const [finished] = exporter.getFinishedSpans();
    expect(finished?.attributes["error.type"]).toBe("429");
    expect(finished?.status).toEqual({ code: SpanStatusCode.ERROR, message: "429" });
  });

  it("mark a failure with its error type and no response status", () => {
    const start = createAttemptTracing({ tracerProvider: provider })!;
    const span = start("https://api.compilot.ai/customers/c1/activity-logs", 0);
    span.failed("timeout");
    span.end();
    span.end();
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(1);
    expect(spans[0]?.attributes["error.type"]).toBe("timeout");
    expect(spans[0]?.attributes).not.toHaveProperty("http.response.status_code");
    expect(spans[0]?.status.code).toBe(SpanStatusCode.ERROR);
  });

  it("are children of the caller's active span", async () => {
    const start = createAttemptTracing({ tracerProvider: provider })!;
    const parent = provider.getTracer("app").startSpan("parent");
    await context.with(trace.setSpan(context.active(), parent), async () => {
      await Promise.resolve();
      start("https://api.compilot.ai/customers/c1/activity-logs", 0).end();
    });
    parent.end();
    const child = exporter.getFinishedSpans().find((s) => s.name.startsWith("GET"));
    expect(child?.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    expect(child?.spanContext().traceId).toBe(parent.spanContext().traceId);
  });

  it("carry a traceparent header only when propagation is on", () => {
    const quiet = createAttemptTracing({ tracerProvider: provider })!("https://a.example/customers/c/activity-logs", 0);
    expect(quiet.headers).toEqual([]);
    quiet.end();
    const loud = createAttemptTracing({ tracerProvider: provider, propagateTraceContext: true })!(
      "https://a.example/customers/c/activity-logs",
      0,
    );
    const { traceId, spanId } = exporter.getFinishedSpans()[0]!.spanContext();
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    loud.end();
    const sent = exporter.getFinishedSpans()[1]!.spanContext();
    expect(loud.headers).toEqual([["traceparent", `00-${sent.traceId}-${sent.spanId}-01`]]);
    expect(sent.spanId).not.toBe(spanId);
  });

  it("send no traceparent for a no-op tracer's span (all-zero ids)", () => {
    const noop = trace.getTracerProvider() as TracerProvider;
    const span = createAttemptTracing({ tracerProvider: noop, propagateTraceContext: true })!(
      "https://a.example/customers/c/activity-logs",
      0,
    );
    expect(span.headers).toEqual([]);
    span.end();
  });

  it("follow trace.getTracerProvider() registered after the tracing was made", () => {
    const start = createAttemptTracing({ tracerProvider: trace.getTracerProvider() })!;
    start("https://a.example/customers/c/activity-logs", 0).end();
    expect(exporter.getFinishedSpans()).toEqual([]);
    trace.setGlobalTracerProvider(provider);
    try {
      start("https://a.example/customers/c/activity-logs", 0).end();
      expect(exporter.getFinishedSpans()).toHaveLength(1);
    } finally {
      trace.disable();
    }
  });

  it("are off without a provider", () => {
    expect(createAttemptTracing({})).toBeUndefined();
  });
});

describe("the tracing types", () => {
  it("take @opentelemetry/api's own TracerProvider, and the SDK's", () => {
    expectTypeOf<TracerProvider>().toExtend<OurTracerProvider>();
    expectTypeOf<BasicTracerProvider>().toExtend<OurTracerProvider>();
    expect(SpanKind.CLIENT).toBe(2);
    expect(SpanStatusCode.ERROR).toBe(2);
  });
});

describe("traceableUrl", () => {
  it("drops credentials and, by default, the customer id", () => {
    expect(traceableUrl("https://u:p@h.example/base/customers/abc/activity-logs?limit=1", false)).toBe(
      "https://h.example/base/customers/{customerId}/activity-logs?limit=1",
    );
    expect(traceableUrl("https://h.example/customers/abc/activity-logs", true)).toBe(
      "https://h.example/customers/abc/activity-logs",
    );
  });
});
