// Projection of the spec onto the docs page: the spec as docusaurus-openapi-docs would render it and the lossy text
// copy would keep it (object/array property names with flags, enums, descriptions, anyOf tabs, array brackets,
// example keys), item by item in document order, each with the spec element it comes from.
import { escapePointerToken as esc, pointerTokens } from "../../src/model/json-pointer.ts";
import type { PageItem, PropertyShape } from "../seed-parse.ts";

/** A parsed YAML/JSON object. */
export type Json = Record<string, unknown>;

/** An item of the spec's projection onto the docs page, with where it lives in the spec. */
export interface SpecItem extends PageItem {
  /** JSON pointer of the element in the spec (`#/components/schemas/RuleData/properties/queryId/description`). */
  pointer: string;
  /** For an enum: the named schema holding it (`SynapsStatus`). */
  schema?: string;
  /** For an enum: the property that uses it (`#/components/schemas/SynapsSessionEvent/properties/status`). */
  site?: string;
  /** Items the page may omit without it being a difference: our own explanatory descriptions, and responses that only repeat `default`. */
  optional?: boolean;
  /** Set when the item belongs to a property the spec marks `x-reconstruction: confirmed` (an addition the vendor's published schemas confirm): its source. */
  addition?: string;
  /** For an enum: the values the spec marks as confirmed additions (`x-reconstruction-additions`), with their source. */
  addedValues?: Record<string, string>;
  /** For the known values of an open enum (see `openEnum`) the spec marks as confirmed: the open schema and its source. */
  openedBy?: { schema: string; source: string };
}

/** Whether a value is a JSON object (not null, not an array). */
export const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

interface Node {
  schema: Json;
  pointer: string;
}

function resolve(spec: Json, node: Node): Node {
  let current = node;
  for (let hops = 0; typeof current.schema.$ref === "string" && hops < 20; hops++) {
    const ref = current.schema.$ref as string;
    let target: unknown = spec;
    for (const part of pointerTokens(ref.replace(/^#/, ""))) target = isObj(target) ? target[part] : undefined;
    if (!isObj(target)) throw new Error(`unresolved $ref ${ref} at ${current.pointer}`);
    current = { schema: target, pointer: ref };
  }
  return current;
}

// An array schema's `items`, as a node of its own.
const itemsOf = (array: Node): Node => ({
  schema: (isObj(array.schema.items) ? array.schema.items : {}) as Json,
  pointer: `${array.pointer}/items`,
});

interface Unwrapped {
  node: Node;
  nullable: boolean;
  /** The open enum (`anyOf: [{enum}, {type: string}]`) whose enum branch `node` is. */
  open?: Node;
  /** Non-null branches when the schema is a union of two or more. */
  branches?: Node[];
}

// 3.1 writes nullable as a `null` type or an `anyOf` branch; the docs show it as the flag "nullable".
function unwrap(spec: Json, start: Node): Unwrapped {
  let node = resolve(spec, start);
  let nullable = false;
  let open: Node | undefined;
  for (let depth = 0; depth < 20; depth++) {
    const union = (node.schema.anyOf ?? node.schema.oneOf) as unknown;
    const key = node.schema.anyOf ? "anyOf" : "oneOf";
    if (Array.isArray(union)) {
      const branches = union
        .map((schema, i) => ({ schema: schema as Json, pointer: `${node.pointer}/${key}/${i}` }))
        .filter((b) => b.schema.type !== "null");
      if (branches.length < union.length) nullable = true;
      const [only] = branches;
      if (branches.length === 1 && only) {
        node = resolve(spec, only);
        continue;
      }
      const known = openEnum(spec, branches);
      if (!known) return { node, nullable, branches };
      open = node;
      node = known;
    }
    if (Array.isArray(node.schema.type) && node.schema.type.includes("null")) nullable = true;
    return { node, nullable, ...(open ? { open } : {}) };
  }
  throw new Error(`nesting too deep at ${start.pointer}`);
}

// An "open enum" (`anyOf: [{enum: [known values]}, {type: string}]`, as VaultPath) accepts any string and lists its
// known values for the types' autocomplete; the docs page shows such a member as its list of known values.
function openEnum(spec: Json, branches: Node[]): Node | undefined {
  const resolved = branches.map((b) => resolve(spec, b));
  const enums = resolved.filter((b) => Array.isArray(b.schema.enum));
  const plain = resolved.filter(
    (b) =>
      !Array.isArray(b.schema.enum) &&
      b.schema.type === "string" &&
      Object.keys(b.schema).every((key) => key === "type" || key === "description"),
  );
  const [known] = enums;
  return enums.length === 1 && plain.length === resolved.length - 1 ? known : undefined;
}

const typeOf = (schema: Json): string | undefined => {
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== "null") : [schema.type];
  return typeof types[0] === "string" ? types[0] : undefined;
};
const isObjectLike = (u: Unwrapped): boolean =>
  u.branches !== undefined || typeOf(u.node.schema) === "object" || isObj(u.node.schema.properties);
const schemaName = (pointer: string): string | undefined => /^#\/components\/schemas\/([^/]+)$/.exec(pointer)?.[1];

// `x-reconstruction-additions: [{ value, x-reconstruction: confirmed, x-reconstruction-source }]` on an enum schema,
// or one entry with `values: [...]` for a group of values from one source (KnownVaultPath's vendor paths).
function confirmedValues(schema: Json): Record<string, string> {
  const out: Record<string, string> = {};
  const list = schema["x-reconstruction-additions"];
  for (const entry of Array.isArray(list) ? list : []) {
    if (!isObj(entry) || entry["x-reconstruction"] !== "confirmed") continue;
    const source = entry["x-reconstruction-source"];
    const values = Array.isArray(entry.values) ? (entry.values as unknown[]) : [entry.value];
    for (const value of values)
      out[String(value)] = typeof source === "string" ? source : "x-reconstruction: confirmed";
  }
  return out;
}

class Projector {
  readonly items: SpecItem[] = [];
  // The source of the confirmed addition being projected, if any (see `within`).
  private addition: string | undefined;
  constructor(
    private readonly spec: Json,
    private section: string,
  ) {}

  setSection(section: string): void {
    this.section = section;
  }

  push(item: Omit<SpecItem, "section">): void {
    this.items.push({
      section: this.section,
      ...item,
      ...(this.addition === undefined ? {} : { addition: this.addition }),
    });
  }

  // What a property the spec marks `x-reconstruction: confirmed` projects is an addition from the vendor's schemas.
  private within(site: Node, project: () => void): void {
    const outer = this.addition;
    if (outer === undefined && site.schema["x-reconstruction"] === "confirmed") {
      const source = site.schema["x-reconstruction-source"];
      this.addition = typeof source === "string" ? source : "x-reconstruction: confirmed";
    }
    try {
      project();
    } finally {
      this.addition = outer;
    }
  }

  // docusaurus prints the anyOf tab labels and array brackets of the whole tree; the text copy lists them first.
  outline(u: Unwrapped): void {
    if (u.branches) {
      u.branches.forEach((_, i) =>
        this.push({ kind: "marker", text: `MOD${i + 1}`, pointer: `${u.node.pointer}/anyOf/${i}` }),
      );
      for (const branch of u.branches) this.outlineBranch(unwrap(this.spec, branch));
      return;
    }
    for (const [, prop] of this.properties(u.node)) this.within(prop, () => this.outlineProperty(prop));
  }

  private outlineProperty(prop: Node): void {
    const p = unwrap(this.spec, prop);
    if (typeOf(p.node.schema) === "array") {
      const items = unwrap(this.spec, itemsOf(p.node));
      // An array of primitives is shown inline as `name string[]`, without brackets.
      if (!isObjectLike(items)) return;
      this.push({ kind: "marker", text: "Array [", pointer: `${prop.pointer}` });
      this.outline(items);
      this.push({ kind: "marker", text: "]", pointer: `${prop.pointer}` });
    } else if (isObjectLike(p)) {
      this.outline(p);
    }
  }

  private outlineBranch(b: Unwrapped): void {
    if (typeOf(b.node.schema) === "array") {
      const items = unwrap(this.spec, itemsOf(b.node));
      this.push({ kind: "marker", text: "Array [", pointer: b.node.pointer });
      if (isObjectLike(items)) this.outline(items);
      this.push({ kind: "marker", text: "]", pointer: b.node.pointer });
    } else if (isObjectLike(b)) {
      this.outline(b);
    }
  }

  private properties(node: Node): Array<[string, Node]> {
    const props = node.schema.properties;
    if (!isObj(props)) return [];
    return Object.entries(props).map(([name, schema]) => [
      name,
      { schema: schema as Json, pointer: `${node.pointer}/properties/${esc(name)}` },
    ]);
  }

  body(u: Unwrapped): void {
    if (u.branches) {
      for (const branch of u.branches) this.branch(unwrap(this.spec, branch));
      return;
    }
    if (typeOf(u.node.schema) === "array") {
      this.branch(u);
      return;
    }
    const required = Array.isArray(u.node.schema.required) ? (u.node.schema.required as string[]) : [];
    for (const [name, prop] of this.properties(u.node))
      this.within(prop, () => this.property(name, prop, required.includes(name)));
  }

  private property(name: string, prop: Node, required: boolean): void {
    const p = unwrap(this.spec, prop);
    const description = typeof prop.schema.description === "string" ? prop.schema.description : undefined;
    const describe = (): void => {
      if (description !== undefined)
        this.push({ kind: "description", text: description, pointer: `${prop.pointer}/description`, optional: true });
    };
    let shape: PropertyShape["type"] | undefined;
    let inner: Unwrapped | undefined;
    if (typeOf(p.node.schema) === "array") {
      const items = unwrap(this.spec, itemsOf(p.node));
      if (isObjectLike(items)) {
        shape = "object[]";
        inner = items;
      }
    } else if (isObjectLike(p)) {
      shape = "object";
      inner = p;
    }
    if (shape && inner) {
      this.push({
        kind: "property",
        text: name,
        pointer: prop.pointer,
        property: { type: shape, required, nullable: p.nullable },
      });
      describe();
      this.body(inner);
      return;
    }
    // A primitive: its name is lost in the text copy; its description and enum remain.
    describe();
    this.enumOf(p.node, prop.pointer, p.open);
  }

  private branch(b: Unwrapped): void {
    if (b.branches || isObjectLike(b)) {
      this.body(b);
      return;
    }
    if (typeOf(b.node.schema) === "array") {
      const items = unwrap(this.spec, itemsOf(b.node));
      this.branch(items);
      return;
    }
    if (Array.isArray(b.node.schema.enum)) {
      this.enumOf(b.node, b.node.pointer);
      return;
    }
    const type = typeOf(b.node.schema);
    if (type) this.push({ kind: "variant-type", text: type, pointer: `${b.node.pointer}/type` });
  }

  private enumOf(node: Node, site: string, open?: Node): void {
    if (!Array.isArray(node.schema.enum)) return;
    const values = (node.schema.enum as unknown[]).filter((v) => v !== null).map(String);
    const name = schemaName(node.pointer);
    const addedValues = confirmedValues(node.schema);
    const openSource = open?.schema["x-reconstruction-source"];
    const openedBy =
      open && open.schema["x-reconstruction"] === "confirmed"
        ? {
            schema: schemaName(open.pointer) ?? open.pointer,
            source: typeof openSource === "string" ? openSource : "x-reconstruction: confirmed",
          }
        : undefined;
    this.push({
      kind: "enum",
      text: values.join(", "),
      values,
      pointer: `${node.pointer}/enum`,
      site,
      ...(name ? { schema: name } : {}),
      ...(Object.keys(addedValues).length > 0 ? { addedValues } : {}),
      ...(openedBy ? { openedBy } : {}),
    });
  }

  exampleKeys(node: Node, prefix: string): void {
    const u = unwrap(this.spec, node);
    // An anyOf member is sampled per variant; the text copy keeps those samples as `{}` with no keys.
    if (u.branches) return;
    if (typeOf(u.node.schema) === "array") {
      this.exampleKeys(itemsOf(u.node), `${prefix}[]`);
      return;
    }
    for (const [name, prop] of this.properties(u.node)) {
      const path = prefix === "" ? name : `${prefix}.${name}`;
      this.push({ kind: "example-key", text: path, pointer: prop.pointer });
      this.exampleKeys(prop, path);
    }
  }
}

/** The spec as the docs page's text copy would show it, item by item in document order. */
export function projectSpec(spec: Json): SpecItem[] {
  const paths = spec.paths;
  if (!isObj(paths)) throw new Error("spec has no paths");
  const proj = new Projector(spec, "page");
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObj(pathItem)) continue;
    for (const method of ["get", "put", "post", "delete", "options", "head", "patch", "trace"]) {
      const op = pathItem[method];
      if (!isObj(op)) continue;
      const opPointer = `#/paths/${esc(path)}/${method}`;
      proj.setSection("page");
      if (typeof op.summary === "string")
        proj.push({ kind: "description", text: op.summary, pointer: `${opPointer}/summary` });
      proj.push({ kind: "operation", text: `${method.toUpperCase()} ${path}`, pointer: opPointer });
      if (typeof op.description === "string")
        proj.push({ kind: "description", text: op.description, pointer: `${opPointer}/description` });
      const params = [
        ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
        ...(Array.isArray(op.parameters) ? op.parameters : []),
      ] as Json[];
      const where = new Set(params.map((p) => resolve(spec, { schema: p, pointer: opPointer }).schema.in));
      if (params.length > 0 || isObj(op.requestBody))
        proj.push({ kind: "heading", text: "Request", pointer: `${opPointer}/parameters` });
      for (const [place, heading] of [
        ["path", "Path Parameters"],
        ["query", "Query Parameters"],
        ["header", "Header Parameters"],
        ["cookie", "Cookie Parameters"],
      ] as const) {
        if (where.has(place)) proj.push({ kind: "heading", text: heading, pointer: `${opPointer}/parameters` });
      }
      const responses = isObj(op.responses) ? op.responses : {};
      const defaultRef = isObj(responses.default) ? responses.default.$ref : undefined;
      // trpc-openapi documents errors only as `default`; our explicit 4xx/5xx are the same response under more codes.
      const alias = (status: string): boolean =>
        status !== "default" &&
        defaultRef !== undefined &&
        isObj(responses[status]) &&
        (responses[status] as Json).$ref === defaultRef;
      const statuses = Object.keys(responses);
      for (const status of statuses)
        proj.push({
          kind: "status",
          text: status,
          pointer: `${opPointer}/responses/${esc(status)}`,
          ...(alias(status) ? { optional: true } : {}),
        });
      for (const status of statuses) {
        if (alias(status)) continue;
        proj.setSection(status);
        const response = resolve(spec, {
          schema: responses[status] as Json,
          pointer: `${opPointer}/responses/${esc(status)}`,
        });
        if (typeof response.schema.description === "string")
          proj.push({
            kind: "description",
            text: response.schema.description,
            pointer: `${response.pointer}/description`,
          });
        const content = isObj(response.schema.content) ? response.schema.content : {};
        for (const [mediaType, media] of Object.entries(content)) {
          proj.push({ kind: "media-type", text: mediaType, pointer: `${response.pointer}/content/${esc(mediaType)}` });
          if (!isObj(media) || !isObj(media.schema)) continue;
          const root: Node = { schema: media.schema, pointer: `${response.pointer}/content/${esc(mediaType)}/schema` };
          proj.outline(unwrap(spec, root));
          proj.body(unwrap(spec, root));
          proj.exampleKeys(root, "");
        }
      }
    }
  }
  return proj.items;
}
