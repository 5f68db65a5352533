// The `compilot-activity-logs/mock` entry: the payload factories with no msw anywhere in their import graph, and the
// same functions that `./msw` exports. The packed tarball's consumers load it without msw (test/consumers/).
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as mock from "../src/mock.ts";
import * as msw from "../src/msw.ts";
import type { ActivityLogsResponse, KycProviderEventLog } from "../src/model/types.ts";
import { errorsFor } from "./support/spec-schema.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Every module and bare package the entry `file` reaches through static and dynamic imports. */
async function importGraph(file: string): Promise<{ modules: string[]; packages: string[] }> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    // Packages stay unresolved, so the graph names each one the entry imports (msw is not installed for users of ./mock).
    packages: "external",
    logLevel: "silent",
  });
  const inputs = result.metafile.inputs;
  const packages = Object.values(inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path));
  return { modules: Object.keys(inputs).sort(), packages: [...new Set(packages)].sort() };
}

describe("the ./mock entry", () => {
  it("exports the payload factories, mockCustomerId and resetMockSequence", () => {
    expect(Object.keys(mock).sort()).toEqual([
      "makeActivityLogsResponse",
      "makeApiErrorBody",
      "makeKycProviderEventLog",
      "makeRuleExecution",
      "makeScenarioExecution",
      "makeScenarioExecutionLog",
      "makeSynapsSessionEvent",
      "makeSynapsStepEvent",
      "mockCustomerId",
      "resetMockSequence",
    ]);
  });

  it("imports nothing from msw, nor from any other package, nor the msw handlers", async () => {
    const { modules, packages } = await importGraph("src/mock.ts");
    expect(packages).toEqual([]);
    expect(modules).toEqual(["src/mock.ts", "src/mock/factories.ts"]);
  }, 60_000);

  it("is what ./msw re-exports: the same functions, so both entries share one sequence", () => {
    for (const [name, value] of Object.entries(mock)) expect(msw[name as keyof typeof msw], name).toBe(value);
    expectTypeOf(msw.makeKycProviderEventLog).toEqualTypeOf(mock.makeKycProviderEventLog);
    expectTypeOf<mock.DeepPartial<KycProviderEventLog>>().toEqualTypeOf<msw.DeepPartial<KycProviderEventLog>>();
  });

  it("makes spec-valid, deterministic payloads without msw", () => {
    mock.resetMockSequence();
    const first = mock.makeActivityLogsResponse([mock.makeKycProviderEventLog(), mock.makeScenarioExecutionLog()]);
    mock.resetMockSequence();
    const again = mock.makeActivityLogsResponse([mock.makeKycProviderEventLog(), mock.makeScenarioExecutionLog()]);
    expect(again).toEqual(first);
    expect(errorsFor("ActivityLogsResponse", first)).toEqual([]);
    expectTypeOf(first).toEqualTypeOf<ActivityLogsResponse>();
  });
});

describe("the ./msw entry, for contrast", () => {
  it("imports msw: the graph check of ./mock would see it", async () => {
    expect((await importGraph("src/msw.ts")).packages).toContain("msw");
  }, 60_000);
});
