// Entry of `compilot-activity-logs/server`: a same-origin proxy, so browsers read activity logs without ever holding
// the API key. A web-standard handler (Request in, Response out) fits Next.js route handlers, Hono, Remix, Bun and Deno
// as is, and node:http or Express with a few lines.
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from "./defaults.ts";
import { readCapped } from "./read-body.ts";
import { createRedact } from "./redact.ts";
import {
  ACTIVITY_LOGS_ROUTE,
  PAGE_PARAMETERS,
  USER_AGENT,
  activityLogsPath,
  checkApiKey,
  checkBaseUrl,
  checkNumber,
  checkTimeoutMs,
  isCustomerId,
  isPageNumber,
} from "./rules.ts";
import type { ApiErrorBody } from "./types.ts";

/** Options of {@link createActivityLogsProxy}. */
export interface ActivityLogsProxyOptions {
  /** Your ComPilot API key. It is sent upstream as `Authorization: Bearer …` and never reaches the browser. */
  apiKey: string;
  /** Default `https://api.compilot.ai`, as for the client. */
  baseUrl?: string | undefined;
  /**
   * Decides whether the visitor who sent `request` may read `customerId`'s logs (check your session cookie or token
   * here). Called before anything is sent upstream; a falsy answer, or a throw, gives `403` and no upstream call.
   */
  authorize: (request: Request, customerId: string) => unknown;
  /** A fetch to reach the API with instead of `globalThis.fetch` (looked up at each call). */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Timeout of the upstream call, in milliseconds. Default 30 000, as for the client. */
  timeoutMs?: number | undefined;
  /** Largest upstream body passed on, in bytes; a larger one gives `502`. Default 16 MiB. */
  maxBodyBytes?: number | undefined;
}

/** A web-standard request handler, as made by {@link createActivityLogsProxy}. */
export type ActivityLogsProxy = (request: Request) => Promise<Response>;

const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

// Any mount prefix (`/api/compilot`, `/compilot/v1`, none), then the API's own path. One segment: `[^/]+`.
const ROUTE = new RegExp(`${ACTIVITY_LOGS_ROUTE.replace("{customerId}", "([^/]+)")}$`);

// The body of every answer the proxy makes up itself has the API's error shape, so the client's ApiError reads it.
function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return json(status, JSON.stringify({ message, code } satisfies ApiErrorBody), headers);
}

function json(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      // Logs are one customer's private data: no shared cache may keep them.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...headers,
    },
  });
}

// The customer id as the client would send it; null when the segment cannot be one (the client refuses the same ids).
function customerIdOf(pathname: string): string | null {
  const segment = ROUTE.exec(pathname)?.[1];
  if (segment === undefined) return null;
  let customerId: string;
  try {
    customerId = decodeURIComponent(segment);
  } catch {
    return null;
  }
  // "." and ".." never arrive as such (URL parsing resolves them), but their encoded forms do.
  return isCustomerId(customerId) ? customerId : null;
}

// `currentPage` and `limit`, checked as the client checks them (integers from 1), each at most once, as the upstream
// query string ("" when none is given); any other parameter is dropped.
function pageQueryOf(searchParams: URLSearchParams): { query: string } | { problem: string } {
  const query = new URLSearchParams();
  for (const name of PAGE_PARAMETERS) {
    const values = searchParams.getAll(name);
    if (values.length === 0) continue;
    const value = values[0] ?? "";
    if (values.length > 1 || !/^[1-9][0-9]*$/.test(value) || !isPageNumber(Number(value)))
      return { problem: `${name} must be an integer from 1, given once` };
    query.set(name, value);
  }
  return { query: query.size ? `?${query}` : "" };
}

/**
 * Creates a same-origin proxy of `GET …/customers/{customerId}/activity-logs` that keeps the API key on the server.
 * It forwards only that route (under any mount prefix) with only `currentPage` and `limit`, asks `authorize` first,
 * sends the key upstream and none of the visitor's headers but `Accept`, and passes back the status, the JSON body and
 * `Retry-After`. Other paths get `404`, other methods `405`, an unreachable API `502`, all in the API's error shape.
 * @example
 * // app/api/compilot/customers/[customerId]/activity-logs/route.ts (Next.js)
 * export const GET = createActivityLogsProxy({
 *   apiKey: process.env.COMPILOT_API_KEY!,
 *   authorize: async (request, customerId) => (await getSession(request))?.customerId === customerId,
 * });
 * // in the browser: createActivityLogsClient({ baseUrl: `${location.origin}/api/compilot` })
 */
export function createActivityLogsProxy(options: ActivityLogsProxyOptions): ActivityLogsProxy {
  const {
    apiKey,
    authorize,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  } = (options ?? {}) as Partial<ActivityLogsProxyOptions>;
  // Without it any visitor could read any customer's logs: refuse to build an open proxy.
  if (typeof authorize !== "function")
    throw new TypeError("createActivityLogsProxy needs an authorize(request, customerId) function");
  // The client's rules for the options both have (test/shared-rules.test.ts holds them together).
  checkApiKey(apiKey);
  const upstreamBase = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  checkTimeoutMs(timeoutMs);
  checkNumber(maxBodyBytes, "maxBodyBytes", (n) => Number.isSafeInteger(n) && n > 0, "a positive integer");
  // An upstream error body may quote the request it received, the Authorization header included: the client's own
  // redaction (any 8-character run of the key, raw or JSON-escaped).
  const redact = createRedact(apiKey);

  return async function activityLogsProxy(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const customerId = customerIdOf(url.pathname);
    if (customerId === null) return errorResponse(404, "NOT_FOUND", "Not found");
    if (request.method !== "GET")
      return errorResponse(405, "METHOD_NOT_SUPPORTED", `Method ${request.method} not allowed`, { Allow: "GET" });
    let allowed: unknown;
    try {
      allowed = await authorize(request, customerId);
    } catch {
      // The reason stays on the server: it may describe the session.
      allowed = false;
    }
    if (!allowed) return errorResponse(403, "FORBIDDEN", "Forbidden");
    const page = pageQueryOf(url.searchParams);
    if ("problem" in page) return errorResponse(400, "BAD_REQUEST", page.problem);

    const target = upstreamBase + activityLogsPath(customerId) + page.query;
    // The visitor leaving (request.signal) or our timeout cancels the upstream call.
    const controller = new AbortController();
    const timer = timeoutMs < 2 ** 31 ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
    const onAbort = () => controller.abort();
    request.signal?.addEventListener("abort", onAbort, { once: true });
    if (request.signal?.aborted) controller.abort();
    let upstream: Response;
    let body: string;
    let cut: boolean;
    try {
      upstream = await (options.fetch ?? globalThis.fetch)(
        new Request(target, {
          method: "GET",
          // Only what the API needs: none of the visitor's cookies, Authorization or other headers.
          headers: {
            Accept: request.headers.get("accept") ?? "application/json",
            Authorization: `Bearer ${apiKey}`,
            "User-Agent": USER_AGENT,
          },
          // A redirect would carry the key to wherever it points; the API does not redirect.
          redirect: "error",
          signal: controller.signal,
        }),
      );
      [body, cut] = await readCapped(upstream, maxBodyBytes);
    } catch {
      // fetch's error quotes the URL at most, never headers; still, nothing of it is passed on.
      if (request.signal?.aborted) return errorResponse(499, "CLIENT_CLOSED_REQUEST", "The request was aborted");
      if (controller.signal.aborted) return errorResponse(504, "GATEWAY_TIMEOUT", "The API did not answer in time");
      return errorResponse(502, "BAD_GATEWAY", "The API could not be reached");
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener("abort", onAbort);
    }
    if (cut) return errorResponse(502, "BAD_GATEWAY", "The API's answer is too large");
    const retryAfter = upstream.headers.get("retry-after");
    const headers: Record<string, string> = retryAfter ? { "Retry-After": retryAfter } : {};
    const text = redact(body);
    try {
      JSON.parse(text);
    } catch {
      // An HTML page from a proxy in front of the API, an empty body: the browser gets JSON all the same.
      return errorResponse(upstream.ok ? 502 : upstream.status, "BAD_GATEWAY", "The API's answer is not JSON", headers);
    }
    return json(upstream.status, text, headers);
  };
}
