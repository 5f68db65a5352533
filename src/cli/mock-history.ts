// The `mock` command's histories: a customer's activity logs made with the ./mock factories. The same customer id and
// seed give the same history whatever the order of requests: a generator seeded by both draws every choice, and every
// id and timestamp is given to the factories (never their shared counter). Different ids give different histories.
// Each history holds every variant of the union and the vendor's values: every step type and KYC status, a log
// without event, every rule operator and status (a rule that did not run too), every value and attribute form, every
// vault schema, and a run that the engine skipped.
import {
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
  type DeepPartial,
} from "../mock/factories.ts";
import type {
  ActivityLog,
  RuleData,
  RuleExecution,
  RuleOperator,
  RuleResultStatus,
  ScenarioExecution,
  SynapsEvent,
  SynapsStatus,
  SynapsStepEvent,
  SynapsStepType,
  VaultMetadataLink,
} from "../model/types.ts";

// The spec's values as these lists were written. Each entry must be one of the spec's values, but a value the vendor
// adds later (`npm run spec:update`) compiles without being listed: values are open, and the build stays green. The
// update's pull request says to add it here; test/cli-mock.test.ts checks that the histories hold every listed value.
const STEP_TYPES = [
  "ID_DOCUMENT",
  "LIVENESS",
  "PROOF_OF_ADDRESS",
  "PHONE",
  "EMAIL",
] as const satisfies readonly SynapsStepType[];
// Statuses a step can have before it is approved.
const NOT_YET = [
  "SUBMISSION_REQUIRED",
  "RESUBMISSION_REQUIRED",
  "REJECTED",
  "PENDING_VERIFICATION",
] as const satisfies readonly SynapsStatus[];
// A rule that did not run has no status (`null`).
const RULE_STATUSES = [
  "valid",
  "not-valid",
  "error",
  "unknown",
  "skipped",
  null,
] as const satisfies readonly (RuleResultStatus | null)[];

type RuleTemplate = Omit<RuleData, "id" | "queryId">;
type Schema = VaultMetadataLink["schema"];
const link = (schema: Schema, path: string): VaultMetadataLink => ({ version: "v1", schema, path });

// Rules as the vendor's scenarios write them: one or more per operator, every value form (boolean, string, number,
// lists of strings and of numbers, none), both attribute forms (a vault link, a bare path) and every vault schema.
const RULES = {
  $noop: [{ attribute: link("Customer", "Customer/attributes/riskLevel"), operator: "$noop" }],
  $eq: [
    { attribute: link("Customer", "Customer/duplicates/hasDuplicates"), operator: "$eq", value: false },
    { attribute: "Customer/fraudAnalytics/ipVpn", operator: "$eq", value: false, requestId: null },
  ],
  $lt: [
    { attribute: link("Customer", "Customer/walletScreening/riskScore"), operator: "$lt", value: 7 },
    { attribute: link("Transaction", "Transaction/event/riskScore"), operator: "$lt", value: 8 },
  ],
  $lte: [{ attribute: "Transaction/amount/USD", operator: "$lte", value: 10000 }],
  $gt: [
    {
      attribute: link("KycSession", "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/age"),
      operator: "$gt",
      value: 17,
      type: "IDInformation",
    },
  ],
  $gte: [
    { attribute: link("Customer", "Customer/identityData/age"), operator: "$gte", value: 18, type: "IDInformation" },
  ],
  $in: [
    {
      attribute: link("KycSession", "KycSession/vcs/ProofOfResidence/v1/credentialSubject/country"),
      operator: "$in",
      value: ["FRA", "DEU", "ESP", "ITA", "PRT"],
      type: "ProofOfResidence",
    },
  ],
  $nin: [
    {
      attribute: link("Customer", "Customer/identityData/nationality"),
      operator: "$nin",
      value: ["PRK", "IRN", "SYR"],
      type: "IDInformation",
    },
    { attribute: link("Customer", "Customer/walletScreening/riskScore"), operator: "$nin", value: [8, 9, 10] },
  ],
  $ne: [
    {
      attribute: link("TfheKycSession", "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/reviewAnswer"),
      operator: "$ne",
      value: "RED",
      type: "IDInformationTfhe",
    },
  ],
  $exists: [
    {
      attribute: link("Customer", "Customer/amlScreening/sanctionsHits"),
      operator: "$exists",
      type: "AMLScreeningsResults",
    },
    { attribute: link("Tfhe", "Tfhe/encryptedData"), operator: "$exists" },
  ],
  $has: [{ attribute: link("Web3Transaction", "Web3Transaction/functionArgs"), operator: "$has", value: ["0x"] }],
  $nhas: [
    {
      attribute: link("Web3Transaction", "Web3Transaction/functionName"),
      operator: "$nhas",
      value: ["setApprovalForAll"],
    },
  ],
} satisfies Partial<Record<RuleOperator, readonly RuleTemplate[]>>;
const TEMPLATES: readonly RuleTemplate[] = Object.values(RULES).flat();
// Every schema appears in some template (checked by the tests through the histories).

// Devices a customer goes through KYC on.
const DEVICES: readonly SynapsStepEvent["metadata"][] = [
  {
    ip: "203.0.113.24",
    user_agent:
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    platform: "macOS",
    browser_name: "Safari",
    browser_version: "17.5",
    device: "desktop",
    customer_language: "en",
  },
  {
    ip: "198.51.100.77",
    user_agent:
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
    platform: "Android",
    browser_name: "Chrome",
    browser_version: "126.0",
    device: "mobile",
    customer_language: "fr",
  },
  {
    ip: "192.0.2.140",
    user_agent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    platform: "Windows",
    browser_name: "Firefox",
    browser_version: "128.0",
    device: "desktop",
    customer_language: "de",
  },
];
const ALIASES = ["Jane Doe", "Amélie Laurent", "Kenji Watanabe", "Lucía Fernández", "Olusegun Adeyemi", "Maja Nowak"];

/** A generator of numbers in [0, 1) from `text`: FNV-1a hashes it, mulberry32 goes on from there. */
function seededRandom(text: string): () => number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  let state = hash >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The whole history of `customerId` under `seed`, oldest first: onboarding KYC, screening runs with KYC logins between
 * them, sometimes a re-verification. 30 to 120 logs.
 */
export function mockHistory(customerId: string, seed: string): ActivityLog[] {
  const random = seededRandom(`${seed}\u0000${customerId}`);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const hex = (n: number) => Array.from({ length: n }, () => int(0, 15).toString(16)).join("");
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
  let at = Date.UTC(2024, int(0, 11), int(1, 28), int(7, 18), int(0, 59));
  const later = (minMinutes: number, maxMinutes: number) =>
    new Date((at += int(minMinutes, maxMinutes) * 60_000)).toISOString();

  const device = pick(DEVICES);
  const alias = pick(ALIASES);
  const sessionId = uuid();
  const logs: ActivityLog[] = [];
  const kyc = (event: DeepPartial<SynapsEvent> | null) => {
    const ids: Record<string, unknown> = { session_id: sessionId, created_at: later(1, 9) };
    if (event && !("alias" in event)) ids["step_id"] = uuid();
    logs.push(makeKycProviderEventLog({ data: { data: ids, event } }));
  };
  const step = (type: SynapsStepType, status: SynapsStatus) => kyc({ type, status, sandbox: false, metadata: device });
  const session = (status: SynapsStatus) => kyc({ alias, status, sandbox: false });

  // Onboarding: each step's first try has one of the statuses before approval (all of them across the steps).
  session("SUBMISSION_REQUIRED");
  const firstTries = shuffle([...NOT_YET, pick(NOT_YET)]);
  shuffle(STEP_TYPES).forEach((type, i) => {
    step(type, firstTries[i] as SynapsStatus);
    if (firstTries[i] === "PENDING_VERIFICATION" || random() < 0.3) step(type, pick(NOT_YET));
    step(type, "APPROVED");
  });
  session("PENDING_VERIFICATION");
  // A provider webhook that carried identifiers but no event.
  kyc(null);
  session("APPROVED");

  // Screening: every rule template and every status once first, in the order drawn, then drawn at will.
  const required = shuffle(TEMPLATES);
  const statuses = shuffle(RULE_STATUSES);
  const rule = (): RuleExecution => {
    const status =
      statuses.shift() ??
      pick<RuleResultStatus | null>([
        "valid",
        "valid",
        "valid",
        "valid",
        "valid",
        "not-valid",
        "unknown",
        "error",
        "skipped",
        null,
      ]);
    const queryId = `query_${uuid()}`;
    return makeRuleExecution({ status, rule_data: { ...(required.shift() ?? pick(TEMPLATES)), queryId, id: queryId } });
  };
  const execution = (): ScenarioExecution =>
    makeScenarioExecution({ scenarioId: uuid(), rules: Array.from({ length: int(1, 4) }, rule) });
  const runs = int(8, 36);
  const skippedRun = int(0, runs - 1);
  for (let run = 0; run < runs || required.length || statuses.length; run++) {
    // The weekly login re-checks the e-mail, now and then the phone too.
    if (random() < 0.5) step("EMAIL", "APPROVED");
    if (random() < 0.2) step("PHONE", random() < 0.8 ? "APPROVED" : "RESUBMISSION_REQUIRED");
    const executed_at = later(60 * 24 * 3, 60 * 24 * 9);
    const data =
      run === skippedRun
        ? makeScenarioExecutionLog({ data: { executions: null, execution_status: "skipped" } }).data
        : makeScenarioExecutionLog({ data: { executions: Array.from({ length: int(1, 3) }, execution) } }).data;
    // The spec has no timestamp for a run; its open `data` carries one, as the API's does.
    logs.push({ data: Object.assign({ executed_at }, data) });
  }

  // A yearly re-verification, for about half the customers.
  if (random() < 0.5) {
    session("RESUBMISSION_REQUIRED");
    step("PROOF_OF_ADDRESS", "REJECTED");
    step("PROOF_OF_ADDRESS", "APPROVED");
    step("LIVENESS", "APPROVED");
    session("APPROVED");
  }
  return logs;
}
