// The proxy behind node:http or Express: a web-standard handler as a `(req, res)` listener. The visitor leaving aborts
// the request (and so the upstream call), and a failure of the handler still answers in the API's error shape. Node's
// types are described by what the listener uses, so the server entry's declarations need no @types/node.
import type { ActivityLogsProxy } from "./proxy.ts";

/** What {@link toNodeListener} reads of a request: node:http's `IncomingMessage` (Express's `req` is one). */
export interface NodeListenerRequest {
  url?: string | undefined;
  method?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** What {@link toNodeListener} uses of a response: node:http's `ServerResponse` (Express's `res` is one). */
export interface NodeListenerResponse {
  readonly headersSent: boolean;
  on(event: "close", listener: () => void): unknown;
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body: Uint8Array | string): unknown;
  destroy(): unknown;
}

/**
 * A node:http listener (or Express middleware) that serves a web-standard handler such as
 * {@link createActivityLogsProxy}'s.
 * @example
 * createServer(toNodeListener(proxy)).listen(3000);
 * app.use("/api/compilot", toNodeListener(proxy)); // Express
 */
export function toNodeListener(handler: ActivityLogsProxy) {
  return async (req: NodeListenerRequest, res: NodeListenerResponse): Promise<void> => {
    const controller = new AbortController();
    res.on("close", () => controller.abort());
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    try {
      const response = await handler(
        new Request(new URL(req.url ?? "/", `http://${headers.get("host") ?? "localhost"}`), {
          method: req.method ?? "GET",
          headers,
          signal: controller.signal,
        }),
      );
      const body = new Uint8Array(await response.arrayBuffer());
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(body);
    } catch {
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { "Content-Type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ message: "Internal server error", code: "INTERNAL_SERVER_ERROR" }));
    }
  };
}
