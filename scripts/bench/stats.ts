// The benchmarks' shared statistics: contenders timed side by side, round by round with the order rotating; per-round
// ratios summed up by median and quartiles; the rows of the results table, and the table itself.
import { cpus } from "node:os";

/** Rounds before the measured ones. */
export const WARMUP = 5;

/** The figures, in the order they run. */
export const figures = [
  "latency",
  "validation",
  "narrowing",
  "paging",
  "typecheck",
  "proxy",
  "fleet",
  "export",
] as const;
/** One figure (one file of scripts/bench/). */
export type Figure = (typeof figures)[number];

/** The command line, read by scripts/bench.ts. */
export interface BenchOptions {
  rounds: number;
  /** Latency's round count: its goal's margin is small next to the spread of single rounds, so it needs more. */
  latencyRounds: number;
  figures: readonly Figure[];
  contributing: boolean;
}

/** Median and quartiles of a sample. */
export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

/** The quartiles of `values`, interpolated. */
export function quartiles(values: number[]): Quartiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const index = (sorted.length - 1) * p;
    const low = Math.floor(index);
    const high = Math.ceil(index);
    return (sorted[low] ?? NaN) + ((sorted[high] ?? NaN) - (sorted[low] ?? NaN)) * (index - low);
  };
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}

/** One of the things timed side by side. */
export interface Contender {
  name: string;
  /** One sample: the work whose duration is measured. */
  run: () => Promise<unknown> | unknown;
}

/** Times each contender once per round, rotating the order; returns each contender's samples (ms). */
export async function interleave(
  contenders: Contender[],
  rounds: number,
  warmup = WARMUP,
  /** When given, also gets each contender's CPU time of this process (user + system, ms) per round. */
  cpu?: number[][],
): Promise<number[][]> {
  const samples = contenders.map(() => [] as number[]);
  for (let round = -warmup; round < rounds; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const index = (k + Math.max(round, 0)) % contenders.length;
      const contender = contenders[index];
      if (contender === undefined) continue;
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      await contender.run();
      const elapsed = performance.now() - started;
      const { user, system } = process.cpuUsage(cpuStarted);
      if (round >= 0) {
        samples[index]?.push(elapsed);
        if (cpu) (cpu[index] ??= []).push((user + system) / 1000);
      }
    }
  }
  return samples;
}

/** One row of the results table. */
export interface Row {
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

/** Every row added in this run, in order. */
export const rows: Row[] = [];

/** A figure's goal: its text and the test of the ratio's quartiles. */
export interface Goal {
  text: string;
  met: (ratio: Quartiles) => boolean;
}

/** What a row is made of: two sets of samples taken side by side, round by round. */
export interface RowInput {
  figure: string;
  contender: string;
  baseline: string;
  contenderSamples: number[];
  baselineSamples: number[];
  goal?: Goal;
  note?: string;
  display?: string;
}

/** Adds a row of `contenderSamples / baselineSamples`, round by round, and prints it. */
export function addRow(input: RowInput): Row {
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

/** The results table (Markdown). */
export function table(): string {
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

/** The date, Node version and machine of this run. */
export function machine(options: BenchOptions): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu} (${cpus().length} cores), ${options.rounds} rounds`;
}
