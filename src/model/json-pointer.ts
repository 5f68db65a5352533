// JSON Pointer (RFC 6901): the one place that escapes and unescapes a reference token.
// https://www.rfc-editor.org/rfc/rfc6901#section-4

/** Escapes one reference token: `~` as `~0`, `/` as `~1`. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Unescapes one reference token (`~1` before `~0`, as RFC 6901 §4 says). */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The reference tokens of a pointer such as `/activityLogs/0/data` (the empty pointer has none). */
export function pointerTokens(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointerToken);
}
