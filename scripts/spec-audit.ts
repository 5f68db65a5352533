// Seed-coverage and drift audit: does the spec say everything the vendor's docs page says, at the same place?
//
//   npm run spec:audit                 audits openapi/seed-docs-page.txt (the spec's provenance): must be 100%
//   npm run spec:audit -- <file>       audits any later text copy of the docs page against the spec
//
// Prints the coverage and its misses, what appeared (in the file, not in the spec) or disappeared (in the spec, not
// in the file), and the spec's confirmed additions (x-reconstruction: confirmed), which are no difference.
// Exit code: 0 when the file and the spec agree item for item, 1 when anything differs (a consumer's CI can watch
// for vendor drift with it), 2 when the file cannot be read.
// The parts: scripts/seed-parse.ts (the page), spec-audit/project.ts (the spec as the page would show it),
// spec-audit/align.ts (the two in document order), spec-audit/report.ts (coverage, drift, additions).
import type { DocsPage } from "./seed-parse.ts";
import { isMain } from "./is-main.ts";
import {
  compare,
  coverage,
  formatAdditions,
  formatCoverage,
  formatDrift,
  loadPage,
  loadSpec,
  SEED_PATH,
} from "./spec-audit/report.ts";

/** CLI entry: audits the file named on the command line (default: the provenance copy); returns the exit code. */
export function main(argv: string[]): number {
  const file = argv[0];
  let page: DocsPage;
  try {
    page = loadPage(file ?? SEED_PATH);
  } catch (error) {
    console.error(`spec-audit: cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const spec = loadSpec();
  const result = coverage(page, spec);
  const { differences, additions } = compare(page, spec);
  console.log(formatCoverage(file ? "docs page" : "seed", result));
  console.log(formatDrift(differences));
  console.log(formatAdditions(additions));
  return result.matched === result.total && differences.length === 0 ? 0 : 1;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
