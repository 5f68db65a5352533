import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { unions, validateKycProviderEventLog, validateScenarioExecutionLog } from "../generated/validators.js";
import { activityLogVariant } from "../src/model/shapes.ts";
import { renderValidators } from "../scripts/gen-validators.ts";
import { checkActivityLogsResponse, checkApiErrorBody, isValidActivityLogsResponse } from "../src/validate.ts";
import { errorsFor, spec } from "./support/spec-schema.ts";

const root = new URL("../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");

describe("generated validators", () => {
  it("match what scripts/gen-validators.ts renders from the spec", async () => {
    for (const file of await renderValidators()) {
      const formatted = await prettier.format(file.content, { filepath: fileURLToPath(new URL(file.path, root)) });
      expect(read(file.path), file.path).toBe(formatted);
    }
  });

  it("start with the do-not-edit header", () => {
    for (const path of ["generated/validators.js", "generated/validators.d.ts"]) {
      expect(read(path).split("\n")[0]).toBe("// This file is generated, do not edit it by hand.");
    }
  });

  it("leave VaultPath's known values out: a union of any string and string enums checks a string", () => {
    const code = read("generated/validators.js");
    // Paths with a `/` (a bare "Customer" is also a VaultSchemaName value).
    const known = (spec.components.schemas.KnownVaultPath as { enum: string[] }).enum.filter((p) => p.includes("/"));
    expect(known.length).toBeGreaterThan(200);
    expect(known.filter((path) => code.includes(JSON.stringify(path)))).toEqual([]);
  });

  it("evaluate no code and import nothing at run time", () => {
    const code = read("generated/validators.js");
    expect(code).not.toMatch(/new Function|\beval\(/);
    expect(code).not.toMatch(/\brequire\(|^\s*import\s/m);
  });
});

// Values near the spec: each field is usually valid, sometimes a later-upstream value, a wrong type or missing.
const maybe = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: valid },
    { weight: 1, arbitrary: fc.constantFrom(null, 5, "??", "skipped", "$nhas", "Web3Transaction", [], {}) },
  );
const field = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.option(maybe(valid), { nil: undefined, freq: 8 });
const status = fc.constantFrom("valid", "not-valid", "error", "unknown");
const attribute = fc.oneof(
  fc.string(),
  fc.record({
    version: field(fc.constant("v1")),
    schema: field(fc.constantFrom("Customer", "KycSession", "Tfhe")),
    path: field(fc.constantFrom("Customer", "Tfhe/vcs/IDInformationTfhe/v1/proof")),
  }),
);
const value = fc.oneof(
  fc.boolean(),
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.string()),
  fc.array(fc.integer()),
  fc.constant(null),
);
const ruleData = fc.record({
  attribute: field(attribute),
  operator: field(fc.constantFrom("$noop", "$eq", "$in", "$exists")),
  value: field(value),
  type: field(fc.constantFrom("IDInformation", null)),
  requestId: field(fc.oneof(fc.integer(), fc.constant(null))),
});
const ruleExecution = fc.record({
  status: field(fc.oneof(status, fc.constant(null))),
  rule_data: field(fc.oneof(ruleData, fc.constant(null))),
  result: field(fc.constant({ result: { is_valid: true } })),
});
const scenarioLog = fc.record({
  data: field(
    fc.record({
      execution_status: field(status),
      executions: field(
        fc.oneof(
          fc.array(
            fc.record({
              rules: field(fc.array(maybe(ruleExecution), { maxLength: 3 })),
              scenarioStatus: field(status),
            }),
          ),
          fc.constant(null),
        ),
      ),
    }),
  ),
});
const event = fc.oneof(
  fc.record({
    status: field(fc.constantFrom("APPROVED", "REJECTED")),
    alias: field(fc.string()),
    sandbox: field(fc.boolean()),
  }),
  fc.record({
    status: field(fc.constant("APPROVED")),
    type: field(fc.constantFrom("LIVENESS", "EMAIL")),
    sandbox: field(fc.boolean()),
    metadata: field(
      fc.constant({
        ip: "",
        user_agent: "",
        platform: "",
        browser_name: "",
        browser_version: "",
        device: "",
        customer_language: "",
      }),
    ),
  }),
  fc.constant(null),
);
const kycLog = fc.record({
  data: field(fc.record({ data: field(fc.dictionary(fc.string(), fc.string())), event: field(event) })),
});
const pageArb = fc.record({
  totalCount: field(fc.nat()),
  customerId: field(fc.string()),
  activityLogs: field(fc.array(maybe(fc.oneof(kycLog, scenarioLog)), { maxLength: 4 })),
});

describe("the union table", () => {
  it("names only the unions src/validate.ts has a discriminator for, each branch once", () => {
    const named = new Set<string>();
    for (const table of Object.values(unions))
      for (const union of Object.values(table)) {
        if (union.name) named.add(union.name);
        expect(new Set(union.branches).size).toBe(union.branches.length);
      }
    expect([...named].sort()).toEqual(["RuleAttribute", "RuleValue", "SynapsEvent"]);
  });
});

describe("agreement with the spec schema harness", () => {
  it("decides validity of a page exactly as the spec's own ajv compile", () => {
    fc.assert(
      fc.property(pageArb, (body) => {
        const specValid = errorsFor("ActivityLogsResponse", body).length === 0;
        expect(isValidActivityLogsResponse(body)).toBe(specValid);
        expect(checkActivityLogsResponse(body).length === 0).toBe(specValid);
      }),
      { numRuns: 2000 },
    );
  });

  it("explains each log with the explainer of its shape's variant, which decides as the spec's schema of that variant", () => {
    fc.assert(
      fc.property(maybe(fc.oneof(kycLog, scenarioLog)), (log) => {
        const variant = activityLogVariant(log);
        const [explainer, schema] =
          variant === "kycProviderEvent"
            ? [validateKycProviderEventLog, "KycProviderEventLog"]
            : [validateScenarioExecutionLog, "ScenarioExecutionLog"];
        expect(explainer(log)).toBe(errorsFor(schema, log).length === 0);
        // A log of a known shape is a valid ActivityLog exactly when it is a valid log of its variant.
        if (variant !== "unknown")
          expect(errorsFor("ActivityLog", log).length === 0).toBe(errorsFor(schema, log).length === 0);
        else expect(errorsFor("ActivityLog", log).length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("decides validity of any JSON value exactly as the spec's own ajv compile", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        expect(checkActivityLogsResponse(body).length === 0).toBe(errorsFor("ActivityLogsResponse", body).length === 0);
        expect(checkApiErrorBody(body).length === 0).toBe(errorsFor("ApiErrorBody", body).length === 0);
      }),
      { numRuns: 500 },
    );
  });

  it("reports every invalid page with at least one pointer that exists in the spec's failures", () => {
    fc.assert(
      fc.property(pageArb, (body) => {
        const specErrors = errorsFor("ActivityLogsResponse", body);
        fc.pre(specErrors.length > 0);
        const specPaths = specErrors.map((e) => e.instancePath);
        for (const issue of checkActivityLogsResponse(body)) {
          expect(specPaths.some((p) => issue.pointer === p || issue.pointer.startsWith(`${p}/`))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// Validation is reshaped (logs checked by the variant of their shape, nullables as `if`/`else`, VaultPath's known values
// dropped from the check): each case sits on one of those seams, with the verdict the spec gives.
describe("validation on the seams of the spec's unions", () => {
  const vaultPaths = (spec.components.schemas.KnownVaultPath as { enum: string[] }).enum;
  const link = { version: "v1", schema: "Customer", path: "Customer/identityData/age" };
  const rule = (ruleData: Record<string, unknown> | null, extra: Record<string, unknown> = {}) => ({
    status: "valid",
    rule_data: ruleData,
    ...extra,
  });
  const scenario = (...rules: unknown[]) => ({ data: { executions: [{ rules }] } });
  const page = (...logs: unknown[]) => ({ totalCount: logs.length, customerId: "c", activityLogs: logs });
  const data = { attribute: "Customer/identityData/age", operator: "$gte" };
  const cases: Array<[string, unknown, boolean]> = [
    ["a string value", scenario(rule({ ...data, value: "x" })), true],
    ["a number value", scenario(rule({ ...data, value: 18 })), true],
    ["a null value", scenario(rule({ ...data, value: null })), true],
    ["a list of strings", scenario(rule({ ...data, value: ["a", "b"] })), true],
    ["a list of numbers", scenario(rule({ ...data, value: [1, 2] })), true],
    ["a list of strings and numbers", scenario(rule({ ...data, value: ["a", 1] })), false],
    ["an object value", scenario(rule({ ...data, value: {} })), false],
    ["a vault link attribute", scenario(rule({ ...data, attribute: link })), true],
    ["the last vault path", scenario(rule({ ...data, attribute: { ...link, path: vaultPaths.at(-1) } })), true],
    [
      "a vault path the docs do not list",
      scenario(rule({ ...data, attribute: { ...link, path: "Customer/nope" } })),
      true,
    ],
    ["a number vault path", scenario(rule({ ...data, attribute: { ...link, path: 5 } })), false],
    ["a vault link without path", scenario(rule({ ...data, attribute: { version: "v1", schema: "Customer" } })), false],
    ["a number attribute", scenario(rule({ ...data, attribute: 5 })), false],
    ["a null rule_data", scenario(rule(null)), true],
    ["a rule_data list", scenario(rule([] as never)), false],
    ["a null status", scenario(rule(data, { status: null })), true],
    ["a status the vendor added", scenario(rule(data, { status: "skipped" })), true],
    ["an unlisted status", scenario(rule(data, { status: "passed" })), false],
    ["a null credential type", scenario(rule({ ...data, type: null })), true],
    ["an unlisted credential type", scenario(rule({ ...data, type: "Web3Transaction" })), false],
    ["a null result", scenario(rule(data, { result: null })), true],
    ["a null query result", scenario(rule(data, { result: { result: null } })), true],
    ["a string result", scenario(rule(data, { result: "ok" })), false],
    ["null executions", { data: { executions: null } }, true],
    ["a KYC log with a null event", { data: { data: {}, event: null } }, true],
    [
      "a KYC log with a session event",
      { data: { data: {}, event: { status: "APPROVED", alias: "a", sandbox: false } } },
      true,
    ],
    ["a KYC log with an empty event", { data: { data: {}, event: {} } }, false],
    ["a KYC log with a string event", { data: { data: {}, event: "APPROVED" } }, false],
    ["an event without its data", { data: { event: null } }, false],
    ["a log without data", {}, false],
    ["a log whose data is a string", { data: "x" }, false],
    ["a log whose data.data is null", { data: { data: null } }, false],
    ["a scenario log with an empty executions list", { data: { executions: [] } }, true],
    ["a scenario log with no member at all", { data: {} }, true],
  ];
  it.each(cases)("decides %s as the spec does", (_name, log, valid) => {
    const body = page(log);
    expect(errorsFor("ActivityLogsResponse", body).length === 0).toBe(valid);
    expect(isValidActivityLogsResponse(body)).toBe(valid);
    expect(checkActivityLogsResponse(body).length === 0).toBe(valid);
  });
});
