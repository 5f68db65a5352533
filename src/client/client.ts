// The client: options resolved once (options.ts), one openapi-fetch client with the policies registered on it once
// (transport.ts), so `raw` calls share them; each attempt's response read into a page or an error (response.ts), failed
// attempts retried (retry.ts), whole histories walked (walk.ts).
import createClient, { type Client } from "openapi-fetch";
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from "../core/defaults.ts";
import { resolveOptions, type ActivityLogsClientOptions } from "./options.ts";
import { paginate } from "./walk.ts";
import { createResponseParser } from "../request/response.ts";
import { withRetries } from "../request/retry.ts";
import {
  ACTIVITY_LOGS_METHOD,
  pageUrl,
  checkCustomerId,
  checkNumber,
  checkPageParameter,
  checkTimeoutMs,
  isPositiveInteger,
  resolveBaseUrl,
} from "../core/rules.ts";
import { usePolicies } from "../request/transport.ts";
import type { ActivityLog, ActivityLogsQuery, ActivityLogsResponse, paths } from "../model/types.ts";

export type { ActivityLogsClientOptions, ActivityLogsRequestEvent, ActivityLogsResponseEvent } from "./options.ts";

/** Options of {@link ActivityLogsClient.getActivityLogs}. */
export interface GetActivityLogsOptions {
  /** 1-based page number (the spec's `currentPage` query parameter). */
  currentPage?: ActivityLogsQuery["currentPage"] | undefined;
  /** Page size (the spec's `limit` query parameter). */
  limit?: ActivityLogsQuery["limit"] | undefined;
  /** Aborting it rejects the call with `signal.reason`, also during a backoff or rate-limit wait. */
  signal?: AbortSignal | undefined;
  /** Timeout of each attempt of this call, in milliseconds, > 0 (`Infinity` for none). Default the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
}

/** Options of {@link ActivityLogsClient.iterateActivityLogs}. */
export interface IterateActivityLogsOptions {
  /** Page size (the spec's `limit` query parameter). Default the server's. */
  limit?: ActivityLogsQuery["limit"] | undefined;
  /** Pages fetched at once after page 1: an integer from 1 to 64 (the rate limit queues the rest anyway). Default 4. */
  concurrency?: number | undefined;
  /** Aborting it ends the iteration with `signal.reason` and cancels the pages fetched ahead. */
  signal?: AbortSignal | undefined;
  /** Timeout of each attempt of each page, in milliseconds, > 0 (`Infinity` for none). Default the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
}

/** A client of the activity-logs API, made by {@link createActivityLogsClient}. */
export interface ActivityLogsClient {
  /**
   * One page of a customer's activity logs. Rejects with {@link ApiError}, {@link NetworkError}, {@link TimeoutError},
   * {@link ContractError}, the caller's `signal.reason`, or a `TypeError`/`RangeError` for bad arguments.
   */
  getActivityLogs(customerId: string, options?: GetActivityLogsOptions): Promise<ActivityLogsResponse>;
  /**
   * Every activity log of the customer, in order. After page 1 (which gives `totalCount` and the page size) it fetches
   * up to `concurrency` pages ahead; it ends on an empty page or once the items reach the latest `totalCount` (re-read
   * from every page). A page equal to any earlier one, or a walk past 10 000 pages, ends it with a `PaginationError`
   * after the logs of the pages before. Rejects like {@link ActivityLogsClient.getActivityLogs}; bad arguments throw at once.
   */
  iterateActivityLogs(customerId: string, options?: IterateActivityLogsOptions): AsyncIterable<ActivityLog>;
  /**
   * The underlying openapi-fetch client, for anything else: same base URL, headers and fetch, and the same policies
   * (its calls wait for their rate-limit slot, time out after `timeoutMs`, follow same-origin redirects only, get
   * error bodies capped at 64 KB and redacted, and reach the hooks). Not retried. Its results keep openapi-fetch's shape.
   */
  readonly raw: Client<paths>;
}

/**
 * Creates a client of the ComPilot activity-logs API.
 * @example
 * const client = createActivityLogsClient({ apiKey: process.env.COMPILOT_API_KEY });
 * const page = await client.getActivityLogs(customerId, { limit: 50 });
 * for await (const log of client.iterateActivityLogs(customerId)) console.log(log);
 */
export function createActivityLogsClient(options: ActivityLogsClientOptions = {}): ActivityLogsClient {
  const settings = resolveOptions(options);
  const { baseUrl, headers, fetch, redact } = settings;
  const raw = createClient<paths>({ baseUrl, headers, fetch });
  const send = usePolicies(raw, settings);
  const parse = createResponseParser(settings);

  async function getActivityLogs(
    customerId: string,
    { currentPage, limit, signal, timeoutMs = settings.timeoutMs }: GetActivityLogsOptions = {},
  ): Promise<ActivityLogsResponse> {
    checkCustomerId(customerId);
    checkPageParameter("currentPage", currentPage);
    checkPageParameter("limit", limit);
    checkTimeoutMs(timeoutMs);
    const query: ActivityLogsQuery = {
      ...(currentPage !== undefined && { currentPage }),
      ...(limit !== undefined && { limit }),
    };
    return withRetries(
      (attempts) => send(customerId, query, signal, attempts, timeoutMs, (received) => parse(received, attempts)),
      settings,
      signal,
    );
  }

  function iterateActivityLogs(
    customerId: string,
    {
      limit,
      concurrency = DEFAULT_CONCURRENCY,
      signal,
      timeoutMs = settings.timeoutMs,
    }: IterateActivityLogsOptions = {},
  ): AsyncIterable<ActivityLog> {
    checkCustomerId(customerId);
    checkPageParameter("limit", limit);
    checkTimeoutMs(timeoutMs);
    checkNumber(
      concurrency,
      "concurrency",
      (n) => isPositiveInteger(n) && n <= MAX_CONCURRENCY,
      `an integer from 1 to ${MAX_CONCURRENCY}`,
    );
    return paginate(
      (currentPage, pageSignal) => getActivityLogs(customerId, { currentPage, limit, signal: pageSignal, timeoutMs }),
      concurrency,
      // Where the walk stopped, for a PaginationError: absolute, as the requests resolved it (the page is still there).
      (currentPage) => ({
        method: ACTIVITY_LOGS_METHOD,
        url: redact(pageUrl(resolveBaseUrl(baseUrl), customerId, currentPage, limit)),
      }),
      signal,
    );
  }

  return { getActivityLogs, iterateActivityLogs, raw };
}
