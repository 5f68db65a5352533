// One OpenTelemetry span per request sent, after the HTTP client conventions:
// https://github.com/open-telemetry/semantic-conventions/blob/main/docs/http/http-spans.md
// The package never imports @opentelemetry/api, not even for its types: an import of an optional peer breaks the build
// of every bundled app that lacks it, a second copy of the API (bundled here) would be a silent no-op tracer, and a type
// import would break the type check of an app without it (under `skipLibCheck: false`). The caller's TracerProvider
// brings the API's run time with it; below is the part of its types the client uses, which the API's own types fit
// (test/tracing.test.ts checks that with @opentelemetry/api 1.9).
// The client loads this module only when it traces, and it imports nothing of the package at run time: a module the
// core shares with it would become a chunk of its own that the core then loads first (docs/decisions/tracing.md). What
// it needs of the client comes in as arguments (the redaction, the error guard); the route's three names are written
// again below, each typed as rules.ts's literal, so a change there fails the type check here.
import type { isNetworkError } from "../core/errors.ts";
import type { ACTIVITY_LOGS_METHOD, ACTIVITY_LOGS_ROUTE, USER_AGENT } from "../core/rules.ts";

type Attributes = Record<string, string | number>;

/** The part of an OpenTelemetry span the client uses (`Span` of `@opentelemetry/api` fits). */
export interface Span {
  setAttribute(key: string, value: string | number): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  end(): void;
  spanContext(): { traceId: string; spanId: string; traceFlags: number; traceState?: { serialize(): string } };
}

/** The part of an OpenTelemetry tracer provider the client uses (`TracerProvider` of `@opentelemetry/api` fits). */
export interface TracerProvider {
  getTracer(
    name: string,
    version?: string,
  ): {
    startSpan(name: string, options?: { kind?: number; attributes?: Attributes }): Span;
  };
}

/** Tracing options, shared by the client and the proxy. */
export interface TracingOptions {
  /**
   * An OpenTelemetry `TracerProvider`: each attempt (retries, followed redirects and `client.raw` calls included) is one
   * `CLIENT` span, a child of the caller's active span. Pass `trace.getTracerProvider()` to follow the app's global
   * provider (it works even before the SDK is registered). Without it, nothing is traced.
   */
  tracerProvider?: TracerProvider | undefined;
  /**
   * Puts the real customer id in the span's `url.full`. Default `false`: `{customerId}` stands in its place, because
   * trace backends are often a third party's and the id points at a person.
   */
  traceCustomerIds?: boolean | undefined;
  /**
   * Sends the attempt's span upstream as a W3C `traceparent` header (and `tracestate` when there is one). Default
   * `false`: the API is a third party's, and a trace id tells it nothing it needs.
   */
  propagateTraceContext?: boolean | undefined;
}

/** The span of one attempt, ended exactly once whatever happens. */
export interface AttemptSpan {
  /** The headers that carry the span upstream (empty unless `propagateTraceContext`). */
  readonly headers: ReadonlyArray<readonly [name: string, value: string]>;
  /** A response arrived with `status`: recorded, and a status of 400 or more marks the span failed. */
  received(status: number): void;
  /** The attempt failed with `errorType` (low cardinality: the status as text, a network reason, `timeout`, …). */
  failed(errorType: string): void;
  /** Ends the span; later calls do nothing. */
  end(): void;
}

/** Starts the span of the attempt sent to `url`; `resendCount` is the number of sends before it (retries, redirects). */
export type StartAttemptSpan = (url: string, resendCount: number) => AttemptSpan;

// @opentelemetry/api's SpanKind.CLIENT and SpanStatusCode.ERROR, by their numbers (the enums are run-time values).
const CLIENT = 2;
const ERROR = 2;
const METHOD: typeof ACTIVITY_LOGS_METHOD = "GET";
const ROUTE: typeof ACTIVITY_LOGS_ROUTE = "/customers/{customerId}/activity-logs";
const SCOPE: typeof USER_AGENT = "compilot-activity-logs";
const SPAN_NAME = `${METHOD} ${ROUTE}`;
const INVALID_ID = /^0+$/;

/**
 * The span starter of a client's or the proxy's requests, or `undefined` when tracing is off. `redact` hides the key in
 * a URL (a redirect's target is the server's to choose), as the errors do.
 */
export function createAttemptTracing(
  options: TracingOptions,
  redact: (text: string) => string = (text) => text,
): StartAttemptSpan | undefined {
  const { tracerProvider, traceCustomerIds = false, propagateTraceContext = false } = options;
  if (tracerProvider === undefined) return undefined;
  const tracer = tracerProvider.getTracer(SCOPE);
  return (url, resendCount) => {
    const attributes: Attributes = {
      "http.request.method": METHOD,
      ...serverOf(url),
      "url.full": traceableUrl(redact(url), traceCustomerIds),
      "url.template": ROUTE,
    };
    if (resendCount > 0) attributes["http.request.resend_count"] = resendCount;
    // No context argument: the tracer takes the caller's active context, so the span is a child of the caller's span.
    return attemptSpan(tracer.startSpan(SPAN_NAME, { kind: CLIENT, attributes }), propagateTraceContext);
  };
}

/** The spans of one attempt of a client: the request it sends, then each redirect it follows. */
export interface AttemptTrace {
  /** Ends the span of the request sent last: with the status of its response, as failed with `error`, or both. */
  end(status?: number, error?: unknown): void;
  /**
   * `fetch` for the redirects the attempt follows, `status` the one that redirected: each redirect followed is a request
   * of its own, so the span before it ends with its status and the next one starts, its resend count one more.
   */
  follow(fetch: (request: Request) => Promise<Response>, status: number): (request: Request) => Promise<Response>;
}

/** Starts the spans of an attempt that sends `request` (the caller's signal tells an abort from other failures). */
export type TraceAttempt = (request: Request, resendCount: number, callerSignal: AbortSignal) => AttemptTrace;

/**
 * The client's {@link TraceAttempt}, or `undefined` when tracing is off. `isOurNetworkError` is the core's guard, passed
 * in so that this module imports nothing of the core at run time.
 */
export function createClientTracing(
  options: TracingOptions,
  redact: (text: string) => string,
  isOurNetworkError: typeof isNetworkError,
): TraceAttempt | undefined {
  const startSpan = createAttemptTracing(options, redact);
  if (startSpan === undefined) return undefined;
  return (request, resendCount, callerSignal) => {
    // A traced request may carry its span upstream (`propagateTraceContext`).
    const send = (sent: Request) => {
      const span = startSpan(sent.url, resendCount);
      for (const [name, value] of span.headers) sent.headers.set(name, value);
      return span;
    };
    // `error.type` is low-cardinality: the NetworkError's reason (`timeout` for a TimeoutError), else the caller's
    // abort, else the error's name.
    const errorType = (error: unknown) =>
      isOurNetworkError(error)
        ? error.reason
        : callerSignal.aborted
          ? "aborted"
          : error instanceof Error
            ? error.name
            : "error";
    let span = send(request);
    const trace: AttemptTrace = {
      end(status, error) {
        if (status !== undefined) span.received(status);
        if (error !== undefined) span.failed(errorType(error));
        span.end();
      },
      follow: (fetch, status) => async (next) => {
        trace.end(status);
        resendCount++;
        span = send(next);
        const response = await fetch(next);
        status = response.status;
        return response;
      },
    };
    return trace;
  };
}

function attemptSpan(span: Span, propagate: boolean): AttemptSpan {
  let ended = false;
  const fail = (errorType: string) => {
    span.setAttribute("error.type", errorType);
    // The status message is the error type only: a message could quote what the server sent, the key included.
    span.setStatus({ code: ERROR, message: errorType });
  };
  return {
    headers: propagate ? traceContextHeaders(span) : [],
    received(status) {
      span.setAttribute("http.response.status_code", status);
      if (status >= 400) fail(String(status));
    },
    failed: fail,
    end() {
      if (ended) return;
      ended = true;
      span.end();
    },
  };
}

// `server.address` and `server.port` (the scheme's default port when the URL names none).
function serverOf(url: string): Attributes {
  const { hostname, port, protocol } = new URL(url);
  return {
    "server.address": hostname.replace(/^\[(.*)\]$/, "$1"),
    "server.port": port ? Number(port) : protocol === "https:" ? 443 : 80,
  };
}

/** `url` without credentials and, unless `withCustomerId`, with `{customerId}` in place of the customer id. */
export function traceableUrl(url: string, withCustomerId: boolean): string {
  const parsed = new URL(url);
  parsed.username = "";
  parsed.password = "";
  if (!withCustomerId)
    parsed.pathname = parsed.pathname.replace(/\/customers\/[^/]+(?=\/activity-logs\/?$)/, "/customers/{customerId}");
  // URL encodes the braces it was given; the template keeps them as the conventions write it.
  return parsed.href.replace("%7BcustomerId%7D", "{customerId}");
}

// W3C Trace Context: https://www.w3.org/TR/trace-context/#traceparent-header
function traceContextHeaders(span: Span): Array<[string, string]> {
  const { traceId, spanId, traceFlags, traceState } = span.spanContext();
  // A non-recording span of a no-op tracer has all-zero ids: nothing to propagate.
  if (INVALID_ID.test(traceId) || INVALID_ID.test(spanId)) return [];
  const headers: Array<[string, string]> = [
    ["traceparent", `00-${traceId}-${spanId}-${(traceFlags & 0xff).toString(16).padStart(2, "0")}`],
  ];
  const state = traceState?.serialize();
  if (state) headers.push(["tracestate", state]);
  return headers;
}
