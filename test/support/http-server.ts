// Test-only: a real node:http server on 127.0.0.1 and a random free port, for faults msw cannot fake (a body cut
// short, a server that never answers, a refused connection).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll } from "vitest";
import { listenLocally } from "../../scripts/listen.ts";

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Every request received, in order. */
  requests: IncomingMessage[];
  /** Stops the server and drops open connections. */
  close: () => Promise<void>;
}

/** What answers a test server's requests. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Starts a server on 127.0.0.1:0 that answers each request with `handler`. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const { url, close } = await listenLocally(
    createServer((req, res) => {
      requests.push(req);
      handler(req, res);
    }),
  );
  return { url, requests, close };
}

/** The URL of a port that was free a moment ago and has nothing listening now: connecting to it is refused. */
export async function closedPortUrl(): Promise<string> {
  const server = await startServer(() => {});
  await server.close();
  return server.url;
}

/** The test file's server: `url` and `requests` as a {@link TestServer}'s, and `handle`, which a test sets. */
export interface FileServer {
  readonly url: string;
  readonly requests: IncomingMessage[];
  handle: Handler;
}

/**
 * One server for a test file: started before its tests, its requests forgotten after each, closed after all. Each
 * request goes to whatever `handle` is when it arrives (default: an empty 200).
 */
export function useTestServer(): FileServer {
  let running: TestServer | undefined;
  const started = () => {
    if (!running) throw new Error("useTestServer: the server starts in beforeAll");
    return running;
  };
  const server: FileServer = {
    handle: (_req, res) => res.end(),
    get url() {
      return started().url;
    },
    get requests() {
      return started().requests;
    },
  };
  beforeAll(async () => {
    running = await startServer((req, res) => server.handle(req, res));
  });
  afterEach(() => {
    if (running) running.requests.length = 0;
  });
  afterAll(() => running?.close());
  return server;
}
