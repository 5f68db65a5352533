// One export per output directory: a lock file created exclusively, naming the process that holds it. Two exports into
// one directory would remove and rename each other's partial files.
import { link, readFile, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
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

async function holderOf(path: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(path, "utf8")) as Partial<Holder>;
    return Number.isSafeInteger(holder.pid) && typeof holder.host === "string" ? (holder as Holder) : undefined;
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
  const mine = join(dir, `${LOCK_NAME}.${process.pid}`);
  await unlink(mine).catch(() => {});
  await writeFile(mine, `${me}\n`, { flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--out ${dir}: cannot lock the directory (${error.code})`);
  });
  try {
    await takeLock(mine);
  } finally {
    await unlink(mine).catch(() => {});
  }
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
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== "EEXIST") throw new UsageError(`--out ${dir}: cannot lock the directory (${code})`);
        const holder = await holderOf(path);
        const stale = holder !== undefined && holder.host === hostname() && !isRunning(holder.pid);
        if (!stale || tries)
          throw new UsageError(
            holder
              ? `--out ${dir}: another export (process ${holder.pid} on ${holder.host}) holds it; wait for it to end, or remove ${path} if no export runs`
              : `--out ${dir}: another export holds it (${path}); remove that file if no export runs`,
          );
        // The holder is gone: its lock goes, and this process takes the directory (once; a second EEXIST means another
        // export took it first).
        await unlink(path).catch(() => {});
        note = `took over the lock of --out ${dir} left by process ${holder.pid}, which no longer runs`;
      }
    }
  }
}
