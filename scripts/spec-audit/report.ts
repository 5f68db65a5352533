// The audit's findings: seed coverage (every item of a docs page found in the spec at its place, with the ledger of
// where), drift (what a page and the spec disagree on) and the confirmed additions (what the spec adds on the
// vendor's published schemas' evidence), each with its human-readable report.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { parseDocsPage, type DocsPage, type ItemKind, type PageItem, type PropertyShape } from "../seed-parse.ts";
import { align, type Alignment } from "./align.ts";
import { projectSpec, type Json, type SpecItem } from "./project.ts";

/** The spec file the audit reads. */
export const SPEC_PATH = fileURLToPath(new URL("../../openapi/compilot-activity-logs.yaml", import.meta.url));
/** The spec's provenance: the copy of the docs page the spec was reconstructed from. */
export const SEED_PATH = fileURLToPath(new URL("../../openapi/seed-docs-page.txt", import.meta.url));

/** Loads and parses the spec. */
export function loadSpec(path = SPEC_PATH): Json {
  return parse(readFileSync(path, "utf8")) as Json;
}

/** Loads and parses a docs page text copy. */
export function loadPage(path = SEED_PATH): DocsPage {
  return parseDocsPage(readFileSync(path, "utf8"));
}

// An item is at the right place when the nearest paired object property before it on the page is paired with the
// nearest paired one before its counterpart in the spec (so a description or an enum cannot drift to another object).
function anchors<T extends PageItem>(items: readonly T[], paired: ReadonlySet<PageItem>): Map<T, T | undefined> {
  const map = new Map<T, T | undefined>();
  let last: T | undefined;
  let section = "";
  for (const item of items) {
    if (item.section !== section) {
      section = item.section;
      last = undefined;
    }
    map.set(item, last);
    if (item.kind === "property" && paired.has(item)) last = item;
  }
  return map;
}

/** One line of the ledger: a page item and the spec element it maps to. */
export interface LedgerEntry {
  line: number;
  kind: ItemKind;
  text: string;
  pointer: string;
  schema?: string;
  site?: string;
}

/** Result of checking a page against the spec. */
export interface Coverage {
  matched: number;
  total: number;
  /** One message per item of the page not found at its place in the spec. */
  misses: string[];
  /** Where each page item was found. */
  ledger: LedgerEntry[];
  alignment: Alignment;
}

const describeItem = (item: PageItem): string => {
  if (item.kind === "property" && item.property) return `property ${item.text} (${shapeText(item.property)})`;
  if (item.kind === "enum")
    return `enum [${(item.values ?? []).slice(0, 3).join(", ")}${(item.values?.length ?? 0) > 3 ? ", …" : ""}]`;
  return `${item.kind} ${JSON.stringify(item.text)}`;
};
const shapeText = (p: PropertyShape): string =>
  [p.type, p.required ? "required" : "optional", ...(p.nullable ? ["nullable"] : [])].join(", ");
const weightOf = (item: PageItem): number => (item.kind === "enum" ? (item.values?.length ?? 0) : 1);

/** Checks that every enum value, property, description, tab, bracket and example key of the page is in the spec at its place. */
export function coverage(page: DocsPage, spec: Json, projection: SpecItem[] = projectSpec(spec)): Coverage {
  const alignment = align(page, projection);
  const paired = new Set<PageItem>(alignment.pairs.flatMap((p) => [p.page, p.spec]));
  const pageAnchor = anchors(page.items, paired);
  const specAnchor = anchors(projection, paired);
  const partner = new Map<PageItem, SpecItem>(alignment.pairs.map((p) => [p.page, p.spec]));
  const total = page.items.reduce((sum, item) => sum + weightOf(item), 0);
  const misses: string[] = [];
  const ledger: LedgerEntry[] = [];
  let matched = 0;
  for (const item of alignment.pageOnly)
    misses.push(`line ${item.line}: ${describeItem(item)} is not in the spec at this place`);
  for (const { page: item, spec: found, valuePairs } of alignment.pairs) {
    const at = `${found.pointer}`;
    const anchor = pageAnchor.get(item);
    const specSide = specAnchor.get(found);
    if (
      item.kind !== "property" &&
      ((anchor === undefined) !== (specSide === undefined) ||
        (anchor !== undefined && partner.get(anchor) !== specSide))
    ) {
      misses.push(
        `line ${item.line}: ${describeItem(item)} is in the spec at ${at}, under a different element (page: after line ${anchor?.line ?? "-"}; spec: after ${specSide?.pointer ?? "-"})`,
      );
      continue;
    }
    if (
      item.kind === "property" &&
      item.property &&
      found.property &&
      shapeText(item.property) !== shapeText(found.property)
    ) {
      misses.push(
        `line ${item.line}: property ${item.text} is ${shapeText(item.property)} on the page but ${shapeText(found.property)} in the spec (${at})`,
      );
      continue;
    }
    ledger.push({
      line: item.line ?? 0,
      kind: item.kind,
      text: item.text,
      pointer: at,
      ...(found.schema ? { schema: found.schema } : {}),
      ...(found.site ? { site: found.site } : {}),
    });
    if (item.kind !== "enum") {
      matched += 1;
      continue;
    }
    const kept = new Set((valuePairs ?? []).map(([p]) => p));
    (item.values ?? []).forEach((value, index) => {
      if (kept.has(index)) matched += 1;
      else {
        const inSpec = found.values?.includes(value);
        misses.push(
          `line ${item.valueLines?.[index] ?? item.line}: enum value ${value} ${inSpec ? "is out of order in" : "is missing from"} ${found.schema ?? found.pointer} (${at})`,
        );
      }
    });
  }
  return { matched, total, misses, ledger, alignment };
}

/** One difference between a docs page and the spec. */
export interface Difference {
  change: "appeared" | "disappeared" | "changed";
  kind: ItemKind | "enum value";
  /** The value, name or text that differs. */
  text: string;
  /** Where: the enum's schema name, or the spec pointer, or the page line. */
  where: string;
  line?: number;
}

/** An element the spec adds to the page on the evidence of the vendor's published schemas (`x-reconstruction: confirmed`). */
export interface Addition {
  kind: ItemKind | "enum value";
  text: string;
  /** The enum's schema name and where it is used, or the spec pointer. */
  where: string;
  /** The spec's `x-reconstruction-source` for it. */
  source: string;
}

/** The differences between a docs page and the spec, and the confirmed additions that are no difference. */
export interface Comparison {
  differences: Difference[];
  additions: Addition[];
}

const enumSummary = (item: SpecItem): string => {
  const values = item.values ?? [];
  const shown = values.slice(0, 4).join(", ");
  return `${item.schema ?? "enum"}: ${shown}${values.length > 4 ? `, … (${values.length} values)` : ""}`;
};

/** Compares a page with the spec: what differs, and what the spec adds as confirmed by the vendor's schemas. */
export function compare(page: DocsPage, spec: Json, provenance: DocsPage = loadPage()): Comparison {
  const projection = projectSpec(spec);
  // Our own explanatory descriptions are not the vendor's: only those the provenance copy anchors count as vendor text.
  const vendorText = new Set(
    align(provenance, projection)
      .pairs.filter((p) => p.spec.optional)
      .map((p) => p.spec),
  );
  const { pairs, pageOnly, specOnly } = align(page, projection);
  const out: Difference[] = [];
  const additions: Addition[] = [];
  for (const item of pageOnly) {
    if (item.kind === "enum") {
      for (const [index, value] of (item.values ?? []).entries())
        out.push({
          change: "appeared",
          kind: "enum value",
          text: value,
          where: `a new enum (line ${item.line})`,
          line: item.valueLines?.[index] ?? 0,
        });
    } else
      out.push({
        change: "appeared",
        kind: item.kind,
        text: item.property ? `${item.text} (${shapeText(item.property)})` : item.text,
        where: "the page",
        line: item.line ?? 0,
      });
  }
  for (const item of specOnly) {
    if (item.optional && !vendorText.has(item)) continue;
    if (item.kind === "enum" && item.addition !== undefined) {
      additions.push({
        kind: "enum",
        text: enumSummary(item),
        where: item.site ?? item.pointer,
        source: item.addition,
      });
    } else if (item.kind === "enum") {
      const where = `${item.schema ?? item.pointer} (used at ${item.site})`;
      for (const value of item.values ?? []) {
        const source = item.addedValues?.[value];
        if (source !== undefined) additions.push({ kind: "enum value", text: value, where, source });
        else out.push({ change: "disappeared", kind: "enum value", text: value, where });
      }
    } else {
      const text = item.property ? `${item.text} (${shapeText(item.property)})` : item.text;
      if (item.addition !== undefined)
        additions.push({ kind: item.kind, text, where: item.pointer, source: item.addition });
      else out.push({ change: "disappeared", kind: item.kind, text, where: item.pointer });
    }
  }
  for (const { page: item, spec: found, valuePairs } of pairs) {
    if (
      item.kind === "property" &&
      item.property &&
      found.property &&
      shapeText(item.property) !== shapeText(found.property)
    ) {
      out.push({
        change: "changed",
        kind: "property",
        text: `${item.text}: ${shapeText(found.property)} -> ${shapeText(item.property)}`,
        where: found.pointer,
        line: item.line ?? 0,
      });
    }
    if (item.kind !== "enum") continue;
    const pageValues = item.values ?? [];
    const specValues = found.values ?? [];
    const where = found.schema ?? found.pointer;
    if (found.openedBy)
      additions.push({
        kind: "enum",
        text: `${found.openedBy.schema}: any string, with the ${specValues.length} values of ${where} as known values`,
        where: found.site ?? found.pointer,
        source: found.openedBy.source,
      });
    pageValues.forEach((value, index) => {
      if (!specValues.includes(value))
        out.push({ change: "appeared", kind: "enum value", text: value, where, line: item.valueLines?.[index] ?? 0 });
    });
    for (const value of specValues) {
      if (pageValues.includes(value)) continue;
      const source = found.addedValues?.[value] ?? found.addition;
      if (source !== undefined)
        additions.push({ kind: "enum value", text: value, where: `${where} (used at ${found.site})`, source });
      else out.push({ change: "disappeared", kind: "enum value", text: value, where });
    }
    const inOrder = new Set((valuePairs ?? []).map(([p]) => p));
    pageValues.forEach((value, index) => {
      if (specValues.includes(value) && !inOrder.has(index))
        out.push({
          change: "changed",
          kind: "enum value",
          text: `${value} moved`,
          where,
          line: item.valueLines?.[index] ?? 0,
        });
    });
  }
  return { differences: out, additions };
}

/** Lists what the page has that the spec lacks (appeared) and what the spec has that the page lacks (disappeared); confirmed additions are not differences. */
export function drift(page: DocsPage, spec: Json, provenance: DocsPage = loadPage()): Difference[] {
  return compare(page, spec, provenance).differences;
}

/** Human-readable coverage report. */
export function formatCoverage(label: string, result: Coverage): string {
  const pct = result.total === 0 ? 100 : Math.floor((result.matched / result.total) * 1000) / 10;
  const lines = [`${label} coverage: ${result.matched}/${result.total} (${pct}%)`];
  for (const miss of result.misses) lines.push(`  miss: ${miss}`);
  return lines.join("\n");
}

/** Human-readable drift report. */
export function formatDrift(differences: Difference[]): string {
  if (differences.length === 0) return "no differences: the docs page and the spec agree";
  return [
    `${differences.length} difference(s) between the docs page and the spec:`,
    ...differences.map(
      (d) =>
        `  ${d.change.padEnd(11)} ${d.kind.padEnd(12)} ${JSON.stringify(d.text)} in ${d.where}${d.line ? ` (line ${d.line})` : ""}`,
    ),
  ].join("\n");
}

const MAX_VALUES_LISTED = 8;

/** Human-readable list of the confirmed additions, grouped by source. */
export function formatAdditions(additions: Addition[]): string {
  if (additions.length === 0) return "confirmed additions: none";
  const bySource = new Map<string, Addition[]>();
  for (const addition of additions) bySource.set(addition.source, [...(bySource.get(addition.source) ?? []), addition]);
  const lines = [
    `confirmed additions: ${additions.length} (in the spec, not on the docs page; marked x-reconstruction: confirmed)`,
  ];
  for (const [source, group] of bySource) {
    lines.push(`  from ${source}:`);
    // A long run of values of one enum (KnownVaultPath's vendor paths) is summarised: the first few and the count.
    const values = group.filter((a) => a.kind === "enum value");
    const runs = new Map<string, string[]>();
    for (const a of values) runs.set(a.where, [...(runs.get(a.where) ?? []), a.text]);
    for (const a of group) {
      const run = a.kind === "enum value" ? (runs.get(a.where) ?? []) : [];
      if (run.length <= MAX_VALUES_LISTED) {
        lines.push(`    ${a.kind.padEnd(12)} ${JSON.stringify(a.text)} in ${a.where}`);
      } else if (run[0] === a.text) {
        const shown = run.slice(0, 3).map((text) => JSON.stringify(text));
        lines.push(`    ${`${run.length} values`.padEnd(12)} ${shown.join(", ")}, … in ${a.where}`);
      }
    }
  }
  return lines.join("\n");
}
