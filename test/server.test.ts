import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it, vi } from "vitest";
import { createActivityLogsClient, isApiError, type ActivityLogsResponse, type ApiErrorBody } from "../src/index.ts";
import { makeActivityLogsResponse, makeKycProviderEventLog } from "../src/msw.ts";
import { REDACTED, createRedact } from "../src/core/redact.ts";
import { createActivityLogsProxy, type ActivityLogsProxy, type ActivityLogsProxyOptions } from "../src/server.ts";
import { closedPortUrl, startServer, type TestServer } from "./support/http-server.ts";
import { toNodeListener } from "../src/server.ts";

const KEY = "sk_live_proxy_5e4d3c2b1a09";

function thrown(make: () => unknown): Error | undefined {
  try {
    make();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}
const page = makeActivityLogsResponse([makeKycProviderEventLog()], { customerId: "c-1", totalCount: 1 });

// The upstream API: answers with whatever the test sets, and records what it received.
type Reply = (req: IncomingMessage, res: ServerResponse) => void;
const sendJson =
  (status: number, body: unknown, headers: Record<string, string> = {}): Reply =>
  (_req, res) => {
    res.writeHead(status, { "Content-Type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
let reply: Reply = sendJson(200, page);
let upstream: TestServer;

function serveOverHttp(handler: ActivityLogsProxy) {
  return createServer((req, res) => void toNodeListener(handler)(req, res));
}

async function listen(server: ReturnType<typeof createServer>): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const servers: Array<() => Promise<void>> = [];
async function startProxy(options: Partial<ActivityLogsProxyOptions> = {}): Promise<string> {
  return listen(
    serveOverHttp(createActivityLogsProxy({ apiKey: KEY, baseUrl: upstream.url, authorize: () => true, ...options })),
  );
}

// Every answer of the proxy goes through here: none may hold the key, in its body or in any header.
async function call(url: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  expect(text).not.toContain(KEY);
  expect([...response.headers].join("\n")).not.toContain(KEY);
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

let proxyUrl: string;
beforeAll(async () => {
  upstream = await startServer((req, res) => reply(req, res));
  proxyUrl = await startProxy();
});
afterEach(() => {
  reply = sendJson(200, page);
  upstream.requests.length = 0;
});
afterAll(async () => {
  await Promise.all(servers.map((close) => close()));
  await upstream.close();
});

describe("createActivityLogsProxy: creation", () => {
  it("refuses to make a proxy without authorize", () => {
    expect(() => createActivityLogsProxy({ apiKey: KEY } as ActivityLogsProxyOptions)).toThrow(
      new TypeError("createActivityLogsProxy needs an authorize(request, customerId) function"),
    );
    // @ts-expect-error authorize is required
    expect(() => createActivityLogsProxy({ apiKey: KEY })).toThrow(TypeError);
  });

  it("refuses a malformed apiKey, saying what is wrong without quoting it", () => {
    const cases: [string, string][] = [
      [`${KEY}\n`, "whitespace at its end"],
      [`${KEY.slice(0, 4)} ${KEY.slice(4)}`, "whitespace at character 5"],
      [`${KEY}ключ`, "a character past Latin-1 at character 27"],
      [`${KEY}\u0000x`, "a control character at character 27"],
    ];
    for (const [apiKey, problem] of cases) {
      const error = thrown(() => createActivityLogsProxy({ apiKey, authorize: () => true }));
      expect(error).toEqual(
        new TypeError(`apiKey must be visible ASCII or Latin-1 characters (no whitespace); it has ${problem}`),
      );
      expect(error?.message).not.toContain(KEY.slice(0, 8));
    }
    expect(thrown(() => createActivityLogsProxy({ apiKey: 42 as never, authorize: () => true }))?.message).toBe(
      "apiKey must be visible ASCII or Latin-1 characters (no whitespace); it is number",
    );
  });

  it("refuses a baseUrl that is not http(s) or holds credentials, without quoting it", () => {
    for (const baseUrl of ["ftp://api.compilot.ai", "https://user:pw@api.compilot.ai", "not a url"]) {
      expect(() => createActivityLogsProxy({ apiKey: KEY, baseUrl, authorize: () => true })).toThrow(
        new TypeError("baseUrl must be an http(s) URL without credentials"),
      );
    }
  });

  it("is typed as a web-standard handler", () => {
    expectTypeOf(createActivityLogsProxy).returns.toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf<ActivityLogsProxyOptions["authorize"]>().parameters.toEqualTypeOf<[Request, string]>();
  });
});

describe("createActivityLogsProxy: without its key", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is made without a key (undefined or empty), warning once that every request will fail", () => {
    for (const apiKey of [undefined, ""]) {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      expect(typeof createActivityLogsProxy({ apiKey, authorize: () => true })).toBe("function");
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/has no apiKey .*every request gets a 500 until it is set/);
      vi.restoreAllMocks();
    }
  });

  it("answers each request with a 500 in the API's error shape, and calls neither authorize nor the API", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const authorize = vi.fn(() => true);
    const url = await listen(
      serveOverHttp(createActivityLogsProxy({ apiKey: undefined, baseUrl: upstream.url, authorize })),
    );
    for (let i = 0; i < 3; i++) {
      const answer = await call(`${url}/api/compilot/customers/c-1/activity-logs`);
      expect(answer.status).toBe(500);
      expect(answer.body).toEqual({
        message: "The ComPilot API key is not configured on the server",
        code: "INTERNAL_SERVER_ERROR",
      } satisfies ApiErrorBody);
      expect(answer.headers.get("cache-control")).toBe("no-store");
    }
    expect(upstream.requests).toHaveLength(0);
    expect(authorize).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    // Requests that are not the route's still get their own answers.
    expect((await call(`${url}/elsewhere`)).status).toBe(404);
  });

  it("gives the browser client an ApiError with status 500 and that code", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const url = await listen(serveOverHttp(createActivityLogsProxy({ apiKey: "", authorize: () => true })));
    const client = createActivityLogsClient({ baseUrl: `${url}/api/compilot`, retry: false });
    const error = await client.getActivityLogs("c-1").catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.body]).toEqual([
      500,
      { message: "The ComPilot API key is not configured on the server", code: "INTERNAL_SERVER_ERROR" },
    ]);
  });

  it("reads a key function at each request: missing, then set, then rotated, then malformed", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let current: string | undefined;
    const url = await listen(
      serveOverHttp(createActivityLogsProxy({ apiKey: () => current, baseUrl: upstream.url, authorize: () => true })),
    );
    const get = () => call(`${url}/customers/c-1/activity-logs`);
    expect((await get()).status).toBe(500);
    current = KEY;
    expect((await get()).status).toBe(200);
    current = `${KEY}_rotated`;
    expect((await get()).status).toBe(200);
    expect(upstream.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}_rotated`]);
    current = `${KEY}\n`;
    for (let i = 0; i < 2; i++)
      expect((await get()).body).toEqual({
        message: "The ComPilot API key configured on the server is malformed",
        code: "INTERNAL_SERVER_ERROR",
      });
    expect(upstream.requests).toHaveLength(2);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[0]).toContain("it has whitespace at its end");
    expect(logged.mock.calls[0]?.[0]).not.toContain(KEY.slice(0, 8));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("answers a 500 without calling the API when the key function throws, and logs that once", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const url = await listen(
      serveOverHttp(
        createActivityLogsProxy({
          apiKey: () => {
            throw new Error(`vault unreachable: token ${KEY}`);
          },
          baseUrl: upstream.url,
          authorize: () => true,
        }),
      ),
    );
    for (let i = 0; i < 2; i++) {
      const answer = await call(`${url}/customers/c-1/activity-logs`);
      expect([answer.status, (answer.body as ApiErrorBody).code]).toEqual([500, "INTERNAL_SERVER_ERROR"]);
    }
    expect(upstream.requests).toHaveLength(0);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).not.toContain(KEY);
  });

  it("redacts what the API echoes of a key read from a function", async () => {
    reply = (req, res) =>
      sendJson(401, { message: `bad token ${req.headers.authorization}`, code: "UNAUTHORIZED" })(req, res);
    const url = await listen(
      serveOverHttp(createActivityLogsProxy({ apiKey: () => KEY, baseUrl: upstream.url, authorize: () => true })),
    );
    const answer = await call(`${url}/customers/c-1/activity-logs`);
    expect(answer.status).toBe(401);
    expect(JSON.stringify(answer.body)).toContain(REDACTED);
  });

  it("types apiKey as a string, a function that returns one, or undefined", () => {
    expectTypeOf<ActivityLogsProxyOptions["apiKey"]>().toEqualTypeOf<string | (() => string | undefined) | undefined>();
  });
});

describe("createActivityLogsProxy: forwarding", () => {
  it("forwards the page with the key attached upstream and passes back status and JSON body", async () => {
    const answer = await call(`${proxyUrl}/api/compilot/customers/c-1/activity-logs?currentPage=2&limit=5`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(page);
    expect(answer.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(upstream.requests).toHaveLength(1);
    expect(upstream.requests[0]?.url).toBe("/customers/c-1/activity-logs?currentPage=2&limit=5");
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("serves any mount prefix, and none", async () => {
    for (const prefix of ["", "/api/compilot", "/a/b/c"]) {
      expect((await call(`${proxyUrl}${prefix}/customers/c-1/activity-logs`)).status).toBe(200);
    }
    expect(upstream.requests.map((req) => req.url)).toEqual(Array(3).fill("/customers/c-1/activity-logs"));
  });

  it("forwards none of the visitor's cookies, Authorization or other headers, only Accept", async () => {
    await call(`${proxyUrl}/api/compilot/customers/c-1/activity-logs`, {
      headers: {
        Accept: "application/json",
        Cookie: "session=visitor-secret",
        Authorization: "Bearer visitor-token",
        "X-Forwarded-For": "198.51.100.7",
        "X-Custom": "visitor",
        Referer: "http://127.0.0.1/page",
      },
    });
    const { headers } = upstream.requests[0]!;
    expect(headers.authorization).toBe(`Bearer ${KEY}`);
    expect(headers.accept).toBe("application/json");
    expect(headers.cookie).toBeUndefined();
    expect(headers["x-forwarded-for"]).toBeUndefined();
    expect(headers["x-custom"]).toBeUndefined();
    expect(headers.referer).toBeUndefined();
    expect(JSON.stringify(headers)).not.toMatch(/visitor/);
  });

  it("forwards only currentPage and limit, dropping other parameters", async () => {
    await call(`${proxyUrl}/customers/c-1/activity-logs?limit=3&apiKey=x&currentPage=1&customerId=other`);
    expect(upstream.requests[0]?.url).toBe("/customers/c-1/activity-logs?currentPage=1&limit=3");
  });

  it("keeps an encoded customer id one path segment upstream", async () => {
    await call(`${proxyUrl}/customers/${encodeURIComponent("a b/c?d")}/activity-logs`);
    expect(upstream.requests[0]?.url).toBe("/customers/a%20b%2Fc%3Fd/activity-logs");
  });

  it("sends upstream under the baseUrl's own path", async () => {
    const url = await startProxy({ baseUrl: `${upstream.url}/v1/` });
    await call(`${url}/customers/c-1/activity-logs`);
    expect(upstream.requests[0]?.url).toBe("/v1/customers/c-1/activity-logs");
  });

  it("passes an error status, its JSON body and Retry-After back", async () => {
    const body = { message: "Too many requests", code: "TOO_MANY_REQUESTS" } satisfies ApiErrorBody;
    reply = sendJson(429, body, { "Retry-After": "7", "X-Upstream-Secret": "internal" });
    const answer = await call(`${proxyUrl}/customers/c-1/activity-logs`);
    expect(answer.status).toBe(429);
    expect(answer.body).toEqual(body);
    expect(answer.headers.get("retry-after")).toBe("7");
    expect(answer.headers.get("x-upstream-secret")).toBeNull();
  });

  it("never echoes the key, even when the API quotes it", async () => {
    reply = sendJson(401, { message: `Invalid key: Bearer ${KEY}`, code: "UNAUTHORIZED" });
    const answer = await call(`${proxyUrl}/customers/c-1/activity-logs`);
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ message: "Invalid key: Bearer [REDACTED]", code: "UNAUTHORIZED" });
  });

  it("never echoes the key JSON-escaped or in part, as the client's redaction", async () => {
    const quoted = 'sk_"live\\proxy_5e4d3c2b1a09';
    const quotingProxy = await startProxy({ apiKey: quoted });
    reply = sendJson(401, { message: `Invalid key: ${quoted}, prefix ${quoted.slice(0, 12)}`, code: "UNAUTHORIZED" });
    const answer = await call(`${quotingProxy}/customers/c-1/activity-logs`);
    expect(answer.status).toBe(401);
    const text = JSON.stringify(answer.body);
    for (let i = 0; i + 8 <= quoted.length; i++) {
      expect(text).not.toContain(quoted.slice(i, i + 8));
      expect(text).not.toContain(JSON.stringify(quoted.slice(i, i + 8)).slice(1, -1));
    }
  });

  it("answers a non-JSON upstream body with JSON in the API's error shape", async () => {
    reply = (_req, res) => {
      res.writeHead(503, { "Content-Type": "text/html" });
      res.end("<html>maintenance</html>");
    };
    const answer = await call(`${proxyUrl}/customers/c-1/activity-logs`);
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({ code: "BAD_GATEWAY", message: "The API's answer is not JSON" });
    reply = (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end('{"totalCount": 1, "activityL');
    };
    expect((await call(`${proxyUrl}/customers/c-1/activity-logs`)).status).toBe(502);
  });

  it("caps the body it passes on", async () => {
    const url = await startProxy({ maxBodyBytes: 1_000 });
    reply = sendJson(200, makeActivityLogsResponse(Array.from({ length: 20 }, () => makeKycProviderEventLog())));
    const answer = await call(`${url}/customers/c-1/activity-logs`);
    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({ code: "BAD_GATEWAY", message: "The API's answer is too large" });
    reply = sendJson(200, page);
    expect((await call(`${url}/customers/c-1/activity-logs`)).status).toBe(200);
  });

  it("answers 502 in the API's error shape when the API cannot be reached", async () => {
    const url = await startProxy({ baseUrl: await closedPortUrl() });
    const answer = await call(`${url}/customers/c-1/activity-logs`);
    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({ code: "BAD_GATEWAY", message: "The API could not be reached" });
  });

  it("answers 504 when the API does not answer in time", async () => {
    const url = await startProxy({ timeoutMs: 100 });
    reply = () => {};
    const answer = await call(`${url}/customers/c-1/activity-logs`);
    expect(answer.status).toBe(504);
    expect(answer.body).toMatchObject({ code: "GATEWAY_TIMEOUT" });
  });

  it("does not follow a redirect, which would carry the key elsewhere", async () => {
    const elsewhere = await startServer((_req, res) => sendJson(200, page)(_req, res));
    try {
      reply = (_req, res) => {
        res.writeHead(307, { Location: `${elsewhere.url}/customers/c-1/activity-logs` });
        res.end();
      };
      expect((await call(`${proxyUrl}/customers/c-1/activity-logs`)).status).toBe(502);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
});

describe("createActivityLogsProxy: refusals", () => {
  it("asks authorize with the request and the decoded customer id before anything goes upstream", async () => {
    const asked: Array<[string, string | null]> = [];
    const url = await startProxy({
      authorize: (request, customerId) => {
        asked.push([customerId, request.headers.get("cookie")]);
        expect(upstream.requests).toHaveLength(0);
        return request.headers.get("cookie") === "session=ok";
      },
    });
    const allowed = await call(`${url}/customers/c%201/activity-logs`, { headers: { Cookie: "session=ok" } });
    expect(allowed.status).toBe(200);
    expect(asked).toEqual([["c 1", "session=ok"]]);
  });

  it("answers 403 and calls nothing upstream when authorize says no", async () => {
    for (const answer of [false, null, undefined, 0, ""]) {
      const url = await startProxy({ authorize: async () => answer });
      const refused = await call(`${url}/customers/c-1/activity-logs`);
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({ message: "Forbidden", code: "FORBIDDEN" });
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers 403 without the reason when authorize throws", async () => {
    const url = await startProxy({
      authorize: () => {
        throw new Error("session store down at 10.0.0.5");
      },
    });
    const refused = await call(`${url}/customers/c-1/activity-logs`);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain("10.0.0.5");
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers other methods with 405 and Allow: GET", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const answer = await call(`${proxyUrl}/customers/c-1/activity-logs`, { method });
      expect(answer.status).toBe(405);
      expect(answer.headers.get("allow")).toBe("GET");
      expect(answer.body).toMatchObject({ code: "METHOD_NOT_SUPPORTED" });
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers other paths with 404", async () => {
    for (const path of [
      "/",
      "/customers/c-1",
      "/customers/c-1/activity-logs/extra",
      "/customers/c-1/activity-logs/",
      "/customers//activity-logs",
      "/customers/%20/activity-logs",
      "/customers/%2E%2E/activity-logs",
      "/customers/%E0%A4%A/activity-logs",
      "/customers/c-1/other",
    ]) {
      const answer = await call(`${proxyUrl}${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.body).toEqual({ message: "Not found", code: "NOT_FOUND" });
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers bad page parameters with 400, as the client would refuse them", async () => {
    for (const query of [
      "limit=0",
      "limit=-1",
      "limit=abc",
      "currentPage=1.5",
      "limit=1&limit=2",
      "limit=",
      "limit=1e3",
    ]) {
      const answer = await call(`${proxyUrl}/customers/c-1/activity-logs?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body).toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(upstream.requests).toHaveLength(0);
  });
});

describe("createActivityLogsProxy: called directly, as route handlers do", () => {
  it("sends exactly Accept, Authorization and User-Agent through the fetch option", async () => {
    const sent: Request[] = [];
    const proxy = createActivityLogsProxy({
      apiKey: KEY,
      authorize: () => true,
      fetch: async (request) => {
        sent.push(request);
        return Response.json(page, { headers: { "Set-Cookie": "upstream=1" } });
      },
    });
    const response = await proxy(
      new Request("https://app.example/api/compilot/customers/c-1/activity-logs?limit=2", {
        headers: { Cookie: "session=1", "X-Requested-With": "fetch" },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(page);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(sent.map((request) => request.url)).toEqual(["https://api.compilot.ai/customers/c-1/activity-logs?limit=2"]);
    expect([...sent[0]!.headers].sort()).toEqual([
      ["accept", "application/json"],
      ["authorization", `Bearer ${KEY}`],
      ["user-agent", "compilot-activity-logs"],
    ]);
  });
});

describe("createActivityLogsProxy: with the keyless client", () => {
  it("serves a browser-side client that holds no key", async () => {
    const client = createActivityLogsClient({ baseUrl: `${proxyUrl}/api/compilot`, retry: false, rateLimit: false });
    const received: ActivityLogsResponse = await client.getActivityLogs("c-1", { limit: 10 });
    expect(received).toEqual(page);
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("turns a refusal into the client's ApiError", async () => {
    const url = await startProxy({ authorize: () => false });
    const client = createActivityLogsClient({ baseUrl: url, retry: false, rateLimit: false });
    const error = await client.getActivityLogs("c-1").catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.code]).toEqual([403, "FORBIDDEN"]);
  });
});

describe("createActivityLogsProxy: odd upstream answers", () => {
  // A visitor gives up after 10 s: a proxy that throws or hangs fails these tests rather than the suite's timeout.
  const visit = (url: string) => call(url, { signal: AbortSignal.timeout(10_000) });

  it("answers 304 and out-of-range statuses (600, 999) with 502 in the API's error shape", async () => {
    for (const status of [304, 600, 999]) {
      reply = (_req, res) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(status === 304 ? undefined : '{"message":"odd","code":"ODD"}');
      };
      const answer = await visit(`${proxyUrl}/customers/c-1/activity-logs`);
      expect(answer.status, String(status)).toBe(502);
      expect(answer.body).toEqual({ code: "BAD_GATEWAY", message: `The API answered with status ${status}` });
    }
  });

  it("passes Retry-After back redacted, and only when it reads as delay-seconds or an HTTP date", async () => {
    const date = "Wed, 21 Oct 2015 07:28:00 GMT";
    for (const [sent, passed] of [
      [KEY, null],
      [`${KEY.slice(4, 16)}`, null],
      ["120", "120"],
      [date, date],
      ["soon", null],
    ] as const) {
      reply = sendJson(429, { message: "Slow down", code: "TOO_MANY_REQUESTS" }, { "Retry-After": sent });
      const answer = await visit(`${proxyUrl}/customers/c-1/activity-logs`);
      expect(answer.status).toBe(429);
      expect(answer.headers.get("retry-after"), sent).toBe(passed);
    }
  });

  it("never echoes the key base64-encoded or inside Basic credentials", async () => {
    const basic = btoa(`user:${KEY}`);
    const urlSafe = btoa(`ab${KEY}`).replace(/\+/g, "-").replace(/\//g, "_");
    reply = sendJson(401, { message: `Refused: Basic ${basic}, token ${urlSafe}`, code: "UNAUTHORIZED" });
    const answer = await visit(`${proxyUrl}/customers/c-1/activity-logs`);
    expect(answer.status).toBe(401);
    const { message } = answer.body as ApiErrorBody;
    expect(message).toMatch(/^Refused: Basic [\w=]*\[REDACTED\][\w=]*, token [\w=-]*\[REDACTED\][\w=-]*$/);
    for (const encoded of [basic, urlSafe]) expect(message).not.toContain(encoded.slice(8, 24));
  });

  it("answers 504 when authorize does not settle within timeoutMs, and calls nothing upstream", async () => {
    const url = await startProxy({ timeoutMs: 200, authorize: () => new Promise(() => {}) });
    const answer = await visit(`${url}/customers/c-1/activity-logs`);
    expect(answer.status).toBe(504);
    expect(answer.body).toEqual({ code: "GATEWAY_TIMEOUT", message: "Authorization did not finish in time" });
    expect(upstream.requests).toHaveLength(0);
  });

  it("stops waiting for authorize when the visitor leaves (the adapter's abort signal)", async () => {
    let asked = () => {};
    const waiting = new Promise<void>((resolve) => (asked = resolve));
    const proxy = createActivityLogsProxy({
      apiKey: KEY,
      baseUrl: upstream.url,
      authorize: () => {
        asked();
        return new Promise(() => {});
      },
    });
    const answered: number[] = [];
    const url = await listen(
      serveOverHttp(async (request) => {
        const response = await proxy(request);
        answered.push(response.status);
        return response;
      }),
    );
    const visitor = new AbortController();
    const visiting = fetch(`${url}/customers/c-1/activity-logs`, { signal: visitor.signal }).catch(() => "left");
    await waiting;
    visitor.abort();
    expect(await visiting).toBe("left");
    await vi.waitFor(() => expect(answered).toEqual([499]), { timeout: 10_000 });
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers a failure of the handler itself in the API's error shape, through the README's adapter", async () => {
    const url = await listen(
      serveOverHttp(() => {
        throw new Error("bug");
      }),
    );
    const answer = await visit(`${url}/customers/c-1/activity-logs`);
    expect([answer.status, answer.body]).toEqual([
      500,
      { message: "Internal server error", code: "INTERNAL_SERVER_ERROR" },
    ]);
  });
});

describe("createActivityLogsProxy: big pages", () => {
  const MiB = 2 ** 20;
  // A 16 MiB page whose text echoes the key near every MiB, where the proxy cuts its chunks: raw, \u-escaped once,
  // escaped twice, and base64 in Basic credentials, each starting a few characters before the MiB.
  const echoes = [
    KEY,
    [...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""),
    `\\\\u0073${KEY.slice(1)}`,
    `Basic ${btoa(`user:${KEY}`)}`,
  ];
  const bigPage = (() => {
    const head = '{"totalCount":0,"customerId":"c-1","activityLogs":[],"note":"';
    let text = head;
    for (let k = 1; k < 16; k++) {
      const echo = echoes[k % echoes.length] as string;
      const at = k * MiB - 3 - (k % 7) * 3;
      text += "x".repeat(at - text.length) + echo;
    }
    return `${text}${"x".repeat(16 * MiB - 4 - text.length)}"}`;
  })();

  it("passes a 16 MiB page with echoes across its chunks on redacted exactly as the whole text redacted at once", async () => {
    reply = (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(bigPage);
    };
    const answer = await fetch(`${proxyUrl}/customers/c-1/activity-logs`);
    const text = await answer.text();
    expect(answer.status).toBe(200);
    expect(text.length).toBeLessThan(bigPage.length);
    expect(text.split(REDACTED)).toHaveLength(16);
    expect(text).not.toContain(KEY.slice(0, 8));
    expect(text === createRedact(KEY)(bigPage)).toBe(true);
  });

  it("sends a big page in chunks, letting the event loop turn between them", async () => {
    reply = (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(bigPage);
    };
    const proxy = createActivityLogsProxy({ apiKey: KEY, baseUrl: upstream.url, authorize: () => true });
    const response = await proxy(new Request("http://app.example/customers/c-1/activity-logs"));
    // Counts the turns of the event loop: one immediate per turn.
    let turns = 0;
    let stopped = false;
    const turn = () => void (stopped || (turns++, setImmediate(turn)));
    turn();
    const turnsAtChunk: number[] = [];
    try {
      const reader = response.body!.getReader();
      while (!(await reader.read()).done) turnsAtChunk.push(turns);
    } finally {
      stopped = true;
    }
    expect(turnsAtChunk.length).toBeGreaterThanOrEqual(16);
    // The loop turned between every two chunks: no chunk waited for the whole page to be redacted.
    for (let i = 1; i < turnsAtChunk.length; i++) expect(turnsAtChunk[i]).toBeGreaterThan(turnsAtChunk[i - 1]!);
  });

  it("answers a big body that is not JSON in the API's error shape", async () => {
    reply = (_req, res) => {
      res.writeHead(503, { "Content-Type": "text/html" });
      res.end(`<html>${"x".repeat(2 * MiB)}</html>`);
    };
    const answer = await call(`${proxyUrl}/customers/c-1/activity-logs`);
    expect([answer.status, answer.body]).toEqual([
      503,
      { code: "BAD_GATEWAY", message: "The API's answer is not JSON" },
    ]);
    reply = (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(`{"totalCount":1,"note":"${"x".repeat(2 * MiB)}`);
    };
    expect((await call(`${proxyUrl}/customers/c-1/activity-logs`)).status).toBe(502);
  });
});
