// Paging: iterateActivityLogs against page after page, under the default rate limit, and the busiest second the
// server saw.
import { createActivityLogsClient } from "../../src/index.ts";
import { PAGED_LATENCY_MS, PAGED_LOGS } from "./pages.ts";
import { addRow, interleave, quartiles, type BenchOptions } from "./stats.ts";

/** Runs the paging figure against the bench server at `baseUrl`. */
export async function paging(baseUrl: string, options: BenchOptions): Promise<void> {
  console.log(`iterateActivityLogs (${PAGED_LOGS} logs, 20 pages of 100, ${PAGED_LATENCY_MS} ms per request)`);
  // The default client: the vendor's rate limit (15/s, 300/min) on, default concurrency.
  const arrivals = async () => (await (await fetch(`${baseUrl}/arrivals`)).json()) as number[];
  const maxPerSecond = (times: number[]) => {
    let max = 0;
    for (let i = 0; i < times.length; i++) {
      const start = times[i] ?? 0;
      let n = 0;
      for (let j = i; j < times.length && (times[j] ?? 0) < start + 1000; j++) n++;
      max = Math.max(max, n);
    }
    return max;
  };
  let worstIterateRate = 0;
  let worstArrivals: number[] = [];
  const rates: number[] = [];
  let count = 0;
  // Each client is fresh per sample, so the 300/min window of one sample never throttles the next: a new process
  // would start with a fresh limiter too.
  const [iterate, sequential] = await interleave(
    [
      {
        name: "iterate",
        run: async () => {
          await arrivals();
          const client = createActivityLogsClient({ baseUrl, apiKey: "bench", retry: false });
          count = 0;
          for await (const log of client.iterateActivityLogs("paged", { limit: 100 })) if (log) count++;
          const times = await arrivals();
          const rate = maxPerSecond(times);
          rates.push(rate);
          if (rate > worstIterateRate) {
            worstIterateRate = rate;
            worstArrivals = times.map((t) => Math.round(t - (times[0] ?? 0)));
          }
        },
      },
      {
        name: "sequential",
        run: async () => {
          const client = createActivityLogsClient({ baseUrl, apiKey: "bench", retry: false });
          let seen = 0;
          for (let page = 1; ; page++) {
            const body = await client.getActivityLogs("paged", { currentPage: page, limit: 100 });
            seen += body.activityLogs.length;
            if (body.activityLogs.length === 0 || seen >= body.totalCount) break;
          }
        },
      },
    ],
    options.rounds,
    1,
  );
  if (!iterate || !sequential) throw new Error("missing samples");
  console.log(
    `  requests in the busiest 1 s window, per run: median ${quartiles(rates).median}, worst ${worstIterateRate} (arrivals, ms: ${worstArrivals.join(" ")})`,
  );
  if (count !== PAGED_LOGS) throw new Error(`iterateActivityLogs yielded ${count} logs, expected ${PAGED_LOGS}`);
  // Speed-up = sequential / iterate; the table's ratio is iterate / sequential, so the goal is ≤ 0.5.
  addRow({
    figure: `paging, ${PAGED_LOGS} logs`,
    contender: "iterateActivityLogs",
    baseline: "page after page",
    contenderSamples: iterate,
    baselineSamples: sequential,
    goal: { text: "≤ 0.5× (≥ 2× faster)", met: (r) => r.median <= 0.5 },
  });
  // The vendor's limit is counted where it is enforced: at the server, over any 1 s window.
  addRow({
    figure: "paging, busiest 1 s at the server",
    contender: "iterateActivityLogs requests",
    baseline: "limit (15)",
    contenderSamples: rates,
    baselineSamples: rates.map(() => 15),
    goal: { text: "≤ 1.00×", met: (r) => r.q3 <= 1 && worstIterateRate <= 15 },
    note: `worst run ${worstIterateRate} requests`,
    display: `${quartiles(rates).median} / 15 requests`,
  });
}
