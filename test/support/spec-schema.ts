// Test-only: the spec's component schemas compiled with a real JSON Schema validator (ajv, 2020-12, formats on).
// Fixtures, guards and matchers are checked against this, so a test never trusts our own reading of the spec.
import { readFileSync } from "node:fs";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

const specText = readFileSync(new URL("../../openapi/compilot-activity-logs.yaml", import.meta.url), "utf8");
/** The parsed OpenAPI document. */
export const spec = parse(specText) as {
  components: { schemas: Record<string, unknown>; responses: Record<string, unknown> };
  paths: Record<string, unknown>;
};

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
addFormats.default(ajv);
// Register the components once under the spec's own URI so "#/components/schemas/X" refs resolve.
ajv.addSchema({ $id: "spec", components: spec.components }, "spec");

const cache = new Map<string, ValidateFunction>();

/** A validator for one named component schema (e.g. "ActivityLogsResponse", "SynapsStepEvent"). */
export function validatorFor(schemaName: string): ValidateFunction {
  let validate = cache.get(schemaName);
  if (!validate) {
    if (!(schemaName in spec.components.schemas)) throw new Error(`no schema ${schemaName} in the spec`);
    validate = ajv.compile({ $ref: `spec#/components/schemas/${schemaName}` });
    cache.set(schemaName, validate);
  }
  return validate;
}

/** Validates `value` against a named schema; returns ajv's errors (empty when valid). */
export function errorsFor(schemaName: string, value: unknown): ErrorObject[] {
  const validate = validatorFor(schemaName);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
