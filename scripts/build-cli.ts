// Compiles the export command (src/cli/main.ts): the tests and the benchmark run compiled code, as
// `npx compilot-activity-logs` does, without a full `npm run build`.
import { compileForNode } from "./compile.ts";

/** Writes the compiled command to `outfile` (inside the repository, so its imports resolve from node_modules). */
export function buildCli(outfile: string): Promise<string> {
  return compileForNode("src/cli/main.ts", outfile);
}
