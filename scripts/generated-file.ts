// Shared by the codegen stages: where the spec is and how a generated file announces itself.
import { fileURLToPath } from "node:url";

/** One file the codegen writes, path relative to the package root. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** The package root (the folder holding package.json). */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The reconstructed OpenAPI document: the single source of every generated file. */
export const SPEC_URL = new URL("../openapi/compilot-activity-logs.yaml", import.meta.url);

/** The first lines of every generated file (stripe-node style: say so, and say where to change it instead). */
export function header(comment: "//"): string {
  return [
    `${comment} This file is generated, do not edit it by hand.`,
    `${comment} Source: openapi/compilot-activity-logs.yaml. Change the spec or scripts/, then run \`npm run generate\`.`,
    "",
    "",
  ].join("\n");
}
