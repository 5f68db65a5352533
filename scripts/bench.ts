// `npm run bench`: every figure is a ratio of contenders measured side by side in this run, interleaved round by
// round (the order rotates each round), ≥ 30 rounds, median and quartiles printed, each goal printed as met or missed
// with its figure. Pages come from a local HTTP server in its own process. `--rounds N` changes the round count,
// `--only latency,validation,narrowing,paging,typecheck,proxy,fleet,export` runs some figures, `--contributing` writes the table into
// CONTRIBUTING.md. One file per figure under scripts/bench/, the statistics in scripts/bench/stats.ts.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { replaceMarkedBlock } from "./markdown.ts";
import { latency } from "./bench/latency.ts";
import { narrowing } from "./bench/narrowing.ts";
import { paging } from "./bench/paging.ts";
import { figures, machine, rows, table, type BenchOptions, type Figure, type Row } from "./bench/stats.ts";
import { typeCheck } from "./bench/typecheck.ts";
import { validation } from "./bench/validation.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

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
  // The proxy's big page (issue 18), the fleet on one Redis budget (issue 15) and the export command (issue 16) print
  // tables of their own: each runs as its own process, compiled or bundled by its own file.
  for (const figure of ["proxy", "fleet", "export"] as const)
    if (wanted(figure)) await runStandalone(`scripts/bench/${figure}.ts`);
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

function runStandalone(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(root, file)], { cwd: root, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited with ${code}`))));
  });
}

function writeTable(output: string, missed: Row[]): void {
  const verdict =
    missed.length === 0
      ? "Every goal is met in this run."
      : `Missed in this run: ${missed.map((row) => `${row.figure} (${row.contender} / ${row.baseline}: ${row.ratio.median.toFixed(2)}×, goal ${row.goal})`).join("; ")}.`;
  replaceMarkedBlock(join(root, "CONTRIBUTING.md"), "bench", `${output}\n\n${verdict}`);
  console.log("CONTRIBUTING.md updated");
}

await main();
