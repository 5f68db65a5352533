// The msw page: the API is mocked in the browser by msw's service worker (`setupWorker` from `msw/browser`) with the
// package's own handlers, the way a frontend's tests or a Storybook would. The worker script is msw's
// `mockServiceWorker.js`, served by the page server from the installed msw package.
import { setupWorker } from "msw/browser";
import {
  createActivityLogsClient,
  isApiError,
  isKycProviderEventLog,
  isScenarioExecutionLog,
} from "compilot-activity-logs";
import {
  activityLogsHandlers,
  makeKycProviderEventLog,
  makeScenarioExecutionLog,
  resetMockSequence,
} from "compilot-activity-logs/msw";
import { finish, print } from "./report.js";

// Same origin as the page: if the worker did not intercept, the page server would answer 404 and the page would fail.
const baseUrl = `${location.origin}/mocked-api`;

async function main() {
  resetMockSequence();
  const worker = setupWorker(
    ...activityLogsHandlers({
      baseUrl,
      apiKey: "msw-key",
      pageSize: 2,
      logsByCustomer: {
        "cus-msw": [makeKycProviderEventLog(), makeScenarioExecutionLog(), makeKycProviderEventLog()],
      },
    }),
  );
  await worker.start({ quiet: true, onUnhandledRequest: "error" });
  print(`worker ${navigator.serviceWorker.controller ? "controls the page" : "does not control the page"}`);
  // A mocked key for a mocked API: the browser refusal of keys is meant for real ones.
  const client = createActivityLogsClient({
    baseUrl,
    apiKey: "msw-key",
    dangerouslyAllowBrowser: true,
    retry: false,
    validate: "strict",
  });
  let kyc = 0;
  let scenarios = 0;
  for await (const log of client.iterateActivityLogs("cus-msw")) {
    if (isKycProviderEventLog(log)) kyc += 1;
    else if (isScenarioExecutionLog(log)) scenarios += 1;
  }
  print(`kyc ${kyc}, scenarios ${scenarios}`);
  for (const [label, options] of [
    ["unknown customer", { apiKey: "msw-key" }],
    ["wrong key", { apiKey: "not-the-key" }],
  ]) {
    const other = createActivityLogsClient({ baseUrl, ...options, dangerouslyAllowBrowser: true, retry: false });
    try {
      await other.getActivityLogs(label === "wrong key" ? "cus-msw" : "nobody");
      print(`${label}: accepted`);
    } catch (error) {
      print(`${label}: ${isApiError(error) ? `ApiError ${error.status}` : `other ${error}`}`);
    }
  }
  worker.stop();
}

finish(main());
