// Compiles a TypeScript entry (and the src/ it imports) to one ES module for Node with esbuild, its dependencies left to
// node_modules: benchmarks and the command's tests run compiled code, as a user's build would (tsx wraps every
// closure in a keep-names helper and starts slower in each process).
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Writes `entry` (relative to the repository) compiled to `outfile`, inside the repository so its imports resolve. */
export async function compileForNode(entry: string, outfile: string): Promise<string> {
  mkdirSync(dirname(outfile), { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
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
