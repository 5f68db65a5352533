// The one redaction of the API key: applied to every text an error carries (message, body, issues, causes).

/** Text that replaces the key. */
export const REDACTED = "[REDACTED]";

// A text with the span of the source text each of its characters was decoded from.
interface Decoded {
  chars: string;
  starts: number[];
  ends: number[];
}

// Decodes one level of JSON string escapes (`\"`, `\\`, `\/`, `\u00e9`, …), keeping each character's source span, so a
// key that a server echoes JSON-escaped (once, or twice when a JSON text is quoted inside another) is found as well.
function unescapeOnce({ chars, starts, ends }: Decoded): Decoded {
  const out: Decoded = { chars: "", starts: [], ends: [] };
  for (let i = 0; i < chars.length; i++) {
    let char = chars[i] as string;
    const start = starts[i] as number;
    if (char === "\\" && i + 1 < chars.length) {
      const hex = chars.slice(i + 2, i + 6);
      if (chars[i + 1] === "u" && /^[\da-f]{4}$/i.test(hex)) {
        char = String.fromCharCode(parseInt(hex, 16));
        i += 5;
      } else char = chars[++i] as string;
    }
    out.chars += char;
    out.starts.push(start);
    out.ends.push(ends[i] as number);
  }
  return out;
}

/**
 * A function that hides every piece of `key` of 8 or more characters (the whole key when shorter) in a text, raw or
 * JSON-escaped, so a server that echoes part of the key cannot make an error carry it. The identity without a key.
 */
export function createRedact(key: string | undefined): (text: string) => string {
  if (!key) return (text) => text;
  const size = Math.min(8, key.length);
  const pieces = new Set<string>();
  for (let i = 0; i + size <= key.length; i++) pieces.add(key.slice(i, i + size));
  return (text) => {
    // Spans of the source text to hide, as a flag per character.
    const hide = new Uint8Array(text.length + 1);
    let found = false;
    let decoded: Decoded | undefined;
    for (let level = 0; level < 3; level++) {
      const chars = decoded?.chars ?? text;
      for (let i = 0; i + size <= chars.length; i++) {
        if (!pieces.has(chars.slice(i, i + size))) continue;
        found = true;
        hide.fill(1, decoded ? decoded.starts[i] : i, decoded ? decoded.ends[i + size - 1] : i + size);
      }
      if (!chars.includes("\\")) break;
      const offsets = decoded ? [] : Array.from({ length: text.length + 1 }, (_, i) => i);
      decoded = unescapeOnce(decoded ?? { chars, starts: offsets, ends: offsets.slice(1) });
    }
    if (!found) return text;
    let out = "";
    for (let i = 0; i < text.length; i++) {
      if (!hide[i]) out += text[i];
      else if (!hide[i - 1]) out += REDACTED;
    }
    return out;
  };
}
