// A release of the vendor's schemas package, installed into a temporary folder for `npm run spec:update`: a version
// from the registry (`2.223.0`), the newest one (`latest`), or a packed tarball (`path/to/release.tgz`). Install
// scripts stay off: the package is data to read, and its code runs only when the update loads it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { VENDOR } from "../vault-paths.ts";

/** The alias the release is installed under in its temporary folder. */
export const RELEASE_ALIAS = "release";

/** A failure to install or read a release: `npm run spec:update` exits 2, never "current". */
export class ReleaseError extends Error {
  override name = "ReleaseError";
}

/** An installed release. */
export interface Release {
  /** The release's version, from its own package.json. */
  version: string;
  /** The package.json of the temporary folder it is installed in (`loadVendor(manifest, RELEASE_ALIAS)`). */
  manifest: string;
  /** What upstream/package.json pins it as: `npm:@nexeraid/identity-schemas@<version>` or `file:<tarball>`. */
  pin(upstreamDir: string): string;
  /** Deletes the temporary folder. */
  remove(): void;
}

const VERSION = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

function npm(args: string[], cwd?: string): string {
  return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function failure(what: string, error: unknown): ReleaseError {
  const stderr = (error as { stderr?: unknown }).stderr;
  const detail = typeof stderr === "string" && stderr.trim() ? stderr.trim() : String(error);
  return new ReleaseError(`${what}: ${detail.split("\n").slice(-6).join("\n")}`);
}

/** What `--schemas` names: a version, `latest`, or a tarball (anything ending in `.tgz`). */
export function parseSchemasOption(value: string | undefined): { kind: "version" | "tarball"; value: string } {
  if (!value) throw new ReleaseError("--schemas is required: a version, latest, or a path to a .tgz");
  if (value.endsWith(".tgz")) return { kind: "tarball", value: resolve(value) };
  if (value === "latest" || VERSION.test(value)) return { kind: "version", value };
  throw new ReleaseError(`--schemas ${value}: not a version (2.223.0), latest, or a path to a .tgz`);
}

/** Installs the release `--schemas` names into a new temporary folder, with install scripts off. */
export function installRelease(option: string | undefined): Release {
  const source = parseSchemasOption(option);
  if (source.kind === "tarball" && !existsSync(source.value))
    throw new ReleaseError(`--schemas ${source.value}: no such file`);
  let version = source.value;
  if (source.value === "latest") {
    try {
      version = npm(["view", VENDOR, "version"]);
    } catch (error) {
      throw failure(`cannot ask the registry for the newest ${VENDOR}`, error);
    }
  }
  const spec = source.kind === "tarball" ? `file:${source.value}` : `npm:${VENDOR}@${version}`;
  const dir = mkdtempSync(join(tmpdir(), "spec-update-"));
  const manifest = join(dir, "package.json");
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    writeFileSync(manifest, JSON.stringify({ private: true, dependencies: { [RELEASE_ALIAS]: spec } }));
    npm(["install", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], dir);
  } catch (error) {
    remove();
    throw failure(`cannot install ${spec}`, error);
  }
  let installed: { name?: string; version?: string };
  try {
    const path = join(dir, "node_modules", RELEASE_ALIAS, "package.json");
    installed = JSON.parse(readFileSync(path, "utf8")) as typeof installed;
  } catch (error) {
    remove();
    throw failure(`cannot read the installed ${spec}`, error);
  }
  if (installed.name !== VENDOR || !installed.version || !VERSION.test(installed.version)) {
    remove();
    throw new ReleaseError(`${spec} is no release of ${VENDOR} (name ${installed.name}, version ${installed.version})`);
  }
  const installedVersion = installed.version;
  return {
    version: installedVersion,
    manifest,
    pin: (upstreamDir) => {
      if (source.kind === "version") return `npm:${VENDOR}@${installedVersion}`;
      const path = relative(upstreamDir, source.value);
      return `file:${isAbsolute(path) ? path : path.split("\\").join("/")}`;
    },
    remove,
  };
}
