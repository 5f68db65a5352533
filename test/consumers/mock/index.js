// Fixtures from the ./mock entry in a project without msw: node index.js
import { isKycProviderEventLog, isScenarioExecutionLog, matchActivityLog } from "compilot-activity-logs";
import {
  makeActivityLogsResponse,
  makeKycProviderEventLog,
  makeScenarioExecutionLog,
  resetMockSequence,
} from "compilot-activity-logs/mock";

resetMockSequence();
const page = makeActivityLogsResponse([
  makeKycProviderEventLog({ data: { event: { type: "LIVENESS", status: "REJECTED" } } }),
  makeScenarioExecutionLog({ data: { execution_status: "not-valid" } }),
]);
const kinds = page.activityLogs.map((log) =>
  matchActivityLog(log, {
    kycProviderEvent: (kyc) => `kyc ${kyc.data.event?.status}`,
    scenarioExecution: (run) => `scenario ${run.data.execution_status}`,
    unknown: () => "unknown",
  }),
);
console.log(`mock entry (ESM): ${kinds.join(", ")} of ${page.totalCount}`);
console.log(`guards: ${isKycProviderEventLog(page.activityLogs[0])} ${isScenarioExecutionLog(page.activityLogs[1])}`);
