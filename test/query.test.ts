import {
  InfiniteQueryObserver,
  QueryClient,
  QueryObserver,
  isCancelledError,
  type InfiniteData,
} from "@tanstack/query-core";
import { delay, http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { ApiError, createActivityLogsClient, isApiError, type ActivityLogsResponse } from "../src/index.ts";
import {
  activityLogsErrorHandler,
  activityLogsHandlers,
  activityLogsRoute,
  makeActivityLogsResponse,
  makeKycProviderEventLog,
  makeScenarioExecutionLog,
  resetMockSequence,
} from "../src/msw.ts";
import {
  activityLogsInfiniteQueryOptions,
  activityLogsKeys,
  activityLogsQueryOptions,
  type ActivityLogsQueryError,
} from "../src/query.ts";
import { useMswServer } from "./support/msw-server.ts";

const KEY = "sk_test_query_0a1b2c3d";
const history = [
  makeKycProviderEventLog(),
  makeScenarioExecutionLog(),
  makeKycProviderEventLog(),
  makeScenarioExecutionLog(),
  makeKycProviderEventLog(),
];
const server = useMswServer(
  ...activityLogsHandlers({ logsByCustomer: { "c-1": history, "c-empty": [] }, apiKey: KEY }),
);
const requests: Request[] = [];
server.events.on("request:start", ({ request }) => void requests.push(request));

const client = createActivityLogsClient({ apiKey: KEY, rateLimit: false, retry: { retries: 1, minDelayMs: 1 } });
let queryClient: QueryClient;

beforeEach(() => {
  resetMockSequence();
  queryClient = new QueryClient();
});
afterEach(() => {
  queryClient.clear();
  requests.length = 0;
});

// Resolves with the first result the observer settles on (success or error).
function settled<T extends { status: string; fetchStatus: string }>(observer: {
  subscribe(listener: (result: T) => void): () => void;
}): Promise<T> {
  return new Promise((resolve) => {
    const unsubscribe = observer.subscribe((result) => {
      if (result.status === "pending" || result.fetchStatus === "fetching") return;
      unsubscribe();
      resolve(result);
    });
  });
}

describe("activityLogsKeys", () => {
  it("nests page and infinite keys under the customer's key, under the package's", () => {
    const customer = activityLogsKeys.customer("c-1");
    expect(customer.slice(0, 1)).toEqual(activityLogsKeys.all);
    expect(activityLogsKeys.page("c-1", { currentPage: 2, limit: 5 })).toEqual([
      ...customer,
      "page",
      { currentPage: 2, limit: 5 },
    ]);
    expect(activityLogsKeys.infinite("c-1", { limit: 5 })).toEqual([...customer, "infinite", { limit: 5 }]);
  });

  it("names a query the same whether a parameter is left out or undefined", () => {
    expect(activityLogsKeys.page("c-1", { limit: undefined })).toEqual(activityLogsKeys.page("c-1"));
    expect(activityLogsQueryOptions(client, "c-1", {}).queryKey).toEqual(
      activityLogsQueryOptions(client, "c-1", { currentPage: undefined }).queryKey,
    );
  });

  it("tells customers and pages apart", () => {
    expect(activityLogsKeys.page("c-1", { currentPage: 1 })).not.toEqual(
      activityLogsKeys.page("c-1", { currentPage: 2 }),
    );
    expect(activityLogsKeys.customer("c-1")).not.toEqual(activityLogsKeys.customer("c-2"));
  });
});

describe("activityLogsQueryOptions", () => {
  it("fetches one page through a QueryClient, typed", async () => {
    const options = activityLogsQueryOptions(client, "c-1", { currentPage: 2, limit: 2 });
    const data = await queryClient.fetchQuery(options);
    expectTypeOf(data).toEqualTypeOf<ActivityLogsResponse>();
    expect(data.activityLogs).toEqual(history.slice(2, 4));
    expect(new URL(requests[0]!.url).search).toBe("?currentPage=2&limit=2");
    // The tagged key types the cache too.
    expectTypeOf(queryClient.getQueryData(options.queryKey)).toEqualTypeOf<ActivityLogsResponse | undefined>();
    expect(queryClient.getQueryData(options.queryKey)).toEqual(data);
  });

  it("leaves retries to the client: one request per client attempt, and the package's error", async () => {
    server.use(activityLogsErrorHandler(503));
    const observer = new QueryObserver(queryClient, activityLogsQueryOptions(client, "c-1"));
    const result = await settled(observer);
    expect(result.status).toBe("error");
    expectTypeOf(result.error).toEqualTypeOf<ActivityLogsQueryError | null>();
    expect(isApiError(result.error) && result.error.status).toBe(503);
    // The client's own retry (retries: 1) and nothing from TanStack on top (its default is 3 more).
    expect(requests).toHaveLength(2);
    expect(result.failureCount).toBe(1);
  });

  it("rejects an unknown customer with an ApiError 404, not retried", async () => {
    const error = await queryClient.fetchQuery(activityLogsQueryOptions(client, "nobody")).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(404);
    expect(requests).toHaveLength(1);
  });

  it("passes TanStack's signal to the client, so cancelQueries aborts the request", async () => {
    const aborted: Promise<void>[] = [];
    server.use(
      http.get(activityLogsRoute(), async ({ request }) => {
        aborted.push(new Promise((resolve) => request.signal.addEventListener("abort", () => resolve())));
        await delay("infinite");
        return HttpResponse.json(makeActivityLogsResponse([]));
      }),
    );
    const fetching = queryClient.fetchQuery(activityLogsQueryOptions(client, "c-1")).catch((e: unknown) => e);
    await expect.poll(() => aborted.length).toBe(1);
    await queryClient.cancelQueries({ queryKey: activityLogsKeys.customer("c-1") });
    await aborted[0];
    expect(isCancelledError(await fetching)).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it("leaves other customers' queries alone when one customer's are invalidated", async () => {
    await queryClient.fetchQuery(activityLogsQueryOptions(client, "c-1"));
    await queryClient.fetchQuery(activityLogsQueryOptions(client, "c-empty"));
    await queryClient.invalidateQueries({ queryKey: activityLogsKeys.customer("c-1"), refetchType: "none" });
    expect(queryClient.getQueryState(activityLogsKeys.page("c-1"))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(activityLogsKeys.page("c-empty"))?.isInvalidated).toBe(false);
  });
});

describe("activityLogsInfiniteQueryOptions", () => {
  it("starts at page 1 and walks to the last page by totalCount", async () => {
    const options = activityLogsInfiniteQueryOptions(client, "c-1", { limit: 2 });
    expect(options.initialPageParam).toBe(1);
    const observer = new InfiniteQueryObserver(queryClient, options);
    const unsubscribe = observer.subscribe(() => {});
    try {
      await expect.poll(() => observer.getCurrentResult().status).toBe("success");
      expect(observer.getCurrentResult().hasNextPage).toBe(true);
      await observer.fetchNextPage();
      const last = await observer.fetchNextPage();
      expectTypeOf(last.data).toEqualTypeOf<InfiniteData<ActivityLogsResponse> | undefined>();
      expectTypeOf(last.error).toEqualTypeOf<ActivityLogsQueryError | null>();
      expect(last.data?.pageParams).toEqual([1, 2, 3]);
      expect(last.data?.pages.flatMap((p) => p.activityLogs)).toEqual(history);
      expect(last.hasNextPage).toBe(false);
      expect(requests.map((r) => new URL(r.url).searchParams.get("currentPage"))).toEqual(["1", "2", "3"]);
    } finally {
      unsubscribe();
    }
  });

  it("fetches pages with fetchInfiniteQuery", async () => {
    const data = await queryClient.fetchInfiniteQuery({
      ...activityLogsInfiniteQueryOptions(client, "c-1", { limit: 2 }),
      pages: 2,
    });
    expect(data.pages.map((p) => p.activityLogs.length)).toEqual([2, 2]);
  });

  it("has no next page for an empty history", async () => {
    const options = activityLogsInfiniteQueryOptions(client, "c-empty");
    const data = await queryClient.fetchInfiniteQuery(options);
    expect(options.getNextPageParam(data.pages[0]!, data.pages, 1)).toBeUndefined();
  });

  it("counts pages by the size the server gave, when it caps limit", () => {
    const { getNextPageParam } = activityLogsInfiniteQueryOptions(client, "c-1", { limit: 100 });
    const pageOf = (n: number) =>
      makeActivityLogsResponse(
        Array.from({ length: n }, () => makeKycProviderEventLog()),
        { totalCount: 5 },
      );
    const first = pageOf(2);
    expect(getNextPageParam(first, [first], 1)).toBe(2);
    expect(getNextPageParam(pageOf(2), [first, pageOf(2)], 2)).toBe(3);
    expect(getNextPageParam(pageOf(1), [first, pageOf(2), pageOf(1)], 3)).toBeUndefined();
    // With maxPages the first pages are dropped: the page number still counts them.
    expect(getNextPageParam(pageOf(2), [pageOf(2)], 2)).toBe(3);
  });

  it("stops on an empty page even if totalCount promises more", () => {
    const { getNextPageParam } = activityLogsInfiniteQueryOptions(client, "c-1");
    const empty = makeActivityLogsResponse([], { totalCount: 10 });
    expect(getNextPageParam(empty, [makeActivityLogsResponse([makeKycProviderEventLog()]), empty], 2)).toBeUndefined();
  });

  it("has a previous page down to page 1", () => {
    const { getPreviousPageParam } = activityLogsInfiniteQueryOptions(client, "c-1");
    const any = makeActivityLogsResponse([]);
    expect(getPreviousPageParam(any, [any], 3)).toBe(2);
    expect(getPreviousPageParam(any, [any], 1)).toBeUndefined();
  });

  it("turns TanStack's retries off", () => {
    const error = new ApiError({ status: 503, body: "", method: "GET", url: "/customers/c-1/activity-logs" });
    expect(activityLogsInfiniteQueryOptions(client, "c-1").retry(0, error)).toBe(false);
    expect(activityLogsQueryOptions(client, "c-1").retry(0, error)).toBe(false);
  });
});
