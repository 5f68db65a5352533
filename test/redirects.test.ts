// The redirect follower (src/request/redirects.ts) loads on the first redirect status only: a client that gets none (every
// browser's, which sees an opaque-redirect response instead) never loads it, and a failed load is a NetworkError.
import { afterEach, describe, expect, it, vi } from "vitest";

const page = { activityLogs: [], totalCount: 0 };

describe("the redirect follower, loaded on demand", () => {
  afterEach(() => {
    vi.doUnmock("../src/request/redirects.ts");
    vi.resetModules();
  });

  it("loads on the first redirect status, and not before", async () => {
    vi.resetModules();
    const loads = vi.fn();
    vi.doMock("../src/request/redirects.ts", async (importOriginal) => {
      loads();
      return importOriginal();
    });
    const { createActivityLogsClient } = await import("../src/index.ts");
    const fetch = vi.fn(async (request: Request) =>
      request.url.includes("/moved/") || !request.url.includes("c-2")
        ? Response.json(page)
        : new Response(null, { status: 302, headers: { location: "/moved/customers/c-2/activity-logs" } }),
    );
    const client = createActivityLogsClient({ fetch, rateLimit: false });
    await expect(client.getActivityLogs("c-1")).resolves.toEqual(page);
    expect(loads).not.toHaveBeenCalled();
    await expect(client.getActivityLogs("c-2")).resolves.toEqual(page);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls.map(([request]) => new URL(request.url).pathname)).toEqual([
      "/customers/c-1/activity-logs",
      "/customers/c-2/activity-logs",
      "/moved/customers/c-2/activity-logs",
    ]);
  });

  it("fails the attempt with a NetworkError when the follower cannot load", async () => {
    vi.resetModules();
    vi.doMock("../src/request/redirects.ts", () => {
      throw new Error("chunk failed to load");
    });
    const { createActivityLogsClient, isNetworkError } = await import("../src/index.ts");
    const fetch = vi.fn(
      async () => new Response(null, { status: 307, headers: { location: "/elsewhere/customers/c-1/activity-logs" } }),
    );
    const client = createActivityLogsClient({ fetch, rateLimit: false, retry: false });
    const error: unknown = await client.getActivityLogs("c-1").catch((e: unknown) => e);
    // Classified as any failed fetch is, by its cause chain.
    expect(isNetworkError(error)).toBe(true);
    expect(isNetworkError(error) && error.url).toBe("https://api.compilot.ai/customers/c-1/activity-logs");
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
