// The TanStack Query v5 option factories behind `compilot-activity-logs/query` (src/query.ts), framework-agnostic
// (React, Vue, Svelte, Solid, Angular adapters all take the same options objects). Plain objects: the only import of
// @tanstack/query-core is for types, so this entry adds no runtime code of TanStack's and the peer stays optional.
import type { DataTag, InfiniteData, QueryClient, QueryKey } from "@tanstack/query-core";
import type { ActivityLogsClient, GetActivityLogsOptions } from "../client/client.ts";
import { PaginationError, type ApiError, type ContractError, type NetworkError } from "../core/errors.ts";
import { MAX_PAGES } from "../core/defaults.ts";
import { fingerprint } from "../client/walk.ts";
import { pageCount } from "../model/pages.ts";
import type { ActivityLogsResponse } from "../model/types.ts";

/**
 * What a query's `error` can be: the client's {@link ApiError}, {@link NetworkError} (timeouts included) or
 * `ContractError` (strict validation), a {@link PaginationError} (infinite queries: a repeated page, or past the page
 * cap), or a `TypeError`/`RangeError` for a blank `customerId` or a bad page parameter.
 */
export type ActivityLogsQueryError = ApiError | NetworkError | ContractError | PaginationError | TypeError | RangeError;

/** Page parameters of {@link activityLogsQueryOptions}: the client's `currentPage` and `limit`. */
export type ActivityLogsPageParams = Pick<GetActivityLogsOptions, "currentPage" | "limit">;

/** Parameters of {@link activityLogsInfiniteQueryOptions}: the client's `limit`. */
export type ActivityLogsInfiniteParams = Pick<GetActivityLogsOptions, "limit">;

const ROOT = ["compilot-activity-logs"] as const;

// Only the parameters given: `{}` and `{ limit: undefined }` name the same query.
function defined<T extends object>(params: T): T {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Query keys, from the widest to the narrowest, for `invalidateQueries`, `cancelQueries` and `setQueryData`.
 * @example
 * await queryClient.invalidateQueries({ queryKey: activityLogsKeys.customer(customerId) }); // every page, paged or infinite
 */
export const activityLogsKeys = {
  /** Every activity-logs query. */
  all: ROOT,
  /** Every query of one customer. */
  customer: (customerId: string) => [...ROOT, customerId] as const,
  /** One page, as {@link activityLogsQueryOptions} fetches it. */
  page: (customerId: string, params: ActivityLogsPageParams = {}) =>
    [...ROOT, customerId, "page", defined({ currentPage: params.currentPage, limit: params.limit })] as const,
  /** The pages of {@link activityLogsInfiniteQueryOptions}. */
  infinite: (customerId: string, params: ActivityLogsInfiniteParams = {}) =>
    [...ROOT, customerId, "infinite", defined({ limit: params.limit })] as const,
};

/** Key of one page (see {@link activityLogsKeys}). */
export type ActivityLogsPageKey = ReturnType<typeof activityLogsKeys.page>;
/** Key of an infinite list (see {@link activityLogsKeys}). */
export type ActivityLogsInfiniteKey = ReturnType<typeof activityLogsKeys.infinite>;

/** What both factories return; `TData` is what the query holds. */
interface QueryOptionsOf<TKey extends readonly unknown[], TData> {
  /** Tagged with the data and error types, so `queryClient.getQueryData(queryKey)` is typed too. */
  queryKey: DataTag<TKey, TData, ActivityLogsQueryError>;
  /**
   * Never: the client already retries what is worth retrying (with `Retry-After`); TanStack's retries would multiply
   * them. A function rather than `false` because its parameter is what gives `useQuery` & co. the error type.
   */
  retry: (failureCount: number, error: ActivityLogsQueryError) => false;
}

/** What {@link activityLogsQueryOptions} returns: options for `useQuery`, `fetchQuery`, `prefetchQuery`, … */
export interface ActivityLogsQueryOptions extends QueryOptionsOf<ActivityLogsPageKey, ActivityLogsResponse> {
  queryFn: (context: { signal: AbortSignal }) => Promise<ActivityLogsResponse>;
}

/** What {@link activityLogsInfiniteQueryOptions} returns: options for `useInfiniteQuery`, `fetchInfiniteQuery`, … */
export interface ActivityLogsInfiniteQueryOptions
  extends QueryOptionsOf<ActivityLogsInfiniteKey, InfiniteData<ActivityLogsResponse, number>> {
  /** TanStack passes `client` and `queryKey` too: with them, a next page equal to an earlier one is a `PaginationError`. */
  queryFn: (context: {
    signal: AbortSignal;
    pageParam: number;
    client?: QueryClient | undefined;
    queryKey?: QueryKey | undefined;
  }) => Promise<ActivityLogsResponse>;
  initialPageParam: number;
  getNextPageParam: (
    lastPage: ActivityLogsResponse,
    allPages: ActivityLogsResponse[],
    lastPageParam: number,
  ) => number | undefined;
  getPreviousPageParam: (
    firstPage: ActivityLogsResponse,
    allPages: ActivityLogsResponse[],
    firstPageParam: number,
  ) => number | undefined;
}

/**
 * Options of a query of one page of a customer's activity logs. Spread them to add or override TanStack options.
 * @example
 * const { data, error } = useQuery({ ...activityLogsQueryOptions(client, customerId, { currentPage, limit: 20 }), enabled: !!customerId });
 */
export function activityLogsQueryOptions(
  client: ActivityLogsClient,
  customerId: string,
  params: ActivityLogsPageParams = {},
): ActivityLogsQueryOptions {
  const { currentPage, limit } = params;
  return {
    queryKey: activityLogsKeys.page(customerId, params) as ActivityLogsQueryOptions["queryKey"],
    // TanStack's signal: an unmounted component or `cancelQueries` aborts the request (and the client's backoff).
    queryFn: ({ signal }) => client.getActivityLogs(customerId, { currentPage, limit, signal }),
    retry: () => false,
  };
}

// Each page's fingerprint, computed once: TanStack keeps the same page objects from one fetch to the next.
const prints = new WeakMap<ActivityLogsResponse, number>();
function printOf(page: ActivityLogsResponse): number {
  let print = prints.get(page);
  if (print === undefined) prints.set(page, (print = fingerprint(page.activityLogs)));
  return print;
}

/**
 * Options of an infinite query of a customer's activity logs, page after page from page 1; there is a next page while
 * the pages so far hold fewer logs than the latest page's `totalCount` (and the last page was not empty). As
 * `iterateActivityLogs`, it fails with a {@link PaginationError} on a next page equal to an earlier one (a server
 * that ignores `currentPage`, or cycles) and past 10 000 pages, so infinite scroll cannot repeat forever.
 * @example
 * const { data, fetchNextPage, hasNextPage } = useInfiniteQuery(activityLogsInfiniteQueryOptions(client, customerId, { limit: 50 }));
 * const logs = data?.pages.flatMap((page) => page.activityLogs) ?? [];
 */
export function activityLogsInfiniteQueryOptions(
  client: ActivityLogsClient,
  customerId: string,
  params: ActivityLogsInfiniteParams = {},
): ActivityLogsInfiniteQueryOptions {
  const { limit } = params;
  return {
    queryKey: activityLogsKeys.infinite(customerId, params) as ActivityLogsInfiniteQueryOptions["queryKey"],
    queryFn: async ({ pageParam, signal, client: queryClient, queryKey }) => {
      // A path without the base URL: this module does not know it, nor the key the client would redact.
      const request = {
        method: "GET",
        url: `/customers/${encodeURIComponent(customerId)}/activity-logs?currentPage=${pageParam}${limit ? `&limit=${limit}` : ""}`,
      };
      if (pageParam > MAX_PAGES) throw new PaginationError("page-limit", pageParam, request);
      const page = await client.getActivityLogs(customerId, { currentPage: pageParam, limit, signal });
      // Checked when fetching a next (or previous) page, against the pages held: a refetch walks again only as many
      // pages as there were, and may find them shifted by new logs.
      const query = queryKey && queryClient?.getQueryCache().find<ActivityLogsResponse>({ queryKey, exact: true });
      const held = (query?.state.data as InfiniteData<ActivityLogsResponse, number> | undefined)?.pages;
      if (page.activityLogs.length && query?.state.fetchMeta?.fetchMore && held) {
        const print = printOf(page);
        if (held.some((earlier) => earlier.activityLogs.length && printOf(earlier) === print))
          throw new PaginationError("repeated-page", pageParam, request);
      }
      return page;
    },
    initialPageParam: 1,
    // The page size is the longest page seen (the server may cap `limit`), not `limit` itself; with `maxPages` the
    // earlier pages are gone, so the count comes from the page number, not from the logs held.
    getNextPageParam: (lastPage, allPages, lastPageParam) => {
      const pageSize = Math.max(...allPages.map((page) => page.activityLogs.length));
      return lastPage.activityLogs.length > 0 && lastPageParam < pageCount(lastPage.totalCount, pageSize)
        ? lastPageParam + 1
        : undefined;
    },
    getPreviousPageParam: (_firstPage, _allPages, firstPageParam) =>
      firstPageParam > 1 ? firstPageParam - 1 : undefined,
    retry: () => false,
  };
}
