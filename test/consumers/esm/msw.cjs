// The msw kit's CommonJS build with msw installed next to it: node msw.cjs
// msw 2 ships CommonJS; msw 3 is ESM only and loads here through Node's require(esm) (Node >= 22.12).
const { setupServer } = require("msw/node");
const { createActivityLogsClient, isKycProviderEventLog } = require("compilot-activity-logs");
const {
  activityLogsHandlers,
  makeKycProviderEventLog,
  makeScenarioExecutionLog,
} = require("compilot-activity-logs/msw");

const server = setupServer(
  ...activityLogsHandlers({
    baseUrl: "https://api.example.test",
    apiKey: "k",
    logsByCustomer: { "cus-1": [makeKycProviderEventLog(), makeScenarioExecutionLog()] },
  }),
);
server.listen({ onUnhandledRequest: "error" });
const client = createActivityLogsClient({ baseUrl: "https://api.example.test", apiKey: "k", retry: false });
client
  .getActivityLogs("cus-1")
  .then((page) =>
    console.log(
      `msw kit (CommonJS): ${page.activityLogs.filter(isKycProviderEventLog).length} kyc of ${page.totalCount}`,
    ),
  )
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => server.close());
