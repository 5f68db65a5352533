// The msw server lifecycle every msw-backed test file repeats: listen before the file's tests (unhandled requests are
// errors: a test must not reach anything it did not mock), drop per-test handlers after each test, close at the end.
import type { RequestHandler } from "msw";
import { setupServer, type SetupServerApi } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

/**
 * Starts an msw server for the calling file (or `describe` block) with `handlers` as its base handlers.
 * @example
 * const server = useMswServer(...activityLogsHandlers({ logsByCustomer: { "cus-1": logs } }));
 * it("…", async () => { server.use(activityLogsErrorHandler(503)); … });
 */
export function useMswServer(...handlers: RequestHandler[]): SetupServerApi {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
