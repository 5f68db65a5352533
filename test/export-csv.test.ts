import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { CSV_COLUMNS, csvBytes, csvRow, writeCsv, type Cell } from "../src/cli/csv.ts";
import { PageBytes } from "../src/cli/page-bytes.ts";
import {
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
} from "../src/mock/factories.ts";
import type { ActivityLog } from "../src/model/types.ts";

// The CSV text of rows, with the header.
const toCsv = (rows: Cell[][]): string => csvBytes(rows, true).toString("utf8");

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

  it("a status or step type the spec does not list yet: shown as text, counted in the total, columns unchanged", () => {
    const kyc = { data: { data: {}, event: { status: "ON_HOLD", type: "VIDEO_IDENT", sandbox: false, metadata: {} } } };
    expect(row(kyc)).toMatchObject({ kind: "kyc", status: "ON_HOLD", step_type: "VIDEO_IDENT" });
    const run = {
      data: {
        execution_status: "pending",
        executions: [{ scenarioStatus: "pending", rules: [{ status: "pending" }, { status: "valid" }] }],
      },
    };
    expect(row(run)).toMatchObject({
      kind: "scenario",
      status: "pending",
      scenarios: 1,
      scenarios_valid: 0,
      rules: 2,
      rules_valid: 1,
    });
    expect(CSV_COLUMNS.filter((column) => column.startsWith("rules_"))).toEqual([
      "rules_valid",
      "rules_not_valid",
      "rules_error",
      "rules_unknown",
      "rules_skipped",
    ]);
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

describe("csvBytes", () => {
  it("writes the header, CRLF between records, and quotes per RFC 4180", () => {
    const rest = CSV_COLUMNS.slice(4).map(() => "");
    const text = toCsv([["a,b", 'say "hi"', "line\nbreak", "cr\ronly", ...rest]]);
    expect(text).toBe(
      `${CSV_COLUMNS.join(",")}\r\n"a,b","say ""hi""","line\nbreak","cr\ronly"${",".repeat(rest.length)}\r\n`,
    );
  });

  it("writes a ' before a cell that starts with = + - @ tab or CR, and leaves other cells and numbers alone", () => {
    const cells = ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx", "＝full", "ok=", "a-b", 3, -2];
    const text = toCsv([cells]);
    const [parsed] = parse(text, { from_line: 2 }) as string[][];
    expect(parsed).toEqual(["'=1+1", "'+SUM(A1)", "'-2", "'@cmd", "'\tx", "'\rx", "'＝full", "ok=", "a-b", "3", "-2"]);
  });

  it("writes no header when asked for none (the pages after the first)", () => {
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
    expect(csvBytes([[1, "a"]], false).toString()).toBe("1,a\r\n");
    expect(csvBytes([], false).length).toBe(0);
  });

  it("writes UTF-8 text as it is, with no byte-order mark", () => {
    const bytes = csvBytes([["naïve ✓ 中文"]], true);
    expect(bytes.includes(Buffer.from("naïve ✓ 中文", "utf8"))).toBe(true);
    expect(bytes.subarray(0, 11).toString("latin1")).toBe("customer_id");
  });
});

// csv-stringify with the options the export used before it wrote CSV itself: the reference the writer must match.
const reference = (rows: Cell[][]): string =>
  stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: "windows",
    quote_record_delimiter: true,
    escape_formulas: true,
  });

// Text cells made of what CSV treats specially (quotes, commas, CR, LF, formula starts, full-width forms, non-ASCII
// and astral characters), numbers of every sign.
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({
    unit: fc.oneof(
      fc.constantFrom('"', ",", "\r", "\n", "=", "+", "-", "@", "\t", "'", " ", "a", "é", "✓", "😀"),
      fc.constantFrom("\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"),
      fc.string({ maxLength: 1 }),
    ),
    maxLength: 40,
  }),
  fc.integer(),
  fc.double({ noNaN: true }),
);

describe("csvBytes against csv-stringify", () => {
  it("writes exactly csv-stringify's text on random rows", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 8 }), (rows) => {
        expect(csvBytes(rows, true).toString("utf8")).toBe(reference(rows));
      }),
      { numRuns: 500 },
    );
  });

  it("writes exactly csv-stringify's text for every row the mock history and the factories give", () => {
    const logs = [makeKycProviderEventLog(), makeScenarioExecutionLog(), { unexpected: '=cmd|"/c calc"' }];
    const rows = logs.map((log, i) => csvRow("cus-1", i + 1, log as ActivityLog));
    expect(toCsv(rows)).toBe(reference(rows));
  });

  it("keeps one writer's pages apart, and grows past its first buffer without losing a byte", () => {
    const out = new PageBytes();
    const big = '"x"'.repeat(400_000);
    writeCsv(out, [["a"]], false);
    expect(out.take().toString()).toBe("a\r\n");
    writeCsv(out, [[big, 1]], false);
    const page = out.take().toString();
    expect(page).toBe(
      reference([[big, 1]])
        .split("\r\n")
        .slice(1)
        .join("\r\n"),
    );
    expect(out.take().length).toBe(0);
  });
});
