// The demo customer's history, built with the msw kit's factories: onboarding KYC, weekly screening, a re-verification.
// Every step type, every status, every rule value form and both attribute forms appear at least once, and so do values
// the vendor's published schemas add to the docs page (a skipped rule, `$nhas`, a Web3Transaction link, a path outside
// the page's 253).
import {
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
  resetMockSequence,
  type DeepPartial,
} from "../src/msw.ts";
import type {
  ActivityLog,
  KycProviderEventLog,
  RuleData,
  RuleResultStatus,
  ScenarioExecutionLog,
  SynapsEvent,
  SynapsStatus,
  SynapsStepType,
  VaultMetadataLink,
  VaultPath,
} from "../src/model/types.ts";

/** The demo customer's id. */
export const demoCustomerId = "6f1c2b9e-3d4a-4e8b-9c1d-2a7f5e0b8c31";

/** Page size of the demo's embedded server: small, so paging shows. */
export const demoPageSize = 10;

// The spec has no timestamp field; KYC logs carry one in their open `data.data`, scenario logs in their open `data`.
function kycAt(iso: string, event: DeepPartial<SynapsEvent> | null): KycProviderEventLog {
  return makeKycProviderEventLog({ data: { data: { created_at: iso }, event } });
}

function step(iso: string, type: SynapsStepType, status: SynapsStatus): KycProviderEventLog {
  return kycAt(iso, { type, status, sandbox: true });
}

function session(iso: string, status: SynapsStatus): KycProviderEventLog {
  return kycAt(iso, { alias: "Jane Doe", status, sandbox: true });
}

function scenarioAt(iso: string, log: ScenarioExecutionLog): ScenarioExecutionLog {
  return { data: Object.assign({ executed_at: iso }, log.data) };
}

const vaultSchemas: ReadonlySet<string> = new Set<VaultMetadataLink["schema"]>([
  "Customer",
  "KycSession",
  "Transaction",
  "Tfhe",
  "TfheKycSession",
  "Web3Transaction",
]);
const isVaultSchema = (name: string | undefined): name is VaultMetadataLink["schema"] =>
  name !== undefined && vaultSchemas.has(name);

function link(path: VaultPath): RuleData["attribute"] {
  const schema = path.split("/")[0];
  return { version: "v1", schema: isVaultSchema(schema) ? schema : "Customer", path };
}

function rule(status: RuleResultStatus | null, ruleData: Omit<RuleData, "id" | "queryId">) {
  return makeRuleExecution({ status, rule_data: ruleData });
}

const nationality = (status: RuleResultStatus) =>
  rule(status, {
    attribute: link("Customer/identityData/nationality"),
    operator: "$nin",
    value: ["PRK", "IRN", "SYR"],
    type: "IDInformation",
  });
const adult = (status: RuleResultStatus) =>
  rule(status, { attribute: link("Customer/identityData/age"), operator: "$gte", value: 18, type: "IDInformation" });
const noDuplicates = (status: RuleResultStatus) =>
  rule(status, { attribute: link("Customer/duplicates/hasDuplicates"), operator: "$eq", value: false });
const sanctionsScreened = (status: RuleResultStatus) =>
  rule(status, {
    attribute: link("Customer/amlScreening/sanctionsHits"),
    operator: "$exists",
    type: "AMLScreeningsResults",
  });
const residence = (status: RuleResultStatus) =>
  rule(status, {
    attribute: "Customer/identityData/residence",
    operator: "$ne",
    value: "RU",
    type: "ProofOfResidence",
  });
const walletRisk = (status: RuleResultStatus | null) =>
  rule(status, { attribute: link("Customer/walletScreening/riskScore"), operator: "$nin", value: [8, 9, 10] });
const amountUsd = (status: RuleResultStatus) =>
  rule(status, { attribute: "Transaction/amount/USD", operator: "$lte", value: 10000 });
const vpn = (status: RuleResultStatus) =>
  rule(status, { attribute: link("Customer/fraudAnalytics/ipVpn"), operator: "$eq", value: false, requestId: null });

// A Web3Transaction path: the docs page lists neither the schema nor the path, the vendor's schemas have both.
const noApprovalForAll = (status: RuleResultStatus) =>
  rule(status, { attribute: link("Web3Transaction/functionName"), operator: "$nhas", value: ["setApprovalForAll"] });

const day = (date: string, time: string) => `${date}T${time}:00.000Z`;

/** Builds the demo customer's ~60 logs, oldest first (same output on every call). */
export function buildDemoHistory(): ActivityLog[] {
  resetMockSequence();
  const logs: ActivityLog[] = [
    // Onboarding: the customer opens a session and goes through every step, with a few retries.
    session(day("2024-10-14", "08:57"), "SUBMISSION_REQUIRED"),
    step(day("2024-10-14", "09:01"), "EMAIL", "APPROVED"),
    step(day("2024-10-14", "09:04"), "PHONE", "SUBMISSION_REQUIRED"),
    step(day("2024-10-14", "09:06"), "PHONE", "APPROVED"),
    step(day("2024-10-14", "09:12"), "ID_DOCUMENT", "PENDING_VERIFICATION"),
    step(day("2024-10-14", "09:15"), "ID_DOCUMENT", "RESUBMISSION_REQUIRED"),
    step(day("2024-10-14", "09:18"), "ID_DOCUMENT", "APPROVED"),
    step(day("2024-10-14", "09:19"), "LIVENESS", "REJECTED"),
    step(day("2024-10-14", "09:21"), "LIVENESS", "APPROVED"),
    step(day("2024-10-14", "09:30"), "PROOF_OF_ADDRESS", "PENDING_VERIFICATION"),
    session(day("2024-10-14", "09:31"), "PENDING_VERIFICATION"),
    // A provider webhook that carried identifiers but no event.
    kycAt(day("2024-10-15", "07:45"), null),
    step(day("2024-10-15", "10:02"), "PROOF_OF_ADDRESS", "APPROVED"),
    session(day("2024-10-15", "10:03"), "APPROVED"),
    scenarioAt(
      day("2024-10-15", "10:04"),
      makeScenarioExecutionLog({
        data: {
          executions: [
            makeScenarioExecution({ rules: [nationality("valid"), adult("valid"), noDuplicates("valid")] }),
            makeScenarioExecution({ rules: [sanctionsScreened("valid"), residence("valid")] }),
          ],
        },
      }),
    ),
  ];

  // Weekly screening from late October to January; a few runs fail, one errors, one has a rule that did not run.
  const weeks = [
    "2024-10-21",
    "2024-10-28",
    "2024-11-02",
    "2024-11-04",
    "2024-11-11",
    "2024-11-18",
    "2024-11-25",
    "2024-12-02",
    "2024-12-09",
    "2024-12-16",
    "2024-12-23",
    "2024-12-30",
    "2025-01-06",
    "2025-01-13",
    "2025-01-20",
    "2025-01-27",
  ];
  weeks.forEach((date, i) => {
    const at = day(date, `${String(8 + (i % 9)).padStart(2, "0")}:${String((i * 17) % 60).padStart(2, "0")}`);
    if (date === "2024-11-02") {
      // A second nationality check after the customer updated their ID: the list rule fails.
      logs.push(
        scenarioAt(
          day(date, "16:03"),
          makeScenarioExecutionLog({
            data: {
              executions: [
                makeScenarioExecution({ rules: [adult("valid"), noDuplicates("valid"), nationality("not-valid")] }),
              ],
            },
          }),
        ),
      );
      return;
    }
    const rules =
      i === 5
        ? [walletRisk("not-valid"), amountUsd("valid"), vpn("valid")]
        : i === 9
          ? [walletRisk("error"), amountUsd("valid")]
          : i === 12
            ? [walletRisk(null), amountUsd("unknown"), vpn("valid")]
            : i === 14
              ? [walletRisk("valid"), amountUsd("not-valid"), vpn("not-valid")]
              : [walletRisk("valid"), amountUsd("valid"), vpn("valid")];
    // The customer's weekly login re-checks the e-mail, every other week the phone too; screening runs after.
    logs.push(step(day(date, "07:30"), "EMAIL", "APPROVED"));
    if (i % 2 === 0) logs.push(step(day(date, "07:32"), "PHONE", "APPROVED"));
    logs.push(scenarioAt(at, makeScenarioExecutionLog({ data: { executions: [makeScenarioExecution({ rules })] } })));
  });

  // Yearly re-verification in January: a new proof of address, a fresh liveness check, then the scenarios again.
  logs.push(
    session(day("2025-01-29", "14:10"), "RESUBMISSION_REQUIRED"),
    step(day("2025-01-29", "14:12"), "PROOF_OF_ADDRESS", "REJECTED"),
    step(day("2025-01-29", "14:20"), "PROOF_OF_ADDRESS", "PENDING_VERIFICATION"),
    step(day("2025-01-30", "09:05"), "PROOF_OF_ADDRESS", "APPROVED"),
    step(day("2025-01-30", "09:07"), "LIVENESS", "APPROVED"),
    session(day("2025-01-30", "09:08"), "APPROVED"),
    scenarioAt(
      day("2025-01-30", "09:09"),
      makeScenarioExecutionLog({
        data: {
          executions: [
            makeScenarioExecution({ rules: [nationality("valid"), adult("valid"), noDuplicates("valid")] }),
            makeScenarioExecution({ rules: [sanctionsScreened("valid"), residence("valid")] }),
          ],
        },
      }),
    ),
    // Wallet monitoring: the customer sent no transaction, so the engine skipped the Web3 rule.
    scenarioAt(
      day("2025-01-30", "09:12"),
      makeScenarioExecutionLog({
        data: { executions: [makeScenarioExecution({ rules: [walletRisk("valid"), noApprovalForAll("skipped")] })] },
      }),
    ),
    // A run that the engine skipped: no executions at all.
    scenarioAt(
      day("2025-01-31", "00:00"),
      makeScenarioExecutionLog({ data: { executions: null, execution_status: "skipped" } }),
    ),
  );
  return logs;
}
