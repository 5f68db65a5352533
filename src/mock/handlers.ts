// msw handlers that serve activity logs the way the API does: bearer key, pagination, trpc-openapi error bodies.
import { http, HttpResponse, type HttpHandler, type HttpResponseResolver, type RequestHandlerOptions } from "msw";
import type { ActivityLog, ApiErrorBody, ApiErrorIssue, ActivityLogsResponse } from "../model/types.ts";
import { makeActivityLogsResponse, makeApiErrorBody } from "./factories.ts";
import { pageOf } from "../model/pages.ts";
import { DEFAULT_BASE_URL } from "../core/defaults.ts";
import { ACTIVITY_LOGS_ROUTE, PAGE_PARAMETERS } from "../core/rules.ts";

/** Any body the endpoint may answer with: a page of logs or an error body. */
export type ActivityLogsMockBody = ActivityLogsResponse | ApiErrorBody;

/** Path parameters of `GET /customers/{customerId}/activity-logs`. */
export type ActivityLogsPathParams = { customerId: string };

/** A resolver for the activity-logs route whose response body must match the spec. */
export type ActivityLogsResolver = HttpResponseResolver<ActivityLogsPathParams, never, ActivityLogsMockBody>;

/** Where the mocked API lives. */
export interface ActivityLogsRouteOptions {
  /** Origin (and optional path prefix) of the API; default `https://api.compilot.ai`. */
  baseUrl?: string;
}

/** Options of {@link activityLogsHandlers}. */
export interface ActivityLogsHandlersOptions extends ActivityLogsRouteOptions {
  /** Every known customer's full history, oldest first; any other customer id answers 404. */
  logsByCustomer: Readonly<Record<string, readonly ActivityLog[]>>;
  /** Page size when the request sends no `limit`; default 20. */
  pageSize?: number;
  /** When set, requests must send `Authorization: Bearer <apiKey>` or get a 401. */
  apiKey?: string;
}

/** The msw path pattern of the activity-logs route under `baseUrl`. */
export function activityLogsRoute(baseUrl: string = DEFAULT_BASE_URL): string {
  return baseUrl.replace(/\/+$/, "") + ACTIVITY_LOGS_ROUTE.replace("{customerId}", ":customerId");
}

/**
 * A handler for the activity-logs route with your own resolver; a body that does not match the spec fails to compile.
 * @example
 * server.use(activityLogsHandler(({ params }) => HttpResponse.json(makeActivityLogsResponse([], { customerId: params.customerId }))))
 */
export function activityLogsHandler(
  resolver: ActivityLogsResolver,
  options: ActivityLogsRouteOptions & RequestHandlerOptions = {},
): HttpHandler {
  const { baseUrl, ...handlerOptions } = options;
  return http.get<ActivityLogsPathParams, never, ActivityLogsMockBody>(
    activityLogsRoute(baseUrl),
    resolver,
    handlerOptions,
  );
}

function errorResponse(status: number, body: ApiErrorBody): HttpResponse<ActivityLogsMockBody> {
  return HttpResponse.json<ActivityLogsMockBody>(body, { status });
}

// trpc-openapi coerces query strings with zod (`z.coerce.number().int().min(1)`); these are zod's issues for each failure.
function pageParamIssue(name: string, raw: string | null): ApiErrorIssue | undefined {
  if (raw === null) return undefined;
  const value = Number(raw);
  if (Number.isNaN(value)) {
    return {
      code: "invalid_type",
      expected: "number",
      received: "nan",
      path: [name],
      message: "Expected number, received nan",
    };
  }
  if (!Number.isInteger(value)) {
    return {
      code: "invalid_type",
      expected: "integer",
      received: "float",
      path: [name],
      message: "Expected integer, received float",
    };
  }
  if (value < 1) {
    return {
      code: "too_small",
      minimum: 1,
      type: "number",
      inclusive: true,
      exact: false,
      path: [name],
      message: "Number must be greater than or equal to 1",
    };
  }
  return undefined;
}

/**
 * msw handlers serving `logsByCustomer` with the API's pagination (`currentPage`, `limit`, `totalCount`), a 401 for a
 * missing or wrong key (when `apiKey` is set), a 400 for invalid paging values and a 404 for unknown customers.
 * @example
 * const server = setupServer(...activityLogsHandlers({ logsByCustomer: { "cus-1": [makeKycProviderEventLog()] } }))
 */
export function activityLogsHandlers(options: ActivityLogsHandlersOptions): HttpHandler[] {
  const { logsByCustomer, pageSize = 20, apiKey, baseUrl } = options;
  return [
    activityLogsHandler(
      ({ request, params }) => {
        if (apiKey !== undefined) {
          const authorization = request.headers.get("authorization");
          if (authorization === null) return errorResponse(401, makeApiErrorBody(401, { message: "Missing API key" }));
          if (authorization !== `Bearer ${apiKey}`)
            return errorResponse(401, makeApiErrorBody(401, { message: "Invalid API key" }));
        }
        const query = new URL(request.url).searchParams;
        const issues = PAGE_PARAMETERS.map((name) => pageParamIssue(name, query.get(name))).filter(
          (issue) => issue !== undefined,
        );
        if (issues.length > 0) return errorResponse(400, makeApiErrorBody(400, { issues }));
        // Own keys only: a customer id like "constructor" must be unknown, not Object.prototype's.
        const logs = Object.hasOwn(logsByCustomer, params.customerId) ? logsByCustomer[params.customerId] : undefined;
        if (logs === undefined) return errorResponse(404, makeApiErrorBody(404));
        const currentPage = Number(query.get("currentPage") ?? 1);
        const limit = Number(query.get("limit") ?? pageSize);
        return HttpResponse.json<ActivityLogsMockBody>(
          makeActivityLogsResponse(pageOf(logs, currentPage, limit), {
            totalCount: logs.length,
            customerId: params.customerId,
          }),
        );
      },
      baseUrl === undefined ? {} : { baseUrl },
    ),
  ];
}

/**
 * A handler that answers every activity-logs request with `status` and `body` (default: the API's body for that status).
 * @example
 * server.use(activityLogsErrorHandler(503))
 */
export function activityLogsErrorHandler(
  status: number,
  body: ApiErrorBody = makeApiErrorBody(status),
  options: ActivityLogsRouteOptions & RequestHandlerOptions = {},
): HttpHandler {
  return activityLogsHandler(() => errorResponse(status, body), options);
}
