// Following redirects by hand, same-origin only: the key must not go to another origin. Loaded by the transport on the
// first redirect status it gets; a browser never gets one (it hides a redirect behind an opaque-redirect response with
// status 0), so only server-side clients load this. It imports nothing: all it needs comes from the attempt.

/** What following an attempt's redirects needs of it. */
export interface RedirectContext {
  /** The client's fetch. */
  fetch: (request: Request) => Promise<Response>;
  redact: (text: string) => string;
  /** The error of a redirect not followed (`detail`: why). */
  refuse: (url: string, detail: string) => unknown;
  /** The error of a fetch that failed while following. */
  failure: (cause: unknown, url: string) => unknown;
}

// Same-origin redirects followed in a row; more is a loop.
const MAX_REDIRECTS = 5;

/** Follows `response`'s same-origin redirects; returns the last request and its response, which is no redirect. */
export async function followSameOriginRedirects(
  request: Request,
  response: Response,
  { fetch, redact, refuse, failure }: RedirectContext,
): Promise<[Request, Response]> {
  for (let hops = 0; response.status > 299 && response.status < 400; hops++) {
    // A browser hides a redirect's target (an opaque-redirect response with status 0).
    const location = response.headers.get("location");
    if (response.type === "opaqueredirect" || location === null) break;
    let target: URL | undefined;
    try {
      target = new URL(location, request.url);
    } catch {}
    if (target?.origin !== new URL(request.url).origin || hops >= MAX_REDIRECTS)
      throw refuse(
        request.url,
        hops >= MAX_REDIRECTS ? "too many redirects" : `to ${redact(target?.origin ?? "an unreadable Location")}`,
      );
    void response.body?.cancel().catch(() => {});
    request = new Request(target.href, request);
    try {
      response = await fetch(request);
    } catch (cause) {
      throw failure(cause, request.url);
    }
  }
  return [request, response];
}
