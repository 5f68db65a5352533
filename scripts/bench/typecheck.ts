// Type-check cost: `tsc --noEmit` of 50 narrowing sites against an empty file, over the built package's declarations.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { addRow, interleave, type BenchOptions } from "./stats.ts";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));

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

/** Runs the type-check figure. */
export async function typeCheck(options: BenchOptions): Promise<void> {
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
