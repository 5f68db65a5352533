// Reading a response body up to a byte cap, for the client and the proxy alike: a body past the cap is not read whole.
import { isBrowser } from "./rules.ts";

/**
 * Reads `response`'s body as text, at most `cap` bytes; past the cap it cancels the rest and returns what fits, with
 * `cut` set.
 */
export async function readCapped(response: Response, cap: number): Promise<[text: string, cut: boolean]> {
  const length = Number(response.headers.get("content-length") ?? NaN);
  // Fast path: a declared size within the cap (not compressed: a small gzip body can inflate past any cap).
  if (length <= cap && !response.headers.has("content-encoding")) return [await response.text(), false];
  // Chromium cancels a request whose body a reader has read to its end before the response itself ended (a gzip body
  // ends before the chunked encoding's last chunk comes), and logs net::ERR_ABORTED although every byte arrived. Read
  // in a browser page ({@link isBrowser}, the client's one test of it), a clone leaves the response's own body, and with
  // it the request, open until the response ends; that body is let go once the clone is read
  // (docs/decisions/browser-body-read.md).
  const source = isBrowser() ? response.clone() : response;
  const reader = source.body?.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    for (let size = 0; ; ) {
      const { value } = (await reader?.read()) ?? {};
      if (!value) return [text + decoder.decode(), false];
      if ((size += value.length) > cap) {
        void reader?.cancel().catch(() => {});
        return [text + decoder.decode(value.subarray(0, cap - size + value.length)), true];
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    if (source !== response) void response.body?.cancel().catch(() => {});
  }
}
