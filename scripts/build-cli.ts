// Compiles the export command (src/cli/main.ts) to one ES module with esbuild, its dependencies left to node_modules:
// the tests and the benchmark run compiled code, as `npx compilot-activity-logs` does, without a full `npm run build`.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Writes the compiled command to `outfile` (inside the repository, so its imports resolve from node_modules). */
export async function buildCli(outfile: string): Promise<string> {
  mkdirSync(dirname(outfile), { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["src/cli/main.ts"],
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "warning",
  });
  return outfile;
}
