// The one redaction of the API key: applied to every text an error carries (message, body, issues, causes), and by the
// proxy to every answer it passes back. Linear in the text: one probe every few characters, on the text and on each
// level of JSON escapes around an escape.

/** Text that replaces the key. */
export const REDACTED = "[REDACTED]";

/** Spans `[start, end)` of a text to hide. */
export type Spans = [start: number, end: number][];

// Decodes one level of JSON string escapes (`\"`, `\\`, `\/`, `\u00e9`, …), so a key that a server echoes JSON-escaped
// (once, or twice when a JSON text is quoted inside another) is found as well. `marks` holds, for each escape, the
// decoded and the source index of the escaped character and of the one after it; characters between follow one for one.
function unescapeOnce(text: string): [decoded: string, marks: number[]] {
  let decoded = "";
  const marks = [0, 0];
  for (let last = 0; ; ) {
    const i = text.indexOf("\\", last);
    if (i < 0 || i + 1 >= text.length) return [decoded + text.slice(last), marks];
    const hex = text.slice(i + 2, i + 6);
    const u = text[i + 1] === "u" && /^[\da-f]{4}$/i.test(hex);
    decoded += text.slice(last, i);
    marks.push(decoded.length, i, decoded.length + 1, (last = i + (u ? 6 : 2)));
    decoded += u ? String.fromCharCode(parseInt(hex, 16)) : text[i + 1];
  }
}

/**
 * A function that finds every piece of `key` of 8 or more characters (the whole key when shorter) in a text: raw,
 * base64-encoded (standard or URL-safe alphabet, at any byte alignment, as in `Basic base64(user:key)`), and any of
 * those JSON-escaped once or twice. It returns the spans of the text to hide; none without a key.
 */
export function createKeyFinder(key: string | undefined): (text: string) => Spans {
  if (!key) return () => [];
  const size = Math.min(8, key.length);
  const needles = [key];
  // In base64 of a text that holds the key at byte offset 0, 1 or 2 (mod 3), the characters that encode the key's
  // (Latin-1, as a header carries it) bytes alone. btoa throws beyond Latin-1, which no header can carry either.
  try {
    for (let offset = 0; offset < 3; offset++) {
      const base64 = btoa("\0".repeat(offset) + key).slice((offset * 4 + 2) / 3, ((offset + key.length) * 4) / 3);
      // Fewer than 4 characters (a key of 1 to 3) would hide common letters everywhere.
      if (base64.length > 3) needles.push(base64, base64.replace(/\+/g, "-").replace(/\//g, "_"));
    }
  } catch {}
  // Every run of `size` characters holds a `gram` starting at a multiple of `stride`: the text is probed there only,
  // against a table of every gram of the needles, and a hit is checked and widened against the needles themselves.
  const gram = Math.ceil(size / 2);
  const stride = size - gram + 1;
  const hash = (text: string, at: number) => ((text.charCodeAt(at) << 8) ^ text.charCodeAt(at + gram - 1)) & 0xffff;
  const table = new Uint8Array(0x10000);
  for (const needle of needles) for (let i = 0; i + gram <= needle.length; i++) table[hash(needle, i)] = 1;
  const find = (text: string, spans: Spans, from = 0, to = text.length, toSource = (index: number) => index) => {
    for (let at = Math.ceil(from / stride) * stride; at < to && at + gram <= text.length; at += stride)
      if (table[hash(text, at)])
        for (const needle of needles)
          for (
            let probe = text.slice(at, at + gram), i = needle.indexOf(probe);
            i >= 0;
            i = needle.indexOf(probe, i + 1)
          ) {
            let left = 0;
            let right = gram;
            while (left < i && text[at - left - 1] === needle[i - left - 1]) left++;
            while (needle[i + right] !== undefined && text[at + right] === needle[i + right]) right++;
            if (left + right >= size) spans.push([toSource(at - left), toSource(at + right)]);
          }
  };
  return (text) => {
    const spans: Spans = [];
    find(text, spans);
    // A run without an escape of a level was found at the level before: only the runs around an escape are probed.
    let toSource = (index: number) => index;
    for (let level = 1; level < 3 && text.includes("\\"); level++) {
      const [decoded, marks] = unescapeOnce(text);
      const outer = toSource;
      toSource = (index) => {
        // The last mark at or before `index` (a binary search: marks are sorted).
        let k = 0;
        for (let step = 1 << 30; step; step >>= 1) if ((marks[2 * (k + step)] ?? Infinity) <= index) k += step;
        return outer((marks[2 * k + 1] as number) + index - (marks[2 * k] as number));
      };
      for (let k = 2, done = 0; k < marks.length; k += 4) {
        const escape = marks[k] as number;
        find(decoded, spans, Math.max(done, escape - size + 1), (done = escape + size - gram + 1), toSource);
      }
      text = decoded;
    }
    return spans;
  };
}

/** `text` with each run of characters inside `spans` replaced by one {@link REDACTED}. */
export function hideSpans(text: string, spans: Spans): string {
  let out = "";
  let last = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    if (start > last || !out) out += text.slice(last, start) + REDACTED;
    last = Math.max(last, end);
  }
  return out + text.slice(last);
}

/**
 * A function that hides every piece of `key` of 8 or more characters (the whole key when shorter) in a text, raw,
 * base64-encoded or JSON-escaped, so a server that echoes part of the key cannot make an error carry it. The identity
 * without a key.
 */
export function createRedact(key: string | undefined): (text: string) => string {
  const find = createKeyFinder(key);
  return (text) => hideSpans(text, find(text));
}
