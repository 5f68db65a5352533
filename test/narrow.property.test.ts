// Property tests: every guard and matcher against the spec's own JSON Schemas (ajv), on arbitrary JSON and on values
// shaped like the spec's variants (valid ones, and ones with a mistake somewhere: a value the enum lacks, a missing
// member, a member of the wrong type).
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isApiErrorBody,
  isKycProviderEventLog,
  isScenarioExecutionLog,
  isSynapsSessionEvent,
  isSynapsStepEvent,
  isVaultLinkLike,
  isVaultMetadataLink,
  matchActivityLog,
  matchRuleValue,
  matchSynapsEvent,
  ruleValueKind,
} from "../src/index.ts";
import { errorsFor, spec } from "./support/spec-schema.ts";

type Schema = Record<string, unknown>;
const schemas = spec.components.schemas as Record<string, Schema>;

const valid = (name: string, value: unknown) => errorsFor(name, value).length === 0;

// The spec with VaultPath relaxed to any string: what the core guards check (they leave the 253 paths to the
// validate entry, see isVaultMetadataLink).
const relaxedAjv = new Ajv2020({ strict: false });
addFormats.default(relaxedAjv);
relaxedAjv.addSchema({ $id: "relaxed", components: { schemas: { ...schemas, VaultPath: { type: "string" } } } });
const relaxedCache = new Map<string, ValidateFunction>();
function validRelaxed(name: string, value: unknown): boolean {
  let validate = relaxedCache.get(name);
  if (!validate)
    relaxedCache.set(name, (validate = relaxedAjv.compile({ $ref: `relaxed#/components/schemas/${name}` })));
  return validate(value) === true;
}
const ruleValueBranch = (kind: string, value: unknown) =>
  relaxedAjv.validate(
    {
      boolean: { type: "boolean" },
      string: { type: "string" },
      number: { type: "number" },
      "string[]": { type: "array", items: { type: "string" } },
      "number[]": { type: "array", items: { type: "number" } },
      null: { type: "null" },
    }[kind] ?? false,
    value,
  );

// Values the spec's enums lack, some of them later upstream additions, some of them Object.prototype keys.
const nearMisses = [
  "skipped",
  "$has",
  "$nhas",
  "Web3Transaction",
  "TfheKycSession",
  "EXPIRED",
  "SELFIE",
  "v2",
  "toString",
  "__proto__",
  "Customer/notListed",
];

/** Valid values of `schema` (objects keep their extra keys open, as the spec does). */
function validOf(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === "string") return validOf(schemas[schema.$ref.split("/").pop() ?? ""] ?? {}, depth);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (Array.isArray(schema.anyOf))
    return fc.oneof(...(schema.anyOf as Schema[]).map((branch) => validOf(branch, depth)));
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type];
  if (types.length > 1) return fc.oneof(...types.map((type) => validOf({ ...schema, type }, depth)));
  switch (types[0]) {
    case "object": {
      const required = new Set((schema.required ?? []) as string[]);
      const members = Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([key, child]) => {
        const member = validOf(child, depth + 1).map((value): Array<[string, unknown]> => [[key, value]]);
        return required.has(key) ? member : fc.oneof(member, fc.constant([]));
      });
      const extra = fc.option(fc.tuple(fc.constantFrom("extra", "secondaryAttribute"), fc.jsonValue({ maxDepth: 1 })), {
        freq: 4,
      });
      return fc
        .tuple(fc.tuple(...members), extra)
        .map(([entries, more]) => Object.fromEntries([...entries.flat(), ...(more ? [more] : [])]));
    }
    case "array":
      return fc.array(validOf((schema.items ?? {}) as Schema, depth + 1), { maxLength: depth > 4 ? 1 : 3 });
    case "string":
      return fc.string({ maxLength: 8 });
    case "number":
      return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case "integer":
      return fc.nat();
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

// Every place in a value: its parent and key (the root has none).
type Place = { parent?: object; key?: string | number };
function placesOf(value: unknown, parent?: object, key?: string | number): Place[] {
  const here: Place[] = parent === undefined || key === undefined ? [{}] : [{ parent, key }];
  if (typeof value !== "object" || value === null) return here;
  return [
    ...here,
    ...Object.entries(value).flatMap(([k, child]) => placesOf(child, value, Array.isArray(value) ? Number(k) : k)),
  ];
}

/** Values shaped like `schema`: half of them valid, half with exactly one mistake somewhere (a value the enum lacks, a member missing or of another type). */
function shaped(schema: Schema): fc.Arbitrary<unknown> {
  const mistake = fc.oneof(fc.constantFrom(...nearMisses), fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined));
  return fc.tuple(validOf(schema), fc.boolean(), fc.nat(), mistake).map(([value, keep, at, replacement]) => {
    if (keep) return value;
    const copy = structuredClone(value);
    const places = placesOf(copy);
    const { parent, key } = places[at % places.length] ?? {};
    if (parent === undefined || key === undefined) return replacement ?? null;
    if (replacement === undefined && !Array.isArray(parent)) Reflect.deleteProperty(parent, key);
    else Reflect.set(parent, key, replacement ?? null);
    return copy;
  });
}

const json = fc.jsonValue({ maxDepth: 5 });
const runs = { numRuns: 1000 };
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
// Scenario logs around one rule, so that each member of a rule gets its share of mistakes.
const withRule = (rule: unknown) => ({ data: { executions: [{ scenarioId: "scn_1", rules: [rule] }] } });
const item = fc.oneof(
  shaped(ref("ActivityLog")),
  shaped(ref("KycProviderEventLog")),
  shaped(ref("ScenarioExecutionLog")),
  shaped(ref("RuleExecution")).map(withRule),
  shaped(ref("RuleData")).map((ruleData) => withRule({ rule_data: ruleData })),
  json,
);
const event = fc.oneof(shaped({ $ref: "#/components/schemas/SynapsEvent" }), fc.constant(null), json);
const link = fc.oneof(shaped({ $ref: "#/components/schemas/VaultMetadataLink" }), json);
const ruleValue = fc.oneof(shaped({ $ref: "#/components/schemas/RuleValue" }), fc.constant(null), json);
const errorBody = fc.oneof(shaped({ $ref: "#/components/schemas/ApiErrorBody" }), json);

const logKind = (value: unknown) =>
  matchActivityLog(value, {
    kycProviderEvent: () => "kyc",
    scenarioExecution: () => "scenario",
    unknown: () => "unknown",
  });
const eventKind = (value: unknown) =>
  matchSynapsEvent(value, {
    session: () => "session",
    step: () => "step",
    none: () => "none",
    unknown: () => "unknown",
  });
const valueKind = (value: unknown) =>
  matchRuleValue(value, {
    boolean: () => "boolean",
    string: () => "string",
    number: () => "number",
    strings: () => "string[]",
    numbers: () => "number[]",
    none: () => "null",
    unknown: () => "unknown",
  });

describe("guards and matchers on arbitrary JSON", () => {
  it("never throw", () => {
    const helpers = [
      isApiErrorBody,
      isKycProviderEventLog,
      isScenarioExecutionLog,
      isSynapsSessionEvent,
      isSynapsStepEvent,
      isVaultLinkLike,
      isVaultMetadataLink,
      ruleValueKind,
      logKind,
      eventKind,
      valueKind,
    ];
    fc.assert(
      fc.property(fc.oneof(json, item, event, link, ruleValue), (value) => {
        for (const helper of helpers) helper(value);
      }),
      { numRuns: 1000 },
    );
  });

  it("the shaped values are valid and invalid often enough to test both sides", () => {
    const sample = fc.sample(shaped({ $ref: "#/components/schemas/ActivityLog" }), { numRuns: 1000, seed: 42 });
    const share = sample.filter((value) => valid("ActivityLog", value)).length / sample.length;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.9);
  });
});

describe("each classification agrees with the spec's JSON Schema", () => {
  it("isSynapsSessionEvent is exactly the SynapsSessionEvent schema", () => {
    fc.assert(
      fc.property(event, (value) => isSynapsSessionEvent(value) === valid("SynapsSessionEvent", value)),
      runs,
    );
  });

  it("isSynapsStepEvent is exactly the SynapsStepEvent schema", () => {
    fc.assert(
      fc.property(event, (value) => isSynapsStepEvent(value) === valid("SynapsStepEvent", value)),
      runs,
    );
  });

  it("matchSynapsEvent sends a value to none, step, session or unknown as the SynapsEvent schema does", () => {
    fc.assert(
      fc.property(event, (value) => {
        const kind = eventKind(value);
        if (value === null) return kind === "none";
        if (valid("SynapsStepEvent", value)) return kind === "step";
        if (valid("SynapsSessionEvent", value)) return kind === "session";
        return kind === "unknown" && !valid("SynapsEvent", value);
      }),
      runs,
    );
  });

  it("isKycProviderEventLog is exactly the KycProviderEventLog schema", () => {
    fc.assert(
      fc.property(item, (value) => isKycProviderEventLog(value) === valid("KycProviderEventLog", value)),
      runs,
    );
  });

  it("isScenarioExecutionLog is the ScenarioExecutionLog schema (vault paths as strings) minus the items the ActivityLog schema sends to KYC", () => {
    fc.assert(
      fc.property(item, (value) => {
        const data = typeof value === "object" && value !== null && "data" in value ? value.data : undefined;
        const kycShaped = typeof data === "object" && data !== null && ("data" in data || "event" in data);
        expect(isScenarioExecutionLog(value)).toBe(validRelaxed("ScenarioExecutionLog", value) && !kycShaped);
        // One way only: a path the spec does not list passes the guard, not the strict schema.
        if (valid("ActivityLog", value) && !isKycProviderEventLog(value))
          expect(isScenarioExecutionLog(value)).toBe(true);
        if (isScenarioExecutionLog(value)) expect(validRelaxed("ActivityLog", value)).toBe(true);
      }),
      runs,
    );
  });

  it("matchActivityLog sends to unknown exactly what the ActivityLog schema (vault paths as strings) rejects", () => {
    fc.assert(
      fc.property(item, (value) => {
        const kind = logKind(value);
        expect(kind === "unknown").toBe(!validRelaxed("ActivityLog", value));
        if (kind === "kyc") expect(valid("KycProviderEventLog", value)).toBe(true);
        if (valid("ActivityLog", value)) expect(kind).not.toBe("unknown");
      }),
      runs,
    );
  });

  it("isVaultMetadataLink is the VaultMetadataLink schema with any string path, and accepts every spec-valid link", () => {
    fc.assert(
      fc.property(link, (value) => {
        expect(isVaultMetadataLink(value)).toBe(validRelaxed("VaultMetadataLink", value));
        if (valid("VaultMetadataLink", value)) expect(isVaultMetadataLink(value)).toBe(true);
        if (isVaultMetadataLink(value)) expect(isVaultLinkLike(value)).toBe(true);
      }),
      runs,
    );
  });

  it("ruleValueKind and matchRuleValue agree with the RuleValue schema and its branches", () => {
    fc.assert(
      fc.property(ruleValue, (value) => {
        const kind = ruleValueKind(value);
        expect(valueKind(value)).toBe(kind);
        expect(kind !== "unknown" && kind !== "null").toBe(valid("RuleValue", value));
        expect(kind === "null").toBe(value === null);
        if (kind !== "unknown") expect(ruleValueBranch(kind, value)).toBe(true);
        // [] is both a string[] and a number[]; anything else that is a number[] is no string[].
        if (kind === "number[]") expect(ruleValueBranch("string[]", value)).toBe(false);
      }),
      runs,
    );
  });

  it("isApiErrorBody is exactly the ApiErrorBody schema", () => {
    fc.assert(
      fc.property(errorBody, (value) => isApiErrorBody(value) === valid("ApiErrorBody", value)),
      runs,
    );
  });
});
