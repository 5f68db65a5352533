// Reading a body up to its cap (src/core/read-body.ts), in Node and as in a browser, where the body is read through a
// clone so that Chromium does not cancel the request once the body ends before the response does (net::ERR_ABORTED).
import { afterEach, describe, expect, it, vi } from "vitest";
import { readCapped } from "../src/core/read-body.ts";

// A body of `chunks`, compressed as far as readCapped can tell (no declared size), that records whether it was
// cancelled and how much of it was read.
function streamed(chunks: string[]) {
  const state = { cancelled: false, pulled: 0 };
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[state.pulled++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { response: new Response(body, { headers: { "Content-Encoding": "gzip" } }), state };
}

describe("readCapped", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads the whole body from the response itself outside browsers", async () => {
    const { response, state } = streamed(['{"a":', "1}"]);
    const clone = vi.spyOn(response, "clone");
    expect(await readCapped(response, 100)).toEqual(['{"a":1}', false]);
    expect(clone).not.toHaveBeenCalled();
    expect(state.cancelled).toBe(false);
  });

  it("reads a clone in a browser, then lets the response's own body go", async () => {
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
    const { response, state } = streamed(['{"a":', "1}"]);
    const clone = vi.spyOn(response, "clone");
    expect(await readCapped(response, 100)).toEqual(['{"a":1}', false]);
    expect(clone).toHaveBeenCalledTimes(1);
    // The original branch of the tee is cancelled once the clone is read; the source has ended already.
    expect(response.bodyUsed || response.body?.locked).toBe(true);
    expect(state.pulled).toBe(3);
  });

  it("reads the response itself where there is a window but no document (Deno), as outside browsers", async () => {
    vi.stubGlobal("window", {});
    const { response } = streamed(['{"a":', "1}"]);
    const clone = vi.spyOn(response, "clone");
    expect(await readCapped(response, 100)).toEqual(['{"a":1}', false]);
    expect(clone).not.toHaveBeenCalled();
  });

  it("stops at the cap in a browser too, cancelling the body", async () => {
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
    const { response, state } = streamed(["aaaa", "bbbb", "cccc", "dddd"]);
    expect(await readCapped(response, 6)).toEqual(["aaaabb", true]);
    // Both branches cancelled: the source is cancelled.
    await vi.waitFor(() => expect(state.cancelled).toBe(true));
    // The tee pulls a chunk ahead, never to the end (a fifth pull would close it).
    expect(state.pulled).toBeLessThan(5);
  });
});
