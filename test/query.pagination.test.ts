// activityLogsInfiniteQueryOptions against a real server on 127.0.0.1: infinite scroll stops with the walk's
// PaginationError on a repeated page and at the walk's page cap, and a refetch of unchanged or shifted pages is no
// repeat.
import { InfiniteQueryObserver, QueryClient } from "@tanstack/query-core";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createActivityLogsClient, isPaginationError, PaginationError } from "../src/index.ts";
import { makeActivityLogsResponse, makeKycProviderEventLog, resetMockSequence } from "../src/mock/factories.ts";
import { MAX_PAGES } from "../src/core/defaults.ts";
import { activityLogsInfiniteQueryOptions } from "../src/query.ts";
import { startServer, type TestServer } from "./support/http-server.ts";

resetMockSequence();
const logs = Array.from({ length: 9 }, () => makeKycProviderEventLog());
// Pages of 3 by currentPage, or page 1 whatever the query (a server that ignores currentPage); `shift` logs first.
let ignoresCurrentPage = false;
let shift: typeof logs = [];
function serve(req: IncomingMessage, res: ServerResponse): void {
  const currentPage = Number(new URL(req.url ?? "/", "http://x").searchParams.get("currentPage") ?? 1);
  const all = [...shift, ...logs];
  const from = ignoresCurrentPage ? 0 : (currentPage - 1) * 3;
  const page = makeActivityLogsResponse(all.slice(from, from + 3), { customerId: "c-1", totalCount: all.length });
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(JSON.stringify(page));
}

let server: TestServer;
let queryClient: QueryClient;
beforeAll(async () => {
  server = await startServer(serve);
});
afterEach(() => {
  queryClient.clear();
  server.requests.length = 0;
  ignoresCurrentPage = false;
  shift = [];
});
afterAll(() => server.close());

function setup() {
  queryClient = new QueryClient();
  const client = createActivityLogsClient({ baseUrl: server.url, retry: false, rateLimit: false });
  const options = activityLogsInfiniteQueryOptions(client, "c-1", { limit: 3 });
  return { options, observer: new InfiniteQueryObserver(queryClient, options) };
}

describe("activityLogsInfiniteQueryOptions: the walk's limits", () => {
  it("fails fetchNextPage with a PaginationError when the next page repeats an earlier one", async () => {
    const { observer } = setup();
    ignoresCurrentPage = true;
    const first = await observer.refetch();
    expect(first.data?.pages).toHaveLength(1);
    expect(observer.getCurrentResult().hasNextPage).toBe(true);
    const next = await observer.fetchNextPage();
    expect(next.error).toBeInstanceOf(PaginationError);
    expect(isPaginationError(next.error) && [next.error.reason, next.error.page, next.error.url]).toEqual([
      "repeated-page",
      2,
      "/customers/c-1/activity-logs?currentPage=2&limit=3",
    ]);
    // The page held stays: the repeat was not appended.
    expect(next.data?.pages).toHaveLength(1);
    expect(server.requests.map((req) => req.url)).toEqual([
      "/customers/c-1/activity-logs?currentPage=1&limit=3",
      "/customers/c-1/activity-logs?currentPage=2&limit=3",
    ]);
  });

  it("fails past the walk's page cap with a PaginationError, without a request", async () => {
    const { options } = setup();
    queryClient = new QueryClient();
    const error = await queryClient
      .fetchInfiniteQuery({ ...options, initialPageParam: MAX_PAGES + 1 })
      .catch((e: unknown) => e);
    expect(isPaginationError(error) && [error.reason, error.page]).toEqual(["page-limit", MAX_PAGES + 1]);
    expect(server.requests).toHaveLength(0);
    // The cap itself is still fetched.
    const last = await queryClient.fetchInfiniteQuery({ ...options, initialPageParam: MAX_PAGES });
    expect(last.pages[0]?.activityLogs).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("walks distinct pages to the end, and a refetch of the same or shifted pages is no repeat", async () => {
    const { observer } = setup();
    await observer.refetch();
    await observer.fetchNextPage();
    const end = await observer.fetchNextPage();
    expect(end.error).toBeNull();
    expect(end.data?.pages.flatMap((page) => page.activityLogs)).toEqual(logs);
    expect(end.hasNextPage).toBe(false);
    expect((await observer.refetch()).error).toBeNull();
    // Three new logs first: the new page 2 is the old page 1.
    shift = Array.from({ length: 3 }, () => makeKycProviderEventLog());
    const shifted = await observer.refetch();
    expect(shifted.error).toBeNull();
    expect(shifted.data?.pages[1]?.activityLogs).toEqual(logs.slice(0, 3));
  });
});
