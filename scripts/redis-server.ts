// Tests and the fleet bench: a real redis-server (Debian's package, installed by .ci/run) on 127.0.0.1, a free port and a temporary
// directory, with no persistence. It can be killed (SIGKILL, as a crash) and started again on the same port.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listenLocally } from "./listen.ts";

/** A redis-server started by a test. */
export interface TestRedis {
  /** `redis://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Kills the server at once (SIGKILL): clients see the connection drop, nothing is saved. */
  kill(): Promise<void>;
  /** Whether the server process is alive (it may be paused). */
  running(): boolean;
  /** Freezes the server (SIGSTOP): connections stay open and nothing answers, as with a hung host. */
  pause(): Promise<void>;
  /** Lets a paused server go on (SIGCONT). */
  resume(): Promise<void>;
  /** Starts the server again on the same port (empty: nothing was saved). */
  restart(): Promise<void>;
  /** Stops the server and removes its directory. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const { port, close } = await listenLocally(createServer());
  await close();
  return port;
}

function launch(port: number, dir: string): Promise<ChildProcess> {
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no"];
  const child = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    };
    child.on("error", (error) =>
      fail(
        new Error(`cannot run redis-server (${error.message}): install Debian's redis-server package (.ci/run does)`, {
          cause: error,
        }),
      ),
    );
    child.on("exit", (code) => fail(new Error(`redis-server exited with ${code}:\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes("Ready to accept connections")) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      child.stdout?.off("data", onData);
      // Its later output (shutdown messages) is not read; the pipe is drained so it never blocks.
      child.stdout?.resume();
      resolve(child);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  });
}

const stopped = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });

/** Starts a redis-server for this test. */
export async function startRedis(): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), "compilot-redis-"));
  const port = await freePort();
  let child = await launch(port, dir);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => stopped(child, "SIGKILL"),
    running: () => child.exitCode === null && child.signalCode === null,
    async pause() {
      child.kill("SIGSTOP");
    },
    async resume() {
      child.kill("SIGCONT");
    },
    async restart() {
      child = await launch(port, dir);
    },
    async stop() {
      await stopped(child, "SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
