// The client page, bundled with esbuild from the installed tarball. The API lives on another origin (CORS).
// Query: ?api=<API origin>&key=<API key>&customer=<customer id>
import {
  createActivityLogsClient,
  isApiError,
  isVaultMetadataLink,
  matchActivityLog,
  matchRuleValue,
  matchSynapsEvent,
} from "compilot-activity-logs";

import { finish, print } from "./report.js";

const params = new URLSearchParams(location.search);

const valueText = (value) =>
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
          return `${where} ${rule.rule_data?.operator} ${valueText(rule.rule_data?.value)} -> ${rule.status}`;
        })
        .join("; "),
    unknown: () => "unknown log",
  });

async function main() {
  // Strict validation loads the validators chunk on first use: a dynamic import across the bundle.
  const client = createActivityLogsClient({
    baseUrl: params.get("api"),
    apiKey: params.get("key"),
    // A test page against a local mock: in an app, the key stays on the server (see query.js and the proxy).
    dangerouslyAllowBrowser: true,
    retry: false,
    validate: "strict",
  });
  print(`origin ${location.origin}`);
  let count = 0;
  for await (const log of client.iterateActivityLogs(params.get("customer"), { limit: 2 })) {
    count += 1;
    print(describe(log));
  }
  print(`logs ${count}`);
  try {
    await client.getActivityLogs("nobody");
  } catch (error) {
    print(isApiError(error) ? `ApiError ${error.status} ${error.code}` : `other ${error}`);
  }
}

finish(main());
