// The command line: commander parses and documents it (`--help` of the program and of each command); this module turns
// what it parsed into the export's options, or a usage error (exit code 2).
import { readFile } from "node:fs/promises";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { DEFAULT_RATE_LIMIT } from "../core/defaults.ts";
import type { RateLimit } from "../limits/in-process.ts";
import { createRedact } from "../core/redact.ts";
import { CSV_COLUMNS } from "./csv.ts";
import { describeError } from "./describe-error.ts";
import { DEFAULT_CUSTOMERS_AT_ONCE, DEFAULT_LIMIT, MAX_CUSTOMERS_AT_ONCE } from "./export-defaults.ts";
import { runExport, type ExportIo, type ExportOptions } from "./export.ts";
import { addMockCommand } from "./mock.ts";
import { UsageError } from "./usage-error.ts";
import { isCustomerId } from "../core/rules.ts";

/** The process around the command: its streams and environment. */
export interface CliIo extends ExportIo {
  stdin: NodeJS.ReadableStream;
  env: Readonly<Record<string, string | undefined>>;
}

const integer = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`must be an integer from ${min}${max === Infinity ? "" : ` to ${max}`}.`);
  return n;
};

/** `--rate-limit N[/M]`: per second, and per minute when given (else the vendor's 300, or 60 × N when that is less). */
export function parseRateLimit(value: string): RateLimit {
  const match = /^(\d+)(?:\/(\d+))?$/.exec(value);
  const perSecond = Number(match?.[1]);
  // Without a per-minute figure, the vendor's per-minute limit, never more calls a minute than a second's worth × 60.
  const perMinute =
    match?.[2] === undefined ? Math.min(perSecond * 60, DEFAULT_RATE_LIMIT.perMinute) : Number(match[2]);
  if (!match || !(perSecond >= 1) || !(perMinute >= 1) || !Number.isSafeInteger(perMinute))
    throw new InvalidArgumentError("must be PER_SECOND or PER_SECOND/PER_MINUTE, positive integers.");
  return { perSecond, perMinute };
}

// Checked here rather than by commander, whose message would quote the value: a Redis URL often carries a password.
function checkRedisUrl(value: string | undefined): void {
  if (value === undefined) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {}
  if (url?.protocol !== "redis:" && url?.protocol !== "rediss:")
    throw new UsageError("--redis must be a redis:// or rediss:// URL");
}

// A customer id the API can take as a path segment (the client's own rule, src/core/rules.ts).
function checkId(id: string, where: string): void {
  if (!isCustomerId(id)) throw new UsageError(`${where}: a customer id must be non-blank and not "." or ".."`);
}

async function readCustomers(file: string, stdin: NodeJS.ReadableStream): Promise<string[]> {
  let text: string;
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
    text = Buffer.concat(chunks).toString("utf8");
  } else {
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new UsageError(`--customers ${file}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
    }
  }
  const ids: string[] = [];
  // One id a line; blank lines and lines starting with # are skipped, spaces around an id dropped.
  text.split(/\r?\n/).forEach((line, index) => {
    const id = line.trim();
    if (!id || id.startsWith("#")) return;
    checkId(id, `--customers ${file === "-" ? "(stdin)" : file} line ${index + 1}`);
    ids.push(id);
  });
  return ids;
}

interface RawOptions {
  customer?: string[];
  customers?: string;
  format: "jsonl" | "csv";
  out?: string;
  limit: number;
  concurrency: number;
  rateLimit: RateLimit;
  redis?: string;
  validate: "off" | "warn" | "strict";
  resume?: boolean;
  keepLastWalk?: boolean;
  quiet?: boolean;
  baseUrl?: string;
}

// An argument as a POSIX shell reads it back: as is when plain, else single-quoted.
const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

async function exportOptions(raw: RawOptions, io: CliIo, argv: string[]): Promise<ExportOptions> {
  if (raw.customer && raw.customers !== undefined) throw new UsageError("give --customer or --customers, not both");
  if (!raw.customer && raw.customers === undefined) throw new UsageError("give --customer ID or --customers FILE");
  const given = raw.customer ?? (await readCustomers(raw.customers as string, io.stdin));
  if (raw.customer) for (const id of given) checkId(id, "--customer");
  const customers = [...new Set(given)];
  if (!customers.length) throw new UsageError(`--customers ${raw.customers}: no customer id in it`);
  const out = raw.out === "-" ? undefined : raw.out;
  if (out === undefined && customers.length > 1)
    throw new UsageError(`${customers.length} customers: give --out DIR (stdout takes one customer only)`);
  if (out === undefined && raw.resume) throw new UsageError("--resume needs --out DIR");
  checkRedisUrl(raw.redis);
  const apiKey = io.env["COMPILOT_API_KEY"];
  if (!apiKey) throw new UsageError("COMPILOT_API_KEY is not set (the key is read from the environment only)");
  return {
    customers,
    format: raw.format,
    out,
    limit: raw.limit,
    concurrency: raw.concurrency,
    rateLimit: raw.rateLimit,
    redis: raw.redis,
    validate: raw.validate,
    resume: raw.resume === true,
    keepLastWalk: raw.keepLastWalk === true,
    quiet: raw.quiet === true,
    // Customers read from stdin cannot be read again: the command is given only when it can run as it is.
    resumeCommand:
      out === undefined || raw.customers === "-"
        ? undefined
        : ["compilot-activity-logs", ...argv, ...(raw.resume ? [] : ["--resume"])].map(quote).join(" "),
    baseUrl: raw.baseUrl ?? (io.env["COMPILOT_BASE_URL"] || undefined),
    apiKey,
  };
}

// Lines of at most 100 characters, indented.
const wrap = (text: string, indent: number) =>
  text.replace(new RegExp(`(.{1,${100 - indent}})(?: |$)`, "g"), `${" ".repeat(indent)}$1\n`).trimEnd();

const exportHelp = `
Environment:
  COMPILOT_API_KEY   the API key (required; never a flag, so it stays out of shell history)
  COMPILOT_BASE_URL  the API's base URL when --base-url is not given

Output:
  One customer without --out (or with --out -): its logs go to stdout, nothing else does.
  Otherwise --out is a directory with one file per customer, <customer id>.jsonl or .csv (an id that is not
  a safe file name gets a sanitized name plus a hash: see the README). Each file is written as
  .<name>.partial and renamed once complete; --resume skips customers whose file exists.
  jsonl: one log per line, as the API sent it, in history order.
  csv: RFC 4180, UTF-8, columns
${wrap(CSV_COLUMNS.join(", "), 4)};
  a cell starting with = + - @ tab or CR gets a leading ' (formula injection).

Exit codes: 0 all exported, 1 some customers failed (each named on stderr), 2 usage error (or --out held
  by another export), 130 and 143 stopped by SIGINT or SIGTERM (no partial file left; --resume finishes).

Examples:
  COMPILOT_API_KEY=... compilot-activity-logs export --customer cus_123 > cus_123.jsonl
  compilot-activity-logs export --customers ids.txt --format csv --out exports/ --concurrency 4
  compilot-activity-logs export --customers ids.txt --out exports/ --resume
`;

/** The program: `compilot-activity-logs export …`, with `--help` for the program and each command. */
function program(
  io: CliIo,
  argv: string[],
  run: (options: ExportOptions) => Promise<number>,
  signal?: AbortSignal,
): { command: Command; code: () => number } {
  let code = 0;
  const write = (stream: NodeJS.WritableStream) => (text: string) => void stream.write(text);
  const command = new Command("compilot-activity-logs")
    .description("Export ComPilot activity logs (GET /customers/{customerId}/activity-logs) to JSON Lines or CSV.")
    .version(packageJson.version, "-V, --version")
    .configureOutput({
      writeOut: write(io.stdout),
      writeErr: write(io.stderr),
      // One line per error: commander puts its "(Did you mean export?)" on a line of its own.
      outputError: (text, writeErr) => writeErr(`${text.trim().replace(/\s*\n\s*/g, " ")}\n`),
    })
    .exitOverride();
  command
    .command("export")
    .description("Export the whole activity history of one or more customers.")
    .option("--customer <id...>", "a customer id (repeat the flag, or list several after it)")
    .option("--customers <file>", "a file with one customer id a line (- for stdin; # starts a comment)")
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "csv"]).default("jsonl"))
    .option("--out <path>", "a directory with one file per customer, or - for stdout (one customer only)")
    .option("--limit <n>", "page size asked of the API", integer(1, Infinity), DEFAULT_LIMIT)
    .option(
      "--concurrency <n>",
      "customers exported at once, all within one rate limit",
      integer(1, MAX_CUSTOMERS_AT_ONCE),
      DEFAULT_CUSTOMERS_AT_ONCE,
    )
    .addOption(
      new Option(
        "--rate-limit <n[/m]>",
        `requests per second[/per minute] of your plan (per minute: the vendor's ${DEFAULT_RATE_LIMIT.perMinute} if not given, or 60 × n if less)`,
      )
        .argParser(parseRateLimit)
        .default(DEFAULT_RATE_LIMIT, `${DEFAULT_RATE_LIMIT.perSecond}/${DEFAULT_RATE_LIMIT.perMinute}, the vendor's`),
    )
    .option(
      "--redis <url>",
      "share the rate limit with other processes that use the same key, through Redis (needs ioredis and rate-limiter-flexible)",
    )
    .addOption(
      new Option("--validate <mode>", "check each page against the spec: warn reports, strict fails the customer")
        .choices(["off", "warn", "strict"])
        .default("off"),
    )
    .option("--resume", "skip customers whose file in --out is complete")
    .option("--keep-last-walk", "keep the last walk of a history that kept moving during the export (with a warning)")
    .option("--quiet", "print errors only")
    .option("--base-url <url>", "the API's base URL (default COMPILOT_BASE_URL, then https://api.compilot.ai)")
    .addHelpText("after", exportHelp)
    .action(async (raw: RawOptions) => {
      code = await run(await exportOptions(raw, io, argv));
    });
  addMockCommand(command, io, signal, (exit) => (code = exit));
  return { command, code: () => code };
}

/**
 * Runs the command line `argv` (without node and the script); resolves with the exit code: 0 success (or help), 1 some
 * customers failed, 2 usage error. Never throws for a mistake of the user; its one-line message goes to stderr.
 */
export async function runCli(argv: string[], io: CliIo, signal?: AbortSignal): Promise<number> {
  const { command, code } = program(io, argv, (options) => runExport(options, io, signal), signal);
  try {
    await command.parseAsync(argv, { from: "user" });
    return code();
  } catch (error) {
    // commander has printed its own message (or the help) already.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    // Not expected (the export reports each customer's failure itself), but still one line, without the key.
    const redact = createRedact(io.env["COMPILOT_API_KEY"] || undefined);
    io.stderr.write(`error: ${redact(describeError(error)).replace(/\s+/g, " ").slice(0, 500)}\n`);
    return 1;
  }
}
