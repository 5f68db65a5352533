import Ajv2020 from "ajv/dist/2020.js";
import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { buildNegative, laterUpstreamValues, negativeFixtures, type NegativeFixture } from "./fixtures/index.ts";
import { kycSessionPage } from "./fixtures/pages.ts";
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
const laterUpstream = new Set(laterUpstreamValues);

describe("negative fixtures (the strict spec rejects each, at the changed place)", () => {
  it("has at least 25 negative fixtures with distinct names", () => {
    const names = negativeFixtures.map((f) => f.proves);
    expect(names.length).toBeGreaterThanOrEqual(25);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const fixture of negativeFixtures.filter((f) => !laterUpstream.has(f))) {
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

describe("values later upstream versions added", () => {
  // The spec follows the docs page (openapi/RECONSTRUCTION.md, "Later upstream"): a server that already sends
  // these values breaks the strict spec, which is what `validate: "strict"` and the drift audit are for.
  for (const fixture of laterUpstreamValues) {
    it(`${fixture.proves}: the strict spec does not know it yet`, () => {
      const errors = errorsFor(fixture.schema, buildNegative(fixture));
      expect(pointsAt(errors, fixture)).toBe(true);
      expect(
        errors.find((e) => e.instancePath === fixture.pointer && e.keyword === "enum")?.params.allowedValues,
      ).not.toContain((fixture.change as { set: unknown }).set);
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
