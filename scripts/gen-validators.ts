// Stage 2 of codegen: the spec's response schemas -> standalone validator code (ajv 2020-12, no eval at run time).
import { readFile } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { parse } from "yaml";
// The shape of a union is declared once, in the declarations this script writes (below), for src/model/contract.ts and
// here.
import type { Union } from "../generated/validators.js";
import type { GeneratedFile } from "./generated-file.ts";
import { SPEC_URL, header } from "./generated-file.ts";

type Schema = { [key: string]: unknown };

const SCHEMA_REF = "#/components/schemas/";
// ajv tracks evaluated properties on every object for these keywords (a cost on every object); the spec uses none,
// so that tracking is switched off below, and a spec that starts using one must fail here rather than validate wrongly.
const UNSUPPORTED = [
  "unevaluatedProperties",
  "unevaluatedItems",
  "$dynamicRef",
  "$dynamicAnchor",
  "$recursiveRef",
  "$recursiveAnchor",
];
// Annotations carry no validation, and ajv would copy them into the generated code.
const isAnnotation = (key: string): boolean =>
  key.startsWith("x-") || key === "description" || key === "title" || key === "example" || key === "examples";

/**
 * The validators, by export name, and the schema each checks. The page's logs are checked one by one against the
 * variant of each log's shape (src/model/validate.ts asks the discriminator the guards use), so the page's own validator
 * checks its envelope alone and each ActivityLog variant has a validator of its own.
 */
const VALIDATED = {
  validateEnvelope: "ActivityLogsResponse",
  validateKycProviderEventLog: "KycProviderEventLog",
  validateScenarioExecutionLog: "ScenarioExecutionLog",
  validateApiErrorBody: "ApiErrorBody",
} as const;

/** The page without a schema for its logs. */
function envelope(page: Schema | undefined): Schema {
  const properties = isSchema(page?.properties) ? page.properties : {};
  const logs = isSchema(properties.activityLogs) ? properties.activityLogs : {};
  const { items: _items, ...list } = logs;
  return { ...page, properties: { ...properties, activityLogs: list } };
}

/** Renders `generated/validators.js` and its `.d.ts` (unformatted; the caller runs prettier). */
export async function renderValidators(): Promise<GeneratedFile[]> {
  const spec = parse(await readFile(SPEC_URL, "utf8")) as { components: { schemas: Record<string, Schema> } };
  const schemas = { ...spec.components.schemas };
  schemas.ActivityLogsResponse = envelope(schemas.ActivityLogsResponse);
  const ajv = new Ajv2020({
    allErrors: true, // src/model/validate.ts reports every failure
    messages: false, // src/model/validate.ts words its own messages
    strict: true,
    strictTypes: false, // OpenAPI style: `required` and `properties` beside `anyOf`/`if` without `type: object`
    strictRequired: false,
    loopEnum: Infinity, // inline `===` chains: the loop form imports ajv's runtime `equal` and is slower
    code: { source: true, esm: true, optimize: true },
  });
  const unions: Record<string, Record<string, Union>> = {};
  for (const [exportName, schemaName] of Object.entries(VALIDATED)) {
    ajv.addSchema({ $id: exportName, ...inlined(schemas, schemaName, (unions[exportName] = {})) });
  }
  // The 2020 meta-schema above was compiled with these on; the spec's own validators are compiled without them.
  Object.assign(ajv.opts, { unevaluated: false, dynamicRef: false });
  const code = standaloneCode(ajv, Object.fromEntries(Object.keys(VALIDATED).map((name) => [name, name])));
  if (/\brequire\(|^\s*import\s|\bnew Function\b|\beval\(/m.test(code)) {
    throw new Error(
      "the standalone validators import a runtime or evaluate code; they must be self-contained (CSP, no ajv for consumers)",
    );
  }
  const table = `\nexport const unions = ${JSON.stringify(unions)};\n`;
  return [
    { path: "generated/validators.js", content: header("//") + code + table },
    { path: "generated/validators.d.ts", content: header("//") + DECLARATIONS },
  ];
}

function isNullType(value: unknown): boolean {
  return isSchema(value) && Object.keys(value).length === 1 && value.type === "null";
}

// Where JSON Schema 2020-12 nests schemas: in maps, in lists, as values. Anything else (enum, const, required…) is data.
const SCHEMA_MAPS = new Set(["$defs", "properties", "patternProperties", "dependentSchemas"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_VALUES = new Set([
  "items",
  "contains",
  "additionalProperties",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
]);

function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * The one schema walker: a copy of `node` whose subschemas are replaced by `visit(subschema, path)`, `path` being the
 * subschema's place below `node` as ajv writes it in a `schemaPath` (`properties/data`, `anyOf/0`). Every reshaping
 * here goes through it, so all of them agree on where JSON Schema 2020-12 nests schemas.
 */
function mapSubschemas(node: Schema, visit: (member: unknown, path: string) => unknown): Schema {
  const out: Schema = {};
  for (const [key, member] of Object.entries(node)) {
    if (SCHEMA_MAPS.has(key) && isSchema(member))
      out[key] = Object.fromEntries(Object.entries(member).map(([k, sub]) => [k, visit(sub, `${key}/${k}`)]));
    else if (SCHEMA_LISTS.has(key) && Array.isArray(member))
      out[key] = member.map((sub, i) => visit(sub, `${key}/${i}`));
    else out[key] = SCHEMA_VALUES.has(key) ? visit(member, key) : member;
  }
  return out;
}

function branchLabel(branch: unknown, refName: string | undefined): string {
  if (refName !== undefined) return refName;
  if (!isSchema(branch)) return "?";
  if (branch.type === "array" && isSchema(branch.items) && typeof branch.items.type === "string")
    return `${branch.items.type}[]`;
  return typeof branch.type === "string" ? branch.type : "?";
}

/**
 * `anyOf: [{ type: string }, { enum: [strings] }…]` accepts every string: the enums add nothing to a check, so the
 * union is one `{ type: string }` (VaultPath, whose known values are there for the types' autocomplete only).
 */
function reduceStringUnion(node: Schema): Schema {
  const { anyOf, ...rest } = node;
  if (!Array.isArray(anyOf)) return node;
  const plain = (b: unknown) => isSchema(b) && Object.keys(b).length === 1 && b.type === "string";
  const strings = (b: unknown) =>
    isSchema(b) &&
    Object.keys(b).every((k) => k === "type" || k === "enum") &&
    (b.type === undefined || b.type === "string") &&
    Array.isArray(b.enum) &&
    b.enum.every((v) => typeof v === "string");
  if (!anyOf.some(plain) || !anyOf.every((b) => plain(b) || strings(b))) return node;
  if (rest.type !== undefined && rest.type !== "string") return node;
  return { ...rest, type: "string" };
}

/**
 * One schema with every `$ref` replaced by its target (one function, no calls), so each ajv error's `schemaPath` runs
 * from the root and tells which branch of a union it came from. Each union outside an `if` (an `if` reports no
 * errors) is listed in `unions` by the `schemaPath` of its branches: src/model/validate.ts keeps a failure inside one only
 * when it lies in the branch the value's shape belongs to.
 */
function inlined(schemas: Record<string, Schema>, name: string, unions: Record<string, Union>): Schema {
  // `refs`: the chain of schemas being inlined (a recursive one cannot be); `silent`: inside an `if`; `named`: the
  // spec schema this node is the top of.
  const walk = (value: unknown, path: string, refs: string[], silent: boolean, named?: string): unknown => {
    if (!isSchema(value)) return value;
    const { $ref, ...own } = value;
    for (const key of Object.keys(own)) {
      if (isAnnotation(key)) delete own[key];
      else if (UNSUPPORTED.includes(key))
        throw new Error(`the spec uses ${key}, which gen-validators.ts compiles without support`);
    }
    if (typeof $ref === "string") {
      const refName = $ref.replace(SCHEMA_REF, "");
      const referenced = schemas[refName];
      if (!$ref.startsWith(SCHEMA_REF) || !referenced) throw new Error(`cannot inline $ref ${$ref}`);
      if (refs.includes(refName)) throw new Error(`recursive $ref to ${refName}: the validators cannot inline it`);
      if (Object.keys(own).length === 0) return walk(referenced, path, [...refs, refName], silent, refName);
      // A $ref with validating siblings keeps both, side by side, rather than merging keywords that could clash.
      const allOf = Array.isArray(own.allOf) ? own.allOf : [];
      return walk({ ...own, allOf: [...allOf, { $ref }] }, path, refs, silent, named);
    }
    const { anyOf, ...rest } = own;
    if (Array.isArray(anyOf) && anyOf.length === 2 && isNullType(anyOf[1]) && Object.keys(rest).length === 0) {
      // A nullable `[X, null]` is folded into X, so a value that is there fails no `null` branch (an error object and
      // an array of garbage per value, which sets off scavenges that copy a freshly parsed page): a typed X gets
      // `null` in its type (and enum), a union X gets a `null` branch. Same verdicts either way.
      const inner = walk(anyOf[0], path, refs, silent, named);
      if (isSchema(inner) && Array.isArray(inner.anyOf) && Object.keys(inner).length === 1) {
        const union = unions[`${path}/anyOf`];
        if (union !== undefined) union.branches.push("null");
        return { anyOf: [...inner.anyOf, { type: "null" }] };
      }
      if (
        isSchema(inner) &&
        typeof inner.type === "string" &&
        Object.keys(inner).every((k) => k !== "anyOf" && k !== "allOf" && k !== "if")
      ) {
        const typed: Schema = { ...inner, type: [inner.type, "null"] };
        if (Array.isArray(inner.enum)) typed.enum = [...inner.enum, null];
        return typed;
      }
      // Anything else keeps its `anyOf`; src/model/validate.ts sends a non-null value to X.
    }
    const out = reduceStringUnion(
      mapSubschemas(own, (sub, at) => walk(sub, `${path}/${at}`, refs, silent || at === "if")),
    );
    if (Array.isArray(out.anyOf) && Array.isArray(own.anyOf) && !silent) {
      const branches = own.anyOf.map((branch, i) => {
        const ref =
          isSchema(branch) && typeof branch.$ref === "string" ? branch.$ref.replace(SCHEMA_REF, "") : undefined;
        return branchLabel(out.anyOf instanceof Array ? out.anyOf[i] : undefined, ref);
      });
      unions[`${path}/anyOf`] = named === undefined ? { branches } : { name: named, branches };
    }
    return out;
  };
  return walk(schemas[name], "#", [name], false, name) as Schema;
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

/** A compiled schema: true when \`data\` matches; otherwise \`errors\` lists every failure, the failed branches of unions included. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ValidatorError[] | null;
}

/** Checks a \`200\` body's envelope: everything but its logs. */
export declare const validateEnvelope: Validator<unknown>;
/** Checks one KYC provider event log. */
export declare const validateKycProviderEventLog: Validator<components["schemas"]["KycProviderEventLog"]>;
/** Checks one scenario execution log. */
export declare const validateScenarioExecutionLog: Validator<components["schemas"]["ScenarioExecutionLog"]>;
/** Checks an error body. */
export declare const validateApiErrorBody: Validator<components["schemas"]["ApiErrorBody"]>;

/**
 * One union of a validator: the spec schema it comes from when it is a named union (\`RuleValue\`), and a
 * label per branch (the referenced schema's name, else the JSON type: \`string\`, \`number[]\`, \`null\`).
 */
export interface Union {
  name?: string;
  branches: string[];
}

/**
 * The unions of each validator, by the \`schemaPath\` of their \`anyOf\` (errors of branch i under \`…/anyOf/i\`). A nullable
 * union has a \`null\` branch; a nullable of one type has \`null\` in its type list, and is no union.
 */
export declare const unions: Record<
  "validateEnvelope" | "validateKycProviderEventLog" | "validateScenarioExecutionLog" | "validateApiErrorBody",
  Record<string, Union>
>;
`;
