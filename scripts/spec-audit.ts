// Seed-coverage and drift audit: does the spec say everything the vendor's docs page says, at the same place?
//
//   npm run spec:audit                 audits openapi/seed-docs-page.txt (the spec's provenance): must be 100%
//   npm run spec:audit -- <file>       audits any later text copy of the docs page against the spec
//
// The spec is projected onto the docs page the way docusaurus-openapi-docs renders it and the lossy text copy keeps
// it (object/array property names with flags, enums, descriptions, anyOf tabs, array brackets, example keys), then
// the page's items are aligned with the projection in document order. Prints the coverage, the misses, and what
// appeared (in the file, not in the spec) or disappeared (in the spec, not in the file).
// Exit code: 0 when the file and the spec agree item for item, 1 when anything differs (a consumer's CI can watch
// for vendor drift with it), 2 on a usage error.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { parseDocsPage, type DocsPage, type ItemKind, type PageItem, type PropertyShape } from "./seed-parse.ts";
import { escapePointerToken, pointerTokens } from "../src/json-pointer.ts";
import { isMain } from "./is-main.ts";

/** The spec file the audit reads. */
export const SPEC_PATH = fileURLToPath(new URL("../openapi/compilot-activity-logs.yaml", import.meta.url));
/** The spec's provenance: the copy of the docs page the spec was reconstructed from. */
export const SEED_PATH = fileURLToPath(new URL("../openapi/seed-docs-page.txt", import.meta.url));

type Json = Record<string, unknown>;

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
  /** Set when the item belongs to an element the spec marks `x-reconstruction: confirmed` (an addition the vendor's published schemas confirm): its source. */
  addition?: string;
  /** For an enum: the values the spec marks as confirmed additions (`x-reconstruction-additions`), with their source. */
  addedValues?: Record<string, string>;
}

/** Loads and parses the spec. */
export function loadSpec(path = SPEC_PATH): Json {
  return parse(readFileSync(path, "utf8")) as Json;
}

/** Loads and parses a docs page text copy. */
export function loadPage(path = SEED_PATH): DocsPage {
  return parseDocsPage(readFileSync(path, "utf8"));
}

// ---------------------------------------------------------------------------------------------------------------
// Projection of the spec onto the docs page.

const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const esc = escapePointerToken;

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

interface Unwrapped {
  node: Node;
  nullable: boolean;
  /** Non-null branches when the schema is a union of two or more. */
  branches?: Node[];
}

// 3.1 writes nullable as a `null` type or an `anyOf` branch; the docs show it as the flag "nullable".
function unwrap(spec: Json, start: Node): Unwrapped {
  let node = resolve(spec, start);
  let nullable = false;
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
      if (known) {
        node = known;
        continue;
      }
      return { node, nullable, branches };
    }
    if (Array.isArray(node.schema.type) && node.schema.type.includes("null")) nullable = true;
    return { node, nullable };
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
      !Array.isArray(b.schema.enum) && Object.keys(b.schema).every((key) => key === "type" || key === "description"),
  );
  const [known] = enums;
  return enums.length === 1 && plain.length === resolved.length - 1 && plain.every((b) => b.schema.type === "string")
    ? known
    : undefined;
}

const typeOf = (schema: Json): string | undefined => {
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== "null") : [schema.type];
  return typeof types[0] === "string" ? types[0] : undefined;
};
const isObjectLike = (u: Unwrapped): boolean =>
  u.branches !== undefined || typeOf(u.node.schema) === "object" || isObj(u.node.schema.properties);
// `x-reconstruction-additions: [{ value, x-reconstruction: confirmed, x-reconstruction-source }]` on an enum schema.
function confirmedValues(schema: Json): Record<string, string> {
  const out: Record<string, string> = {};
  const list = schema["x-reconstruction-additions"];
  for (const entry of Array.isArray(list) ? list : []) {
    if (!isObj(entry) || entry["x-reconstruction"] !== "confirmed") continue;
    const source = entry["x-reconstruction-source"];
    out[String(entry.value)] = typeof source === "string" ? source : "x-reconstruction: confirmed";
  }
  return out;
}

const schemaName = (pointer: string): string | undefined => /^#\/components\/schemas\/([^/]+)$/.exec(pointer)?.[1];

class Projector {
  readonly items: SpecItem[] = [];
  constructor(
    private readonly spec: Json,
    private section: string,
  ) {}

  setSection(section: string): void {
    this.section = section;
  }

  private addition: string | undefined;

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
      const items = unwrap(this.spec, {
        schema: (p.node.schema.items ?? {}) as Json,
        pointer: `${p.node.pointer}/items`,
      });
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
      const items = unwrap(this.spec, {
        schema: (b.node.schema.items ?? {}) as Json,
        pointer: `${b.node.pointer}/items`,
      });
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
      const items = unwrap(this.spec, {
        schema: (p.node.schema.items ?? {}) as Json,
        pointer: `${p.node.pointer}/items`,
      });
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
    this.enumOf(p.node, prop.pointer);
  }

  private branch(b: Unwrapped): void {
    if (b.branches || isObjectLike(b)) {
      this.body(b);
      return;
    }
    if (typeOf(b.node.schema) === "array") {
      const items = unwrap(this.spec, {
        schema: (b.node.schema.items ?? {}) as Json,
        pointer: `${b.node.pointer}/items`,
      });
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

  private enumOf(node: Node, site: string): void {
    if (!Array.isArray(node.schema.enum)) return;
    const values = (node.schema.enum as unknown[]).filter((v) => v !== null).map(String);
    const name = schemaName(node.pointer);
    const addedValues = confirmedValues(node.schema);
    this.push({
      kind: "enum",
      text: values.join(", "),
      values,
      pointer: `${node.pointer}/enum`,
      site,
      ...(name ? { schema: name } : {}),
      ...(Object.keys(addedValues).length > 0 ? { addedValues } : {}),
    });
  }

  exampleKeys(node: Node, prefix: string): void {
    const u = unwrap(this.spec, node);
    // An anyOf member is sampled per variant; the text copy keeps those samples as `{}` with no keys.
    if (u.branches) return;
    if (typeOf(u.node.schema) === "array") {
      this.exampleKeys(
        { schema: (u.node.schema.items ?? {}) as Json, pointer: `${u.node.pointer}/items` },
        `${prefix}[]`,
      );
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

// ---------------------------------------------------------------------------------------------------------------
// Alignment of a page with the projection.

function lcs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as Uint16Array;
    const next = table[i + 1] as Uint16Array;
    for (let j = m - 1; j >= 0; j--)
      row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (((table[i + 1] as Uint16Array)[j] as number) >= ((table[i] as Uint16Array)[j + 1] as number)) i++;
    else j++;
  }
  return pairs;
}

/** One page item paired with a spec item. */
export interface Pair {
  page: PageItem;
  spec: SpecItem;
  /** For enums: the [page index, spec index] pairs of values kept in order. */
  valuePairs?: Array<[number, number]>;
}

/** The page and the projection, aligned in document order. */
export interface Alignment {
  pairs: Pair[];
  /** Page items with no counterpart in the spec. */
  pageOnly: PageItem[];
  /** Spec items with no counterpart on the page (optional ones included). */
  specOnly: SpecItem[];
}

const enumWeightCache = new WeakMap<PageItem, Map<SpecItem, Array<[number, number]>>>();
function enumPairs(a: PageItem, b: SpecItem): Array<[number, number]> {
  let byPage = enumWeightCache.get(a);
  if (!byPage) enumWeightCache.set(a, (byPage = new Map()));
  let pairs = byPage.get(b);
  if (!pairs) byPage.set(b, (pairs = lcs(a.values ?? [], b.values ?? [])));
  return pairs;
}

// How much pairing a and b is worth; 0 when they cannot be the same element.
function weight(a: PageItem, b: SpecItem): number {
  if (a.kind !== b.kind || a.section !== b.section) return 0;
  if (a.kind === "enum") {
    const kept = enumPairs(a, b).length;
    // Same enum if at least half its values survive in order: enough to follow additions, removals and reorders.
    return kept * 2 >= Math.max(a.values?.length ?? 0, b.values?.length ?? 0) ? kept : 0;
  }
  return a.text === b.text ? 1 : 0;
}

/** Aligns the page with the projection (weighted longest common subsequence). */
export function align(page: DocsPage, projection: SpecItem[]): Alignment {
  const a = page.items;
  const b = projection;
  const n = a.length;
  const m = b.length;
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const w = weight(a[i] as PageItem, b[j] as SpecItem);
      const skip = Math.max((score[i + 1] as Float64Array)[j] as number, (score[i] as Float64Array)[j + 1] as number);
      (score[i] as Float64Array)[j] =
        w > 0 ? Math.max(skip, w + ((score[i + 1] as Float64Array)[j + 1] as number)) : skip;
    }
  }
  const pairs: Pair[] = [];
  const pageOnly: PageItem[] = [];
  const specOnly: SpecItem[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const pa = a[i] as PageItem;
    const sb = b[j] as SpecItem;
    const w = weight(pa, sb);
    const here = (score[i] as Float64Array)[j] as number;
    if (w > 0 && here === w + ((score[i + 1] as Float64Array)[j + 1] as number)) {
      pairs.push({ page: pa, spec: sb, ...(pa.kind === "enum" ? { valuePairs: enumPairs(pa, sb) } : {}) });
      i++;
      j++;
    } else if (here === ((score[i + 1] as Float64Array)[j] as number)) {
      pageOnly.push(pa);
      i++;
    } else {
      specOnly.push(sb);
      j++;
    }
  }
  for (; i < n; i++) pageOnly.push(a[i] as PageItem);
  for (; j < m; j++) specOnly.push(b[j] as SpecItem);
  return { pairs, pageOnly, specOnly };
}

// An item is at the right place when the nearest paired object property before it on the page is paired with the
// nearest paired one before its counterpart in the spec (so a description or an enum cannot drift to another object).
function anchors<T extends PageItem>(items: readonly T[], paired: ReadonlySet<PageItem>): Map<T, T | undefined> {
  const map = new Map<T, T | undefined>();
  let last: T | undefined;
  let section = "";
  for (const item of items) {
    if (item.section !== section) {
      section = item.section;
      last = undefined;
    }
    map.set(item, last);
    if (item.kind === "property" && paired.has(item)) last = item;
  }
  return map;
}

// ---------------------------------------------------------------------------------------------------------------
// Coverage: every item of the page found in the spec, at the right place.

/** One line of the ledger: a page item and the spec element it maps to. */
export interface LedgerEntry {
  line: number;
  kind: ItemKind;
  text: string;
  pointer: string;
  schema?: string;
  site?: string;
}

/** Result of checking a page against the spec. */
export interface Coverage {
  matched: number;
  total: number;
  /** One message per item of the page not found at its place in the spec. */
  misses: string[];
  /** Where each page item was found. */
  ledger: LedgerEntry[];
  alignment: Alignment;
}

const describeItem = (item: PageItem): string => {
  if (item.kind === "property" && item.property) return `property ${item.text} (${shapeText(item.property)})`;
  if (item.kind === "enum")
    return `enum [${(item.values ?? []).slice(0, 3).join(", ")}${(item.values?.length ?? 0) > 3 ? ", …" : ""}]`;
  return `${item.kind} ${JSON.stringify(item.text)}`;
};
const shapeText = (p: PropertyShape): string =>
  [p.type, p.required ? "required" : "optional", ...(p.nullable ? ["nullable"] : [])].join(", ");
const weightOf = (item: PageItem): number => (item.kind === "enum" ? (item.values?.length ?? 0) : 1);

/** Checks that every enum value, property, description, tab, bracket and example key of the page is in the spec at its place. */
export function coverage(page: DocsPage, spec: Json, projection: SpecItem[] = projectSpec(spec)): Coverage {
  const alignment = align(page, projection);
  const paired = new Set<PageItem>(alignment.pairs.flatMap((p) => [p.page, p.spec]));
  const pageAnchor = anchors(page.items, paired);
  const specAnchor = anchors(projection, paired);
  const partner = new Map<PageItem, SpecItem>(alignment.pairs.map((p) => [p.page, p.spec]));
  const total = page.items.reduce((sum, item) => sum + weightOf(item), 0);
  const misses: string[] = [];
  const ledger: LedgerEntry[] = [];
  let matched = 0;
  for (const item of alignment.pageOnly)
    misses.push(`line ${item.line}: ${describeItem(item)} is not in the spec at this place`);
  for (const { page: item, spec: found, valuePairs } of alignment.pairs) {
    const at = `${found.pointer}`;
    const anchor = pageAnchor.get(item);
    const specSide = specAnchor.get(found);
    if (
      item.kind !== "property" &&
      ((anchor === undefined) !== (specSide === undefined) ||
        (anchor !== undefined && partner.get(anchor) !== specSide))
    ) {
      misses.push(
        `line ${item.line}: ${describeItem(item)} is in the spec at ${at}, under a different element (page: after line ${anchor?.line ?? "-"}; spec: after ${specSide?.pointer ?? "-"})`,
      );
      continue;
    }
    if (
      item.kind === "property" &&
      item.property &&
      found.property &&
      shapeText(item.property) !== shapeText(found.property)
    ) {
      misses.push(
        `line ${item.line}: property ${item.text} is ${shapeText(item.property)} on the page but ${shapeText(found.property)} in the spec (${at})`,
      );
      continue;
    }
    ledger.push({
      line: item.line ?? 0,
      kind: item.kind,
      text: item.text,
      pointer: at,
      ...(found.schema ? { schema: found.schema } : {}),
      ...(found.site ? { site: found.site } : {}),
    });
    if (item.kind !== "enum") {
      matched += 1;
      continue;
    }
    const kept = new Set((valuePairs ?? []).map(([p]) => p));
    (item.values ?? []).forEach((value, index) => {
      if (kept.has(index)) matched += 1;
      else {
        const inSpec = found.values?.includes(value);
        misses.push(
          `line ${item.valueLines?.[index] ?? item.line}: enum value ${value} ${inSpec ? "is out of order in" : "is missing from"} ${found.schema ?? found.pointer} (${at})`,
        );
      }
    });
  }
  return { matched, total, misses, ledger, alignment };
}

// ---------------------------------------------------------------------------------------------------------------
// Drift: what a later copy of the docs page adds or drops against the spec.

/** One difference between a docs page and the spec. */
export interface Difference {
  change: "appeared" | "disappeared" | "changed";
  kind: ItemKind | "enum value";
  /** The value, name or text that differs. */
  text: string;
  /** Where: the enum's schema name, or the spec pointer, or the page line. */
  where: string;
  line?: number;
}

/** An element the spec adds to the page on the evidence of the vendor's published schemas (`x-reconstruction: confirmed`). */
export interface Addition {
  kind: ItemKind | "enum value";
  text: string;
  /** The enum's schema name and where it is used, or the spec pointer. */
  where: string;
  /** The spec's `x-reconstruction-source` for it. */
  source: string;
}

/** The differences between a docs page and the spec, and the confirmed additions that are no difference. */
export interface Comparison {
  differences: Difference[];
  additions: Addition[];
}

const enumSummary = (item: SpecItem): string => {
  const values = item.values ?? [];
  const shown = values.slice(0, 4).join(", ");
  return `${item.schema ?? "enum"}: ${shown}${values.length > 4 ? `, … (${values.length} values)` : ""}`;
};

/** Compares a page with the spec: what differs, and what the spec adds as confirmed by the vendor's schemas. */
export function compare(page: DocsPage, spec: Json, provenance: DocsPage = loadPage()): Comparison {
  const projection = projectSpec(spec);
  // Our own explanatory descriptions are not the vendor's: only those the provenance copy anchors count as vendor text.
  const vendorText = new Set(
    align(provenance, projection)
      .pairs.filter((p) => p.spec.optional)
      .map((p) => p.spec),
  );
  const { pairs, pageOnly, specOnly } = align(page, projection);
  const out: Difference[] = [];
  const additions: Addition[] = [];
  for (const item of pageOnly) {
    if (item.kind === "enum") {
      for (const [index, value] of (item.values ?? []).entries())
        out.push({
          change: "appeared",
          kind: "enum value",
          text: value,
          where: `a new enum (line ${item.line})`,
          line: item.valueLines?.[index] ?? 0,
        });
    } else
      out.push({
        change: "appeared",
        kind: item.kind,
        text: item.property ? `${item.text} (${shapeText(item.property)})` : item.text,
        where: "the page",
        line: item.line ?? 0,
      });
  }
  for (const item of specOnly) {
    if (item.optional && !vendorText.has(item)) continue;
    if (item.kind === "enum" && item.addition !== undefined) {
      additions.push({
        kind: "enum",
        text: enumSummary(item),
        where: item.site ?? item.pointer,
        source: item.addition,
      });
    } else if (item.kind === "enum") {
      const where = `${item.schema ?? item.pointer} (used at ${item.site})`;
      for (const value of item.values ?? []) {
        const source = item.addedValues?.[value];
        if (source !== undefined) additions.push({ kind: "enum value", text: value, where, source });
        else out.push({ change: "disappeared", kind: "enum value", text: value, where });
      }
    } else {
      const text = item.property ? `${item.text} (${shapeText(item.property)})` : item.text;
      if (item.addition !== undefined)
        additions.push({ kind: item.kind, text, where: item.pointer, source: item.addition });
      else out.push({ change: "disappeared", kind: item.kind, text, where: item.pointer });
    }
  }
  for (const { page: item, spec: found, valuePairs } of pairs) {
    if (
      item.kind === "property" &&
      item.property &&
      found.property &&
      shapeText(item.property) !== shapeText(found.property)
    ) {
      out.push({
        change: "changed",
        kind: "property",
        text: `${item.text}: ${shapeText(found.property)} -> ${shapeText(item.property)}`,
        where: found.pointer,
        line: item.line ?? 0,
      });
    }
    if (item.kind !== "enum") continue;
    const pageValues = item.values ?? [];
    const specValues = found.values ?? [];
    const where = found.schema ?? found.pointer;
    pageValues.forEach((value, index) => {
      if (!specValues.includes(value))
        out.push({ change: "appeared", kind: "enum value", text: value, where, line: item.valueLines?.[index] ?? 0 });
    });
    for (const value of specValues) {
      if (pageValues.includes(value)) continue;
      const source = found.addedValues?.[value] ?? found.addition;
      if (source !== undefined)
        additions.push({ kind: "enum value", text: value, where: `${where} (used at ${found.site})`, source });
      else out.push({ change: "disappeared", kind: "enum value", text: value, where });
    }
    const inOrder = new Set((valuePairs ?? []).map(([p]) => p));
    pageValues.forEach((value, index) => {
      if (specValues.includes(value) && !inOrder.has(index))
        out.push({
          change: "changed",
          kind: "enum value",
          text: `${value} moved`,
          where,
          line: item.valueLines?.[index] ?? 0,
        });
    });
  }
  return { differences: out, additions };
}

/** Lists what the page has that the spec lacks (appeared) and what the spec has that the page lacks (disappeared); confirmed additions are not differences. */
export function drift(page: DocsPage, spec: Json, provenance: DocsPage = loadPage()): Difference[] {
  return compare(page, spec, provenance).differences;
}

/** Human-readable coverage report. */
export function formatCoverage(label: string, result: Coverage): string {
  const pct = result.total === 0 ? 100 : Math.floor((result.matched / result.total) * 1000) / 10;
  const lines = [`${label} coverage: ${result.matched}/${result.total} (${pct}%)`];
  for (const miss of result.misses) lines.push(`  miss: ${miss}`);
  return lines.join("\n");
}

/** Human-readable drift report. */
export function formatDrift(differences: Difference[]): string {
  if (differences.length === 0) return "no differences: the docs page and the spec agree";
  return [
    `${differences.length} difference(s) between the docs page and the spec:`,
    ...differences.map(
      (d) =>
        `  ${d.change.padEnd(11)} ${d.kind.padEnd(12)} ${JSON.stringify(d.text)} in ${d.where}${d.line ? ` (line ${d.line})` : ""}`,
    ),
  ].join("\n");
}

/** Human-readable list of the confirmed additions, grouped by source. */
export function formatAdditions(additions: Addition[]): string {
  if (additions.length === 0) return "confirmed additions: none";
  const bySource = new Map<string, Addition[]>();
  for (const addition of additions) bySource.set(addition.source, [...(bySource.get(addition.source) ?? []), addition]);
  const lines = [
    `confirmed additions: ${additions.length} (in the spec, not on the docs page; marked x-reconstruction: confirmed)`,
  ];
  for (const [source, group] of bySource) {
    lines.push(`  from ${source}:`);
    for (const a of group) lines.push(`    ${a.kind.padEnd(12)} ${JSON.stringify(a.text)} in ${a.where}`);
  }
  return lines.join("\n");
}

/** CLI entry: audits the file named on the command line (default: the provenance copy); returns the exit code. */
export function main(argv: string[]): number {
  const file = argv[0];
  let page: DocsPage;
  try {
    page = loadPage(file ?? SEED_PATH);
  } catch (error) {
    console.error(`spec-audit: cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const spec = loadSpec();
  const result = coverage(page, spec);
  const { differences, additions } = compare(page, spec);
  console.log(formatCoverage(file ? "docs page" : "seed", result));
  console.log(formatDrift(differences));
  console.log(formatAdditions(additions));
  return result.matched === result.total && differences.length === 0 ? 0 : 1;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
