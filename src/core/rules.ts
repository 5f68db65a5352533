// The rules the client, the proxy, the mock handlers and the demo share, each written once: the base URL, the API key,
// the customer id, the page parameters, the route, the timeout and the User-Agent. A mistake fails at once with an
// error that names what is wrong and never quotes the value (a key, a URL with a token).

/** The one route of the API, as the spec (and openapi-fetch) writes it. */
export const ACTIVITY_LOGS_ROUTE = "/customers/{customerId}/activity-logs";

/** The route's one method. */
export const ACTIVITY_LOGS_METHOD = "GET";

/** The User-Agent sent outside browsers. */
export const USER_AGENT = "compilot-activity-logs";

/** Throws `Type` (a TypeError unless given) with `${option} must be ${rule}` unless `ok`. */
export function check(ok: unknown, option: string, rule: string, Type: ErrorConstructor = TypeError): void {
  if (!ok) throw new Type(`${option} must be ${rule}`);
}

/** Throws a TypeError unless `value` is a number, then a RangeError unless `ok(value)`. */
export function checkNumber(value: unknown, option: string, ok: (n: number) => boolean, rule: string): void {
  check(typeof value === "number", option, "a number");
  check(ok(value as number), option, rule, RangeError);
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
  const path = typeof baseUrl === "string" && /^\.{0,2}\//.test(baseUrl);
  let url: URL | undefined;
  try {
    // A path is checked as it would resolve on any page.
    url = new URL(baseUrl as string, relative && path ? "http://page.invalid" : undefined);
  } catch {}
  check(
    typeof baseUrl === "string" && /^https?:$/.test(url?.protocol ?? "") && !url?.username && !url?.password,
    "baseUrl",
    // Only the client runs in a page to resolve a path against.
    `an http(s) URL without credentials${!url && path ? " (a relative one is for the client, resolved against the page)" : ""}`,
  );
  check(!/[?#]/.test(baseUrl as string), "baseUrl", "a URL without query or fragment");
  return (path ? (baseUrl as string) : (url as URL).href).replace(/\/+$/, "");
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
    page,
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
export function checkTimeoutMs(timeoutMs: unknown): void {
  checkNumber(timeoutMs, "timeoutMs", (n) => n > 0, "> 0 (Infinity for none)");
}

/**
 * Whether the route can carry `customerId` as one whole path segment: empty ids change the route, and "." and ".."
 * are resolved away by every URL parser (https://url.spec.whatwg.org/#single-dot-path-segment), even percent-encoded.
 */
export const isCustomerId = (customerId: unknown): customerId is string =>
  typeof customerId === "string" && !!customerId.trim() && customerId !== "." && customerId !== "..";

/** Throws a TypeError unless {@link isCustomerId}. */
export function checkCustomerId(customerId: unknown): asserts customerId is string {
  check(isCustomerId(customerId), "customerId", 'a non-blank string, not "." or ".."');
}

/** A value of the spec's `currentPage` and `limit`: an integer from 1. */
export const isPageNumber = isPositiveInteger;

/** Throws unless `value` is undefined or {@link isPageNumber}. */
export function checkPageParameter(name: string, value: unknown): void {
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

/** The default User-Agent: ours outside browsers, none in browsers (they refuse to set it; all start with "Mozilla/"). */
export const defaultUserAgent = (): string | undefined =>
  /^Mozilla\//.test(globalThis.navigator?.userAgent) ? undefined : USER_AGENT;
