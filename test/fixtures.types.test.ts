import { describe, expect, expectTypeOf, it } from "vitest";
import type {
  ActivityLogsResponse,
  ApiErrorBody,
  KycProviderEventLog,
  RuleData,
  RuleExecution,
  SynapsStepMetadata,
  VaultMetadataLink,
} from "../src/types.ts";
import { withExtraKeys, withKeysAt } from "./fixtures/extra-keys.ts";
import { kycSessionApproved, kycStepIdDocument, ruleAgeGte, ruleNationalityIn } from "./fixtures/items.ts";
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

  it("rejects an operator added later upstream ($nhas) under satisfies", () => {
    // @ts-expect-error "$nhas" is not in the docs page's operator enum
    const rule = { attribute: "country", operator: "$nhas" } satisfies RuleData;
    expect(errorsFor("RuleData", rule)).not.toEqual([]);
  });

  it("rejects a Synaps status in the wrong case under satisfies", () => {
    const item = {
      // @ts-expect-error "approved" is not a SynapsStatus
      data: { data: {}, event: { status: "approved", alias: "a", sandbox: false } },
    } satisfies KycProviderEventLog;
    expect(errorsFor("KycProviderEventLog", item)).not.toEqual([]);
  });

  it("rejects a vault link without path and a vault schema added later upstream", () => {
    // @ts-expect-error path is required
    const missing = { version: "v1", schema: "Customer" } satisfies VaultMetadataLink;
    // @ts-expect-error "Web3Transaction" is not a VaultSchemaName
    const later = { version: "v1", schema: "Web3Transaction", path: "Customer" } satisfies VaultMetadataLink;
    expect(errorsFor("VaultMetadataLink", missing)).not.toEqual([]);
    expect(errorsFor("VaultMetadataLink", later)).not.toEqual([]);
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

  it("rejects a rule status added later upstream (skipped) and a value that is an object", () => {
    // @ts-expect-error "skipped" is not a RuleResultStatus
    const skipped = { status: "skipped" } satisfies RuleExecution;
    // @ts-expect-error a rule value is never an object
    const objectValue = { attribute: "age", operator: "$gte", value: { min: 18 } } satisfies RuleData;
    expect(errorsFor("RuleExecution", skipped)).not.toEqual([]);
    expect(errorsFor("RuleData", objectValue)).not.toEqual([]);
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
