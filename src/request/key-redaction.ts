// The client's redaction, loaded on demand: only a client that holds a key (a server's) needs the key finder of
// redact.ts, so a browser's keyless client (behind the proxy) never ships it. Nothing of redact.ts is imported
// statically: that would put it in the core.
// redact.ts's REDACTED, spelled again (test/load-redact.test.ts holds the two equal): importing it from a module that
// redact.ts imports too would make that module a chunk of its own, one more request for every browser (55 B gzip more).
const REDACTED = "[REDACTED]";

/** The redaction of a client, and what to await before it may be used. */
export interface LoadedRedact {
  /** `createRedact(key)` of redact.ts; until `ready()` has resolved, it hides every text whole. */
  redact: (text: string) => string;
  /** Undefined once `redact` is the whole redaction; until then its load (started at once, again after a failure). */
  ready: () => Promise<void> | undefined;
}

/** The redaction of `key`, by `import()` of redact.ts; the identity, loading nothing, without a key. */
export function loadRedact(key: string | undefined): LoadedRedact {
  let redact = key ? () => REDACTED : (text: string) => text;
  let loading: Promise<void> | undefined;
  let loaded = !key;
  const ready = () =>
    loaded
      ? undefined
      : (loading ??= import("../core/redact.ts").then(
          (module) => {
            redact = module.createRedact(key);
            loaded = true;
          },
          (error: unknown) => {
            loading = undefined;
            throw error;
          },
        ));
  ready()?.catch(() => {});
  return { redact: (text) => redact(text), ready };
}
