// Stage 1 of codegen: the spec -> TypeScript types (openapi-typescript), one named type per component schema.
import openapiTS, { astToString } from "openapi-typescript";
import type { GeneratedFile } from "./generated-file.ts";
import { SPEC_URL, header } from "./generated-file.ts";

/** Renders `generated/compilot-activity-logs.d.ts` (unformatted; the caller runs prettier). */
export async function renderTypes(): Promise<GeneratedFile[]> {
  const ast = await openapiTS(SPEC_URL, {
    // `export type ActivityLog = components["schemas"]["ActivityLog"]`, so named schemas stay named types.
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    // Not `immutable`: it breaks array methods on openapi-fetch 0.17 responses (openapi-typescript#2615).
  });
  return [{ path: "generated/compilot-activity-logs.d.ts", content: header("//") + astToString(ast) }];
}
