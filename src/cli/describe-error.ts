// A failed customer's reason, typed: the error class and its structured field first, then its message.
import {
  NETWORK_ERROR_REASONS,
  isApiError,
  isContractError,
  isNetworkError,
  isPaginationError,
  isRateLimiterError,
  isTimeoutError,
} from "../core/errors.ts";

/**
 * `ApiError 404 NOT_FOUND: Request failed …`, `NetworkError connect: …`, `NetworkError too-large (not retried): …`,
 * `WriteError ENOSPC: …` (redact after).
 */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  let kind: string;
  if (isApiError(error)) kind = `ApiError ${error.status}${error.code ? ` ${error.code}` : ""}`;
  else if (isTimeoutError(error)) kind = `TimeoutError ${error.timeoutMs} ms`;
  // The table's reason is the label; whether it was retried tells the user whether waiting could help.
  else if (isNetworkError(error))
    kind = `NetworkError ${error.reason}${NETWORK_ERROR_REASONS[error.reason].retried ? "" : " (not retried)"}`;
  else if (isRateLimiterError(error)) kind = "RateLimiterError";
  else if (isContractError(error))
    kind = `ContractError ${error.violation.count} issue${error.violation.count === 1 ? "" : "s"}`;
  else if (isPaginationError(error)) kind = `PaginationError ${error.reason}`;
  else if (error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === "string")
    // The system's refusals (ENOSPC, EACCES, EISDIR…) while writing the customer's file: a system error names its
    // syscall; Node's own errors with a code (ERR_STREAM_PREMATURE_CLOSE, ABORT_ERR) do not.
    kind = `WriteError ${(error as NodeJS.ErrnoException).code}`;
  else kind = error instanceof Error ? error.name : "Error";
  return `${kind}: ${message}`;
}
