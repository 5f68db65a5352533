// What `npm run demo` prints on its embedded mock, checked once for the in-process run (test/demo.test.ts) and the
// child process (test/integration/demo-process.test.ts).
import { expect } from "vitest";
import { buildDemoHistory } from "../../scripts/demo-data.ts";

const kycLine =
  /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}KYC {2}(step [A-Z_]+ → [A-Z_]+|session → [A-Z_]+|no event)( \(sandbox\))?$/;
const scenarioLine =
  /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}SCENARIO {2}(\d+ rules?: \d+ [a-z -]+(, \d+ [a-z -]+)*( — .+)?|no rules ran.*)$/;

/** Asserts a whole demo run: exit 0, nothing on stderr, one timeline line per log, then the summary. */
export function expectDemoTimeline({ code, stdout, stderr }: { code: number | null; stdout: string; stderr: string }) {
  expect(code).toBe(0);
  expect(stderr).toBe("");
  const lines = stdout.split("\n");
  const timeline = lines.filter((line) => /^\d{4}-\d{2}-\d{2} /.test(line));
  expect(timeline).toHaveLength(buildDemoHistory().length);
  for (const line of timeline) expect(line).toSatisfy((l: string) => kycLine.test(l) || scenarioLine.test(l));
  expect(lines).toContain("2024-10-14 09:21  KYC  step LIVENESS → APPROVED (sandbox)");
  expect(lines).toContain(
    "2024-11-02 16:03  SCENARIO  3 rules: 2 valid, 1 not-valid — Customer/identityData/nationality $nin [PRK, IRN, SYR]",
  );
  expect(lines).toContain("2025-01-30 09:12  SCENARIO  2 rules: 1 valid, 1 skipped");
  expect(lines).toContain("2025-01-31 00:00  SCENARIO  no rules ran (skipped)");
  expect(stdout).toMatch(/^Summary: 62 logs$/m);
  expect(stdout).toMatch(/^ {2}KYC events {6}42 \(5 session, 36 step, 1 no event\)$/m);
  expect(stdout).toMatch(/^ {2}rules {11}51 valid, 4 not-valid, 1 error, 1 unknown, 1 skipped, 1 no status$/m);
  expect(stdout).toMatch(
    /^ {2}fetched {9}7 pages in \d+\.\d\d s from the embedded mock API at http:\/\/127\.0\.0\.1:\d+$/m,
  );
}
