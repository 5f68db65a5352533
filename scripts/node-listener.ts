// The proxy behind node:http, as the README's adapter does it: the visitor leaving aborts the request, and a failure of
// the handler still answers in the API's error shape. One copy for the proxy's tests and its benchmark; the README shows
// this function as written (test/readme-server.test.ts compares the two).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ActivityLogsProxy } from "../src/server.ts";

/** A node:http listener that serves a web-standard handler. */
export function toNodeListener(handler: ActivityLogsProxy) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const controller = new AbortController();
    res.on("close", () => controller.abort());
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    try {
      const response = await handler(
        new Request(new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`), {
          method: req.method ?? "GET",
          headers,
          signal: controller.signal,
        }),
      );
      const body = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, Object.fromEntries(response.headers)).end(body);
    } catch {
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { "Content-Type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ message: "Internal server error", code: "INTERNAL_SERVER_ERROR" }));
    }
  };
}
