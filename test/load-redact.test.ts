// The client's redaction, loaded on demand: the key finder (src/core/redact.ts) is imported only by a client with a key, and
// a failed load fails the attempt with a NetworkError that shows nothing it could not redact, and is tried again.
import { afterEach, describe, expect, it, vi } from "vitest";
import { REDACTED, createRedact } from "../src/core/redact.ts";
import { loadRedact } from "../src/request/key-redaction.ts";

const KEY = "sk_live_0123456789abcdef";
const text = `echo ${KEY} and ${btoa(`user:${KEY}`)}`;

describe("loadRedact", () => {
  afterEach(() => {
    vi.doUnmock("../src/core/redact.ts");
    vi.resetModules();
  });

  it("is never loaded by a client without a key", async () => {
    vi.resetModules();
    const loads = vi.fn();
    vi.doMock("../src/core/redact.ts", async (importOriginal) => {
      loads();
      return importOriginal();
    });
    const { createActivityLogsClient } = await import("../src/index.ts");
    const fetch = vi.fn(async () => Response.json({ message: "no", code: "NOT_FOUND" }, { status: 404 }));
    const client = createActivityLogsClient({ fetch, retry: false });
    await expect(client.getActivityLogs("c-1")).rejects.toThrow("Request failed with status 404");
    expect(loads).not.toHaveBeenCalled();
    createActivityLogsClient({ apiKey: KEY, fetch });
    await vi.waitFor(() => expect(loads).toHaveBeenCalledTimes(1));
  });

  it("is the identity without a key, with nothing to load", () => {
    const { redact, ready } = loadRedact(undefined);
    expect(ready()).toBeUndefined();
    expect(redact(text)).toBe(text);
  });

  it("hides every text whole until the key finder has loaded, then redacts as createRedact", async () => {
    const { redact, ready } = loadRedact(KEY);
    expect(redact(text)).toBe(REDACTED);
    await ready();
    expect(ready()).toBeUndefined();
    expect(redact(text)).toBe(createRedact(KEY)(text));
    expect(redact(text)).not.toContain(KEY);
    expect(redact("no secret here")).toBe("no secret here");
  });

  it("tries the load again after a failed one", async () => {
    vi.resetModules();
    vi.doMock("../src/core/redact.ts", () => {
      throw new Error("chunk failed to load");
    });
    const { loadRedact: fresh } = await import("../src/request/key-redaction.ts");
    const { redact, ready } = fresh(KEY);
    await expect(ready()).rejects.toThrow();
    expect(redact(text)).toBe(REDACTED);
    vi.doUnmock("../src/core/redact.ts");
    await ready();
    expect(redact(text)).toBe(createRedact(KEY)(text));
  });

  it("fails the attempt with a retryable NetworkError that shows no key when the key finder cannot load", async () => {
    vi.resetModules();
    vi.doMock("../src/core/redact.ts", () => {
      throw new Error(`chunk failed to load ${KEY}`);
    });
    const { createActivityLogsClient, isNetworkError } = await import("../src/index.ts");
    const fetch = vi.fn(async () => Response.json({ activityLogs: [], totalCount: 0 }));
    const client = createActivityLogsClient({ apiKey: KEY, fetch, retry: { retries: 1, maxDelayMs: 0 } });
    const error: unknown = await client.getActivityLogs(KEY).catch((e: unknown) => e);
    expect(isNetworkError(error) && error.reason).toBe("network");
    expect(isNetworkError(error) && error.attempts).toBe(2);
    expect(fetch).not.toHaveBeenCalled();
    for (const shown of [String(error), JSON.stringify(error), String((error as Error).cause)])
      expect(shown).not.toContain(KEY);
    // Loaded once the chunk can be: the next call goes out, its errors redacted.
    vi.doUnmock("../src/core/redact.ts");
    await expect(client.getActivityLogs("c-1")).resolves.toEqual({ activityLogs: [], totalCount: 0 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
