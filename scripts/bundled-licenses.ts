// A build plugin: the licence of every third-party package bundled into an output, written next to it. The command
// (dist/cli/) bundles its libraries, so their licences ship with it, whatever it imports: a package without a licence
// file fails the build.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { UserConfig } from "tsdown";

type Plugin = Extract<NonNullable<UserConfig["plugins"]>, { name: string }>;

/** A bundled package, read from its own folder. */
export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  /** The text of its licence file. */
  text: string;
}

// The folder of the package a module belongs to: the last `node_modules/<name>` or `node_modules/@scope/<name>`.
const PACKAGE_ROOT = /^(?:\0)?(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/;

/** The packages `moduleIds` come from, by name, each read once. */
export function bundledPackages(moduleIds: Iterable<string>): BundledPackage[] {
  const roots = new Set<string>();
  for (const id of moduleIds) {
    const root = PACKAGE_ROOT.exec(id)?.[1];
    if (root) roots.add(root);
  }
  return [...roots]
    .map((root) => {
      const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
        name: string;
        version: string;
        license?: string;
      };
      const file = readdirSync(root).find((name) => /^(licen[cs]e|copying)([.-]|$)/i.test(name));
      if (!pkg.license || !file) throw new Error(`${pkg.name} is bundled but states no licence (field and file)`);
      return {
        name: pkg.name,
        version: pkg.version,
        license: pkg.license,
        text: readFileSync(join(root, file), "utf8"),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The licences file: one section per package. */
export function licencesText(packages: BundledPackage[]): string {
  const sections = packages.map((p) => `## ${p.name} ${p.version} (${p.license})\n\n${p.text.trim()}\n`);
  return `# Third-party licences\n\nCode of these packages is bundled into this folder's files.\n\n${sections.join("\n")}`;
}

/** Writes `fileName` beside the output with the licence of every package bundled into it (nothing when none is). */
export function bundledLicenses(fileName = "THIRD-PARTY-LICENSES.md"): Plugin {
  return {
    name: "bundled-licenses",
    generateBundle(_options, bundle) {
      const ids = Object.values(bundle).flatMap((output) => (output.type === "chunk" ? output.moduleIds : []));
      const packages = bundledPackages(ids);
      if (packages.length) this.emitFile({ type: "asset", fileName, source: licencesText(packages) });
    },
  };
}
