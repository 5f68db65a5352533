// The CLI's label of a failed customer: the error class and its structured field, from the errors' own table.
import { describe, expect, it } from "vitest";
import { describeError } from "../src/cli/describe-error.ts";
import { ApiError, NetworkError, RateLimiterError, TimeoutError } from "../src/index.ts";

const request = { method: "GET", url: "https://api.compilot.ai/customers/c-1/activity-logs" };

describe("describeError", () => {
  it("labels a NetworkError with its reason, and says when the table of reasons does not retry it", () => {
    expect(describeError(new NetworkError("dns", { ...request, detail: "ENOTFOUND" }))).toBe(
      "NetworkError dns: Network error (dns) with api.compilot.ai (ENOTFOUND), 1 attempt: GET /customers/c-1/activity-logs",
    );
    expect(describeError(new NetworkError("too-large", request))).toMatch(/^NetworkError too-large \(not retried\): /);
  });

  it("labels an ApiError by status and code, a TimeoutError by its timeout, a RateLimiterError by its name", () => {
    const notFound = new ApiError({ ...request, status: 404, body: { message: "gone", code: "NOT_FOUND" } });
    expect(describeError(notFound)).toMatch(/^ApiError 404 NOT_FOUND: Request failed with status 404/);
    expect(describeError(new TimeoutError(250, request))).toMatch(/^TimeoutError 250 ms: /);
    expect(describeError(new RateLimiterError("The rate limiter failed", request))).toMatch(
      /^RateLimiterError: The rate limiter failed: GET \/customers\/c-1\/activity-logs$/,
    );
  });
});
