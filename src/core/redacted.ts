// The mark that stands for a hidden secret, in every text the package shows: the one home of its spelling, imported
// by the key finder (redact.ts, loaded on demand) and by the client before it has loaded.

/** Text that replaces the key. */
export const REDACTED = "[REDACTED]";
