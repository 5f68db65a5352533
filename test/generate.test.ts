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
      // Declared at the root (an interface for an object, a type otherwise) and named by components["schemas"].
      expect(text).toMatch(new RegExp(`^export (interface ${name} \\{|type ${name} =)`, "m"));
      expect(text).toMatch(new RegExp(`^\\s+${name}: ${name};$`, "m"));
    }
  });

  // The drift check itself (`npm run generate:check`) runs in `npm test` before vitest: running it again here only
  // doubled the time and timed out on a busy machine. This test keeps it from being dropped from the gate.
  it("runs the drift check in npm test before the unit tests", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      scripts: Record<string, string>;
    };
    // The static gates run side by side (`run-p`), all before vitest.
    const [gates = "", unit = ""] = (pkg.scripts["test"] ?? "").split("&&").map((step) => step.trim());
    expect(gates.startsWith("run-p ")).toBe(true);
    expect(gates.split(" ")).toContain("generate:check");
    expect(unit.startsWith("vitest")).toBe(true);
    expect(pkg.scripts["generate:check"]).toBe("tsx scripts/generate.ts --check");
  });
});
