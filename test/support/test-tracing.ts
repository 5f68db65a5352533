// The real OpenTelemetry SDK for a test file: a tracer provider whose spans land in memory, and an AsyncLocalStorage
// context manager registered for the file's tests (so spans find their parent), the spans forgotten after each test.
import { context } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { afterAll, afterEach, beforeAll } from "vitest";

/** Sets up the SDK for the calling test file; returns its provider and the exporter that holds the ended spans. */
export function useTestTracing(): { provider: BasicTracerProvider; exporter: InMemorySpanExporter } {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const contextManager = new AsyncLocalStorageContextManager();
  beforeAll(() => void context.setGlobalContextManager(contextManager.enable()));
  afterAll(() => context.disable());
  afterEach(() => exporter.reset());
  return { provider, exporter };
}
