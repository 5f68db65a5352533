import { describe, expect, it } from "vitest";
import { knownVaultPaths } from "../scripts/vault-paths.ts";
import { errorsFor, spec } from "./support/spec-schema.ts";

type Schema = Record<string, unknown>;
const schemas = spec.components.schemas as Record<string, Schema>;

// Every object of the spec that carries `key`, with its JSON pointer.
function carriers(key: string, node: unknown = spec, pointer = "#"): Array<[string, Schema]> {
  if (typeof node !== "object" || node === null) return [];
  const own: Array<[string, Schema]> = !Array.isArray(node) && key in node ? [[pointer, node as Schema]] : [];
  return own.concat(
    Object.entries(node).flatMap(([k, child]) => carriers(key, child, `${pointer}/${k.replaceAll("/", "~1")}`)),
  );
}

describe("spec schema harness", () => {
  it("accepts a minimal page and rejects a page without activityLogs", () => {
    expect(errorsFor("ActivityLogsResponse", { totalCount: 0, customerId: "c", activityLogs: [] })).toEqual([]);
    expect(errorsFor("ActivityLogsResponse", { totalCount: 0, customerId: "c" })).not.toEqual([]);
  });
});

describe("VaultPath is any string, with the docs page's 253 paths and the vendor's others as known values", () => {
  it("keeps the shape the codegen relies on: KnownVaultPath is the enum, VaultPath = anyOf [KnownVaultPath, string]", () => {
    expect(schemas.KnownVaultPath).toMatchObject({ type: "string", "x-reconstruction": "seen" });
    const { added, kept } = knownVaultPaths(spec as Schema);
    expect(added.length).toBeGreaterThanOrEqual(209);
    expect(schemas.KnownVaultPath?.enum).toHaveLength(253 + added.length + kept.length);
    expect((schemas.KnownVaultPath?.enum as string[]).slice(0, 2)).toEqual(["Customer", "Customer/identityData"]);
    expect(schemas.VaultPath?.anyOf).toEqual([{ $ref: "#/components/schemas/KnownVaultPath" }, { type: "string" }]);
    expect((schemas.VaultMetadataLink?.properties as Schema).path).toEqual({ $ref: "#/components/schemas/VaultPath" });
  });

  it("accepts a known path, any other string and an empty one; rejects a path that is no string", () => {
    for (const path of ["Customer/identityData/age", "Web3Transaction/functionName", ""])
      expect(errorsFor("VaultPath", path)).toEqual([]);
    for (const path of [42, null, ["Customer"]]) expect(errorsFor("VaultPath", path)).not.toEqual([]);
  });
});

describe("the reconstruction marks", () => {
  it("labels every element seen, confirmed or inferred", () => {
    const labels = carriers("x-reconstruction").map(([, node]) => node["x-reconstruction"]);
    expect(labels.length).toBeGreaterThan(60);
    expect(new Set(labels)).toEqual(new Set(["seen", "confirmed", "inferred"]));
  });

  it("lists each added enum value after the docs page's values, confirmed, with the vendor's package as source", () => {
    const added = carriers("x-reconstruction-additions").flatMap(([pointer, node]) => {
      const entries = node["x-reconstruction-additions"] as Schema[];
      const values = node.enum as string[];
      for (const entry of entries) {
        expect(entry["x-reconstruction"]).toBe("confirmed");
        // One value per entry, or a group of values from one source (KnownVaultPath's, from one vendor version, and
        // the paths a later version no longer gives, kept). Values `npm run spec:update` adds name their release.
        expect(entry["x-reconstruction-source"]).toMatch(
          "values" in entry
            ? /^@nexeraid\/identity-schemas \d+\.\d+\.\d+(?: and earlier)?, generateZodObjectPaths\(VaultZodSchema\)/
            : /^@nexeraid\/identity-schemas (?:2\.191\.0 and 2\.222\.0|\d+\.\d+\.\d+ \(not in \d+\.\d+\.\d+\)), /,
        );
      }
      const addedValues = entries.flatMap((entry) => (entry.values as string[] | undefined) ?? [entry.value as string]);
      // The additions come last, so the docs page's list stays whole and in order before them.
      expect(values.slice(-addedValues.length)).toEqual(addedValues);
      // The values the spec was reconstructed with (later releases' additions name their release, checked above).
      const first = entries
        .filter((entry) => /^\S+ (2\.191\.0 and )?2\.222\.0, /.test(String(entry["x-reconstruction-source"])))
        .flatMap((entry) => (entry.values as string[] | undefined) ?? [entry.value as string]);
      const shown = "values" in (entries[0] ?? {}) ? "the vendor's paths" : first.join(", ");
      if (shown === "") return [];
      return `${pointer.replace("#/components/schemas/", "")}: ${shown}`;
    });
    expect(added.sort()).toEqual([
      "KnownVaultPath: the vendor's paths",
      "RuleOperator: $has, $nhas",
      "RuleResultStatus: skipped",
      "VaultSchemaName: TfheKycSession, Web3Transaction",
    ]);
  });

  it("names the source of every confirmed element the docs page does not show", () => {
    const sourced = carriers("x-reconstruction-source").map(([pointer, node]) => {
      expect(node["x-reconstruction"]).toBe("confirmed");
      expect(node["x-reconstruction-source"]).toMatch(/^@nexeraid\/identity-schemas \d+\.\d+\.\d+\b/);
      return pointer.replace("#/components/schemas/", "");
    });
    expect(sourced).toEqual(
      expect.arrayContaining([
        "RuleData/properties/secondaryAttribute",
        "RuleData/properties/displayMode",
        "RuleData/properties/timeframe",
        "RuleData/properties/datasetColumnId",
        "RuleData/properties/sourceDatasetColumnId",
        "RuleData/properties/specialDataSetType",
        "VaultPath",
      ]),
    );
  });
});
