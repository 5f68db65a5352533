// One process of the lost-budget test (test/integration/redis-lost-budget.test.ts): a Redis limiter that asks for calls
// one after the other for `durationMs`, then prints the wall-clock times (ms) of its grants and the events it was told
// of, as one JSON line. The processes run on one machine, so their grant times share one clock.
import Redis from "ioredis";
import { createRedisRateLimiter } from "../../src/redis.ts";

const { redisUrl, budget, perSecond, perMinute, durationMs } = JSON.parse(process.argv[2] ?? "{}") as {
  redisUrl: string;
  budget: string;
  perSecond: number;
  perMinute: number;
  durationMs: number;
};
const redis = new Redis(redisUrl);
redis.on("error", () => {});
const events = { fallbacks: 0, lost: [] as number[] };
const limiter = createRedisRateLimiter({
  redis,
  budget,
  perSecond,
  perMinute,
  onFallback: () => events.fallbacks++,
  onBudgetLost: ({ heldMs }) => events.lost.push(heldMs),
});
const grants: number[] = [];
const signal = AbortSignal.timeout(durationMs);
for (;;) {
  try {
    await limiter.acquire(signal);
  } catch {
    break;
  }
  grants.push(Date.now());
}
console.log(JSON.stringify({ grants, ...events }));
redis.disconnect();
