import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("codegen", () => {
  it("writes a do-not-edit header first", () => {
    const text = readFileSync(new URL("../generated/compilot-activity-logs.d.ts", import.meta.url), "utf8");
    expect(text.split("\n")[0]).toBe("// This file is generated, do not edit it by hand.");
  });

  it("emits every named schema as a named root type", () => {
    const text = readFileSync(new URL("../generated/compilot-activity-logs.d.ts", import.meta.url), "utf8");
    for (const name of [
      "ActivityLogsResponse",
      "ActivityLog",
      "KycProviderEventLog",
      "ScenarioExecutionLog",
      "SynapsSessionEvent",
      "SynapsStepEvent",
      "RuleValue",
      "VaultMetadataLink",
      "ApiErrorBody",
    ]) {
      expect(text).toMatch(new RegExp(`export type ${name} =\\s*components\\["schemas"\\]\\["${name}"\\];`));
    }
  });

  it("finds generated/ up to date with the spec", () => {
    expect(() => execFileSync("npx", ["tsx", "scripts/generate.ts", "--check"], { stdio: "pipe" })).not.toThrow();
  });
});
