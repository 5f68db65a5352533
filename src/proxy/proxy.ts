// The same-origin proxy behind `compilot-activity-logs/server` (src/server.ts), so browsers read activity logs without
// ever holding the API key. A web-standard handler (Request in, Response out) fits Next.js route handlers, Hono,
// Remix, Bun and Deno as is, and node:http or Express through toNodeListener (node-listener.ts).
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from "../core/defaults.ts";
import { onAbort } from "../core/abort.ts";
import { startDeadline } from "../core/deadline.ts";
import { readCapped } from "../core/read-body.ts";
import { REDACTED, createKeyFinder, hideSpans, type Spans } from "../core/redact.ts";
import {
  ACTIVITY_LOGS_ROUTE,
  PAGE_PARAMETERS,
  USER_AGENT,
  activityLogsPath,
  checkApiKey,
  checkBaseUrl,
  checkNumber,
  checkTimeoutMs,
  checkTracerProvider,
  describeApiKeyProblem,
  isCustomerId,
  isPositiveInteger,
} from "../core/rules.ts";
import type { ApiErrorBody } from "../model/types.ts";
import { createAttemptTracing, type AttemptSpan, type TracingOptions } from "../request/tracing.ts";

/** Options of {@link createActivityLogsProxy}. */
export interface ActivityLogsProxyOptions extends TracingOptions {
  /**
   * Your ComPilot API key, sent upstream as `Authorization: Bearer …`, never to the browser; or a function that returns
   * it, called at each request (a rotated secret). Missing (`undefined` or `""`), the proxy is made all the same, so an
   * app builds without its secrets: it warns once, and answers every request with a `500` until the key is set.
   */
  apiKey: string | (() => string | undefined) | undefined;
  /** Default `https://api.compilot.ai`, as for the client. */
  baseUrl?: string | undefined;
  /**
   * Decides whether the visitor who sent `request` may read `customerId`'s logs (check your session cookie or token
   * here). Called before anything is sent upstream; a falsy answer, or a throw, gives `403` and no upstream call. It
   * counts towards `timeoutMs` (past it: `504`), and the visitor leaving (`request.signal`) stops waiting for it.
   */
  authorize: (request: Request, customerId: string) => unknown;
  /** A fetch to reach the API with instead of `globalThis.fetch` (looked up at each call). */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Timeout of the whole answer (`authorize` and the upstream call), in milliseconds. Default 30 000, as for the client. */
  timeoutMs?: number | undefined;
  /** Largest upstream body passed on, in bytes; a larger one gives `502`. Default 16 MiB. */
  maxBodyBytes?: number | undefined;
}

/** A web-standard request handler, as made by {@link createActivityLogsProxy}. */
export type ActivityLogsProxy = (request: Request) => Promise<Response>;

const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

const NO_KEY =
  "compilot-activity-logs: createActivityLogsProxy has no apiKey (is its environment variable set where the server " +
  "runs?): every request gets a 500 until it is set";

// What a key needs at each request: the key, and its redaction (any 8-character run of it, raw, JSON-escaped or
// base64-encoded; the client's own), with the margin a chunk is searched with: longer than any echo of the key
// (base64 makes it 4/3 as long, two levels of `\uXXXX` up to 36 times).
interface KeyUse {
  apiKey: string;
  find: (text: string) => Spans;
  margin: number;
}

const useKey = (apiKey: string): KeyUse => ({ apiKey, find: createKeyFinder(apiKey), margin: 64 * apiKey.length + 64 });

// The key as the options give it, read at each request: what it takes to use it, or why there is none. A key given
// as is is checked now; a function's answer each time it changes, what is wrong with it logged once, never the key.
type KeySource = () => KeyUse | "missing" | "malformed";
function keySource(apiKey: unknown): KeySource {
  const logged = new Set<string>();
  const logOnce = (log: (message: string) => void, message: string) => {
    if (!logged.has(message)) log(message);
    logged.add(message);
  };
  if (typeof apiKey !== "function") {
    if (apiKey === undefined || apiKey === "") {
      logOnce(console.warn, NO_KEY);
      return () => "missing";
    }
    checkApiKey(apiKey, describeApiKeyProblem);
    const use = useKey(apiKey);
    return () => use;
  }
  let lastKey: unknown;
  let lastUse: ReturnType<KeySource> | undefined;
  return () => {
    let current: unknown;
    try {
      current = apiKey();
    } catch {
      // Its error may describe the secret store: it stays out of the log, as the key does.
      logOnce(console.error, "compilot-activity-logs: the proxy's apiKey function threw; the request gets a 500");
      return "missing";
    }
    if (lastUse && current === lastKey) return lastUse;
    lastKey = current;
    if (current === undefined || current === "") {
      logOnce(console.warn, NO_KEY);
      return (lastUse = "missing");
    }
    try {
      checkApiKey(current, describeApiKeyProblem);
      return (lastUse = useKey(current));
    } catch (error) {
      logOnce(
        console.error,
        `compilot-activity-logs: the proxy's apiKey function gave a key that cannot be sent: ${(error as Error).message}`,
      );
      return (lastUse = "malformed");
    }
  };
}

// Characters redacted at a time: a few milliseconds of work. A longer body is passed on chunk by chunk, with a turn of
// the event loop between chunks, so one visitor's big page never stalls the other requests.
const CHUNK = 1 << 20;

// Any mount prefix (`/api/compilot`, `/compilot/v1`, none), then the API's own path. One segment: `[^/]+`.
const ROUTE = new RegExp(`${ACTIVITY_LOGS_ROUTE.replace("{customerId}", "([^/]+)")}$`);

// The body of every answer the proxy makes up itself has the API's error shape, so the client's ApiError reads it.
function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return json(status, JSON.stringify({ message, code } satisfies ApiErrorBody), headers);
}

function json(status: number, body: BodyInit, headers: Record<string, string> = {}): Response {
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

// Statuses a Response cannot have, or cannot have with a body (https://fetch.spec.whatwg.org/#null-body-status): 304
// and out-of-range ones (600, 999, which Node's fetch accepts) become a 502.
const passable = (status: number) => status >= 200 && status <= 599 && ![204, 205, 304].includes(status);

// The first index from `at` that no escape runs across (the character before is no `\`, `u` or hex digit), so every
// level of JSON escapes decodes the same from there as from the start; past 64 KB without one, `at + 64 KB`.
function cut(text: string, at: number): number {
  const clean = /[^\\u\da-f]/gi;
  clean.lastIndex = at - 1;
  const found = at < text.length ? clean.exec(text) : null;
  return Math.min(found && found.index < at + 65_536 ? found.index + 1 : at + 65_536, text.length);
}

// `text` redacted and encoded chunk by chunk. Each chunk is searched with a margin after it longer than any echo of
// the key can be, so an echo across two chunks is found whole; its part in the next chunk is hidden there too.
function redactedStream(text: string, find: (text: string) => Spans, margin: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let start = 0;
  let hiddenUntil = 0;
  return new ReadableStream({
    async pull(controller) {
      // A turn of the event loop between chunks (setImmediate where there is one: setTimeout waits at least 1 ms).
      if (start) await new Promise((resolve) => (globalThis.setImmediate ?? setTimeout)(resolve));
      const end = cut(text, start + CHUNK);
      // An echo that runs on from the chunk before is hidden here too; its marker is there already.
      const carried = hiddenUntil > start;
      const spans: Spans = carried ? [[0, hiddenUntil - start]] : [];
      for (const [from, to] of find(text.slice(start, cut(text, end + margin)))) {
        if (from >= end - start) continue;
        spans.push([from, Math.min(to, end - start)]);
        hiddenUntil = Math.max(hiddenUntil, start + to);
      }
      const chunk = hideSpans(text.slice(start, end), spans);
      controller.enqueue(encoder.encode(carried ? chunk.slice(REDACTED.length) : chunk));
      if ((start = end) >= text.length) controller.close();
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
    if (values.length > 1 || !/^[1-9][0-9]*$/.test(value) || !isPositiveInteger(Number(value)))
      return { problem: `${name} must be an integer from 1, given once` };
    query.set(name, value);
  }
  return { query: query.size ? `?${query}` : "" };
}

/**
 * Creates a same-origin proxy of `GET …/customers/{customerId}/activity-logs` that keeps the API key on the server.
 * It forwards only that route (under any mount prefix) with only `currentPage` and `limit`, asks `authorize` first,
 * sends the key upstream and none of the visitor's headers but `Accept`, and passes back the status, the JSON body and
 * `Retry-After`, all redacted. Other paths get `404`, other methods `405`, an unreachable API or a status no answer
 * can have (`304`, `600`) `502`, a `timeoutMs` reached `504`, all in the API's error shape.
 * @example
 * // app/api/compilot/customers/[customerId]/activity-logs/route.ts (Next.js)
 * export const GET = createActivityLogsProxy({
 *   apiKey: process.env.COMPILOT_API_KEY, // missing: a warning, then a 500 per request
 *   authorize: async (request, customerId) => (await getSession(request))?.customerId === customerId,
 * });
 * // in the browser: createActivityLogsClient({ baseUrl: "/api/compilot" })
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
  // The client's rules for the options both have (test/shared-rules.test.ts holds them together). A missing key is no
  // mistake at build time (Next.js evaluates route modules while building, often without production secrets).
  const key = keySource(apiKey);
  const upstreamBase = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  checkTimeoutMs(timeoutMs);
  checkNumber(maxBodyBytes, "maxBodyBytes", (n) => Number.isSafeInteger(n) && n > 0, "a positive integer");
  checkTracerProvider(options.tracerProvider);
  // The upstream call is a CLIENT span under the handler's active span, as the client's attempts are.
  const startSpan = createAttemptTracing(options);

  return async function activityLogsProxy(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const customerId = customerIdOf(url.pathname);
    if (customerId === null) return errorResponse(404, "NOT_FOUND", "Not found");
    if (request.method !== "GET")
      return errorResponse(405, "METHOD_NOT_SUPPORTED", `Method ${request.method} not allowed`, { Allow: "GET" });
    // Without a key nothing goes upstream; the message names the server's setting, not the visitor's request.
    const use = key();
    if (typeof use === "string")
      return errorResponse(
        500,
        "INTERNAL_SERVER_ERROR",
        use === "missing"
          ? "The ComPilot API key is not configured on the server"
          : "The ComPilot API key configured on the server is malformed",
      );
    const { apiKey, find, margin } = use;
    // An upstream body or header may quote the request it received, the Authorization header included.
    const redact = (text: string) => hideSpans(text, find(text));
    // One deadline for the whole answer, authorize included; the visitor leaving (request.signal) cancels it all.
    const deadline = startDeadline(request.signal, timeoutMs, () => new Error("timed out"));
    const stopped = new Promise<never>((_, reject) => onAbort(deadline.signal, () => reject(new Error("stopped"))));
    stopped.catch(() => {});
    let authorized = false;
    let span: AttemptSpan | undefined;
    let upstream: Response;
    let body: string;
    let tooLarge: boolean;
    try {
      let allowed: unknown;
      try {
        allowed = await Promise.race([authorize(request, customerId), stopped]);
      } catch {
        // The reason stays on the server: it may describe the session.
        allowed = false;
      }
      if (deadline.signal.aborted) throw new Error("stopped");
      if (!allowed) return errorResponse(403, "FORBIDDEN", "Forbidden");
      authorized = true;
      const page = pageQueryOf(url.searchParams);
      if ("problem" in page) return errorResponse(400, "BAD_REQUEST", page.problem);

      const target = upstreamBase + activityLogsPath(customerId) + page.query;
      span = startSpan?.(target, 0);
      upstream = await (options.fetch ?? globalThis.fetch)(
        new Request(target, {
          method: "GET",
          // Only what the API needs: none of the visitor's cookies, Authorization or other headers.
          headers: {
            Accept: request.headers.get("accept") ?? "application/json",
            Authorization: `Bearer ${apiKey}`,
            "User-Agent": USER_AGENT,
            ...Object.fromEntries(span?.headers ?? []),
          },
          // A redirect would carry the key to wherever it points; the API does not redirect.
          redirect: "error",
          signal: deadline.signal,
        }),
      );
      span?.received(upstream.status);
      [body, tooLarge] = await readCapped(upstream, maxBodyBytes);
      if (tooLarge) span?.failed("too-large");
    } catch {
      span?.failed(request.signal?.aborted ? "aborted" : deadline.signal.aborted ? "timeout" : "network");
      // fetch's error quotes the URL at most, never headers; still, nothing of it is passed on.
      if (request.signal?.aborted) return errorResponse(499, "CLIENT_CLOSED_REQUEST", "The request was aborted");
      if (deadline.signal.aborted)
        return errorResponse(
          504,
          "GATEWAY_TIMEOUT",
          authorized ? "The API did not answer in time" : "Authorization did not finish in time",
        );
      return errorResponse(502, "BAD_GATEWAY", "The API could not be reached");
    } finally {
      deadline.release();
      span?.end();
    }
    if (tooLarge) return errorResponse(502, "BAD_GATEWAY", "The API's answer is too large");
    if (!passable(upstream.status))
      return errorResponse(502, "BAD_GATEWAY", `The API answered with status ${upstream.status}`);
    // The one header passed back: redacted, and only when it still reads as one (delay-seconds or an IMF-fixdate,
    // https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3).
    const retryAfter = redact(upstream.headers.get("retry-after") ?? "");
    const headers: Record<string, string> = /^(\d+|\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT)$/.test(retryAfter)
      ? { "Retry-After": retryAfter }
      : {};
    // An HTML page from a proxy in front of the API, an empty body: the browser gets JSON all the same.
    const notJson = () =>
      errorResponse(upstream.ok ? 502 : upstream.status, "BAD_GATEWAY", "The API's answer is not JSON", headers);
    if (body.length > CHUNK) {
      // Parsing a long body would block the event loop (about 150 ms for 16 MiB): only its outline is checked, and the
      // client checks the rest.
      if (!/^\s*[[{]/.test(body.slice(0, 64)) || !/[\]}]\s*$/.test(body.slice(-64))) return notJson();
      return json(upstream.status, redactedStream(body, find, margin), headers);
    }
    const text = redact(body);
    try {
      JSON.parse(text);
    } catch {
      return notJson();
    }
    return json(upstream.status, text, headers);
  };
}
