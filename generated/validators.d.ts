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
/** Checks a `200` body with every `$ref` inlined, so `schemaPath` locates each `anyOf` branch (for reports). */
export declare const explainActivityLogsResponse: Validator<
  components["schemas"]["ActivityLogsResponse"]
>;
/** Checks an error body with every `$ref` inlined (for reports). */
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

/** Every `anyOf` of each explain validator (errors inside an `if` aside), by the `schemaPath` of its errors. */
export declare const explainUnions: {
  ActivityLogsResponse: Record<string, Union>;
  ApiErrorBody: Record<string, Union>;
};
