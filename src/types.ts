// The only module of src/ that imports generated/: every public type is derived from the spec, never re-declared.
// Each schema is a named declaration there, documented with the spec's description, and is re-exported as is (not
// re-aliased), so editors show these names in hovers and errors: `ActivityLog`, `ScenarioExecutionLog`, `VaultPath`.
import type { operations } from "../generated/compilot-activity-logs";

export type {
  ActivityLog,
  ActivityLogsResponse,
  ApiErrorBody,
  ApiErrorIssue,
  CredentialType,
  DisplayMode,
  KnownVaultPath,
  KycProviderEventLog,
  QueryResult,
  RuleAttribute,
  RuleData,
  RuleExecution,
  RuleOperator,
  RuleResult,
  RuleResultStatus,
  RuleTimeframe,
  RuleValue,
  ScenarioExecution,
  ScenarioExecutionLog,
  SpecialDataSetType,
  SynapsEvent,
  SynapsSessionEvent,
  SynapsStatus,
  SynapsStepEvent,
  SynapsStepMetadata,
  SynapsStepType,
  VaultMetadataLink,
  VaultPath,
  VaultSchemaName,
  VaultSchemaVersion,
  components,
  operations,
  paths,
} from "../generated/compilot-activity-logs";

/** Query parameters of `GET /customers/{customerId}/activity-logs`. */
export type ActivityLogsQuery = NonNullable<operations["getCustomerActivityLogs"]["parameters"]["query"]>;
