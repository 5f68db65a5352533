import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LOCK_NAME, lockOutDir, type OutLock } from "../src/cli/out-lock.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "out-lock-"));
  dirs.push(dir);
  return dir;
};
// The pid of a process that has ended, and a lock it left behind.
const gone = spawnSync(process.execPath, ["-e", "0"]).pid as number;
const leaveStaleLock = (dir: string) =>
  writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid: gone, host: hostname(), since: "2026-01-01T00:00:00Z" }));

describe("the --out lock", () => {
  it("is held by one export at a time: a second is refused while the first holds it, and may lock after release", async () => {
    const dir = tempDir();
    const first = await lockOutDir(dir);
    expect(first.note).toBeUndefined();
    await expect(lockOutDir(dir)).rejects.toThrow(/another export \(process \d+ on .+\) holds it/);
    await first.release();
    const again = await lockOutDir(dir);
    await again.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("is taken over by exactly one of several exports that find the same stale lock at once", async () => {
    // Each round, three lock attempts start together on one stale lock: the takeover must be exclusive (a check, then
    // a remove, lets two exports each remove the other's fresh lock and both go on).
    for (let round = 0; round < 40; round++) {
      const dir = tempDir();
      leaveStaleLock(dir);
      const results = await Promise.allSettled([lockOutDir(dir), lockOutDir(dir), lockOutDir(dir)]);
      const held = results.filter((r): r is PromiseFulfilledResult<OutLock> => r.status === "fulfilled");
      expect(held.length, `round ${round}`).toBe(1);
      // The note goes to the one that moved the stale lock aside, or to none when another linked first into the gap.
      expect([undefined, `took over the lock of --out ${dir} left by process ${gone}, which no longer runs`]).toContain(
        held[0]?.value.note,
      );
      for (const refused of results.filter((r) => r.status === "rejected"))
        expect(String(refused.reason)).toMatch(/another export .*holds it/);
      // The lock is the winner's, and nothing else is left beside it.
      expect(readdirSync(dir)).toEqual([LOCK_NAME]);
      expect(JSON.parse(readFileSync(join(dir, LOCK_NAME), "utf8"))).toMatchObject({ pid: process.pid });
      await held[0]?.value.release();
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it("names both files to remove when a takeover left half-done by a killed export blocks it", async () => {
    const dir = tempDir();
    leaveStaleLock(dir);
    writeFileSync(join(dir, `${LOCK_NAME}.takeover`), "{}\n");
    const lock = join(dir, LOCK_NAME);
    await expect(lockOutDir(dir)).rejects.toThrow(
      `--out ${dir}: the lock left by process ${gone}, which no longer runs, could not be taken over; remove ${lock} and ${lock}.takeover if no export runs`,
    );
    // Nothing of this attempt is left behind.
    expect(readdirSync(dir).sort()).toEqual([LOCK_NAME, `${LOCK_NAME}.takeover`]);
  });

  it("removes what an export killed while locking left behind (its copy of the lock, a takeover file), and only that", async () => {
    const dir = tempDir();
    const deadCopy = `${LOCK_NAME}.${gone}.0b7c`;
    const liveCopy = `${LOCK_NAME}.${process.pid}.live`;
    const dead = JSON.stringify({ pid: gone, host: hostname(), since: "2026-01-01T00:00:00Z" });
    writeFileSync(join(dir, deadCopy), dead);
    writeFileSync(join(dir, `${LOCK_NAME}.takeover`), dead);
    // A process of this machine that still runs (this one), and a file of another machine: both kept.
    writeFileSync(join(dir, liveCopy), JSON.stringify({ pid: process.pid, host: hostname() }));
    writeFileSync(join(dir, `${LOCK_NAME}.${gone}.other-host`), JSON.stringify({ pid: gone, host: "elsewhere" }));
    const lock = await lockOutDir(dir);
    expect(readdirSync(dir).sort()).toEqual([LOCK_NAME, `${LOCK_NAME}.${gone}.other-host`, liveCopy].sort());
    await lock.release();
  });
});
