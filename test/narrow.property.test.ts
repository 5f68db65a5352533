// Property tests: every guard and matcher against the spec's own JSON Schemas (ajv). They route by shape: on spec-valid
// values each classification is a variant the value is valid as; on values with a leaf the spec does not list, the
// classification is still the variant of the shape; only values valid as no variant go to `unknown`.
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isApiErrorBody,
  isKycProviderEventLog,
  isScenarioExecutionLog,
  isSynapsSessionEvent,
  isSynapsStepEvent,
  isVaultMetadataLink,
  matchActivityLog,
  matchRuleAttribute,
  matchRuleValue,
  matchSynapsEvent,
  ruleValueKind,
  type ActivityLog,
  type RuleAttribute,
  type RuleValue,
  type SynapsEvent,
} from "../src/index.ts";
import { errorsFor, spec } from "./support/spec-schema.ts";

type Schema = Record<string, unknown>;
const schemas = spec.components.schemas as Record<string, Schema>;

const valid = (name: string, value: unknown) => errorsFor(name, value).length === 0;

const branchAjv = new Ajv2020({ strict: false });
const ruleValueBranch = (kind: string, value: unknown) =>
  branchAjv.validate(
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
      const extra = fc.option(fc.tuple(fc.constantFrom("extra", "vendorAddedKey"), fc.jsonValue({ maxDepth: 1 })), {
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

// The matchers take the spec's unions; these tests hand them any value, as the API may.
const logKind = (value: unknown) =>
  matchActivityLog(value as ActivityLog, {
    kycProviderEvent: () => "kyc",
    scenarioExecution: () => "scenario",
    unknown: () => "unknown",
  });
const eventKind = (value: unknown) =>
  matchSynapsEvent(value as SynapsEvent | null | undefined, {
    session: () => "session",
    step: () => "step",
    none: () => "none",
    unknown: () => "unknown",
  });
const attributeKind = (value: unknown) =>
  matchRuleAttribute(value as RuleAttribute, {
    string: () => "string",
    vaultLink: () => "vaultLink",
    unknown: () => "unknown",
  });
const valueKind = (value: unknown) =>
  matchRuleValue(value as RuleValue | null | undefined, {
    boolean: () => "boolean",
    string: () => "string",
    number: () => "number",
    strings: () => "string[]",
    numbers: () => "number[]",
    none: () => "null",
    unknown: () => "unknown",
  });

/**
 * A valid value of `schema` with one leaf inside it (a string, number, boolean or null below the value itself, never
 * a member removed) replaced by a value the spec does not list: `keep` says which places keep the value's shape.
 */
function withUnknownLeaf(schema: Schema, keep: (place: Place, depth: number) => boolean): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(fc.constantFrom(...nearMisses), fc.integer(), fc.boolean(), fc.constant(null));
  return fc.tuple(validOf(schema), fc.nat(), leaf).map(([value, at, replacement]) => {
    const copy = structuredClone(value);
    const places = leavesOf(copy, 0).filter(([place, depth]) => keep(place, depth));
    const [place] = places[at % Math.max(places.length, 1)] ?? [];
    if (place?.parent !== undefined && place.key !== undefined) Reflect.set(place.parent, place.key, replacement);
    return copy;
  });
}
function leavesOf(value: unknown, depth: number, parent?: object, key?: string | number): Array<[Place, number]> {
  if (typeof value !== "object" || value === null)
    return parent === undefined || key === undefined ? [] : [[{ parent, key }, depth]];
  return Object.entries(value).flatMap(([k, child]) =>
    leavesOf(child, depth + 1, value, Array.isArray(value) ? Number(k) : k),
  );
}

describe("guards and matchers on arbitrary JSON", () => {
  it("never throw", () => {
    const helpers = [
      isApiErrorBody,
      isKycProviderEventLog,
      isScenarioExecutionLog,
      isSynapsSessionEvent,
      isSynapsStepEvent,
      isVaultMetadataLink,
      ruleValueKind,
      logKind,
      eventKind,
      attributeKind,
      valueKind,
    ];
    fc.assert(
      fc.property(fc.oneof(json, item, event, link, ruleValue), (value) => {
        for (const helper of helpers) helper(value);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throw on a value nested thousands of levels deep", () => {
    let deep: unknown = { data: { data: {} } };
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect([logKind(deep), eventKind(deep), attributeKind(deep), valueKind(deep)]).toEqual([
      "unknown",
      "unknown",
      "unknown",
      "string[]",
    ]);
  });

  it("the shaped values are valid and invalid often enough to test both sides", () => {
    const sample = fc.sample(shaped({ $ref: "#/components/schemas/ActivityLog" }), { numRuns: 1000, seed: 42 });
    const share = sample.filter((value) => valid("ActivityLog", value)).length / sample.length;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.9);
  });
});

describe("on spec-valid values each classification agrees with the spec's schema for that variant", () => {
  it("matchActivityLog and the log guards", () => {
    fc.assert(
      fc.property(validOf(ref("ActivityLog")), (value) => {
        fc.pre(valid("ActivityLog", value));
        const kind = logKind(value);
        expect(kind).toBe(valid("KycProviderEventLog", value) ? "kyc" : "scenario");
        expect(valid(kind === "kyc" ? "KycProviderEventLog" : "ScenarioExecutionLog", value)).toBe(true);
        expect([isKycProviderEventLog(value), isScenarioExecutionLog(value)]).toEqual([kind === "kyc", kind !== "kyc"]);
      }),
      runs,
    );
  });

  it("matchSynapsEvent and the event guards", () => {
    fc.assert(
      fc.property(fc.oneof(validOf(ref("SynapsEvent")), fc.constant(null)), (value) => {
        const kind = eventKind(value);
        if (value === null) {
          expect(kind).toBe("none");
          return;
        }
        expect(kind).not.toBe("unknown");
        expect(valid(kind === "step" ? "SynapsStepEvent" : "SynapsSessionEvent", value)).toBe(true);
        expect([isSynapsSessionEvent(value), isSynapsStepEvent(value)]).toEqual([kind === "session", kind === "step"]);
      }),
      runs,
    );
  });

  it("matchRuleAttribute and isVaultMetadataLink", () => {
    fc.assert(
      fc.property(validOf(ref("RuleAttribute")), (value) => {
        const kind = attributeKind(value);
        expect(kind).toBe(typeof value === "string" ? "string" : "vaultLink");
        if (kind === "vaultLink") expect(valid("VaultMetadataLink", value)).toBe(true);
        expect(isVaultMetadataLink(value)).toBe(kind === "vaultLink");
      }),
      runs,
    );
  });

  it("matchRuleValue and ruleValueKind: the kind is a branch of RuleValue the value meets", () => {
    fc.assert(
      fc.property(fc.oneof(validOf(ref("RuleValue")), fc.constant(null)), (value) => {
        const kind = ruleValueKind(value);
        expect(valueKind(value)).toBe(kind);
        expect(kind).not.toBe("unknown");
        expect(ruleValueBranch(kind, value)).toBe(true);
      }),
      runs,
    );
  });
});

describe("on values whose enums or leaves are unknown, the classification is still the variant of the shape", () => {
  it("an activity log keeps its variant, whatever leaf below data changes", () => {
    for (const variant of ["KycProviderEventLog", "ScenarioExecutionLog"] as const) {
      fc.assert(
        fc.property(
          withUnknownLeaf(ref(variant), (_place, depth) => depth >= 2),
          (value) => {
            expect(logKind(value)).toBe(variant === "KycProviderEventLog" ? "kyc" : "scenario");
          },
        ),
        runs,
      );
    }
  });

  it("a Synaps event keeps its variant, whatever leaf changes", () => {
    for (const variant of ["SynapsSessionEvent", "SynapsStepEvent"] as const) {
      fc.assert(
        fc.property(
          withUnknownLeaf(ref(variant), () => true),
          (value) => {
            expect(eventKind(value)).toBe(variant === "SynapsStepEvent" ? "step" : "session");
          },
        ),
        runs,
      );
    }
  });

  it("a vault link stays a link, whatever its version, schema or path", () => {
    fc.assert(
      fc.property(
        withUnknownLeaf(ref("VaultMetadataLink"), () => true),
        (value) => {
          expect(attributeKind(value)).toBe("vaultLink");
        },
      ),
      runs,
    );
  });

  it("a list keeps its kind, whatever its later items are", () => {
    fc.assert(
      fc.property(
        withUnknownLeaf(ref("RuleValue"), (place) => typeof place.key === "number" && place.key > 0),
        (value) => {
          const before = Array.isArray(value) && typeof value[0] === "number" ? "number[]" : undefined;
          if (before) expect(valueKind(value)).toBe(before);
        },
      ),
      runs,
    );
  });
});

describe("unknown receives only values whose shape fits no variant", () => {
  it("matchActivityLog: what goes to unknown is no valid ActivityLog, and a log the spec sends to KYC goes to KYC", () => {
    fc.assert(
      fc.property(item, (value) => {
        const kind = logKind(value);
        if (kind === "unknown") expect(valid("ActivityLog", value)).toBe(false);
        if (valid("KycProviderEventLog", value)) expect(kind).toBe("kyc");
      }),
      runs,
    );
  });

  it("matchSynapsEvent, matchRuleAttribute and matchRuleValue: what goes to unknown is valid as no variant", () => {
    fc.assert(
      fc.property(fc.oneof(event, link, ruleValue), (value) => {
        if (eventKind(value) === "unknown") expect(valid("SynapsEvent", value)).toBe(false);
        if (attributeKind(value) === "unknown") expect(valid("RuleAttribute", value)).toBe(false);
        if (valueKind(value) === "unknown") expect(valid("RuleValue", value)).toBe(false);
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
