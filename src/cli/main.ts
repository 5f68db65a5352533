// The `compilot-activity-logs` command (package.json `bin`): the process around runCli.
import { runCli } from "./program.ts";

const controller = new AbortController();
let stoppedBy: NodeJS.Signals | undefined;
for (const name of ["SIGINT", "SIGTERM"] as const)
  process.once(name, () => {
    // The walks stop and their partial files go; a second signal kills at once (the default action).
    stoppedBy = name;
    controller.abort(new Error(`stopped by ${name}`));
  });

// A reader that goes away (`… | head`) fails the write: an export's pipeline reports it as that customer's failure;
// outside one (the help), there is nothing left to tell.
process.stdout.on("error", () => {});

const code = await runCli(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
  controller.signal,
);
// 128 + the signal's number, as shells report a process a signal ended. Stopped, it exits at once: the export has
// removed its partial files and its lock, and a timer left behind (a rate limiter's window, a Redis reconnection)
// must not keep the process alive.
if (stoppedBy === undefined) process.exitCode = code;
else process.exit(stoppedBy === "SIGINT" ? 130 : 143);
