// A customer's history moved while the export walked it (docs/decisions/export-snapshots.md).
import { isPaginationError } from "../core/errors.ts";

/** What one walk saw move: `totalCount 30 at page 1, 35 at page 2`, `page 2: empty page, 10 of 30 logs seen`. */
export class HistoryMovedError extends Error {
  override readonly name = "HistoryMovedError";
  /** What each walk saw, in walk order. */
  readonly walks: string[];

  constructor(walks: string[]) {
    super(
      `the history changed during each of ${walks.length} walk${walks.length === 1 ? "" : "s"} (${walks.map((what, i) => `walk ${i + 1}: ${what}`).join("; ")})`,
    );
    this.walks = walks;
  }
}

/** The words of a walk that saw the history move (a {@link HistoryMovedError} of one walk, or the library walk's). */
export function movedWhat(error: unknown): string | undefined {
  if (error instanceof HistoryMovedError) return error.walks.join("; ");
  if (isPaginationError(error) && error.reason === "history-changed") return `page ${error.page}: ${error.moved}`;
  return undefined;
}
