// The CSV form of a history: one row per log, with the columns a reviewer filters on and the whole log as JSON last.
import { stringify, type Stringifier } from "csv-stringify";
import { matchActivityLog, matchSynapsEvent } from "../narrow.ts";
import type { ActivityLog, RuleResultStatus } from "../types.ts";

// Every status of the spec, in its order: one count column each for scenarios and for rules.
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
  return [statuses.length, ...STATUSES.map((status) => statuses.filter((s) => s === status).length)];
}

/**
 * The row of one log: `position` is its 1-based place in the customer's history. The kind and the columns after it
 * come from the package's narrowing helpers; a log of no known shape is kind `unknown`, its row empty but for the JSON.
 */
export function csvRow(customerId: string, position: number, log: ActivityLog): Cell[] {
  const none = ["", "", "", ...counts([]).map(() => ""), ...counts([]).map(() => "")];
  const columns = matchActivityLog<Cell[]>(log, {
    kycProviderEvent: (kyc) => {
      const event = matchSynapsEvent<[string, string, string]>(kyc.data.event, {
        step: (step) => [text(step.status), text(step.type), text(step.sandbox)],
        session: (session) => [text(session.status), "", text(session.sandbox)],
        none: () => ["", "", ""],
        unknown: (value) => [text(member(value, "status")), "", text(member(value, "sandbox"))],
      });
      return ["kyc", ...event, ...none.slice(3)];
    },
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
    unknown: () => ["unknown", ...none],
  });
  return [customerId, position, ...columns, JSON.stringify(log)];
}

/**
 * A CSV stream of rows: RFC 4180 (CRLF between records, quotes where needed), the header first, and formula injection
 * neutralised: csv-stringify's `escape_formulas` writes a `'` before a text cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return (or their full-width forms), as OWASP advises: https://owasp.org/www-community/attacks/CSV_Injection
 */
export function csvStringifier(): Stringifier {
  return stringify({
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: "windows",
    // Also quote a cell holding a lone CR or LF (csv-stringify skips them once record_delimiter is set).
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}
