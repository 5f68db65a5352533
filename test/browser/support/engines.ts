// The browser engines the pages run in, all installed from Debian (`.ci/run` does it), never downloaded:
// Chromium (puppeteer-core over CDP), Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (WebKitWebDriver,
// spoken to with plain WebDriver HTTP: a handful of fetch calls, no client library needed).
// Every page reports through its own DOM (`#status[data-state]`, `#out`), so one `read()` fits all three engines.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import puppeteer, { type Browser } from "puppeteer-core";

/** What a page shows once it is done: its state (`done` or `failed`) and its output lines. */
export interface PageResult {
  state: string;
  lines: string[];
}

/** One running browser. */
export interface Engine {
  /** Loads `url` and waits until the page's `#status` leaves `loading`; returns what the page printed. */
  run(url: string, timeoutMs?: number): Promise<PageResult>;
  close(): Promise<void>;
}

/** How to start one engine, and the binary it needs. */
export interface EngineSpec {
  name: "chromium" | "firefox" | "webkit";
  label: string;
  /** The Debian binaries the engine needs; a missing one fails the engine's tests with this install hint. */
  binaries: string[];
  install: string;
  launch(): Promise<Engine>;
}

// Runs in the page: the state and output the page wrote into its DOM.
const readScript = `const s = document.getElementById("status"); const o = document.getElementById("out");
return { state: s ? s.dataset.state : "no #status", text: o ? o.textContent : "" };`;

const toResult = (raw: { state: string; text: string }): PageResult => ({
  state: raw.state,
  lines: raw.text.trim() === "" ? [] : raw.text.trim().split("\n"),
});

async function poll(read: () => Promise<{ state: string; text: string }>, timeoutMs: number): Promise<PageResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const raw = await read();
    if (raw.state !== "loading" || Date.now() > deadline) return toResult(raw);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function puppeteerEngine(browser: Browser): Engine {
  return {
    async run(url, timeoutMs = 60_000) {
      const page = await browser.newPage();
      try {
        await page.goto(url, { timeout: timeoutMs });
        return await poll(
          () => page.evaluate(`(() => { ${readScript} })()`) as Promise<{ state: string; text: string }>,
          timeoutMs,
        );
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

interface WebDriverAnswer {
  value: unknown;
}

async function webdriver(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as WebDriverAnswer;
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${response.status} ${JSON.stringify(answer.value)}`);
  return answer.value;
}

const miniBrowser = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

// WebKitGTK's MiniBrowser needs an X display: without one, `xvfb-run` gives WebKitWebDriver (and the browser it starts)
// a virtual one. The driver runs in its own process group so closing kills Xvfb as well.
async function launchWebKit(): Promise<Engine> {
  const port = await freePort();
  const command = process.env["DISPLAY"]
    ? ["WebKitWebDriver", `--port=${port}`]
    : ["xvfb-run", "-a", "WebKitWebDriver", `--port=${port}`];
  const child: ChildProcess = spawn(command[0] ?? "", command.slice(1), { detached: true, stdio: "ignore" });
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
    }
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    // xvfb-run waits for Xvfb before starting the driver: poll its status endpoint.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ready = await webdriver(base, "GET", "/status").then(
        (value) => (value as { ready?: boolean }).ready === true,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on ${base}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const session = (await webdriver(base, "POST", "/session", {
      capabilities: {
        alwaysMatch: {
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary: miniBrowser, args: ["--automation"] },
        },
      },
    })) as { sessionId: string };
    const at = `/session/${session.sessionId}`;
    return {
      async run(url, timeoutMs = 60_000) {
        await webdriver(base, "POST", `${at}/url`, { url });
        return poll(
          async () =>
            (await webdriver(base, "POST", `${at}/execute/sync`, { script: readScript, args: [] })) as {
              state: string;
              text: string;
            },
          timeoutMs,
        );
      },
      async close() {
        await webdriver(base, "DELETE", at).catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Chromium, Firefox ESR and WebKitGTK as Debian ships them. */
export const engines: EngineSpec[] = [
  {
    name: "chromium",
    label: "Chromium (CDP)",
    binaries: ["/usr/bin/chromium"],
    install: "apt-get install -y chromium",
    launch: async () =>
      puppeteerEngine(
        await puppeteer.launch({ executablePath: "/usr/bin/chromium", headless: true, args: chromiumArgs }),
      ),
  },
  {
    name: "firefox",
    label: "Firefox ESR (WebDriver BiDi)",
    binaries: ["/usr/bin/firefox-esr"],
    install: "apt-get install -y firefox-esr",
    launch: async () =>
      puppeteerEngine(
        await puppeteer.launch({ browser: "firefox", executablePath: "/usr/bin/firefox-esr", headless: true }),
      ),
  },
  {
    name: "webkit",
    label: "WebKitGTK (WebDriver, Xvfb)",
    binaries: ["/usr/bin/WebKitWebDriver", miniBrowser, "/usr/bin/xvfb-run"],
    install: "apt-get install -y webkit2gtk-driver xvfb xauth",
    launch: launchWebKit,
  },
];

/** The binaries of `spec` that are not installed. */
export const missingBinaries = (spec: EngineSpec): string[] => spec.binaries.filter((file) => !existsSync(file));
