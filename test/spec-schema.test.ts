import { describe, expect, it } from "vitest";
import { errorsFor } from "./support/spec-schema.ts";

describe("spec schema harness", () => {
  it("accepts a minimal page and rejects a page without activityLogs", () => {
    expect(errorsFor("ActivityLogsResponse", { totalCount: 0, customerId: "c", activityLogs: [] })).toEqual([]);
    expect(errorsFor("ActivityLogsResponse", { totalCount: 0, customerId: "c" })).not.toEqual([]);
  });
});
