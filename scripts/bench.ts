// `npm run bench`: every figure is a ratio of contenders measured side by side in this run, interleaved round by
// round (the order rotates each round), ≥ 30 rounds, median and quartiles printed, each goal printed as met or missed
// with its figure. Pages come from a local HTTP server in its own process. `--rounds N` changes the round count,
// `--only latency,validation,narrowing,paging,typecheck,fleet` runs some figures, `--contributing` writes the table into CONTRIBUTING.md.
import { execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import createClient from "openapi-fetch";
import {
  createActivityLogsClient,
  isScenarioExecutionLog,
  isVaultMetadataLink,
  matchActivityLog,
  matchRuleValue,
  matchSynapsEvent,
  type ActivityLog,
  type ActivityLogsResponse,
} from "../src/index.ts";
import type { paths } from "../src/types.ts";
import { PAGED_LATENCY_MS, PAGED_LOGS, VALIDATION_PAGE_LOGS } from "./bench/pages.ts";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const WARMUP = 5;
const figures = ["latency", "validation", "narrowing", "paging", "typecheck", "fleet"] as const;
type Figure = (typeof figures)[number];

/** The command line, read by `main()`. */
interface BenchOptions {
  rounds: number;
  /** Latency's round count: its goal's margin is small next to the spread of single rounds, so it needs more. */
  latencyRounds: number;
  figures: readonly Figure[];
  contributing: boolean;
}

function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: { rounds: { type: "string" }, only: { type: "string" }, contributing: { type: "boolean" } },
  });
  const rounds = Math.max(1, Number(values.rounds ?? 30) || 30);
  const only = values.only?.split(",");
  const unknown = only?.filter((name) => !(figures as readonly string[]).includes(name)) ?? [];
  if (unknown.length > 0)
    throw new Error(`--only: unknown figure ${unknown.join(", ")} (known: ${figures.join(", ")})`);
  return {
    rounds,
    latencyRounds: Math.max(rounds, 100),
    figures: only === undefined ? figures : figures.filter((name) => only.includes(name)),
    contributing: values.contributing ?? false,
  };
}

/** Median and quartiles of a sample. */
interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

function quartiles(values: number[]): Quartiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const index = (sorted.length - 1) * p;
    const low = Math.floor(index);
    const high = Math.ceil(index);
    return (sorted[low] ?? NaN) + ((sorted[high] ?? NaN) - (sorted[low] ?? NaN)) * (index - low);
  };
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}

interface Contender {
  name: string;
  /** One sample: the work whose duration is measured. */
  run: () => Promise<unknown> | unknown;
}

/** Times each contender once per round, rotating the order; returns each contender's samples (ms). */
async function interleave(contenders: Contender[], rounds: number, warmup = WARMUP): Promise<number[][]> {
  const samples = contenders.map(() => [] as number[]);
  for (let round = -warmup; round < rounds; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const index = (k + Math.max(round, 0)) % contenders.length;
      const contender = contenders[index];
      if (contender === undefined) continue;
      const started = performance.now();
      await contender.run();
      const elapsed = performance.now() - started;
      if (round >= 0) samples[index]?.push(elapsed);
    }
  }
  return samples;
}

/** One row of the results table. */
interface Row {
  figure: string;
  contender: string;
  baseline: string;
  /** contender / baseline, per round. */
  ratio: Quartiles;
  contenderMs: number;
  baselineMs: number;
  goal: string;
  /** Whether the goal is met; undefined when the figure has no goal. */
  met: boolean | undefined;
  note?: string;
  /** What the "median time" column shows, when the samples are not durations. */
  display?: string;
}

const rows: Row[] = [];

/** A figure's goal: its text and the test of the ratio's quartiles. */
interface Goal {
  text: string;
  met: (ratio: Quartiles) => boolean;
}

/** What a row is made of: two sets of samples taken side by side, round by round. */
interface RowInput {
  figure: string;
  contender: string;
  baseline: string;
  contenderSamples: number[];
  baselineSamples: number[];
  goal?: Goal;
  note?: string;
  display?: string;
}

function addRow(input: RowInput): Row {
  const { figure, contender, baseline, contenderSamples, baselineSamples, goal, note, display } = input;
  const ratios = contenderSamples.map((ms, i) => ms / (baselineSamples[i] ?? NaN));
  const ratio = quartiles(ratios);
  const row: Row = {
    figure,
    contender,
    baseline,
    ratio,
    contenderMs: quartiles(contenderSamples).median,
    baselineMs: quartiles(baselineSamples).median,
    goal: goal?.text ?? "(report)",
    met: goal?.met(ratio),
    ...(note === undefined ? {} : { note }),
    ...(display === undefined ? {} : { display }),
  };
  rows.push(row);
  const verdict =
    row.met === undefined ? "" : `  goal ${row.goal}: ${row.met ? "met" : "MISSED"} at ${ratio.median.toFixed(2)}×`;
  console.log(
    `  ${figure}: ${contender} / ${baseline} = ${ratio.median.toFixed(3)}× (q1 ${ratio.q1.toFixed(3)}, q3 ${ratio.q3.toFixed(3)}); ` +
      `${row.contenderMs.toFixed(2)} ms vs ${row.baselineMs.toFixed(2)} ms${verdict}`,
  );
  return row;
}

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "scripts/bench/server.ts")], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /listening (\d+)/.exec(buffered);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

// ---- 1. latency: our client vs raw fetch + res.json() vs bare openapi-fetch -------------------------------------

async function latency(baseUrl: string, options: BenchOptions): Promise<void> {
  console.log("latency (one request, parsed body)");
  // No rate limit, no retries: the per-request cost of the wrapper itself (limits are measured in the paging figure).
  const ours = createActivityLogsClient({ baseUrl, apiKey: "bench", rateLimit: false, retry: false });
  const bare = createClient<paths>({ baseUrl, headers: { Authorization: "Bearer bench" } });
  const pages = [
    // Requests per sample: enough that one sample lasts tens of milliseconds, above the scheduler's noise.
    ["page-2.6k", "2.6 KB", 50],
    ["page-108k", "108 KB", 20],
    ["page-2m", "2 MB", 3],
  ] as const;
  for (const [id, label, batch] of pages) {
    const url = `${baseUrl}/customers/${id}/activity-logs`;
    const repeat = async (call: () => Promise<unknown>) => {
      for (let i = 0; i < batch; i++) await call();
    };
    const [client, raw, openapiFetch, openapiFetchTimeout] = await interleave(
      [
        { name: "client", run: () => repeat(() => ours.getActivityLogs(id)) },
        {
          name: "fetch",
          run: () => repeat(async () => (await fetch(url, { headers: { Authorization: "Bearer bench" } })).json()),
        },
        {
          name: "openapi-fetch",
          run: () =>
            repeat(() => bare.GET("/customers/{customerId}/activity-logs", { params: { path: { customerId: id } } })),
        },
        {
          // What any abortable per-request timeout costs on top of openapi-fetch: fetch links the signal to each Request.
          name: "openapi-fetch + timeout",
          run: () =>
            repeat(async () => {
              const controller = new AbortController();
              const timer = setTimeout(() => controller.abort(), 30_000);
              try {
                return await bare.GET("/customers/{customerId}/activity-logs", {
                  params: { path: { customerId: id } },
                  signal: controller.signal,
                });
              } finally {
                clearTimeout(timer);
              }
            }),
        },
      ],
      options.latencyRounds,
    );
    if (!client || !raw || !openapiFetch || !openapiFetchTimeout) throw new Error("missing samples");
    const per = (samples: number[]) => samples.map((ms) => ms / batch);
    const figure = `latency, ${label} page`;
    const note = `${options.latencyRounds} rounds`;
    // The three contenders side by side against raw fetch, then the client against bare openapi-fetch: what the
    // wrapper adds is the goal, on the 108 KB page (openapi-fetch's own cost over raw fetch, the Request it builds,
    // is accepted by design).
    const goal = label === "108 KB" ? { goal: { text: "≤ 1.02×", met: (r: Quartiles) => r.median <= 1.02 } } : {};
    for (const [contender, samples] of [
      ["client", client],
      ["openapi-fetch", openapiFetch],
      ["openapi-fetch + timeout", openapiFetchTimeout],
    ] as const) {
      addRow({
        figure,
        contender,
        baseline: "raw fetch",
        contenderSamples: per(samples),
        baselineSamples: per(raw),
        note,
      });
    }
    addRow({
      figure,
      contender: "client",
      baseline: "openapi-fetch",
      contenderSamples: per(client),
      baselineSamples: per(openapiFetch),
      note,
      ...goal,
    });
  }
}

// ---- 2. validation: strict on vs off at 2 MB; warn mode on valid vs all-invalid pages ---------------------------

async function validation(baseUrl: string, options: BenchOptions): Promise<void> {
  console.log("strict validation (2 MB page)");
  const common = { baseUrl, apiKey: "bench", rateLimit: false, retry: false } as const;
  const off = createActivityLogsClient(common);
  const strict = createActivityLogsClient({ ...common, validate: "strict" });
  let violations = 0;
  // Warn mode reports each mismatch to this callback (counted, not printed: printing would measure the console).
  const warn = createActivityLogsClient({
    ...common,
    validate: "warn",
    onContractViolation: (violation) => {
      violations += violation.count;
    },
  });
  const [on, plain] = await interleave(
    [
      { name: "strict", run: () => strict.getActivityLogs("page-2m") },
      { name: "off", run: () => off.getActivityLogs("page-2m") },
    ],
    options.rounds,
  );
  if (!on || !plain) throw new Error("missing samples");
  addRow({
    figure: "2 MB page, validate",
    contender: '"strict"',
    baseline: '"off"',
    contenderSamples: on,
    baselineSamples: plain,
    goal: { text: "≤ 1.15×", met: (r) => r.median <= 1.15 },
  });

  console.log("warn validation (valid vs all-invalid pages: every log breaks one leaf)");
  for (const count of VALIDATION_PAGE_LOGS) {
    for (const kind of ["valid", "invalid"] as const) {
      const id = `${kind}-${count}`;
      violations = 0;
      await warn.getActivityLogs(id);
      const expected = kind === "valid" ? 0 : count;
      if (violations !== expected)
        throw new Error(`${id}: warn mode reported ${violations} issues, expected ${expected}`);
      // An all-invalid page costs seconds per call in warn mode (see docs/decisions.md): a few rounds show it.
      const [warned, unchecked] = await interleave(
        [
          { name: "warn", run: () => warn.getActivityLogs(id) },
          { name: "off", run: () => off.getActivityLogs(id) },
        ],
        kind === "valid" ? options.rounds : Math.min(options.rounds, 5),
        kind === "valid" ? undefined : 1,
      );
      if (!warned || !unchecked) throw new Error("missing samples");
      addRow({
        figure: `${count.toLocaleString("en")} logs, ${kind === "valid" ? "valid page" : "every log invalid"}, validate`,
        contender: '"warn"',
        baseline: '"off"',
        contenderSamples: warned,
        baselineSamples: unchecked,
        note: kind === "valid" ? "0 issues" : `${count} issues per call, ${Math.min(options.rounds, 5)} rounds`,
      });
    }
  }
}

// ---- 3. guards and matchers over every rule of the 2 MB page vs a bare typeof walk ------------------------------

const valueHandlers = {
  boolean: () => 1,
  string: () => 2,
  number: () => 3,
  strings: (l: string[]) => l.length,
  numbers: (l: number[]) => l.length,
  none: () => 0,
  unknown: () => -1,
};

// Our guards and matchers: classify every log, event, rule attribute and rule value.
function walkWithGuards(logs: readonly ActivityLog[]): number {
  let sum = 0;
  for (const log of logs) {
    sum += matchActivityLog(log, {
      kycProviderEvent: (kyc) =>
        matchSynapsEvent(kyc.data.event, { step: () => 1, session: () => 2, none: () => 3, unknown: () => 4 }),
      scenarioExecution: (run) => {
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
      },
      unknown: () => 0,
    });
  }
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

async function narrowing(baseUrl: string, options: BenchOptions): Promise<void> {
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
  if (guardSum !== typeofSum) throw new Error(`the two walks disagree: ${guardSum} vs ${typeofSum}`);
  // Each sample walks the page 5 times: one walk is a few ms, below the timer's comfort zone on a busy machine.
  const times = 5;
  const [guards, bare] = await interleave(
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
    ],
    options.rounds,
  );
  if (!guards || !bare) throw new Error("missing samples");
  addRow({
    figure: `narrowing, ${logs.length} logs / ${sites} union sites`,
    contender: "guards + matchers",
    baseline: "bare typeof walk",
    contenderSamples: guards.map((ms) => ms / times),
    baselineSamples: bare.map((ms) => ms / times),
    goal: { text: "≤ 1.5×", met: (r) => r.median <= 1.5 },
  });
  if (!Number.isFinite(sink)) throw new Error("unreachable");
}

// ---- 4. iterateActivityLogs vs page after page -----------------------------------------------------------------

async function paging(baseUrl: string, options: BenchOptions): Promise<void> {
  console.log(`iterateActivityLogs (${PAGED_LOGS} logs, 20 pages of 100, ${PAGED_LATENCY_MS} ms per request)`);
  // The default client: the vendor's rate limit (15/s, 300/min) on, default concurrency.
  const arrivals = async () => (await (await fetch(`${baseUrl}/arrivals`)).json()) as number[];
  const maxPerSecond = (times: number[]) => {
    let max = 0;
    for (let i = 0; i < times.length; i++) {
      const start = times[i] ?? 0;
      let n = 0;
      for (let j = i; j < times.length && (times[j] ?? 0) < start + 1000; j++) n++;
      max = Math.max(max, n);
    }
    return max;
  };
  let worstIterateRate = 0;
  let worstArrivals: number[] = [];
  const rates: number[] = [];
  let count = 0;
  // Each client is fresh per sample, so the 300/min window of one sample never throttles the next: a new process
  // would start with a fresh limiter too.
  const [iterate, sequential] = await interleave(
    [
      {
        name: "iterate",
        run: async () => {
          await arrivals();
          const client = createActivityLogsClient({ baseUrl, apiKey: "bench", retry: false });
          count = 0;
          for await (const log of client.iterateActivityLogs("paged", { limit: 100 })) if (log) count++;
          const times = await arrivals();
          const rate = maxPerSecond(times);
          rates.push(rate);
          if (rate > worstIterateRate) {
            worstIterateRate = rate;
            worstArrivals = times.map((t) => Math.round(t - (times[0] ?? 0)));
          }
        },
      },
      {
        name: "sequential",
        run: async () => {
          const client = createActivityLogsClient({ baseUrl, apiKey: "bench", retry: false });
          let seen = 0;
          for (let page = 1; ; page++) {
            const body = await client.getActivityLogs("paged", { currentPage: page, limit: 100 });
            seen += body.activityLogs.length;
            if (body.activityLogs.length === 0 || seen >= body.totalCount) break;
          }
        },
      },
    ],
    options.rounds,
    1,
  );
  if (!iterate || !sequential) throw new Error("missing samples");
  console.log(
    `  requests in the busiest 1 s window, per run: median ${quartiles(rates).median}, worst ${worstIterateRate} (arrivals, ms: ${worstArrivals.join(" ")})`,
  );
  if (count !== PAGED_LOGS) throw new Error(`iterateActivityLogs yielded ${count} logs, expected ${PAGED_LOGS}`);
  // Speed-up = sequential / iterate; the table's ratio is iterate / sequential, so the goal is ≤ 0.5.
  addRow({
    figure: `paging, ${PAGED_LOGS} logs`,
    contender: "iterateActivityLogs",
    baseline: "page after page",
    contenderSamples: iterate,
    baselineSamples: sequential,
    goal: { text: "≤ 0.5× (≥ 2× faster)", met: (r) => r.median <= 0.5 },
  });
  // The vendor's limit is counted where it is enforced: at the server, over any 1 s window.
  addRow({
    figure: "paging, busiest 1 s at the server",
    contender: "iterateActivityLogs requests",
    baseline: "limit (15)",
    contenderSamples: rates,
    baselineSamples: rates.map(() => 15),
    goal: { text: "≤ 1.00×", met: (r) => r.q3 <= 1 && worstIterateRate <= 15 },
    note: `worst run ${worstIterateRate} requests`,
    display: `${quartiles(rates).median} / 15 requests`,
  });
}

// ---- 5. type-check cost -----------------------------------------------------------------------------------------

function narrowingSites(count: number): string {
  const lines = [
    "import { isKycProviderEventLog, isScenarioExecutionLog, isSynapsStepEvent, isSynapsSessionEvent, isVaultMetadataLink,",
    '  matchActivityLog, matchSynapsEvent, matchRuleValue, type ActivityLog } from "compilot-activity-logs";',
    "",
  ];
  const sites = [
    (i: number) =>
      `export const s${i} = (log: ActivityLog) => isKycProviderEventLog(log) && isSynapsStepEvent(log.data.event) ? log.data.event.metadata.ip : "";`,
    (i: number) =>
      `export const s${i} = (log: ActivityLog) => isKycProviderEventLog(log) && isSynapsSessionEvent(log.data.event) ? log.data.event.alias : "";`,
    (i: number) =>
      `export const s${i} = (log: ActivityLog) => isScenarioExecutionLog(log) ? (log.data.executions ?? []).flatMap((e) => e.rules).map((r) => isVaultMetadataLink(r.rule_data?.attribute) ? r.rule_data.attribute.path : r.rule_data?.attribute) : [];`,
    (i: number) =>
      `export const s${i} = (log: ActivityLog) => matchActivityLog(log, { kycProviderEvent: (k) => matchSynapsEvent(k.data.event, { step: (e) => e.type as string, session: (e) => e.status, none: () => "-", unknown: () => "?" }), scenarioExecution: (s) => s.data.execution_status ?? "-", unknown: () => "?" });`,
    (i: number) =>
      `export const s${i} = (log: ActivityLog) => isScenarioExecutionLog(log) ? (log.data.executions ?? []).flatMap((e) => e.rules).map((r) => matchRuleValue(r.rule_data?.value, { boolean: String, string: (s) => s, number: String, strings: (l) => l.join(), numbers: (l) => l.join(), none: () => "-", unknown: () => "?" })) : [];`,
  ];
  for (let i = 0; i < count; i++) lines.push(sites[i % sites.length]?.(i) ?? "");
  return `${lines.join("\n")}\n`;
}

async function typeCheck(options: BenchOptions): Promise<void> {
  console.log("type-check cost (tsc --noEmit, the built package's declarations)");
  await run(process.execPath, [join(root, "node_modules/tsdown/dist/run.mjs"), "--logLevel", "error"], { cwd: root });
  const dir = mkdtempSync(join(tmpdir(), "compilot-bench-tsc-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(root, join(dir, "node_modules", "compilot-activity-logs"), "dir");
    writeFileSync(join(dir, "package.json"), '{ "private": true, "type": "module" }\n');
    writeFileSync(join(dir, "empty.ts"), "export {};\n");
    writeFileSync(join(dir, "sites.ts"), narrowingSites(50));
    const compilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: "ES2022",
      module: "esnext",
      moduleResolution: "bundler",
      lib: ["ES2022", "DOM"],
      types: [],
    };
    for (const name of ["empty", "sites"]) {
      writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: [`${name}.ts`] }));
    }
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const check = async (name: string) => {
      await run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], { cwd: dir });
    };
    await check("sites"); // fails loudly if the generated sites do not compile
    const [sites, empty] = await interleave(
      [
        { name: "sites", run: () => check("sites") },
        { name: "empty", run: () => check("empty") },
      ],
      options.rounds,
      1,
    );
    if (!sites || !empty) throw new Error("missing samples");
    addRow({
      figure: "type check",
      contender: "50 narrowing sites",
      baseline: "empty file",
      contenderSamples: sites,
      baselineSamples: empty,
      note: "whole `tsc --noEmit` process, skipLibCheck on",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- table ------------------------------------------------------------------------------------------------------

function table(): string {
  const lines = [
    "| figure | contender / baseline | median ratio | quartiles | median time | goal | |",
    "| --- | --- | ---: | ---: | ---: | --- | --- |",
  ];
  const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
  for (const row of rows) {
    const verdict = row.met === undefined ? "" : row.met ? "met" : "**missed**";
    lines.push(
      `| ${row.figure} | ${row.contender} / ${row.baseline} | ${row.ratio.median.toFixed(2)}× | ${row.ratio.q1.toFixed(2)}–${row.ratio.q3.toFixed(2)} | ` +
        `${row.display ?? `${ms(row.contenderMs)} / ${ms(row.baselineMs)} ms`} | ${row.goal} | ${verdict}${row.note ? ` ${row.note}` : ""} |`,
    );
  }
  return lines.join("\n");
}

function machine(options: BenchOptions): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu} (${cpus().length} cores), ${options.rounds} rounds`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const wanted = (figure: Figure) => options.figures.includes(figure);
  const server = await startServer();
  try {
    if (wanted("latency")) await latency(server.url, options);
    if (wanted("validation")) await validation(server.url, options);
    if (wanted("narrowing")) await narrowing(server.url, options);
    if (wanted("paging")) await paging(server.url, options);
  } finally {
    server.stop();
  }
  if (wanted("typecheck")) await typeCheck(options);
  if (wanted("fleet")) await (await import("./bench/fleet.ts")).benchFleet();
  const output = `${table()}\n\n_${machine(options)}._`;
  console.log(`\n${output}`);
  const withGoal = rows.filter((row) => row.met !== undefined);
  console.log("\nGoals:");
  for (const row of withGoal)
    console.log(
      `  ${row.met ? "met   " : "MISSED"} ${row.figure} (${row.contender} / ${row.baseline}): ${row.ratio.median.toFixed(2)}×, goal ${row.goal}`,
    );
  const missed = withGoal.filter((row) => row.met === false);
  if (options.contributing) writeTable(output, missed);
}

function writeTable(output: string, missed: Row[]): void {
  const doc = join(root, "CONTRIBUTING.md");
  const text = readFileSync(doc, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`CONTRIBUTING.md has no ${start} … ${end} block`);
  const verdict =
    missed.length === 0
      ? "Every goal is met in this run."
      : `Missed in this run: ${missed.map((row) => `${row.figure} (${row.contender} / ${row.baseline}: ${row.ratio.median.toFixed(2)}×, goal ${row.goal})`).join("; ")}.`;
  writeFileSync(doc, `${text.slice(0, from + start.length)}\n${output}\n\n${verdict}\n${text.slice(to)}`);
  console.log("CONTRIBUTING.md updated");
}

await main();
