// Stage 2 of codegen: the spec's response schemas -> standalone validator code (ajv 2020-12, no eval at run time).
import { readFile } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import { _, stringify, type KeywordCxt } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { parse } from "yaml";
import type { GeneratedFile } from "./generated-file.ts";
import { SPEC_URL, header } from "./generated-file.ts";

type Schema = { [key: string]: unknown };

const SCHEMA_REF = "#/components/schemas/";
// ajv tracks evaluated properties on every object for these keywords (2x slower on a 2 MB page); the spec uses none,
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

/** The schemas with an explain validator (`explain<Name>`): the page's envelope, each ActivityLog variant, the error body. */
const EXPLAINED = ["ActivityLogsResponse", "KycProviderEventLog", "ScenarioExecutionLog", "ApiErrorBody"] as const;

/** The page without a schema for its logs (they are explained one by one). */
function envelope(page: Schema | undefined): Schema {
  const properties = isSchema(page?.properties) ? page.properties : {};
  const logs = isSchema(properties.activityLogs) ? properties.activityLogs : {};
  const { items: _items, ...list } = logs;
  return { ...page, properties: { ...properties, activityLogs: list } };
}

/** Renders `generated/validators.js` and its `.d.ts` (unformatted; the caller runs prettier). */
export async function renderValidators(): Promise<GeneratedFile[]> {
  const spec = parse(await readFile(SPEC_URL, "utf8")) as { components: { schemas: Record<string, Schema> } };
  const schemas = spec.components.schemas;
  const ajv = new Ajv2020({
    allErrors: true, // the explain validators need every failure; the fast ones are compiled without it (below)
    messages: false, // src/validate.ts words its own messages
    strict: true,
    strictTypes: false, // OpenAPI style: `required` and `properties` beside `anyOf`/`if` without `type: object`
    strictRequired: false,
    loopEnum: Infinity, // inline `===` chains: the loop form imports ajv's runtime `equal` and is slower
    code: { source: true, esm: true, optimize: true },
  });
  ajv.addKeyword({ keyword: STRING_SET, type: "string", schemaType: "array", code: stringSetCode });
  const page = inlined(schemas, "ActivityLogsResponse", {}, false);
  const errorBody = inlined(schemas, "ApiErrorBody", {}, false);
  ajv.addSchema({ $id: "fast-ActivityLogsResponse", ...forFastValidation(page) });
  ajv.addSchema({ $id: "fast-ApiErrorBody", ...forFastValidation(errorBody) });
  // The page's logs are explained one by one against the variant of each log's shape (src/validate.ts), so the page's
  // explainer checks the envelope alone and each variant has an explainer of its own.
  const explained = { ...schemas, ActivityLogsResponse: envelope(schemas.ActivityLogsResponse) };
  const unions: Record<string, Record<string, Union>> = {};
  const refs: Record<string, string> = {
    validateActivityLogsResponse: "fast-ActivityLogsResponse",
    validateApiErrorBody: "fast-ApiErrorBody",
  };
  for (const name of EXPLAINED) {
    ajv.addSchema({ $id: `explain-${name}`, ...inlined(explained, name, (unions[name] = {}), true) });
    refs[`explain${name}`] = `explain-${name}`;
  }
  // The 2020 meta-schema above was compiled with these on; the spec's own validators are compiled without them.
  Object.assign(ajv.opts, { unevaluated: false, dynamicRef: false });
  // ajv reads its options when it compiles: the fast validators stop at the first failure (src/validate.ts only asks
  // them yes or no), the explain validators collect every failure.
  ajv.opts.allErrors = false;
  for (const ref of ["fast-ActivityLogsResponse", "fast-ApiErrorBody"]) ajv.getSchema(ref);
  ajv.opts.allErrors = true;
  const code = standaloneCode(ajv, refs);
  if (/\brequire\(|^\s*import\s|\bnew Function\b|\beval\(/m.test(code)) {
    throw new Error(
      "the standalone validators import a runtime or evaluate code; they must be self-contained (CSP, no ajv for consumers)",
    );
  }
  const table = `\n/** Every \`anyOf\` of the explain validators, by its \`schemaPath\` (see \`explainUnions\` in validators.d.ts). */\nexport const explainUnions = ${JSON.stringify(unions)};\n`;
  return [
    { path: "generated/validators.js", content: header("//") + code + table },
    { path: "generated/validators.d.ts", content: header("//") + DECLARATIONS },
  ];
}

/**
 * The same verdicts, in a shape that is cheap on valid data. ajv calls each compiled `$ref` with a fresh options object
 * and builds an error object for each failing `anyOf` branch (a nullable value fails one of its two branches either
 * way): about 8 MB of garbage per check of the 2 MB bench page, and the scavenges it set off copied the freshly parsed
 * page. So the fast validators are compiled from the inlined schema (one function, no calls) with unions merged into
 * type lists where the branches cannot overlap, and `if`/`else` where they can. The explain validators keep the spec's
 * `anyOf`s for their reports. Valid because the spec uses no keyword that sees annotations (UNSUPPORTED).
 */
function forFastValidation(schema: Schema): Schema {
  const walk = (node: unknown): unknown => {
    if (!isSchema(node)) return node;
    if (
      node.type === "string" &&
      Array.isArray(node.enum) &&
      node.enum.length > 16 &&
      node.enum.every((v) => typeof v === "string")
    ) {
      const { enum: values, ...rest } = node;
      return walk({ ...rest, [STRING_SET]: values });
    }
    return simplifyUnion(mapSubschemas(node, walk));
  };
  return walk(schema) as Schema;
}

// A long enum of strings compiles to an `===` chain (~190 ns for the last of the 253 vault paths); a Set is one lookup.
const STRING_SET = "x-stringSet";
function stringSetCode(cxt: KeywordCxt): void {
  const set = cxt.gen.scopeValue("obj", {
    ref: new Set(cxt.schema as string[]),
    code: _`new Set(${stringify(cxt.schema)})`,
  });
  cxt.fail(_`!${set}.has(${cxt.data})`);
}

function simplifyUnion(node: Schema): Schema {
  const { anyOf, ...rest } = node;
  if (!Array.isArray(anyOf) || "else" in rest) return node;
  // `anyOf: [A, B]` beside `if: C, then: A`: when C holds, A implies the anyOf; when it fails, only the anyOf is left,
  // and without A when every A is a C (a value that fails C cannot be an A), so A is not compiled twice.
  if ("if" in rest && "then" in rest && anyOf.some((branch) => sameSchema(branch, rest.then))) {
    const others = implies(rest.then, rest.if) ? anyOf.filter((branch) => !sameSchema(branch, rest.then)) : anyOf;
    return { ...rest, else: others.length === 1 ? others[0] : { anyOf: others } };
  }
  // A branch that is only an `anyOf` contributes its own branches.
  const flat = (anyOf as unknown[]).flatMap((b) =>
    isSchema(b) && Object.keys(b).length === 1 && Array.isArray(b.anyOf) ? (b.anyOf as unknown[]) : [b],
  );
  const branches = mergeByType(flat);
  const [only] = branches;
  if (branches.length === 1 && isSchema(only) && Object.keys(only).every((k) => !(k in rest)))
    return { ...rest, ...only };
  if (branches.length !== 2 || "if" in rest) return { ...rest, anyOf: branches };
  // `anyOf: [X, null]` that could not merge: null, or else X (`if` keeps no errors, `anyOf` builds one either way).
  const other = branches.find((b) => !isNullType(b));
  return other !== undefined && branches.some(isNullType)
    ? { ...rest, if: { type: "null" }, else: other }
    : { ...rest, anyOf: branches };
}

/**
 * True when every value valid against `schema` is valid against `condition`, shown structurally for conditions made of
 * `required`, `properties` and `anyOf` only (false, the safe answer, for anything else). Both keywords pass any
 * non-object, so only objects need a proof: each required name is required by `schema` too, each property's condition
 * follows from `schema`'s own property schema, and some `anyOf` branch follows from `schema`.
 */
export function implies(schema: unknown, condition: unknown): boolean {
  if (!isSchema(condition)) return condition === true;
  if (!isSchema(schema)) return false;
  const required = Array.isArray(schema.required) ? schema.required : [];
  const properties = isSchema(schema.properties) ? schema.properties : {};
  return Object.entries(condition).every(([key, member]) => {
    if (key === "required") return Array.isArray(member) && member.every((name) => required.includes(name));
    if (key === "properties")
      return isSchema(member) && Object.entries(member).every(([name, sub]) => implies(properties[name], sub));
    if (key === "anyOf") return Array.isArray(member) && member.some((branch) => implies(schema, branch));
    return false;
  });
}

// Keywords that only ever look at values of one JSON type, by that type ("number" also stands for "integer").
const KEYWORDS_OF_TYPE: Record<string, string[]> = {
  object: [
    "properties",
    "required",
    "additionalProperties",
    "patternProperties",
    "minProperties",
    "maxProperties",
    "propertyNames",
    "dependentRequired",
    "dependentSchemas",
  ],
  array: ["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains", "minContains", "maxContains"],
  string: ["minLength", "maxLength", "pattern", "format"],
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
};
const typeSlot = (type: string): string => (type === "integer" ? "number" : type);

/**
 * Merges `anyOf` branches that claim distinct JSON types into one `{ type: [...] }` (`[string, {type: object, ...}]`
 * becomes `{type: [string, object], ...}`): a value of a claimed type meets only its own branch's keywords either way.
 * A branch with `enum` merges only with `{ type: "null" }` (null joins the enum). Others stay as they are, in order.
 */
function mergeByType(branches: unknown[]): unknown[] {
  const claims = (b: unknown): string[] | undefined => {
    if (!isSchema(b)) return undefined;
    const types = typeof b.type === "string" ? [b.type] : Array.isArray(b.type) ? b.type.map(String) : undefined;
    if (!types) return undefined;
    const slots = types.map(typeSlot);
    const ok = Object.keys(b).every(
      (k) => k === "type" || k === "enum" || slots.some((slot) => KEYWORDS_OF_TYPE[slot]?.includes(k)),
    );
    return ok ? slots : undefined;
  };
  const result: unknown[] = [];
  let group: Schema[] = [];
  let groupAt = -1;
  const taken = new Set<string>();
  for (const branch of branches) {
    const slots = claims(branch);
    const fits =
      slots !== undefined &&
      isSchema(branch) &&
      slots.every((slot) => !taken.has(slot)) &&
      (group.length === 0 ||
        (!("enum" in branch) && !group.some((g) => "enum" in g)) ||
        [branch, ...group].every((g) => "enum" in g || isNullType(g)));
    if (!fits || !isSchema(branch)) {
      result.push(branch);
      continue;
    }
    if (group.length === 0) groupAt = result.push(undefined) - 1;
    group.push(branch);
    for (const slot of slots) taken.add(slot);
  }
  if (groupAt >= 0) result[groupAt] = group.length === 1 ? group[0] : mergeGroup(group);
  return result;
}

function mergeGroup(group: Schema[]): Schema {
  const types = group.flatMap((g) => (Array.isArray(g.type) ? g.type : [g.type]));
  const merged: Schema = Object.assign({}, ...group.map(({ type: _type, enum: _enum, ...keywords }) => keywords), {
    type: types,
  });
  if (group.some((g) => "enum" in g)) merged.enum = group.flatMap((g) => (Array.isArray(g.enum) ? g.enum : [null]));
  return merged;
}

function isNullType(value: unknown): boolean {
  return isSchema(value) && Object.keys(value).length === 1 && value.type === "null";
}

function sameSchema(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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

/**
 * One `anyOf` of an explain validator: the spec schema it comes from when it is a named union (`ActivityLog`), and a
 * label per branch (the referenced schema's name, else the JSON type: `string`, `number[]`, `null`).
 */
export interface Union {
  name?: string;
  branches: string[];
}

function branchLabel(branch: unknown, refName: string | undefined): string {
  if (refName !== undefined) return refName;
  if (!isSchema(branch)) return "?";
  if (branch.type === "array" && isSchema(branch.items) && typeof branch.items.type === "string")
    return `${branch.items.type}[]`;
  return typeof branch.type === "string" ? branch.type : "?";
}

/**
 * \`anyOf: [{ type: string }, { enum: [strings] }…]\` accepts every string: the enums add nothing to a check, so the
 * union is one \`{ type: string }\` (VaultPath, whose known values are there for the types' autocomplete only).
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
 * One schema with every `$ref` replaced by its target, so each ajv error's `schemaPath` runs from the root and tells
 * which `anyOf` branch it came from. Each `anyOf` outside an `if` (an `if` reports no errors) is listed in `unions`
 * by its `schemaPath`: src/validate.ts explains a failure inside it against the branch the value's shape belongs to.
 */
function inlined(
  schemas: Record<string, Schema>,
  name: string,
  unions: Record<string, Union>,
  explain: boolean,
): Schema {
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
      if (refs.includes(refName))
        throw new Error(`recursive $ref to ${refName}: the explain validators cannot inline it`);
      if (Object.keys(own).length === 0) return walk(referenced, path, [...refs, refName], silent, refName);
      // A $ref with validating siblings keeps both, side by side, rather than merging keywords that could clash.
      const allOf = Array.isArray(own.allOf) ? own.allOf : [];
      return walk({ ...own, allOf: [...allOf, { $ref }] }, path, refs, silent, named);
    }
    const { anyOf } = own;
    if (explain && Array.isArray(anyOf) && anyOf.length === 2 && isNullType(anyOf[1]) && !("if" in own)) {
      // A nullable `[X, null]` becomes `if null, else X`: the same verdicts, without a failed `null` branch (an error
      // object) for every value that is there, and X's failures under `…/else`.
      const { anyOf: _anyOf, ...rest } = own;
      const branch = anyOf[0];
      const ref = isSchema(branch) && typeof branch.$ref === "string" ? branch.$ref.replace(SCHEMA_REF, "") : undefined;
      const out = mapSubschemas({ ...rest, if: { type: "null" }, else: branch }, (sub, at) =>
        walk(sub, `${path}/${at}`, refs, silent || at === "if"),
      );
      if (!silent) unions[`${path}/else`] = { branches: [branchLabel(out.else, ref), "null"] };
      return out;
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

/** A compiled schema: true when \`data\` matches; otherwise \`errors\` lists the failures. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ValidatorError[] | null;
}

/** Checks a \`200\` body (fast: yes or no, stops at the first failure; its \`errors\` follow a reshaped schema). */
export declare const validateActivityLogsResponse: Validator<components["schemas"]["ActivityLogsResponse"]>;
/** Checks an error body (fast). */
export declare const validateApiErrorBody: Validator<components["schemas"]["ApiErrorBody"]>;
/** Checks a \`200\` body's envelope, its logs aside, with every failure (for reports). */
export declare const explainActivityLogsResponse: Validator<unknown>;
/** Checks one KYC provider event log with every failure, every \`$ref\` inlined (for reports). */
export declare const explainKycProviderEventLog: Validator<components["schemas"]["KycProviderEventLog"]>;
/** Checks one scenario execution log with every failure, every \`$ref\` inlined (for reports). */
export declare const explainScenarioExecutionLog: Validator<components["schemas"]["ScenarioExecutionLog"]>;
/** Checks an error body with every failure, every \`$ref\` inlined (for reports). */
export declare const explainApiErrorBody: Validator<components["schemas"]["ApiErrorBody"]>;

/**
 * One \`anyOf\` of an explain validator: the spec schema it comes from when it is a named union (\`ActivityLog\`), and a
 * label per branch (the referenced schema's name, else the JSON type: \`string\`, \`number[]\`, \`null\`).
 */
export interface Union {
  name?: string;
  branches: string[];
}

/**
 * The unions of each explain validator, by the \`schemaPath\` prefix of their branches' errors: \`…/anyOf\` for the
 * spec's named unions (errors of branch i under \`…/anyOf/i\`), \`…/else\` for a nullable (\`if null, else X\`).
 */
export declare const explainUnions: Record<
  "ActivityLogsResponse" | "KycProviderEventLog" | "ScenarioExecutionLog" | "ApiErrorBody",
  Record<string, Union>
>;
`;
