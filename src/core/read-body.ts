// Reading a response body up to a byte cap, for the client and the proxy alike: a body past the cap is not read whole.

/**
 * Reads `response`'s body as text, at most `cap` bytes; past the cap it cancels the rest and returns what fits, with
 * `cut` set.
 */
export async function readCapped(response: Response, cap: number): Promise<[text: string, cut: boolean]> {
  const length = Number(response.headers.get("content-length") ?? NaN);
  // Fast path: a declared size within the cap (not compressed: a small gzip body can inflate past any cap).
  if (length <= cap && !response.headers.has("content-encoding")) return [await response.text(), false];
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (let size = 0; ; ) {
    const { value } = (await reader?.read()) ?? {};
    if (!value) return [text + decoder.decode(), false];
    if ((size += value.length) > cap) {
      void reader?.cancel().catch(() => {});
      return [text + decoder.decode(value.subarray(0, cap - size + value.length)), true];
    }
    text += decoder.decode(value, { stream: true });
  }
}
