import { readFileSync } from "node:fs";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, expectTypeOf, inject, it } from "vitest";
import { exec, repoRoot } from "./support/pack.ts";

const tarball = inject("tarball");

const attwCli = join(repoRoot, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");

async function tarballFiles(): Promise<string[]> {
  const { stdout } = await exec("tar", ["-tzf", tarball], repoRoot);
  return stdout
    .split("\n")
    .filter((line) => line !== "" && !line.endsWith("/"))
    .map((line) => line.replace(/^package\//, ""))
    .sort();
}

async function tarballText(path: string): Promise<string> {
  const { stdout } = await exec("tar", ["-xzOf", tarball, `package/${path}`], repoRoot);
  return stdout;
}

describe("packed tarball", () => {
  it("passes publint with no error, warning or suggestion", async () => {
    const buffer = readFileSync(tarball);
    const tarballBuffer = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    const { messages, pkg } = await publint({ pack: { tarball: tarballBuffer }, level: "suggestion", strict: true });
    expectTypeOf(messages).toBeArray();
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`)).toEqual([]);
  });

  it("passes `attw` (are the types wrong) with no problem in any resolution mode", async () => {
    // The CLI exits 1 on any problem (exec then throws with its report); its JSON output is cut off on a pipe.
    const { stdout } = await exec(
      "node",
      [attwCli, tarball, "--format", "table-flipped", "--no-color", "--no-emoji"],
      repoRoot,
    );
    expect(stdout).toContain("No problems found");
    for (const entry of [
      '"compilot-activity-logs"',
      '"compilot-activity-logs/validate"',
      '"compilot-activity-logs/mock"',
      '"compilot-activity-logs/msw"',
      '"compilot-activity-logs/server"',
      '"compilot-activity-logs/query"',
      '"compilot-activity-logs/redis"',
    ]) {
      expect(stdout).toContain(entry);
    }
  });

  it("ships dist, the spec and the README, and no sources or tests", async () => {
    const files = await tarballFiles();
    expect(files).toContain("package.json");
    expect(files).toContain("README.md");
    expect(files).toContain("openapi/compilot-activity-logs.yaml");
    for (const entry of ["index", "validate", "mock", "msw", "server", "query", "redis"]) {
      for (const ext of [".mjs", ".cjs", ".d.mts", ".d.cts"]) expect(files).toContain(`dist/${entry}${ext}`);
    }
    expect(
      files.filter(
        (f) =>
          !f.startsWith("dist/") &&
          !["package.json", "README.md", "LICENSE", "openapi/compilot-activity-logs.yaml"].includes(f),
      ),
    ).toEqual([]);
  });

  it("inlines the generated types: no declaration file points into generated/ or src/", async () => {
    const declarations = (await tarballFiles()).filter((f) => /\.d\.[cm]ts$/.test(f));
    expect(declarations.length).toBeGreaterThanOrEqual(10);
    for (const file of declarations) {
      const text = await tarballText(file);
      expect(text, file).not.toMatch(/from\s+["'][^"']*(generated|src)\//);
      expect(text, file).not.toMatch(/import\(["'][^"']*(generated|src)\//);
    }
  });

  // The checks (dist/contract.*) share with the core only the discriminators (dist/shapes.*, the guards' own, so a
  // failure is explained against the variant the matchers route to) and rolldown's runtime helpers.
  it("keeps the validators out of the core entry and loads them only on demand", async () => {
    const [esm, cjs, checks] = await Promise.all(
      ["dist/index.mjs", "dist/index.cjs", "dist/contract.mjs"].map((file) => tarballText(file)),
    );
    expect(esm).toMatch(/import\(["']\.\/contract\.mjs["']\)/);
    expect(cjs).toMatch(/require\(["']\.\/contract\.cjs["']\)/);
    expect(esm).not.toMatch(/^import .*(validate|contract)/m);
    expect(checks).toContain("validateEnvelope");
    const imported = [...(checks ?? "").matchAll(/^import .* from "(.+)";$/gm)].map((match) => match[1]);
    expect(imported).toEqual(["./rolldown-runtime.mjs", "./shapes.mjs"]);
  });

  it("keeps ioredis and rate-limiter-flexible out of the library entries: only ./redis and the command import rate-limiter-flexible", async () => {
    const files = (await tarballFiles()).filter((f) => /^dist\/.*\.[cm]js$/.test(f));
    for (const file of files) {
      // Comment lines left out: the doc comments' examples import ioredis, which is a type only for every build.
      const text = (await tarballText(file))
        .split("\n")
        .filter((line) => !/^\s*(\*|\/\/)/.test(line))
        .join("\n");
      expect(text, file).not.toMatch(/(from\s*|require\(|import\()["']ioredis["']/);
      // The command (dist/cli/, Node only) loads the Redis limiter for --redis; rate-limiter-flexible is an optional peer.
      if (!/^dist\/(redis\.[cm]js$|cli\/)/.test(file)) expect(text, file).not.toContain("rate-limiter-flexible");
    }
    expect(await tarballText("dist/redis.mjs")).toMatch(/from ["']rate-limiter-flexible["']/);
  });

  // ./mock is for projects without msw: neither its build nor a chunk it loads, nor its declarations, may import msw.
  it("keeps msw out of everything ./mock loads, in both builds and their declarations", async () => {
    const reached: string[] = [];
    const visit = async (file: string): Promise<void> => {
      if (reached.includes(file)) return;
      reached.push(file);
      const text = await tarballText(file);
      expect(text, file).not.toMatch(/(from\s*|require\(|import\()["']msw(\/[^"']*)?["']/);
      const dir = file.slice(0, file.lastIndexOf("/") + 1);
      for (const [, path] of text.matchAll(/(?:from\s*|require\(|import\()["'](\.\/[^"']+)["']/g)) {
        // A declaration file imports its sibling as `./x.mjs` / `./x.cjs`: the types are in `./x.d.mts` / `./x.d.cts`.
        const target = `${dir}${(path ?? "").slice(2)}`;
        await visit(/\.d\.[cm]ts$/.test(file) ? target.replace(/\.([cm])js$/, ".d.$1ts") : target);
      }
    };
    for (const ext of [".mjs", ".cjs", ".d.mts", ".d.cts"]) await visit(`dist/mock${ext}`);
    // The walk really follows imports: the entry is a re-export list, the factories live in a chunk it loads.
    expect(reached.length).toBeGreaterThan(4);
    expect(await tarballText("dist/msw.mjs")).toMatch(/from ["']msw["']/);
  });

  it("declares msw, ioredis and rate-limiter-flexible as optional peers and depends on openapi-fetch alone, pinned to one minor", async () => {
    const pkg = JSON.parse(await tarballText("package.json")) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
      sideEffects: boolean;
      engines: { node: string };
    };
    expect(pkg.dependencies["openapi-fetch"]).toMatch(/^~0\.\d+\.\d+$/);
    expect(pkg.peerDependencies["msw"]).toBe("^2.7.0 || ^3.0.0");
    expect(pkg.peerDependenciesMeta["msw"]?.optional).toBe(true);
    expect(pkg.dependencies["msw"]).toBeUndefined();
    expect(pkg.peerDependenciesMeta["@tanstack/query-core"]?.optional).toBe(true);
    expect(pkg.peerDependencies["ioredis"]).toBe(">=5.0.0 <7");
    expect(pkg.peerDependenciesMeta["ioredis"]?.optional).toBe(true);
    expect(pkg.peerDependencies["rate-limiter-flexible"]).toBe("^11.4.0");
    expect(pkg.peerDependenciesMeta["rate-limiter-flexible"]?.optional).toBe(true);
    // A frontend installs openapi-fetch alone: the command's libraries are bundled into dist/cli/.
    expect(Object.keys(pkg.dependencies)).toEqual(["openapi-fetch"]);
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines.node).toBe("^20.3.0 || ^22.0.0 || ^24.0.0");
  });
});
