// Bundle size of every entry as a browser app would ship it: esbuild, minified, ESM, gzip -9. Works from src/ (no build
// needed). `npm run size` prints the table; test/budget.test.ts holds the core entry to its budget.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { isMain } from "./is-main.ts";
import { replaceMarkedBlock } from "./markdown.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * The ceiling of the core entry (client, guards, matchers, errors, with openapi-fetch), enforced on every run. A guard
 * against bloat, not a goal: no change trades a type, a name or plain control flow for bytes (issue 22). The product's
 * ceiling is 10 KB (10,240 B); the features of issues 22-25 reach 10,686 B (tracing's glue included), so 10.5 KB is
 * enforced until that conflict is decided (docs/decisions/size-ceiling.md has the figures and the options).
 */
export const CORE_BUDGET_GZIP = 10_752;
/** The goal of the `./validate` entry, enforced: 8 KB gzip. */
export const VALIDATE_BUDGET_GZIP = 8192;
/** The budget of the `./mock` entry (the payload factories alone, no msw), enforced: 3 KB gzip. */
export const MOCK_BUDGET_GZIP = 3072;

/** Size of one bundled entry. */
export interface EntrySize {
  /** Export path (`.`, `./validate`, `./mock`, `./msw`) or a reference bundle. */
  name: string;
  /** What is in the bundle. */
  contents: string;
  /** Minified bytes of what loads first: the entry chunk and the chunks it imports statically. */
  minified: number;
  /** Gzip -9 bytes of those chunks (each compressed on its own, as served). */
  gzip: number;
  /** Gzip bytes of the chunks loaded only on demand (dynamic imports), 0 when there are none. */
  lazyGzip: number;
  /** How many chunks load first: 1 unless a module is shared with a lazy chunk (then split into a chunk of its own). */
  chunks: number;
  /** What each module adds to what loads first, largest first. */
  features: FeatureSize[];
}

/** What one source module (one feature) adds to the core entry chunk. */
export interface FeatureSize {
  /** Source path, or the package name for a dependency. */
  module: string;
  /** Minified bytes of the module in the entry chunk. */
  minified: number;
  /** Its share of the chunk's gzip bytes, in proportion to its minified bytes (gzip cannot be split exactly). */
  gzipShare: number;
}

interface Bundle {
  name: string;
  contents: string;
  entry: { file: string } | { source: string };
  external?: string[];
}

const bundles: Bundle[] = [
  {
    name: ".",
    contents: "client + guards + matchers + errors + openapi-fetch (validators load on demand)",
    entry: { file: "src/index.ts" },
  },
  { name: "./validate", contents: "strict validation (compiled validators)", entry: { file: "src/validate.ts" } },
  { name: "./mock", contents: "payload factories (no msw)", entry: { file: "src/mock.ts" } },
  {
    name: "./msw",
    contents: "msw kit (msw itself external: a peer)",
    entry: { file: "src/msw.ts" },
    external: ["msw", "msw/*"],
  },
  { name: "./server", contents: "same-origin proxy (server side)", entry: { file: "src/server.ts" } },
  {
    name: "./query",
    contents: "TanStack Query option factories (@tanstack/query-core: types only)",
    entry: { file: "src/query.ts" },
    external: ["@tanstack/*"],
  },
  {
    name: "./redis",
    contents: "shared rate limit on Redis (Node; ioredis and rate-limiter-flexible external)",
    entry: { file: "src/redis.ts" },
    external: ["ioredis", "rate-limiter-flexible"],
  },
  {
    name: "openapi-fetch",
    contents: "openapi-fetch alone, for reference",
    entry: { source: 'export { default } from "openapi-fetch";' },
  },
];

async function measure(bundle: Bundle): Promise<EntrySize> {
  const result = await esbuild.build({
    absWorkingDir: root,
    ...("file" in bundle.entry
      ? { entryPoints: [bundle.entry.file] }
      : {
          stdin: { contents: bundle.entry.source, resolveDir: root, sourcefile: "reference.ts", loader: "ts" as const },
        }),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    // Splitting keeps dynamically imported code (the validators) out of the entry chunk, as a browser app ships it.
    splitting: "file" in bundle.entry,
    outdir: "out",
    write: false,
    metafile: true,
    legalComments: "none",
    external: bundle.external ?? [],
    logLevel: "silent",
  });
  const outputs = result.metafile.outputs;
  // esbuild also marks a dynamically imported module as an entry point: the first chunk is the one of our entry.
  const entryPoint = "file" in bundle.entry ? bundle.entry.file : "reference.ts";
  const entryKey = Object.keys(outputs).find((k) => outputs[k]?.entryPoint === entryPoint);
  // What loads first: the entry chunk and every chunk it imports statically (code shared with a lazy chunk).
  const initial = new Set<string>();
  const visit = (key: string): void => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of outputs[key]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    }
  };
  if (entryKey !== undefined) visit(entryKey);
  let minified = 0;
  let gzip = 0;
  let lazyGzip = 0;
  for (const file of result.outputFiles) {
    const key = Object.keys(outputs).find((k) => file.path.endsWith(k));
    const zipped = gzipSync(file.contents, { level: 9 }).length;
    if (key !== undefined && initial.has(key)) {
      minified += file.contents.length;
      gzip += zipped;
    } else {
      lazyGzip += zipped;
    }
  }
  const features: FeatureSize[] = [];
  for (const key of initial) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[key]?.inputs ?? {})) {
      if (bytesInOutput === 0) continue;
      // A dependency by its package name, wherever its node_modules is (a linked one resolves outside the package).
      const module = input.replace(/^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, "$1");
      const found = features.find((f) => f.module === module);
      if (found) found.minified += bytesInOutput;
      else features.push({ module, minified: bytesInOutput, gzipShare: 0 });
    }
  }
  for (const f of features) f.gzipShare = Math.round((f.minified / minified) * gzip);
  features.sort((a, b) => b.minified - a.minified);
  return { name: bundle.name, contents: bundle.contents, minified, gzip, lazyGzip, chunks: initial.size, features };
}

/** Bundles and measures every entry and the openapi-fetch reference. */
export async function measureEntries(): Promise<EntrySize[]> {
  return Promise.all(bundles.map(measure));
}

/** Formats bytes as KB with one decimal (1 KB = 1024 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A markdown table of the sizes. */
export function sizeTable(sizes: EntrySize[]): string {
  const lines = ["| entry | contents | min | gzip | lazy chunks (gzip) |", "| --- | --- | ---: | ---: | ---: |"];
  for (const s of sizes) {
    lines.push(
      `| \`${s.name}\` | ${s.contents} | ${kb(s.minified)} | ${kb(s.gzip)} | ${s.lazyGzip === 0 ? "–" : kb(s.lazyGzip)} |`,
    );
  }
  return lines.join("\n");
}

/** A markdown table of what each module (one feature each) adds to the core entry. */
export function featureTable(sizes: EntrySize[]): string {
  const core = sizes.find((s) => s.name === ".");
  const lines = ["| core module | min | gzip share |", "| --- | ---: | ---: |"];
  for (const f of core?.features ?? []) lines.push(`| \`${f.module}\` | ${f.minified} B | ≈ ${f.gzipShare} B |`);
  return lines.join("\n");
}

/** One line on the core entry against its budget. */
export function budgetLine(sizes: EntrySize[]): string {
  const core = sizes.find((s) => s.name === ".");
  if (core === undefined) return "core entry not measured";
  const ceiling =
    core.gzip <= CORE_BUDGET_GZIP
      ? `under its ${kb(CORE_BUDGET_GZIP)} ceiling`
      : `**over its ${kb(CORE_BUDGET_GZIP)} ceiling**`;
  return `The core entry is ${kb(core.gzip)} gzip (${core.gzip} B), ${ceiling}.`;
}

// `npm run size` prints the table; `npm run size -- --readme` also writes it into README.md between the size markers.
if (isMain(import.meta.url)) {
  const sizes = await measureEntries();
  const output = `${sizeTable(sizes)}\n\n${budgetLine(sizes)}`;
  console.log(`${output}\n\n${featureTable(sizes)}`);
  if (process.argv.includes("--readme")) replaceMarkedBlock(`${root}README.md`, "size", output);
  if (sizes.some((s) => s.name === "." && s.gzip > CORE_BUDGET_GZIP)) process.exitCode = 1;
  if (sizes.some((s) => s.name === "./validate" && s.gzip > VALIDATE_BUDGET_GZIP)) process.exitCode = 1;
  if (sizes.some((s) => s.name === "./mock" && s.gzip > MOCK_BUDGET_GZIP)) process.exitCode = 1;
}
