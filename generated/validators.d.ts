// This file is generated, do not edit it by hand.
// Source: openapi/compilot-activity-logs.yaml. Change the spec or scripts/, then run `npm run generate`.

import type { components } from "./compilot-activity-logs";

/** One failure reported by a generated validator (ajv's `ErrorObject`, without messages). */
export interface ValidatorError {
  /** JSON pointer of the failing value. */
  instancePath: string;
  /** JSON pointer of the failing keyword in the compiled schema. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A compiled schema: true when `data` matches; otherwise `errors` lists every failure, the failed branches of unions included. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ValidatorError[] | null;
}

/** Checks a `200` body's envelope: everything but its logs. */
export declare const validateEnvelope: Validator<unknown>;
/** Checks one KYC provider event log. */
export declare const validateKycProviderEventLog: Validator<
  components["schemas"]["KycProviderEventLog"]
>;
/** Checks one scenario execution log. */
export declare const validateScenarioExecutionLog: Validator<
  components["schemas"]["ScenarioExecutionLog"]
>;
/** Checks an error body. */
export declare const validateApiErrorBody: Validator<
  components["schemas"]["ApiErrorBody"]
>;

/**
 * One union of a validator: the spec schema it comes from when it is a named union (`RuleValue`), and a
 * label per branch (the referenced schema's name, else the JSON type: `string`, `number[]`, `null`).
 */
export interface Union {
  name?: string;
  branches: string[];
}

/**
 * The unions of each validator, by the `schemaPath` of their `anyOf` (errors of branch i under `…/anyOf/i`). A nullable
 * union has a `null` branch; a nullable of one type has `null` in its type list, and is no union.
 */
export declare const unions: Record<
  | "validateEnvelope"
  | "validateKycProviderEventLog"
  | "validateScenarioExecutionLog"
  | "validateApiErrorBody",
  Record<string, Union>
>;
