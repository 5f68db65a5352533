// Windows and waits run on the monotonic clock: a wall clock that steps back an hour (NTP, a VM resume) must not make
// the next call wait the hour. Fake timers drive both clocks; `vi.setSystemTime` steps the wall clock (`Date`) alone,
// as the system does, and leaves `performance.now()` and the pending timers where they were.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createActivityLogsClient, type RateLimit } from "../src/index.ts";

const HOUR_MS = 3_600_000;
const page = { totalCount: 0, customerId: "c-1", activityLogs: [] };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date", "performance"] });
});
afterEach(() => {
  vi.useRealTimers();
});

function limitedClient(rateLimit: RateLimit) {
  let sent = 0;
  const client = createActivityLogsClient({
    apiKey: "sk_test_clock",
    retry: false,
    rateLimit,
    fetch: async () => {
      sent++;
      return Response.json(page);
    },
  });
  return { client, sent: () => sent };
}

// Settles `promise` while fake time moves on by `ms`; returns whether it resolved by then.
async function resolvedWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let resolved = false;
  void promise.then(() => (resolved = true));
  await vi.advanceTimersByTimeAsync(ms);
  return resolved;
}

describe("the in-process rate limit when the wall clock steps", () => {
  it("after a step back of an hour, the next call waits out the second's window (1.1 s), not the hour", async () => {
    const { client, sent } = limitedClient({ perSecond: 1, perMinute: 100 });
    await client.getActivityLogs("c-1");
    vi.setSystemTime(Date.now() - HOUR_MS);
    const next = client.getActivityLogs("c-1");
    expect(await resolvedWithin(next, 1000)).toBe(false);
    expect(await resolvedWithin(next, 200)).toBe(true);
    expect(sent()).toBe(2);
  });

  it("after a step back of an hour, the next call waits out the minute's window (61 s), not the hour", async () => {
    const { client, sent } = limitedClient({ perSecond: 100, perMinute: 1 });
    await client.getActivityLogs("c-1");
    vi.setSystemTime(Date.now() - HOUR_MS);
    const next = client.getActivityLogs("c-1");
    expect(await resolvedWithin(next, 60_000)).toBe(false);
    expect(await resolvedWithin(next, 1_500)).toBe(true);
    expect(sent()).toBe(2);
  });

  it("a wall clock that steps forward an hour frees no window early", async () => {
    const { client, sent } = limitedClient({ perSecond: 1, perMinute: 100 });
    await client.getActivityLogs("c-1");
    vi.setSystemTime(Date.now() + HOUR_MS);
    const next = client.getActivityLogs("c-1");
    expect(await resolvedWithin(next, 500)).toBe(false);
    expect(sent()).toBe(1);
    expect(await resolvedWithin(next, 1000)).toBe(true);
  });
});
