// A Node ESM project using the installed package: node index.js <baseUrl> <apiKey> <customerId> <badCustomerId>
import {
  createActivityLogsClient,
  isApiError,
  isContractError,
  isVaultMetadataLink,
  matchActivityLog,
  matchRuleValue,
  matchSynapsEvent,
} from "compilot-activity-logs";
import { isValidActivityLogsResponse } from "compilot-activity-logs/validate";

const [baseUrl, apiKey, customerId, badCustomerId] = process.argv.slice(2);
const client = createActivityLogsClient({ baseUrl, apiKey, retry: false });

const describeValue = (value) =>
  matchRuleValue(value, {
    boolean: String,
    string: (s) => s,
    number: String,
    strings: (l) => l.join(","),
    numbers: (l) => l.join(","),
    none: () => "-",
    unknown: () => "?",
  });

const describe = (log) =>
  matchActivityLog(log, {
    kycProviderEvent: (kyc) =>
      matchSynapsEvent(kyc.data.event, {
        step: (e) => `kyc step ${e.type} ${e.status}`,
        session: (e) => `kyc session ${e.alias} ${e.status}`,
        none: () => "kyc without event",
        unknown: () => "kyc unknown event",
      }),
    scenarioExecution: (run) =>
      `scenarios ${run.data.execution_status}: ` +
      (run.data.executions ?? [])
        .flatMap((execution) => execution.rules)
        .map((rule) => {
          const attribute = rule.rule_data?.attribute;
          const where = isVaultMetadataLink(attribute) ? `${attribute.schema}:${attribute.path}` : attribute;
          return `${where} ${rule.rule_data?.operator} ${describeValue(rule.rule_data?.value)} -> ${rule.status}`;
        })
        .join("; "),
    unknown: () => "unknown log",
  });

const page = await client.getActivityLogs(customerId, { limit: 2 });
console.log(`page 1: ${page.activityLogs.length} of ${page.totalCount}`);
for (const log of page.activityLogs) console.log(describe(log));
let count = 0;
for await (const log of client.iterateActivityLogs(customerId, { limit: 2 })) {
  count += 1;
  if (count > 2) console.log(describe(log));
}
console.log(`iterated ${count}`);

const strict = createActivityLogsClient({ baseUrl, apiKey, retry: false, validate: "strict" });
console.log(`strict valid: ${isValidActivityLogsResponse(await strict.getActivityLogs(customerId))}`);
try {
  await strict.getActivityLogs(badCustomerId);
  console.log("strict accepted a bad page");
} catch (error) {
  console.log(
    isContractError(error) ? `ContractError ${error.issues.map((i) => i.pointer).join(" ")}` : `other ${error}`,
  );
}
try {
  await client.getActivityLogs("nobody");
} catch (error) {
  console.log(isApiError(error) ? `ApiError ${error.status} ${error.code}` : `other ${error}`);
}
