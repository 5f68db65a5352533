// A misbehaving server always ends in a typed error: every case against a real node:http server on 127.0.0.1.
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  ContractError,
  NetworkError,
  PaginationError,
  createActivityLogsClient,
  isApiError,
  isContractError,
  isNetworkError,
  type ActivityLog,
  type ActivityLogsClientOptions,
} from "../src/index.ts";
import { closedPortUrl, startServer, useTestServer } from "./support/http-server.ts";

const json = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(body);
};
const deep = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
const log = (n: number) => ({ data: { data: { n } } });
const page = (logs: unknown[], totalCount: number) =>
  JSON.stringify({ totalCount, customerId: "c-1", activityLogs: logs });

const server = useTestServer();

const client = (options: ActivityLogsClientOptions = {}) =>
  createActivityLogsClient({
    apiKey: "sk_test_0123456789",
    baseUrl: server.url,
    rateLimit: false,
    retry: { retries: 2, minDelayMs: 1, maxDelayMs: 5 },
    timeoutMs: 20_000,
    ...options,
  });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );

describe("deeply nested bodies", () => {
  it("ends a 500 nested 4,000 levels deep in an ApiError, retried as usual, with the text as body", async () => {
    server.handle = (_req, res) => json(res, 500, deep(4000));
    const error = await failure(client().getActivityLogs("c-1"));
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error) && [error.status, error.attempts, error.body]).toEqual([500, 3, deep(4000)]);
    expect(server.requests).toHaveLength(3);
  });

  it("ends a 200 nested 4,000 levels deep in a ContractError that says what came", async () => {
    server.handle = (_req, res) => json(res, 200, deep(4000));
    const error = await failure(client().getActivityLogs("c-1"));
    expect(error).toBeInstanceOf(ContractError);
    expect(isContractError(error) && error.issues[0]?.received).toBe("an array of 1");
  });

  it("walks pages whose logs nest 100,000 levels deep, and still tells a repeated page", async () => {
    // Written by hand: JSON.stringify itself overflows on such a value.
    const body = (current: number) =>
      `{"totalCount":3,"customerId":"c-1","activityLogs":[{"data":{"data":{"n":${current},"nested":${deep(100_000)}}}}]}`;
    server.handle = (req, res) =>
      json(res, 200, body(Number(new URL(req.url ?? "", server.url).searchParams.get("currentPage"))));
    let count = 0;
    for await (const _ of client().iterateActivityLogs("c-1")) count++;
    expect(count).toBe(3);

    server.handle = (_req, res) => json(res, 200, body(1));
    const error = await failure(
      (async () => {
        for await (const _ of client().iterateActivityLogs("c-1"));
      })(),
    );
    expect(error).toBeInstanceOf(PaginationError);
  }, 60_000);
});

describe("the envelope of a 2xx body", () => {
  const cases: [body: string, received: string][] = [
    ["null", "null"],
    ["[]", "an array of 0"],
    ['"hello"', '"hello"'],
    ["42", "42"],
    ['{"totalCount": 1, "items": []}', "an object with keys totalCount, items"],
    ['{"activityLogs": {}}', "an object with keys activityLogs"],
  ];
  for (const validate of ["off", "warn"] as const)
    for (const [body, received] of cases)
      it(`rejects ${body} with a ContractError saying what came, with validate "${validate}", without retrying`, async () => {
        server.handle = (_req, res) => json(res, 200, body);
        const error = await failure(client({ validate, onContractViolation: () => {} }).getActivityLogs("c-1"));
        expect(error).toBeInstanceOf(ContractError);
        if (!isContractError(error)) throw error;
        expect(error.issues).toEqual([
          {
            pointer: "",
            expected: "an object with an activityLogs array",
            received,
            message: `(body) must be an object with an activityLogs array; got ${received}`,
          },
        ]);
        expect(server.requests).toHaveLength(1);
      });
});

describe("size caps", () => {
  it("stops reading a chunked 2xx body at maxResponseBytes with a NetworkError of reason too-large, not retried", async () => {
    let written = 0;
    server.handle = (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      const chunk = "x".repeat(64 * 1024);
      const write = () => {
        while (written < 50 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      res.on("close", () => res.destroy());
      write();
    };
    const error = await failure(client({ maxResponseBytes: 1024 * 1024 }).getActivityLogs("c-1"));
    expect(error).toBeInstanceOf(NetworkError);
    expect(isNetworkError(error) && [error.reason, error.attempts]).toEqual(["too-large", 1]);
    expect((error as Error).message).toContain("over 1048576 bytes");
    expect(server.requests).toHaveLength(1);
    expect(written).toBeLessThan(50 * 1024 * 1024);
  });

  it("refuses a 2xx body whose Content-Length is over maxResponseBytes", async () => {
    server.handle = (_req, res) => json(res, 200, page([log(1)], 1).padEnd(2000));
    const error = await failure(client({ maxResponseBytes: 1000 }).getActivityLogs("c-1"));
    expect(isNetworkError(error) && error.reason).toBe("too-large");
  });

  it("returns a 2xx body of exactly maxResponseBytes", async () => {
    const body = page([log(1)], 1);
    server.handle = (_req, res) => json(res, 200, body);
    await expect(client({ maxResponseBytes: Buffer.byteLength(body) }).getActivityLogs("c-1")).resolves.toEqual(
      JSON.parse(body),
    );
  });

  it("keeps the first 64 KB of a large error body, marked as cut", async () => {
    server.handle = (_req, res) => {
      res.writeHead(503, { "Content-Type": "text/html" });
      res.end("<p>".padEnd(5 * 1024 * 1024, "z"));
    };
    const error = await failure(client({ retry: false }).getActivityLogs("c-1"));
    expect(isApiError(error) && typeof error.body === "string").toBe(true);
    const body = (error as ApiError).body as string;
    expect(body).toBe(`${"<p>".padEnd(65_536, "z")}…[cut at 64 KB]`);
  });

  it("keeps an error body of JSON over 64 KB as its first 64 KB of text, marked as cut", async () => {
    const body = JSON.stringify({ message: "m".repeat(100_000), code: "INTERNAL_SERVER_ERROR" });
    server.handle = (_req, res) => json(res, 500, body);
    const error = await failure(client({ retry: false }).getActivityLogs("c-1"));
    expect(isApiError(error) && error.body).toBe(`${body.slice(0, 65_536)}…[cut at 64 KB]`);
  });
});

describe("Retry-After", () => {
  for (const header of ["-5", "1.5", "soon", "0x10"])
    it(`falls back to backoff for Retry-After: ${header}`, async () => {
      server.handle = (_req, res) => json(res, 503, "{}", { "Retry-After": header });
      const error = await failure(
        client({ retry: { retries: 1, minDelayMs: 1, maxDelayMs: 5 } }).getActivityLogs("c-1"),
      );
      expect(isApiError(error) && [error.retryAfterMs, error.attempts]).toEqual([undefined, 2]);
    });
});

describe("network failures", () => {
  it("names the reason reset, the host and the attempts when the server drops the connection", async () => {
    server.handle = (req) => req.socket.destroy();
    const error = await failure(client().getActivityLogs("c-1"));
    expect(isNetworkError(error) && [error.reason, error.attempts]).toEqual(["reset", 3]);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Network error \\(reset\\) with ${server.url.slice(7)} \\(\\w+\\), 3 attempts: GET /customers/c-1/activity-logs$`,
      ),
    );
    expect(server.requests).toHaveLength(3);
  });

  it("does not retry a request fetch refuses to send (a blocked port), reason refused", async () => {
    const error = await failure(client({ baseUrl: "http://127.0.0.1:1" }).getActivityLogs("c-1"));
    expect(isNetworkError(error) && [error.reason, error.attempts, error.message]).toEqual([
      "refused",
      1,
      "Network error (refused) with 127.0.0.1:1 (bad port), 1 attempt: GET /customers/c-1/activity-logs",
    ]);
  });

  it("names the reason dns for a name that does not resolve", async () => {
    const fetch = async () => {
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("getaddrinfo ENOTFOUND api.example"), { code: "ENOTFOUND" }),
      });
    };
    const error = await failure(client({ fetch, retry: false }).getActivityLogs("c-1"));
    expect(isNetworkError(error) && error.reason).toBe("dns");
  });

  it("carries the runtime's error code as NetworkError.code: ECONNREFUSED, ENOTFOUND, none for a browser-style failure", async () => {
    const refused = await failure(client({ baseUrl: await closedPortUrl(), retry: false }).getActivityLogs("c-1"));
    expect(isNetworkError(refused) && [refused.reason, refused.code]).toEqual(["connect", "ECONNREFUSED"]);
    const fetch = async () => {
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("getaddrinfo ENOTFOUND api.example"), { code: "ENOTFOUND" }),
      });
    };
    const dns = await failure(client({ fetch, retry: false }).getActivityLogs("c-1"));
    expect(isNetworkError(dns) && [dns.reason, dns.code]).toEqual(["dns", "ENOTFOUND"]);
    const browser = async () => {
      throw new TypeError("Failed to fetch");
    };
    const bare = await failure(client({ fetch: browser, retry: false }).getActivityLogs("c-1"));
    expect(isNetworkError(bare) && [bare.reason, bare.code]).toEqual(["network", undefined]);
  });

  it("calls a failure without detail (as browsers report them) reason network, and retries it", async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      throw new TypeError("Failed to fetch");
    };
    const error = await failure(client({ fetch }).getActivityLogs("c-1"));
    expect(isNetworkError(error) && [error.reason, calls]).toEqual(["network", 3]);
  });
});

describe("redirects", () => {
  it("follows a same-origin redirect, with the key", async () => {
    server.handle = (req, res) => {
      if (req.url?.startsWith("/old")) return json(res, 200, page([log(1)], 1));
      res.writeHead(307, { Location: `/old${req.url}` });
      res.end();
    };
    await expect(client().getActivityLogs("c-1")).resolves.toMatchObject({ totalCount: 1 });
    expect(server.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
      ["/customers/c-1/activity-logs", "Bearer sk_test_0123456789"],
      ["/old/customers/c-1/activity-logs", "Bearer sk_test_0123456789"],
    ]);
  });

  it("does not follow a redirect to another origin: a NetworkError of reason redirect naming it, nothing sent there", async () => {
    const other = await startServer((_req, res) => json(res, 200, page([log(1)], 1)));
    try {
      server.handle = (_req, res) => {
        res.writeHead(302, { Location: `${other.url}/steal` });
        res.end();
      };
      const error = await failure(client().getActivityLogs("c-1"));
      expect(isNetworkError(error) && [error.reason, error.attempts]).toEqual(["redirect", 1]);
      expect((error as Error).message).toContain(`(to ${other.url})`);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it("ends a same-origin redirect loop with a NetworkError of reason redirect", async () => {
    server.handle = (req, res) => {
      res.writeHead(302, { Location: req.url ?? "/" });
      res.end();
    };
    const error = await failure(client().getActivityLogs("c-1"));
    expect(isNetworkError(error) && error.reason).toBe("redirect");
    expect((error as Error).message).toContain("too many redirects");
    expect(server.requests).toHaveLength(6);
  });
});

describe("pagination that cannot be fooled", () => {
  it("ends a server alternating pages A, B, A, B with a PaginationError after yielding A and B once", async () => {
    server.handle = (req, res) => {
      const current = Number(new URL(req.url ?? "", server.url).searchParams.get("currentPage"));
      json(res, 200, page(current % 2 ? [log(1), log(2)] : [log(3), log(4)], 100_000));
    };
    const logs: ActivityLog[] = [];
    const error = await failure(
      (async () => {
        for await (const item of client().iterateActivityLogs("c-1", { concurrency: 2 })) logs.push(item);
      })(),
    );
    expect(logs).toEqual([log(1), log(2), log(3), log(4)]);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: "repeated-page", page: 3 });
    expect(server.requests.length).toBeLessThanOrEqual(6);
  });
});

describe("many calls at once", () => {
  it("emits no MaxListenersExceededWarning for a walk at concurrency 50 on one caller signal", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      server.handle = (req, res) => {
        const current = Number(new URL(req.url ?? "", server.url).searchParams.get("currentPage"));
        setTimeout(() => json(res, 200, page([log(current)], 120)), 20);
      };
      const controller = new AbortController();
      const logs: ActivityLog[] = [];
      for await (const item of client().iterateActivityLogs("c-1", { concurrency: 50, signal: controller.signal }))
        logs.push(item);
      expect(logs).toHaveLength(120);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  }, 60_000);
});
