// A newer release of the vendor's schemas, made from the pinned one: a copy of its installed package with a few
// changes to its built code, packed as a .tgz the way npm publishes it. Each change must apply to every build of the
// module (CommonJS dev and prod, ESM), so a layout that moves makes the test fail here, by name, not downstream.
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What the made release changes, as the spec will see it. */
export const MADE = {
  version: "2.223.0",
  /** A new KYC step type (Synaps `StepTypes`, behind `SynapsStepEvent.type`). */
  stepType: "VIDEO_IDENT",
  /** A new rule-result status (`RuleResultStatuses`): the value that hand-written lists of statuses must survive. */
  ruleStatus: "pending",
  /** A timeframe the release drops (`TIMEFRAME`): kept in the spec, listed as no longer in the release. */
  removedTimeframe: "yearly",
  /** A new member of the vault's `Customer.duplicates`, hence a new vault path. */
  vaultPath: "Customer/duplicates/reviewedDuplicates",
} as const;

interface Patch {
  what: string;
  /** The chunk's file name starts with this (the hash after it changes between releases). */
  chunk: string;
  from: string;
  to: string;
}

const PATCHES: Patch[] = [
  {
    what: "a new KYC step type",
    chunk: "notabene.schema-",
    from: 'var StepTypes = ["ID_DOCUMENT", "LIVENESS", "PROOF_OF_ADDRESS", "PHONE", "EMAIL"];',
    to: `var StepTypes = ["ID_DOCUMENT", "LIVENESS", "PROOF_OF_ADDRESS", "PHONE", "EMAIL", "${MADE.stepType}"];`,
  },
  {
    what: "a new rule-result status",
    chunk: "identity-api.schema-",
    from: 'var RuleResultStatuses = ["valid", "not-valid", "skipped", "error", "unknown"];',
    to: `var RuleResultStatuses = ["valid", "not-valid", "skipped", "error", "unknown", "${MADE.ruleStatus}"];`,
  },
  {
    what: "a removed timeframe",
    chunk: "identity-api.schema-",
    from: 'var TIMEFRAME = ["daily", "weekly", "monthly", "yearly"];',
    to: 'var TIMEFRAME = ["daily", "weekly", "monthly"];',
  },
  {
    what: "a new vault path",
    chunk: "vault.schema-",
    from: "detectedDuplicates: DetectedDuplicates.array().optional()",
    to: "detectedDuplicates: DetectedDuplicates.array().optional(),\n    reviewedDuplicates: DetectedDuplicates.array().optional()",
  },
];

/** Packs a changed copy of the installed package at `pinned` into `outDir`; returns the tarball's path. */
export function makeRelease(pinned: string, workDir: string, outDir: string): string {
  const copy = join(workDir, "package");
  cpSync(pinned, copy, { recursive: true, filter: (path) => !path.slice(pinned.length).includes("node_modules") });
  const dist = join(copy, "dist");
  for (const patch of PATCHES) {
    const files = readdirSync(dist).filter((name) => name.startsWith(patch.chunk) && /\.(c|m)js$/.test(name));
    if (files.length !== 3)
      throw new Error(`${patch.what}: expected 3 builds of ${patch.chunk}*, found ${files.length}`);
    for (const name of files) {
      const text = readFileSync(join(dist, name), "utf8");
      if (text.split(patch.from).length !== 2)
        throw new Error(`${patch.what}: ${name} does not hold ${patch.from} once`);
      writeFileSync(join(dist, name), text.replace(patch.from, patch.to));
    }
  }
  const manifestPath = join(copy, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: MADE.version }, null, 2));
  const file = execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", outDir, "--loglevel=error"], {
    cwd: copy,
    encoding: "utf8",
  })
    .trim()
    .split("\n")
    .at(-1);
  return join(outDir, file ?? "");
}
