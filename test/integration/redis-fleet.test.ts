// The test of record of the shared budget: four worker processes walk histories with one API key against an upstream
// enforcing 15 calls per rolling second and 300 per rolling minute (429 beyond), on one Redis budget: no 429, and at
// least 85% of the calls the vendor allows in a 20 s run. The same fleet on in-process limiters draws 429s, which
// shows that the upstream enforces its limit and that the shared budget is what keeps the fleet inside it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fleetLine, runFleet, startLimitedUpstream, type LimitedUpstream } from "../../scripts/bench/fleet.ts";
import { startRedis, type TestRedis } from "../../scripts/redis-server.ts";

let redis: TestRedis;
let upstream: LimitedUpstream;
beforeAll(async () => {
  [redis, upstream] = await Promise.all([startRedis(), startLimitedUpstream()]);
}, 30_000);
afterAll(async () => {
  await Promise.all([upstream?.close(), redis?.stop()]);
});

describe("a fleet of four processes with one API key", () => {
  it("on one Redis budget: no 429 in 20 s, and at least 85% of the calls the vendor allows", async () => {
    const run = await runFleet({ upstream, redisUrl: redis.url, workers: 4, durationMs: 20_000 });
    console.log(fleetLine(run));
    expect(run.rejected).toBe(0);
    expect(run.share).toBeGreaterThanOrEqual(0.85);
    // Every process walked: the budget is shared, not taken by one.
    for (const report of run.reports) expect(report.logs, `worker ${report.id}`).toBeGreaterThan(0);
    expect(run.reports.map((r) => r.failures)).toEqual([{}, {}, {}, {}]);
    expect(run.reports.every((r) => r.fallbacks === 0)).toBe(true);
  }, 90_000);

  it("on an in-process limiter each: the upstream answers 429s", async () => {
    const run = await runFleet({ upstream, workers: 4, durationMs: 4_000 });
    console.log(fleetLine(run));
    expect(run.rejected).toBeGreaterThan(0);
  }, 60_000);
});
