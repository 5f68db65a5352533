// Build: ESM + CommonJS with a declaration file per format (dist/*.mjs|.cjs|.d.mts|.d.cts) for each entry.
// tsdown 0.21 is the last line that runs on Node 20 (later ones need Node 22).
import { defineConfig, type UserConfig } from "tsdown";
import { bundledLicenses } from "./scripts/bundled-licenses.ts";

type Plugin = Extract<NonNullable<UserConfig["plugins"]>, { name: string }>;

// In a `"type": "module"` package, rolldown's CommonJS output wraps an external `require()` with Node's ESM interop
// (`__toESM(mod, 1)`): `default` becomes the whole `module.exports`, so openapi-fetch's `exports.default` (its
// `createClient`, with `__esModule` set) is lost and `require("compilot-activity-logs")` crashes on the first call.
// https://github.com/rolldown/rolldown/issues/10800, https://github.com/rolldown/tsdown/issues/1054
// A `.cjs` file is loaded by `require`, so honouring `__esModule` (Babel/TypeScript interop) is the right semantics.
const cjsRequireInterop: Plugin = {
  name: "cjs-require-interop",
  renderChunk(code, _chunk, options) {
    if (options.format !== "cjs") return null;
    const fixed = code.replace(/\b__toESM\((\w+), 1\)/g, "__toESM($1)");
    return fixed === code ? null : { code: fixed, map: null };
  },
};

const library: UserConfig = {
  entry: {
    index: "src/index.ts",
    validate: "src/validate.ts",
    mock: "src/mock.ts",
    msw: "src/msw.ts",
    server: "src/server.ts",
    query: "src/query.ts",
    redis: "src/redis.ts",
  },
  format: ["esm", "cjs"],
  // The package runs in browsers as well as Node: nothing platform-specific may be injected.
  platform: "neutral",
  target: "es2022",
  fixedExtension: true,
  // Shared chunks get stable names, so a diff of dist/ between builds stays readable.
  hash: false,
  // The declarations inline generated/*.d.ts: consumers never see a path into generated/.
  dts: true,
  // ioredis (a type only, the user's client) and rate-limiter-flexible (optional peers) stay out of every chunk: ./redis
  // imports them.
  deps: { neverBundle: ["openapi-fetch", /^msw(\/|$)/, /^@tanstack\//, "ioredis", "rate-limiter-flexible"] },
  plugins: [cjsRequireInterop],
  // rolldown's CommonJS helpers get a chunk of their own; otherwise they live in index.cjs, which then exports
  // `__toESM` and is required by msw.cjs just for them.
  // The factories, shared by ./mock and ./msw, get a chunk named after them (and one for their declarations, named
  // `….d` as rolldown-plugin-dts names them): left unnamed, rolldown calls that chunk `mock` too, and the declaration
  // build then writes the chunk's declarations as dist/mock.d.mts and the entry's as dist/mock2.d.mts.
  outputOptions: {
    codeSplitting: {
      groups: [
        { name: "runtime", test: /rolldown[\\/]runtime/ },
        { name: "factories", test: /src[\\/]mock[\\/]factories\.ts$/ },
        { name: "factories.d", test: /src[\\/]mock[\\/]factories\.d\.ts$/ },
        // A group takes its modules' imports along: the model's declarations keep their own chunk, as without groups.
        {
          name: "types.d",
          test: /(generated[\\/]compilot-activity-logs|src[\\/]model[\\/]types)\.d\.ts$/,
          priority: 1,
        },
      ],
    },
  },
  checks: { pluginTimings: false },
  sourcemap: false,
  clean: true,
  treeshake: true,
};

// The `compilot-activity-logs` command (package.json `bin`): a build of its own, for Node only, so the library entries
// above keep their chunks (nothing of the command is shared into them) and its copy of the client's validators chunk
// lands in dist/cli/, not over dist/validate.mjs. Its libraries (argument parsing: dev dependencies) are
// bundled into it, so a frontend that installs the package installs openapi-fetch alone; their licences go to
// dist/cli/THIRD-PARTY-LICENSES.md. openapi-fetch stays a dependency; ioredis and rate-limiter-flexible, optional peers,
// load only for --redis (docs/decisions/redis-library.md).
const cli: UserConfig = {
  entry: { index: "src/cli/main.ts" },
  outDir: "dist/cli",
  format: ["esm"],
  platform: "node",
  target: "node20",
  fixedExtension: true,
  hash: false,
  dts: false,
  banner: "#!/usr/bin/env node\n// Bundles third-party code: see THIRD-PARTY-LICENSES.md beside this file.",
  deps: { neverBundle: ["openapi-fetch", "ioredis", "rate-limiter-flexible"], onlyBundle: false },
  plugins: [bundledLicenses()],
  checks: { pluginTimings: false },
  sourcemap: false,
  clean: true,
  treeshake: true,
};

export default defineConfig([library, cli]);
