// Latency: one request with its body parsed; the client against bare openapi-fetch against raw fetch, on pages of
// 2.6 KB, 108 KB and 2 MB. The goal: the client within 3% of openapi-fetch with the same per-request timeout at 108 KB
// (the client always has one); bare openapi-fetch is reported beside it. At 108 KB, a client with a tracerProvider
// (the OpenTelemetry SDK, its spans kept in memory) is measured beside the one without: what tracing on costs.
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import createClient from "openapi-fetch";
import { createActivityLogsClient } from "../../src/index.ts";
import type { paths } from "../../src/model/types.ts";
import { addRow, interleave, type BenchOptions, type Quartiles } from "./stats.ts";

/** Runs the latency figure against the bench server at `baseUrl`. */
export async function latency(baseUrl: string, options: BenchOptions): Promise<void> {
  console.log("latency (one request, parsed body)");
  // No rate limit, no retries: the per-request cost of the wrapper itself (limits are measured in the paging figure).
  const ours = createActivityLogsClient({ baseUrl, apiKey: "bench", rateLimit: false, retry: false });
  const bare = createClient<paths>({ baseUrl, headers: { Authorization: "Bearer bench" } });
  const exporter = new InMemorySpanExporter();
  const traced = createActivityLogsClient({
    baseUrl,
    apiKey: "bench",
    rateLimit: false,
    retry: false,
    tracerProvider: new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
  });
  const pages = [
    // Requests per sample: enough that one sample lasts tens of milliseconds, above the scheduler's noise.
    ["page-2.6k", "2.6 KB", 50],
    ["page-108k", "108 KB", 20],
    ["page-2m", "2 MB", 3],
  ] as const;
  for (const [id, label, batch] of pages) {
    const url = `${baseUrl}/customers/${id}/activity-logs`;
    const repeat = async (call: () => Promise<unknown>) => {
      for (let i = 0; i < batch; i++) await call();
    };
    const cpu: number[][] = [];
    const withTracing = label === "108 KB";
    const [client, raw, openapiFetch, openapiFetchTimeout, clientTraced] = await interleave(
      [
        { name: "client", run: () => repeat(() => ours.getActivityLogs(id)) },
        {
          name: "fetch",
          run: () => repeat(async () => (await fetch(url, { headers: { Authorization: "Bearer bench" } })).json()),
        },
        {
          name: "openapi-fetch",
          run: () =>
            repeat(() => bare.GET("/customers/{customerId}/activity-logs", { params: { path: { customerId: id } } })),
        },
        {
          // What any abortable per-request timeout costs on top of openapi-fetch: fetch links the signal to each Request.
          name: "openapi-fetch + timeout",
          run: () =>
            repeat(async () => {
              const controller = new AbortController();
              const timer = setTimeout(() => controller.abort(), 30_000);
              try {
                return await bare.GET("/customers/{customerId}/activity-logs", {
                  params: { path: { customerId: id } },
                  signal: controller.signal,
                });
              } finally {
                clearTimeout(timer);
              }
            }),
        },
        ...(withTracing
          ? [
              {
                name: "client + tracing",
                run: async () => {
                  await repeat(() => traced.getActivityLogs(id));
                  exporter.reset();
                },
              },
            ]
          : []),
      ],
      options.latencyRounds,
      undefined,
      cpu,
    );
    if (!client || !raw || !openapiFetch || !openapiFetchTimeout) throw new Error("missing samples");
    const per = (samples: number[]) => samples.map((ms) => ms / batch);
    const figure = `latency, ${label} page`;
    const note = `${options.latencyRounds} rounds`;
    // The three contenders side by side against raw fetch, then the client against both openapi-fetch baselines: the
    // goal is against openapi-fetch with the same per-request timeout, on the 108 KB page (openapi-fetch's own cost over
    // raw fetch, the Request it builds, is accepted by design; what any timeout costs shows in the bare baseline's row).
    const goal = label === "108 KB" ? { goal: { text: "≤ 1.03×", met: (r: Quartiles) => r.median <= 1.03 } } : {};
    for (const [contender, samples] of [
      ["client", client],
      ["openapi-fetch", openapiFetch],
      ["openapi-fetch + timeout", openapiFetchTimeout],
    ] as const) {
      addRow({
        figure,
        contender,
        baseline: "raw fetch",
        contenderSamples: per(samples),
        baselineSamples: per(raw),
        note,
      });
    }
    addRow({
      figure,
      contender: "client",
      baseline: "openapi-fetch",
      contenderSamples: per(client),
      baselineSamples: per(openapiFetch),
      note,
    });
    addRow({
      figure,
      contender: "client",
      baseline: "openapi-fetch + timeout",
      contenderSamples: per(client),
      baselineSamples: per(openapiFetchTimeout),
      note,
      ...goal,
    });
    // Tracing on, against the goal's baseline and against the client without it.
    if (clientTraced)
      for (const [baseline, samples] of [
        ["openapi-fetch + timeout", openapiFetchTimeout],
        ["client", client],
      ] as const)
        addRow({
          figure,
          contender: "client + tracing",
          baseline,
          contenderSamples: per(clientTraced),
          baselineSamples: per(samples),
          note,
        });
    // The same two, by the CPU time this process spent (the server runs in its own): what the wrapper costs, without
    // the scheduler's noise that wall time carries on a busy machine.
    const [clientCpu, , , openapiFetchTimeoutCpu, clientTracedCpu] = cpu;
    if (clientCpu && openapiFetchTimeoutCpu)
      addRow({
        figure: `${figure}, CPU time`,
        contender: "client",
        baseline: "openapi-fetch + timeout",
        contenderSamples: per(clientCpu),
        baselineSamples: per(openapiFetchTimeoutCpu),
        note,
      });
    if (clientCpu && clientTracedCpu)
      addRow({
        figure: `${figure}, CPU time`,
        contender: "client + tracing",
        baseline: "client",
        contenderSamples: per(clientTracedCpu),
        baselineSamples: per(clientCpu),
        note,
      });
  }
}
