// `npm run spec:update` on a release we make (test/spec-update/made-release.ts: the newest pin with a new KYC step
// type, a new rule-result status, a dropped timeframe and a new vault path, packed as a .tgz). Everything runs in a
// copy of the repository (its tracked and unignored files, node_modules linked), made a git repository of its own so
// "touches nothing" is `git status`. Needs upstream/'s install (the registry), so .ci/run runs it beside
// `spec:upstream` (`npm run test:spec-update`), not in `npm test`.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { newestPin, pinnedVersions } from "../../scripts/spec-upstream.ts";
import { knownVaultPaths } from "../../scripts/vault-paths.ts";
import { MADE, makeRelease } from "./made-release.ts";

const checkout = fileURLToPath(new URL("../../", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "spec-update-test-"));
const repo = join(root, "repo");
let tarball = "";
let pinned = "";

type Json = Record<string, unknown>;
type Schema = { enum: string[]; "x-reconstruction-additions"?: Json[] };

const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid", ...args], {
    cwd: repo,
    encoding: "utf8",
  });
const status = () => git("status", "--porcelain", "--untracked-files=all");
const text = (path: string) => readFileSync(join(repo, path), "utf8");
const json = (path: string) => JSON.parse(text(path)) as Json;
const schemas = () =>
  (parse(text("openapi/compilot-activity-logs.yaml")) as { components: { schemas: Record<string, Schema> } }).components
    .schemas;

// A child process, awaited without blocking the test worker (vitest's own messages keep flowing).
function run(
  command: string,
  args: string[],
  cwd = repo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...env, FORCE_COLOR: "0" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const specUpdate = (...args: string[]) => run("npx", ["tsx", "scripts/spec-update.ts", ...args]);

// The package's validation, as a user of the given checkout gets it, on a page that uses the made release's values.
async function validationIssues(at: string): Promise<{ pointer: string }[]> {
  const page = {
    totalCount: 2,
    customerId: "3b241101-e2bb-4255-8caf-4136c566a962",
    activityLogs: [
      {
        data: {
          data: {},
          event: {
            status: "APPROVED",
            type: MADE.stepType,
            sandbox: false,
            metadata: {
              ip: "203.0.113.7",
              user_agent: "test",
              platform: "web",
              browser_name: "Firefox",
              browser_version: "140",
              device: "desktop",
              customer_language: "en",
            },
          },
        },
      },
      {
        data: {
          execution_status: MADE.ruleStatus,
          executions: [
            {
              scenarioStatus: MADE.ruleStatus,
              rules: [
                {
                  status: MADE.ruleStatus,
                  rule_data: {
                    attribute: { version: "v1", schema: "Customer", path: MADE.vaultPath },
                    operator: "$exists",
                    timeframe: MADE.removedTimeframe,
                  },
                },
              ],
            },
          ],
        },
      },
    ],
  };
  const script = join(root, `validate-${Math.random().toString(36).slice(2)}.mts`);
  writeFileSync(
    script,
    `import { checkActivityLogsResponse } from ${JSON.stringify(join(at, "src/validate.ts"))};\n` +
      `console.log(JSON.stringify(checkActivityLogsResponse(${JSON.stringify(page)})));\n`,
  );
  const { stdout } = await run("npx", ["tsx", script], at);
  return JSON.parse(stdout) as { pointer: string }[];
}

beforeAll(() => {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: checkout,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file && existsSync(join(checkout, file)));
  for (const file of files) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    cpSync(join(checkout, file), join(repo, file));
  }
  symlinkSync(join(checkout, "node_modules"), join(repo, "node_modules"), "dir");
  git("init", "--quiet");
  git("add", "-A");
  git("commit", "--quiet", "-m", "the checkout");
  // The pinned releases, installed in the copy (from the checkout's install when it has one: same lockfile).
  if (existsSync(join(checkout, "upstream/node_modules/zod-fast-check")))
    cpSync(join(checkout, "upstream/node_modules"), join(repo, "upstream/node_modules"), {
      recursive: true,
      verbatimSymlinks: true,
    });
  else execFileSync("npm", ["ci", "--prefix", join(repo, "upstream"), "--no-audit", "--no-fund", "--loglevel=error"]);
  const newest = newestPin(pinnedVersions(json("upstream/package.json")));
  if (!newest) throw new Error("upstream/package.json pins no release");
  pinned = newest.version;
  tarball = makeRelease(join(repo, "upstream/node_modules", newest.alias), root, root);
}, 300_000);

afterAll(() => {
  if (!process.env.SPEC_UPDATE_KEEP) rmSync(root, { recursive: true, force: true });
});

describe("npm run spec:update -- --schemas <a release we made>.tgz", () => {
  it("--check lists what the spec lacks, exits 1 and touches nothing", async () => {
    const { code, stdout } = await specUpdate("--schemas", tarball, "--check");
    expect(code).toBe(1);
    expect(stdout).toContain(`## The spec lacks values of @nexeraid/identity-schemas ${MADE.version}`);
    expect(stdout).toContain(
      `\`SynapsStepType\` (the vendor's \`providers SynapsStepEvent.type\`): \`${MADE.stepType}\``,
    );
    expect(stdout).toContain(`\`RuleResultStatus\` (the vendor's \`RuleResultStatus\`): \`${MADE.ruleStatus}\``);
    expect(stdout).toContain(`\`${MADE.vaultPath}\` added`);
    expect(status()).toBe("");
  }, 300_000);

  it("adds the new values, prints the summary and exits 0", async () => {
    const { code, stdout, stderr } = await specUpdate("--schemas", tarball);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(stdout).toContain(`## Spec update: @nexeraid/identity-schemas ${MADE.version} (newest pin: ${pinned})`);
    expect(stdout).toContain(
      `\`SynapsStepType\` (the vendor's \`providers SynapsStepEvent.type\`): \`${MADE.stepType}\` added.`,
    );
    expect(stdout).toContain(
      `- \`RuleTimeframe\`: \`${MADE.removedTimeframe}\` no longer in ${MADE.version}, kept (older payloads carry them).`,
    );
    expect(stdout).not.toMatch(/SynapsStatus|DisplayMode|CredentialType/);
    const changed = status()
      .split("\n")
      .filter(Boolean)
      .map((line) => line.slice(3))
      .sort();
    expect(changed).toEqual([
      "CHANGELOG.md",
      "generated/compilot-activity-logs.d.ts",
      "generated/validators.js",
      "openapi/compilot-activity-logs.yaml",
      "upstream/package-lock.json",
      "upstream/package.json",
      "upstream/vault-paths.json",
    ]);
  }, 600_000);

  it("writes each value into its enum, after the others, confirmed with the release as its source", async () => {
    const s = schemas();
    const source = (schema: string, value: string) =>
      s[schema]?.["x-reconstruction-additions"]?.find((entry) => entry.value === value);
    expect(s.SynapsStepType?.enum.at(-1)).toBe(MADE.stepType);
    expect(source("SynapsStepType", MADE.stepType)).toEqual({
      value: MADE.stepType,
      "x-reconstruction": "confirmed",
      "x-reconstruction-source": `@nexeraid/identity-schemas ${MADE.version} (not in ${pinned}), providers SynapsStepEvent.type`,
    });
    expect(s.RuleResultStatus?.enum).toEqual(["valid", "not-valid", "error", "unknown", "skipped", MADE.ruleStatus]);
    expect(source("RuleResultStatus", MADE.ruleStatus)?.["x-reconstruction-source"]).toBe(
      `@nexeraid/identity-schemas ${MADE.version} (not in ${pinned}), RuleResultStatus`,
    );
    // The value the release drops stays: payloads written before it still carry it.
    expect(s.RuleTimeframe?.enum).toContain(MADE.removedTimeframe);
    const known = knownVaultPaths(parse(text("openapi/compilot-activity-logs.yaml")) as Json);
    expect(known.added).toContain(MADE.vaultPath);
    expect(known.source).toMatch(new RegExp(`^@nexeraid/identity-schemas ${MADE.version.replaceAll(".", "\\.")}, `));
    expect(known.kept).toEqual([]);
  });

  it("regenerates the types and the validators, and the package's validator accepts a page with the new values", async () => {
    const types = text("generated/compilot-activity-logs.d.ts");
    for (const value of [MADE.stepType, MADE.ruleStatus, MADE.vaultPath]) expect(types).toContain(`"${value}"`);
    // A vault path is any string to the validators (KnownVaultPath is for autocomplete): only the enums are checked.
    for (const value of [MADE.stepType, MADE.ruleStatus])
      expect(text("generated/validators.js")).toContain(JSON.stringify(value));
    expect(await validationIssues(repo)).toEqual([]);
    // The checkout's validator, before the update, reports exactly those values.
    const before = (await validationIssues(checkout)).map((issue) => issue.pointer);
    expect(before).toEqual(
      expect.arrayContaining([
        "/activityLogs/0/data/event/type",
        "/activityLogs/1/data/execution_status",
        "/activityLogs/1/data/executions/0/rules/0/status",
      ]),
    );
  }, 120_000);

  it("moves the newest pin to the release: package.json, lockfile and vault-path snapshot", async () => {
    const dependencies = json("upstream/package.json").dependencies as Record<string, string>;
    const [, minor] = MADE.version.split(".");
    expect(dependencies[`s${minor}`]).toBe(`file:${join("..", "..", tarball.split("/").at(-1) ?? "")}`);
    expect(Object.values(dependencies)).not.toContain(`npm:@nexeraid/identity-schemas@${pinned}`);
    const lock = json("upstream/package-lock.json") as { packages: Record<string, { version?: string }> };
    expect(lock.packages[`node_modules/s${minor}`]?.version).toBe(MADE.version);
    const pins = pinnedVersions(json("upstream/package.json"), lock);
    expect(newestPin(pins)?.version).toBe(MADE.version);
    const snapshot = json("upstream/vault-paths.json") as { version: string; paths: string[] };
    expect(snapshot.version).toBe(MADE.version);
    expect(snapshot.paths).toContain(MADE.vaultPath);
  });

  it("adds the entry to CHANGELOG.md under Unreleased", async () => {
    const changelog = text("CHANGELOG.md");
    expect(changelog).toMatch(
      new RegExp(`## Unreleased\\n\\n### Spec: values from @nexeraid/identity-schemas ${MADE.version}\\n\\n- `),
    );
    expect(changelog).toContain(
      `- \`SynapsStepType\` (the vendor's \`providers SynapsStepEvent.type\`): \`${MADE.stepType}\` added.`,
    );
  });

  it("says the spec is current the second time, exits 0 and touches nothing; --check agrees", async () => {
    git("add", "-A");
    git("commit", "--quiet", "-m", "spec:update");
    const again = await specUpdate("--schemas", tarball);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`The spec is current with @nexeraid/identity-schemas ${MADE.version}`);
    expect(again.stdout).toContain(
      `\`RuleTimeframe\`: \`${MADE.removedTimeframe}\` no longer in ${MADE.version}, kept.`,
    );
    expect((await specUpdate("--schemas", tarball, "--check")).code).toBe(0);
    expect(status()).toBe("");
  }, 300_000);

  it("passes the whole suite on the updated copy, and the upstream conformance check on the new pin", async () => {
    // VITEST_JSON_REPORT is this run's own report (.ci/run): the copy's suite must not overwrite it.
    const { VITEST_JSON_REPORT: _report, ...env } = process.env;
    const test = await run("npm", ["test"], repo, env);
    expect(test.code, `${test.stdout.slice(-4000)}\n${test.stderr.slice(-2000)}`).toBe(0);
    const upstream = await run("npm", ["run", "spec:upstream", "--", "--count", "300"]);
    expect(upstream.code, upstream.stdout.slice(-4000)).toBe(0);
    expect(upstream.stdout).toContain(`@nexeraid/identity-schemas@${MADE.version} (pinned as s223)`);
    expect(status()).toBe("");
  }, 1_200_000);
});

describe("npm run spec:update on a release it cannot install or read", () => {
  it("exits 2 for a tarball that does not exist, never saying current", async () => {
    const { code, stdout, stderr } = await specUpdate("--schemas", join(root, "missing.tgz"));
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toContain("missing.tgz: no such file");
  });

  it("exits 2 for a tarball of another package", async () => {
    const other = join(root, "other");
    mkdirSync(other);
    writeFileSync(join(other, "package.json"), JSON.stringify({ name: "not-the-vendor", version: "1.0.0" }));
    const packed = execFileSync("npm", ["pack", "--pack-destination", root, "--loglevel=error"], {
      cwd: other,
      encoding: "utf8",
    }).trim();
    const { code, stdout, stderr } = await specUpdate("--schemas", join(root, packed));
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toContain("is no release of @nexeraid/identity-schemas");
    expect(status()).toBe("");
  }, 120_000);

  it("exits 2 when --schemas is missing or names no version", async () => {
    expect((await specUpdate()).code).toBe(2);
    expect((await specUpdate("--schemas", "newest")).stderr).toContain("not a version");
  }, 60_000);
});
