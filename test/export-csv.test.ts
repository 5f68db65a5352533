import { parse } from "csv-parse/sync";
import { describe, expect, expectTypeOf, it } from "vitest";
import { CSV_COLUMNS, csvRow, csvStringifier, type Cell } from "../src/cli/csv.ts";
import {
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
} from "../src/mock/factories.ts";
import type { ActivityLog } from "../src/types.ts";

// Runs rows through the stringifier and returns the CSV text.
async function toCsv(rows: Cell[][]): Promise<string> {
  const stringifier = csvStringifier();
  const chunks: string[] = [];
  stringifier.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  const done = new Promise((resolve, reject) => stringifier.on("end", resolve).on("error", reject));
  for (const row of rows) stringifier.write(row);
  stringifier.end();
  await done;
  return chunks.join("");
}

const row = (log: unknown, position = 1) => {
  const cells = csvRow("cus-1", position, log as ActivityLog);
  return Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, cells[i]]));
};

describe("csvRow", () => {
  it("has one cell per documented column, the whole log as JSON last", () => {
    const log = makeKycProviderEventLog();
    const cells = csvRow("cus-1", 7, log);
    expect(cells).toHaveLength(CSV_COLUMNS.length);
    expect(CSV_COLUMNS.at(-1)).toBe("log");
    expect(JSON.parse(cells.at(-1) as string)).toEqual(log);
    expectTypeOf(cells).toEqualTypeOf<Cell[]>();
  });

  it("a KYC step event: kind kyc, its status, step type and sandbox, no counts", () => {
    const log = makeKycProviderEventLog({ data: { event: { type: "PHONE", status: "REJECTED", sandbox: true } } });
    expect(row(log, 3)).toMatchObject({
      customer_id: "cus-1",
      position: 3,
      kind: "kyc",
      status: "REJECTED",
      step_type: "PHONE",
      sandbox: "true",
      scenarios: "",
      rules: "",
    });
  });

  it("a KYC session event has no step type; a KYC log without event has no status", () => {
    const session = makeKycProviderEventLog({
      data: { event: { alias: "alice", status: "APPROVED", sandbox: false } },
    });
    expect(row(session)).toMatchObject({ kind: "kyc", status: "APPROVED", step_type: "", sandbox: "false" });
    expect(row(makeKycProviderEventLog({ data: { event: null } }))).toMatchObject({
      kind: "kyc",
      status: "",
      sandbox: "",
    });
  });

  it("a scenario run: the execution status and the scenario and rule counts by status", () => {
    const log = makeScenarioExecutionLog({
      data: {
        execution_status: "valid",
        executions: [
          makeScenarioExecution({
            scenarioStatus: "valid",
            rules: [makeRuleExecution(), makeRuleExecution({ status: "error" })],
          }),
          makeScenarioExecution({ scenarioStatus: "skipped", rules: [makeRuleExecution({ status: "skipped" })] }),
        ],
      },
    });
    expect(row(log)).toMatchObject({
      kind: "scenario",
      status: "valid",
      step_type: "",
      sandbox: "",
      scenarios: 2,
      scenarios_valid: 1,
      scenarios_not_valid: 0,
      scenarios_skipped: 1,
      rules: 3,
      rules_error: 1,
      rules_skipped: 1,
    });
  });

  it("a scenario run without executions counts zero", () => {
    expect(row({ data: { executions: null } })).toMatchObject({ kind: "scenario", status: "", scenarios: 0, rules: 0 });
  });

  it("keeps a log of no known shape, as kind unknown with its JSON", () => {
    for (const value of [null, 42, "text", [1, 2], { other: true }, { data: "string" }]) {
      const cells = row(value);
      expect(cells["kind"], JSON.stringify(value)).toBe("unknown");
      expect(JSON.parse(cells["log"] as string)).toEqual(value);
    }
  });

  it("shows a value of an unexpected type as text instead of dropping it", () => {
    const log = { data: { data: {}, event: { status: { nested: 1 }, type: 5, sandbox: "maybe", metadata: {} } } };
    expect(row(log)).toMatchObject({ kind: "kyc", status: '{"nested":1}', step_type: "5", sandbox: "maybe" });
  });
});

describe("csvStringifier", () => {
  it("writes the header, CRLF between records, and quotes per RFC 4180", async () => {
    const rest = CSV_COLUMNS.slice(4).map(() => "");
    const text = await toCsv([["a,b", 'say "hi"', "line\nbreak", "cr\ronly", ...rest]]);
    expect(text).toBe(
      `${CSV_COLUMNS.join(",")}\r\n"a,b","say ""hi""","line\nbreak","cr\ronly"${",".repeat(rest.length)}\r\n`,
    );
  });

  it("writes a ' before a cell that starts with = + - @ tab or CR, and leaves other cells and numbers alone", async () => {
    const cells = ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx", "＝full", "ok=", "a-b", 3];
    const text = await toCsv([cells]);
    const [parsed] = parse(text, { from_line: 2 }) as string[][];
    expect(parsed).toEqual(["'=1+1", "'+SUM(A1)", "'-2", "'@cmd", "'\tx", "'\rx", "'＝full", "ok=", "a-b", "3"]);
  });

  it("writes UTF-8 text as it is", async () => {
    const text = await toCsv([["naïve ✓ 中文"]]);
    expect(Buffer.from(text, "utf8").toString("utf8")).toContain("naïve ✓ 中文");
  });
});
