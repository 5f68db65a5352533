// Entry of `compilot-activity-logs/redis`: one rate-limit budget for every process that shares an API key, kept on
// Redis (src/limits/redis.ts).
export { createRedisRateLimiter, type RedisRateLimiterOptions } from "./limits/redis.ts";
