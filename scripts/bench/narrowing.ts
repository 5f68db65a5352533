// Narrowing: the guards and matchers over every union site of the 2 MB page against a bare typeof walk.
import {
  isScenarioExecutionLog,
  isVaultMetadataLink,
  matchActivityLog,
  matchRuleValue,
  matchSynapsEvent,
  type ActivityLog,
  type ActivityLogsResponse,
  type KycProviderEventLog,
  type ScenarioExecutionLog,
} from "../../src/index.ts";
import { addRow, interleave, type BenchOptions } from "./stats.ts";

const valueHandlers = {
  boolean: () => 1,
  string: () => 2,
  number: () => 3,
  strings: (l: string[]) => l.length,
  numbers: (l: number[]) => l.length,
  none: () => 0,
  unknown: () => -1,
};

// Our guards and matchers: classify every log, event, rule attribute and rule value. `handlers` is how a caller
// writes them: inline (new closures for every log, as the README shows) or made once, outside the loop.
const synapsHandlers = { step: () => 1, session: () => 2, none: () => 3, unknown: () => 4 };
function countRules(run: ScenarioExecutionLog): number {
  let n = 0;
  for (const execution of run.data.executions ?? []) {
    for (const rule of execution.rules) {
      const data = rule.rule_data;
      if (!data) continue;
      n += isVaultMetadataLink(data.attribute) ? data.attribute.path.length : data.attribute.length;
      n += matchRuleValue(data.value, valueHandlers);
    }
  }
  return n;
}
const logHandlers = {
  kycProviderEvent: (kyc: KycProviderEventLog) => matchSynapsEvent(kyc.data.event, synapsHandlers),
  scenarioExecution: countRules,
  unknown: () => 0,
};

function walkWithGuards(logs: readonly ActivityLog[]): number {
  let sum = 0;
  for (const log of logs) {
    sum += matchActivityLog(log, {
      kycProviderEvent: (kyc) =>
        matchSynapsEvent(kyc.data.event, { step: () => 1, session: () => 2, none: () => 3, unknown: () => 4 }),
      scenarioExecution: (run) => countRules(run),
      unknown: () => 0,
    });
  }
  return sum;
}

function walkWithHandlersMadeOnce(logs: readonly ActivityLog[]): number {
  let sum = 0;
  for (const log of logs) sum += matchActivityLog(log, logHandlers);
  return sum;
}

// The same classification by hand, with bare `typeof`/`in` checks that trust the payload (no validation at all).
function walkWithTypeof(logs: readonly ActivityLog[]): number {
  let sum = 0;
  for (const log of logs) {
    const data = log.data as Record<string, unknown>;
    if (typeof data["data"] === "object" && data["data"] !== null) {
      const event = data["event"] as Record<string, unknown> | null | undefined;
      sum += event == null ? 3 : "type" in event ? 1 : "alias" in event ? 2 : 4;
      continue;
    }
    const executions = data["executions"] as
      | { rules: { rule_data?: Record<string, unknown> | null }[] }[]
      | null
      | undefined;
    for (const execution of executions ?? []) {
      for (const rule of execution.rules) {
        const ruleData = rule.rule_data;
        if (!ruleData) continue;
        const attribute = ruleData["attribute"];
        sum += typeof attribute === "string" ? attribute.length : (attribute as { path: string }).path.length;
        const value = ruleData["value"];
        sum +=
          value == null
            ? 0
            : typeof value === "boolean"
              ? 1
              : typeof value === "string"
                ? 2
                : typeof value === "number"
                  ? 3
                  : Array.isArray(value)
                    ? value.length
                    : -1;
      }
    }
  }
  return sum;
}

// The walks' results land here, so no engine can drop a walk as dead code.
let sink = 0;

/** Runs the narrowing figure against the bench server at `baseUrl`. */
export async function narrowing(baseUrl: string, options: BenchOptions): Promise<void> {
  console.log("guards and matchers (every union site of the 2 MB page)");
  const page = (await (await fetch(`${baseUrl}/customers/page-2m/activity-logs`)).json()) as ActivityLogsResponse;
  const logs = page.activityLogs;
  // Union sites: each log (KYC event or scenario run), each KYC event (step, session or none), and each rule's
  // attribute (name or vault link) and value (the RuleValue union).
  let sites = 0;
  for (const log of logs) {
    sites += 1;
    if (isScenarioExecutionLog(log))
      for (const execution of log.data.executions ?? []) sites += 2 * execution.rules.length;
    else sites += 1;
  }
  const guardSum = walkWithGuards(logs);
  const typeofSum = walkWithTypeof(logs);
  const onceSum = walkWithHandlersMadeOnce(logs);
  if (guardSum !== typeofSum || onceSum !== typeofSum)
    throw new Error(`the walks disagree: ${guardSum}, ${onceSum} vs ${typeofSum}`);
  // Each sample walks the page 100 times: one walk takes a fraction of a millisecond, far below the timer's comfort
  // zone on a busy machine.
  const times = 100;
  const [guards, bare, once] = await interleave(
    [
      {
        name: "guards",
        run: () => {
          for (let i = 0; i < times; i++) sink += walkWithGuards(logs);
        },
      },
      {
        name: "typeof",
        run: () => {
          for (let i = 0; i < times; i++) sink += walkWithTypeof(logs);
        },
      },
      {
        name: "handlers made once",
        run: () => {
          for (let i = 0; i < times; i++) sink += walkWithHandlersMadeOnce(logs);
        },
      },
    ],
    options.rounds,
  );
  if (!guards || !bare || !once) throw new Error("missing samples");
  addRow({
    figure: `narrowing, ${logs.length} logs / ${sites} union sites`,
    contender: "guards + matchers",
    baseline: "bare typeof walk",
    contenderSamples: guards.map((ms) => ms / times),
    baselineSamples: bare.map((ms) => ms / times),
    goal: { text: "≤ 1.35×", met: (r) => r.median <= 1.35 },
  });
  // The same walk with the handler objects made once: what routing itself costs, without the closures that inline
  // handlers allocate for every log (docs/decisions/narrowing.md).
  addRow({
    figure: `narrowing, ${logs.length} logs / ${sites} union sites`,
    contender: "guards + matchers, handlers made once",
    baseline: "bare typeof walk",
    contenderSamples: once.map((ms) => ms / times),
    baselineSamples: bare.map((ms) => ms / times),
  });
  if (!Number.isFinite(sink)) throw new Error("unreachable");
}
