// The benchmarks' HTTP server, run in its own process so its work does not share the measured event loop.
// Prints "listening <port>" once ready. Routes (GET /customers/{customerId}/activity-logs):
//   page-2.6k, page-108k, page-2m  one pre-encoded page of about that size, at once, whatever the query;
//   valid-1000, valid-2000         1,000 / 2,000 logs of the mix, at once;
//   invalid-1000, invalid-2000     the same logs, each breaking the spec at one leaf (`makeInvalidLogs`);
//   paged                          2,000 logs, paged by `currentPage`/`limit`, each answer after PAGED_LATENCY_MS.
// GET /arrivals returns the arrival times (ms) of the `paged` requests since the last call, then forgets them.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { makeActivityLogsResponse } from "../../src/mock/factories.ts";
import {
  PAGED_LATENCY_MS,
  PAGED_LOGS,
  benchCustomerId,
  makeInvalidLogs,
  makeLogs,
  makePageOfSize,
  VALIDATION_PAGE_LOGS,
} from "./pages.ts";
import { pageOf } from "../../src/model/pages.ts";
import { isMain } from "../is-main.ts";

/** Size of each fixed page, in bytes of JSON. */
export const PAGE_SIZES = { "page-2.6k": 2.6 * 1024, "page-108k": 108 * 1024, "page-2m": 2 * 1024 * 1024 } as const;

function main(): void {
  const fixed = new Map<string, Buffer>();
  for (const [id, bytes] of Object.entries(PAGE_SIZES))
    fixed.set(id, Buffer.from(JSON.stringify(makePageOfSize(bytes))));
  for (const count of VALIDATION_PAGE_LOGS) {
    const page = (logs: unknown[]) => ({ totalCount: logs.length, customerId: benchCustomerId, activityLogs: logs });
    fixed.set(`valid-${count}`, Buffer.from(JSON.stringify(page(makeLogs(count)))));
    fixed.set(`invalid-${count}`, Buffer.from(JSON.stringify(page(makeInvalidLogs(count)))));
  }
  const logs = makeLogs(PAGED_LOGS);
  const pagedCache = new Map<string, Buffer>();
  let arrivals: number[] = [];
  const pagedBody = (currentPage: number, limit: number): Buffer => {
    const key = `${currentPage}/${limit}`;
    let body = pagedCache.get(key);
    if (body === undefined) {
      const slice = pageOf(logs, currentPage, limit);
      body = Buffer.from(
        JSON.stringify(makeActivityLogsResponse(slice, { totalCount: logs.length, customerId: benchCustomerId })),
      );
      pagedCache.set(key, body);
    }
    return body;
  };
  // Encoded up front: encoding on arrival would block the loop and bunch the arrival times of the next requests.
  for (let page = 1; page <= PAGED_LOGS / 100 + 1; page++) pagedBody(page, 100);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const json = (status: number, body: Buffer) => {
      res.writeHead(status, { "content-type": "application/json", "content-length": String(body.length) });
      res.end(body);
    };
    if (url.pathname === "/arrivals") {
      json(200, Buffer.from(JSON.stringify(arrivals)));
      arrivals = [];
      return;
    }
    const id = /^\/customers\/([^/]+)\/activity-logs$/.exec(url.pathname)?.[1];
    const page = id === undefined ? undefined : fixed.get(id);
    if (page !== undefined) return json(200, page);
    if (id !== "paged") return json(404, Buffer.from('{"message":"Not found","code":"NOT_FOUND"}'));
    arrivals.push(performance.timeOrigin + performance.now());
    const currentPage = Math.max(1, Number(url.searchParams.get("currentPage") ?? "1") || 1);
    const limit = Math.max(1, Number(url.searchParams.get("limit") ?? "20") || 20);
    const body = pagedBody(currentPage, limit);
    setTimeout(() => json(200, body), PAGED_LATENCY_MS);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    console.log(`listening ${(server.address() as AddressInfo).port}`);
  });
  process.on("disconnect", () => process.exit(0));
  process.stdin.on("end", () => process.exit(0));
  process.stdin.resume();
}

if (isMain(import.meta.url)) main();
