// Packs the package once per run (`npm pack` runs `prepack`, i.e. the build) and installs the tarball into throwaway
// consumer projects under the OS temp dir: far from the repo, so nothing resolves from the repo's node_modules.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** The repository's own `tsc` (consumers are compiled with the TypeScript the repo pins). */
export const repoTsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");

/** Runs a command; rejects with its stdout and stderr in the message. */
export async function exec(
  file: string,
  args: string[],
  cwd: string,
  timeoutMs = 240_000,
): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(file, args, {
      cwd,
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: "1" },
    });
  } catch (error) {
    const e = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(" ")} failed in ${cwd}:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`, {
      cause: error,
    });
  }
}

/** Builds and packs the package into a fresh temp dir; returns the tarball's absolute path. */
export async function packTarball(): Promise<{ tarball: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "compilot-pack-"));
  await exec("npm", ["pack", "--pack-destination", dir, "--silent"], repoRoot);
  const file = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  if (file === undefined) throw new Error(`npm pack wrote no tarball into ${dir}`);
  return { tarball: join(dir, file), dir };
}

/** Copies a fixture project to a temp dir and installs the tarball (plus `extra` packages) into it; returns the dir. */
export async function installConsumer(fixtureDir: string, tarball: string, extra: string[] = []): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "compilot-consumer-"));
  cpSync(fixtureDir, dir, { recursive: true });
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  // openapi-fetch (and msw when asked) come from the npm cache or the registry: an install step, not test traffic.
  await exec(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", tarball, ...extra],
    dir,
  );
  return dir;
}

/** Removes a temp dir unless KEEP_CONSUMERS is set (to inspect a failure). */
export function removeTemp(dir: string): void {
  if (process.env["KEEP_CONSUMERS"] === undefined) rmSync(dir, { recursive: true, force: true });
}
