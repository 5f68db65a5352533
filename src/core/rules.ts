// The rules the client, the proxy, the mock handlers and the demo share, each written once: the base URL, the API key,
// the customer id, the page parameters, the route, the timeout and the User-Agent. A mistake fails at once with an
// error that names what is wrong and never quotes the value (a key, a URL with a token).

/** The one route of the API, as the spec (and openapi-fetch) writes it. */
export const ACTIVITY_LOGS_ROUTE = "/customers/{customerId}/activity-logs";

/** The route's one method. */
export const ACTIVITY_LOGS_METHOD = "GET";

/** The User-Agent sent outside browsers. */
export const USER_AGENT = "compilot-activity-logs";

/** Throws a TypeError saying `${option} must be ${rule}` unless `ok`. */
export function check(ok: boolean, option: string, rule: string): asserts ok {
  if (!ok) throw new TypeError(`${option} must be ${rule}`);
}

/** Throws a TypeError unless `value` is absent or an OpenTelemetry `TracerProvider` (the client's and the proxy's option). */
export function checkTracerProvider(value: unknown): void {
  const getTracer: unknown = (value as { getTracer?: unknown } | null | undefined)?.getTracer;
  check(value === undefined || typeof getTracer === "function", "tracerProvider", "an OpenTelemetry TracerProvider");
}

/** Throws a TypeError unless `value` is a number, then a RangeError unless `ok(value)`. */
export function checkNumber(
  value: unknown,
  option: string,
  ok: (n: number) => boolean,
  rule: string,
): asserts value is number {
  check(typeof value === "number", option, "a number");
  // The right type, not a right value.
  if (!ok(value)) throw new RangeError(`${option} must be ${rule}`);
}

/** A count: a safe integer ≥ 0. */
export const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/** A safe integer ≥ 1. */
export const isPositiveInteger = (n: number): boolean => Number.isSafeInteger(n) && n > 0;

/**
 * The base URL without its trailing slashes: an http(s) URL without credentials, query or fragment. A query or a
 * fragment would swallow the API path (and a token in it would show in every error). With `relative` (the client), a
 * path (`"/api/compilot"`, a proxy on the page's origin) is kept as it is, for {@link resolveBaseUrl} at each request.
 */
export function checkBaseUrl(baseUrl: unknown, relative = false): string {
  check(typeof baseUrl === "string", "baseUrl", "an http(s) URL without credentials");
  const path = /^\.{0,2}\//.test(baseUrl);
  let url: URL | undefined;
  try {
    // A path is checked as it would resolve on any page.
    url = new URL(baseUrl, relative && path ? "http://page.invalid" : undefined);
  } catch {}
  check(
    url !== undefined && /^https?:$/.test(url.protocol) && !url.username && !url.password,
    "baseUrl",
    // Only the client runs in a page to resolve a path against.
    `an http(s) URL without credentials${!url && path ? " (a relative one is for the client, resolved against the page)" : ""}`,
  );
  check(!/[?#]/.test(baseUrl), "baseUrl", "a URL without query or fragment");
  return (path ? baseUrl : url.href).replace(/\/+$/, "");
}

/**
 * The absolute base URL of one request: `baseUrl` itself, or a relative one resolved against the page's address as it
 * is now. Outside browsers there is no page: a TypeError that says what to use instead.
 */
export function resolveBaseUrl(baseUrl: string): string {
  if (/^https?:/.test(baseUrl)) return baseUrl;
  let page: string | undefined;
  try {
    page = globalThis.location?.href;
  } catch {
    // Deno throws on reading `location` when it runs without --location.
  }
  check(
    page !== undefined,
    "baseUrl",
    "an absolute URL outside browsers, where no page gives a relative one its origin: use https://… or, on a server, " +
      "a client with the apiKey",
  );
  return new URL(baseUrl || "/", page).href.replace(/\/+$/, "");
}

// What kind of character a key may not hold (the character itself is never shown).
const describeCharacter = (code: number) =>
  /\s/.test(String.fromCharCode(code))
    ? "whitespace"
    : code > 0xff
      ? "a character past Latin-1"
      : "a control character";

/**
 * What is wrong with an API key that {@link checkApiKey} refuses, never what it holds (`"; it has whitespace at its
 * end"`, the usual slip of a secret file), or "". The proxy's messages use it; the client's core stays without it.
 */
export function describeApiKeyProblem(apiKey: unknown): string {
  if (typeof apiKey !== "string") return `; it is ${apiKey === null ? "null" : typeof apiKey}`;
  if (!apiKey) return "; it is empty";
  const at = apiKey.search(/[^!-~\xa1-\xff]/);
  if (at < 0) return "";
  return `; it has ${describeCharacter(apiKey.charCodeAt(at))} ${at === apiKey.length - 1 ? "at its end" : `at character ${at + 1}`}`;
}

/**
 * An API key fetch can send as a header value: visible ASCII or Latin-1 characters, no whitespace. `describe` adds
 * what is wrong to the message ({@link describeApiKeyProblem}).
 */
export function checkApiKey(apiKey: unknown, describe?: (apiKey: unknown) => string): asserts apiKey is string {
  check(
    typeof apiKey === "string" && /^[!-~\xa1-\xff]+$/.test(apiKey),
    "apiKey",
    `visible ASCII or Latin-1 characters (no whitespace)${describe?.(apiKey) ?? ""}`,
  );
}

/** A timeout in milliseconds: > 0, `Infinity` for none. */
export function checkTimeoutMs(timeoutMs: unknown): asserts timeoutMs is number {
  checkNumber(timeoutMs, "timeoutMs", (n) => n > 0, "> 0 (Infinity for none)");
}

// A UTF-16 surrogate not paired with its other half: it has no UTF-8 form, so no URL can carry it
// (https://url.spec.whatwg.org/#string-percent-encode-after-encoding; encodeURIComponent throws a URIError).
const LONE_SURROGATE = /\p{Surrogate}/u;

// Empty ids change the route; "." and ".." are resolved away by every URL parser, even percent-encoded
// (https://url.spec.whatwg.org/#single-dot-path-segment).
const isPathSegment = (value: unknown): value is string =>
  typeof value === "string" && !!value.trim() && value !== "." && value !== "..";

/** Whether the route can carry `customerId` as one whole path segment (see {@link checkCustomerId}). */
export const isCustomerId = (customerId: unknown): customerId is string =>
  isPathSegment(customerId) && !LONE_SURROGATE.test(customerId);

/** Throws a TypeError naming `customerId` unless {@link isCustomerId}. */
export function checkCustomerId(customerId: unknown): asserts customerId is string {
  check(isPathSegment(customerId), "customerId", 'a non-blank string, not "." or ".."');
  check(!LONE_SURROGATE.test(customerId), "customerId", "free of lone UTF-16 surrogates");
}

/** Throws unless `value` is undefined or a value of the spec's `currentPage` and `limit`: {@link isPositiveInteger}. */
export function checkPageParameter(name: string, value: unknown): asserts value is number | undefined {
  if (value !== undefined) checkNumber(value, name, isPositiveInteger, "an integer from 1");
}

/** The names of the spec's page parameters. */
export const PAGE_PARAMETERS = ["currentPage", "limit"] as const;

/** The path of a customer's activity logs, the id percent-encoded as one segment. */
export const activityLogsPath = (customerId: string): string =>
  ACTIVITY_LOGS_ROUTE.replace("{customerId}", encodeURIComponent(customerId));

/** The URL of one page of a walk (where a PaginationError says it stopped), `limit` left out when not given. */
export const pageUrl = (baseUrl: string, customerId: string, currentPage: number, limit?: number): string =>
  `${baseUrl}${activityLogsPath(customerId)}?currentPage=${currentPage}${limit ? `&limit=${limit}` : ""}`;

/**
 * Whether this runs in a browser page: a `window` and a `document`. Deno has a `window` but no `document`; workers and
 * Node have neither. Asked when a client is made and when a capped body is read (tests and SSR frameworks stub these
 * globals).
 */
export const isBrowser = (): boolean => "window" in globalThis && "document" in globalThis;

/** The default User-Agent: ours outside browsers, none in browsers (they refuse to set it). */
export const defaultUserAgent = (): string | undefined => (isBrowser() ? undefined : USER_AGENT);

/** The path, query and fragment of `url` (`https://host/customers/x?limit=1` -> `/customers/x?limit=1`), for messages. */
export const pathOf = (url: string): string => url.replace(/^\w+:\/\/[^/]*/, "");
