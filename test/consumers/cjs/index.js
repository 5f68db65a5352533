// A Node CommonJS project using the installed package: node index.js <baseUrl> <apiKey> <customerId>
const {
  createActivityLogsClient,
  isApiError,
  isKycProviderEventLog,
  isScenarioExecutionLog,
  isSynapsSessionEvent,
  isSynapsStepEvent,
  ruleValueKind,
} = require("compilot-activity-logs");
const { checkActivityLogsResponse } = require("compilot-activity-logs/validate");

async function main() {
  const [baseUrl, apiKey, customerId] = process.argv.slice(2);
  const client = createActivityLogsClient({ baseUrl, apiKey, retry: false, validate: "strict" });
  const page = await client.getActivityLogs(customerId);
  console.log(`page 1: ${page.activityLogs.length} of ${page.totalCount}`);
  for (const log of page.activityLogs) {
    if (isKycProviderEventLog(log)) {
      const event = log.data.event;
      if (isSynapsStepEvent(event)) console.log(`kyc step ${event.type} ${event.status}`);
      else if (isSynapsSessionEvent(event)) console.log(`kyc session ${event.alias} ${event.status}`);
      else console.log("kyc without event");
    } else if (isScenarioExecutionLog(log)) {
      const kinds = (log.data.executions || [])
        .flatMap((e) => e.rules)
        .map((r) => ruleValueKind(r.rule_data && r.rule_data.value));
      console.log(`scenarios ${log.data.execution_status}: ${kinds.join(",")}`);
    }
  }
  console.log(`issues: ${checkActivityLogsResponse(page).length}`);
  try {
    await client.getActivityLogs("nobody");
  } catch (error) {
    console.log(isApiError(error) ? `ApiError ${error.status} ${error.code}` : `other ${error}`);
  }
  // msw is an optional peer: only the ./msw entry needs it, and it is not installed here.
  try {
    require("compilot-activity-logs/msw");
    console.log("msw entry loaded without msw");
  } catch (error) {
    console.log(`msw entry needs msw: ${error.code}`);
  }
  // ioredis and rate-limiter-flexible are optional peers too: ./redis needs rate-limiter-flexible, not installed here.
  try {
    require("compilot-activity-logs/redis");
    console.log("redis entry loaded without rate-limiter-flexible");
  } catch (error) {
    console.log(`redis entry needs rate-limiter-flexible: ${error.code}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
