// Upstream conformance test: activity logs generated from the vendor's published zod schemas
// (`@nexeraid/identity-schemas`, pinned in upstream/package.json) must be accepted by the package's validation and by
// the spec's JSON Schema, and routed by the matchers to the variant the vendor's schemas give them, at every union site.
// Their vault links carry the vendor's own paths (its `generateZodObjectPaths(VaultZodSchema)`), and every one of those
// paths must be in the spec's `KnownVaultPath`; the newest pin's list must be the spec's additions (scripts/vault-paths.ts).
//
//   npm run spec:upstream              every pinned version (installs upstream/ on first use)
//   npm run spec:upstream -- --latest  the newest version on npm, installed into a temp folder (drift check)
//   npm run spec:upstream -- --write-vault-paths
//                                      rewrites KnownVaultPath's additions and upstream/vault-paths.json from the
//                                      newest pin, then says to run `npm run generate`
//   options: --count N (logs per version), --seed N
//
// Prints per version the tally and the groups of what differs; exits 1 on any difference.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { pointerTokens } from "../src/model/json-pointer.ts";
import {
  isKycProviderEventLog,
  isScenarioExecutionLog,
  isSynapsSessionEvent,
  isSynapsStepEvent,
  isVaultMetadataLink,
  matchActivityLog,
  matchRuleAttribute,
  matchRuleValue,
  matchSynapsEvent,
  ruleValueKind,
  type RuleValueKind,
} from "../src/model/narrow.ts";
import type { ActivityLog, RuleAttribute, RuleValue, SynapsEvent } from "../src/model/types.ts";
import { checkActivityLogsResponse } from "../src/validate.ts";
import { isMain } from "./is-main.ts";
import {
  knownVaultPaths,
  loadSnapshot,
  loadSpec,
  missingVaultPaths,
  SNAPSHOT_URL,
  snapshotText,
  vaultPathDrift,
  writeVaultPaths,
  type VendorVaultPaths,
} from "./vault-paths.ts";
import { SPEC_URL } from "./generated-file.ts";

/** A union site of the response, where a matcher or guard picks the variant. */
export type Site = "activityLog" | "synapsEvent" | "attribute" | "ruleValue";

/** The variant a payload was generated as at one union site (`pointer` is relative to the activity log). */
export interface Route {
  pointer: string;
  site: Site;
  variant: string;
}

/** One generated activity log and the variant expected at each of its union sites. */
export interface Payload {
  log: unknown;
  routes: Route[];
}

/** Which check a difference comes from. */
export type Check = "validate" | "json-schema" | "routing";

/** One way a payload differs from what the vendor's schemas say about it. */
export interface Difference {
  check: Check;
  /** Where, relative to the activity log. */
  pointer: string;
  expected: string;
  received: string;
}

/** Differences that share a check, a pointer pattern and an expectation. */
export interface DifferenceGroup {
  check: Check;
  /** The pointer with every array index as `*`. */
  pattern: string;
  expected: string;
  count: number;
  /** How often each received value occurred, most frequent first. */
  received: [string, number][];
  example: { payload: number; pointer: string; received: string };
}

/** The outcome of one version's run. */
export interface Tally {
  payloads: number;
  /** Accepted by both the package's validation and the spec's JSON Schema. */
  accepted: number;
  /** Routed to the expected variant at every union site. */
  routed: number;
  /** Per union site: how many routes were checked and how many went to the expected variant. */
  sites: Record<Site, { checked: number; routed: number }>;
}

const LOG_POINTER = "/activityLogs/0";
// Any valid response around the log: the checks are about the log.
const CUSTOMER_ID = "3b241101-e2bb-4255-8caf-4136c566a962";

/** A pointer with every array index replaced by `*`: `/data/executions/0/rules/3` → `/data/executions/*\/rules/*`. */
export function pointerPattern(pointer: string): string {
  return pointer
    .split("/")
    .map((token) => (/^(0|[1-9]\d*)$/.test(token) ? "*" : token))
    .join("/");
}

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const token of pointerTokens(pointer)) {
    if (value === null || typeof value !== "object") return undefined;
    value = Object.prototype.hasOwnProperty.call(value, token) ? (value as Record<string, unknown>)[token] : undefined;
  }
  return value;
}

/** The variant the package's matcher for `site` gives `value`. */
export function routeOf(site: Site, value: unknown): string {
  switch (site) {
    case "activityLog":
      return matchActivityLog(value as ActivityLog, {
        kycProviderEvent: () => "kycProviderEvent",
        scenarioExecution: () => "scenarioExecution",
        unknown: () => "unknown",
      });
    case "synapsEvent":
      return matchSynapsEvent(value as SynapsEvent | null | undefined, {
        session: () => "session",
        step: () => "step",
        none: () => "none",
        unknown: () => "unknown",
      });
    case "attribute":
      return matchRuleAttribute(value as RuleAttribute, {
        string: () => "string",
        vaultLink: () => "link",
        unknown: () => "unknown",
      });
    case "ruleValue":
      return matchRuleValue(value as RuleValue | null | undefined, {
        boolean: () => "boolean",
        string: () => "string",
        number: () => "number",
        strings: () => "strings",
        numbers: () => "numbers",
        none: () => "none",
        unknown: () => "unknown",
      });
  }
}

const valueKinds: Record<RuleValueKind, string> = {
  boolean: "boolean",
  string: "string",
  number: "number",
  "string[]": "strings",
  "number[]": "numbers",
  null: "none",
  unknown: "unknown",
};

/** The variant the package's type guards (and `ruleValueKind`) give `value` at `site`: must agree with the matcher. */
export function guardRouteOf(site: Site, value: unknown): string {
  switch (site) {
    case "activityLog": {
      const variants = [
        ...(isKycProviderEventLog(value) ? ["kycProviderEvent"] : []),
        ...(isScenarioExecutionLog(value) ? ["scenarioExecution"] : []),
      ];
      return variants.join("+") || "unknown";
    }
    case "synapsEvent": {
      if (value == null) return "none";
      const variants = [
        ...(isSynapsSessionEvent(value) ? ["session"] : []),
        ...(isSynapsStepEvent(value) ? ["step"] : []),
      ];
      return variants.join("+") || "unknown";
    }
    case "attribute":
      if (isVaultMetadataLink(value)) return typeof value === "string" ? "string+link" : "link";
      return typeof value === "string" ? "string" : "unknown";
    case "ruleValue":
      return valueKinds[ruleValueKind(value)];
  }
}

/** Where the matchers or the guards route `payload` to another variant than the one it was generated as. */
export function routingDifferences(payload: Payload): Difference[] {
  const differences: Difference[] = [];
  for (const { pointer, site, variant } of payload.routes) {
    const value = valueAt(payload.log, pointer);
    const [matched, guarded] = [routeOf(site, value), guardRouteOf(site, value)];
    if (matched !== variant || guarded !== variant) {
      const received = matched === guarded ? matched : `${matched} by the matcher, ${guarded} by the guards`;
      differences.push({ check: "routing", pointer, expected: `${site} routed to ${variant}`, received });
    }
  }
  return differences;
}

function inResponse(log: unknown) {
  return { totalCount: 1, customerId: CUSTOMER_ID, activityLogs: [log] };
}

function relative(pointer: string): string {
  return pointer.startsWith(LOG_POINTER) ? pointer.slice(LOG_POINTER.length) : pointer;
}

/** What the package's strict validation (`checkActivityLogsResponse`) says about a page holding only `log`. */
export function validationDifferences(log: unknown): Difference[] {
  return checkActivityLogsResponse(inResponse(log)).map((issue) => ({
    check: "validate",
    pointer: relative(issue.pointer),
    expected: issue.expected,
    received: issue.received,
  }));
}

const validators = new Map<string, ValidateFunction>();
let ajv: Ajv2020 | undefined;

/** The spec's own JSON Schema for one named component (ajv, 2020-12, formats on), as test/support/spec-schema.ts. */
function specSchema(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (validate) return validate;
  if (!ajv) {
    const text = readFileSync(new URL("../openapi/compilot-activity-logs.yaml", import.meta.url), "utf8");
    const spec = parse(text) as { components: Record<string, unknown> };
    ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: "spec", components: spec.components }, "spec");
  }
  validate = ajv.compile({ $ref: `spec#/components/schemas/${name}` });
  validators.set(name, validate);
  return validate;
}

/** The spec's component schema of each activity-log variant the harness generates. */
const variantSchemas: Record<string, string> = {
  kycProviderEvent: "KycProviderEventLog",
  scenarioExecution: "ScenarioExecutionLog",
};

function describeError(error: ErrorObject): string {
  const { keyword, params, message } = error;
  if (keyword === "enum") return oneOf((params.allowedValues as unknown[]).map(String));
  return `${keyword}: ${message ?? ""}`;
}

/**
 * What the spec's own JSON Schema says about a page holding only the payload's log. Acceptance is decided on the
 * whole response; the explanation comes from the schema of the variant the log was generated as, so a bad leaf is not
 * reported as a failure of the other variant. ajv reports every failing branch of each inner `anyOf`: a failure
 * inside a value says more than a type failure of the value itself, and the first failure at a pointer is kept.
 */
export function schemaDifferences(payload: Payload): Difference[] {
  if (specSchema("ActivityLogsResponse")(inResponse(payload.log))) return [];
  const variant = variantSchemas[payload.routes[0]?.variant ?? ""];
  const explain = variant === undefined ? undefined : specSchema(variant);
  const errors =
    explain && !explain(payload.log)
      ? (explain.errors ?? [])
      : (specSchema("ActivityLogsResponse").errors ?? []).map((e) => ({
          ...e,
          instancePath: relative(e.instancePath),
        }));
  const failures = errors.filter((e) => e.keyword !== "anyOf" && e.keyword !== "if");
  const differences: Difference[] = [];
  const seen = new Set<string>();
  for (const error of failures) {
    const pointer = error.instancePath;
    if (seen.has(pointer) || failures.some((other) => other.instancePath.startsWith(`${pointer}/`))) continue;
    seen.add(pointer);
    const received = describeValue(valueAt(payload.log, pointer));
    differences.push({ check: "json-schema", pointer, expected: describeError(error), received });
  }
  return differences;
}

const MAX_LISTED = 6;

function oneOf(names: string[]): string {
  if (names.length <= MAX_LISTED + 2) return `one of ${names.join(", ")}`;
  return `one of ${names.slice(0, MAX_LISTED).join(", ")}, … (${names.length} values)`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** Every difference of one payload: validation, JSON Schema and routing. */
export function payloadDifferences(payload: Payload): Difference[] {
  return [...validationDifferences(payload.log), ...schemaDifferences(payload), ...routingDifferences(payload)];
}

/** Groups differences by check, pointer pattern and expectation, largest group first; `payload` indexes the input. */
export function groupDifferences(perPayload: Difference[][]): DifferenceGroup[] {
  const groups = new Map<string, DifferenceGroup & { counts: Map<string, number> }>();
  perPayload.forEach((differences, payload) => {
    for (const { check, pointer, expected, received } of differences) {
      const pattern = pointerPattern(pointer);
      const key = JSON.stringify([check, pattern, expected]);
      let group = groups.get(key);
      if (!group) {
        group = {
          check,
          pattern,
          expected,
          count: 0,
          received: [],
          counts: new Map(),
          example: { payload, pointer, received },
        };
        groups.set(key, group);
      }
      group.count += 1;
      group.counts.set(received, (group.counts.get(received) ?? 0) + 1);
    }
  });
  return [...groups.values()]
    .map(({ counts, ...group }) => ({ ...group, received: [...counts].sort((a, b) => b[1] - a[1]) }))
    .sort((a, b) => b.count - a.count || a.pattern.localeCompare(b.pattern));
}

/** Counts the payloads accepted and routed, and the routes per union site. */
export function tally(payloads: Payload[], perPayload: Difference[][]): Tally {
  const sites: Tally["sites"] = {
    activityLog: { checked: 0, routed: 0 },
    synapsEvent: { checked: 0, routed: 0 },
    attribute: { checked: 0, routed: 0 },
    ruleValue: { checked: 0, routed: 0 },
  };
  let accepted = 0;
  let routed = 0;
  payloads.forEach((payload, index) => {
    const differences = perPayload[index] ?? [];
    if (!differences.some((d) => d.check !== "routing")) accepted += 1;
    const misrouted = new Set(differences.filter((d) => d.check === "routing").map((d) => d.pointer));
    if (misrouted.size === 0) routed += 1;
    for (const route of payload.routes) {
      sites[route.site].checked += 1;
      if (!misrouted.has(route.pointer)) sites[route.site].routed += 1;
    }
  });
  return { payloads: payloads.length, accepted, routed, sites };
}

const percent = (part: number, whole: number) => `${whole === 0 ? 100 : ((100 * part) / whole).toFixed(1)}%`;

/** The report of one version: the tally, then each group with its count, received values and one example. */
export function formatReport(title: string, result: Tally, groups: DifferenceGroup[], maxReceived = 4): string {
  const lines = [
    title,
    `  ${result.payloads} payloads, ${result.accepted} accepted (${percent(result.accepted, result.payloads)}), ` +
      `${result.routed} routed (${percent(result.routed, result.payloads)})`,
    `  union sites: ${Object.entries(result.sites)
      .map(([site, { checked, routed }]) => `${site} ${routed}/${checked}`)
      .join(", ")}`,
  ];
  if (groups.length === 0) {
    lines.push("  no differences");
    return lines.join("\n");
  }
  lines.push(`  ${groups.length} group(s) of differences:`);
  for (const group of groups) {
    const shown = group.received.slice(0, maxReceived).map(([value, n]) => `${value} ×${n}`);
    const more = group.received.length - shown.length;
    lines.push(
      `  ${String(group.count).padStart(5)}× [${group.check}] ${group.pattern || "(log)"} expected ${group.expected}`,
      `         received ${shown.join(", ")}${more > 0 ? `, and ${more} other value(s)` : ""}`,
      `         e.g. payload #${group.example.payload} at ${group.example.pointer || "(log)"}: ${group.example.received}`,
    );
  }
  return lines.join("\n");
}

// ---- the run: install, generate, check, print ----

const VENDOR = "@nexeraid/identity-schemas";
/** The folder of the pinned releases (its own package.json and lockfile). */
export const upstreamDir = fileURLToPath(new URL("../upstream/", import.meta.url));

/** The vendor's package as upstream/payloads.ts loads it. */
export interface VendorHandle {
  version: string;
}
/** What upstream/payloads.ts exports. */
export interface Harness {
  loadVendor(packageJsonPath: string, name: string): VendorHandle;
  generatePayloads(vendor: VendorHandle, options: { seed: number; count: number }): Payload[];
  vaultPaths(vendor: VendorHandle): string[];
}

/** upstream/package-lock.json, as far as the pins need it. */
export interface UpstreamLock {
  packages?: Record<string, { name?: string; version?: string }>;
}

/**
 * The pinned versions: upstream/package.json's npm aliases of the vendor's package (`"s222": "npm:…@2.222.0"`), and
 * tarballs of it (`"s223": "file:…/release.tgz"`, as `npm run spec:update -- --schemas <path.tgz>` pins one), whose
 * version the lockfile holds.
 */
export function pinnedVersions(
  manifest: { dependencies?: Record<string, string> },
  lock: UpstreamLock = {},
): { alias: string; version: string }[] {
  const pins: { alias: string; version: string }[] = [];
  for (const [alias, spec] of Object.entries(manifest.dependencies ?? {})) {
    const match = /^npm:@nexeraid\/identity-schemas@(.+)$/.exec(spec);
    const locked = lock.packages?.[`node_modules/${alias}`];
    if (match?.[1]) pins.push({ alias, version: match[1] });
    else if (spec.startsWith("file:") && locked?.name === VENDOR && locked.version)
      pins.push({ alias, version: locked.version });
  }
  return pins;
}

/** upstream/package.json and its lockfile. */
export function loadUpstreamManifest(): { manifest: { dependencies?: Record<string, string> }; lock: UpstreamLock } {
  const read = (name: string) => JSON.parse(readFileSync(join(upstreamDir, name), "utf8")) as unknown;
  return {
    manifest: read("package.json") as { dependencies?: Record<string, string> },
    lock: read("package-lock.json") as UpstreamLock,
  };
}

/** Installs upstream/ (its lockfile) when a pin or the generator's dependencies are missing. */
export function installUpstream(pins: { alias: string; version: string }[]): void {
  // zod-fast-check and fast-check come from upstream/ in every mode, so install it whenever a pin is missing.
  if (
    pins.some(({ alias, version }) => installedVersion(alias) !== version) ||
    !existsSync(join(upstreamDir, "node_modules", "zod-fast-check"))
  ) {
    console.error(`Installing upstream/ (${pins.map((p) => p.version).join(", ")}) …`);
    npm(["ci", "--prefix", upstreamDir, "--no-audit", "--no-fund", "--loglevel=error"]);
  }
}

/** upstream/payloads.ts, the module that loads the vendor's package (upstream/ must be installed). */
export async function loadHarness(): Promise<Harness> {
  return (await import(pathToFileURL(join(upstreamDir, "payloads.ts")).href)) as Harness;
}

/** The newest of the pins, by version number. */
export function newestPin<T extends { version: string }>(pins: T[]): T | undefined {
  const parts = (version: string) => version.split(/[.+-]/).map((part) => Number.parseInt(part, 10) || 0);
  const newer = (a: T, b: T) => {
    const [x, y] = [parts(a.version), parts(b.version)];
    for (let i = 0; i < Math.max(x.length, y.length); i++)
      if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
    return false;
  };
  return pins.reduce<T | undefined>((best, pin) => (best === undefined || newer(pin, best) ? pin : best), undefined);
}

/** The `path` of every vault link the payloads route at a rule's attribute. */
export function linkPaths(payloads: Payload[]): unknown[] {
  return payloads.flatMap((payload) =>
    payload.routes
      .filter((route) => route.site === "attribute" && route.variant === "link")
      .map((route) => (valueAt(payload.log, route.pointer) as { path?: unknown } | undefined)?.path),
  );
}

/** The vault-path lines of a version's report: the vendor's count, and each of its paths KnownVaultPath lacks. */
export function formatVaultPaths(paths: string[], missing: string[], drift: string[] = []): string {
  const lines = [
    `  vault paths: ${new Set(paths).size} from generateZodObjectPaths(VaultZodSchema), ` +
      (missing.length === 0 ? "all in KnownVaultPath" : `${missing.length} not in KnownVaultPath:`),
  ];
  for (const path of missing.slice(0, 10)) lines.push(`    ${path}`);
  if (missing.length > 10) lines.push(`    … and ${missing.length - 10} more`);
  for (const problem of drift) lines.push(`  vault-path drift: ${problem}`);
  if (missing.length > 0 || drift.length > 0)
    lines.push("  (npm run spec:upstream -- --write-vault-paths, then npm run generate, brings the spec up to date)");
  return lines.join("\n");
}

/**
 * Where the committed snapshot (upstream/vault-paths.json) and the spec's additions differ from what the newest pin's
 * generator gives today: what `--write-vault-paths` would change.
 */
export function vaultPathSnapshotDrift(vendor: VendorVaultPaths, snapshot: VendorVaultPaths): string[] {
  const problems = vaultPathDrift(loadSpec(), vendor);
  if (snapshot.version !== vendor.version || snapshot.paths.join("\n") !== vendor.paths.join("\n"))
    problems.push(
      `upstream/vault-paths.json holds ${snapshot.paths.length} paths of ${snapshot.version}, ` +
        `the generator gives ${vendor.paths.length} in ${vendor.version}`,
    );
  return problems;
}

function npm(args: string[]): string {
  return execFileSync("npm", args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
}

function installedVersion(alias: string): string | undefined {
  const path = join(upstreamDir, "node_modules", alias, "package.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version : undefined;
}

function runVersion(
  harness: Harness,
  vendor: VendorHandle,
  label: string,
  seed: number,
  count: number,
  snapshot?: VendorVaultPaths,
) {
  const paths = harness.vaultPaths(vendor);
  const missing = missingVaultPaths(loadSpec(), paths);
  const drift = snapshot ? vaultPathSnapshotDrift({ version: vendor.version, paths }, snapshot) : [];
  const started = performance.now();
  const payloads = harness.generatePayloads(vendor, { seed, count });
  const generated = performance.now();
  const perPayload = payloads.map(payloadDifferences);
  const checked = performance.now();
  const result = tally(payloads, perPayload);
  const groups = groupDifferences(perPayload);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const title =
    `${VENDOR}@${vendor.version} (${label}), seed ${seed}: ` +
    `generated in ${seconds(generated - started)}, checked in ${seconds(checked - generated)}`;
  console.log(formatReport(title, result, groups));
  // The harness gives most links one of the vendor's paths: a run where none has one checks arbitrary strings only.
  const links = linkPaths(payloads);
  const vendorPaths = new Set(paths);
  const real = links.filter((path) => typeof path === "string" && vendorPaths.has(path)).length;
  console.log(formatVaultPaths(paths, missing, drift));
  console.log(`  vault links in the logs: ${links.length}, ${real} with one of the vendor's paths`);
  const unfed = links.length > 0 && real === 0 ? 1 : 0;
  if (unfed) console.log("  no generated vault link carries a vendor path: upstream/payloads.ts needs updating");
  return groups.length + (missing.length > 0 ? 1 : 0) + drift.length + unfed;
}

/** Rewrites KnownVaultPath's additions and the snapshot from `vendor`'s generator; prints what changed. */
async function writeVendorVaultPaths(harness: Harness, vendor: VendorHandle): Promise<void> {
  const paths = { version: vendor.version, paths: harness.vaultPaths(vendor) };
  const before = knownVaultPaths(loadSpec()).added;
  writeFileSync(SPEC_URL, await writeVaultPaths(readFileSync(SPEC_URL, "utf8"), paths));
  writeFileSync(SNAPSHOT_URL, await snapshotText(paths));
  const { docs, added } = knownVaultPaths(loadSpec());
  console.log(
    `${VENDOR}@${vendor.version}: ${new Set(paths.paths).size} vault paths; KnownVaultPath keeps the docs page's ` +
      `${docs.length} and now adds ${added.length} (was ${before.length}). Run npm run generate.`,
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      latest: { type: "boolean", default: false },
      count: { type: "string", default: "2000" },
      seed: { type: "string", default: "20260101" },
      "write-vault-paths": { type: "boolean", default: false },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const manifestPath = join(upstreamDir, "package.json");
  const { manifest, lock } = loadUpstreamManifest();
  const pins = pinnedVersions(manifest, lock);
  installUpstream(pins);
  const harness = await loadHarness();

  let groups = 0;
  const started = performance.now();
  const newest = newestPin(pins);
  if (values["write-vault-paths"]) {
    if (!newest) throw new Error("upstream/package.json pins no version of the vendor's package");
    await writeVendorVaultPaths(harness, harness.loadVendor(manifestPath, newest.alias));
    return 0;
  }
  if (values.latest) {
    const latest = npm(["view", VENDOR, "version"]);
    const pinned = pins.map((p) => p.version);
    console.log(
      pinned.includes(latest)
        ? `Newest ${VENDOR} on npm: ${latest} (pinned already).`
        : `Newest ${VENDOR} on npm: ${latest}, newer than the pins (${pinned.join(", ")}): bump the pin in upstream/package.json.`,
    );
    const dir = mkdtempSync(join(tmpdir(), "spec-upstream-"));
    try {
      writeFileSync(
        join(dir, "package.json"),
        JSON.stringify({ private: true, dependencies: { latest: `npm:${VENDOR}@${latest}` } }),
      );
      npm(["install", "--prefix", dir, "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"]);
      groups += runVersion(harness, harness.loadVendor(join(dir, "package.json"), "latest"), "latest", seed, count);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    for (const pin of pins) {
      const vendor = harness.loadVendor(manifestPath, pin.alias);
      // The newest pin's paths are the spec's additions: checked against the snapshot and the spec, for drift.
      const snapshot = pin === newest ? loadSnapshot() : undefined;
      groups += runVersion(harness, vendor, `pinned as ${pin.alias}`, seed, count, snapshot);
    }
  }
  console.log(
    `\n${groups === 0 ? "OK" : `FAILED: ${groups} group(s) of differences`} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return groups === 0 ? 0 : 1;
}

if (isMain(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
