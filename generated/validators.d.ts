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

/** A compiled schema: true when `data` matches; otherwise `errors` lists the failures. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ValidatorError[] | null;
}

/** Checks a `200` body (fast: yes or no, stops at the first failure; its `errors` follow a reshaped schema). */
export declare const validateActivityLogsResponse: Validator<
  components["schemas"]["ActivityLogsResponse"]
>;
/** Checks an error body (fast). */
export declare const validateApiErrorBody: Validator<
  components["schemas"]["ApiErrorBody"]
>;
/** Checks a `200` body's envelope, its logs aside, with every failure (for reports). */
export declare const explainActivityLogsResponse: Validator<unknown>;
/** Checks one KYC provider event log with every failure, every `$ref` inlined (for reports). */
export declare const explainKycProviderEventLog: Validator<
  components["schemas"]["KycProviderEventLog"]
>;
/** Checks one scenario execution log with every failure, every `$ref` inlined (for reports). */
export declare const explainScenarioExecutionLog: Validator<
  components["schemas"]["ScenarioExecutionLog"]
>;
/** Checks an error body with every failure, every `$ref` inlined (for reports). */
export declare const explainApiErrorBody: Validator<
  components["schemas"]["ApiErrorBody"]
>;

/**
 * One `anyOf` of an explain validator: the spec schema it comes from when it is a named union (`ActivityLog`), and a
 * label per branch (the referenced schema's name, else the JSON type: `string`, `number[]`, `null`).
 */
export interface Union {
  name?: string;
  branches: string[];
}

/**
 * The unions of each explain validator, by the `schemaPath` prefix of their branches' errors: `…/anyOf` for the
 * spec's named unions (errors of branch i under `…/anyOf/i`), `…/else` for a nullable (`if null, else X`).
 */
export declare const explainUnions: Record<
  | "ActivityLogsResponse"
  | "KycProviderEventLog"
  | "ScenarioExecutionLog"
  | "ApiErrorBody",
  Record<string, Union>
>;
