// `npm run bench` entry: compiles scripts/bench.ts (and the src/ it imports) with esbuild as a user's build would, then
// runs it on plain Node. Run through tsx directly, every arrow function created at run time is wrapped in tsx's
// keep-names helper (an Object.defineProperty per closure), so inline matcher handlers would make the benchmark
// measure tsx (docs/decisions/bench-method.md).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { compileForNode } from "./compile.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
// Inside the repo (one level down, as scripts/ is), so bench.ts finds the repo root and node_modules as it does from scripts/.
const outfile = `${root}.bench/bench.mjs`;
await compileForNode("scripts/bench.ts", outfile);
const { status } = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(status ?? 1);
