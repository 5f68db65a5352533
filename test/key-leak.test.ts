// The API key never shows on an error, whatever a hostile server echoes (raw, in part, JSON-escaped, base64-encoded):
// every error type, every key shape, every surface (message, stack, String, util.inspect with showHidden, JSON.stringify, body, issues, the cause chain).
import { inspect } from "node:util";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivityLogsClient, type ActivityLogsClientOptions } from "../src/index.ts";
import { startServer, type TestServer } from "./support/http-server.ts";

const keys = {
  quote: 'sk_live_"quoted"_0123456789abcdef',
  backslash: "sk_live_back\\slash\\_0123456789",
  latin1: "sk_live_é_ñ_latin1_0123456789",
  html: "sk_live_</script>&<'x>_0123456789",
  long: `sk_live_${'Ab3"\\/é-'.repeat(40)}`,
  short: 'ab"c\\',
};

// JSON with every non-ASCII character as \uXXXX (Python's json.dumps default) and "/" as "\/" (PHP's json_encode).
const asciiJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/\//g, "\\/");

type Echo = (res: ServerResponse, key: string, req: IncomingMessage) => void;
const json = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(body);
};

// How a hostile server echoes the key it received, and the error each echo must end in.
const echoes: Record<string, { expect: string; echo: Echo; options?: ActivityLogsClientOptions }> = {
  "in a JSON error message": {
    expect: "ApiError",
    echo: (res, key) => json(res, 401, JSON.stringify({ message: `Invalid API key ${key}`, code: "UNAUTHORIZED" })),
  },
  "in a text error body": {
    expect: "ApiError",
    echo: (res, key) => {
      res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`bad key: ${key}; again: ${key.slice(3)}`);
    },
  },
  "\\u-escaped and with escaped slashes": {
    expect: "ApiError",
    echo: (res, key) => json(res, 401, asciiJson({ message: `Invalid API key ${key}`, code: "UNAUTHORIZED" })),
  },
  "JSON-escaped twice, and in the issues": {
    expect: "ApiError",
    echo: (res, key) =>
      json(
        res,
        400,
        JSON.stringify({
          message: JSON.stringify({ received: key }),
          code: "BAD_REQUEST",
          issues: [{ message: `Invalid key ${key}`, path: [key], received: key }],
        }),
      ),
  },
  "base64-encoded at byte offsets 0, 1 and 2, in both alphabets, with escaped slashes": {
    expect: "ApiError",
    echo: (res, key) => {
      const encoded = ["", "a", "ab"].map((prefix) => btoa(`${prefix}${key}`));
      const urlSafe = encoded.map((text) => text.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""));
      json(res, 401, asciiJson({ message: `Invalid key ${[...encoded, ...urlSafe].join(" ")}`, code: "UNAUTHORIZED" }));
    },
  },
  "inside Basic credentials": {
    expect: "ApiError",
    echo: (res, key) => {
      res.writeHead(401, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`Authorization: Basic ${btoa(`user:${key}`)} was refused; so was Basic ${btoa(`${key}:`)}`);
    },
  },
  "across the 64 KB cut of an error body": {
    expect: "ApiError",
    echo: (res, key) => {
      res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`${"x".repeat(65_536 - 6)}${key}${"y".repeat(100_000)}`);
    },
  },
  "in a 200 body that is not JSON (the SyntaxError quotes it)": {
    expect: "NetworkError",
    echo: (res, key) => json(res, 200, `${key} {"totalCount": "${key}"`),
  },
  "as a 200 body that is a string": {
    expect: "ContractError",
    echo: (res, key) => json(res, 200, JSON.stringify(`${key} and more`)),
  },
  "as a key of a 200 body without activityLogs": {
    expect: "ContractError",
    echo: (res, key) => json(res, 200, JSON.stringify({ [key]: 1 })),
  },
  "in a value that breaks the spec (strict validation)": {
    expect: "ContractError",
    options: { validate: "strict" },
    echo: (res, key) =>
      json(res, 200, JSON.stringify({ totalCount: `${"z".repeat(60)}${key}`, customerId: key, activityLogs: [] })),
  },
  "in a malformed HTTP response (the parser error keeps the raw bytes)": {
    expect: "NetworkError",
    echo: (res, key) => {
      res.socket?.write(`HTTP/1.1 200 OK\r\nContent-Length: 5${key}\r\nX-Echo: ${key}\r\n\r\n${key}`);
      res.socket?.destroy();
    },
  },
  "in headers of a response that never comes": {
    expect: "TimeoutError",
    options: { timeoutMs: 200 },
    echo: (res, key) => {
      res.setHeader("X-Echo", key);
      res.flushHeaders();
    },
  },
  "in a redirect to another origin": {
    expect: "NetworkError",
    echo: (res, key) => {
      res.writeHead(302, { Location: `http://127.0.0.1:1/${encodeURIComponent(key)}?k=${encodeURIComponent(key)}` });
      res.end();
    },
  },
};

// Every piece of the key the errors must not show: each run of min(8, length) characters, raw and escaped.
function forbidden(key: string): string[] {
  const size = Math.min(8, key.length);
  const pieces = new Set<string>();
  for (let i = 0; i + size <= key.length; i++) {
    const piece = key.slice(i, i + size);
    pieces.add(piece);
    pieces.add(JSON.stringify(piece).slice(1, -1));
    pieces.add(asciiJson(piece).slice(1, -1));
  }
  return [...pieces];
}

// What every base64-looking run of a text decodes to (standard or URL-safe, from each of its first 4 characters), as
// Latin-1 text: a leaked base64 form of the key decodes back to it.
function base64Decodings(text: string): string[] {
  const decoded: string[] = [];
  for (const [run] of text.matchAll(/[\w+/-]{4,}/g)) {
    const standard = run.replace(/-/g, "+").replace(/_/g, "/");
    for (let start = 0; start < 4; start++) {
      const part = standard.slice(start);
      decoded.push(atob(part.slice(0, part.length - (part.length % 4))));
    }
  }
  return decoded;
}

function surfaces(error: unknown): string[] {
  const deep = (value: unknown) => inspect(value, { showHidden: true, depth: Infinity, maxStringLength: Infinity });
  const e = error as Error & Record<string, unknown>;
  const out = [String(e), e.message, e.stack ?? "", deep(e), JSON.stringify(e)];
  for (const field of ["body", "issues", "violation", "url", "reason"])
    if (field in e) out.push(JSON.stringify(e[field]) ?? "", deep(e[field]));
  for (let cause = e.cause; cause !== undefined; cause = (cause as Error).cause)
    out.push(String(cause), deep(cause), (cause as Error).stack ?? "", JSON.stringify(cause) ?? "");
  return out;
}

function expectNoKey(error: unknown, key: string): void {
  const pieces = forbidden(key);
  for (const surface of surfaces(error)) {
    const leaked = pieces.find((piece) => surface.includes(piece));
    expect(leaked, `a piece of the key shows in: ${surface.slice(0, 300)}`).toBeUndefined();
    const decoded = base64Decodings(surface).find((text) => pieces.some((piece) => text.includes(piece)));
    expect(decoded, `a piece of the key shows base64-encoded in: ${surface.slice(0, 300)}`).toBeUndefined();
  }
}

describe("the API key on error surfaces", () => {
  let server: TestServer;
  let echo: Echo = () => {};
  beforeAll(async () => {
    server = await startServer((req, res) => {
      const key = (req.headers.authorization ?? "").replace(/^Bearer /, "");
      echo(res, key, req);
    });
  });
  afterAll(() => server.close());

  for (const [shape, key] of Object.entries(keys)) {
    describe(`a key ${shape === "short" ? "shorter than 8 characters" : `with ${shape} characters`}`, () => {
      for (const [where, { expect: name, echo: serve, options }] of Object.entries(echoes)) {
        it(`stays off every surface of the ${name} when the server echoes it ${where}`, async () => {
          echo = serve;
          const client = createActivityLogsClient({
            apiKey: key,
            baseUrl: server.url,
            retry: false,
            rateLimit: false,
            timeoutMs: 20_000,
            ...options,
          });
          const error = await client.getActivityLogs("c-1").catch((e: unknown) => e);
          expect((error as Error).name).toBe(name);
          expectNoKey(error, key);
        }, 30_000);
      }

      it("stays off the URL of every error when the customer id holds it", async () => {
        echo = (res) => json(res, 404, JSON.stringify({ message: "Not found", code: "NOT_FOUND" }));
        const client = createActivityLogsClient({ apiKey: key, baseUrl: server.url, retry: false, rateLimit: false });
        const error = await client.getActivityLogs(`id-${key}`).catch((e: unknown) => e);
        expect((error as Error).name).toBe("ApiError");
        expectNoKey(error, key);
      }, 30_000);

      it("stays off the PaginationError of a walk over a customer id that holds it", async () => {
        echo = (res) =>
          json(res, 200, JSON.stringify({ totalCount: 100, customerId: "c", activityLogs: [{ data: { data: {} } }] }));
        const client = createActivityLogsClient({ apiKey: key, baseUrl: server.url, retry: false, rateLimit: false });
        const error = await (async () => {
          for await (const _ of client.iterateActivityLogs(`id-${key}`, { concurrency: 1 }));
        })().catch((e: unknown) => e);
        expect((error as Error).name).toBe("PaginationError");
        expectNoKey(error, key);
      }, 30_000);
    });
  }

  it("never quotes a key it refuses, on any surface of the TypeError", () => {
    for (const key of ["sk_live_trailing_blank_0123 \n", "sk_live_ключ_0123456789", "sk_live_tab\t_0123456789"]) {
      let error: unknown;
      try {
        createActivityLogsClient({ apiKey: key });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TypeError);
      expectNoKey(error, key.trim());
    }
  });

  it("finds a leak when there is one (the check itself can fail)", () => {
    const key = keys.quote;
    expect(() => expectNoKey(new Error(`x ${JSON.stringify(key).slice(5, 20)}`), key)).toThrow();
    expect(() => expectNoKey(new Error("x", { cause: new Error(key.slice(2, 10)) }), key)).toThrow();
    expect(() => expectNoKey(new Error(`x ${btoa(`user:${key}`)}`), key)).toThrow(/base64/);
    expect(() => expectNoKey(new Error(`x ${btoa(`ab${key}`).replace(/\//g, "_")}`), key)).toThrow(/base64/);
  });
});
