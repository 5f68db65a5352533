// README example: the ```ts block between the usage markers of README.md runs as written (its import pointed at src/)
// against msw.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActivityLogsResponse } from "../src/index.ts";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const usage = readme.slice(readme.indexOf("<!-- usage:start -->"), readme.indexOf("<!-- usage:end -->"));
const example = /```ts\n([\s\S]*?)```/.exec(usage)?.[1] ?? "";

const page = {
  totalCount: 2,
  customerId: "7f9c0b2e-1d3a-4c5b-8e6f-0a1b2c3d4e5f",
  activityLogs: [
    { data: { data: { sessionId: "ses_1" }, event: { status: "APPROVED", alias: "jane", sandbox: false } } },
    {
      data: {
        execution_status: "valid",
        executions: [{ rules: [{ status: "valid", rule_data: { attribute: "age", operator: "$gte", value: 18 } }] }],
      },
    },
  ],
} satisfies ActivityLogsResponse;

describe("README example", () => {
  const requests: Request[] = [];
  const server = setupServer(
    http.get("https://api.compilot.ai/customers/:customerId/activity-logs", ({ request }) => {
      requests.push(request);
      return HttpResponse.json(page);
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  it("is a short block that creates a client, fetches a page and narrows its logs", () => {
    const lines = example.trim().split("\n");
    expect(lines.length).toBeLessThanOrEqual(10);
    expect(example).toContain('from "compilot-activity-logs"');
    expect(example).toMatch(/createActivityLogsClient\(/);
    expect(example).toMatch(/getActivityLogs\(/);
    expect(example).toMatch(/(is|match)\w+\(log\b/);
  });

  it("runs as written and prints one line per log", async () => {
    const dir = new URL("./.tmp/", import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = new URL("readme-example.ts", dir);
    writeFileSync(file, example.replaceAll('"compilot-activity-logs"', '"../../src/index.ts"'));
    vi.stubEnv("COMPILOT_API_KEY", "sk_test_readme");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await import(/* @vite-ignore */ `${file.href}?t=${Date.now()}`);
      expect(log.mock.calls).toEqual([
        ["KYC", "APPROVED"],
        ["scenario", "valid"],
      ]);
      expect(
        requests.map((r) => [new URL(r.url).pathname + new URL(r.url).search, r.headers.get("authorization")]),
      ).toEqual([["/customers/7f9c0b2e-1d3a-4c5b-8e6f-0a1b2c3d4e5f/activity-logs?limit=20", "Bearer sk_test_readme"]]);
    } finally {
      log.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
