// The only module of src/ that imports generated/: every public type is derived from the spec, never re-declared.
// Each schema is a named declaration there, documented with the spec's description, and is re-exported as is (not
// re-aliased), so editors show these names in hovers and errors: `ActivityLog`, `ScenarioExecutionLog`, `VaultPath`.
import type { operations } from "../../generated/compilot-activity-logs";

// Everything the generated file declares, passed through; which of it is public is src/index.ts's list, and only there.
export type * from "../../generated/compilot-activity-logs";

/** Query parameters of `GET /customers/{customerId}/activity-logs`. */
export type ActivityLogsQuery = NonNullable<operations["getCustomerActivityLogs"]["parameters"]["query"]>;
