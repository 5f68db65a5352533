// A real HTTP server on 127.0.0.1 answering with the msw kit's handlers (msw has no server of its own): each incoming
// request becomes a Fetch Request, msw's getResponse resolves it. Used by `npm run demo`, the demo tests and benchmarks.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { getResponse } from "msw";
import type { ActivityLog } from "../src/model/types.ts";
import { activityLogsHandlers, makeApiErrorBody } from "../src/msw.ts";
import { listenLocally } from "./listen.ts";

/** Options of {@link startMockApiServer}. */
export interface MockApiServerOptions {
  /** Every known customer's full history; other ids answer 404. */
  logsByCustomer: Readonly<Record<string, readonly ActivityLog[]>>;
  /** When set, requests must send `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Page size when a request sends no `limit`; default 20. */
  pageSize?: number;
  /** Delay before each answer, to make the network's cost visible (benchmarks). */
  latencyMs?: number;
}

/** A running mock of the API. */
export interface MockApiServer {
  /** Base URL to give the client, e.g. `http://127.0.0.1:50123`. */
  url: string;
  /** Number of requests answered so far (CORS preflights excluded). */
  readonly requestCount: number;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

// Browser pages on another origin call this server too (the packaging browser test), so answer CORS.
const corsHeaders = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, OPTIONS",
  "access-control-allow-headers": "Authorization, Content-Type, User-Agent, X-Requested-With",
  "access-control-max-age": "600",
};

async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? "GET";
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== "GET" && method !== "HEAD") {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(
    new URL(req.url ?? "/", origin),
    body === undefined ? { method, headers } : { method, headers, body },
  );
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...corsHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  headers["content-length"] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * Starts the mock API on 127.0.0.1 at a free port.
 * @example
 * const api = await startMockApiServer({ logsByCustomer: { "cus-1": logs }, apiKey: "k" }); try { ... } finally { await api.close() }
 */
export async function startMockApiServer(options: MockApiServerOptions): Promise<MockApiServer> {
  const { logsByCustomer, apiKey, pageSize, latencyMs = 0 } = options;
  let requestCount = 0;
  let handlers: ReturnType<typeof activityLogsHandlers> = [];
  let origin = "http://127.0.0.1";

  const server = createServer((req, res) => {
    void (async () => {
      try {
        if (req.method === "OPTIONS") {
          res.writeHead(204, corsHeaders);
          res.end();
          return;
        }
        requestCount += 1;
        if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
        const request = await toFetchRequest(req, origin);
        // Unknown routes answer like trpc-openapi does: 404 {"message":"Not found","code":"NOT_FOUND"}.
        const response =
          (await getResponse(handlers, request)) ?? Response.json(makeApiErrorBody(404), { status: 404 });
        await send(res, response);
      } catch (error) {
        if (!res.headersSent) await send(res, Response.json(makeApiErrorBody(500), { status: 500 }));
        else res.destroy(error instanceof Error ? error : undefined);
      }
    })();
  });

  const listening = await listenLocally(server);
  origin = listening.url;
  // The handlers match absolute URLs, so they are built once the port is known.
  handlers = activityLogsHandlers({
    logsByCustomer,
    baseUrl: origin,
    ...(apiKey === undefined ? {} : { apiKey }),
    ...(pageSize === undefined ? {} : { pageSize }),
  });

  return {
    url: origin,
    get requestCount() {
      return requestCount;
    },
    close: listening.close,
  };
}
