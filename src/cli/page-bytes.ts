// One page of the export's output, written as UTF-8 straight into a scratch buffer and taken out as one Buffer of the
// exact size. An export's memory is set by what lives through collections of V8's young generation: strings built
// and joined per log, and a page's tree kept alive while they are built, made Node 24 grow it to 128 MB. Bytes
// outside the JS heap make no such garbage, and one Buffer per page (not one per line) is freed back to the system
// whole once written (docs/decisions/export-memory.md).

const QUOTE = 0x22;

/** A writer of one page's bytes at a time; {@link PageBytes.take} hands out the page and starts the next. */
export class PageBytes {
  #buffer = Buffer.allocUnsafe(1 << 20);
  #at = 0;

  #room(bytes: number): void {
    if (this.#at + bytes <= this.#buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(2 * this.#buffer.length, this.#at + bytes));
    this.#buffer.copy(bigger, 0, 0, this.#at);
    this.#buffer = bigger;
  }

  /** Appends `text` in UTF-8. */
  write(text: string): void {
    this.#room(3 * text.length);
    this.#at += this.#buffer.write(text, this.#at);
  }

  /** Appends `text` with each `"` written twice (a CSV cell's quoting): bytes are doubled in place, since a quote byte is never part of a multi-byte UTF-8 sequence. */
  writeQuoted(text: string): void {
    const start = this.#at;
    this.write(text);
    const buffer = this.#buffer;
    let quotes = 0;
    for (let i = start; i < this.#at; i++) if (buffer[i] === QUOTE) quotes++;
    this.#room(quotes);
    const bytes = this.#buffer;
    const end = this.#at + quotes;
    // From the end: each byte moves right by the quotes before it, and each quote is written twice.
    for (let from = this.#at, to = end; quotes; ) {
      const byte = bytes[--from] as number;
      bytes[--to] = byte;
      if (byte === QUOTE) {
        bytes[--to] = QUOTE;
        quotes--;
      }
    }
    this.#at = end;
  }

  /** The bytes written since the last call, as a Buffer of their own. */
  take(): Buffer {
    const page = Buffer.from(this.#buffer.subarray(0, this.#at));
    this.#at = 0;
    return page;
  }
}
