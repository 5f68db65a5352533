import { http, HttpResponse } from "msw";
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import type { SetupServerApi } from "msw/node";
import { useMswServer } from "./msw-server.ts";

describe("useMswServer", () => {
  const server = useMswServer(http.get("https://api.example.test/base", () => HttpResponse.json({ from: "base" })));

  it("serves the base handlers while the file's tests run", async () => {
    const response = await fetch("https://api.example.test/base");
    expect(await response.json()).toEqual({ from: "base" });
    expectTypeOf(server).toEqualTypeOf<SetupServerApi>();
  });

  it("lets a test add a handler", async () => {
    server.use(http.get("https://api.example.test/extra", () => HttpResponse.json({ from: "test" })));
    expect(await (await fetch("https://api.example.test/extra")).json()).toEqual({ from: "test" });
  });

  it("drops a test's handlers after it and rejects requests nothing mocks", async () => {
    const report = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await expect(fetch("https://api.example.test/extra")).rejects.toThrow(/Cannot bypass a request/);
      expect(String(report.mock.calls[0]?.[0])).toContain("without a matching request handler");
    } finally {
      report.mockRestore();
    }
  });
});
