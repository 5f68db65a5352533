import { describe, expect, it } from "vitest";
import { EXTRA_KEY, errorBodies, kycItems, scenarioItems, validErrorBodies, validPages } from "./fixtures/index.ts";
import { errorsFor } from "./support/spec-schema.ts";

// Every object of a value, with its JSON pointer.
function objectsOf(value: unknown, pointer = ""): Array<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) return value.flatMap((element, i) => objectsOf(element, `${pointer}/${i}`));
  if (typeof value !== "object" || value === null) return [];
  return [
    [pointer, value as Record<string, unknown>],
    ...Object.entries(value).flatMap(([key, child]) =>
      key === EXTRA_KEY ? [] : objectsOf(child, `${pointer}/${key}`),
    ),
  ];
}

describe("fixture corpus against the spec (ajv, 2020-12, formats on)", () => {
  for (const [name, page] of Object.entries(validPages)) {
    it(`accepts ${name} as an ActivityLogsResponse`, () => {
      expect(errorsFor("ActivityLogsResponse", page)).toEqual([]);
    });
  }

  for (const [name, item] of Object.entries(kycItems)) {
    it(`accepts ${name} as a KycProviderEventLog and as an ActivityLog`, () => {
      expect(errorsFor("KycProviderEventLog", item)).toEqual([]);
      expect(errorsFor("ActivityLog", item)).toEqual([]);
    });
  }

  for (const [name, item] of Object.entries(scenarioItems)) {
    it(`accepts ${name} as a ScenarioExecutionLog and as an ActivityLog`, () => {
      expect(errorsFor("ScenarioExecutionLog", item)).toEqual([]);
      expect(errorsFor("ActivityLog", item)).toEqual([]);
    });
  }

  it("finds every KYC item valid as a ScenarioExecutionLog too (the variants overlap), and no scenario item valid as a KYC item", () => {
    // The variants overlap (spec: ActivityLog is anyOf with no discriminator); consumers narrow on data.data / data.event.
    for (const item of Object.values(kycItems)) expect(errorsFor("ScenarioExecutionLog", item)).toEqual([]);
    for (const item of Object.values(scenarioItems)) expect(errorsFor("KycProviderEventLog", item)).not.toEqual([]);
  });

  for (const [name, body] of Object.entries(validErrorBodies)) {
    it(`accepts ${name} as an ApiErrorBody`, () => {
      expect(errorsFor("ApiErrorBody", body)).toEqual([]);
    });
  }
});

describe("fixture corpus coverage", () => {
  const pages = Object.values(validPages);
  const items = pages.flatMap((page) => page.activityLogs);
  const rules = items.flatMap((item) =>
    "executions" in item.data && Array.isArray(item.data.executions)
      ? item.data.executions.flatMap((e) => e.rules)
      : [],
  );
  const ruleData = rules.map((rule) => rule.rule_data).filter((data) => data !== null && data !== undefined);

  it("holds both item variants and both event variants", () => {
    const events = items.map((item) => ("event" in item.data ? item.data.event : undefined));
    expect(events.some((e) => e !== null && e !== undefined && "alias" in e)).toBe(true);
    expect(events.some((e) => e !== null && e !== undefined && "metadata" in e)).toBe(true);
    expect(events).toContain(null);
    expect(items.some((item) => "data" in item.data && !("event" in item.data))).toBe(true);
    expect(items.some((item) => "executions" in item.data)).toBe(true);
  });

  it("holds both attribute forms and every value form, null and absent", () => {
    expect(ruleData.some((d) => typeof d.attribute === "string")).toBe(true);
    expect(ruleData.some((d) => typeof d.attribute === "object")).toBe(true);
    const forms = new Set(
      ruleData.map((d) =>
        !("value" in d)
          ? "absent"
          : d.value === null
            ? "null"
            : Array.isArray(d.value)
              ? `${typeof d.value[0]}[]`
              : typeof d.value,
      ),
    );
    expect([...forms].sort()).toEqual(["absent", "boolean", "null", "number", "number[]", "string", "string[]"]);
  });

  it("holds requestId and type as value, null and absent", () => {
    for (const key of ["requestId", "type"] as const) {
      const forms = new Set(ruleData.map((d) => (!(key in d) ? "absent" : d[key] === null ? "null" : "value")));
      expect([...forms].sort()).toEqual(["absent", "null", "value"]);
    }
  });

  it("holds nulls and empties at every nullable level", () => {
    const executions = items.map((item) => ("executions" in item.data ? item.data.executions : "absent"));
    expect(executions).toContain(null);
    expect(executions.some((e) => Array.isArray(e) && e.length === 0)).toBe(true);
    expect(items.some((item) => !("executions" in item.data) && !("data" in item.data))).toBe(true);
    expect(rules.some((rule) => rule.result === null)).toBe(true);
    expect(rules.some((rule) => rule.result?.result === null)).toBe(true);
    expect(rules.some((rule) => rule.rule_data === null)).toBe(true);
    expect(rules.some((rule) => rule.status === null)).toBe(true);
    expect(
      items.some((item) => "executions" in item.data && item.data.executions?.some((e) => e.rules.length === 0)),
    ).toBe(true);
    expect(pages.some((page) => page.activityLogs.length === 0 && page.totalCount === 0)).toBe(true);
    expect(pages.some((page) => page.activityLogs.length === 0 && page.totalCount > 0)).toBe(true);
  });

  it("puts an unknown key at every object level of extraKeysPage", () => {
    const objects = objectsOf(validPages.extraKeysPage);
    expect(objects.length).toBeGreaterThan(40);
    for (const [pointer, object] of objects) expect(object, pointer).toHaveProperty(EXTRA_KEY);
    expect(objectsOf(validErrorBodies.extraKeysErrorBody).every(([, object]) => EXTRA_KEY in object)).toBe(true);
  });

  it("holds one error body per documented status, with the trpc-openapi codes", () => {
    expect(Object.fromEntries(Object.entries(errorBodies).map(([status, body]) => [status, body.code]))).toEqual({
      400: "BAD_REQUEST",
      401: "UNAUTHORIZED",
      403: "FORBIDDEN",
      404: "NOT_FOUND",
      500: "INTERNAL_SERVER_ERROR",
    });
    expect(errorBodies[404]).toEqual({ message: "Not found", code: "NOT_FOUND" });
    expect(errorBodies[500].message).toBe("Internal server error");
    expect(errorBodies[400].issues?.[0]).toHaveProperty("path", ["limit"]);
  });
});
