// KnownVaultPath holds the docs page's paths and the vendor's own generated ones (scripts/vault-paths.ts). Offline:
// the vendor's list is the snapshot upstream/vault-paths.json, which `npm run spec:upstream` checks against the
// installed package; here the spec is checked against the snapshot, and the refresh against made-up vendor lists.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { pageEnums } from "../scripts/seed-parse.ts";
import { loadPage } from "../scripts/spec-audit/report.ts";
import { formatVaultPaths, loadUpstreamManifest, newestPin, pinnedVersions } from "../scripts/spec-upstream.ts";
import {
  additionsFor,
  additionSource,
  knownVaultPaths,
  loadSnapshot,
  loadSpec,
  missingVaultPaths,
  vaultPathDrift,
  writeVaultPaths,
  type VendorVaultPaths,
} from "../scripts/vault-paths.ts";
import { isVaultMetadataLink } from "../src/model/narrow.ts";
import { checkActivityLogsResponse } from "../src/validate.ts";

const specText = readFileSync(new URL("../openapi/compilot-activity-logs.yaml", import.meta.url), "utf8");
const snapshot = loadSnapshot();
const docsPaths = pageEnums(loadPage()).find((values) => values.length === 253) ?? [];
// What the newest pin gives and the docs page lacks: the spec's additions (counts follow the pin, so an update by
// `npm run spec:update` keeps these tests as they are).
const vendorAdditions = additionsFor(snapshot.paths, docsPaths);
type Json = Record<string, unknown>;

describe("the vendor's vault paths (upstream/vault-paths.json)", () => {
  it("are the paths of the newest pinned version, each once", () => {
    const { manifest, lock } = loadUpstreamManifest();
    expect(snapshot.version).toBe(newestPin(pinnedVersions(manifest, lock))?.version);
    expect(snapshot.paths.length).toBeGreaterThan(400);
    expect(new Set(snapshot.paths).size).toBe(snapshot.paths.length);
    expect(snapshot.paths).toEqual(
      expect.arrayContaining(["Customer/companyIdentity/companyName", "TfheKycSession/vcs", "Web3Transaction"]),
    );
  });
});

describe("KnownVaultPath", () => {
  const known = knownVaultPaths(loadSpec());

  it("keeps the docs page's 253 paths first, in the page's order", () => {
    expect(docsPaths).toHaveLength(253);
    expect(known.docs).toEqual(docsPaths);
    expect(known.values.slice(0, 253)).toEqual(docsPaths);
  });

  it("adds the vendor's paths the docs page lacks, after them, in the generator's order, then the kept ones", () => {
    const overlap = snapshot.paths.filter((path) => docsPaths.includes(path));
    expect(overlap.length + vendorAdditions.length).toBe(new Set(snapshot.paths).size);
    expect(vendorAdditions.length).toBeGreaterThanOrEqual(209);
    expect(known.added).toEqual(vendorAdditions);
    expect(known.values).toEqual([...docsPaths, ...known.added, ...known.kept]);
    expect(known.kept.filter((path) => snapshot.paths.includes(path) || docsPaths.includes(path))).toEqual([]);
    expect(known.source).toBe(additionSource(snapshot, vendorAdditions.length));
    expect(known.source).toMatch(
      new RegExp(
        `^@nexeraid/identity-schemas ${snapshot.version.replaceAll(".", "\\.")}, generateZodObjectPaths\\(VaultZodSchema\\) `,
      ),
    );
  });

  it("holds every vendor path, and is what a refresh from the snapshot would write", async () => {
    expect(missingVaultPaths(loadSpec(), snapshot.paths)).toEqual([]);
    expect(vaultPathDrift(loadSpec(), snapshot)).toEqual([]);
    expect(await writeVaultPaths(specText, snapshot)).toBe(specText);
  }, 30_000);
});

describe("the drift check", () => {
  const later: VendorVaultPaths = {
    version: "2.999.0",
    paths: [...snapshot.paths.filter((path) => path !== "Web3Transaction/functionName"), "Customer/newThing"],
  };

  it("reports a vendor path the spec lacks, and an addition the vendor no longer gives", () => {
    expect(missingVaultPaths(loadSpec(), later.paths)).toEqual(["Customer/newThing"]);
    expect(vaultPathDrift(loadSpec(), later)).toEqual([
      "KnownVaultPath lacks 1 path(s) of @nexeraid/identity-schemas 2.999.0: Customer/newThing",
      "KnownVaultPath's additions hold 1 path(s) that @nexeraid/identity-schemas 2.999.0 does not give: Web3Transaction/functionName",
      `KnownVaultPath's additions say their source is ${additionSource(snapshot, vendorAdditions.length)}, not ${additionSource(later, vendorAdditions.length)}`,
    ]);
  });

  it("reports additions out of the generator's order and additions moved among the docs page's paths", () => {
    const reordered = { ...snapshot, paths: [...snapshot.paths].reverse() };
    expect(vaultPathDrift(loadSpec(), reordered)).toContain(
      "KnownVaultPath's additions are not in the generator's order",
    );
    const spec = structuredClone(loadSpec()) as { components: { schemas: { KnownVaultPath: { enum: string[] } } } };
    const values = spec.components.schemas.KnownVaultPath.enum;
    values.unshift(values.pop() ?? "");
    expect(vaultPathDrift(spec, snapshot)).toEqual([
      "KnownVaultPath's enum does not end with its additions, in their order, after the docs page's paths",
    ]);
  });

  it("prints the vendor's count and each missing path, with the command that refreshes the spec", () => {
    expect(formatVaultPaths(snapshot.paths, [])).toBe(
      `  vault paths: ${new Set(snapshot.paths).size} from generateZodObjectPaths(VaultZodSchema), all in KnownVaultPath`,
    );
    const text = formatVaultPaths(later.paths, ["Customer/newThing"], vaultPathDrift(loadSpec(), later));
    expect(text).toContain("1 not in KnownVaultPath:\n    Customer/newThing\n");
    expect(text).toContain("  vault-path drift: KnownVaultPath lacks 1 path(s)");
    expect(text).toContain("npm run spec:upstream -- --write-vault-paths");
  });
});

describe("the refresh (npm run spec:upstream -- --write-vault-paths)", () => {
  it("rewrites the additions for a later vendor list, keeping the docs page's paths and the rest of the spec", async () => {
    const later: VendorVaultPaths = {
      version: "2.999.0",
      paths: ["Customer", "Customer/newThing", ...snapshot.paths.filter((path) => !path.startsWith("Web3Transaction"))],
    };
    const text = await writeVaultPaths(specText, later);
    const spec = parse(text) as Json;
    const known = knownVaultPaths(spec);
    expect(known.docs).toEqual(docsPaths);
    expect(known.added[0]).toBe("Customer/newThing");
    expect(known.added).not.toContain("Web3Transaction/functionName");
    const web3 = vendorAdditions.filter((path) => path.startsWith("Web3Transaction"));
    expect(web3.length).toBeGreaterThan(0);
    expect(known.added).toHaveLength(vendorAdditions.length + 1 - web3.length);
    expect(known.source).toBe(additionSource(later, known.added.length));
    expect(vaultPathDrift(spec, later)).toEqual([]);
    // Everything outside KnownVaultPath is untouched.
    const rest = (doc: Json) => {
      const copy = structuredClone(doc) as { components: { schemas: Json } };
      delete copy.components.schemas.KnownVaultPath;
      return copy;
    };
    expect(rest(spec)).toEqual(rest(loadSpec()));
    expect(text.split("\n").filter((line) => !specText.includes(line))).toEqual([
      '        - "Customer/newThing"',
      '            - "Customer/newThing"',
      `          x-reconstruction-source: "${additionSource(later, known.added.length)}"`,
    ]);
  }, 30_000);
});

describe("validation of a vault link's path", () => {
  const page = (path: unknown) => ({
    totalCount: 1,
    customerId: "3b241101-e2bb-4255-8caf-4136c566a962",
    activityLogs: [
      {
        data: {
          executions: [
            {
              rules: [{ rule_data: { attribute: { version: "v1", schema: "Customer", path }, operator: "$eq" } }],
              scenarioStatus: "valid",
            },
          ],
          execution_status: "valid",
        },
      },
    ],
  });

  it("accepts a docs page path, a vendor path and a path nobody lists yet: no log is dropped over its path", () => {
    for (const path of ["Customer/identityData/age", "Customer/companyIdentity/companyName", "Customer/not/listed"]) {
      expect(checkActivityLogsResponse(page(path))).toEqual([]);
      expect(isVaultMetadataLink({ version: "v1", schema: "Customer", path })).toBe(true);
    }
  });

  it("rejects a path that is no string", () => {
    expect(checkActivityLogsResponse(page(42)).map((issue) => issue.pointer)).toEqual([
      "/activityLogs/0/data/executions/0/rules/0/rule_data/attribute/path",
    ]);
  });
});
