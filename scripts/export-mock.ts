// A mock of the API for the export command's tests and benchmark: plain node:http (no msw), histories generated on the
// fly from (customer, position), so a 200,000-log customer costs no memory, and the failures an export must survive:
// unknown customers (404), an error body that echoes the key, a 429 storm, a per-second rate limit, slow answers.
import { createServer } from "node:http";
import type { ActivityLog } from "../src/model/types.ts";
import { listenLocally } from "./listen.ts";

/** Options of {@link startExportMock}. */
export interface ExportMockOptions {
  /** Requests must send `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Number of logs of each known customer; other ids answer 404. */
  customers: Readonly<Record<string, number>>;
  /** Customers answered with this status and body whatever the page (a body may echo the key). */
  failures?: Readonly<Record<string, { status: number; body: string }>>;
  /** Page size when a request sends no `limit`. Default 20. */
  pageSize?: number;
  /** Accepted requests per sliding second; more are answered 429 with `Retry-After: 1`. Default no limit. */
  perSecond?: number;
  /** The first `storm` requests are answered 429 with `Retry-After: 1`. Default 0. */
  storm?: number;
  /** Delay before each answer, in milliseconds. Default 0. */
  latencyMs?: number;
  /** The first `unavailable` requests after the storm are answered 503 without `Retry-After` (a backoff). Default 0. */
  unavailable?: number;
  /** `Retry-After` of a 429, in seconds. Default 1. */
  retryAfterS?: number;
  /**
   * Called before a known customer's page is answered, with its history (the positions of its logs, in order, 1 … count
   * at first: splice it to insert or delete logs) and the number of its pages served so far. Returns what to send
   * instead of the page (a page of other positions or another `totalCount`), or nothing to send the page as it is.
   */
  onPage?: ((page: PageRequest) => { positions?: number[]; totalCount?: number } | undefined | void) | undefined;
}

/** A page about to be answered (see {@link ExportMockOptions.onPage}). */
export interface PageRequest {
  customerId: string;
  currentPage: number;
  limit: number;
  /** The customer's history: the positions of its logs, in order (mutable). */
  history: number[];
  /** Pages of this customer served before this one. */
  served: number;
}

/** A running mock. */
export interface ExportMock {
  url: string;
  /** Requests answered with a page. */
  readonly served: number;
  /** Requests answered 429 (storm or rate limit). */
  readonly throttled: number;
  close(): Promise<void>;
}

/**
 * The log at `position` (1-based) of a customer's mock history: a cycle of a KYC step event, a session event, a KYC
 * log without event, a scenario run with rules of every status, a log of no known shape, and cells an attacker would
 * send a spreadsheet (`=`, `+`, `-`, `@`, tab, CR, quotes, commas, newlines, non-ASCII).
 */
export function mockLog(customerId: string, position: number): ActivityLog {
  const metadata = {
    ip: "192.0.2.1",
    user_agent: "Mozilla/5.0",
    platform: "web",
    browser_name: "Firefox",
    browser_version: "128",
    device: "desktop",
    customer_language: "fr",
  };
  const rule = (status: string, index: number) => ({
    status,
    rule_data: { attribute: "Customer/identityData/age", operator: "$gte", value: index },
    result: { result: { is_valid: status === "valid", reasons: [] } },
  });
  const cycle = [
    {
      data: {
        data: { sessionId: `${customerId}-${position}` },
        event: { status: "APPROVED", type: "LIVENESS", sandbox: false, metadata },
      },
    },
    {
      data: {
        data: { n: position },
        event: { status: "PENDING_VERIFICATION", alias: `=HYPERLINK("http://x?${position}")`, sandbox: true },
      },
    },
    { data: { data: { note: '+1, "quoted"\r\nnext line, naïve ✓' }, event: null } },
    {
      data: {
        execution_status: "not-valid",
        executions: [
          { scenarioId: `s-${position}`, scenarioStatus: "valid", rules: [rule("valid", 1), rule("not-valid", 2)] },
          { scenarioStatus: "-2+3", rules: [rule("error", 3), rule("skipped", 4), rule("unknown", 5)] },
        ],
      },
    },
    { unexpected: `@shape ${position}`, tab: "\tx" },
    { data: { data: {}, event: { status: "@SUM(A1)", type: "\tID_DOCUMENT", sandbox: "yes\nno", metadata } } },
  ];
  return cycle[(position - 1) % cycle.length] as ActivityLog;
}

/** Starts the mock on 127.0.0.1 at a free port. */
export async function startExportMock(options: ExportMockOptions): Promise<ExportMock> {
  const {
    apiKey,
    customers,
    failures = {},
    pageSize = 20,
    perSecond,
    storm = 0,
    latencyMs = 0,
    retryAfterS = 1,
    unavailable = 0,
    onPage,
  } = options;
  let served = 0;
  // Histories as positions, made on the first request of a customer when `onPage` may change them.
  const histories = new Map<string, number[]>();
  const servedOf = new Map<string, number>();
  let throttled = 0;
  let requests = 0;
  const accepted: number[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const answer = (status: number, body: string, headers: Record<string, string> = {}) => {
      const send = () => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(body);
      };
      if (latencyMs) setTimeout(send, latencyMs);
      else send();
    };
    requests += 1;
    // The monotonic clock: a window must not move with the wall clock.
    const now = performance.now();
    while (accepted.length && (accepted[0] as number) <= now - 1000) accepted.shift();
    if (requests <= storm || (perSecond !== undefined && accepted.length >= perSecond)) {
      throttled += 1;
      return answer(429, '{"message":"Too many requests","code":"TOO_MANY_REQUESTS"}', {
        "retry-after": String(retryAfterS),
      });
    }
    accepted.push(now);
    if (requests <= storm + unavailable)
      return answer(503, '{"message":"Service unavailable","code":"INTERNAL_SERVER_ERROR"}');
    if (req.headers.authorization !== `Bearer ${apiKey}`)
      return answer(401, '{"message":"Invalid API key","code":"UNAUTHORIZED"}');
    const match = /^\/customers\/([^/]+)\/activity-logs$/.exec(url.pathname);
    const id = match ? decodeURIComponent(match[1] as string) : undefined;
    const failure = id !== undefined && Object.hasOwn(failures, id) ? failures[id] : undefined;
    if (failure) return answer(failure.status, failure.body);
    const total = id !== undefined && Object.hasOwn(customers, id) ? (customers[id] as number) : undefined;
    if (id === undefined || total === undefined) return answer(404, '{"message":"Not found","code":"NOT_FOUND"}');
    const currentPage = Number(url.searchParams.get("currentPage") ?? "1");
    const limit = Number(url.searchParams.get("limit") ?? pageSize);
    const from = (currentPage - 1) * limit;
    let positions: number[] = [];
    let totalCount = total;
    if (onPage) {
      let history = histories.get(id);
      if (!history) histories.set(id, (history = Array.from({ length: total }, (_, i) => i + 1)));
      const before = servedOf.get(id) ?? 0;
      servedOf.set(id, before + 1);
      const instead = onPage({ customerId: id, currentPage, limit, history, served: before }) ?? {};
      positions = instead.positions ?? history.slice(from, from + limit);
      totalCount = instead.totalCount ?? history.length;
    } else
      for (let position = from + 1; position <= Math.min(total, from + limit); position++) positions.push(position);
    const logs = positions.map((position) => JSON.stringify(mockLog(id, position)));
    served += 1;
    answer(200, `{"totalCount":${totalCount},"customerId":${JSON.stringify(id)},"activityLogs":[${logs.join(",")}]}`);
  });
  server.keepAliveTimeout = 60_000;
  const { url, close } = await listenLocally(server);
  return {
    url,
    get served() {
      return served;
    },
    get throttled() {
      return throttled;
    },
    close,
  };
}
