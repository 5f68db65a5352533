// The big-page proxy figure: a 16 MiB page through createActivityLogsProxy behind node:http (the README's adapter),
// with its redaction and without it (the same steps, the text passed on as it is), interleaved round by round; and the
// longest the proxy's event loop was blocked (perf_hooks' monitorEventLoopDelay, 10 ms resolution). The upstream API and
// the visitor run in a child process, so only the proxy's work is on the measured loop. Goals: the redaction at most
// doubles the proxy's time, and no block over 100 ms.
//
// `npx tsx scripts/bench/proxy.ts [--rounds N]`: it compiles itself with esbuild first and runs on plain Node, as a
// user's build would (tsx wraps every closure created at run time).
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readCapped } from "../../src/core/read-body.ts";
import { createActivityLogsProxy, toNodeListener, type ActivityLogsProxy } from "../../src/server.ts";
import { compileForNode } from "../compile.ts";
import { isMain } from "../is-main.ts";
import { makePageOfSize } from "./pages.ts";

const MiB = 2 ** 20;
const KEY = "sk_live_4f9a2c7e1b3d5f60a8c9e2b4d6f81a3c";
/** The pages: as the factories make them (no JSON escape), and with an escaped quote in every session alias. */
const PAGES = ["plain", "escaped"] as const;
type PageName = (typeof PAGES)[number];

/** The goals of the figure. */
export const PROXY_GOALS = { maxRatio: 2, maxBlockMs: 100 } as const;

/** One figure per page. */
export interface ProxyFigure {
  page: PageName;
  bytes: number;
  /** Median time of a visitor's request, first byte sent to last byte received, in ms. */
  withoutMs: number;
  withMs: number;
  /** Longest event-loop block of the proxy's process during the requests, in ms. */
  withoutBlockMs: number;
  withBlockMs: number;
}

// The child: the upstream API (both pages, pre-encoded) and the visitor, which times the requests it is told to make.
function child(): void {
  const pages = new Map<string, Buffer>();
  const plain = JSON.stringify(makePageOfSize(16 * MiB - 128 * 1024));
  pages.set("plain", Buffer.from(plain));
  const escaped = JSON.stringify(makePageOfSize(15 * MiB)).replace(/"alias":"/g, '"alias":"\\"');
  pages.set("escaped", Buffer.from(escaped));
  const server = createServer((req, res) => {
    const page = pages.get(/^\/customers\/([^/]+)\/activity-logs/.exec(req.url ?? "")?.[1] ?? "");
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/json", "content-length": String(page.length) }).end(page);
  });
  server.listen(0, "127.0.0.1", () => {
    const sizes = Object.fromEntries([...pages].map(([name, page]) => [name, page.length]));
    process.send?.({ port: (server.address() as AddressInfo).port, sizes });
  });
  process.on("message", (url: string) => {
    const start = performance.now();
    void fetch(url)
      .then((response) => response.arrayBuffer().then((body) => [response.status, body.byteLength] as const))
      .then(([status, bytes]) => process.send?.({ ms: performance.now() - start, status, bytes }));
  });
  process.on("disconnect", () => process.exit(0));
}

// The proxy's steps without the redaction: the same upstream request, capped read and JSON outline check, and the
// text passed on as it is.
function bareProxy(baseUrl: string): ActivityLogsProxy {
  return async (request) => {
    const path = new URL(request.url).pathname;
    const upstream = await fetch(`${baseUrl}${path}`, {
      headers: { Accept: "application/json", Authorization: `Bearer ${KEY}`, "User-Agent": "compilot-activity-logs" },
      redirect: "error",
      signal: request.signal,
    });
    const [body] = await readCapped(upstream, 16 * MiB);
    if (!/^\s*[[{]/.test(body.slice(0, 64)) || !/[\]}]\s*$/.test(body.slice(-64))) throw new Error("not JSON");
    return new Response(body, {
      status: upstream.status,
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
    });
  };
}

async function listen(handler: ActivityLogsProxy): Promise<string> {
  const server = createServer((req, res) => void toNodeListener(handler)(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** Runs the figure: `rounds` requests per page and contender, interleaved, after 2 warm-up rounds. */
export async function measureProxy(rounds: number, file = fileURLToPath(import.meta.url)): Promise<ProxyFigure[]> {
  const execArgv = file.endsWith(".ts") ? ["--import", "tsx"] : [];
  const upstream = spawn(process.execPath, [...execArgv, file, "--child"], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  try {
    const { port, sizes } = await new Promise<{ port: number; sizes: Record<PageName, number> }>((resolve) =>
      upstream.once("message", resolve),
    );
    const baseUrl = `http://127.0.0.1:${port}`;
    const contenders = {
      with: await listen(createActivityLogsProxy({ apiKey: KEY, baseUrl, authorize: () => true })),
      without: await listen(bareProxy(baseUrl)),
    };
    const visit = (url: string) =>
      new Promise<{ ms: number; status: number; bytes: number }>((resolve) => {
        upstream.once("message", resolve);
        upstream.send(url);
      });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const figures: ProxyFigure[] = [];
    for (const page of PAGES) {
      const times = { with: [] as number[], without: [] as number[] };
      const blocks = { with: 0, without: 0 };
      for (let round = 0; round < rounds + 2; round++) {
        for (const name of round % 2 ? (["with", "without"] as const) : (["without", "with"] as const)) {
          delay.reset();
          const { ms, status, bytes } = await visit(`${contenders[name]}/customers/${page}/activity-logs`);
          if (status !== 200 || bytes !== sizes[page]) throw new Error(`${name} ${page}: ${status}, ${bytes} bytes`);
          if (round < 2) continue;
          times[name].push(ms);
          blocks[name] = Math.max(blocks[name], delay.max / 1e6 - 10);
        }
      }
      figures.push({
        page,
        bytes: sizes[page],
        withoutMs: median(times.without),
        withMs: median(times.with),
        withoutBlockMs: blocks.without,
        withBlockMs: blocks.with,
      });
    }
    delay.disable();
    return figures;
  } finally {
    upstream.kill();
  }
}

/** The figure as text: one line per page, then each goal met or missed. */
export function proxyTable(figures: ProxyFigure[]): string {
  const lines = [
    "proxy, 16 MiB page through node:http (the README adapter), median of the rounds",
    "| page | size | without redaction | with redaction | ratio | longest loop block (without / with) |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const f of figures)
    lines.push(
      `| ${f.page} | ${(f.bytes / MiB).toFixed(1)} MiB | ${f.withoutMs.toFixed(0)} ms | ${f.withMs.toFixed(0)} ms | ${(f.withMs / f.withoutMs).toFixed(2)}x | ${f.withoutBlockMs.toFixed(0)} ms / ${f.withBlockMs.toFixed(0)} ms |`,
    );
  const ratio = Math.max(...figures.map((f) => f.withMs / f.withoutMs));
  const block = Math.max(...figures.map((f) => f.withBlockMs));
  lines.push(
    "",
    `goal: redaction at most ${PROXY_GOALS.maxRatio}x the proxy's time: ${ratio <= PROXY_GOALS.maxRatio ? "met" : "MISSED"} (${ratio.toFixed(2)}x)`,
    `goal: no event-loop block over ${PROXY_GOALS.maxBlockMs} ms with redaction: ${block <= PROXY_GOALS.maxBlockMs ? "met" : "MISSED"} (${block.toFixed(0)} ms)`,
  );
  return lines.join("\n");
}

async function main(): Promise<void> {
  const file = fileURLToPath(import.meta.url);
  if (process.argv.includes("--child")) return child();
  if (file.endsWith(".ts")) {
    // Under tsx: compile this file and run that instead.
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const outfile = `${root}.bench/proxy.mjs`;
    await compileForNode(file, outfile);
    const run = spawn(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
    run.on("exit", (code) => process.exit(code ?? 1));
    return;
  }
  const { values } = parseArgs({ options: { rounds: { type: "string" }, child: { type: "boolean" } } });
  const rounds = Math.max(1, Number(values.rounds ?? 10) || 10);
  console.log(proxyTable(await measureProxy(rounds, file)));
}

if (isMain(import.meta.url)) await main();
