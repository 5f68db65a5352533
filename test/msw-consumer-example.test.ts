// A consumer's test of its own code against the API, offline: the whole set-up is the kit in a few lines.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createActivityLogsClient, isApiError } from "../src/index.ts";
import {
  activityLogsErrorHandler,
  activityLogsHandlers,
  makeKycProviderEventLog,
  makeScenarioExecutionLog,
} from "../src/msw.ts";

const logs = [
  makeKycProviderEventLog({ data: { event: { type: "LIVENESS", status: "REJECTED" } } }),
  makeScenarioExecutionLog(),
];
const server = setupServer(...activityLogsHandlers({ logsByCustomer: { "cus-1": logs }, apiKey: "test-key" }));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

it("consumer example: the app reads a mocked customer's history, then sees the API's error", async () => {
  const client = createActivityLogsClient({ apiKey: "test-key", retry: false });
  expect((await client.getActivityLogs("cus-1")).activityLogs).toEqual(logs);
  server.use(activityLogsErrorHandler(500));
  const error: unknown = await client.getActivityLogs("cus-1").catch((e: unknown) => e);
  expect(isApiError(error) && error.code).toBe("INTERNAL_SERVER_ERROR");
});
