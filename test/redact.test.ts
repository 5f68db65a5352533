// The key's redaction on its own: it hides every character the 0.1 redaction hid (a reference copy of it below), on
// texts built from pieces of the key, JSON escapes of them and noise; and it also finds the key base64-encoded.
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { REDACTED, createKeyFinder, createRedact, hideSpans, type Spans } from "../src/core/redact.ts";

// The 0.1 redaction (character by character; quadratic in practice), kept as the oracle of what must stay hidden.
function referenceMask(key: string, text: string): Uint8Array {
  const size = Math.min(8, key.length);
  const pieces = new Set<string>();
  for (let i = 0; i + size <= key.length; i++) pieces.add(key.slice(i, i + size));
  const hide = new Uint8Array(text.length);
  let chars = text;
  let starts = Array.from({ length: text.length }, (_, i) => i);
  let ends = starts.map((i) => i + 1);
  for (let level = 0; level < 3; level++) {
    for (let i = 0; i + size <= chars.length; i++)
      if (pieces.has(chars.slice(i, i + size))) hide.fill(1, starts[i], ends[i + size - 1]);
    if (!chars.includes("\\")) break;
    const next = { chars: "", starts: [] as number[], ends: [] as number[] };
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
      next.chars += char;
      next.starts.push(start);
      next.ends.push(ends[i] as number);
    }
    ({ chars, starts, ends } = next);
  }
  return hide;
}

function mask(length: number, spans: Spans): Uint8Array {
  const hide = new Uint8Array(length);
  for (const [start, end] of spans) hide.fill(1, start, end);
  return hide;
}

const escapeOnce = (text: string) => JSON.stringify(text).slice(1, -1);
const unicodeEscape = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

// A text of noise, pieces of the key, and pieces escaped once, twice or as \uXXXX (whole or one character at a time).
const textOf = (key: string) =>
  fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('"', "\\", "\\\\", "\\u00", "\\u"),
        fc.tuple(fc.nat(key.length), fc.nat(key.length), fc.nat(4)).map(([a, b, how]) => {
          const piece = key.slice(Math.min(a, b), Math.max(a, b));
          if (how === 1) return escapeOnce(piece);
          if (how === 2) return escapeOnce(escapeOnce(piece));
          if (how === 3) return unicodeEscape(piece).join("");
          if (how === 4) return escapeOnce(unicodeEscape(piece).join(""));
          return piece;
        }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(""));

describe("createRedact", () => {
  const keys = [
    "sk_live_0123456789abcdef",
    'sk_"q\\uote"/_0123456789',
    "sk_é_ñ_latin1_01",
    'ab"c\\',
    "k",
    "aaaaaaaaaaaa",
  ];

  it("hides every character the 0.1 redaction hid, on texts built from the key", () => {
    for (const key of keys) {
      const find = createKeyFinder(key);
      fc.assert(
        fc.property(textOf(key), (text) => {
          const expected = referenceMask(key, text);
          const actual = mask(text.length, find(text));
          for (let i = 0; i < text.length; i++) if (expected[i]) expect(actual[i], `${key} in ${text} at ${i}`).toBe(1);
        }),
        { numRuns: 300 },
      );
    }
  });

  it("hides the same characters as the 0.1 redaction on texts without base64", () => {
    const key = 'sk_"q\\uote"_0123456789';
    const find = createKeyFinder(key);
    fc.assert(
      fc.property(textOf(key), (text) => {
        expect([...mask(text.length, find(text))]).toEqual([...referenceMask(key, text)]);
      }),
      { numRuns: 300 },
    );
  });

  it("hides the key base64-encoded at each byte offset, in both alphabets, and inside Basic credentials", () => {
    const key = "sk_live_0123456789abcdef?>~";
    const redact = createRedact(key);
    for (const plain of [key, `a${key}`, `ab${key}`, `user:${key}`, `${key}:`, `{"key":"${key}"}`]) {
      const standard = btoa(plain);
      const urlSafe = standard.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
      for (const encoded of [standard, urlSafe, `Basic ${standard}`, JSON.stringify(standard)]) {
        const redacted = redact(`before ${encoded} after`);
        expect(redacted, plain).toContain(REDACTED);
        // What is left around the marker decodes to text next to the key, never to 8 of its characters.
        for (const part of redacted.split(/[\s"]|\[REDACTED\]/))
          for (let start = 0; start < 4; start++) {
            const chunk = part.slice(start).replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
            const decoded = atob(chunk.slice(0, chunk.length - (chunk.length % 4)));
            for (let i = 0; i + 8 <= key.length; i++) expect(decoded, redacted).not.toContain(key.slice(i, i + 8));
          }
      }
    }
    expect(redact(btoa("sk_live_0123"))).toContain(REDACTED);
    expect(redact(btoa("an unrelated text of some length"))).not.toContain(REDACTED);
  });

  it("keeps a text without the key as it is, and is the identity without a key", () => {
    const redact = createRedact("sk_live_0123456789abcdef");
    const text = JSON.stringify({ message: "Not found \\u00e9 \\\\ \\", code: "NOT_FOUND", token: btoa("other key") });
    expect(redact(text)).toBe(text);
    expect(createRedact(undefined)(text)).toBe(text);
    expect(createRedact("")(text)).toBe(text);
    expectTypeOf(createRedact).returns.toEqualTypeOf<(text: string) => string>();
  });

  it("hides only the key itself for a key of 1 to 3 characters, not the letters its base64 would be", () => {
    const url = "https://api.compilot.ai/customers/c-1/activity-logs?currentPage=2&limit=3";
    expect(createRedact("k")(url)).toBe(url);
    expect(createRedact("ab")(`${url} ab`)).toBe(`${url} ${REDACTED}`);
  });

  it("replaces each run of hidden characters by one marker", () => {
    expect(
      hideSpans("abcdefgh", [
        [4, 6],
        [1, 2],
        [2, 3],
        [5, 7],
      ]),
    ).toBe(`a${REDACTED}d${REDACTED}h`);
    expect(hideSpans("abc", [[0, 3]])).toBe(REDACTED);
    expect(hideSpans("abc", [])).toBe("abc");
  });
});
