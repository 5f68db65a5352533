import Ajv2020 from "ajv/dist/2020.js";
import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { buildNegative, negativeFixtures, type NegativeFixture } from "./fixtures/index.ts";
import { kycSessionPage, scenarioPage } from "./fixtures/pages.ts";
import { errorsFor, spec } from "./support/spec-schema.ts";

// An error is "for the right reason" when it sits at the changed value, or is a `required` error at its parent
// naming the removed property.
function pointsAt(errors: ErrorObject[], fixture: NegativeFixture, prefix = ""): boolean {
  const pointer = fixture.pointer.slice(prefix.length);
  const parent = pointer.slice(0, pointer.lastIndexOf("/"));
  const key = pointer.slice(pointer.lastIndexOf("/") + 1);
  return errors.some((e) =>
    "delete" in fixture.change
      ? e.keyword === "required" && e.instancePath === parent && e.params.missingProperty === key
      : e.instancePath === pointer,
  );
}

const itemPrefix = (pointer: string): string => /^\/activityLogs\/\d+/.exec(pointer)?.[0] ?? "";

describe("negative fixtures (the strict spec rejects each, at the changed place)", () => {
  it("has at least 25 negative fixtures with distinct names", () => {
    const names = negativeFixtures.map((f) => f.proves);
    expect(names.length).toBeGreaterThanOrEqual(25);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const fixture of negativeFixtures) {
    it(fixture.proves, () => {
      expect(errorsFor(fixture.schema, fixture.base), "the base is valid").toEqual([]);
      const errors = errorsFor(fixture.schema, buildNegative(fixture));
      expect(errors).not.toEqual([]);
      expect(pointsAt(errors, fixture), JSON.stringify(errors.map((e) => `${e.instancePath} ${e.message}`))).toBe(true);
      if (fixture.variant) {
        const prefix = itemPrefix(fixture.pointer);
        const item = (buildNegative(fixture) as { activityLogs: unknown[] }).activityLogs[Number(prefix.split("/")[2])];
        const variantErrors = errorsFor(fixture.variant, item);
        expect(
          pointsAt(variantErrors, fixture, prefix),
          `${fixture.variant}: ${JSON.stringify(variantErrors.map((e) => e.instancePath))}`,
        ).toBe(true);
      }
    });
  }
});

describe("values the vendor's published schemas add (x-reconstruction: confirmed)", () => {
  // Each was a negative fixture while the spec followed the docs page alone (openapi/RECONSTRUCTION.md).
  const RUN = "/activityLogs/0/data/executions/0";
  const RULE = `${RUN}/rules/0`;
  const accepted: Array<[string, string, unknown]> = [
    ["rule status skipped", `${RULE}/status`, "skipped"],
    ["scenario status skipped", `${RUN}/scenarioStatus`, "skipped"],
    ["execution status skipped", "/activityLogs/0/data/execution_status", "skipped"],
    ["operator $has", `${RULE}/rule_data/operator`, "$has"],
    ["operator $nhas", `${RULE}/rule_data/operator`, "$nhas"],
    ["vault schema TfheKycSession", `${RULE}/rule_data/attribute/schema`, "TfheKycSession"],
    ["vault schema Web3Transaction", `${RULE}/rule_data/attribute/schema`, "Web3Transaction"],
    ["a vault path outside the docs page's 253", `${RULE}/rule_data/attribute/path`, "Customer/identityData/shoeSize"],
    ["a vault path in another case", `${RULE}/rule_data/attribute/path`, "customer/identityData/nationality"],
    ["an empty vault path", `${RULE}/rule_data/attribute/path`, ""],
    ["displayMode amount", `${RULE}/rule_data/displayMode`, "amount"],
    ["timeframe yearly", `${RULE}/rule_data/timeframe`, "yearly"],
    ["a secondaryAttribute string", `${RULE}/rule_data/secondaryAttribute`, "credentialSubject.personalData.country"],
    ["a datasetColumnId", `${RULE}/rule_data/datasetColumnId`, "datasetc_4Rf8Kq1Zt6Yw"],
    ["specialDataSetType ACTIVE_USERS_ADDRESSES", `${RULE}/rule_data/specialDataSetType`, "ACTIVE_USERS_ADDRESSES"],
  ];
  for (const [what, pointer, value] of accepted) {
    it(`accepts ${what}`, () => {
      const fixture: NegativeFixture = {
        proves: what,
        schema: "ActivityLogsResponse",
        base: scenarioPage,
        pointer,
        change: { set: value },
      };
      const changed = buildNegative(fixture) as { activityLogs: unknown[] };
      expect(errorsFor("ActivityLogsResponse", changed)).toEqual([]);
      expect(errorsFor("ScenarioExecutionLog", changed.activityLogs[0])).toEqual([]);
    });
  }
});

describe("the item-level anyOf", () => {
  const misspelledSession = (): unknown => {
    const page = structuredClone(kycSessionPage) as { activityLogs: Array<{ data: { event: { status: string } } }> };
    page.activityLogs[0]!.data.event.status = "approved";
    return page;
  };

  it("rejects a KYC-shaped item with a misspelled status at page level thanks to ActivityLog's if/then", () => {
    expect(errorsFor("ActivityLogsResponse", misspelledSession())).not.toEqual([]);
  });

  it("would accept that item as a ScenarioExecutionLog without the if/then (the rule is load-bearing)", () => {
    const schemas = structuredClone(spec.components.schemas) as Record<string, Record<string, unknown>>;
    delete schemas.ActivityLog!.if;
    delete schemas.ActivityLog!.then;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addSchema({ $id: "spec", components: { schemas } });
    const validate = ajv.compile({ $ref: "spec#/components/schemas/ActivityLogsResponse" });
    expect(validate(misspelledSession())).toBe(true);
  });

  it("accepts a KYC item that lost both data.data and event: it is then an empty scenario log (known limit)", () => {
    const page = structuredClone(kycSessionPage) as { activityLogs: Array<{ data: Record<string, unknown> }> };
    delete page.activityLogs[0]!.data.data;
    delete page.activityLogs[0]!.data.event;
    expect(errorsFor("ActivityLogsResponse", page)).toEqual([]);
    expect(errorsFor("KycProviderEventLog", page.activityLogs[0])).not.toEqual([]);
  });
});
