import { readFileSync } from "node:fs";
import { astToString, type SchemaObject } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { openEnum } from "../scripts/gen-types.ts";

const generated = readFileSync(new URL("../generated/compilot-activity-logs.d.ts", import.meta.url), "utf8");

describe("codegen: named types", () => {
  it("declares each object schema as an interface and every other schema as a type, with its description", () => {
    expect(generated).toMatch(
      /\/\*\* @description One page of a customer's activity logs\. \*\/\nexport interface ActivityLogsResponse \{/,
    );
    expect(generated).toMatch(/\nexport type ActivityLog = KycProviderEventLog \| ScenarioExecutionLog;\n/);
    for (const name of [
      "KycProviderEventLog",
      "ScenarioExecutionLog",
      "SynapsStepEvent",
      "VaultMetadataLink",
      "ApiErrorBody",
    ])
      expect(generated).toMatch(new RegExp(`\\nexport interface ${name} \\{`));
    for (const name of ["SynapsEvent", "RuleValue", "RuleOperator", "KnownVaultPath", "VaultPath"])
      expect(generated).toMatch(new RegExp(`\\nexport type ${name} =`));
  });

  it("keeps components.schemas, each entry naming its declaration", () => {
    expect(generated).toContain("    ActivityLog: ActivityLog;\n");
    expect(generated).toContain('"application/json": ActivityLogsResponse;');
  });

  it("leaves no indexed access into components.schemas", () => {
    expect(generated).not.toContain('components["schemas"]');
  });

  it("renders VaultPath as the known paths or any other string", () => {
    expect(generated).toContain("export type VaultPath = KnownVaultPath | (string & {});");
  });
});

describe("codegen: open enums", () => {
  const schemas: Record<string, SchemaObject> = {
    Known: { type: "string", enum: ["a", "b"] },
    MoreKnown: { type: "string", enum: ["c"] },
    Numbers: { type: "number", enum: [1, 2] },
    Thing: { type: "object", properties: {} },
  };
  // Schemas as written in YAML; openapi-typescript's SchemaObject type is stricter about `$ref` siblings.
  const render = (schema: object) => {
    const node = openEnum(schema as SchemaObject, schemas);
    return node && astToString(node).trim();
  };

  it("renders anyOf string-enum refs plus a plain string as the refs or (string & {})", () => {
    expect(render({ anyOf: [{ $ref: "#/components/schemas/Known" }, { type: "string" }] })).toBe(
      "Known | (string & {})",
    );
    expect(
      render({
        anyOf: [
          { type: "string", description: "any other" },
          { $ref: "#/components/schemas/Known" },
          { $ref: "#/components/schemas/MoreKnown" },
        ],
      }),
    ).toBe("Known | MoreKnown | (string & {})");
  });

  it("leaves every other anyOf to openapi-typescript", () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    for (const schema of [
      { anyOf: [ref("Known")] },
      { anyOf: [ref("Known"), ref("MoreKnown")] },
      { anyOf: [ref("Numbers"), { type: "string" }] },
      { anyOf: [ref("Thing"), { type: "string" }] },
      { anyOf: [ref("Known"), { type: "string", pattern: "^x" }] },
      { anyOf: [ref("Known"), { type: "string" }, { type: "string" }] },
      { anyOf: [ref("Missing"), { type: "string" }] },
      { oneOf: [ref("Known"), { type: "string" }] },
      { type: "string" },
    ]) {
      expect(render(schema), JSON.stringify(schema)).toBeUndefined();
    }
  });
});
