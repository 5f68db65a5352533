// Vitest global setup of the packed-package suites: one `npm pack` (which builds) per run, shared by every test file.
import type { TestProject } from "vitest/node";
import { packTarball, removeTemp } from "./pack.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute path of the packed tarball. */
    tarball: string;
  }
}

/** Packs the package and hands the tarball's path to the tests (`inject("tarball")`). */
export default async function setup(project: TestProject): Promise<() => void> {
  const { tarball, dir } = await packTarball();
  project.provide("tarball", tarball);
  return () => removeTemp(dir);
}
