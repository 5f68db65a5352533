// One rate-limit budget for every process that shares an API key, kept on Redis with rate-limiter-flexible.
//
// The vendor counts 15 calls per rolling second and 300 per rolling minute; rate-limiter-flexible counts fixed windows,
// which let twice the limit through across a window's edge. So each window is a set of slots, one per call it allows:
// a call takes slot `ticket % perSecond` of the second and `ticket % perMinute` of the minute (the ticket a shared
// counter), each a one-point fixed window that stays taken for the window's length. At most `perSecond` slots are
// taken at any moment, so no rolling window holds more calls than the vendor allows, whatever the timing
// (docs/decisions/redis-slots.md has the reasoning; `npm run bench -- --only fleet` the figures).
//
// A Redis that loses the budget (a restart without persistence, FLUSHALL, a failover to an empty replica) would hand
// out a second minute: the budget's `epoch` names it, and a process that sees another epoch than the one it knew holds
// every call of the fleet for a minute window from then, when the calls granted before the loss have provably left it
// (docs/decisions/redis-lost-budget.md).
import type { Cluster, Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { DEFAULT_RATE_LIMIT, MINUTE_WINDOW_MS, SECOND_WINDOW_MS } from "../core/defaults.ts";
import { createRateLimiter, type RateLimiter } from "./in-process.ts";
import { check, checkNumber, isPositiveInteger } from "../core/rules.ts";
import { onAbort, sleep } from "../core/abort.ts";

/** Options of {@link createRedisRateLimiter}. */
export interface RedisRateLimiterOptions {
  /**
   * Your ioredis client (`new Redis(url)`; a `Cluster` is accepted, untested). The limiter never connects, quits or
   * reconfigures it.
   */
  redis: Redis | Cluster;
  /**
   * The name of the shared budget, the same in every process that uses the key (for example the key's id, never the
   * key itself): 1 to 200 visible ASCII characters. Redis keys start with `compilot-activity-logs:<budget>:`.
   */
  budget: string;
  /** Calls per second of the whole fleet, a positive integer. Default 15, the vendor's. */
  perSecond?: number | undefined;
  /** Calls per minute of the whole fleet, a positive integer. Default 300, the vendor's. */
  perMinute?: number | undefined;
  /**
   * Called once per outage, with the error, when Redis stops answering: until it answers again each process limits
   * itself in-process with the same limits. Default a `console.warn`.
   */
  onFallback?: ((error: unknown) => void) | undefined;
  /** Longest wait for one Redis command, in milliseconds, before the limiter falls back. Default 1 000. */
  timeoutMs?: number | undefined;
  /**
   * Called once per loss, when this process sees that Redis lost the budget (restarted empty, flushed, failed over):
   * every process then holds its calls for `heldMs`, until the calls granted before the loss have left the minute
   * window. Default a `console.warn`.
   */
  onBudgetLost?: ((event: { heldMs: number }) => void) | undefined;
}

// The budget's epoch, a hash of one key (so a Cluster keeps it in one slot): `id` names the budget's life on this Redis,
// `hold` is the Redis time (ms) before which no call is granted after a loss. KEYS[1] the epoch; ARGV: a new id, the
// key's TTL, the hold's length, the id this process knew ('' for none). Returns the id and the hold left, in ms.
const EPOCH_SCRIPT = `local time = redis.call('time')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local id = redis.call('hget', KEYS[1], 'id')
if not id then
  id = ARGV[1]
  redis.call('hset', KEYS[1], 'id', id)
end
if ARGV[4] ~= '' and id ~= ARGV[4] then
  redis.call('hsetnx', KEYS[1], 'hold', now + tonumber(ARGV[3]))
end
redis.call('pexpire', KEYS[1], ARGV[2])
local hold = tonumber(redis.call('hget', KEYS[1], 'hold') or '0')
return {id, math.max(hold - now, 0)}`;

// rate-limiter-flexible's own script with PX instead of EX: its durations are whole seconds, and the slots need the
// 1.1 s and 61 s of the windows (src/core/defaults.ts). ARGV[4] is the limiter's `duration` in seconds.
const SLOT_SCRIPT = `local ms = math.floor(tonumber(ARGV[4]) * 1000 + 0.5)
redis.call('set', KEYS[1], 0, 'PX', ms, 'NX')
local consumed = redis.call('incrby', KEYS[1], ARGV[1])
local ttl = redis.call('pttl', KEYS[1])
if ttl == -1 then
  redis.call('pexpire', KEYS[1], ms)
  ttl = ms
end
return {consumed, ttl}`;

// The in-process limiter's windows, the second's 50 ms longer: a call granted on Redis waits a round trip more before
// it goes, and its processes may run on busy machines; docs/decisions/redis-slots.md says why 1.15 s.
const REDIS_WINDOW_MS = { second: SECOND_WINDOW_MS + 50, minute: MINUTE_WINDOW_MS };
// The ticket counter outlives the longest slot, then goes with the last use of the budget.
const TICKET_TTL_MS = 2 * MINUTE_WINDOW_MS;
// How often a process in fallback tries Redis again when the client says it is connected.
const RETRY_REDIS_MS = 1000;

interface Waiter {
  signal: AbortSignal | undefined;
  resolve: () => void;
  /** Set once the waiter has its answer (granted) or left (aborted). */
  done: boolean;
}

/**
 * A {@link RateLimiter} whose budget lives on Redis and is shared by every process using the same `budget`: calls wait
 * their turn in order (no polling: each waits until its slot frees), an aborted waiting call leaves at once and takes
 * no slot. When Redis does not answer, each process falls back to an in-process limiter with the same limits (calling
 * `onFallback` once per outage) and goes back to Redis as soon as it answers again.
 * @example
 * import { Redis } from "ioredis";
 * const rateLimit = createRedisRateLimiter({ redis: new Redis(process.env.REDIS_URL), budget: "compilot-prod" });
 * const client = createActivityLogsClient({ apiKey: process.env.COMPILOT_API_KEY, rateLimit });
 */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RateLimiter {
  const {
    redis,
    budget,
    perSecond = DEFAULT_RATE_LIMIT.perSecond,
    perMinute = DEFAULT_RATE_LIMIT.perMinute,
    timeoutMs = 1000,
  } = options ?? {};
  const onBudgetLost =
    options?.onBudgetLost ??
    (({ heldMs }: { heldMs: number }) =>
      console.warn(
        `compilot-activity-logs: Redis lost the shared rate-limit budget (restarted, flushed or failed over); every process holds its calls for ${Math.ceil(heldMs / 1000)} s`,
      ));
  // ioredis only: the limiter reads its connection `status` to fall back at once instead of queueing commands.
  if (typeof (redis as Partial<Redis> | undefined)?.defineCommand !== "function" || typeof redis.status !== "string")
    throw new TypeError("redis must be an ioredis client (Redis or Cluster)");
  check(typeof budget === "string" && /^[!-~]{1,200}$/.test(budget), "budget", "1 to 200 visible ASCII characters");
  checkNumber(perSecond, "perSecond", isPositiveInteger, "a positive integer");
  checkNumber(perMinute, "perMinute", isPositiveInteger, "a positive integer");
  checkNumber(timeoutMs, "timeoutMs", (n) => n > 0 && n < 2 ** 31, "> 0 and < 2^31");
  const onFallback =
    options.onFallback ??
    ((error: unknown) =>
      console.warn(
        `compilot-activity-logs: Redis is not answering (${(error as Error)?.message}); each process limits itself until it is back`,
      ));

  const prefix = `compilot-activity-logs:${budget}`;
  const slots = (name: string, windowMs: number) =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:${name}`,
      points: 1,
      duration: windowMs / 1000,
      // Fail at once while ioredis reconnects, instead of waiting in its offline queue.
      rejectIfRedisNotReady: true,
      customIncrTtlLuaScript: SLOT_SCRIPT,
    });
  const second = slots("second", REDIS_WINDOW_MS.second);
  const minute = slots("minute", REDIS_WINDOW_MS.minute);
  const ticketKey = `${prefix}:ticket`;
  const epochKey = `${prefix}:epoch`;
  // The epoch this process knew, and when Redis last confirmed it (performance.now()).
  let epoch = "";
  let epochSeenAt = -Infinity;
  const local = createRateLimiter({ perSecond, perMinute });

  const queue: Waiter[] = [];
  let running = false;
  // The ticket of the call at the head of the queue; kept for the next call when that one leaves.
  let ticket: number | undefined;
  let outage = false;
  // On the monotonic clock, as every wait: a wall clock stepped back would keep the process off Redis for the step.
  let retryRedisAt = 0;

  // ioredis retries a command across reconnections (maxRetriesPerRequest): without a timeout a call could wait minutes.
  const answer = <T>(promise: Promise<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
      promise.then(
        (value) => (clearTimeout(timer), resolve(value)),
        (error: unknown) => (clearTimeout(timer), reject(error)),
      );
    });

  // Sent whatever the connection's state: a client still connecting answers once it is up, within the timeout.
  const takeTicket = async (): Promise<number> => {
    const results = await answer(redis.multi().incr(ticketKey).pexpire(ticketKey, TICKET_TTL_MS).exec());
    const [error, value] = results?.[0] ?? [new Error("Redis dropped the transaction")];
    if (error) throw error;
    return Number(value);
  };
  // How long every call must still wait after a loss of the budget (0 most of the time). The epoch key lives as long as
  // the ticket: a process that has not touched the budget for that long knows no epoch any more (the budget may simply
  // have expired, and its own calls are older than a minute).
  const holdLeft = async (): Promise<number> => {
    const known = performance.now() - epochSeenAt < TICKET_TTL_MS ? epoch : "";
    const fresh = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const [id, held] = (await answer(
      redis.eval(EPOCH_SCRIPT, 1, epochKey, fresh, TICKET_TTL_MS, MINUTE_WINDOW_MS, known),
    )) as [string, number];
    epochSeenAt = performance.now();
    if (known && id !== known)
      try {
        onBudgetLost({ heldMs: Number(held) });
      } catch {
        // The callback's own failure must not stop the limiter.
      }
    epoch = id;
    return Number(held);
  };
  // 0 once the slot is ours, otherwise how long until it frees.
  const take = (limiter: RateLimiterRedis, slot: number): Promise<number> =>
    answer(limiter.consume(slot)).then(
      () => 0,
      (rejection: unknown) => {
        if (rejection instanceof RateLimiterRes) return Math.max(rejection.msBeforeNext, 1);
        throw rejection;
      },
    );
  const giveBack = (limiter: RateLimiterRedis, slot: number) => answer(limiter.delete(slot));

  // The slots `waiter` now holds, one of each window, or undefined when it left first; throws when Redis fails.
  async function takeSlots(waiter: Waiter): Promise<[number, number] | undefined> {
    while (!waiter.done) {
      ticket ??= await takeTicket();
      const [s, m] = [ticket % perSecond, ticket % perMinute];
      // Both at once (ioredis sends them in one round trip), so the call goes as soon as the second's slot is taken.
      const [waitSecond, waitMinute] = await Promise.all([take(second, s), take(minute, m)]);
      if (waitSecond === 0 && waitMinute === 0) {
        // Asked after the slots are taken, never before: slots taken on a Redis that had just lost the budget are then
        // seen for what they are (the epoch it answers with is new), and go back.
        const held = await holdLeft();
        if (held === 0) {
          ticket = undefined;
          return [s, m];
        }
        await Promise.all([giveBack(second, s), giveBack(minute, m)]);
        if (!waiter.done) await sleep(held, waiter.signal).catch(() => {});
        continue;
      }
      // One window is full: the slot taken in the other goes back at once.
      if (waitSecond === 0) await giveBack(second, s);
      if (waitMinute === 0) await giveBack(minute, m);
      const wait = Math.max(waitSecond, waitMinute);
      if (!waiter.done) await sleep(wait, waiter.signal).catch(() => {});
    }
    return undefined;
  }
  const giveBackSlots = ([s, m]: [number, number]) =>
    Promise.all([giveBack(second, s), giveBack(minute, m)]).catch(() => {
      // Redis went away: the slots free themselves when their window ends.
    });

  async function run(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (queue.length) {
        const waiter = queue[0] as Waiter;
        let granted = false;
        if (!outage || (performance.now() >= retryRedisAt && redis.status === "ready")) {
          try {
            const taken = await takeSlots(waiter);
            outage = false;
            // A waiter that left while its slots were being taken gives them back.
            if (taken && waiter.done) await giveBackSlots(taken);
            granted = taken !== undefined && !waiter.done;
          } catch (error) {
            retryRedisAt = performance.now() + RETRY_REDIS_MS;
            if (!outage) {
              outage = true;
              try {
                onFallback(error);
              } catch {
                // The callback's own failure must not stop the limiter.
              }
            }
            // The same waiter again, on the in-process limiter.
            continue;
          }
        } else {
          try {
            const giveBackLocal = await local(waiter.signal);
            if (waiter.done) giveBackLocal();
            else granted = true;
          } catch {
            // Aborted: the waiter has already left.
          }
        }
        if (queue[0] === waiter) queue.shift();
        if (granted) {
          waiter.done = true;
          waiter.resolve();
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    acquire(signal) {
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = { signal, resolve, done: false };
        const undo = onAbort(signal, () => {
          if (waiter.done) return;
          waiter.done = true;
          const index = queue.indexOf(waiter);
          // The head stays until `run` has given back what it may hold.
          if (index > 0) queue.splice(index, 1);
          reject(signal?.reason);
        });
        if (signal?.aborted) return;
        waiter.resolve = () => {
          undo();
          resolve();
        };
        queue.push(waiter);
        void run();
      });
    },
  };
}
