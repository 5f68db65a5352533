// One request path for every call of a client, typed or `client.raw`: openapi-fetch builds the URL, encodes the path,
// sends and parses; the client's policies are one middleware registered once on the openapi-fetch client
// (`usePolicies`): the rate-limit slot, the attempt's timeout, same-origin redirects only, the error-body cap,
// redaction of anything thrown, and the hooks. docs/decisions/request-path.md says why middleware.
import type { Client, Middleware } from "openapi-fetch";
import { NETWORK_ERROR_REASONS, NetworkError, type NetworkErrorReason, type RequestErrorInit } from "../core/errors.ts";
import type { Settings } from "../client/options.ts";
import { readCapped } from "../core/read-body.ts";
import { ACTIVITY_LOGS_METHOD, ACTIVITY_LOGS_ROUTE, resolveBaseUrl } from "../core/rules.ts";
import type { ActivityLogsQuery, paths } from "../model/types.ts";
import { startAttempt, type Attempt } from "./attempt.ts";

/** What an attempt of a typed call received. */
export interface Received {
  status: number;
  headers: Headers;
  /** The URL the response came from (after same-origin redirects), the key redacted. */
  url: string;
  /** The body: a `2xx` one whole (up to `maxResponseBytes`), an error one redacted, cut at 64 KB and marked so. */
  text: string;
}

/**
 * Sends attempt number `attempts` of `GET /customers/{customerId}/activity-logs` and hands what it received to `check`
 * (the page's parse and contract check), whose result or error is the attempt's.
 */
export type Send = <T>(
  customerId: string,
  query: ActivityLogsQuery,
  signal: AbortSignal | undefined,
  attempts: number,
  timeoutMs: number,
  check: (received: Received) => Promise<T>,
) => Promise<T>;

// What an ApiError keeps of an error body, and the mark of a body cut there.
const MAX_ERROR_BODY = 65_536;
const CUT = "…[cut at 64 KB]";

/** What a typed call tells the policies about its attempt, beyond what openapi-fetch carries. */
interface CallOptions {
  /** The attempt's number, from 1. */
  attempt: number;
  /** The call's own timeout. */
  timeoutMs: number;
  /**
   * The caller's signal, followed by the attempt alone: handed to openapi-fetch, it would get a listener of the Request
   * that fetch builds first (a raw call's is that Request's own signal).
   */
  signal: AbortSignal | undefined;
  /** The attempt's controller, whose signal the call hands openapi-fetch, so its Request needs no second copy. */
  controller: AbortController;
}

// openapi-fetch hands its middleware nothing of a call's own options (openapi-ts/openapi-typescript#2660), but it does
// hand over the call's `params` object itself: a typed call's attempt number and timeout ride on it, by identity.
// A raw call has none: attempt 1, the client's timeout.
const callOptions = new WeakMap<object, CallOptions>();

/** `params` for openapi-fetch, carrying `options` to the policies (see {@link callOptions}). */
function withCallOptions<P extends object>(params: P, options: CallOptions): P {
  callOptions.set(params, options);
  return params;
}

// What a network failure was, from the error code at the bottom of fetch's cause chain (undici: ECONNREFUSED, ENOTFOUND,
// UND_ERR_SOCKET, …), by the table of reasons. Undici's own refusals ("bad port") have a cause without a code; browsers
// give no cause at all.
function reasonOf(cause: unknown): { reason: NetworkErrorReason; code?: string; detail?: string } {
  let root = cause;
  while (root instanceof Error && root.cause instanceof Error) root = root.cause;
  const code: unknown = root instanceof Error && "code" in root ? root.code : undefined;
  if (typeof code !== "string")
    return root === cause || !(root instanceof Error)
      ? { reason: "network" }
      : { reason: "refused", detail: root.message.slice(0, 100) };
  const rows = Object.entries(NETWORK_ERROR_REASONS) as [NetworkErrorReason, { codes?: RegExp }][];
  const reason = rows.find(([, row]) => row.codes?.test(code))?.[0] ?? "network";
  return { reason, code, detail: code };
}

// A Response that openapi-fetch reads in place of `response`: the same status and headers, `text` as its body. A
// Response made in JavaScript has no `url` (the typed call takes it from the attempt), and cannot have a status outside
// 200–599, which Node's fetch passes through: such an answer is a NetworkError here. 304 never has a body.
function responseWithBody(response: Response, text: string, describe: () => RequestErrorInit): Response {
  const { status, statusText } = response;
  if (status < 200 || status > 599) throw new NetworkError("network", { ...describe(), detail: `status ${status}` });
  // The server's headers as it sent them (its Content-Length is the whole body's).
  return new Response(status === 304 ? null : text, { status, statusText, headers: response.headers });
}

// Calls a caller's hook; what it throws is not the request's failure.
function notify<T>(hook: ((event: T) => void) | undefined, event: T): void {
  try {
    hook?.(event);
  } catch {}
}

/**
 * Registers the client's policies on `raw` as one middleware, once: every call through `raw` (the typed calls and the
 * user's own) waits for its slot, is timed out, follows same-origin redirects only, has its error body capped and what
 * it throws redacted, and reports to the hooks. Returns the typed call's {@link Send}.
 */
export function usePolicies(raw: Client<paths>, settings: Settings): Send {
  const { redact, redactReady, maxResponseBytes, waitTurn, onRequest, onResponse, tracing } = settings;
  const method = ACTIVITY_LOGS_METHOD;
  // The attempt of each call in flight, by the call's `params` (openapi-fetch hands every callback the same object).
  const attempts = new WeakMap<object, Attempt>();

  // A copy of an error chain (fetch's TypeError, undici's cause, a JSON SyntaxError) with every text redacted and
  // nothing else: their messages and extra fields (undici's parser error keeps the raw bytes received) can quote what a
  // server sent.
  const copyError = (error: unknown, depth = 0): Error | undefined => {
    if (!(error instanceof Error)) return undefined;
    const cause = depth < 4 ? copyError(error.cause, depth + 1) : undefined;
    const copy = new Error(redact(error.message).slice(0, 500), cause && { cause });
    const code: unknown = "code" in error ? error.code : undefined;
    return Object.assign(copy, { name: error.name }, typeof code === "string" && { code: redact(code) });
  };

  // What went wrong between sending and a whole body, as the attempt's error; undefined for the caller's abort, which
  // goes through as it is (fetch rejects with the caller's `signal.reason`).
  const failure = (attempt: Attempt, cause: unknown, url: string, reading = false): Error | undefined => {
    if (attempt.callerSignal.aborted) return undefined;
    // Our timer's abort: fetch rejects with the TimeoutError it aborted with.
    const timeout: unknown = attempt.signal.reason;
    if (attempt.timedOut() && timeout instanceof Error) return timeout;
    const { reason, code, detail } = reading ? { reason: "truncated" as const } : reasonOf(cause);
    return new NetworkError(reason, {
      ...attempt.request(url),
      code: code && redact(code),
      detail: detail && redact(detail),
      cause: copyError(cause),
    });
  };

  // Reads a body up to `cap` bytes; a failure while reading ends the attempt, as "truncated".
  const read = async (attempt: Attempt, response: Response, cap: number) => {
    try {
      return await readCapped(response, cap);
    } catch (cause) {
      const error = failure(attempt, cause, attempt.url, true) ?? cause;
      attempt.end(undefined, error);
      throw error;
    }
  };

  const policies: Middleware = {
    async onRequest({ request, params }) {
      const call = callOptions.get(params);
      const { attempt: number = 1, timeoutMs = settings.timeoutMs } = call ?? {};
      const callerSignal = call?.signal ?? request.signal;
      const describe = (url = request.url) => ({ method, url: redact(url), attempts: number });
      // A client with a key loads its key finder before its first request (a failed load is tried again next attempt).
      const loading = redactReady();
      if (loading)
        await loading.catch((cause: unknown) => {
          // The caller's abort wins; otherwise nothing can be redacted yet: the URL and the cause are hidden whole.
          callerSignal.throwIfAborted();
          throw new NetworkError("network", { ...describe(), cause: copyError(cause) });
        });
      // A client that traces loads its tracing before its first request too (a failed load: this attempt untraced); one
      // that does not never waits for it.
      const traceAttempt = tracing ? await tracing() : undefined;
      const giveBack = await waitTurn?.(callerSignal, () => describe());
      if (callerSignal.aborted) {
        // Never sent: the slot goes back.
        giveBack?.();
        throw callerSignal.reason;
      }
      const attempt = startAttempt(request.url, timeoutMs, callerSignal, {
        controller: call?.controller,
        describe,
        onEnd: ({ startedAt, url }, { status, headers }) =>
          onResponse &&
          notify(onResponse, {
            attempt: number,
            method,
            url: redact(url),
            status,
            durationMs: performance.now() - startedAt,
            headers: new Headers([...headers].map(([name, value]): [string, string] => [name, redact(value)])),
          }),
      });
      attempts.set(params, attempt);
      notify(onRequest, { attempt: number, method, url: redact(request.url) });
      // Redirects are followed by hand, same-origin only (onResponse), not by fetch. A typed call's Request has both
      // already; a raw call's is built again with them (a Request's signal and redirect mode cannot change).
      const sent = call ? request : new Request(request, { signal: attempt.signal, redirect: "manual" });
      attempt.trace = traceAttempt?.(sent, number - 1, callerSignal);
      return call ? undefined : sent;
    },

    onError({ error, params }) {
      const attempt = attempts.get(params);
      const failed = attempt && failure(attempt, error, attempt.url);
      attempt?.end(undefined, failed ?? error);
      return failed;
    },

    async onResponse({ request, response, params }) {
      const attempt = attempts.get(params);
      if (!attempt) return undefined;
      try {
        // Redirects are followed by hand (redirects.ts, loaded on the first one), not by fetch.
        if (response.status > 299 && response.status < 400)
          [request, response] = await import("./redirects.ts").then(
            (redirects) =>
              redirects.followSameOriginRedirects(request, response, {
                // Each redirect followed is a request of its own, with its span.
                fetch: attempt.trace?.follow(settings.fetch, response.status) ?? settings.fetch,
                redact,
                refuse: (url, detail) => new NetworkError("redirect", { ...attempt.request(url), detail }),
                failure: (cause, url) => failure(attempt, cause, url) ?? cause,
              }),
            (cause: unknown) => {
              throw failure(attempt, cause, request.url) ?? cause;
            },
          );
        attempt.url = request.url;
        if (response.type === "opaqueredirect")
          throw new NetworkError("redirect", { ...attempt.request(), detail: "target hidden by the browser" });
        if (response.ok) {
          // A typed call reads its 2xx body itself, up to maxResponseBytes, then ends the attempt; a raw call's body is
          // read by openapi-fetch after this.
          if (!callOptions.has(params)) attempt.endBeforeBody(response);
          return response;
        }
        // The error body, read up to twice what an ApiError keeps (so a key across the cut is still redacted whole),
        // redacted, cut and marked: openapi-fetch reads it whole, so it gets the capped text instead.
        const [body, cut] = await read(attempt, response, 2 * MAX_ERROR_BODY);
        let text = redact(body);
        if (cut || text.length > MAX_ERROR_BODY) text = text.slice(0, MAX_ERROR_BODY) + CUT;
        attempt.errorText = text;
        const capped = responseWithBody(response, text, attempt.request);
        attempt.end(response);
        return capped;
      } catch (error) {
        attempt.end(undefined, error);
        // The caller's abort wins over whatever it caused.
        attempt.callerSignal.throwIfAborted();
        throw error;
      }
    },
  };
  raw.use(policies);

  return async (customerId, query, signal, attempt, timeoutMs, check) => {
    // A relative base URL against the page as it is now; outside browsers, a TypeError before anything is sent.
    const baseUrl = resolveBaseUrl(settings.baseUrl);
    const controller = new AbortController();
    const params = withCallOptions({ path: { customerId }, query }, { attempt, timeoutMs, signal, controller });
    try {
      const { response } = await raw.GET(ACTIVITY_LOGS_ROUTE, {
        baseUrl,
        params,
        // A 2xx body is read below, up to its cap.
        parseAs: "stream",
        redirect: "manual",
        signal: controller.signal,
      });
      const started = attempts.get(params);
      // onRequest starts every attempt that reaches here.
      if (!started) throw new Error("no attempt");
      const { status, headers } = response;
      const url = redact(started.url);
      if (started.errorText !== undefined) return await check({ status, headers, url, text: started.errorText });
      const [text, cut] = await read(started, response, maxResponseBytes);
      // Too large still ends with its response (the hooks see it), and as failed.
      if (cut) {
        const tooLarge = new NetworkError("too-large", {
          ...started.request(),
          detail: `over ${maxResponseBytes} bytes`,
        });
        started.end(response, tooLarge);
        throw tooLarge;
      }
      // The span stays open while the body is checked: a 2xx that is not JSON or breaks the contract fails it too.
      const trace = started.endBeforeCheck(response);
      try {
        const checked = await check({ status, headers, url, text });
        trace?.end(status);
        return checked;
      } catch (error) {
        trace?.end(status, error);
        throw error;
      }
    } catch (error) {
      // The caller's abort wins over whatever it caused; anything else is already the attempt's error.
      signal?.throwIfAborted();
      throw error;
    }
  };
}
