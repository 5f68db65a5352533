// `compilot-activity-logs mock`: a local mock of the API to build a frontend against, without a key. It serves
// `GET /customers/{customerId}/activity-logs` with a deterministic history per customer id (mock-history.ts), paged by
// `currentPage` and `limit` under the client's rules, and answers everything else in the API's error shape.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { InvalidArgumentError, type Command } from "commander";
import { makeActivityLogsResponse, makeApiErrorBody } from "../mock/factories.ts";
import { pageOf } from "../model/pages.ts";
import type { ActivityLog, ApiErrorBody } from "../model/types.ts";
import { ACTIVITY_LOGS_ROUTE, PAGE_PARAMETERS, isCustomerId, isPositiveInteger } from "../core/rules.ts";
import { mockHistory } from "./mock-history.ts";

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number | undefined;
  /** Default 127.0.0.1. */
  host?: string | undefined;
  /** Varies every history: the same seed gives the same histories. Default "compilot". */
  seed?: string | undefined;
  /** Page size when a request sends no `limit`. Default 20. */
  pageSize?: number | undefined;
  /** Fixed histories for some customer ids (the demo's); every other id gets its generated one. */
  histories?: Readonly<Record<string, readonly ActivityLog[]>> | undefined;
}

/** A running mock API. */
export interface MockServer {
  /** Its base URL, `http://127.0.0.1:4010`. */
  url: string;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

export const DEFAULT_MOCK_PORT = 4010;
const DEFAULT_SEED = "compilot";
const DEFAULT_PAGE_SIZE = 20;
// Histories kept, most recent last: a frontend asks for the same few customers again and again.
const CACHED_HISTORIES = 1000;

// The route from the root, its one segment the customer id.
const ROUTE = new RegExp(`^${ACTIVITY_LOGS_ROUTE.replace("{customerId}", "([^/]+)")}$`);

// A browser page on another origin (a dev server on its own port) may call the mock directly.
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept",
  "Access-Control-Max-Age": "600",
};

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    ...CORS,
    ...headers,
  });
  res.end(JSON.stringify(body));
}

// An answer in the API's error shape (the factories' body for `status`).
const sendError = (res: ServerResponse, status: number, overrides: Partial<ApiErrorBody> = {}, headers = {}) =>
  send(res, status, makeApiErrorBody(status, overrides), headers);

// `currentPage` and `limit` as the client sends them: integers from 1, each at most once.
function pageParameters(
  query: URLSearchParams,
): { currentPage: number; limit?: number } | { name: string; problem: string } {
  const found: Record<string, number> = {};
  for (const name of PAGE_PARAMETERS) {
    const values = query.getAll(name);
    if (values.length === 0) continue;
    const value = values[0] ?? "";
    if (values.length > 1 || !/^[1-9][0-9]*$/.test(value) || !isPositiveInteger(Number(value)))
      return { name, problem: `${name} must be an integer from 1, given once` };
    found[name] = Number(value);
  }
  const { currentPage = 1, limit } = found;
  return limit === undefined ? { currentPage } : { currentPage, limit };
}

/** Starts the mock API; resolves once it listens. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = DEFAULT_MOCK_PORT, host = "127.0.0.1", seed = DEFAULT_SEED, pageSize = DEFAULT_PAGE_SIZE } = options;
  const histories = new Map<string, readonly ActivityLog[]>();
  const historyOf = (customerId: string): readonly ActivityLog[] => {
    // Own keys only: a customer id like "constructor" is no fixed history.
    if (options.histories && Object.hasOwn(options.histories, customerId))
      return options.histories[customerId] as readonly ActivityLog[];
    let history = histories.get(customerId);
    if (history) histories.delete(customerId);
    else history = mockHistory(customerId, seed);
    histories.set(customerId, history);
    if (histories.size > CACHED_HISTORIES) histories.delete(histories.keys().next().value as string);
    return history;
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://mock.invalid");
    const segment = ROUTE.exec(url.pathname)?.[1];
    let customerId: string | undefined;
    try {
      customerId = segment === undefined ? undefined : decodeURIComponent(segment);
    } catch {}
    if (customerId === undefined || !isCustomerId(customerId)) return sendError(res, 404);
    if (req.method === "OPTIONS") {
      res.writeHead(204, CORS);
      return void res.end();
    }
    if (req.method !== "GET") return sendError(res, 405, {}, { Allow: "GET, OPTIONS" });
    const page = pageParameters(url.searchParams);
    if ("problem" in page)
      return sendError(res, 400, {
        message: page.problem,
        issues: [{ code: "custom", message: page.problem, path: [page.name] }],
      });
    const history = historyOf(customerId);
    const logs = pageOf(history, page.currentPage, page.limit ?? pageSize);
    send(res, 200, makeActivityLogsResponse(logs, { totalCount: history.length, customerId }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostname = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostname}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The streams the command writes to. */
interface MockIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError("a port from 0 to 65535 (0 picks a free one)");
  return n;
}

/**
 * Serves the mock until `signal` aborts (SIGINT, SIGTERM); resolves with the exit code: 0 once stopped, 1 when it
 * cannot listen.
 */
export async function runMock(options: MockServerOptions, io: MockIo, signal?: AbortSignal): Promise<number> {
  let server: MockServer;
  try {
    server = await startMockServer(options);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === "EADDRINUSE" ? "the port is in use (--port 0 picks a free one)" : (code ?? String(cause));
    io.stderr.write(
      `error: cannot listen on ${options.host ?? "127.0.0.1"}:${options.port ?? DEFAULT_MOCK_PORT}: ${why}\n`,
    );
    return 1;
  }
  io.stdout.write(
    `Mock ComPilot API on ${server.url} (GET /customers/{customerId}/activity-logs; seed ${options.seed ?? DEFAULT_SEED})\n`,
  );
  await new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    signal?.addEventListener("abort", () => resolve(), { once: true });
  });
  await server.close();
  return 0;
}

/** Adds `mock` to the program; `done` receives its exit code. */
export function addMockCommand(
  program: Command,
  io: MockIo,
  signal: AbortSignal | undefined,
  done: (code: number) => void,
): void {
  program
    .command("mock")
    .description(
      "Serve a local mock of the API, GET /customers/{customerId}/activity-logs, with a deterministic history per " +
        "customer id (no key needed). Stops on SIGINT or SIGTERM.",
    )
    .option("--port <n>", "port to listen on; 0 picks a free one", port, DEFAULT_MOCK_PORT)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--seed <text>", "varies every history (the same seed gives the same histories)", DEFAULT_SEED)
    .action(async (raw: { port: number; host: string; seed: string }) => {
      done(await runMock(raw, io, signal));
    });
}
