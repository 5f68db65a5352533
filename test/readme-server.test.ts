// The README's proxy section agrees with src/proxy/: every option of the proxy in its table, one Next.js route path,
// the node:http adapter imported from the server entry, and the 1 MiB outline rule.
import { readFileSync, readdirSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from "../src/core/defaults.ts";
import { createActivityLogsProxy } from "../src/server.ts";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const readme = read("README.md");
const serverSource = read("src/proxy/proxy.ts");

/** Names of the members of the interface `name` declared in the TypeScript source `text`. */
function interfaceMembers(text: string, name: string): string[] {
  const source = ts.createSourceFile("server.ts", text, ts.ScriptTarget.ES2022, true);
  const found = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name,
  );
  if (found === undefined) throw new Error(`no interface ${name}`);
  return found.members.map((m) => (m.name && ts.isIdentifier(m.name) ? m.name.text : m.getText(source)));
}

/** The rows of the README table whose header starts with `| proxy option`: option name -> its cells. */
function proxyOptionTable(): Map<string, string[]> {
  const lines = readme.split("\n");
  const start = lines.findIndex((line) => /^\| proxy option\s*\|/.test(line));
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    rows.set(cells[0]?.replace(/^`|`$/g, "") ?? "", cells.slice(1));
  }
  return rows;
}

describe("README: the proxy's options", () => {
  // With the tracing options it extends, shared with the client.
  const options = [
    ...interfaceMembers(serverSource, "ActivityLogsProxyOptions"),
    ...interfaceMembers(read("src/request/tracing.ts"), "TracingOptions"),
  ];

  it("reads the options from the source (the check below would pass on an empty list)", () => {
    expect(options).toEqual(expect.arrayContaining(["apiKey", "authorize", "baseUrl", "timeoutMs", "maxBodyBytes"]));
  });

  it("documents every option of ActivityLogsProxyOptions in the table, and no option that does not exist", () => {
    const table = proxyOptionTable();
    expect([...table.keys()].sort()).toEqual([...options].sort());
    for (const [name, [defaultValue, meaning]] of table) {
      expect(defaultValue, name).not.toBe("");
      expect(meaning, name).not.toBe("");
    }
  });

  it("gives the defaults the code uses", () => {
    const table = proxyOptionTable();
    expect(table.get("baseUrl")?.[0]).toBe(`\`${DEFAULT_BASE_URL}\``);
    expect(table.get("timeoutMs")?.[0]).toBe(`\`${DEFAULT_TIMEOUT_MS.toLocaleString("en").replace(/,/g, "_")}\``);
    expect(serverSource).toMatch(/const DEFAULT_MAX_BODY_BYTES = 16 \* 1024 \* 1024;/);
    expect(table.get("maxBodyBytes")?.[0]).toBe("16 MiB");
    expect(table.get("apiKey")?.[0]).toBe("required");
    expect(table.get("authorize")?.[0]).toBe("required");
  });
});

describe("README: one Next.js route path", () => {
  // Every document a user reads, and the type docs of the proxy.
  const documents = [
    "README.md",
    "CONTRIBUTING.md",
    "src/proxy/proxy.ts",
    // docs/decisions/ holds one record per decision.
    ...readdirSync(new URL("../docs/", import.meta.url), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  const routePaths = (text: string) => [...text.matchAll(/\bapp\/[\w[\].\-/]*route\.[jt]sx?\b/g)].map((m) => m[0]);

  it("names the same route.ts path in the README and in src/proxy/proxy.ts's type docs", () => {
    const inServer = routePaths(serverSource);
    expect(inServer).toEqual(["app/api/compilot/customers/[customerId]/activity-logs/route.ts"]);
    expect(routePaths(readme)).toEqual(inServer);
  });

  it("names no other route path in any document", () => {
    const all = new Set(documents.flatMap((path) => routePaths(read(path))));
    expect([...all]).toEqual(["app/api/compilot/customers/[customerId]/activity-logs/route.ts"]);
  });
});

describe("README: the node:http adapter", () => {
  const block = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)]
    .map((m) => m[1] ?? "")
    .find((code) => code.includes("toNodeListener(proxy)"));

  it("imports toNodeListener from the server entry (test/server.test.ts runs it) rather than copying it", () => {
    expect(block).toContain('import { createActivityLogsProxy, toNodeListener } from "compilot-activity-logs/server";');
    expect(block).not.toContain("function toNodeListener");
    expect(readme).not.toContain("scripts/node-listener");
  });
});

describe("README: bodies over 1 MiB get only an outline check", () => {
  const MiB = 2 ** 20;
  // A JSON-looking body of exactly `length` characters, broken inside: `{…}` around text that is no JSON.
  const broken = (length: number) => `{"totalCount": ${"x".repeat(length - 17)}}`.padEnd(length, " ");
  const proxyServing = (body: string) =>
    createActivityLogsProxy({
      apiKey: "sk_test_outline_key",
      authorize: () => true,
      fetch: async () => new Response(body, { headers: { "Content-Type": "application/json" } }),
    });
  const visit = (body: string) =>
    proxyServing(body)(new Request("https://app.example/api/compilot/customers/cus-1/activity-logs"));

  it("says so where the proxy is documented", () => {
    expect(readme).toContain("**A body over 1 MiB gets only an outline check**");
    expect(serverSource).toMatch(/const CHUNK = 1 << 20;/);
  });

  it("parses a body of 1 MiB and answers a 502 when it is not JSON", async () => {
    expect(broken(MiB)).toHaveLength(MiB);
    const answer = await visit(broken(MiB));
    expect([answer.status, await answer.json()]).toEqual([
      502,
      { message: "The API's answer is not JSON", code: "BAD_GATEWAY" },
    ]);
  });

  it("passes on a body one character longer, broken inside, as it is: the client checks the rest", async () => {
    const body = broken(MiB + 1);
    const answer = await visit(body);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(body);
  });

  it("still answers a 502 when a body over 1 MiB does not even look like JSON at either end", async () => {
    for (const body of [`<html>${"x".repeat(MiB)}</html>`, `{"a": "${"x".repeat(MiB)}`]) {
      const answer = await visit(body);
      expect(answer.status).toBe(502);
    }
  });
});
