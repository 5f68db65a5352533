// Validation: `validate: "strict"` against `"off"` on a 2 MB page; `"warn"` on valid and all-invalid pages.
import { createActivityLogsClient } from "../../src/index.ts";
import { VALIDATION_PAGE_LOGS } from "./pages.ts";
import { addRow, interleave, type BenchOptions } from "./stats.ts";

/** Runs the validation figure against the bench server at `baseUrl`. */
export async function validation(baseUrl: string, options: BenchOptions): Promise<void> {
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
      // An all-invalid page costs seconds per call in warn mode (docs/decisions/validation.md): a few rounds show it.
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
