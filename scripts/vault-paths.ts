// The vendor's vault paths in the spec's `KnownVaultPath`: the docs page's paths (seen, in the page's order), then the
// paths the vendor's own path generator gives that the page lacks (confirmed, in the generator's order, listed once
// more under the enum's `x-reconstruction-additions` with their source). The spec stays the committed source; this
// module reads and rewrites it, and compares it with a list of the vendor's paths:
//
//   upstream/vault-paths.json   the vendor's list as last written (`generateZodObjectPaths(VaultZodSchema)` of the
//                               newest pinned version), so that the offline tests can check the spec against it
//   npm run spec:upstream       checks every pinned version's paths are in KnownVaultPath, and that the snapshot and
//                               the spec's additions are what the newest pin gives today (exit 1 on drift)
//   npm run spec:upstream -- --write-vault-paths
//                               rewrites the snapshot and the additions from the newest pin (then `npm run generate`)
import { readFileSync } from "node:fs";
import * as prettier from "prettier";
import { isMap, isSeq, parse, parseDocument, Scalar, type Document, type YAMLMap, type YAMLSeq } from "yaml";
import { SPEC_URL } from "./generated-file.ts";

/** The vendor's paths as last written by `--write-vault-paths`. */
export const SNAPSHOT_URL = new URL("../upstream/vault-paths.json", import.meta.url);

/** The vendor's package, as the spec's sources name it. */
export const VENDOR = "@nexeraid/identity-schemas";

/** A list of the vendor's vault paths and the version it comes from. */
export interface VendorVaultPaths {
  /** The vendor's package version. */
  version: string;
  /** `generateZodObjectPaths(VaultZodSchema)`, in the generator's order. */
  paths: string[];
}

/** What the spec's `KnownVaultPath` holds, split by provenance. */
export interface KnownVaultPaths {
  /** Every value of the enum, in its order. */
  values: string[];
  /** The docs page's paths: the values that are no confirmed addition (seen). */
  docs: string[];
  /** The confirmed additions (`x-reconstruction-additions`, the group with `values`), in their order. */
  added: string[];
  /** The additions' `x-reconstruction-source`. */
  source: string | undefined;
  /**
   * Paths an earlier release gave and a later one no longer does, kept because old payloads still carry them (the
   * group with `kept: true`, written by `npm run spec:update`), after the additions.
   */
  kept: string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The spec, parsed. */
export function loadSpec(): Json {
  return parse(readFileSync(SPEC_URL, "utf8")) as Json;
}

/** The snapshot of the vendor's paths (upstream/vault-paths.json). */
export function loadSnapshot(): VendorVaultPaths {
  const { version, paths } = JSON.parse(readFileSync(SNAPSHOT_URL, "utf8")) as VendorVaultPaths;
  return { version, paths };
}

function knownVaultPathSchema(spec: Json): Json {
  const components = isObject(spec.components) ? spec.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const known = schemas.KnownVaultPath;
  if (!isObject(known) || !Array.isArray(known.enum)) throw new Error("the spec has no KnownVaultPath enum");
  return known;
}

/** The spec's known vault paths, split into the docs page's and the confirmed additions. */
export function knownVaultPaths(spec: Json): KnownVaultPaths {
  const known = knownVaultPathSchema(spec);
  const values = (known.enum as unknown[]).map(String);
  const entries = Array.isArray(known["x-reconstruction-additions"]) ? known["x-reconstruction-additions"] : [];
  const groups = entries.filter((entry): entry is Json => isObject(entry) && Array.isArray(entry.values));
  const group = groups.find((entry) => entry.kept !== true);
  const keptGroup = groups.find((entry) => entry.kept === true);
  const added = group ? (group.values as unknown[]).map(String) : [];
  const kept = keptGroup ? (keptGroup.values as unknown[]).map(String) : [];
  const notDocs = new Set([...added, ...kept]);
  const source = group?.["x-reconstruction-source"];
  return {
    values,
    docs: values.filter((value) => !notDocs.has(value)),
    added,
    source: typeof source === "string" ? source : undefined,
    kept,
  };
}

/** The vendor's paths the docs page lacks, in the generator's order, each once. */
export function additionsFor(vendorPaths: readonly string[], docs: readonly string[]): string[] {
  const docsSet = new Set(docs);
  return [...new Set(vendorPaths)].filter((path) => !docsSet.has(path));
}

/** The additions' `x-reconstruction-source`: package, version, generator, counts. */
export function additionSource({ version, paths }: VendorVaultPaths, added: number): string {
  return (
    `${VENDOR} ${version}, generateZodObjectPaths(VaultZodSchema) (vault/dist/nexeraid-identity-schemas-vault.esm.mjs): ` +
    `${new Set(paths).size} paths, the ${added} not on the docs page in the generator's order`
  );
}

const listed = (paths: string[], max = 5): string =>
  paths.slice(0, max).join(", ") + (paths.length > max ? `, … (${paths.length} in all)` : "");

/** The vendor's paths that `KnownVaultPath` lacks (none: every one of them gets autocomplete). */
export function missingVaultPaths(spec: Json, vendorPaths: readonly string[]): string[] {
  const known = new Set(knownVaultPaths(spec).values);
  return [...new Set(vendorPaths)].filter((path) => !known.has(path));
}

/**
 * Where the spec's `KnownVaultPath` differs from what `--write-vault-paths` would write for `vendor`: missing or stale
 * additions, their order, their place (after the docs page's paths), their source. Empty when the spec is up to date.
 */
export function vaultPathDrift(spec: Json, vendor: VendorVaultPaths): string[] {
  const { values, docs, added, source, kept } = knownVaultPaths(spec);
  const expected = additionsFor(vendor.paths, docs);
  const expectedSet = new Set(expected);
  const addedSet = new Set(added);
  const problems: string[] = [];
  const missing = expected.filter((path) => !addedSet.has(path));
  const stale = added.filter((path) => !expectedSet.has(path));
  if (missing.length > 0)
    problems.push(`KnownVaultPath lacks ${missing.length} path(s) of ${VENDOR} ${vendor.version}: ${listed(missing)}`);
  if (stale.length > 0)
    problems.push(
      `KnownVaultPath's additions hold ${stale.length} path(s) that ${VENDOR} ${vendor.version} does not give: ${listed(stale)}`,
    );
  if (missing.length === 0 && stale.length === 0 && added.join("\n") !== expected.join("\n"))
    problems.push("KnownVaultPath's additions are not in the generator's order");
  if (added.length !== addedSet.size) problems.push("KnownVaultPath's additions list a path twice");
  if (values.join("\n") !== [...docs, ...added, ...kept].join("\n"))
    problems.push("KnownVaultPath's enum does not end with its additions, in their order, after the docs page's paths");
  const wanted = additionSource(vendor, expected.length);
  if (source !== wanted)
    problems.push(`KnownVaultPath's additions say their source is ${String(source)}, not ${wanted}`);
  return problems;
}

const quoted = (value: string): Scalar => {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
};

function seqAt(doc: Document, path: string[]): YAMLSeq {
  const node = doc.getIn(path, true);
  if (!isSeq(node)) throw new Error(`the spec has no list at ${path.join(".")}`);
  return node;
}

/** The `x-reconstruction-source` of the kept paths: the release they were last written from, and the one without them. */
export function keptSource(previous: string, vendor: VendorVaultPaths, count: number): string {
  return (
    `${VENDOR} ${previous} and earlier, generateZodObjectPaths(VaultZodSchema): ${count} path(s) no longer in ` +
    `${vendor.version}, kept (payloads written before it still carry them)`
  );
}

/**
 * The spec's text with `KnownVaultPath`'s additions rewritten for `vendor`: the docs page's paths stay as they are,
 * the additions become the vendor's paths the page lacks, in the generator's order, with their source. With `keep`
 * (`npm run spec:update`), the additions `vendor` no longer gives move to a group of kept paths after them, instead of
 * being dropped; a kept group already there stays (less any path `vendor` gives again). Comments and the rest of the
 * file are kept byte for byte; the result is prettier-formatted like every committed file.
 */
export async function writeVaultPaths(
  specText: string,
  vendor: VendorVaultPaths,
  { keep = false }: { keep?: boolean } = {},
): Promise<string> {
  const doc = parseDocument(specText);
  const at = ["components", "schemas", "KnownVaultPath"];
  const before = knownVaultPaths(doc.toJS() as Json);
  const { docs } = before;
  const added = additionsFor(vendor.paths, docs);
  const addedSet = new Set(added);
  const dropped = keep ? before.added.filter((path) => !addedSet.has(path)) : [];
  const kept = [...new Set([...before.kept, ...dropped])].filter((path) => !addedSet.has(path));
  const docsSet = new Set(docs);
  const values = seqAt(doc, [...at, "enum"]);
  const docsItems = values.items.filter((item) => docsSet.has(String((item as Scalar).value)));
  const additions = added.map(quoted);
  if (additions[0])
    additions[0].commentBefore =
      " The vendor's paths the docs page lacks (confirmed: see x-reconstruction-additions), written by\n" +
      " `npm run spec:upstream -- --write-vault-paths`.";
  const keptItems = kept.map(quoted);
  if (keptItems[0])
    keptItems[0].commentBefore =
      " Paths a later release of the vendor's schemas no longer gives, kept: see x-reconstruction-additions.";
  values.items = [...docsItems, ...additions, ...keptItems];

  const known = doc.getIn(at, true) as YAMLMap;
  let entries = doc.getIn([...at, "x-reconstruction-additions"], true);
  if (!isSeq(entries)) {
    entries = doc.createNode([]);
    known.set("x-reconstruction-additions", entries);
  }
  const list = entries as YAMLSeq;
  const group = doc.createNode({
    values: added.map(quoted),
    "x-reconstruction": "confirmed",
    "x-reconstruction-source": quoted(additionSource(vendor, added.length)),
  });
  const index = list.items.findIndex((entry) => isMap(entry) && entry.has("values") && entry.get("kept") !== true);
  if (index < 0) list.items.push(group);
  else list.items[index] = group;
  const keptIndex = list.items.findIndex((entry) => isMap(entry) && entry.get("kept") === true);
  const keptNode = keptIndex < 0 ? undefined : (list.items[keptIndex] as YAMLMap);
  if (kept.length === 0) {
    if (keptIndex >= 0) list.items.splice(keptIndex, 1);
  } else if (dropped.length > 0 || keptNode === undefined) {
    const previous = /^\S+ (\S+)/.exec(before.source ?? "")?.[1] ?? "an earlier release";
    const keptGroup = doc.createNode({
      kept: true,
      values: kept.map(quoted),
      "x-reconstruction": "confirmed",
      "x-reconstruction-source": quoted(keptSource(previous, vendor, kept.length)),
    });
    if (keptIndex < 0) list.items.push(keptGroup);
    else list.items[keptIndex] = keptGroup;
  } else {
    keptNode.set("values", doc.createNode(kept.map(quoted)));
  }

  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return prettier.format(text, { ...(await prettier.resolveConfig(SPEC_URL)), filepath: SPEC_URL.pathname });
}

/** The snapshot's text for `vendor` (upstream/vault-paths.json), prettier-formatted. */
export async function snapshotText(vendor: VendorVaultPaths): Promise<string> {
  const text = JSON.stringify({
    $comment: `${VENDOR} ${vendor.version}: generateZodObjectPaths(VaultZodSchema), in the generator's order. Written by npm run spec:upstream -- --write-vault-paths; checked against the installed package by npm run spec:upstream.`,
    version: vendor.version,
    paths: vendor.paths,
  });
  return prettier.format(text, {
    ...(await prettier.resolveConfig(SNAPSHOT_URL)),
    filepath: SNAPSHOT_URL.pathname,
  });
}
