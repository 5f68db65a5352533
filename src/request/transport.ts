// Sending one attempt: a rate-limit slot, the timeout, then openapi-fetch builds and sends the request of the one route;
// its middleware keeps the key on its origin (same-origin redirects only) and caps what an error body may cost. The
// response comes back as a value: status, headers, the URL it came from and its body text, read up to its cap.
import type { Client } from "openapi-fetch";
import { NetworkError, TimeoutError, type NetworkErrorReason } from "../core/errors.ts";
import type { Settings } from "../client/options.ts";
import { readCapped } from "../core/read-body.ts";
import { ACTIVITY_LOGS_METHOD, ACTIVITY_LOGS_ROUTE, activityLogsPath, resolveBaseUrl } from "../core/rules.ts";
import { followAbort } from "../core/abort.ts";
import type { ActivityLogsQuery, paths } from "../model/types.ts";

/** What an attempt received. */
export interface Received {
  status: number;
  headers: Headers;
  /** The URL the response came from (after same-origin redirects), the key redacted. */
  url: string;
  /** The body: a `2xx` one whole (up to `maxResponseBytes`), an error one redacted, cut at 64 KB and marked so. */
  text: string;
}

/** Sends attempt number `attempts` of `GET /customers/{customerId}/activity-logs`. */
export type Send = (
  customerId: string,
  /** Left out of the URL when undefined. */
  query: { [name in keyof ActivityLogsQuery]?: ActivityLogsQuery[name] | undefined },
  signal: AbortSignal | undefined,
  attempts: number,
  timeoutMs: number,
) => Promise<Received>;

// What an ApiError keeps of an error body, and the mark of a body cut there.
const MAX_ERROR_BODY = 65_536;
const CUT = "…[cut at 64 KB]";

// What a network failure was, from the error code at the bottom of fetch's cause chain (undici: ECONNREFUSED, ENOTFOUND,
// UND_ERR_SOCKET, …). Undici's own refusals ("bad port") have a cause without a code; browsers give no cause at all.
function reasonOf(cause: unknown): [NetworkErrorReason, code?: string | undefined, detail?: string] {
  let root = cause;
  while (root instanceof Error && root.cause instanceof Error) root = root.cause;
  const code = (root as { code?: unknown })?.code;
  if (typeof code !== "string")
    return root === cause ? ["network"] : ["refused", undefined, (root as Error).message.slice(0, 100)];
  const reason = /NOTFOUND|EAI_AGAIN/.test(code)
    ? "dns"
    : /TIMEOUT|TIMEDOUT/.test(code)
      ? "timeout"
      : /REFUSED|UNREACH/.test(code)
        ? "connect"
        : /RESET|PIPE|SOCKET|CLOSED/.test(code)
          ? "reset"
          : "network";
  return [reason, code, code];
}

// `response` with its URL set to `url` (a Response made in JavaScript, by a fetch option, has none), and with `body`
// instead of its own when given. The Response constructor refuses a body for a 304 and any status outside 200–599
// (which Node's fetch passes through): both keep their own status.
function withUrl(response: Response, url: string, body?: string): Response {
  const { status, headers } = response;
  if (body !== undefined)
    response = Object.defineProperty(
      new Response(status === 304 ? null : body, { status: status > 599 ? 599 : status, headers }),
      "status",
      { value: status },
    );
  return response.url ? response : Object.defineProperty(response, "url", { value: url });
}

// Calls a caller's hook; what it throws is not the request's failure.
function notify<T>(hook: ((event: T) => void) | undefined, event: T): void {
  try {
    hook?.(event);
  } catch {}
}

/** The transport of a client: `send` one attempt with `settings`, through `raw`. */
export function createTransport(settings: Settings, raw: Client<paths>): Send {
  const { redact, redactReady, maxResponseBytes, waitTurn, onRequest, onResponse } = settings;

  // A copy of an error chain (fetch's TypeError, undici's cause, a JSON SyntaxError) with every text redacted and
  // nothing else: their messages and extra fields (undici's parser error keeps the raw bytes received) can quote what a
  // server sent.
  const copyError = (error: unknown, depth = 0): Error | undefined => {
    if (!(error instanceof Error)) return undefined;
    const cause = depth < 4 ? copyError(error.cause, depth + 1) : undefined;
    const copy = new Error(redact(error.message).slice(0, 500), cause && { cause });
    const code = (error as { code?: unknown }).code;
    return Object.assign(copy, { name: error.name }, typeof code === "string" && { code: redact(code) });
  };

  return async (customerId, query, signal, attempts, timeoutMs) => {
    // A relative base URL against the page as it is now; outside browsers, a TypeError before anything is sent.
    const baseUrl = resolveBaseUrl(settings.baseUrl);
    const request = () => ({
      method: ACTIVITY_LOGS_METHOD,
      url: redact(baseUrl + activityLogsPath(customerId)),
      attempts,
    });
    // A client with a key loads its key finder before its first request (a failed load is tried again next attempt).
    const loading = redactReady();
    if (loading)
      await loading.catch((cause: unknown) => {
        // The caller's abort wins; otherwise nothing can be redacted yet: the URL and the cause are hidden whole.
        signal?.throwIfAborted();
        throw new NetworkError("network", { ...request(), cause: copyError(cause) });
      });
    const giveBack = await waitTurn?.(signal, request);
    if (signal?.aborted) {
      // Never sent: the slot goes back.
      giveBack?.();
      throw signal.reason;
    }
    // One controller for the caller's abort and our timeout, its timer cleared once the body is read
    // (AbortSignal.timeout() keeps its timer until it fires). setTimeout() fires at once past 2^31 - 1 ms: none then.
    const controller = new AbortController();
    const timer = timeoutMs < 2 ** 31 ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
    const unfollow = followAbort(signal, controller);
    const requestAt = (url: string) => ({ method: ACTIVITY_LOGS_METHOD, url: redact(url), attempts });
    // What went wrong between sending and a whole body, as the attempt's error; the caller's abort goes through as is.
    const failure = (cause: unknown, url: string, reading?: boolean): unknown => {
      // Not the caller's abort, so our timer's.
      if (signal?.aborted) return cause;
      if (controller.signal.aborted) return new TimeoutError(timeoutMs, requestAt(url));
      const [reason, code, detail] = reading ? (["truncated"] as const) : reasonOf(cause);
      return new NetworkError(reason, {
        ...requestAt(url),
        code: code && redact(code),
        detail: detail && redact(detail),
        cause: copyError(cause),
      });
    };
    const redirectError = (url: string, detail: string) => new NetworkError("redirect", { ...requestAt(url), detail });
    // Reads a body up to `cap` bytes; a failure while reading is "truncated".
    const read = async (response: Response, url: string, cap: number) => {
      try {
        return await readCapped(response, cap);
      } catch (cause) {
        throw failure(cause, url, true);
      }
    };

    // Works around openapi-fetch reading an error body whole and parsing it (docs/decisions.md, "openapi-fetch and
    // error bodies"): the body is read up to twice what an ApiError keeps (so a key across the cut is still redacted
    // whole), redacted, cut and marked, and handed over as a JSON string, which openapi-fetch's parse gives back as is.
    async function capErrorBody(request: Request, response: Response): Promise<Response> {
      const [body, cut] = await read(response, request.url, 2 * MAX_ERROR_BODY);
      let text = redact(body);
      if (cut || text.length > MAX_ERROR_BODY) text = text.slice(0, MAX_ERROR_BODY) + CUT;
      return withUrl(response, request.url, JSON.stringify(text));
    }

    const started = performance.now();
    try {
      const { response, error } = await raw.GET(ACTIVITY_LOGS_ROUTE, {
        // openapi-fetch skips undefined parameters; its types (under exactOptionalPropertyTypes) do not say so.
        baseUrl,
        params: { path: { customerId }, query: query as ActivityLogsQuery },
        // A 2xx body is read below, up to its cap.
        parseAs: "stream",
        redirect: "manual",
        signal: controller.signal,
        middleware: [
          {
            onRequest: ({ request }) =>
              void notify(onRequest, { attempt: attempts, method: ACTIVITY_LOGS_METHOD, url: redact(request.url) }),
            // undefined lets the caller's abort reason through as it is.
            onError: ({ request, error }) => (signal?.aborted ? undefined : (failure(error, request.url) as Error)),
            async onResponse({ request, response }) {
              // Redirects are followed by hand (redirects.ts, loaded on the first one), not by fetch.
              if (response.status > 299 && response.status < 400)
                [request, response] = await import("./redirects.ts").then(
                  (redirects) =>
                    redirects.followSameOriginRedirects(request, response, {
                      fetch: settings.fetch,
                      redact,
                      refuse: redirectError,
                      failure,
                    }),
                  (cause: unknown) => {
                    throw failure(cause, request.url);
                  },
                );
              if (response.type === "opaqueredirect") throw redirectError(request.url, "target hidden by the browser");
              return response.ok ? withUrl(response, request.url) : capErrorBody(request, response);
            },
          },
        ],
      });
      const { status, headers, url } = response;
      // An error body came through capErrorBody, as a string.
      const [text, cut] = response.ok
        ? await read(response, url, maxResponseBytes)
        : [(error as string | undefined) ?? "", false];
      if (onResponse) {
        const durationMs = performance.now() - started;
        const shown = new Headers([...headers].map(([name, value]): [string, string] => [name, redact(value)]));
        notify(onResponse, {
          attempt: attempts,
          method: ACTIVITY_LOGS_METHOD,
          url: redact(url),
          status,
          durationMs,
          headers: shown,
        });
      }
      if (cut) throw new NetworkError("too-large", { ...requestAt(url), detail: `over ${maxResponseBytes} bytes` });
      return { status, headers, url: redact(url), text };
    } catch (error) {
      // The caller's abort wins over whatever it caused; anything else is already the attempt's error.
      signal?.throwIfAborted();
      throw error;
    } finally {
      clearTimeout(timer);
      unfollow();
    }
  };
}
