// What an editor shows on hover: the TypeScript language service's quick info, asked at marked places of a small
// consumer source that is never written to disk.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { KnownVaultPath, VaultPath } from "../src/model/types.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURE = `${ROOT}test/hover-fixture.ts`;
// The vendor's own vault paths (generateZodObjectPaths(VaultZodSchema), checked against the package by spec:upstream).
const vendorPaths = (
  JSON.parse(readFileSync(new URL("../upstream/vault-paths.json", import.meta.url), "utf8")) as { paths: string[] }
).paths;
// Paths no one lists: each must fail to compile as a KnownVaultPath (and still compile as a VaultPath).
const wrongPaths = ["Customer/identityData/agee", "customer/identityData/age", "Web3Transaction/", ""];

// `/*@name*/` marks the identifier that follows it.
const source = `
import {
  createActivityLogsClient,
  isKycProviderEventLog,
  isScenarioExecutionLog,
  isSynapsStepEvent,
  isVaultMetadataLink,
  type VaultPath,
} from "../src/index.ts";
import type { KnownVaultPath } from "../src/model/types.ts";
import { activityLogsQueryOptions } from "../src/query.ts";

const client = createActivityLogsClient();
export async function show(customerId: string) {
  const /*@page*/page = await client.getActivityLogs(customerId);
  const /*@log*/log = page.activityLogs[0]!;
  if (isScenarioExecutionLog(log)) {
    const /*@scenario*/scenario = log;
    const /*@rule*/rule = scenario.data.executions?.[0]?.rules[0];
    const attribute = rule?.rule_data?.attribute;
    if (attribute !== undefined && isVaultMetadataLink(attribute)) {
      const /*@path*/path = attribute.path;
      void path;
    }
    void rule;
  }
  if (isKycProviderEventLog(log)) {
    const /*@kyc*/kyc = log;
    const event = kyc.data.event;
    if (isSynapsStepEvent(event)) {
      const /*@step*/step = event;
      void step;
    }
  }
  const /*@options*/options = activityLogsQueryOptions(client, customerId);
  const /*@known*/known: VaultPath = "Customer/identityData/age";
  const /*@anyPath*/anyPath: VaultPath = "Customer/some/later/path";
  const completed: VaultPath = "Customer/identityData/a/*@complete*/";
  void completed;
  void options;
  void known;
  void anyPath;
  return {} as KnownVaultPath;
}
export const vendorPaths: KnownVaultPath[] = ${JSON.stringify(vendorPaths)};
${wrongPaths.map((path, i) => `export const /*@wrong${i}*/wrong${i}: KnownVaultPath = ${JSON.stringify(path)};`).join("\n")}
export const unknownPaths: VaultPath[] = ${JSON.stringify(wrongPaths)};
`;

// The line of the source a marker is on.
const lineOf = (marker: string) => source.slice(0, source.indexOf(`/*@${marker}*/`)).split("\n").length;

let quickInfo: (marker: string) => string;
let completions: (marker: string) => string[];
// The fixture's type errors, by line: only the wrong paths' lines may have one.
let errorsByLine: Map<number, string[]>;

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${ROOT}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("tsconfig.json does not parse");
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => config.options,
    getScriptFileNames: () => [FIXTURE],
    getScriptVersion: () => "1",
    getScriptSnapshot: (fileName) => {
      if (fileName === FIXTURE) return ts.ScriptSnapshot.fromString(source);
      return ts.sys.fileExists(fileName) ? ts.ScriptSnapshot.fromString(readFileSync(fileName, "utf8")) : undefined;
    },
    getCurrentDirectory: () => ROOT,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (fileName) => fileName === FIXTURE || ts.sys.fileExists(fileName),
    readFile: (fileName) => (fileName === FIXTURE ? source : ts.sys.readFile(fileName)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  const program = service.getProgram();
  const file = program?.getSourceFile(FIXTURE);
  errorsByLine = new Map();
  for (const d of service.getSemanticDiagnostics(FIXTURE)) {
    const line = file && d.start !== undefined ? file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    errorsByLine.set(line, [...(errorsByLine.get(line) ?? []), ts.flattenDiagnosticMessageText(d.messageText, "\n")]);
  }
  const wrongLines = new Set(wrongPaths.map((_, i) => lineOf(`wrong${i}`)));
  expect([...errorsByLine].filter(([line]) => !wrongLines.has(line))).toEqual([]);
  quickInfo = (marker) => {
    const at = source.indexOf(`/*@${marker}*/`);
    if (at < 0) throw new Error(`no marker ${marker}`);
    const info = service.getQuickInfoAtPosition(FIXTURE, at + `/*@${marker}*/`.length);
    return ts.displayPartsToString(info?.displayParts);
  };
  completions = (marker) => {
    const at = source.indexOf(`/*@${marker}*/`);
    return (service.getCompletionsAtPosition(FIXTURE, at, {})?.entries ?? []).map((entry) => entry.name);
  };
}, 120_000);

describe("hovers show the spec's names", () => {
  it("shows ActivityLogsResponse for a page and ActivityLog for one of its logs", () => {
    expect(quickInfo("page")).toBe("const page: ActivityLogsResponse");
    expect(quickInfo("log")).toBe("const log: ActivityLog");
  });

  it("shows ScenarioExecutionLog and KycProviderEventLog for narrowed logs", () => {
    expect(quickInfo("scenario")).toBe("const scenario: ScenarioExecutionLog");
    expect(quickInfo("kyc")).toBe("const kyc: KycProviderEventLog");
  });

  it("shows SynapsStepEvent for a narrowed event and RuleExecution for a rule", () => {
    expect(quickInfo("step")).toBe("const step: SynapsStepEvent");
    expect(quickInfo("rule")).toBe("const rule: RuleExecution | undefined");
  });

  it("shows VaultPath, an open enum: a known path and any other string both fit", () => {
    expect(quickInfo("path")).toBe("const path: VaultPath");
    expect(quickInfo("known")).toBe("const known: VaultPath");
    expect(quickInfo("anyPath")).toBe("const anyPath: VaultPath");
  });

  it("never shows openapi-typescript's plumbing", () => {
    for (const marker of ["page", "log", "scenario", "kyc", "step", "rule", "path", "options"]) {
      expect(quickInfo(marker)).not.toMatch(/components\[|\{ data: /);
    }
    expect(quickInfo("options")).toBe("const options: ActivityLogsQueryOptions");
  });

  it("offers the known vault paths for autocomplete in a VaultPath string: the docs page's and the vendor's", () => {
    const offered = completions("complete");
    expect(offered).toContain("Customer/identityData/age");
    expect(offered).toContain("Customer/identityData/nationality");
    expect(offered).toEqual(expect.arrayContaining(vendorPaths));
    expect(offered).toContain("Customer/companyIdentity/companyName");
    expect(offered).toContain("TfheKycSession/vcs");
    expect(offered).toContain("Web3Transaction/functionName");
    expect(new Set(offered).size).toBeGreaterThanOrEqual(253 + 209);
  });

  it("names KnownVaultPath in the error for a path no one lists, rather than spelling out its 462 values", () => {
    wrongPaths.forEach((path, i) => {
      const [error, ...more] = errorsByLine.get(lineOf(`wrong${i}`)) ?? [];
      expect(more).toEqual([]);
      // TypeScript may add a suggestion ("Did you mean …?"); it never lists the union's members.
      expect(error?.startsWith(`Type '${JSON.stringify(path)}' is not assignable to type 'KnownVaultPath'.`)).toBe(
        true,
      );
      expect(error).not.toContain("|");
    });
    expect(errorsByLine.get(lineOf("wrong0"))?.[0]).toContain(`Did you mean '"Customer/identityData/age"'?`);
    expect(quickInfo("wrong0")).toBe("const wrong0: KnownVaultPath");
  });
});

describe("every vendor path is a KnownVaultPath", () => {
  it("compiles the newest pin's paths (412 in 2.222.0) as KnownVaultPath[] without an error", () => {
    expect(vendorPaths.length).toBeGreaterThanOrEqual(400);
    const line = source.split("\n").findIndex((text) => text.startsWith("export const vendorPaths")) + 1;
    expect(line).toBeGreaterThan(0);
    expect(errorsByLine.get(line)).toBeUndefined();
    // The same line with one path respelled does fail: the check can fail.
    expect(errorsByLine.get(lineOf("wrong0"))).toHaveLength(1);
  });
});

describe("VaultPath, an open enum", () => {
  it("accepts any string, while KnownVaultPath accepts only the listed ones", () => {
    expectTypeOf<"Customer/identityData/age">().toMatchTypeOf<KnownVaultPath>();
    expectTypeOf<"Web3Transaction/functionName" | "TfheKycSession/vcs">().toMatchTypeOf<KnownVaultPath>();
    expectTypeOf<"Customer/identityData/agee">().not.toMatchTypeOf<KnownVaultPath>();
    expectTypeOf<"Customer/some/later/path">().toMatchTypeOf<VaultPath>();
    expectTypeOf<"Customer/some/later/path">().not.toMatchTypeOf<KnownVaultPath>();
    expectTypeOf<VaultPath>().toMatchTypeOf<string>();
    expectTypeOf<number>().not.toMatchTypeOf<VaultPath>();
    const later: VaultPath = "Customer/some/later/path";
    expect(typeof later).toBe("string");
  });
});
