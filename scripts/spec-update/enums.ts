// The spec's enums whose values come from the vendor's schemas (`x-reconstruction-upstream` names the zod schemas), the
// values a release of those schemas gives them, and the spec's text with a release's new values added as confirmed
// additions (`x-reconstruction-additions`, the form the spec already uses).
import { isSeq, parseDocument, Scalar, type YAMLMap } from "yaml";
import { VENDOR } from "../vault-paths.ts";
import { ReleaseError } from "./release.ts";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The vendor's package as loaded (upstream/payloads.ts `loadVendor`): its root entry and its `./providers` entry. */
export interface VendorEntries {
  version: string;
  root: Record<string, unknown>;
  providers: Record<string, unknown>;
}

/** An enum of the spec whose values the vendor's schemas give. */
export interface UpstreamEnum {
  /** Its name under `components/schemas`. */
  schema: string;
  /** Where the vendor's values are: `[providers ]Export[.member]`, one or more (their values are joined). */
  refs: string[];
  /** The spec's values, in order. */
  values: string[];
}

/** What a release changes in one enum. */
export interface EnumChange {
  schema: string;
  refs: string[];
  /** The release's values the spec lacks, in the release's order. */
  added: string[];
  /** The spec's values the release no longer gives (kept in the spec). */
  removed: string[];
}

/** Every enum of the spec marked with `x-reconstruction-upstream`, in the spec's order. */
export function upstreamEnums(spec: Json): UpstreamEnum[] {
  const components = isObject(spec.components) ? spec.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  return Object.entries(schemas).flatMap(([schema, node]) => {
    if (!isObject(node) || !Array.isArray(node["x-reconstruction-upstream"]) || !Array.isArray(node.enum)) return [];
    return [{ schema, refs: node["x-reconstruction-upstream"].map(String), values: node.enum.map(String) }];
  });
}

type Zod = { _def?: Json; shape?: unknown };

// Wrappers whose values are those of the schema they wrap (`.nullish()`, `.default()`, `.transform()`, `.pipe()`).
function unwrap(node: Zod): Zod | undefined {
  const def = node._def ?? {};
  switch (def.typeName) {
    case "ZodOptional":
    case "ZodNullable":
    case "ZodDefault":
    case "ZodReadonly":
    case "ZodCatch":
      return def.innerType as Zod;
    case "ZodBranded":
      return def.type as Zod;
    case "ZodEffects":
      return def.schema as Zod;
    case "ZodPipeline":
      return def.out as Zod;
    default:
      return undefined;
  }
}

/** The string values a zod schema (or an exported list of values) allows; undefined when it is no enum of strings. */
export function zodValues(node: unknown): string[] | undefined {
  if (Array.isArray(node)) return node.every((value) => typeof value === "string") ? node : undefined;
  if (!isObject(node)) return undefined;
  const zod = node as Zod;
  const def = zod._def ?? {};
  switch (def.typeName) {
    case "ZodEnum":
      return zodValues(def.values);
    case "ZodNativeEnum":
      return isObject(def.values) ? Object.values(def.values).filter((v) => typeof v === "string") : undefined;
    case "ZodLiteral":
      return typeof def.value === "string" ? [def.value] : undefined;
    case "ZodUnion": {
      const lists = (def.options as unknown[]).map(zodValues);
      return lists.every((list) => list !== undefined) ? [...new Set(lists.flat() as string[])] : undefined;
    }
  }
  const inner = unwrap(zod);
  return inner === undefined ? undefined : zodValues(inner);
}

function member(node: unknown, name: string): unknown {
  let object = node as Zod | undefined;
  while (object && object._def?.typeName !== "ZodObject") object = unwrap(object);
  const shape = object?._def?.shape;
  const members = typeof shape === "function" ? (shape as () => Json)() : undefined;
  return members?.[name];
}

/** The values the vendor's release gives at one `x-reconstruction-upstream` reference. */
export function vendorValues(vendor: VendorEntries, ref: string): string[] {
  const [entryName, path] = ref.includes(" ") ? ref.split(" ", 2) : ["root", ref];
  const entry = entryName === "providers" ? vendor.providers : entryName === "root" ? vendor.root : undefined;
  const [exportName = "", ...members] = (path ?? "").split(".");
  let node: unknown = entry?.[exportName];
  for (const name of members) node = node === undefined ? undefined : member(node, name);
  const values = node === undefined ? undefined : zodValues(node);
  if (values === undefined)
    throw new ReleaseError(
      `${VENDOR}@${vendor.version} has no enum of strings at "${ref}" (x-reconstruction-upstream): the spec or ` +
        "scripts/spec-update/enums.ts needs updating",
    );
  return values;
}

/** What `vendor` changes in each upstream enum of the spec (every one, changed or not). */
export function enumChanges(spec: Json, vendor: VendorEntries): EnumChange[] {
  return upstreamEnums(spec).map(({ schema, refs, values }) => {
    const given = [...new Set(refs.flatMap((ref) => vendorValues(vendor, ref)))];
    const known = new Set(values);
    const givenSet = new Set(given);
    return {
      schema,
      refs,
      added: given.filter((value) => !known.has(value)),
      removed: values.filter((value) => !givenSet.has(value)),
    };
  });
}

/** The `x-reconstruction-source` of a value a release adds. */
export function additionSourceOf(version: string, previous: string | undefined, refs: string[]): string {
  const since = previous === undefined ? "" : ` (not in ${previous})`;
  return `${VENDOR} ${version}${since}, ${refs.join(" / ")}`;
}

/**
 * The spec's text with each change's added values appended to its enum and listed under its
 * `x-reconstruction-additions` with the release as source. Removed values stay. Unformatted (the caller runs prettier).
 */
export function writeEnumAdditions(
  specText: string,
  changes: EnumChange[],
  version: string,
  previous: string | undefined,
): string {
  const doc = parseDocument(specText);
  for (const { schema, refs, added } of changes) {
    if (added.length === 0) continue;
    const at = ["components", "schemas", schema];
    const values = doc.getIn([...at, "enum"], true);
    if (!isSeq(values)) throw new Error(`the spec has no enum list at ${at.join(".")}`);
    for (const value of added) values.items.push(doc.createNode(value));
    let list = doc.getIn([...at, "x-reconstruction-additions"], true);
    if (!isSeq(list)) {
      list = doc.createNode([]);
      (doc.getIn(at, true) as YAMLMap).set("x-reconstruction-additions", list);
    }
    for (const value of added) {
      const source = new Scalar(additionSourceOf(version, previous, refs));
      source.type = Scalar.QUOTE_DOUBLE;
      (list as { items: unknown[] }).items.push(
        doc.createNode({ value, "x-reconstruction": "confirmed", "x-reconstruction-source": source }),
      );
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
