// `npm run demo`: a customer's activity as a readable timeline. Without COMPILOT_API_KEY it runs against an embedded mock
// of the API (the `mock` command's server on 127.0.0.1); with it, against the real API.
import { parseArgs } from "node:util";
import {
  createActivityLogsClient,
  isApiError,
  isContractError,
  isNetworkError,
  isTimeoutError,
  isVaultMetadataLink,
  matchActivityLog,
  matchRuleValue,
  matchSynapsEvent,
} from "../src/index.ts";
import type {
  ActivityLog,
  RuleExecution,
  RuleResultStatus,
  RuleValue,
  ScenarioExecutionLog,
  SynapsEvent,
} from "../src/model/types.ts";
import { buildDemoHistory, demoCustomerId, demoPageSize } from "./demo-data.ts";
import { startMockServer, type MockServer } from "../src/cli/mock.ts";
import { pageCount } from "../src/model/pages.ts";
import { DEFAULT_BASE_URL } from "../src/core/defaults.ts";
import { isCustomerId, isPositiveInteger } from "../src/core/rules.ts";
import { isMain } from "./is-main.ts";

// What the guards vouch for: vault paths are checked as strings, not against the spec's list.
type Scenario = ScenarioExecutionLog;
type Rule = RuleExecution;

const usage = `usage: npm run demo -- [--customer <id>] [--limit <n>] [--validate off|warn|strict] [--json]

Prints a customer's activity logs as a timeline, then a summary.
  without COMPILOT_API_KEY  runs against an embedded mock of the API on 127.0.0.1 (the \`mock\` command's): the demo
                            customer by default, any other id gets a generated history
  with COMPILOT_API_KEY     runs against COMPILOT_BASE_URL (default ${DEFAULT_BASE_URL}); --customer is required
  --limit <n>               page size to request
  --validate <mode>         check responses against the spec: off (default), warn, strict
  --json                    print the logs as JSON lines instead (nothing else on stdout)`;

/** A wrong command line: exit code 2. */
class UsageError extends Error {}

/** The parsed command line. */
export interface DemoArgs {
  customer: string | undefined;
  limit: number | undefined;
  validate: "off" | "warn" | "strict";
  json: boolean;
  help: boolean;
}

/** Parses the demo's arguments; throws a usage error on anything it does not know. */
export function parseDemoArgs(argv: string[]): DemoArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        customer: { type: "string" },
        limit: { type: "string" },
        validate: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !isPositiveInteger(limit))
    throw new UsageError(`--limit must be a positive integer, got "${values.limit}"`);
  const validate = values.validate ?? "off";
  if (validate !== "off" && validate !== "warn" && validate !== "strict")
    throw new UsageError(`--validate must be off, warn or strict, got "${validate}"`);
  if (values.customer !== undefined && !isCustomerId(values.customer)) throw new UsageError("--customer needs an id");
  return { customer: values.customer, limit, validate, json: values.json, help: values.help };
}

// ---------------------------------------------------------------------------------------------------------------------
// Formatting

const noTime = "????-??-?? ??:??";

// The spec (openapi/compilot-activity-logs.yaml) has no timestamp field: read the usual names defensively from the
// log's open objects.
function timestampIn(record: object): string {
  const fields = new Map<string, unknown>(Object.entries(record));
  for (const key of ["created_at", "createdAt", "executed_at", "executedAt", "timestamp"]) {
    const value = fields.get(key);
    if (typeof value !== "string") continue;
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 16).replace("T", " ");
  }
  return noTime;
}

function describeEvent(event: SynapsEvent | null | undefined): string {
  return matchSynapsEvent(event, {
    step: (step) => `step ${step.type} → ${step.status}${step.sandbox ? " (sandbox)" : ""}`,
    session: (session) => `session → ${session.status}${session.sandbox ? " (sandbox)" : ""}`,
    none: () => "no event",
    unknown: () => "unknown event",
  });
}

/** A rule's value as the demo prints it: `[PRK, IRN, SYR]` for lists, bare scalars, nothing when absent. */
export function formatRuleValue(value: RuleValue | null | undefined): string | undefined {
  return matchRuleValue(value, {
    boolean: String,
    string: (text) => text,
    number: String,
    strings: (list) => `[${list.join(", ")}]`,
    numbers: (list) => `[${list.join(", ")}]`,
    none: () => undefined,
    unknown: (other) => JSON.stringify(other),
  });
}

/** A rule as `attribute operator value`, e.g. `Customer/identityData/nationality $nin [PRK, IRN, SYR]`. */
export function describeRule(rule: Rule): string {
  const data = rule.rule_data;
  if (!data) return "rule without data";
  const attribute = isVaultMetadataLink(data.attribute) ? data.attribute.path : data.attribute;
  const value = formatRuleValue(data.value);
  return value === undefined ? `${attribute} ${data.operator}` : `${attribute} ${data.operator} ${value}`;
}

// A rule's outcome: its status (the spec's list, which grows with the vendor's schemas), or none.
type RuleOutcome = RuleResultStatus | "no status";
// The order counts are shown in; an outcome the list does not name yet comes after these (see countLabel).
const statusOrder = [
  "valid",
  "not-valid",
  "error",
  "unknown",
  "skipped",
  "no status",
] as const satisfies readonly RuleOutcome[];

function outcomeOf(rule: Rule): RuleOutcome {
  if (rule.status) return rule.status;
  const isValid = rule.result?.result?.is_valid;
  return isValid === true ? "valid" : isValid === false ? "not-valid" : "no status";
}

function rulesOf(log: Scenario): Rule[] {
  return (log.data.executions ?? []).flatMap((execution) => execution.rules);
}

// The counts in `order`, then any other key in the order it was first counted: a status the vendor adds is shown too.
function countLabel(counts: Map<string, number>, order: readonly string[]): string {
  return [...new Set([...order, ...counts.keys()])]
    .filter((key) => (counts.get(key) ?? 0) > 0)
    .map((key) => `${counts.get(key)} ${key}`)
    .join(", ");
}

function describeScenario(log: Scenario): string {
  const rules = rulesOf(log);
  if (rules.length === 0) return `no rules ran${log.data.execution_status ? ` (${log.data.execution_status})` : ""}`;
  const counts = tally(rules.map(outcomeOf));
  const failing = rules.filter((rule) => outcomeOf(rule) === "not-valid" || outcomeOf(rule) === "error");
  const [first] = failing;
  const more = failing.length > 1 ? ` (+${failing.length - 1} more)` : "";
  const head = `${rules.length} rule${rules.length === 1 ? "" : "s"}: ${countLabel(counts, statusOrder)}`;
  return first ? `${head} — ${describeRule(first)}${more}` : head;
}

/** One timeline line, e.g. `2024-10-14 09:21  KYC  step LIVENESS → APPROVED (sandbox)`. */
export function formatLog(log: ActivityLog): string {
  return matchActivityLog(log, {
    kycProviderEvent: (kyc) => `${timestampIn(kyc.data.data)}  KYC  ${describeEvent(kyc.data.event)}`,
    scenarioExecution: (scenario) => `${timestampIn(scenario.data)}  SCENARIO  ${describeScenario(scenario)}`,
    unknown: (other) => `${noTime}  UNKNOWN  ${JSON.stringify(other).slice(0, 100)}`,
  });
}

function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function byCount(counts: Map<string, number>): string {
  return (
    [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([key, n]) => `${n} ${key}`)
      .join(", ") || "none"
  );
}

/** The closing summary: counts per variant and status, rules valid and not, pages and time. */
export function formatSummary(
  logs: readonly ActivityLog[],
  pages: number,
  elapsedMs: number,
  source: string,
): string[] {
  const variants = new Map<string, number>();
  const kycStatuses = new Map<string, number>();
  const scenarioStatuses = new Map<string, number>();
  const ruleOutcomes = new Map<string, number>();
  const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const log of logs) {
    matchActivityLog<void>(log, {
      kycProviderEvent: (kyc) => {
        const kind = matchSynapsEvent(kyc.data.event, {
          step: (step) => (add(kycStatuses, step.status), "step"),
          session: (session) => (add(kycStatuses, session.status), "session"),
          none: () => "no event",
          unknown: () => "unknown event",
        });
        add(variants, `KYC ${kind}`);
      },
      scenarioExecution: (scenario) => {
        add(variants, "SCENARIO");
        add(scenarioStatuses, scenario.data.execution_status ?? "no status");
        for (const rule of rulesOf(scenario)) add(ruleOutcomes, outcomeOf(rule));
      },
      unknown: () => {
        add(variants, "UNKNOWN");
      },
    });
  }
  const kyc = [...variants].filter(([key]) => key.startsWith("KYC ")).reduce((sum, [, n]) => sum + n, 0);
  const kycKinds = [...variants]
    .filter(([key]) => key.startsWith("KYC "))
    .map(([key, n]) => `${n} ${key.slice(4)}`)
    .join(", ");
  const seconds = (elapsedMs / 1000).toFixed(2);
  return [
    "",
    `Summary: ${logs.length} log${logs.length === 1 ? "" : "s"}`,
    `  KYC events      ${kyc}${kyc > 0 ? ` (${kycKinds})` : ""}`,
    `  KYC statuses    ${byCount(kycStatuses)}`,
    `  scenario runs   ${variants.get("SCENARIO") ?? 0} (${countLabel(scenarioStatuses, statusOrder) || "none"})`,
    `  rules           ${countLabel(ruleOutcomes, statusOrder) || "none"}`,
    ...(variants.has("UNKNOWN") ? [`  unknown logs    ${variants.get("UNKNOWN")}`] : []),
    `  fetched         ${pages} page${pages === 1 ? "" : "s"} in ${seconds} s from ${source}`,
  ];
}

// ---------------------------------------------------------------------------------------------------------------------
// Running

function errorLine(error: unknown, baseUrl: string): string {
  if (isApiError(error)) {
    const message = typeof error.body === "object" && error.body.message ? `: ${error.body.message}` : "";
    return `error: request failed with status ${error.status}${error.code ? ` (${error.code})` : ""}${message}`;
  }
  if (isTimeoutError(error)) return `error: request to ${baseUrl} timed out after ${error.timeoutMs} ms`;
  if (isNetworkError(error)) {
    const { code } = error;
    const what = {
      truncated: "the response was cut short",
      "invalid-json": "the response is not JSON",
      "too-large": "the response is too large",
      redirect: "the server redirected to another origin",
    }[error.reason as string];
    return `error: ${what ? `${what} (${baseUrl})` : `could not reach ${baseUrl}`}${code ? ` (${code})` : ""}`;
  }
  if (isContractError(error)) {
    const [first] = error.issues;
    const more = error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : "";
    return `error: response does not match the spec: ${first?.message ?? error.message.split("\n")[0]}${more}`;
  }
  return `error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
}

interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Runs the demo with the given arguments and environment; resolves to the exit code. */
export async function runDemo(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: Output,
  progressOnStderr: boolean,
): Promise<number> {
  let args: DemoArgs;
  try {
    args = parseDemoArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message} (see --help)`);
    return 2;
  }
  if (args.help) {
    io.out(usage);
    return 0;
  }
  const realKey = env["COMPILOT_API_KEY"] || undefined;
  if (realKey !== undefined && args.customer === undefined) {
    io.err("error: --customer <id> is required when COMPILOT_API_KEY is set (see --help)");
    return 2;
  }

  let server: MockServer | undefined;
  // Progress is one line on stderr, redrawn in place; every other line first wipes it so the two never interleave.
  let progress = "";
  const drawProgress = (text: string) => {
    if (!progressOnStderr) return;
    progress = text;
    process.stderr.write(`\r\x1b[K${text}`);
  };
  const aroundProgress = (write: () => void) => {
    if (!progress) return write();
    process.stderr.write("\r\x1b[K");
    write();
    process.stderr.write(progress);
  };
  // The key must never reach the output, whatever an error message happens to contain.
  const redact = (line: string) => (realKey ? line.split(realKey).join("***") : line);
  const out = (line: string) => aroundProgress(() => io.out(redact(line)));
  const err = (line: string) => aroundProgress(() => io.err(redact(line)));
  let baseUrl = env["COMPILOT_BASE_URL"] || DEFAULT_BASE_URL;
  try {
    const apiKey = realKey;
    if (realKey === undefined) {
      // The `mock` command's server, on a free port: the demo customer's history as written in demo-data.ts, any other
      // id its generated one. It needs no key.
      server = await startMockServer({
        port: 0,
        histories: { [demoCustomerId]: buildDemoHistory() },
        pageSize: demoPageSize,
      });
      baseUrl = server.url;
    }
    const customerId = args.customer ?? demoCustomerId;
    const source = server ? `the embedded mock API at ${server.url}` : baseUrl;

    // Count pages as they arrive, whatever concurrency the iterator uses, to show progress and the summary.
    let pages = 0;
    let totalPages: number | undefined;
    const countingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.ok) {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const limit = Number(url.searchParams.get("limit") ?? args.limit ?? Number.NaN);
        const page: unknown = await response
          .clone()
          .json()
          .catch(() => undefined);
        const totalCount =
          typeof page === "object" && page !== null && "totalCount" in page ? page.totalCount : undefined;
        const size =
          typeof page === "object" && page !== null && "activityLogs" in page && Array.isArray(page.activityLogs)
            ? page.activityLogs.length
            : 0;
        pages += 1;
        const pageSize = isPositiveInteger(limit) ? limit : size;
        if (typeof totalCount === "number" && pageSize > 0) totalPages = pageCount(totalCount, pageSize);
        drawProgress(`fetched ${pages}/${totalPages ?? "?"} pages`);
      }
      return response;
    };

    const client = createActivityLogsClient({
      baseUrl,
      fetch: countingFetch,
      validate: args.validate,
      ...(apiKey === undefined ? {} : { apiKey }),
      onContractViolation: (violation) => {
        const [first] = violation.issues;
        err(
          `warning: response does not match the spec: ${first?.message ?? "(no detail)"}${violation.issues.length > 1 ? ` (+${violation.issues.length - 1} more)` : ""}`,
        );
      },
    });

    // The heading waits for the first page, so a failing run prints nothing but its error line.
    let headed = args.json;
    const heading = () => {
      if (!headed) out(`Activity of customer ${customerId} (${source})\n`);
      headed = true;
    };
    const started = performance.now();
    const logs: ActivityLog[] = [];
    // On the mock, ask for small pages so paging shows; on the real API, leave the page size to the client unless given.
    const limit = args.limit ?? (server ? demoPageSize : undefined);
    for await (const log of client.iterateActivityLogs(customerId, limit === undefined ? {} : { limit })) {
      logs.push(log);
      heading();
      out(args.json ? JSON.stringify(log) : formatLog(log));
    }
    const elapsedMs = performance.now() - started;
    drawProgress("");
    heading();
    if (!args.json) for (const line of formatSummary(logs, pages, elapsedMs, source)) out(line);
    return 0;
  } catch (error) {
    drawProgress("");
    err(errorLine(error, baseUrl));
    return 1;
  } finally {
    await server?.close();
  }
}

if (isMain(import.meta.url)) {
  // `npm run demo -- --json | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: Output = {
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => void process.stderr.write(`${line}\n`),
  };
  process.exitCode = await runDemo(process.argv.slice(2), process.env, io, process.stderr.isTTY === true);
}
