// `npm run spec:update`'s pieces, offline: reading the vendor's enums, writing additions into the spec, the kept vault
// paths, the pin, the summary and the CHANGELOG entry. The run on a real (made) release is `npm run test:spec-update`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  enumChanges,
  upstreamEnums,
  vendorValues,
  writeEnumAdditions,
  zodValues,
  type VendorEntries,
} from "../scripts/spec-update/enums.ts";
import { aliasFor, movePin } from "../scripts/spec-update/pin.ts";
import { parseSchemasOption, ReleaseError } from "../scripts/spec-update/release.ts";
import { addToChangelog, changelogEntry, isCurrent, summary, type Update } from "../scripts/spec-update/summary.ts";
import { vaultPathChange } from "../scripts/spec-update.ts";
import { knownVaultPaths, loadSnapshot, loadSpec, vaultPathDrift, writeVaultPaths } from "../scripts/vault-paths.ts";

const specText = readFileSync(new URL("../openapi/compilot-activity-logs.yaml", import.meta.url), "utf8");
const zodEnum = (values: string[]) => ({ _def: { typeName: "ZodEnum", values } });
const wrap = (typeName: string, inner: unknown, key = "innerType") => ({ _def: { typeName, [key]: inner } });
const object = (members: Record<string, unknown>) => ({ _def: { typeName: "ZodObject", shape: () => members } });

// The spec's values of one enum (whatever an update has added: these tests hold before and after one).
const values = (name: string) =>
  ((loadSpec().components as { schemas: Record<string, { enum: string[] }> }).schemas[name]?.enum ?? []).slice();

// A vendor release as upstream/payloads.ts loads it: the spec's values, or the step types and statuses given.
function vendor(changes: { stepTypes?: string[]; statuses?: string[] } = {}): VendorEntries {
  const root: Record<string, unknown> = {
    VaultMetadataLinkZodSchema: object({ version: zodEnum(values("VaultSchemaVersion")) }),
    VaultSchemaIdZodSchema: zodEnum(values("VaultSchemaName")),
    Operator: zodEnum(values("RuleOperator")),
    DisplayMode: zodEnum(values("DisplayMode")),
    RuleTimeframe: zodEnum(values("RuleTimeframe")),
    SpecialDataSetType: zodEnum(values("SpecialDataSetType")),
    RuleResultQueryConfig: wrap(
      "ZodEffects",
      object({ type: wrap("ZodOptional", wrap("ZodNullable", zodEnum(values("CredentialType")))) }),
      "schema",
    ),
    RuleResultStatus: zodEnum(changes.statuses ?? values("RuleResultStatus")),
  };
  const status = zodEnum(values("SynapsStatus"));
  const providers = {
    SynapsSessionEvent: object({ status }),
    SynapsStepEvent: object({ status, type: zodEnum(changes.stepTypes ?? values("SynapsStepType")) }),
  };
  return { version: "2.223.0", root, providers };
}

describe("the vendor's enums (x-reconstruction-upstream)", () => {
  it("names every enum whose values the vendor's schemas give, KYC step types and statuses included", () => {
    expect(upstreamEnums(loadSpec()).map((e) => e.schema)).toEqual([
      "SynapsStatus",
      "SynapsStepType",
      "VaultSchemaVersion",
      "VaultSchemaName",
      "RuleOperator",
      "DisplayMode",
      "RuleTimeframe",
      "SpecialDataSetType",
      "CredentialType",
      "RuleResultStatus",
    ]);
  });

  it("reads the values through zod's wrappers, unions, native enums and exported lists", () => {
    expect(zodValues(wrap("ZodOptional", wrap("ZodNullable", zodEnum(["a", "b"]))))).toEqual(["a", "b"]);
    expect(zodValues({ _def: { typeName: "ZodPipeline", in: {}, out: zodEnum(["x"]) } })).toEqual(["x"]);
    expect(zodValues({ _def: { typeName: "ZodNativeEnum", values: { A: "a", B: "b", 0: 0 } } })).toEqual(["a", "b"]);
    const union = {
      _def: { typeName: "ZodUnion", options: [zodEnum(["a"]), { _def: { typeName: "ZodLiteral", value: "c" } }] },
    };
    expect(zodValues(union)).toEqual(["a", "c"]);
    expect(zodValues(["p", "q"])).toEqual(["p", "q"]);
    expect(zodValues({ _def: { typeName: "ZodString" } })).toBeUndefined();
    expect(zodValues([1, 2])).toBeUndefined();
  });

  it("finds a member of an object, also behind an effect; a missing one is a ReleaseError naming the reference", () => {
    const release = vendor();
    expect(vendorValues(release, "providers SynapsStepEvent.type")).toEqual(values("SynapsStepType"));
    expect(values("SynapsStepType").slice(0, 5)).toEqual([
      "ID_DOCUMENT",
      "LIVENESS",
      "PROOF_OF_ADDRESS",
      "PHONE",
      "EMAIL",
    ]);
    expect(vendorValues(release, "RuleResultQueryConfig.type")).toContain("IDScanPassport");
    expect(() => vendorValues(release, "RuleResultQueryConfig.nope")).toThrow(ReleaseError);
    expect(() => vendorValues(release, "providers Nope")).toThrow(/no enum of strings at "providers Nope"/);
  });

  it("finds nothing to add in a release with the spec's values, and each new or dropped value otherwise", () => {
    expect(enumChanges(loadSpec(), vendor()).every((c) => c.added.length === 0 && c.removed.length === 0)).toBe(true);
    const changes = enumChanges(
      loadSpec(),
      vendor({
        stepTypes: ["NEW_STEP", ...values("SynapsStepType")],
        statuses: values("RuleResultStatus").filter((status) => status !== "skipped"),
      }),
    ).filter((c) => c.added.length + c.removed.length > 0);
    expect(changes).toEqual([
      { schema: "SynapsStepType", refs: ["providers SynapsStepEvent.type"], added: ["NEW_STEP"], removed: [] },
      { schema: "RuleResultStatus", refs: ["RuleResultStatus"], added: [], removed: ["skipped"] },
    ]);
  });
});

describe("writing a release's values into the spec", () => {
  const change = {
    schema: "SynapsStepType",
    refs: ["providers SynapsStepEvent.type"],
    added: ["NEW_STEP"],
    removed: [],
  };

  it("appends each value to its enum and lists it as confirmed, with the release as source; nothing else moves", () => {
    const text = writeEnumAdditions(specText, [change], "2.223.0", "2.222.0");
    const schemas = (parse(text) as { components: { schemas: Record<string, Record<string, unknown>> } }).components
      .schemas;
    expect(schemas.SynapsStepType?.enum).toEqual([...values("SynapsStepType"), "NEW_STEP"]);
    expect((schemas.SynapsStepType?.["x-reconstruction-additions"] as unknown[]).slice(-1)).toEqual([
      {
        value: "NEW_STEP",
        "x-reconstruction": "confirmed",
        "x-reconstruction-source":
          "@nexeraid/identity-schemas 2.223.0 (not in 2.222.0), providers SynapsStepEvent.type",
      },
    ]);
    const { SynapsStepType: _after, ...rest } = schemas;
    const { SynapsStepType: _before, ...restBefore } = (loadSpec().components as { schemas: Record<string, unknown> })
      .schemas;
    expect(rest).toEqual(restBefore);
    expect(writeEnumAdditions(specText, [{ ...change, added: [] }], "2.223.0", "2.222.0")).toBe(specText);
  });

  it("keeps the vault paths a release drops in a group of their own, and stays put on a second write", async () => {
    const snapshot = loadSnapshot();
    const { added } = knownVaultPaths(loadSpec());
    const dropped = added[0] ?? "";
    const later = { version: "2.223.0", paths: [...snapshot.paths.filter((p) => p !== dropped), "Customer/newThing"] };
    const spec = parse(specText) as Record<string, unknown>;
    expect(vaultPathChange(spec, later.paths)).toEqual({
      schema: "KnownVaultPath",
      refs: ["generateZodObjectPaths(VaultZodSchema)"],
      added: ["Customer/newThing"],
      removed: [dropped],
    });
    const text = await writeVaultPaths(specText, later, { keep: true });
    const known = knownVaultPaths(parse(text) as Record<string, unknown>);
    expect(known.added).toContain("Customer/newThing");
    expect(known.added).not.toContain(dropped);
    expect(known.kept).toEqual([dropped]);
    expect(known.values.at(-1)).toBe(dropped);
    expect(vaultPathDrift(parse(text) as Record<string, unknown>, later)).toEqual([]);
    expect(await writeVaultPaths(text, later, { keep: true })).toBe(text);
    expect(await writeVaultPaths(text, later)).toBe(text);
  }, 30_000);
});

describe("the pin", () => {
  it("names the alias after the version", () => {
    expect([aliasFor("2.223.0"), aliasFor("2.223.4"), aliasFor("3.0.0-beta.1")]).toEqual([
      "s223",
      "s223-4",
      "s0-beta1",
    ]);
  });

  it("moves the newest pin and keeps the older ones and the other dependencies, sorted", () => {
    const manifest = {
      private: true,
      dependencies: {
        "fast-check": "3.23.2",
        s191: "npm:@nexeraid/identity-schemas@2.191.0",
        s222: "npm:@nexeraid/identity-schemas@2.222.0",
        "zod-fast-check": "0.10.1",
      },
    };
    expect(movePin(manifest, {}, "2.223.0", "npm:@nexeraid/identity-schemas@2.223.0")).toEqual({
      private: true,
      dependencies: {
        "fast-check": "3.23.2",
        s191: "npm:@nexeraid/identity-schemas@2.191.0",
        s223: "npm:@nexeraid/identity-schemas@2.223.0",
        "zod-fast-check": "0.10.1",
      },
    });
  });
});

describe("--schemas", () => {
  it("takes a version, latest or a .tgz, and refuses anything else as a ReleaseError", () => {
    expect(parseSchemasOption("2.223.0")).toEqual({ kind: "version", value: "2.223.0" });
    expect(parseSchemasOption("latest")).toEqual({ kind: "version", value: "latest" });
    expect(parseSchemasOption("x/release.tgz").kind).toBe("tarball");
    expect(() => parseSchemasOption("newest")).toThrow(ReleaseError);
    expect(() => parseSchemasOption(undefined)).toThrow(/--schemas is required/);
  });
});

describe("the summary and the CHANGELOG entry", () => {
  const update: Update = {
    version: "2.223.0",
    previous: "2.222.0",
    changes: [
      { schema: "SynapsStepType", refs: ["providers SynapsStepEvent.type"], added: ["VIDEO_IDENT"], removed: [] },
      { schema: "RuleTimeframe", refs: ["RuleTimeframe"], added: [], removed: ["yearly"] },
    ],
  };

  it("lists each added value with its schema, and each dropped one as kept", () => {
    expect(changelogEntry(update)).toBe(
      [
        "### Spec: values from @nexeraid/identity-schemas 2.223.0",
        "",
        "- `SynapsStepType` (the vendor's `providers SynapsStepEvent.type`): `VIDEO_IDENT` added.",
        "- `RuleTimeframe`: `yearly` no longer in 2.223.0, kept (older payloads carry them).",
      ].join("\n"),
    );
    expect(summary(update)).toMatch(
      /^## Spec update: @nexeraid\/identity-schemas 2\.223\.0 \(newest pin: 2\.222\.0\)\n/,
    );
    expect(summary(update)).toContain("To review:");
    expect(summary(update, { check: true })).toMatch(
      /^## The spec lacks values of @nexeraid\/identity-schemas 2\.223\.0/,
    );
  });

  it("says the spec is current when nothing is added, even with values dropped", () => {
    const current = { ...update, changes: update.changes.slice(1) };
    expect(isCurrent(current)).toBe(true);
    expect(isCurrent(update)).toBe(false);
    expect(summary(current)).toBe(
      "The spec is current with @nexeraid/identity-schemas 2.223.0: it lists every value that release gives.\n" +
        "- `RuleTimeframe`: `yearly` no longer in 2.223.0, kept.",
    );
  });

  it("puts the entry at the top of Unreleased, or makes that section", () => {
    const entry = changelogEntry(update);
    expect(addToChangelog("# Changelog\n\n## Unreleased\n\n### Added\n\n- x\n", entry)).toBe(
      `# Changelog\n\n## Unreleased\n\n${entry}\n\n### Added\n\n- x\n`,
    );
    expect(addToChangelog("# Changelog\n\n## 0.1.0\n\n- y\n", entry)).toBe(
      `# Changelog\n\n## Unreleased\n\n${entry}\n\n## 0.1.0\n\n- y\n`,
    );
  });
});
