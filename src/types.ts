// The only module of src/ that imports generated/: every public type is derived from the spec, never re-declared.
import type { components, operations, paths } from "../generated/compilot-activity-logs";

export type { paths, components, operations };

type Schemas = components["schemas"];

/** One page of a customer's activity logs (`200` body of `GET /customers/{customerId}/activity-logs`). */
export type ActivityLogsResponse = Schemas["ActivityLogsResponse"];
/** One activity log: a KYC provider event or a scenario execution. */
export type ActivityLog = Schemas["ActivityLog"];
/** An event reported by the KYC provider (Synaps). */
export type KycProviderEventLog = Schemas["KycProviderEventLog"];
/** The result of running the customer through compliance scenarios. */
export type ScenarioExecutionLog = Schemas["ScenarioExecutionLog"];
/** A Synaps session event or step event. */
export type SynapsEvent = Schemas["SynapsEvent"];
/** A change of status of the whole Synaps session. */
export type SynapsSessionEvent = Schemas["SynapsSessionEvent"];
/** A change of status of one step of a Synaps session. */
export type SynapsStepEvent = Schemas["SynapsStepEvent"];
/** Where the customer did a Synaps step from. */
export type SynapsStepMetadata = Schemas["SynapsStepMetadata"];
/** Status of a Synaps session or step. */
export type SynapsStatus = Schemas["SynapsStatus"];
/** Kind of Synaps step. */
export type SynapsStepType = Schemas["SynapsStepType"];
/** One scenario's run: the rules it evaluated. */
export type ScenarioExecution = Schemas["ScenarioExecution"];
/** One rule's evaluation. */
export type RuleExecution = Schemas["RuleExecution"];
/** Wrapper of a rule's query result. */
export type RuleResult = Schemas["RuleResult"];
/** Whether the customer's data passed a rule. */
export type QueryResult = Schemas["QueryResult"];
/** A rule as configured: attribute, operator, value. */
export type RuleData = Schemas["RuleData"];
/** The compared attribute: a plain string or a vault link. */
export type RuleAttribute = Schemas["RuleAttribute"];
/** A pointer into the customer's vault. */
export type VaultMetadataLink = Schemas["VaultMetadataLink"];
/** Version of the vault's schema. */
export type VaultSchemaVersion = Schemas["VaultSchemaVersion"];
/** Vault schema a link points into. */
export type VaultSchemaName = Schemas["VaultSchemaName"];
/** Path inside a vault schema (one of the 253 the docs list). */
export type VaultPath = Schemas["VaultPath"];
/** The value a rule compares with. */
export type RuleValue = Schemas["RuleValue"];
/** Comparison operator of a rule. */
export type RuleOperator = Schemas["RuleOperator"];
/** Type of verifiable credential a rule reads. */
export type CredentialType = Schemas["CredentialType"];
/** Outcome of a rule, a scenario or an execution. */
export type RuleResultStatus = Schemas["RuleResultStatus"];
/** The error body of every non-2xx response. */
export type ApiErrorBody = Schemas["ApiErrorBody"];
/** One validation issue of an error body. */
export type ApiErrorIssue = Schemas["ApiErrorIssue"];
/** Query parameters of `GET /customers/{customerId}/activity-logs`. */
export type ActivityLogsQuery = NonNullable<operations["getCustomerActivityLogs"]["parameters"]["query"]>;
