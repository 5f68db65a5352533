// Moving the newest pin of upstream/package.json to a release: the alias is named after the version (`s223` for
// 2.223.0, `s223-1` for 2.223.1), the older pins stay, and `npm install` brings the lockfile along.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newestPin, pinnedVersions, type UpstreamLock } from "../spec-upstream.ts";

type Manifest = { dependencies?: Record<string, string> } & Record<string, unknown>;

/** The alias a version is pinned under: `s` and the minor version, then `-patch` and the prerelease when present. */
export function aliasFor(version: string): string {
  const [, minor = "0", patch = "0", rest] = /^\d+\.(\d+)\.(\d+)(.*)$/.exec(version) ?? [];
  const suffix = [patch === "0" ? "" : patch, (rest ?? "").replace(/[^0-9A-Za-z]+/g, "")].filter(Boolean).join("-");
  return suffix ? `s${minor}-${suffix}` : `s${minor}`;
}

/** The manifest with its newest pin replaced by `spec` under the release's alias; dependencies stay sorted. */
export function movePin(manifest: Manifest, lock: UpstreamLock, version: string, spec: string): Manifest {
  const newest = newestPin(pinnedVersions(manifest, lock));
  const dependencies = { ...manifest.dependencies };
  if (newest) delete dependencies[newest.alias];
  dependencies[aliasFor(version)] = spec;
  const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  return { ...manifest, dependencies: sorted };
}

/** Writes the moved pin into `upstreamDir` and installs it there (scripts off), which rewrites the lockfile. */
export function writePin(upstreamDir: string, version: string, spec: string): void {
  const read = (name: string) => JSON.parse(readFileSync(join(upstreamDir, name), "utf8")) as unknown;
  const manifest = movePin(read("package.json") as Manifest, read("package-lock.json") as UpstreamLock, version, spec);
  writeFileSync(join(upstreamDir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  execFileSync(
    "npm",
    ["install", "--prefix", upstreamDir, "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
}
