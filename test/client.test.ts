import { http, HttpResponse, type JsonBodyType } from "msw";
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  ApiError,
  ContractError,
  NetworkError,
  TimeoutError,
  createActivityLogsClient,
  isApiError,
  isContractError,
  isNetworkError,
  isTimeoutError,
  type ActivityLog,
  type ActivityLogsClientOptions,
  type ActivityLogsResponse,
  type ContractIssue,
  type ContractViolation,
  type KycProviderEventLog,
  type ScenarioExecutionLog,
} from "../src/index.ts";
import { closedPortUrl, startServer } from "./support/http-server.ts";
import { useMswServer } from "./support/msw-server.ts";

// The validators are another module's job: here only the wiring is under test.
const checks = vi.hoisted(() => {
  const checkActivityLogsResponse = vi.fn((_value: unknown, _redact?: (text: string) => string): ContractIssue[] => []);
  const checkApiErrorBody = vi.fn((_value: unknown, _redact?: (text: string) => string): ContractIssue[] => []);
  // The client calls checkBody; the two list functions stand for its two schemas.
  const checkBody = (schema: string, value: unknown, redact?: (text: string) => string) => {
    const issues = (schema === "ActivityLogsResponse" ? checkActivityLogsResponse : checkApiErrorBody)(value, redact);
    return { issues, count: issues.length, message: issues.map((issue) => issue.message).join("\n") };
  };
  return { checkActivityLogsResponse, checkApiErrorBody, checkBody };
});
vi.mock("../src/model/contract.ts", () => checks);

const API = "https://api.compilot.ai";
const ROUTE = `${API}/customers/:customerId/activity-logs`;
const KEY = "sk_live_9f8e7d6c5b4a39281706";

const kycLog = {
  data: { data: { sessionId: "ses_1" }, event: { status: "APPROVED", alias: "jane", sandbox: false } },
} satisfies KycProviderEventLog;
const scenarioLog = {
  data: {
    execution_status: "valid",
    executions: [
      {
        scenarioId: "scn_1",
        scenarioStatus: "valid",
        rules: [
          {
            status: "valid",
            result: { result: { is_valid: true, reasons: [] } },
            rule_data: {
              attribute: { version: "v1", schema: "Customer", path: "Customer/identityData/age" },
              operator: "$gte",
              value: 18,
            },
          },
        ],
      },
    ],
  },
} satisfies ScenarioExecutionLog;
const page = { totalCount: 2, customerId: "c-1", activityLogs: [kycLog, scenarioLog] } satisfies ActivityLogsResponse;

const issue: ContractIssue = {
  pointer: "/totalCount",
  expected: "type integer",
  received: '"two"',
  message: '/totalCount must be type integer; got "two"',
};

const quiet: ActivityLogsClientOptions = { apiKey: KEY, retry: false, rateLimit: false };

describe("getActivityLogs (msw)", () => {
  const server = useMswServer();
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    checks.checkActivityLogsResponse.mockReset().mockReturnValue([]);
    checks.checkApiErrorBody.mockReset().mockReturnValue([]);
  });

  const serve = (body: JsonBodyType, init?: ResponseInit) => {
    const requests: Request[] = [];
    server.use(
      http.get(ROUTE, ({ request }) => {
        requests.push(request);
        return HttpResponse.json(body, init);
      }),
    );
    return requests;
  };

  it("returns the page, typed", async () => {
    serve(page);
    const result = await createActivityLogsClient(quiet).getActivityLogs("c-1");
    expectTypeOf(result).toEqualTypeOf<ActivityLogsResponse>();
    expectTypeOf(result.activityLogs).toEqualTypeOf<ActivityLog[]>();
    expect(result).toEqual(page);
  });

  it("sends the API key as a bearer token, a User-Agent and the extra headers", async () => {
    const requests = serve(page);
    await createActivityLogsClient({ ...quiet, headers: { "X-Trace": "t-1" } }).getActivityLogs("c-1");
    const headers = requests[0]?.headers;
    expect(headers?.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(headers?.get("user-agent")).toBe("compilot-activity-logs");
    expect(headers?.get("x-trace")).toBe("t-1");
  });

  it("sends the userAgent option as User-Agent", async () => {
    const requests = serve(page);
    await createActivityLogsClient({ ...quiet, userAgent: "my-app/1.0" }).getActivityLogs("c-1");
    expect(requests[0]?.headers.get("user-agent")).toBe("my-app/1.0");
  });

  it("sends no User-Agent in a browser", async () => {
    // A browser page, as options.test.ts's "a key in a browser" makes one: the one test of isBrowser().
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
    const requests = serve(page);
    await createActivityLogsClient({ ...quiet, dangerouslyAllowBrowser: true }).getActivityLogs("c-1");
    // undici fills in its own default when the caller sets none.
    expect(requests[0]?.headers.get("user-agent")).not.toBe("compilot-activity-logs");
  });

  it("sends currentPage and limit as query parameters, and nothing when they are absent", async () => {
    const requests = serve(page);
    const client = createActivityLogsClient(quiet);
    await client.getActivityLogs("c-1", { currentPage: 3, limit: 50 });
    await client.getActivityLogs("c-1");
    expect(new URL(requests[0]?.url ?? "").search).toBe("?currentPage=3&limit=50");
    expect(new URL(requests[1]?.url ?? "").search).toBe("");
  });

  it("uses the baseUrl option", async () => {
    const requests: string[] = [];
    server.use(
      http.get(
        "https://api.bjrpilot.xyz/customers/:id/activity-logs",
        ({ request }) => (requests.push(request.url), HttpResponse.json(page)),
      ),
    );
    await createActivityLogsClient({ ...quiet, baseUrl: "https://api.bjrpilot.xyz/" }).getActivityLogs("c-1");
    expect(requests).toEqual(["https://api.bjrpilot.xyz/customers/c-1/activity-logs"]);
  });

  it("looks fetch up at call time, so a fetch patched after the client was made is used", async () => {
    const client = createActivityLogsClient(quiet);
    const patched = vi.fn(async (_request: Request) => Response.json(page));
    vi.stubGlobal("fetch", patched);
    await expect(client.getActivityLogs("c-1")).resolves.toEqual(page);
    expect(patched).toHaveBeenCalledOnce();
  });

  it("uses the fetch option instead of the global fetch", async () => {
    const custom = vi.fn(async (_request: Request) => Response.json(page));
    await expect(createActivityLogsClient({ ...quiet, fetch: custom }).getActivityLogs("c-1")).resolves.toEqual(page);
    expect(custom.mock.calls[0]?.[0].url).toBe(`${API}/customers/c-1/activity-logs`);
  });

  it("percent-encodes the customer id as exactly one path segment", async () => {
    const requests = serve(page);
    const client = createActivityLogsClient(quiet);
    const ids = ["../x", "a/b", "?", "#", "a?b#c", "é🙂", " padded ", "%2e%2e", "..."];
    for (const id of ids) await client.getActivityLogs(id);
    for (const [i, id] of ids.entries()) {
      const { pathname, search, hash } = new URL(requests[i]?.url ?? "");
      const segments = pathname.split("/");
      expect(segments).toHaveLength(4);
      expect([segments[1], segments[3], search, hash]).toEqual(["customers", "activity-logs", "", ""]);
      expect(decodeURIComponent(segments[2] ?? "")).toBe(id);
    }
  });

  it("rejects a customerId holding a lone UTF-16 surrogate with a TypeError naming customerId, before any request", async () => {
    const fetch = vi.fn(async (_request: Request) => Response.json(page));
    const client = createActivityLogsClient({ ...quiet, fetch });
    for (const id of ["c-\ud800", "\udc00", "a\udfff\ud800b"]) {
      const error: unknown = await client.getActivityLogs(id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect(error).not.toBeInstanceOf(URIError);
      expect((error as TypeError).message).toBe("customerId must be free of lone UTF-16 surrogates");
      expect(() => client.iterateActivityLogs(id)).toThrow(/^customerId must be/);
    }
    // A pair is one character, sent as its UTF-8 bytes.
    await client.getActivityLogs("c-\ud83d\ude00");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0].url).toContain("/customers/c-%F0%9F%98%80/activity-logs");
  });

  it("rejects a blank, dot or non-string customerId with a TypeError, before any request", async () => {
    const fetch = vi.fn(async (_request: Request) => Response.json(page));
    const client = createActivityLogsClient({ ...quiet, fetch });
    for (const id of ["", "   ", "\t\n", ".", ".."]) {
      await expect(client.getActivityLogs(id)).rejects.toThrow(
        new TypeError('customerId must be a non-blank string, not "." or ".."'),
      );
    }
    for (const id of [undefined, null, 42, { id: "c-1" }]) {
      // @ts-expect-error: the id must be a string
      await expect(client.getActivityLogs(id)).rejects.toThrow(TypeError);
    }
    // @ts-expect-error: the id must be a string
    expect(() => client.iterateActivityLogs(7)).toThrow(TypeError);
    expect(() => client.iterateActivityLogs(" ")).toThrow(TypeError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("throws an ApiError with the typed body, code and issues on a 400", async () => {
    const body = {
      message: "Input validation failed",
      code: "BAD_REQUEST",
      issues: [{ message: "Invalid uuid", path: ["customerId"] }],
    };
    serve(body, { status: 400 });
    const error = await createActivityLogsClient(quiet)
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    if (!isApiError(error)) throw error;
    expect(error.message).toBe(
      'Request failed with status 400 (BAD_REQUEST) "Input validation failed": GET /customers/c-1/activity-logs',
    );
    expect({ status: error.status, body: error.body, code: error.code, issues: error.issues }).toEqual({
      status: 400,
      body,
      code: "BAD_REQUEST",
      issues: body.issues,
    });
    expect({ method: error.method, url: error.url }).toEqual({
      method: "GET",
      url: `${API}/customers/c-1/activity-logs`,
    });
  });

  it("throws an ApiError on a 404 whose message carries the server's message", async () => {
    serve({ message: "Not found", code: "NOT_FOUND" }, { status: 404 });
    await expect(createActivityLogsClient(quiet).getActivityLogs("c-9", { limit: 5 })).rejects.toThrow(
      'Request failed with status 404 (NOT_FOUND) "Not found": GET /customers/c-9/activity-logs?limit=5',
    );
  });

  it("cuts the server's message in an ApiError's message at 200 characters", async () => {
    serve({ message: "x".repeat(500), code: "NOT_FOUND" }, { status: 404 });
    const error = await createActivityLogsClient(quiet)
      .getActivityLogs("c-9")
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `Request failed with status 404 (NOT_FOUND) "${"x".repeat(200)}": GET /customers/c-9/activity-logs`,
    );
    expect(isApiError(error) && typeof error.body === "object" && error.body.message).toBe("x".repeat(500));
  });

  it("keeps the raw text of an HTML 502 page from a proxy as the body", async () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    server.use(
      http.get(ROUTE, () => new HttpResponse(html, { status: 502, headers: { "Content-Type": "text/html" } })),
    );
    const error = await createActivityLogsClient(quiet)
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(
      isApiError(error) && { status: error.status, body: error.body, code: error.code, message: error.message },
    ).toEqual({
      status: 502,
      body: html,
      code: undefined,
      message: "Request failed with status 502: GET /customers/c-1/activity-logs",
    });
  });

  it("keeps an empty 500 body as an empty string", async () => {
    server.use(http.get(ROUTE, () => new HttpResponse(null, { status: 500 })));
    const error = await createActivityLogsClient(quiet)
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.body]).toEqual([500, ""]);
  });

  it("keeps a JSON error body that is not the spec's error shape as text", async () => {
    serve({ error: "rate limited" }, { status: 418 });
    const error = await createActivityLogsClient(quiet)
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.body, error.code]).toEqual([
      418,
      '{"error":"rate limited"}',
      undefined,
    ]);
  });

  it("throws a NetworkError of reason invalid-json, with a SyntaxError as cause, on a 200 that is not JSON", async () => {
    server.use(
      http.get(
        ROUTE,
        () => new HttpResponse('{"totalCount": 2, ', { status: 200, headers: { "Content-Type": "application/json" } }),
      ),
    );
    const error = await createActivityLogsClient(quiet)
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(isTimeoutError(error)).toBe(false);
    expect(isNetworkError(error) && [error.reason, error.attempts, error.message]).toEqual([
      "invalid-json",
      1,
      "Network error (invalid-json) with api.compilot.ai, 1 attempt: GET /customers/c-1/activity-logs",
    ]);
    expect(isNetworkError(error) && (error.cause as Error).name).toBe("SyntaxError");
  });

  it("throws a NetworkError of reason invalid-json on an empty 200", async () => {
    server.use(http.get(ROUTE, () => new HttpResponse(null, { status: 200 })));
    await expect(createActivityLogsClient(quiet).getActivityLogs("c-1")).rejects.toMatchObject({
      name: "NetworkError",
      reason: "invalid-json",
    });
  });

  it("keeps the API key out of every error surface and every log line", async () => {
    const logged: unknown[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(...args));
    }
    const client = createActivityLogsClient({ ...quiet, baseUrl: `${API}/` });
    const errors: unknown[] = [];
    // A server that echoes the key back, in JSON and in text.
    server.use(
      http.get(ROUTE, () =>
        HttpResponse.json({ message: `Invalid API key ${KEY}`, code: "UNAUTHORIZED" }, { status: 401 }),
      ),
    );
    errors.push(await client.getActivityLogs("c-1").catch((e: unknown) => e));
    server.use(http.get(ROUTE, () => new HttpResponse(`bad key: ${KEY}`, { status: 403 })));
    errors.push(await client.getActivityLogs("c-1").catch((e: unknown) => e));
    server.use(http.get(ROUTE, () => new HttpResponse(`not json ${KEY}`, { status: 200 })));
    errors.push(await client.getActivityLogs("c-1").catch((e: unknown) => e));
    server.use(http.get(ROUTE, () => HttpResponse.error()));
    errors.push(await client.getActivityLogs(KEY).catch((e: unknown) => e));
    errors.push(
      await createActivityLogsClient({ ...quiet, validate: "warn" })
        .getActivityLogs("c-1")
        .catch((e: unknown) => e),
    );

    expect(errors.map((e) => (e instanceof Error ? e.name : typeof e))).toEqual([
      "ApiError",
      "ApiError",
      "NetworkError",
      "NetworkError",
      "NetworkError",
    ]);
    expect(isApiError(errors[0]) && errors[0].body).toEqual({
      message: "Invalid API key [REDACTED]",
      code: "UNAUTHORIZED",
    });
    for (const error of errors) {
      if (!(error instanceof Error)) throw error;
      const surfaces = [
        error.message,
        String(error),
        error.stack,
        JSON.stringify(error),
        JSON.stringify(Object.entries(error)),
        "url" in error ? String(error.url) : "",
      ];
      for (let cause = error.cause; cause instanceof Error; cause = cause.cause)
        surfaces.push(cause.message, String(cause), JSON.stringify(cause));
      for (const surface of surfaces) expect(surface).not.toContain(KEY);
    }
    for (const line of logged) expect(String(line)).not.toContain(KEY);
  });

  it("rejects a baseUrl that is not an absolute http(s) URL, or carries credentials, a query or a fragment, when the client is made", () => {
    for (const baseUrl of [
      "not a url",
      "api.compilot.ai",
      "ftp://api.compilot.ai",
      "http://user:s3cret@api.compilot.ai",
    ]) {
      let error: unknown;
      try {
        createActivityLogsClient({ baseUrl });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe("baseUrl must be an http(s) URL without credentials");
      expect((error as Error).message).not.toContain("s3cret");
    }
    for (const baseUrl of ["https://api.compilot.ai/?token=s3cret", "https://api.compilot.ai/#frag", "https://x/?"])
      expect(() => createActivityLogsClient({ baseUrl })).toThrow(
        new TypeError("baseUrl must be a URL without query or fragment"),
      );
    expect(() => createActivityLogsClient({ baseUrl: "http://127.0.0.1:8080/api/" })).not.toThrow();
  });

  it("rejects a timeoutMs that is not positive when the client is made, and takes Infinity or a huge one as no timeout", async () => {
    for (const timeoutMs of [0, -1, Number.NaN])
      expect(() => createActivityLogsClient({ timeoutMs })).toThrow(RangeError);
    const fetch = vi.fn(async (_request: Request) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return Response.json(page);
    });
    // setTimeout() would fire at once for 1e10 ms (past 2^31 - 1) and abort every call.
    for (const timeoutMs of [Number.POSITIVE_INFINITY, 1e10]) {
      await expect(createActivityLogsClient({ ...quiet, fetch, timeoutMs }).getActivityLogs("c-1")).resolves.toEqual(
        page,
      );
    }
  });

  it("rejects a currentPage or limit that is not an integer from 1 with a RangeError, before any request", async () => {
    const fetch = vi.fn(async (_request: Request) => Response.json(page));
    const client = createActivityLogsClient({ ...quiet, fetch });
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(client.getActivityLogs("c-1", { currentPage: bad })).rejects.toThrow(
        new RangeError("currentPage must be an integer from 1"),
      );
      await expect(client.getActivityLogs("c-1", { limit: bad })).rejects.toThrow(
        new RangeError("limit must be an integer from 1"),
      );
      expect(() => client.iterateActivityLogs("c-1", { limit: bad })).toThrow(RangeError);
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it("rejects a key fetch could not send (whitespace, control or non-Latin-1 characters) with a TypeError that hides it, when the client is made", () => {
    for (const apiKey of [
      "sk_live_line\nbreak_0123456789",
      "sk_live_trailing_space ",
      "",
      "sk_live_ключ_0123456789",
      "\u0000",
    ]) {
      let error: unknown;
      try {
        createActivityLogsClient({ apiKey });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TypeError);
      const text = JSON.stringify(error) + String(error) + (error as Error).stack;
      expect(text).toContain("apiKey must be");
      if (apiKey) expect(text).not.toContain(apiKey.trim());
    }
  });

  it("exposes the openapi-fetch client as raw, with the same base URL and headers", async () => {
    const requests = serve(page);
    const client = createActivityLogsClient(quiet);
    const { data, response } = await client.raw.GET("/customers/{customerId}/activity-logs", {
      params: { path: { customerId: "c-1" } },
    });
    expect(response.status).toBe(200);
    expect(data?.totalCount).toBe(2);
    expect(requests[0]?.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  describe("contract checks (validate option)", () => {
    it("never loads the validators when validate is off", async () => {
      serve(page);
      await createActivityLogsClient(quiet).getActivityLogs("c-1");
      expect(checks.checkActivityLogsResponse).not.toHaveBeenCalled();
    });

    it("warn reports a mismatching page to onContractViolation and returns the data", async () => {
      serve(page);
      checks.checkActivityLogsResponse.mockReturnValue([issue]);
      const violations: ContractViolation[] = [];
      const client = createActivityLogsClient({
        ...quiet,
        validate: "warn",
        onContractViolation: (v) => violations.push(v),
      });
      await expect(client.getActivityLogs("c-1")).resolves.toEqual(page);
      expect(checks.checkActivityLogsResponse).toHaveBeenCalledWith(page, expect.any(Function));
      expect(violations).toEqual([
        {
          schema: "ActivityLogsResponse",
          method: "GET",
          url: `${API}/customers/c-1/activity-logs`,
          status: 200,
          issues: [issue],
          count: 1,
          message: issue.message,
        },
      ]);
    });

    it("warn logs with console.warn by default", async () => {
      serve(page);
      checks.checkActivityLogsResponse.mockReturnValue([issue]);
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      await createActivityLogsClient({ ...quiet, validate: "warn" }).getActivityLogs("c-1");
      expect(warn).toHaveBeenCalledWith(
        `compilot-activity-logs: GET ${API}/customers/c-1/activity-logs breaks the spec:\n${issue.message}`,
      );
    });

    it("redacts the API key from the received values of contract issues", async () => {
      serve({ ...page, customerId: KEY });
      const leaky = {
        pointer: "/customerId",
        expected: "type number",
        received: JSON.stringify(KEY),
        message: `/customerId must be type number; got "${KEY}"`,
      };
      checks.checkActivityLogsResponse.mockReturnValue([leaky]);
      const error = await createActivityLogsClient({ ...quiet, validate: "strict" })
        .getActivityLogs("c-1")
        .catch((e: unknown) => e);
      expect(isContractError(error) && error.issues[0]?.received).toBe('"[REDACTED]"');
      expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain(KEY);
    });

    it("strict throws a ContractError for a mismatching page", async () => {
      serve(page);
      checks.checkActivityLogsResponse.mockReturnValue([issue]);
      const error = await createActivityLogsClient({ ...quiet, validate: "strict" })
        .getActivityLogs("c-1")
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContractError);
      expect(isContractError(error) && [error.status, error.issues, error.violation.schema]).toEqual([
        200,
        [issue],
        "ActivityLogsResponse",
      ]);
    });

    it("strict returns a page that matches", async () => {
      serve(page);
      await expect(createActivityLogsClient({ ...quiet, validate: "strict" }).getActivityLogs("c-1")).resolves.toEqual(
        page,
      );
      expect(checks.checkActivityLogsResponse).toHaveBeenCalledOnce();
    });

    it("warn reports a mismatching JSON error body and still throws the ApiError", async () => {
      serve({ message: "Not found" }, { status: 404 });
      checks.checkApiErrorBody.mockReturnValue([issue]);
      const violations: ContractViolation[] = [];
      const client = createActivityLogsClient({
        ...quiet,
        validate: "warn",
        onContractViolation: (v) => violations.push(v),
      });
      await expect(client.getActivityLogs("c-1")).rejects.toBeInstanceOf(ApiError);
      expect(checks.checkApiErrorBody).toHaveBeenCalledWith({ message: "Not found" }, expect.any(Function));
      expect(violations.map((v) => [v.schema, v.status])).toEqual([["ApiErrorBody", 404]]);
    });

    it("strict throws a ContractError caused by the ApiError for a mismatching JSON error body", async () => {
      serve({ message: "Not found" }, { status: 404 });
      checks.checkApiErrorBody.mockReturnValue([issue]);
      const error = await createActivityLogsClient({ ...quiet, validate: "strict" })
        .getActivityLogs("c-1")
        .catch((e: unknown) => e);
      expect(isContractError(error) && error.violation.schema).toBe("ApiErrorBody");
      expect(isContractError(error) && isApiError(error.cause) && error.cause.status).toBe(404);
    });

    it("strict retries a 503 whose body breaks the spec, then throws the ContractError caused by the last ApiError", async () => {
      const requests = serve({ error: "Service Unavailable" }, { status: 503, headers: { "Retry-After": "0" } });
      checks.checkApiErrorBody.mockReturnValue([issue]);
      const client = createActivityLogsClient({ ...quiet, validate: "strict", retry: { retries: 2, minDelayMs: 1 } });
      const error = await client.getActivityLogs("c-1").catch((e: unknown) => e);
      expect(requests).toHaveLength(3);
      expect(isContractError(error) && isApiError(error.cause) && error.cause.status).toBe(503);
    });

    it("does not retry a page whose body breaks the spec", async () => {
      const requests = serve(page);
      checks.checkActivityLogsResponse.mockReturnValue([issue]);
      const client = createActivityLogsClient({ ...quiet, validate: "strict", retry: { retries: 2, minDelayMs: 1 } });
      await expect(client.getActivityLogs("c-1")).rejects.toBeInstanceOf(ContractError);
      expect(requests).toHaveLength(1);
    });

    it("does not check an error body that is not JSON", async () => {
      server.use(http.get(ROUTE, () => new HttpResponse("<html></html>", { status: 502 })));
      await expect(
        createActivityLogsClient({ ...quiet, validate: "strict" }).getActivityLogs("c-1"),
      ).rejects.toBeInstanceOf(ApiError);
      expect(checks.checkApiErrorBody).not.toHaveBeenCalled();
    });
  });
});

describe("getActivityLogs against a real HTTP server", () => {
  it("throws a NetworkError of reason connect, naming the host, the error code and the attempts, when the connection is refused", async () => {
    const baseUrl = await closedPortUrl();
    const error = await createActivityLogsClient({ ...quiet, baseUrl })
      .getActivityLogs("c-1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(isTimeoutError(error)).toBe(false);
    expect(isNetworkError(error) && [error.reason, error.attempts, error.message]).toEqual([
      "connect",
      1,
      `Network error (connect) with ${baseUrl.slice(7)} (ECONNREFUSED), 1 attempt: GET /customers/c-1/activity-logs`,
    ]);
    expect(isNetworkError(error) && (error.cause as Error).name).toBe("TypeError");
  });

  it("throws a NetworkError of reason truncated when a 200 body is cut short", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "1000" });
      res.write('{"totalCount": 2, "customerId": "c-1", "activityLogs": [');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    try {
      const error = await createActivityLogsClient({ ...quiet, baseUrl: server.url })
        .getActivityLogs("c-1")
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NetworkError);
      expect(isTimeoutError(error)).toBe(false);
      expect(isNetworkError(error) && error.reason).toBe("truncated");
      expect(isNetworkError(error) && error.cause).toBeInstanceOf(Error);
    } finally {
      await server.close();
    }
  });

  it("throws a TimeoutError when the server does not answer in timeoutMs, after giving each attempt its own timeout", async () => {
    const server = await startServer(() => {});
    try {
      const client = createActivityLogsClient({
        ...quiet,
        baseUrl: server.url,
        timeoutMs: 50,
        retry: { retries: 1, minDelayMs: 1 },
      });
      const started = Date.now();
      const error = await client.getActivityLogs("c-1").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(isTimeoutError(error) && [error.timeoutMs, error.reason, error.attempts, error.message]).toEqual([
        50,
        "timeout",
        2,
        `Network error (timeout) with ${server.url.slice(7)} (50 ms), 2 attempts: GET /customers/c-1/activity-logs`,
      ]);
      expect(server.requests).toHaveLength(2);
      expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    } finally {
      await server.close();
    }
  });

  it("rejects with the caller's abort reason, not a TimeoutError, when the caller aborts", async () => {
    const server = await startServer(() => {});
    try {
      const controller = new AbortController();
      const reason = new Error("user navigated away");
      const pending = createActivityLogsClient({ ...quiet, baseUrl: server.url }).getActivityLogs("c-1", {
        signal: controller.signal,
      });
      setTimeout(() => controller.abort(reason), 20);
      await expect(pending).rejects.toBe(reason);
    } finally {
      await server.close();
    }
  });

  it("leaves no timer pending and no listener on the caller's signal once a call has finished", async () => {
    const server = await startServer((_req, res) => res.end(JSON.stringify(page)));
    // The attempts' own 60 s timers, told apart from every other timer of the process (which a busy run has plenty of).
    const attemptTimers: unknown[] = [];
    const cleared = new Set<unknown>();
    const realSetTimeout = globalThis.setTimeout;
    const realClearTimeout = globalThis.clearTimeout;
    const set = vi.spyOn(globalThis, "setTimeout").mockImplementation(((
      handler: () => void,
      ms?: number,
      ...rest: unknown[]
    ) => {
      const id = realSetTimeout(handler, ms, ...rest);
      if (ms === 60_000) attemptTimers.push(id);
      return id;
    }) as typeof setTimeout);
    const clear = vi.spyOn(globalThis, "clearTimeout").mockImplementation(((
      id?: Parameters<typeof clearTimeout>[0],
    ) => {
      cleared.add(id);
      realClearTimeout(id);
    }) as typeof clearTimeout);
    try {
      const controller = new AbortController();
      const add = vi.spyOn(controller.signal, "addEventListener");
      const remove = vi.spyOn(controller.signal, "removeEventListener");
      const client = createActivityLogsClient({ ...quiet, baseUrl: server.url, timeoutMs: 60_000 });
      for (let i = 0; i < 3; i++) await client.getActivityLogs("c-1", { signal: controller.signal });
      // Each attempt's 60 s timer is cleared with the attempt: one left behind would hold the process open for a minute.
      expect(attemptTimers).toHaveLength(3);
      expect(attemptTimers.filter((id) => !cleared.has(id))).toEqual([]);
      expect(add).toHaveBeenCalledTimes(3);
      expect(remove.mock.calls).toEqual(add.mock.calls);
    } finally {
      set.mockRestore();
      clear.mockRestore();
      await server.close();
    }
  });

  it("rejects at once with the reason of a signal aborted before the call", async () => {
    const fetch = vi.fn(async (_request: Request) => Response.json(page));
    const controller = new AbortController();
    controller.abort("gone");
    await expect(
      createActivityLogsClient({ ...quiet, fetch }).getActivityLogs("c-1", { signal: controller.signal }),
    ).rejects.toBe("gone");
  });
});
