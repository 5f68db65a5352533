// The export command's defaults, in one place for the parser, its help and the README.

/** Page size asked for: the vendor's own export script pages by 100. */
export const DEFAULT_LIMIT = 100;

/** Customers exported at once. */
export const DEFAULT_CUSTOMERS_AT_ONCE = 2;

/** Most customers at once: they share one rate limit, so more only wait. */
export const MAX_CUSTOMERS_AT_ONCE = 32;

/**
 * Pages fetched ahead within one customer's walk, each held in memory until written: two keep four requests in flight
 * at the default two customers (15 calls a second at 250 ms of latency) and the peak RSS of a 200,000-log export lower
 * than four do (docs/decisions/export-memory.md).
 */
export const PAGES_AHEAD = 2;

/**
 * An export outlives short storms: six retries with backoff (0.5 s doubling, Retry-After honoured) up to 30 s apart ride
 * out a minute of 429s or a deploy, where a one-off call would rather fail fast (the client's default is two).
 */
export const EXPORT_RETRY = { retries: 6, minDelayMs: 500, maxDelayMs: 30_000 } as const;

/**
 * Walks of one customer before it fails when its history moves under the export (docs/decisions/export-snapshots.md):
 * a history written to twice in a few seconds is rarely calm a third time soon after.
 */
export const MAX_WALKS = 3;

/** The pause before walking a moved history again, in milliseconds: long enough for a burst of writes to settle. */
export const REWALK_PAUSE_MS = 3000;
