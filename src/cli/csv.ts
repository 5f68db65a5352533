// The CSV form of a history: one row per log, with the columns a reviewer filters on and the whole log as JSON last.
import {
  matchActivityLog,
  matchSynapsEvent,
  type ActivityLogHandlers,
  type SynapsEventHandlers,
} from "../model/narrow.ts";
import type { ActivityLog, RuleResultStatus } from "../model/types.ts";
import { PageBytes } from "./page-bytes.ts";

// The statuses with a count column each, for scenarios and for rules: the spec's when the columns were set. The list is
// fixed, so the CSV's columns stay where they are when the vendor adds a status: a status outside it counts in the
// total only (`scenarios`, `rules`), and the log's JSON in the last column keeps it.
const STATUSES = ["valid", "not-valid", "error", "unknown", "skipped"] as const satisfies readonly RuleResultStatus[];

/** The CSV header, in column order. */
export const CSV_COLUMNS = [
  "customer_id",
  "position",
  "kind",
  "status",
  "step_type",
  "sandbox",
  "scenarios",
  ...STATUSES.map((status) => `scenarios_${status.replace("-", "_")}`),
  "rules",
  ...STATUSES.map((status) => `rules_${status.replace("-", "_")}`),
  "log",
] as const;

/** One CSV cell before quoting: text, a count, or empty. */
export type Cell = string | number;

// A value the API sent where the spec has a string or a boolean: shown as text whatever its type (a new enum member,
// an object where a string was expected), never dropped.
function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const member = (value: unknown, key: string): unknown =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;

// The total, then the count of each spec status (a status outside the spec counts in the total only).
function counts(statuses: unknown[]): number[] {
  const row = [statuses.length, 0, 0, 0, 0, 0];
  for (const status of statuses) {
    const at = STATUSES.findIndex((known) => known === status);
    if (at >= 0) row[at + 1] = (row[at + 1] as number) + 1;
  }
  return row;
}

// The count columns of a row with no scenario (scenarios and rules: a total and one per status each).
const NO_COUNTS: Cell[] = Array.from({ length: 2 * (1 + STATUSES.length) }, () => "");

// The handlers, made once (the export calls csvRow for every log).
const EVENT: SynapsEventHandlers<[string, string, string]> = {
  step: (step) => [text(step.status), text(step.type), text(step.sandbox)],
  session: (session) => [text(session.status), "", text(session.sandbox)],
  none: () => ["", "", ""],
  unknown: (value) => [text(member(value, "status")), "", text(member(value, "sandbox"))],
};
const LOG: ActivityLogHandlers<Cell[]> = {
  kycProviderEvent: (kyc) => ["kyc", ...matchSynapsEvent(kyc.data.event, EVENT), ...NO_COUNTS],
  scenarioExecution: (run) => {
    const executions = list(run.data.executions);
    const rules = executions.flatMap((execution) => list(member(execution, "rules")));
    return [
      "scenario",
      text(run.data.execution_status),
      "",
      "",
      ...counts(executions.map((execution) => member(execution, "scenarioStatus"))),
      ...counts(rules.map((rule) => member(rule, "status"))),
    ];
  },
  unknown: () => ["unknown", "", "", "", ...NO_COUNTS],
};

/**
 * The row of one log: `position` is its 1-based place in the customer's history. The kind and the columns after it
 * come from the package's narrowing helpers; a log of no known shape is kind `unknown`, its row empty but for the JSON.
 */
export function csvRow(customerId: string, position: number, log: ActivityLog): Cell[] {
  return [customerId, position, ...matchActivityLog(log, LOG), JSON.stringify(log)];
}

// A text cell starting with one of these is a formula to a spreadsheet: =, +, -, @, tab, CR and the full-width forms
// of the first four (OWASP's list, https://owasp.org/www-community/attacks/CSV_Injection).
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// A cell holding one of these is quoted (RFC 4180: quote, comma, and a line break, a lone CR or LF included).
const QUOTE_IF = /[",\r\n]/;

/**
 * Appends rows as CSV to `out`, the header first when `header` is set: RFC 4180 (CRLF after each record, quotes where
 * needed), and formula injection neutralised: a `'` before a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (or their full-width forms), as OWASP advises; a number's minus sign is left alone.
 *
 * Written here rather than with csv-stringify, which gives the same text (test/export-csv.test.ts compares them on
 * random cells) but doubles the quotes of a log's JSON as strings: 13.6 MB of garbage per 1,000 rows against 0.13 MB
 * here, and 18–20 ms against 10–15 (docs/decisions/export-csv.md).
 */
export function writeCsv(out: PageBytes, rows: readonly (readonly Cell[])[], header: boolean): void {
  for (const row of header ? [CSV_COLUMNS, ...rows] : rows) {
    row.forEach((value, i) => {
      if (i) out.write(",");
      if (typeof value === "number") return out.write(String(value));
      const formula = FORMULA.test(value);
      if (!QUOTE_IF.test(value)) return out.write(formula ? `'${value}` : value);
      out.write(formula ? `"'` : `"`);
      out.writeQuoted(value);
      out.write(`"`);
    });
    out.write("\r\n");
  }
}

/** Rows as CSV bytes: {@link writeCsv} on a writer of its own. */
export function csvBytes(rows: readonly (readonly Cell[])[], header: boolean): Buffer {
  const out = new PageBytes();
  writeCsv(out, rows, header);
  return out.take();
}
