// Brings the spec up to a release of the vendor's schemas (`@nexeraid/identity-schemas`): the values it gives that the
// spec lacks, in every enum marked `x-reconstruction-upstream`, and the vault paths its generator gives that
// `KnownVaultPath` lacks, are added with the release as their source; values it no longer gives are kept.
//
//   npm run spec:update -- --schemas <version | latest | path/to/release.tgz>
//       installs the release into a temporary folder (install scripts off); when it adds something, writes openapi/,
//       regenerates generated/, moves upstream/'s newest pin to it (package.json, lockfile, vault-paths.json), adds
//       the entry to CHANGELOG.md under "Unreleased" and prints the Markdown summary (a pull request's body) on stdout
//   npm run spec:update -- --schemas <…> --check
//       changes nothing: prints what the spec lacks
//
// Exit codes: 0 the spec is current (no file touched) or was updated; 1 with --check, the spec lacks values;
// 2 the release cannot be installed or read (or the update failed), never "current".
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as prettier from "prettier";
import { ROOT, SPEC_URL } from "./generated-file.ts";
import { isMain } from "./is-main.ts";
import {
  installUpstream,
  loadHarness,
  loadUpstreamManifest,
  newestPin,
  pinnedVersions,
  upstreamDir,
} from "./spec-upstream.ts";
import { enumChanges, writeEnumAdditions, type EnumChange, type VendorEntries } from "./spec-update/enums.ts";
import { writePin } from "./spec-update/pin.ts";
import { installRelease, RELEASE_ALIAS, ReleaseError, type Release } from "./spec-update/release.ts";
import { addToChangelog, changelogEntry, isCurrent, summary, type Update } from "./spec-update/summary.ts";
import {
  knownVaultPaths,
  loadSpec,
  missingVaultPaths,
  SNAPSHOT_URL,
  snapshotText,
  writeVaultPaths,
} from "./vault-paths.ts";

/** The `KnownVaultPath` change of a release: the generator's paths the enum lacks, and additions it no longer gives. */
export function vaultPathChange(spec: Record<string, unknown>, paths: string[]): EnumChange {
  const { added, kept } = knownVaultPaths(spec);
  const given = new Set(paths);
  return {
    schema: "KnownVaultPath",
    refs: ["generateZodObjectPaths(VaultZodSchema)"],
    added: missingVaultPaths(spec, paths),
    removed: [...added, ...kept].filter((path) => !given.has(path)),
  };
}

function read<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ReleaseError) throw error;
    throw new ReleaseError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function formatted(url: URL, text: string): Promise<string> {
  return prettier.format(text, { ...(await prettier.resolveConfig(url)), filepath: url.pathname });
}

async function apply(update: Update, release: Release, paths: string[]): Promise<void> {
  const { version, previous, changes } = update;
  // KnownVaultPath's additions are the newest release's generator list and the kept paths: writeVaultPaths writes them.
  const enums = changes.filter((change) => change.schema !== "KnownVaultPath");
  const enumText = writeEnumAdditions(readFileSync(SPEC_URL, "utf8"), enums, version, previous);
  writeFileSync(SPEC_URL, await writeVaultPaths(enumText, { version, paths }, { keep: true }));
  writeFileSync(SNAPSHOT_URL, await snapshotText({ version, paths }));
  writePin(upstreamDir, version, release.pin(upstreamDir));
  execFileSync("npm", ["run", "--silent", "generate"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const changelogUrl = new URL("../CHANGELOG.md", import.meta.url);
  const changelog = addToChangelog(readFileSync(changelogUrl, "utf8"), changelogEntry(update));
  writeFileSync(changelogUrl, await formatted(changelogUrl, changelog));
}

/** Runs the update; returns the exit code. */
export async function specUpdate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { schemas: { type: "string" }, check: { type: "boolean", default: false } },
  });
  const release = installRelease(values.schemas);
  try {
    const { manifest, lock } = loadUpstreamManifest();
    const pins = pinnedVersions(manifest, lock);
    installUpstream(pins);
    const harness = await loadHarness();
    const previous = newestPin(pins)?.version;
    const vendor = read(`cannot load ${release.version}`, () => harness.loadVendor(release.manifest, RELEASE_ALIAS));
    const paths = read(`cannot read ${release.version}'s vault paths`, () => harness.vaultPaths(vendor));
    const spec = loadSpec();
    const changes = read(`cannot read ${release.version}'s enums`, () => [
      ...enumChanges(spec, vendor as VendorEntries),
      vaultPathChange(spec, paths),
    ]);
    const update: Update = { version: release.version, previous, changes };
    if (isCurrent(update)) {
      console.log(summary(update));
      return 0;
    }
    if (values.check) {
      console.log(summary(update, { check: true }));
      return 1;
    }
    if (
      previous !== undefined &&
      previous !== release.version &&
      newestPin([{ version: release.version }, { version: previous }])?.version === previous
    )
      throw new ReleaseError(
        `${release.version} is older than the newest pin (${previous}): spec:update only moves forward`,
      );
    await apply(update, release, paths);
    console.log(summary(update));
    return 0;
  } finally {
    release.remove();
  }
}

if (isMain(import.meta.url)) {
  specUpdate(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof ReleaseError ? `spec:update: ${error.message}` : error);
      process.exit(2);
    },
  );
}
