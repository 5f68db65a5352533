// Tracing off costs nothing at run time: a client without a tracerProvider never imports src/request/tracing.ts (the
// test counts that module's imports), and one with a provider imports it with its first request, not when it is made.
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActivityLogsClientOptions } from "../src/index.ts";
import { useTestServer } from "./support/http-server.ts";

// How often src/request/tracing.ts was imported since the test began, and whether its import fails.
const imports = { count: 0, fail: false };

const server = useTestServer();
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

beforeEach(() => {
  // Each test gets the package afresh, so the count says whether this test's client imported the tracing module.
  vi.resetModules();
  vi.doMock(import("../src/request/tracing.ts"), async (importOriginal) => {
    imports.count++;
    if (imports.fail) throw new Error("chunk failed to load");
    return importOriginal();
  });
  Object.assign(imports, { count: 0, fail: false });
  exporter.reset();
  server.handle = (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ totalCount: 0, customerId: "c-1", activityLogs: [] }));
  };
});

const client = async (options: ActivityLogsClientOptions) => {
  const { createActivityLogsClient } = await import("../src/index.ts");
  return createActivityLogsClient({
    apiKey: "sk_live_lazy_0123456789abcdef",
    baseUrl: server.url,
    rateLimit: false,
    ...options,
  });
};

describe("the tracing code", () => {
  it("is never imported by a client without a tracerProvider, typed calls and raw calls alike", async () => {
    const untraced = await client({});
    await untraced.getActivityLogs("c-1");
    await untraced.raw.GET("/customers/{customerId}/activity-logs", { params: { path: { customerId: "c-1" } } });
    expect(server.requests).toHaveLength(2);
    expect(imports.count).toBe(0);
  });

  it("is imported by a client with a provider on its first request, not when it is made", async () => {
    const traced = await client({ tracerProvider: provider });
    expect(imports.count).toBe(0);
    await traced.getActivityLogs("c-1");
    await traced.getActivityLogs("c-1");
    expect(imports.count).toBe(1);
    expect(exporter.getFinishedSpans()).toHaveLength(2);
  });

  it("leaves an attempt untraced when it fails to load, tries again with the next, and the requests succeed", async () => {
    imports.fail = true;
    const traced = await client({ tracerProvider: provider });
    await expect(traced.getActivityLogs("c-1")).resolves.toMatchObject({ totalCount: 0 });
    expect(imports.count).toBe(1);
    expect(exporter.getFinishedSpans()).toEqual([]);
    imports.fail = false;
    await traced.getActivityLogs("c-1");
    expect(imports.count).toBe(2);
    expect(exporter.getFinishedSpans()).toHaveLength(1);
  });

  it("refuses a tracerProvider that is none, naming the option", async () => {
    // @ts-expect-error -- not a TracerProvider
    await expect(client({ tracerProvider: {} })).rejects.toThrow(
      new TypeError("tracerProvider must be an OpenTelemetry TracerProvider"),
    );
  });
});
