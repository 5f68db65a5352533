// Activity logs generated from the vendor's published zod schemas (`@nexeraid/identity-schemas`), for the upstream
// conformance test (`npm run spec:upstream`). The only module that needs the vendor's package: it lives in this folder,
// with its own lockfile, so the main install stays lean.
//
// The vendor publishes no schema for a whole activity log, so a log is assembled along the spec's tree
// (openapi/RECONSTRUCTION.md) from the vendor's own component schemas wherever it has one: SynapsSessionEvent,
// SynapsStepEvent, RuleResultQueryConfig (attribute, AllCredentialValues, operators, QueryType), RuleResultStatus and
// BaseQueryResponse. zod-fast-check turns each component into a fast-check arbitrary: it supports zod 3 (which the
// vendor uses), it reads schemas by `_def.typeName`, so the vendor's own zod instance works, and it follows every union,
// enum and `.nullish()` of the vendor's schemas as they are, which a hand-written walker would have to keep up with.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fc from "fast-check";
import type { ZodTypeAny } from "zod";
import { ZodFastCheck } from "zod-fast-check";
import type { Payload, Route } from "../scripts/spec-upstream.ts";

/** The vendor's package as loaded: its root entry and its `./providers` entry (the Synaps events live there). */
export interface Vendor {
  version: string;
  root: Record<string, unknown>;
  providers: Record<string, unknown>;
}

/** Loads the vendor's package installed as `name` (an npm alias such as `s222`) next to `packageJsonPath`. */
export function loadVendor(packageJsonPath: string, name: string): Vendor {
  const require = createRequire(packageJsonPath);
  // The vendor's `exports` map does not list its package.json.
  const manifest = join(dirname(packageJsonPath), "node_modules", name, "package.json");
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  return {
    version,
    root: require(name) as Record<string, unknown>,
    providers: require(`${name}/providers`) as Record<string, unknown>,
  };
}

/** Options of {@link generatePayloads}. */
export interface GenerateOptions {
  /** fast-check seed: the same seed and version give the same payloads. */
  seed: number;
  /** How many activity logs (half KYC provider events, half scenario executions, in random order). */
  count: number;
}

/**
 * The vendor's own vault paths: its path generator (`generateZodObjectPaths`, `src/vault/data-links/zod-utils`) applied
 * to its vault schema (`VaultZodSchema`), in the generator's order. This is the list the vendor's commented-out
 * `VaultSchemaPathsZodSchema` enum would hold; the spec's `KnownVaultPath` takes them for autocomplete.
 */
export function vaultPaths(vendor: Vendor): string[] {
  const generate = vendor.root.generateZodObjectPaths;
  const schema = vendor.root.VaultZodSchema;
  if (typeof generate !== "function" || schema === undefined) {
    throw new Error(
      `@nexeraid/identity-schemas@${vendor.version} exports no generateZodObjectPaths or VaultZodSchema: upstream/payloads.ts needs updating`,
    );
  }
  const paths = (generate as (schema: unknown) => unknown)(schema);
  if (!Array.isArray(paths) || !paths.every((path) => typeof path === "string")) {
    throw new Error(`@nexeraid/identity-schemas@${vendor.version}: generateZodObjectPaths gave no list of strings`);
  }
  return paths;
}

interface Schemas {
  session: ZodTypeAny;
  step: ZodTypeAny;
  ruleData: ZodTypeAny;
  ruleStatus: ZodTypeAny;
  queryResponse: ZodTypeAny;
  link: ZodTypeAny;
  values: ZodTypeAny;
}

function schemaOf(entry: Record<string, unknown>, name: string, version: string): ZodTypeAny {
  const schema = entry[name] as ZodTypeAny | undefined;
  if (schema === undefined) {
    throw new Error(`@nexeraid/identity-schemas@${version} exports no "${name}": upstream/payloads.ts needs updating`);
  }
  if (schema._def?.typeName === undefined) {
    // zod 4 schemas keep their kind elsewhere; zod-fast-check reads zod 3's `_def.typeName`.
    throw new Error(
      `@nexeraid/identity-schemas@${version}: "${name}" is no zod 3 schema (zod 4?): zod-fast-check needs zod 3`,
    );
  }
  return schema;
}

function schemasOf(vendor: Vendor): Schemas {
  const { root, providers, version } = vendor;
  return {
    session: schemaOf(providers, "SynapsSessionEvent", version),
    step: schemaOf(providers, "SynapsStepEvent", version),
    ruleData: schemaOf(root, "RuleResultQueryConfig", version),
    ruleStatus: schemaOf(root, "RuleResultStatus", version),
    queryResponse: schemaOf(root, "BaseQueryResponse", version),
    link: schemaOf(root, "VaultMetadataLinkZodSchema", version),
    values: schemaOf(root, "AllCredentialValues", version),
  };
}

// The vendor's ids (`QueryId`, `DatasetColumnId`) are `z.custom` checks for a prefix such as "query_": zod-fast-check
// can only filter `fc.anything()` through them, which never succeeds. Each one gets a string arbitrary with the prefix
// its check accepts, found among the vendor's exported `…Prefix` constants, so a renamed prefix is picked up too.
function customIds(schema: ZodTypeAny, vendor: Vendor): Map<ZodTypeAny, fc.Arbitrary<string>> {
  const prefixes = Object.entries(vendor.root)
    .filter(([name, value]) => name.endsWith("Prefix") && typeof value === "string")
    .map(([, value]) => `${String(value)}_`);
  const found = new Map<ZodTypeAny, fc.Arbitrary<string>>();
  const visit = (node: ZodTypeAny): void => {
    const def = node._def as Record<string, unknown> & { typeName: string };
    if (def.typeName === "ZodEffects" && (def.schema as ZodTypeAny)._def.typeName === "ZodAny") {
      const prefix = prefixes.find((candidate) => node.safeParse(`${candidate}x`).success);
      if (prefix === undefined) throw new Error(`@nexeraid/identity-schemas@${vendor.version}: no known id prefix`);
      found.set(
        node,
        fc.string({ minLength: 1, maxLength: 12 }).map((rest) => `${prefix}${rest}`),
      );
      return;
    }
    for (const key of ["innerType", "schema", "type"]) if (def[key]) visit(def[key] as ZodTypeAny);
    if (Array.isArray(def.options)) for (const option of def.options as ZodTypeAny[]) visit(option);
    if (typeof def.shape === "function") for (const child of Object.values(def.shape() as object)) visit(child);
  };
  visit(schema);
  return found;
}

// zod's `z.number()` accepts Infinity and zod-fast-check generates it, but JSON cannot carry it (JSON.stringify writes
// null, which the vendor's own schema then rejects): the API never sends it. A payload is what crosses the wire.
function toWire(value: unknown): unknown {
  const text = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "number" && !Number.isFinite(v) ? Number.MAX_VALUE : v,
  );
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

/** Absent, `null`, or a value of `arbitrary` (zod's `.nullish()`). */
const nullish = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof(fc.constant(undefined), fc.constant(null), arbitrary, arbitrary);

/** Object members whose value is undefined are absent on the wire. */
function record(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

const kindOfOption: Record<string, string> = {
  ZodBoolean: "boolean",
  ZodString: "string",
  ZodNumber: "number",
};

/**
 * The variant the vendor's own schemas assign at each union site: this is what the harness expects the package's
 * matchers to say. `AllCredentialValues` is tried in the vendor's order, so an empty list is a string list there too.
 */
function oracle(schemas: Schemas) {
  const options = (schemas.values._def as { options: ZodTypeAny[] }).options;
  const kinds = options.map((option) => {
    const def = option._def as { typeName: string; type?: ZodTypeAny };
    if (def.typeName === "ZodArray" && def.type) return `${kindOfOption[def.type._def.typeName] ?? "unknown"}s`;
    return kindOfOption[def.typeName] ?? "unknown";
  });
  return {
    event(value: unknown): string {
      if (value == null) return "none";
      if (schemas.step.safeParse(value).success) return "step";
      if (schemas.session.safeParse(value).success) return "session";
      return "vendor-invalid";
    },
    attribute(value: unknown): string {
      if (typeof value === "string") return "string";
      return schemas.link.safeParse(value).success ? "link" : "vendor-invalid";
    },
    value(value: unknown): string {
      if (value == null) return "none";
      const index = options.findIndex((option) => option.safeParse(value).success);
      return index < 0 ? "vendor-invalid" : (kinds[index] ?? "unknown");
    },
  };
}

/**
 * `count` activity logs generated from the vendor's schemas, deterministic for a seed, each with the variant the
 * vendor's schemas give it at every union site (activity log, Synaps event, rule attribute, rule value).
 */
export function generatePayloads(vendor: Vendor, { seed, count }: GenerateOptions): Payload[] {
  const schemas = schemasOf(vendor);
  let zfc = ZodFastCheck();
  for (const [schema, arbitrary] of customIds(schemas.ruleData, vendor)) zfc = zfc.override(schema, arbitrary);
  // The vendor's path schema is `z.string()`, so zod-fast-check alone writes arbitrary strings: most links get one of
  // the vendor's own paths instead, with the vault schema it starts with; the rest keep an arbitrary path, which the
  // package must accept all the same (VaultPath is any string).
  const anyLink = zfc.outputOf(schemas.link) as fc.Arbitrary<Record<string, unknown>>;
  const vendorLink = fc
    .tuple(anyLink, fc.constantFrom(...vaultPaths(vendor)))
    .map(([link, path]) => ({ ...link, schema: path.split("/")[0], path }));
  zfc = zfc.override(schemas.link, fc.oneof({ weight: 4, arbitrary: vendorLink }, { weight: 1, arbitrary: anyLink }));
  const of = (schema: ZodTypeAny) => zfc.outputOf(schema).map(toWire);
  const expected = oracle(schemas);

  // `data.data` is an open object in the spec and has no vendor schema: primitives under plain keys.
  const primitive = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
  );
  const openObject = fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,11}$/), primitive, { maxKeys: 4 });
  const event = fc.oneof(of(schemas.session), of(schemas.step), fc.constant(null), fc.constant(undefined));
  const kyc = fc.record({ data: openObject, event }).map((data) => ({ data: record(data) }));

  const rule = fc
    .record({
      result: nullish(of(schemas.queryResponse)),
      rule_data: nullish(of(schemas.ruleData)),
      status: nullish(of(schemas.ruleStatus)),
    })
    .map(record);
  const execution = fc
    .record({
      rules: fc.array(rule, { maxLength: 4 }),
      scenarioStatus: of(schemas.ruleStatus),
      scenarioId: fc.option(fc.uuid(), { nil: undefined }),
    })
    .map(record);
  const scenario = fc
    .record({ executions: nullish(fc.array(execution, { maxLength: 3 })), execution_status: of(schemas.ruleStatus) })
    .map((data) => ({ data: record(data) }));

  const log = fc.oneof(
    kyc.map((value) => ({ variant: "kycProviderEvent", value })),
    scenario.map((value) => ({ variant: "scenarioExecution", value })),
  );
  return fc
    .sample(log, { seed, numRuns: count })
    .map(({ variant, value }) => ({ log: value, routes: routesOf(variant, value, expected) }));
}

function routesOf(
  variant: string,
  log: { data: Record<string, unknown> },
  expected: ReturnType<typeof oracle>,
): Route[] {
  const routes: Route[] = [{ pointer: "", site: "activityLog", variant }];
  if (variant === "kycProviderEvent") {
    routes.push({ pointer: "/data/event", site: "synapsEvent", variant: expected.event(log.data.event) });
    return routes;
  }
  const executions = Array.isArray(log.data.executions) ? (log.data.executions as { rules: unknown[] }[]) : [];
  executions.forEach((execution, e) =>
    execution.rules.forEach((rule, r) => {
      const ruleData = (rule as { rule_data?: { attribute: unknown; value?: unknown } | null }).rule_data;
      if (ruleData == null) return;
      const at = `/data/executions/${e}/rules/${r}/rule_data`;
      routes.push({ pointer: `${at}/attribute`, site: "attribute", variant: expected.attribute(ruleData.attribute) });
      routes.push({ pointer: `${at}/value`, site: "ruleValue", variant: expected.value(ruleData.value) });
    }),
  );
  return routes;
}
