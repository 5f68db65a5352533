// README examples: every ```ts/```tsx block of README.md type-checks against the package's sources (the package's
// entry points mapped to src/ with `paths`, under the strictest settings a user may have), and the blocks listed in
// RUNNABLE run as written against msw, their console output checked. Blocks are named after their heading.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import ts from "typescript";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActivityLogsResponse } from "../src/index.ts";
import { makeActivityLogsResponse, makeKycProviderEventLog, makeScenarioExecutionLog } from "../src/mock.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const contributing = readFileSync(new URL("../CONTRIBUTING.md", import.meta.url), "utf8");
const changelog = readFileSync(new URL("../CHANGELOG.md", import.meta.url), "utf8");
const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  scripts: Record<string, string>;
};

interface Block {
  /** Slug of the nearest heading, `-2`, `-3`… for later blocks under the same heading. */
  id: string;
  lang: "ts" | "tsx";
  code: string;
  /** 1-based line of the opening fence in README.md. */
  line: number;
}

function readmeBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const perHeading = new Map<string, number>();
  let heading = "top";
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const title = /^#{1,4} (.*)$/.exec(line)?.[1];
    if (title !== undefined) {
      heading = title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
      continue;
    }
    const fence = /^```(\w*)$/.exec(line);
    if (!fence) continue;
    const body: string[] = [];
    const start = i;
    for (i++; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i] ?? "");
    const lang = fence[1];
    if (lang !== "ts" && lang !== "tsx") continue;
    const n = (perHeading.get(heading) ?? 0) + 1;
    perHeading.set(heading, n);
    blocks.push({ id: n === 1 ? heading : `${heading}-${n}`, lang, code: `${body.join("\n")}\n`, line: start + 1 });
  }
  return blocks;
}

// Blocks that document a feature before it lands (empty when the README describes only what exists): each must still
// FAIL to compile, so the day it compiles this test says to remove it from here.
const PENDING = new Map<string, string>([]);

// Blocks not compiled, and why. Keep this short: every entry is an example nobody checks.
const NOT_COMPILED = new Map<string, string>([
  // The Next.js files import next/headers, server-only and the example's own modules: they are examples/nextjs's files
  // as written (test/readme-nextjs.test.ts), which `next build` type-checks (test/integration/nextjs.test.ts).
  ["next-js-app-router", "examples/nextjs/lib/server-client.ts, compiled by next build"],
  ["next-js-app-router-2", "examples/nextjs/app/page.tsx, compiled by next build"],
  ["next-js-app-router-3", "examples/nextjs/app/activity-logs.tsx, compiled by next build"],
]);

// The user's own modules the examples import: a session lookup and the keyless client of the browser section.
const userModules: Record<string, string> = {
  "session.ts": [
    "/** Your app's session lookup (a cookie, a JWT, …). */",
    "export async function getSession(request: Request): Promise<{ customerId: string } | null> {",
    '  return request.headers.get("x-test-customer") ? { customerId: request.headers.get("x-test-customer") ?? "" } : null;',
    "}",
    "",
  ].join("\n"),
  "client.ts": [
    'import { createActivityLogsClient } from "compilot-activity-logs";',
    'export const client = createActivityLogsClient({ baseUrl: "https://app.example/api/compilot" });',
    "",
  ].join("\n"),
};

// The package's entry points, as a user imports them, mapped to the sources.
const entries: Record<string, string> = {
  "compilot-activity-logs": "src/index.ts",
  "compilot-activity-logs/validate": "src/validate.ts",
  "compilot-activity-logs/mock": "src/mock.ts",
  "compilot-activity-logs/msw": "src/msw.ts",
  "compilot-activity-logs/server": "src/server.ts",
  "compilot-activity-logs/query": "src/query.ts",
  "compilot-activity-logs/redis": "src/redis.ts",
};

const blocks = readmeBlocks(readme);
const virtualDir = `${root}test/.readme/`;
const fileOf = (block: Block) => `${virtualDir}${block.id}.${block.lang}`;

/** Type-checks every block in one program; returns each block's diagnostics as text. */
function typeCheck(): Map<string, string[]> {
  const files = new Map<string, string>(blocks.map((block) => [fileOf(block), block.code]));
  for (const [name, text] of Object.entries(userModules)) files.set(`${virtualDir}${name}`, text);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    noEmit: true,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    jsx: ts.JsxEmit.ReactJSX,
    types: ["node"],
    typeRoots: [`${root}node_modules/@types`],
    paths: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, [`${root}${file}`]])),
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.directoryExists = (name) => `${name}/` === virtualDir || ts.sys.directoryExists(name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, language, ...rest)
      : ts.createSourceFile(name, text, language);
  };
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  const result = new Map<string, string[]>();
  for (const block of blocks) {
    const source = program.getSourceFile(fileOf(block));
    const diagnostics = source
      ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]
      : [];
    result.set(
      block.id,
      diagnostics.map((d) => {
        const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
        return `README.md:${block.line + 1 + at}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    );
  }
  return result;
}

describe("README examples", () => {
  let diagnostics = new Map<string, string[]>();
  beforeAll(() => {
    diagnostics = typeCheck();
  }, 180_000);

  it("has TypeScript blocks, each with a distinct name", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
  });

  it("names only existing blocks in its lists", () => {
    const ids = new Set(blocks.map((b) => b.id));
    const listed = [...PENDING.keys(), ...NOT_COMPILED.keys(), ...Object.keys(RUNNABLE), ...PENDING_RUN.keys()];
    expect(listed.filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const block of blocks) {
    if (NOT_COMPILED.has(block.id)) continue;
    const pending = PENDING.get(block.id);
    if (pending === undefined) {
      it(`type-checks the block "${block.id}" (README.md:${block.line})`, () => {
        expect(diagnostics.get(block.id)).toEqual([]);
      });
    } else {
      it(`still fails to type-check the pending block "${block.id}" (${pending}): remove it from PENDING once it compiles`, () => {
        expect(diagnostics.get(block.id)?.length ?? 0).toBeGreaterThan(0);
      });
    }
  }

  it("opens with the Node example: 5 to 20 lines that create a client, fetch a page and narrow its logs", () => {
    const node = blocks.find((b) => b.id === "node");
    const lines = node?.code.trim().split("\n") ?? [];
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(node?.code).toMatch(/createActivityLogsClient\(/);
    expect(node?.code).toMatch(/getActivityLogs\(/);
    expect(node?.code).toMatch(/match\w+\(log\b/);
  });

  it("names only npm scripts that exist, in the README and in CONTRIBUTING.md", () => {
    const named = [...`${readme}\n${contributing}`.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((m) => m[1] ?? "");
    expect(named).toEqual(expect.arrayContaining(["demo", "generate", "spec:audit"]));
    const missing = [...new Set(named.filter((name) => !(name in packageJson.scripts)))].sort();
    expect(missing).toEqual([]);
  });

  it("keeps the contract lines: npm install, npm run demo, npm test, and links CONTRIBUTING.md and CHANGELOG.md", () => {
    for (const line of [/^npm install$/m, /^npm run demo\b/m, /^npm test\b/m]) expect(readme).toMatch(line);
    expect(readme).toContain("](CONTRIBUTING.md)");
    expect(readme).toContain("](CHANGELOG.md)");
    expect(contributing).toMatch(/^## Changing the spec$/m);
    expect(contributing).toContain("npm run spec:upstream -- --latest");
    expect(changelog).toMatch(/^## Unreleased$/m);
    expect(changelog).toMatch(/ContractViolation\.body` is renamed `schema`/);
  });

  it("has the size and bench markers the scripts write between", () => {
    expect(readme.indexOf("<!-- size:start -->")).toBeLessThan(readme.indexOf("<!-- size:end -->"));
    expect(readme.indexOf("<!-- size:start -->")).toBeGreaterThan(-1);
    expect(contributing.indexOf("<!-- bench:start -->")).toBeGreaterThan(-1);
    expect(contributing.indexOf("<!-- bench:start -->")).toBeLessThan(contributing.indexOf("<!-- bench:end -->"));
  });

  it("keeps the key out of the browser: no apiKey next to a relative baseUrl, a warning about inlined env vars", () => {
    for (const block of blocks)
      if (/baseUrl: "\/api/.test(block.code)) expect(block.code, block.id).not.toMatch(/apiKey/);
    expect(readme).toMatch(/VITE_/);
    expect(readme).toMatch(/NEXT_PUBLIC_/);
    expect(readme).toMatch(/dangerouslyAllowBrowser/);
  });
});

const customerId = "7f9c0b2e-1d3a-4c5b-8e6f-0a1b2c3d4e5f";
const page = {
  totalCount: 2,
  customerId,
  activityLogs: [
    { data: { data: { sessionId: "ses_1" }, event: { status: "APPROVED", alias: "jane", sandbox: false } } },
    {
      data: {
        execution_status: "valid",
        executions: [{ rules: [{ status: "valid", rule_data: { attribute: "age", operator: "$gte", value: 18 } }] }],
      },
    },
  ],
} satisfies ActivityLogsResponse;

const newerPage = {
  ...page,
  customerId: "cus-1",
  totalCount: 1,
  activityLogs: [
    {
      data: {
        execution_status: "valid",
        executions: [{ rules: [{ status: "valid", rule_data: { attribute: "age", operator: "$bogus", value: 18 } }] }],
      },
    },
  ],
};

// KYC logs of every event variant (and a scenario log, which the KYC example filters out).
const kycPage = makeActivityLogsResponse(
  [
    makeKycProviderEventLog({ data: { event: { type: "LIVENESS", status: "REJECTED" } } }),
    makeScenarioExecutionLog(),
    makeKycProviderEventLog({ data: { event: { alias: "jane", status: "APPROVED" } } }),
    makeKycProviderEventLog({ data: { event: null } }),
  ],
  { customerId: "cus-kyc" },
);

const requests: Request[] = [];
const api = setupServer(
  http.get("https://api.compilot.ai/customers/:customerId/activity-logs", ({ request, params }) => {
    requests.push(request);
    if (params.customerId === customerId) return HttpResponse.json(page);
    // A page with a value the spec does not list: the matchers still route it, "warn" reports it.
    if (params.customerId === "cus-1") return HttpResponse.json(newerPage);
    if (params.customerId === "cus-kyc") return HttpResponse.json(kycPage);
    return HttpResponse.json({ message: "Customer not found", code: "NOT_FOUND" }, { status: 404 });
  }),
);

interface Run {
  /** Console lines the block prints, each the arguments of one console.log call. */
  logs: unknown[][];
  /** The same for console.warn. */
  warnings: unknown[][];
  /** What the API saw: path and query, Authorization. */
  requests: [string, string | null][];
  /** The block's own exports. */
  exports: Record<string, unknown>;
}

/** Writes the block with its package imports pointed at src/ and imports it; returns what it printed and sent. */
async function run(id: string): Promise<Run> {
  const block = blocks.find((b) => b.id === id);
  if (!block) throw new Error(`no README block "${id}"`);
  const dir = new URL("./.tmp/readme/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(userModules)) writeFileSync(new URL(name, dir), pointAtSources(text));
  const file = new URL(`${id}.${block.lang}`, dir);
  writeFileSync(file, pointAtSources(block.code));
  requests.length = 0;
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  try {
    const exports = (await import(/* @vite-ignore */ `${file.href}?t=${Date.now()}`)) as Record<string, unknown>;
    return {
      exports,
      logs: log.mock.calls,
      warnings: warn.mock.calls,
      requests: requests.map((r) => [new URL(r.url).pathname + new URL(r.url).search, r.headers.get("authorization")]),
    };
  } finally {
    log.mockRestore();
    warn.mockRestore();
  }
}

function pointAtSources(code: string): string {
  return code.replace(/from "(compilot-activity-logs[^"]*)"/g, (whole, name: string) => {
    const file = entries[name];
    return file ? `from "../../../${file}"` : whole;
  });
}

// Runnable blocks that document a feature before it lands: each must still fail to run (empty when all exist).
const PENDING_RUN = new Map<string, string>([]);

const sent = () => requests.map((r) => [r.headers.get("authorization"), r.headers.get("cookie")]);

const RUNNABLE: Record<string, (run: () => Promise<Run>) => Promise<void>> = {
  node: async (exec) => {
    const { logs, requests } = await exec();
    expect(logs).toEqual([["2 of 2 logs"], ["KYC", "APPROVED"], ["scenario", "valid"]]);
    expect(requests).toEqual([
      [`/customers/${customerId}/activity-logs?limit=20`, "Bearer sk_test_readme"],
      [`/customers/${customerId}/activity-logs?currentPage=1&limit=100`, "Bearer sk_test_readme"],
    ]);
  },
  errors: async (exec) => {
    const { logs, requests } = await exec();
    expect(logs).toEqual([["no such customer"]]);
    expect(requests).toEqual([["/customers/cus-unknown/activity-logs", "Bearer sk_test_readme"]]);
  },
  // The Next.js route handler: its GET, called the way Next.js calls it, reaches the API only for the visitor's own customer.
  "in-the-browser-a-proxy-on-your-server-a-client-without-a-key": async (exec) => {
    const { exports } = await exec();
    const GET = exports["GET"] as (request: Request) => Promise<Response>;
    const visitor = (id: string) =>
      new Request(`https://app.example/api/compilot/customers/${id}/activity-logs?limit=20`, {
        headers: { "x-test-customer": customerId, cookie: "session=visitor", authorization: "Bearer visitor" },
      });
    const own = await GET(visitor(customerId));
    expect([own.status, await own.json()]).toEqual([200, page]);
    expect(sent()).toEqual([["Bearer sk_test_readme", null]]);
    const other = await GET(visitor("someone-else"));
    expect(other.status).toBe(403);
    expect(JSON.stringify(await other.json())).not.toContain("sk_test_readme");
    expect(requests).toHaveLength(1);
  },
  // validate: "warn" hands over the data and reports the operator the spec does not list, naming the schema.
  "the-model-types-matchers-validation": async (exec) => {
    const { logs, warnings } = await exec();
    expect(logs).toEqual([[1]]);
    expect(warnings).toEqual([["ActivityLogsResponse", 1, expect.stringContaining('"$bogus"')]]);
  },
  // The KYC step's type, read through the matcher: one line per KYC log, whatever its event.
  "a-kyc-step-s-type-matchsynapsevent": async (exec) => {
    const { logs, requests } = await exec();
    expect(logs).toEqual([["step LIVENESS: REJECTED"], ["session jane: APPROVED"], ["no event"]]);
    expect(requests).toEqual([["/customers/cus-kyc/activity-logs", "Bearer sk_test_readme"]]);
  },
  // Tracing: the call's one attempt is a span of the provider registered after the client was made, the id out of url.full.
  tracing: async (exec) => {
    const { logs, requests } = await exec();
    expect(logs).toEqual([
      ["GET /customers/{customerId}/activity-logs", "https://api.compilot.ai/customers/{customerId}/activity-logs"],
      ["sync customer", ""],
    ]);
    expect(requests).toEqual([["/customers/cus-1/activity-logs", "Bearer sk_test_readme"]]);
  },
  "testing-your-app-the-msw-kit": async (exec) => {
    api.close(); // the block starts its own msw server
    try {
      const { logs } = await exec();
      expect(logs).toEqual([[2], ["ApiError"]]);
    } finally {
      api.listen({ onUnhandledRequest: "error" });
    }
  },
};

describe("README runnable examples", () => {
  beforeAll(() => api.listen({ onUnhandledRequest: "error" }));
  afterEach(() => vi.unstubAllEnvs());
  afterAll(() => api.close());

  for (const [id, check] of Object.entries(RUNNABLE)) {
    const pending = PENDING_RUN.get(id);
    it(`runs the block "${id}" as written${pending ? ` (pending: ${pending}; fails until it lands)` : ""}`, async () => {
      vi.stubEnv("COMPILOT_API_KEY", "sk_test_readme");
      if (pending === undefined) await check(() => run(id));
      else await expect(check(() => run(id))).rejects.toThrow();
    }, 60_000);
  }
});
