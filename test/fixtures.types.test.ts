import { describe, expect, expectTypeOf, it } from "vitest";
import type {
  ActivityLogsResponse,
  ApiErrorBody,
  components,
  KycProviderEventLog,
  RuleData,
  RuleExecution,
  RuleOperator,
  RuleResultStatus,
  SynapsStepMetadata,
  VaultMetadataLink,
  VaultSchemaName,
} from "../src/model/types.ts";
import { withExtraKeys, withKeysAt } from "./fixtures/extra-keys.ts";
import {
  kycSessionApproved,
  kycStepIdDocument,
  ruleAgeGte,
  ruleNationalityIn,
  ruleTfheKycSessionHas,
  ruleWeb3MethodNhas,
} from "./fixtures/items.ts";
import { kycSessionPage, scenarioPage } from "./fixtures/pages.ts";
import { notFoundBody } from "./fixtures/errors.ts";
import { errorsFor } from "./support/spec-schema.ts";

// Each `@ts-expect-error` below proves that `satisfies` (the way every fixture is written) turns a stale fixture
// into a compile error; if the spec ever accepted the value, tsc would fail on the unused directive. At run time each
// rejected value is also rejected by the spec's JSON Schema: the generated types and the schema agree.
describe("fixtures at compile time", () => {
  it("keeps the enum literals of a fixture, not string", () => {
    expectTypeOf(kycSessionApproved.data.event.status).toEqualTypeOf<"APPROVED">();
    expectTypeOf(ruleNationalityIn.rule_data.operator).toEqualTypeOf<"$in">();
    expectTypeOf(kycSessionPage).toMatchTypeOf<ActivityLogsResponse>();
    expectTypeOf(notFoundBody).toMatchTypeOf<ApiErrorBody>();
  });

  it("rejects a misspelled operator under satisfies", () => {
    // @ts-expect-error "$EQ" is not a RuleOperator
    const rule = { attribute: "country", operator: "$EQ" } satisfies RuleData;
    expect(errorsFor("RuleData", rule)).not.toEqual([]);
  });

  it("accepts the operators the vendor's schemas add ($has, $nhas) under satisfies", () => {
    const rule = { attribute: "country", operator: "$nhas" } satisfies RuleData;
    expectTypeOf<"$has" | "$nhas">().toMatchTypeOf<RuleOperator>();
    expectTypeOf(ruleWeb3MethodNhas.rule_data.operator).toEqualTypeOf<"$nhas">();
    expect(errorsFor("RuleData", rule)).toEqual([]);
  });

  it("rejects a Synaps status in the wrong case under satisfies", () => {
    const item = {
      // @ts-expect-error "approved" is not a SynapsStatus
      data: { data: {}, event: { status: "approved", alias: "a", sandbox: false } },
    } satisfies KycProviderEventLog;
    expect(errorsFor("KycProviderEventLog", item)).not.toEqual([]);
  });

  it("rejects a vault link without path and a misspelled vault schema", () => {
    // @ts-expect-error path is required
    const missing = { version: "v1", schema: "Customer" } satisfies VaultMetadataLink;
    // @ts-expect-error "web3Transaction" is not a VaultSchemaName (the vendor spells it Web3Transaction)
    const miscased = { version: "v1", schema: "web3Transaction", path: "Customer" } satisfies VaultMetadataLink;
    expect(errorsFor("VaultMetadataLink", missing)).not.toEqual([]);
    expect(errorsFor("VaultMetadataLink", miscased)).not.toEqual([]);
  });

  it("accepts the vault schemas the vendor's schemas add and a path outside the docs page's 253", () => {
    const link = { version: "v1", schema: "Web3Transaction", path: "any/string" } satisfies VaultMetadataLink;
    expectTypeOf<"TfheKycSession" | "Web3Transaction">().toMatchTypeOf<VaultSchemaName>();
    expectTypeOf<"any/string">().toMatchTypeOf<VaultMetadataLink["path"]>();
    expectTypeOf<components["schemas"]["KnownVaultPath"]>().toMatchTypeOf<VaultMetadataLink["path"]>();
    expectTypeOf<"Customer/identityData/age">().toMatchTypeOf<components["schemas"]["KnownVaultPath"]>();
    expectTypeOf(ruleTfheKycSessionHas.rule_data.attribute.schema).toEqualTypeOf<"TfheKycSession">();
    expect(errorsFor("VaultMetadataLink", link)).toEqual([]);
  });

  it("rejects step metadata missing browser_name", () => {
    const metadata = {
      ip: "1.1.1.1",
      user_agent: "ua",
      platform: "Linux",
      browser_version: "1",
      device: "desktop",
      customer_language: "en",
      // @ts-expect-error browser_name is required
    } satisfies SynapsStepMetadata;
    expect(errorsFor("SynapsStepMetadata", metadata)).not.toEqual([]);
  });

  it("accepts the rule status the vendor's schemas add (skipped) and rejects a value that is an object", () => {
    const skipped = { status: "skipped" } satisfies RuleExecution;
    expectTypeOf<"skipped">().toMatchTypeOf<RuleResultStatus>();
    expectTypeOf(ruleWeb3MethodNhas.status).toEqualTypeOf<"skipped">();
    // @ts-expect-error a rule value is never an object
    const objectValue = { attribute: "age", operator: "$gte", value: { min: 18 } } satisfies RuleData;
    expect(errorsFor("RuleExecution", skipped)).toEqual([]);
    expect(errorsFor("RuleData", objectValue)).not.toEqual([]);
  });

  it("types the rule keys the vendor's schemas add, with their enums", () => {
    expectTypeOf<NonNullable<RuleData["displayMode"]>>().toEqualTypeOf<"amount" | "percentage">();
    expectTypeOf<NonNullable<RuleData["timeframe"]>>().toEqualTypeOf<"daily" | "weekly" | "monthly" | "yearly">();
    expectTypeOf<RuleData["datasetColumnId"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<RuleData["secondaryAttribute"]>().toEqualTypeOf<RuleData["attribute"] | null | undefined>();
    // @ts-expect-error "hourly" is not a timeframe the vendor lists
    const hourly = { attribute: "age", operator: "$gte", timeframe: "hourly" } satisfies RuleData;
    expect(errorsFor("RuleData", hourly)).not.toEqual([]);
  });

  it("rejects a page without activityLogs and a totalCount sent as a string", () => {
    // @ts-expect-error activityLogs is required
    const noLogs = { totalCount: 0, customerId: "c" } satisfies ActivityLogsResponse;
    // @ts-expect-error totalCount is a number
    const stringCount = { totalCount: "0", customerId: "c", activityLogs: [] } satisfies ActivityLogsResponse;
    expect(errorsFor("ActivityLogsResponse", noLogs)).not.toEqual([]);
    expect(errorsFor("ActivityLogsResponse", stringCount)).not.toEqual([]);
  });

  it("rejects an unknown key in a literal, which is why withExtraKeys adds them at run time", () => {
    const literal = {
      totalCount: 0,
      customerId: "c",
      activityLogs: [],
      // @ts-expect-error excess property check: the API's objects are open, but literals are checked strictly
      x_future_field: 1,
    } satisfies ActivityLogsResponse;
    const built = withExtraKeys(kycSessionPage);
    expectTypeOf(built).toEqualTypeOf<typeof kycSessionPage>();
    expectTypeOf(withKeysAt(kycStepIdDocument, "/data", { x: 1 })).toEqualTypeOf<typeof kycStepIdDocument>();
    // ...while the schema accepts both: its objects are open.
    expect(errorsFor("ActivityLogsResponse", literal)).toEqual([]);
    expect(errorsFor("ActivityLogsResponse", built)).toEqual([]);
    expect(built).toHaveProperty("x_future_field");
  });

  it("types the requestId forms as number | null | undefined", () => {
    expectTypeOf(ruleAgeGte.rule_data.requestId).toEqualTypeOf<number>();
    expectTypeOf<RuleData["requestId"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf(scenarioPage.activityLogs).toBeArray();
  });
});
