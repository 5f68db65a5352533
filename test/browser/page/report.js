// What every page shares: it prints lines into #out and ends with #status[data-state] "done" or "failed", which the
// test reads the same way in every engine. An uncaught error or rejection is printed too, so nothing fails silently.
const out = document.getElementById("out");
const status = document.getElementById("status");

/** Appends one line to the page's output. */
export const print = (line) => {
  out.textContent += `${line}\n`;
};

const fail = (error) => {
  print(`failed: ${error?.name}: ${error?.message}`);
  status.textContent = "failed";
  status.dataset.state = "failed";
};

window.addEventListener("error", (event) => fail(event.error ?? new Error(event.message)));
window.addEventListener("unhandledrejection", (event) => fail(event.reason));

/** Marks the page done when `work` resolves, failed when it rejects. */
export function finish(work) {
  work.then(() => {
    if (status.dataset.state !== "loading") return;
    status.textContent = "done";
    status.dataset.state = "done";
  }, fail);
}
