// Stage 2 of codegen: the spec's response schemas -> standalone validator code (ajv 2020-12, no eval at run time).
import { readFile } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { parse } from "yaml";
import type { GeneratedFile } from "./generated-file.ts";
import { SPEC_URL, header } from "./generated-file.ts";

type Schema = { [key: string]: unknown };

const SCHEMA_REF = "#/components/schemas/";
// ajv tracks evaluated properties on every object for these keywords (2x slower on a 2 MB page); the spec uses none,
// so that tracking is switched off below, and a spec that starts using one must fail here rather than validate wrongly.
const UNSUPPORTED = ["unevaluatedProperties", "unevaluatedItems", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor"];
// Annotations carry no validation, and ajv would copy them into the generated code.
const isAnnotation = (key: string): boolean => key.startsWith("x-") || key === "description" || key === "title" || key === "example" || key === "examples";

/** Renders `generated/validators.js` and its `.d.ts` (unformatted; the caller runs prettier). */
export async function renderValidators(): Promise<GeneratedFile[]> {
  const spec = parse(await readFile(SPEC_URL, "utf8")) as { components: { schemas: Record<string, Schema> } };
  const schemas = spec.components.schemas;
  const ajv = new Ajv2020({
    allErrors: true, // costs nothing on valid data (measured), and the explain validators need every failure
    messages: false, // src/validate.ts words its own messages
    strict: true,
    strictTypes: false, // OpenAPI style: `required` and `properties` beside `anyOf`/`if` without `type: object`
    strictRequired: false,
    loopEnum: Infinity, // inline `===` chains: the loop form imports ajv's runtime `equal` and is slower
    code: { source: true, esm: true, optimize: true },
  });
  ajv.addSchema({ $id: "spec", $defs: withDefsRefs(schemas) });
  ajv.addSchema({ $id: "explain-ActivityLogsResponse", ...inlined(schemas, "ActivityLogsResponse") });
  ajv.addSchema({ $id: "explain-ApiErrorBody", ...inlined(schemas, "ApiErrorBody") });
  // The 2020 meta-schema above was compiled with these on; the spec's own validators are compiled without them.
  Object.assign(ajv.opts, { unevaluated: false, dynamicRef: false });
  const code = standaloneCode(ajv, {
    validateActivityLogsResponse: "spec#/$defs/ActivityLogsResponse",
    validateApiErrorBody: "spec#/$defs/ApiErrorBody",
    explainActivityLogsResponse: "explain-ActivityLogsResponse",
    explainApiErrorBody: "explain-ApiErrorBody",
  });
  if (/\brequire\(|^\s*import\s|\bnew Function\b|\beval\(/m.test(code)) {
    throw new Error("the standalone validators import a runtime or evaluate code; they must be self-contained (CSP, no ajv for consumers)");
  }
  return [
    { path: "generated/validators.js", content: header("//") + code },
    { path: "generated/validators.d.ts", content: header("//") + DECLARATIONS },
  ];
}

/** The component schemas as `$defs`, annotations dropped, refs pointing at `#/$defs/…`. */
function withDefsRefs(schemas: Record<string, Schema>): Schema {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    const out: Schema = {};
    for (const [key, member] of Object.entries(value)) {
      if (isAnnotation(key)) continue;
      if (UNSUPPORTED.includes(key)) throw new Error(`the spec uses ${key}, which gen-validators.ts compiles without support`);
      out[key] = key === "$ref" && typeof member === "string" ? member.replace(SCHEMA_REF, "#/$defs/") : walk(member);
    }
    return out;
  };
  return walk(schemas) as Schema;
}

/**
 * One schema with every `$ref` replaced by its target, so each ajv error's `schemaPath` runs from the root and tells
 * which `anyOf` branch it came from (src/validate.ts reports the branch that got deepest).
 */
function inlined(schemas: Record<string, Schema>, name: string): Schema {
  const walk = (value: unknown, stack: string[]): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, stack));
    if (value === null || typeof value !== "object") return value;
    const out: Schema = {};
    let target: Schema | undefined;
    for (const [key, member] of Object.entries(value)) {
      if (isAnnotation(key)) continue;
      if (key !== "$ref") {
        out[key] = walk(member, stack);
        continue;
      }
      const refName = String(member).replace(SCHEMA_REF, "");
      const referenced = schemas[refName];
      if (!String(member).startsWith(SCHEMA_REF) || !referenced) throw new Error(`cannot inline $ref ${String(member)}`);
      if (stack.includes(refName)) throw new Error(`recursive $ref to ${refName}: the explain validators cannot inline it`);
      target = walk(referenced, [...stack, refName]) as Schema;
    }
    if (!target) return out;
    // A $ref with validating siblings keeps both, side by side, rather than merging keywords that could clash.
    return Object.keys(out).length === 0 ? target : { ...out, allOf: [...((out.allOf as unknown[]) ?? []), target] };
  };
  return walk(schemas[name], [name]) as Schema;
}

const DECLARATIONS = `import type { components } from "./compilot-activity-logs";

/** One failure reported by a generated validator (ajv's \`ErrorObject\`, without messages). */
export interface ValidatorError {
  /** JSON pointer of the failing value. */
  instancePath: string;
  /** JSON pointer of the failing keyword in the compiled schema. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A compiled schema: true when \`data\` matches; otherwise \`errors\` lists the failures. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ValidatorError[] | null;
}

/** Checks a \`200\` body (fast: shared schemas compiled once as functions). */
export declare const validateActivityLogsResponse: Validator<components["schemas"]["ActivityLogsResponse"]>;
/** Checks an error body (fast). */
export declare const validateApiErrorBody: Validator<components["schemas"]["ApiErrorBody"]>;
/** Checks a \`200\` body with every \`$ref\` inlined, so \`schemaPath\` locates each \`anyOf\` branch (for reports). */
export declare const explainActivityLogsResponse: Validator<components["schemas"]["ActivityLogsResponse"]>;
/** Checks an error body with every \`$ref\` inlined (for reports). */
export declare const explainApiErrorBody: Validator<components["schemas"]["ApiErrorBody"]>;
`;
