// The Markdown of a spec update: the pull request's body (stdout) and the CHANGELOG entry under "Unreleased".
import { VENDOR } from "../vault-paths.ts";
import type { EnumChange } from "./enums.ts";

/** What a release adds to the spec and what it no longer gives, per enum (`KnownVaultPath` for vault paths). */
export interface Update {
  /** The release's version. */
  version: string;
  /** The newest pin before the update. */
  previous: string | undefined;
  /** Every upstream enum's change, `KnownVaultPath` last. */
  changes: EnumChange[];
}

const code = (value: string) => `\`${value}\``;
const MAX_LISTED = 20;
const listed = (values: string[]) =>
  values.slice(0, MAX_LISTED).map(code).join(", ") +
  (values.length > MAX_LISTED ? `, … (${values.length} in all)` : "");
const where = (refs: string[]) => refs.map(code).join(" and ");

/** True when the release adds nothing: the spec is current. */
export const isCurrent = (update: Update): boolean => update.changes.every((change) => change.added.length === 0);

/** The CHANGELOG entry: a heading and one line per enum with added or removed values. */
export function changelogEntry({ version, changes }: Update): string {
  const lines = [`### Spec: values from ${VENDOR} ${version}`, ""];
  for (const { schema, refs, added } of changes)
    if (added.length > 0) lines.push(`- ${code(schema)} (the vendor's ${where(refs)}): ${listed(added)} added.`);
  for (const { schema, removed } of changes)
    if (removed.length > 0)
      lines.push(`- ${code(schema)}: ${listed(removed)} no longer in ${version}, kept (older payloads carry them).`);
  return lines.join("\n");
}

/** The summary printed on stdout: what the spec lacks (`check`) or what the update added, and what to review. */
export function summary(update: Update, { check = false } = {}): string {
  const { version, previous } = update;
  if (isCurrent(update)) {
    const removed = update.changes.filter((change) => change.removed.length > 0);
    const lines = [`The spec is current with ${VENDOR} ${version}: it lists every value that release gives.`];
    for (const { schema, removed: values } of removed)
      lines.push(`- ${code(schema)}: ${listed(values)} no longer in ${version}, kept.`);
    return lines.join("\n");
  }
  const since = previous === undefined ? "" : ` (newest pin: ${previous})`;
  const head = check
    ? [`## The spec lacks values of ${VENDOR} ${version}${since}`, "", "`npm run spec:update` would add:"]
    : [
        `## Spec update: ${VENDOR} ${version}${since}`,
        "",
        `The spec now lists the values ${VENDOR} ${version} adds, each marked \`x-reconstruction: confirmed\` with ` +
          "this release as its source. Each widens a union of the generated types; the guards and matchers route by " +
          "shape and are unaffected, and `validate` stops reporting the value.",
      ];
  const body = changelogEntry(update).split("\n").slice(2);
  const lines = [...head, "", ...body];
  if (!check)
    lines.push(
      "",
      "Changed: `openapi/compilot-activity-logs.yaml`, `generated/` (types and validators), `upstream/` (the newest " +
        `pin moves to ${version}: package.json, package-lock.json, vault-paths.json) and CHANGELOG.md.`,
      "",
      "To review: each added value against the vendor's release notes or schemas; whether a value hints at a new " +
        "shape of log (that needs a hand-written variant, which this update never adds); adding each value to the mock " +
        "command's histories (src/cli/mock-history.ts); the CI run on this pull request.",
    );
  return lines.join("\n");
}

/** The CHANGELOG's text with `entry` at the top of "Unreleased" (a section is created when there is none). */
export function addToChangelog(changelog: string, entry: string): string {
  const heading = /^## Unreleased[ \t]*\n/m.exec(changelog);
  if (heading) {
    const at = heading.index + heading[0].length;
    return `${changelog.slice(0, at)}\n${entry}\n${changelog.slice(at).replace(/^\n*/, "\n")}`;
  }
  const firstRelease = /^## /m.exec(changelog);
  const at = firstRelease ? firstRelease.index : changelog.length;
  return `${changelog.slice(0, at)}## Unreleased\n\n${entry}\n\n${changelog.slice(at)}`;
}
