import { describe, expect, expectTypeOf, it } from "vitest";
import {
  ActivityLogsError,
  ApiError,
  ContractError,
  PaginationError,
  isContractError,
  isPaginationError,
  type NetworkErrorReason,
  NetworkError,
  TimeoutError,
  isApiError,
  isNetworkError,
  isTimeoutError,
  type ApiErrorBody,
  type ApiErrorIssue,
} from "../src/index.ts";

const url = "https://api.compilot.ai/customers/c-1/activity-logs?limit=2";

describe("ApiError", () => {
  it("says status, code, the server's message, method and path in its message", () => {
    const error = new ApiError({ status: 404, body: { message: "Not found", code: "NOT_FOUND" }, method: "GET", url });
    expect(error.message).toBe(
      'Request failed with status 404 (NOT_FOUND) "Not found": GET /customers/c-1/activity-logs?limit=2',
    );
    expect(String(error)).toBe(`ApiError: ${error.message}`);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ApiError");
  });

  it("keeps the server's message on one line in its message", () => {
    const error = new ApiError({
      status: 400,
      body: { message: "a\n  b\tc", code: "BAD_REQUEST" },
      method: "GET",
      url,
    });
    expect(error.message).toBe(
      'Request failed with status 400 (BAD_REQUEST) "a b c": GET /customers/c-1/activity-logs?limit=2',
    );
  });

  it("types the body as the error body or its raw text", () => {
    const error = new ApiError({ status: 502, body: "<html>Bad gateway</html>", method: "GET", url });
    expectTypeOf(error.body).toEqualTypeOf<ApiErrorBody | string>();
    expectTypeOf(error.code).toEqualTypeOf<string | undefined>();
    expectTypeOf(error.issues).toEqualTypeOf<ApiErrorIssue[] | undefined>();
    expect(error.message).toBe("Request failed with status 502: GET /customers/c-1/activity-logs?limit=2");
    expect(error.body).toBe("<html>Bad gateway</html>");
    expect(error.code).toBeUndefined();
    expect(error.issues).toBeUndefined();
  });

  it("exposes code and issues of a validation error body", () => {
    const body = {
      message: "Input validation failed",
      code: "BAD_REQUEST",
      issues: [{ message: "Invalid uuid", path: ["customerId"] }],
    };
    const error = new ApiError({ status: 400, body, method: "GET", url, retryAfterMs: 1000 });
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.issues).toEqual(body.issues);
    expect(error.retryAfterMs).toBe(1000);
    expect(error.status).toBe(400);
    expect(error.method).toBe("GET");
    expect(error.url).toBe(url);
  });

  it("serialises to its fields and nothing else", () => {
    const error = new ApiError({ status: 500, body: "", method: "GET", url });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "ApiError",
      status: 500,
      body: "",
      method: "GET",
      url,
      attempts: 1,
    });
  });
});

describe("NetworkError and TimeoutError", () => {
  it("NetworkError says its reason, host, detail and attempts, and keeps its cause out of JSON", () => {
    const cause = new TypeError("fetch failed");
    const error = new NetworkError("reset", { method: "GET", url, cause, detail: "ECONNRESET", attempts: 3 });
    expect(error.message).toBe(
      "Network error (reset) with api.compilot.ai (ECONNRESET), 3 attempts: GET /customers/c-1/activity-logs?limit=2",
    );
    expectTypeOf(error.reason).toEqualTypeOf<NetworkErrorReason>();
    expect(error.cause).toBe(cause);
    expect(Object.getOwnPropertyDescriptor(error, "cause")?.enumerable).toBe(false);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "NetworkError",
      method: "GET",
      url,
      reason: "reset",
      attempts: 3,
    });
  });

  it("TimeoutError is a NetworkError that says how long it waited", () => {
    const error = new TimeoutError(250, { method: "GET", url });
    expectTypeOf(error).toMatchTypeOf<NetworkError>();
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.name).toBe("TimeoutError");
    expect(error.timeoutMs).toBe(250);
    expect(error.reason).toBe("timeout");
    expect(error.message).toBe(
      "Network error (timeout) with api.compilot.ai (250 ms), 1 attempt: GET /customers/c-1/activity-logs?limit=2",
    );
  });
});

describe("error guards", () => {
  const apiError = new ApiError({ status: 404, body: "", method: "GET", url });
  const networkError = new NetworkError("reset", { method: "GET", url });
  const timeoutError = new TimeoutError(1, { method: "GET", url });

  it("isApiError narrows an ApiError only", () => {
    const error: unknown = apiError;
    if (isApiError(error)) expectTypeOf(error).toEqualTypeOf<ApiError>();
    expect([apiError, networkError, timeoutError, new Error("x"), "ApiError", null].map(isApiError)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("isNetworkError accepts network errors and timeouts", () => {
    const error: unknown = networkError;
    if (isNetworkError(error)) expectTypeOf(error).toEqualTypeOf<NetworkError>();
    expect([apiError, networkError, timeoutError, new TypeError("fetch failed")].map(isNetworkError)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("isTimeoutError accepts our timeouts, not the DOMException AbortSignal.timeout() rejects with", () => {
    const error: unknown = timeoutError;
    if (isTimeoutError(error)) expectTypeOf(error).toEqualTypeOf<TimeoutError>();
    const domTimeout = new DOMException("The operation was aborted due to timeout", "TimeoutError");
    expect([timeoutError, networkError, domTimeout].map(isTimeoutError)).toEqual([true, false, false]);
  });

  it("recognises errors from another copy of the package by their shared brand and name, and nothing else by name alone", () => {
    const brand = Symbol.for("compilot-activity-logs.error");
    const copy = Object.assign(new Error("Request failed with status 500: GET /"), {
      name: "ApiError",
      url,
      status: 500,
    });
    expect(isApiError(copy)).toBe(false);
    Object.defineProperty(copy, brand, { value: true });
    expect(isApiError(copy)).toBe(true);
    const timeout = Object.assign(new Error("x"), { name: "TimeoutError", url, [brand]: true });
    expect([isNetworkError(timeout), isTimeoutError(timeout), isApiError(timeout)]).toEqual([true, true, false]);
    const contract = Object.assign(new Error("x"), { name: "ContractError", violation: {}, [brand]: true });
    expect(isContractError(contract)).toBe(true);
    expect(isContractError(Object.assign(new Error("x"), { name: "ContractError", violation: {} }))).toBe(false);
  });

  it("recognises errors of an ESM and a CommonJS copy of the package loaded side by side", async () => {
    const { build } = await import("esbuild");
    const bundle = async (format: "esm" | "cjs") =>
      (await build({ entryPoints: ["src/core/errors.ts"], bundle: true, format, write: false, logLevel: "silent" }))
        .outputFiles[0]!.text;
    const esm = (await import(
      `data:text/javascript;base64,${Buffer.from(await bundle("esm")).toString("base64")}`
    )) as typeof import("../src/core/errors.ts");
    const cjs = { exports: {} as typeof import("../src/core/errors.ts") };
    new Function("module", "exports", await bundle("cjs"))(cjs, cjs.exports);
    const fromEsm = new esm.ApiError({ status: 500, body: "", method: "GET", url });
    const fromCjs = new cjs.exports.TimeoutError(5, { method: "GET", url });
    expect(fromEsm).not.toBeInstanceOf(cjs.exports.ApiError);
    expect([cjs.exports.isApiError(fromEsm), isApiError(fromEsm), esm.isApiError(fromCjs)]).toEqual([
      true,
      true,
      false,
    ]);
    expect([esm.isTimeoutError(fromCjs), isNetworkError(fromCjs), isTimeoutError(fromCjs)]).toEqual([true, true, true]);
  }, 60_000);

  it("gives every error one base class, ContractError and PaginationError included", () => {
    const contract = new ContractError({
      schema: "ActivityLogsResponse",
      method: "GET",
      url,
      status: 200,
      issues: [],
      count: 0,
      message: "",
    });
    const pagination = new PaginationError("repeated-page", 3, { method: "GET", url });
    for (const error of [apiError, networkError, timeoutError, contract, pagination])
      expect(error).toBeInstanceOf(ActivityLogsError);
    expect([isPaginationError(pagination), isPaginationError(apiError)]).toEqual([true, false]);
    expect(pagination.message).toBe(
      "Pagination stopped: page 3 repeats an earlier page: GET /customers/c-1/activity-logs?limit=2",
    );
    expect(new PaginationError("page-limit", 10_001, { method: "GET", url }).message).toBe(
      "Pagination stopped at the cap of 10000 pages: GET /customers/c-1/activity-logs?limit=2",
    );
  });
});
