// The msw kit from the installed package (msw installed next to it): node msw.js
import { setupServer } from "msw/node";
import { createActivityLogsClient, isKycProviderEventLog } from "compilot-activity-logs";
import { activityLogsHandlers, makeKycProviderEventLog, makeScenarioExecutionLog } from "compilot-activity-logs/msw";

const server = setupServer(
  ...activityLogsHandlers({
    baseUrl: "https://api.example.test",
    apiKey: "k",
    logsByCustomer: { "cus-1": [makeKycProviderEventLog(), makeScenarioExecutionLog(), makeKycProviderEventLog()] },
  }),
);
server.listen({ onUnhandledRequest: "error" });
try {
  const client = createActivityLogsClient({ baseUrl: "https://api.example.test", apiKey: "k", retry: false });
  const page = await client.getActivityLogs("cus-1");
  console.log(`msw kit: ${page.activityLogs.filter(isKycProviderEventLog).length} kyc of ${page.totalCount}`);
} finally {
  server.close();
}
