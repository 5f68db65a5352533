// Codegen: openapi/ -> generated/. `--check` regenerates in memory and fails when generated/ differs from it.
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import * as prettier from "prettier";
import { ROOT, type GeneratedFile } from "./generated-file.ts";
import { renderTypes } from "./gen-types.ts";
import { renderValidators } from "./gen-validators.ts";

const stages: Array<() => Promise<GeneratedFile[]>> = [renderTypes, renderValidators];

async function render(): Promise<GeneratedFile[]> {
  const files = (await Promise.all(stages.map((stage) => stage()))).flat();
  return Promise.all(
    files.map(async (file) => ({
      path: file.path,
      content: await prettier.format(file.content, { filepath: join(ROOT, file.path) }),
    })),
  );
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const files = await render();
  if (!check) {
    for (const file of files) {
      await mkdir(dirname(join(ROOT, file.path)), { recursive: true });
      await writeFile(join(ROOT, file.path), file.content);
      console.log(`wrote ${file.path}`);
    }
    return;
  }
  const problems: string[] = [];
  for (const file of files) {
    const onDisk = await readOrNull(join(ROOT, file.path));
    if (onDisk === null) problems.push(`${file.path} is missing`);
    else if (onDisk !== file.content)
      problems.push(`${file.path} differs from what the spec generates${firstDifference(onDisk, file.content)}`);
  }
  const expected = new Set(files.map((f) => f.path));
  for (const name of await readdir(join(ROOT, "generated"))) {
    if (!expected.has(`generated/${name}`)) problems.push(`generated/${name} is not produced by the codegen (stale?)`);
  }
  if (problems.length > 0) {
    console.error("generated/ is stale:");
    for (const p of problems) console.error(`  - ${p}`);
    console.error("Run `npm run generate` and commit the result (never edit generated/ by hand).");
    process.exit(1);
  }
  console.log(`generated/ is up to date (${files.length} files)`);
}

function firstDifference(a: string, b: string): string {
  const al = a.split("\n");
  const bl = b.split("\n");
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i])
      return ` (first at line ${i + 1}: committed ${JSON.stringify(al[i] ?? "<end>")}, spec gives ${JSON.stringify(bl[i] ?? "<end>")})`;
  }
  return "";
}

await main();
