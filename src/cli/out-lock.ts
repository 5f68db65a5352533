// One export per output directory: a lock file created exclusively, naming the process that holds it. Two exports into
// one directory would remove and rename each other's partial files.
import { link, readdir, readFile, unlink, writeFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as delay } from "node:timers/promises";
import { join } from "node:path";
import { UsageError } from "./usage-error.ts";

/** The lock's file name inside `--out` (hidden, like the partial files). */
export const LOCK_NAME = ".compilot-activity-logs.lock";

/** A held lock. */
export interface OutLock {
  /** Set when the lock of a process that no longer runs was taken over: a line for the user. */
  note: string | undefined;
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  host: string;
}

// Whether `pid` is a running process of this machine: signal 0 checks without sending (EPERM: it runs, as another user).
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// The lock's holder and its text as read, undefined when it cannot be read or names no process.
async function holderOf(path: string): Promise<(Holder & { text: string }) | undefined> {
  try {
    const text = await readFile(path, "utf8");
    const holder = JSON.parse(text) as Partial<Holder>;
    return Number.isSafeInteger(holder.pid) && typeof holder.host === "string"
      ? { pid: holder.pid as number, host: holder.host, text }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Locks `dir` for this process: creates its lock file exclusively (never following nor reusing a link or a file).
 * When another export holds it, throws a {@link UsageError} naming that process. A lock left by a process of this
 * machine that no longer runs (a SIGKILL, a crash) is taken over, with a `note`; a lock of another machine, or one that
 * cannot be read, is never taken over: the message says which file to remove once no export runs.
 */
export async function lockOutDir(dir: string): Promise<OutLock> {
  const path = join(dir, LOCK_NAME);
  const me = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  let note: string | undefined;
  // Written whole under a name of this process's, then linked to the lock's name: the lock appears with its holder in
  // it (another export never reads a half-written one), and `link` fails on any name already there, a link included.
  const mine = join(dir, `${LOCK_NAME}.${process.pid}.${randomUUID()}`);
  await writeFile(mine, `${me}\n`, { flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--out ${dir}: cannot lock the directory (${error.code})`);
  });
  try {
    await takeLock(mine);
  } finally {
    await unlink(mine).catch(() => {});
  }
  await removeLeftovers();
  return {
    note,
    release: () => unlink(path).catch(() => {}),
  };

  async function takeLock(mine: string) {
    for (let tries = 0; ; tries++) {
      try {
        await link(mine, path).catch(async (error: NodeJS.ErrnoException) => {
          // A file system without hard links (FAT, some network shares): created exclusively, written after.
          if (!["EPERM", "ENOTSUP", "EOPNOTSUPP"].includes(error.code ?? "")) throw error;
          await writeFile(path, `${me}\n`, { flag: "wx" });
        });
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== "EEXIST") throw new UsageError(`--out ${dir}: cannot lock the directory (${code})`);
        const holder = await holderOf(path);
        const stale = holder !== undefined && holder.host === hostname() && !isRunning(holder.pid);
        // A few tries, a moment apart: each one that fails means another export was taking the lock over meanwhile.
        if (stale && tries >= 8)
          throw new UsageError(
            `--out ${dir}: the lock left by process ${holder.pid}, which no longer runs, could not be taken over; remove ${path} and ${path}.takeover if no export runs`,
          );
        if (!stale)
          throw new UsageError(
            holder
              ? `--out ${dir}: another export (process ${holder.pid} on ${holder.host}) holds it; wait for it to end, or remove ${path} if no export runs`
              : `--out ${dir}: another export holds it (${path}); remove that file if no export runs`,
          );
        if (await takeOver(holder.text))
          note = `took over the lock of --out ${dir} left by process ${holder.pid}, which no longer runs`;
        else await delay(5);
      }
    }
  }

  // With the lock held: the files that an export killed while it was locking left behind (the lock's copy under its
  // own name, a takeover file), each naming a process of this machine that no longer runs, are removed.
  async function removeLeftovers() {
    const names = await readdir(dir).catch(() => []);
    for (const name of names) {
      if (!name.startsWith(`${LOCK_NAME}.`)) continue;
      const holder = await holderOf(join(dir, name));
      if (holder && holder.host === hostname() && !isRunning(holder.pid)) await unlink(join(dir, name)).catch(() => {});
    }
  }

  // Removes the lock whose text is `stale` (its holder no longer runs), exclusively: only the export that creates the
  // takeover file (exclusively, as the lock) may remove a lock, and only after reading it again under that file. So of
  // several exports that found the same stale lock at once, one removes it and the others, trying again, find the lock
  // that took its place. False when this attempt removed nothing.
  async function takeOver(stale: string): Promise<boolean> {
    const token = `${path}.takeover`;
    try {
      await writeFile(token, `${me}\n`, { flag: "wx" });
    } catch {
      return false;
    }
    try {
      if ((await readFile(path, "utf8").catch(() => undefined)) !== stale) return false;
      await unlink(path);
      return true;
    } finally {
      await unlink(token).catch(() => {});
    }
  }
}
