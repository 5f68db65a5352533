import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, expectTypeOf, it } from "vitest";
import { parseDocsPage, pageEnums } from "../scripts/seed-parse.ts";
import { knownVaultPaths } from "../scripts/vault-paths.ts";
import {
  compare,
  coverage,
  drift,
  formatAdditions,
  formatCoverage,
  loadPage,
  loadSpec,
  SEED_PATH,
  type Difference,
} from "../scripts/spec-audit/report.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TMP = fileURLToPath(new URL("./.tmp/", import.meta.url));
const seedText = readFileSync(SEED_PATH, "utf8");
const seed = loadPage();

type Spec = ReturnType<typeof loadSpec>;
// Mutations reach into schemas at any depth, as plain JSON: typing each path would only restate the spec.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schemas = Record<string, Record<string, any>>;
// Mutations act on a parsed copy, never on the spec file.
function mutatedSpec(mutate: (schemas: Schemas) => void): Spec {
  const spec = structuredClone(loadSpec());
  mutate((spec.components as { schemas: Schemas }).schemas);
  return spec;
}

function runAudit(args: string[]): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/spec-audit.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout + run.stderr };
}

const ledgerAt = (line: number) => coverage(seed, loadSpec()).ledger.find((entry) => entry.line === line);

describe("seed parser", () => {
  it("reads the seed's 11 enums in document order", () => {
    const enums = pageEnums(seed);
    expect(enums.map((values) => values.length)).toEqual([5, 5, 5, 1, 4, 253, 10, 10, 4, 4, 4]);
    expect(enums[0]).toEqual([
      "APPROVED",
      "SUBMISSION_REQUIRED",
      "RESUBMISSION_REQUIRED",
      "REJECTED",
      "PENDING_VERIFICATION",
    ]);
    expect(enums[6]).toEqual(["$noop", "$eq", "$lt", "$lte", "$gt", "$gte", "$in", "$nin", "$ne", "$exists"]);
  });

  it("reads every object/array property with its flags", () => {
    const props = seed.items
      .filter((item) => item.kind === "property")
      .map(
        (item) =>
          `${item.text} ${item.property?.type}${item.property?.nullable ? " nullable" : ""}${item.property?.required ? " required" : ""}`,
      );
    expect(props).toEqual([
      "activityLogs object[] required",
      "data object required",
      "data object required",
      "event object nullable",
      "metadata object required",
      "data object required",
      "executions object[] nullable",
      "rules object[] required",
      "result object nullable",
      "result object nullable",
      "rule_data object nullable",
      "attribute object required",
      "value object nullable",
      "issues object[]",
    ]);
  });

  it("reads descriptions, anyOf tab types and example keys", () => {
    const texts = (kind: string) => seed.items.filter((item) => item.kind === kind).map((item) => item.text);
    expect(texts("description")).toEqual([
      "Get customer activity logs",
      "Get customer activity logs.",
      "Successful response",
      "Unique ID for the query",
      "Unique ID for the query",
      "Request ID for ZKPs",
      "Error response",
    ]);
    expect(texts("variant-type")).toEqual(["string", "boolean", "string", "number", "string", "number"]);
    expect(texts("example-key")).toEqual([
      "totalCount",
      "customerId",
      "activityLogs",
      "message",
      "code",
      "issues",
      "issues[].message",
    ]);
    expect(texts("operation")).toEqual(["GET /customers/{customerId}/activity-logs"]);
  });

  it("reads an enum written on one line", () => {
    const page = parseDocsPage(
      "T\nGET/x\nResponses\n- 200\nOK\n- application/json\nSchema\nPossible values: [a, b, c]\n",
    );
    expect(pageEnums(page)).toEqual([["a", "b", "c"]]);
  });
});

describe("seed coverage", () => {
  it("finds every item of the seed in the spec (100%)", () => {
    const result = coverage(seed, loadSpec());
    expect(result.misses).toEqual([]);
    expect(result.matched).toBe(result.total);
    expect(result.total).toBeGreaterThan(360);
    expect(formatCoverage("seed", result)).toBe(`seed coverage: ${result.total}/${result.total} (100%)`);
    expectTypeOf(result.matched).toEqualTypeOf<number>();
  });

  it("maps both SynapsStatus enums to SynapsStatus at the session and the step event", () => {
    expect(ledgerAt(40)).toMatchObject({
      schema: "SynapsStatus",
      site: "#/components/schemas/SynapsSessionEvent/properties/status",
    });
    expect(ledgerAt(46)).toMatchObject({
      schema: "SynapsStatus",
      site: "#/components/schemas/SynapsStepEvent/properties/status",
    });
    expect(ledgerAt(52)).toMatchObject({
      schema: "SynapsStepType",
      site: "#/components/schemas/SynapsStepEvent/properties/type",
    });
  });

  it("maps the three rule-status enums to RuleResultStatus at rules, executions and data level", () => {
    expect(ledgerAt(359)).toMatchObject({
      schema: "RuleResultStatus",
      site: "#/components/schemas/RuleExecution/properties/status",
    });
    expect(ledgerAt(364)).toMatchObject({
      schema: "RuleResultStatus",
      site: "#/components/schemas/ScenarioExecution/properties/scenarioStatus",
    });
    expect(ledgerAt(369)).toMatchObject({
      schema: "RuleResultStatus",
      site: "#/components/schemas/ScenarioExecutionLog/properties/data/properties/execution_status",
    });
  });

  it("maps the vault-link, operator and credential-type enums to their named schemas", () => {
    expect([70, 72, 77, 337, 348].map((line) => ledgerAt(line)?.schema)).toEqual([
      "VaultSchemaVersion",
      "VaultSchemaName",
      "KnownVaultPath",
      "RuleOperator",
      "CredentialType",
    ]);
  });

  it("maps the 253 seed vault paths to KnownVaultPath, the known values of the open VaultPath", () => {
    expect(ledgerAt(77)).toMatchObject({
      pointer: "#/components/schemas/KnownVaultPath/enum",
      schema: "KnownVaultPath",
      site: "#/components/schemas/VaultMetadataLink/properties/path",
    });
    const known = coverage(seed, loadSpec()).alignment.pairs.find((p) => p.spec.schema === "KnownVaultPath");
    expect(known?.valuePairs).toHaveLength(253);
  });

  it("maps each seed description to the description of its element", () => {
    expect(ledgerAt(1)?.pointer).toBe("#/paths/~1customers~1{customerId}~1activity-logs/get/summary");
    expect(ledgerAt(3)?.pointer).toBe("#/paths/~1customers~1{customerId}~1activity-logs/get/description");
    expect(ledgerAt(10)?.pointer).toBe(
      "#/paths/~1customers~1{customerId}~1activity-logs/get/responses/200/description",
    );
    expect(ledgerAt(65)?.pointer).toBe("#/components/schemas/RuleData/properties/queryId/description");
    expect(ledgerAt(66)?.pointer).toBe("#/components/schemas/RuleData/properties/id/description");
    expect(ledgerAt(67)?.pointer).toBe("#/components/schemas/RuleData/properties/requestId/description");
    expect(ledgerAt(382)?.pointer).toBe("#/components/responses/error/description");
  });

  it("maps each seed property to the property at the same nesting", () => {
    const pointers = [36, 37, 38, 39, 58, 59, 60, 61, 62, 63, 64, 68, 331, 389].map((line) =>
      ledgerAt(line)?.pointer.replace("#/components/schemas/", ""),
    );
    expect(pointers).toEqual([
      "ActivityLogsResponse/properties/activityLogs",
      "KycProviderEventLog/properties/data",
      "KycProviderEventLog/properties/data/properties/data",
      "KycProviderEventLog/properties/data/properties/event",
      "SynapsStepEvent/properties/metadata",
      "ScenarioExecutionLog/properties/data",
      "ScenarioExecutionLog/properties/data/properties/executions",
      "ScenarioExecution/properties/rules",
      "RuleExecution/properties/result",
      "RuleResult/properties/result",
      "RuleExecution/properties/rule_data",
      "RuleData/properties/attribute",
      "RuleData/properties/value",
      "ApiErrorBody/properties/issues",
    ]);
  });
});

describe("RECONSTRUCTION.md", () => {
  it("lists every seed item with the spec element the audit maps it to", () => {
    const markdown = readFileSync(new URL("../openapi/RECONSTRUCTION.md", import.meta.url), "utf8");
    const rows = markdown
      .split("\n")
      .map((row) => ({ row, start: Number(/^\|\s*(\d+)(?:-\d+)?\s*\|/.exec(row)?.[1]) }))
      .filter((r) => !Number.isNaN(r.start));
    const unlisted = coverage(seed, loadSpec())
      .ledger.filter((entry) => entry.kind !== "marker")
      .filter((entry) => !rows.some((r) => r.start === entry.line && r.row.includes(`\`${entry.pointer}\``)))
      .map((entry) => `line ${entry.line}: ${entry.pointer}`);
    expect(unlisted).toEqual([]);
  });
});

describe("seed coverage is strict about the spec", () => {
  const missesOf = (spec: Spec) => {
    const result = coverage(seed, spec);
    expect(result.matched).toBeLessThan(result.total);
    return result.misses.join("\n");
  };

  it("drops below 100% when an enum of the spec is reordered", () => {
    const spec = mutatedSpec((s) => {
      s.RuleOperator!.enum = ["$eq", "$noop", "$lt", "$lte", "$gt", "$gte", "$in", "$nin", "$ne", "$exists"];
    });
    expect(missesOf(spec)).toMatch(/enum value \$\w+ is out of order in RuleOperator/);
  });

  it("drops below 100% when an enum value is removed from the spec", () => {
    const spec = mutatedSpec((s) => {
      s.KnownVaultPath!.enum = (s.KnownVaultPath!.enum as string[]).filter((v) => v !== "Transaction/amount/EUR");
    });
    expect(missesOf(spec)).toContain("enum value Transaction/amount/EUR is missing from KnownVaultPath");
  });

  it("drops below 100% when a value is respelled in the spec", () => {
    const spec = mutatedSpec((s) => {
      s.SynapsStatus!.enum = [
        "APPROVED",
        "SUBMISSION_REQUIRED",
        "RESUBMISSION_REQUIRED",
        "REJECTED",
        "pending_verification",
      ];
    });
    expect(missesOf(spec)).toContain("enum value PENDING_VERIFICATION is missing from SynapsStatus");
  });

  it("drops below 100% when a required flag changes", () => {
    const spec = mutatedSpec((s) => {
      s.SynapsStepEvent!.required = ["status", "type", "sandbox"];
    });
    expect(missesOf(spec)).toContain(
      "property metadata is object, required on the page but object, optional in the spec",
    );
  });

  it("drops below 100% when a nullable property becomes non-nullable", () => {
    const spec = mutatedSpec((s) => {
      s.ScenarioExecutionLog!.properties.data.properties.executions.type = "array";
    });
    expect(missesOf(spec)).toContain(
      "property executions is object[], optional, nullable on the page but object[], optional in the spec",
    );
  });

  it("drops below 100% when a description moves to another element", () => {
    const spec = mutatedSpec((s) => {
      delete s.RuleData!.properties.requestId.description;
      s.RuleExecution!.properties.status.description = "Request ID for ZKPs";
    });
    expect(missesOf(spec)).toMatch(/line 67: description "Request ID for ZKPs"/);
  });

  it("drops below 100% when the variants of RuleValue are reordered", () => {
    const spec = mutatedSpec((s) => {
      const [a, b, ...rest] = s.RuleValue!.anyOf as unknown[];
      s.RuleValue!.anyOf = [b, a, ...rest];
    });
    expect(missesOf(spec)).toMatch(/line 33[2-3]: variant-type/);
  });

  it("drops below 100% when a property the seed shows is renamed", () => {
    const spec = mutatedSpec((s) => {
      const { metadata, ...rest } = s.SynapsStepEvent!.properties;
      s.SynapsStepEvent!.properties = { ...rest, meta: metadata };
    });
    expect(missesOf(spec)).toContain("line 58: property metadata (object, required) is not in the spec at this place");
  });
});

describe("confirmed additions (x-reconstruction: confirmed)", () => {
  const listed = (spec: Spec = loadSpec(), page = seed) =>
    compare(page, spec).additions.map((a) => `${a.kind} ${a.text} @ ${a.where}`);

  it("lists the values and keys the vendor's schemas add, each with its source, and no drift", () => {
    const { additions, differences } = compare(seed, loadSpec());
    expect(differences).toEqual([]);
    // The values the spec was reconstructed with; a later release's, added by `npm run spec:update`, name it.
    const values = additions
      .filter((a) => a.kind === "enum value" && !a.where.startsWith("KnownVaultPath "))
      .filter((a) => !/^\S+ \d+\.\d+\.\d+ \(not in /.test(a.source))
      .map((a) => `${a.text} @ ${a.where.split(" ")[0]}`);
    expect(values).toEqual([
      "TfheKycSession @ VaultSchemaName",
      "Web3Transaction @ VaultSchemaName",
      "$has @ RuleOperator",
      "$nhas @ RuleOperator",
      "skipped @ RuleResultStatus",
      "skipped @ RuleResultStatus",
      "skipped @ RuleResultStatus",
    ]);
    // KnownVaultPath's vendor paths: one group from the vendor's path generator, at the link's path.
    const vendorPaths = additions.filter((a) => a.kind === "enum value" && a.where.startsWith("KnownVaultPath "));
    const known = knownVaultPaths(loadSpec());
    expect(vendorPaths.map((a) => a.text)).toEqual([...known.added, ...known.kept]);
    expect(vendorPaths.length).toBeGreaterThanOrEqual(209);
    for (const { source } of vendorPaths)
      expect(source).toMatch(
        /^@nexeraid\/identity-schemas \d+\.\d+\.\d+(?: and earlier)?, generateZodObjectPaths\(VaultZodSchema\)/,
      );
    expect(listed()).toContain(
      "property secondaryAttribute (object, optional, nullable) @ #/components/schemas/RuleData/properties/secondaryAttribute",
    );
    expect(listed()).toContain(
      "enum DisplayMode: amount, percentage @ #/components/schemas/RuleData/properties/displayMode",
    );
    expect(listed()).toContain(
      "enum RuleTimeframe: daily, weekly, monthly, yearly @ #/components/schemas/RuleData/properties/timeframe",
    );
    expect(listed()).toContain(
      `enum VaultPath: any string, with the ${known.values.length} values of KnownVaultPath as known values @ #/components/schemas/VaultMetadataLink/properties/path`,
    );
    for (const addition of additions) expect(addition.source).toMatch(/^@nexeraid\/identity-schemas \d+\.\d+\.\d+/);
  });

  it("reports an enum value the spec adds without marking it confirmed as disappeared", () => {
    const spec = mutatedSpec((s) => {
      s.RuleOperator!["x-reconstruction-additions"] = (
        s.RuleOperator!["x-reconstruction-additions"] as Array<{ value: string }>
      ).filter((a) => a.value !== "$nhas");
    });
    expect(drift(seed, spec).map((d) => `${d.change} ${d.text} @ ${d.where}`)).toEqual([
      "disappeared $nhas @ RuleOperator",
    ]);
    expect(listed(spec)).not.toContainEqual(expect.stringMatching(/\$nhas/));
  });

  it("reports a vendor vault path the spec adds outside its confirmed group as disappeared", () => {
    const spec = mutatedSpec((s) => {
      const [group] = s.KnownVaultPath!["x-reconstruction-additions"] as Array<{ values: string[] }>;
      group!.values = group!.values.filter((path) => path !== "Web3Transaction/functionName");
    });
    expect(drift(seed, spec).map((d) => `${d.change} ${d.text} @ ${d.where.split(" ")[0]}`)).toEqual([
      "disappeared Web3Transaction/functionName @ KnownVaultPath",
    ]);
  });

  it("summarises a long run of added values of one enum: the first three and the count", () => {
    const text = formatAdditions(compare(seed, loadSpec()).additions);
    const { added } = knownVaultPaths(loadSpec());
    expect(text).toMatch(new RegExp(`^ {4}${added.length} values {3}"Customer`, "m"));
    expect(text).toMatch(
      /^ {4}\d+ values {3}"Customer\/kycStatus\/flowDecisionCheckStatus", .*, … in KnownVaultPath \(used at #\/components\/schemas\/VaultMetadataLink\/properties\/path\)$/m,
    );
    expect(text).toContain('enum value   "$has" in RuleOperator');
    expect(text).not.toContain('"Web3Transaction/functionName"');
  });

  it("reports a rule key the spec adds without marking it confirmed as disappeared", () => {
    const spec = mutatedSpec((s) => {
      delete s.RuleData!.properties.displayMode["x-reconstruction"];
    });
    expect(drift(seed, spec).map((d) => `${d.change} ${d.kind} ${d.text}`)).toEqual([
      "disappeared enum value amount",
      "disappeared enum value percentage",
    ]);
  });

  it("stops listing an addition once a later docs page shows it", () => {
    const later = parseDocsPage(seedText.replace("\n, $exists\n", "\n, $exists\n, $has\n, $nhas\n"));
    expect(drift(later, loadSpec())).toEqual([]);
    expect(listed(loadSpec(), later)).not.toContainEqual(expect.stringMatching(/\$n?has/));
  });
});

describe("drift audit of a later docs page", () => {
  const byChange = (differences: Difference[]) =>
    differences.map((d) => `${d.change} ${d.kind} ${d.text} @ ${d.where}`);

  it("reports nothing for the provenance copy", () => {
    expect(drift(seed, loadSpec())).toEqual([]);
  });

  it("reports an added, a removed and a moved enum value precisely", () => {
    const later = parseDocsPage(
      seedText
        .replace("\n, $exists\n", "\n, $exists\n, $between\n")
        .replace("\n, not-valid\n, error\n", "\n, error\n, not-valid\n"),
    );
    expect(byChange(drift(later, loadSpec()))).toEqual([
      "appeared enum value $between @ RuleOperator",
      "changed enum value error moved @ RuleResultStatus",
    ]);
  });

  it("exits 0 and prints 100% for the seed on the command line, with the confirmed additions apart", () => {
    const run = runAudit([]);
    expect(run.stdout).toMatch(/^seed coverage: (\d+)\/\1 \(100%\)$/m);
    expect(run.stdout).toContain("no differences");
    expect(run.stdout).toMatch(/^confirmed additions: \d+ /m);
    expect(run.stdout).toMatch(/enum value\s+"\$nhas" in RuleOperator/);
    expect(run.status).toBe(0);
  }, 60_000);

  it("exits 1 and lists what appeared and disappeared in a modified copy", () => {
    mkdirSync(TMP, { recursive: true });
    const file = `${TMP}later-docs-page.txt`;
    const modified = seedText
      .replace("\n, $exists\n", "\n, $exists\n, $between\n")
      .replace("\n, Customer/identityData/age\n", "\n")
      .replace("\nmetadata objectrequired\n", "\ndeviceMetadata objectrequired\n")
      .replace("\nRequest ID for ZKPs\n", "\n");
    writeFileSync(file, modified);
    const run = runAudit([file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/appeared\s+enum value\s+"\$between" in RuleOperator/);
    expect(run.stdout).toMatch(/disappeared\s+enum value\s+"Customer\/identityData\/age" in KnownVaultPath/);
    expect(run.stdout).toMatch(/appeared\s+property\s+"deviceMetadata \(object, required\)"/);
    expect(run.stdout).toMatch(
      /disappeared\s+property\s+"metadata \(object, required\)" in #\/components\/schemas\/SynapsStepEvent\/properties\/metadata/,
    );
    expect(run.stdout).toMatch(
      /disappeared\s+description\s+"Request ID for ZKPs" in #\/components\/schemas\/RuleData\/properties\/requestId\/description/,
    );
    expect(run.stdout.match(/^ {2}(appeared|disappeared|changed) /gm)).toHaveLength(5);
  }, 60_000);

  it("exits 2 when the file cannot be read", () => {
    expect(runAudit([`${TMP}no-such-file.txt`]).status).toBe(2);
  }, 60_000);
});
