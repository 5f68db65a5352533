// ./redis from the installed tarball, with its optional peers installed: one budget on a real Redis.
import { Redis } from "ioredis";
import { createRedisRateLimiter } from "compilot-activity-logs/redis";

const redis = new Redis(process.argv[2]);
try {
  const limiter = createRedisRateLimiter({ redis, budget: "consumer", perSecond: 5, perMinute: 50 });
  for (let i = 0; i < 5; i++) await limiter.acquire();
  const keys = (await redis.keys("compilot-activity-logs:consumer:*")).sort();
  console.log(
    `acquired 5, keys ${keys.length > 0 ? "set" : "missing"}, ticket ${await redis.get("compilot-activity-logs:consumer:ticket")}`,
  );
} finally {
  redis.disconnect();
}
