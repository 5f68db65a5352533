// One file name per customer id, safe on every common file system and unique within the output directory.
import { createHash } from "node:crypto";
import { UsageError } from "./usage-error.ts";

// Names Windows reserves for devices, with any extension (`con.jsonl` opens the console):
// https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file#naming-conventions
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
// Ids used as they are: lower-case letters, digits, `.`, `_` and `-`, starting with a letter or a digit. Lower case only,
// so two ids that differ in case only cannot meet on a case-insensitive file system (macOS, Windows).
const PLAIN = /^[a-z0-9][a-z0-9._-]{0,119}$/;

/**
 * The file name (without extension) of a customer's export: the id itself when it is plain (see `PLAIN`), otherwise
 * the id with every other character replaced by `_`, cut to 80 characters, then `~` and 12 hex digits of the id's
 * SHA-256. `~` never occurs in a plain name, so a hashed name cannot equal another id's plain name, and ids that
 * sanitize the same (`a/b`, `a:b`, `A_B`) get different hashes. The same id always gets the same name (`--resume`).
 */
export function fileStem(customerId: string): string {
  if (PLAIN.test(customerId) && !RESERVED.test(customerId) && !customerId.endsWith(".")) return customerId;
  const hash = createHash("sha256").update(customerId, "utf8").digest("hex").slice(0, 12);
  const safe = customerId
    .slice(0, 80)
    .replace(/[^A-Za-z0-9._-]/g, "_")
    // No hidden file (`.x`), no name Windows trims (`x.`).
    .replace(/^\./, "_")
    .replace(/\.$/, "_");
  return `${safe}~${hash}`;
}

/** The file name of each customer, by id; fails on two ids that would share one (a hash collision: not expected). */
export function fileNames(customerIds: readonly string[], extension: string): Map<string, string> {
  const names = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const id of customerIds) {
    const name = `${fileStem(id)}.${extension}`;
    const owner = owners.get(name.toLowerCase());
    if (owner !== undefined && owner !== id)
      throw new UsageError(`customers ${JSON.stringify(owner)} and ${JSON.stringify(id)} map to one file name ${name}`);
    owners.set(name.toLowerCase(), id);
    names.set(id, name);
  }
  return names;
}

/** The name a customer's file is written under until it is complete (hidden, so no tool mistakes it for an export). */
export function partialName(name: string): string {
  return `.${name}.partial`;
}
