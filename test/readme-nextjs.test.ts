// The README's Next.js snippets are examples/nextjs's files, word for word: a block whose first line names a file of
// the example (`// app/page.tsx: …`) must be that file. `next build` compiles them (test/integration/nextjs.test.ts).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const example = (path: string) => new URL(`examples/nextjs/${path}`, root);

// Every fenced ts/tsx block of the README whose first line is a comment naming a path of the example.
const blocks = [...readme.matchAll(/^```tsx?\n(\/\/ ((?:app|lib)\/[\w[\]./-]+\.tsx?)\b[^\n]*\n[\s\S]*?)^```$/gm)].map(
  (m) => ({ path: m[2] ?? "", code: m[1] ?? "" }),
);

describe("README: the Next.js snippets are examples/nextjs", () => {
  it("shows the route handler, both clients, the prefetching page and the client component", () => {
    expect(blocks.map((b) => b.path).sort()).toEqual([
      "app/activity-logs.tsx",
      "app/api/compilot/customers/[customerId]/activity-logs/route.ts",
      "app/page.tsx",
      "lib/client.ts",
      "lib/server-client.ts",
    ]);
  });

  for (const { path, code } of blocks)
    it(`shows ${path} as the example has it`, () => {
      expect(existsSync(example(path)), path).toBe(true);
      expect(code).toBe(readFileSync(example(path), "utf8"));
    });

  it("keeps the key in server-only code: the browser's modules neither read it nor import the keyed client", () => {
    for (const path of ["lib/client.ts", "app/activity-logs.tsx", "app/providers.tsx"]) {
      const text = readFileSync(example(path), "utf8");
      expect(text, path).not.toMatch(/COMPILOT_API_KEY|apiKey|server-client/);
    }
    expect(readFileSync(example("lib/server-client.ts"), "utf8")).toMatch(/^import "server-only";$/m);
    expect(readFileSync(example("app/activity-logs.tsx"), "utf8")).toMatch(/^"use client";$/m);
  });
});
