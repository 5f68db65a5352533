// Is the module at `moduleUrl` the script Node was started with? (`tsx scripts/x.ts`, `node dist/x.mjs`, a symlink.)
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** `isMain(import.meta.url)` is true when that module is the entry point, not an import. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
