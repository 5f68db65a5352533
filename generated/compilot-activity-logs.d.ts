// This file is generated, do not edit it by hand.
// Source: openapi/compilot-activity-logs.yaml. Change the spec or scripts/, then run `npm run generate`.

export interface paths {
  "/customers/{customerId}/activity-logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get customer activity logs
     * @description Get customer activity logs.
     */
    get: operations["getCustomerActivityLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ActivityLogsResponse: ActivityLogsResponse;
    ActivityLog: ActivityLog;
    KycProviderEventLog: KycProviderEventLog;
    SynapsEvent: SynapsEvent;
    SynapsSessionEvent: SynapsSessionEvent;
    SynapsStepEvent: SynapsStepEvent;
    SynapsStepMetadata: SynapsStepMetadata;
    SynapsStatus: SynapsStatus;
    SynapsStepType: SynapsStepType;
    ScenarioExecutionLog: ScenarioExecutionLog;
    ScenarioExecution: ScenarioExecution;
    RuleExecution: RuleExecution;
    RuleResult: RuleResult;
    QueryResult: QueryResult;
    RuleData: RuleData;
    RuleAttribute: RuleAttribute;
    VaultMetadataLink: VaultMetadataLink;
    VaultSchemaVersion: VaultSchemaVersion;
    VaultSchemaName: VaultSchemaName;
    VaultPath: VaultPath;
    KnownVaultPath: KnownVaultPath;
    RuleValue: RuleValue;
    RuleOperator: RuleOperator;
    DisplayMode: DisplayMode;
    RuleTimeframe: RuleTimeframe;
    SpecialDataSetType: SpecialDataSetType;
    CredentialType: CredentialType;
    RuleResultStatus: RuleResultStatus;
    ApiErrorBody: ApiErrorBody;
    ApiErrorIssue: ApiErrorIssue;
  };
  responses: {
    /** @description Error response */
    error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": ApiErrorBody;
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
/** @description One page of a customer's activity logs. */
export interface ActivityLogsResponse {
  /** @description Number of activity logs the customer has in all (not the length of this page). */
  totalCount: number;
  /** @description The customer's id. */
  customerId: string;
  activityLogs: ActivityLog[];
}
/**
 * @description One activity log: a KYC provider event or a scenario execution (the docs' item-level "MOD1"/"MOD2").
 *     The variants have no discriminator field and overlap (a KYC item also fits ScenarioExecutionLog, whose
 *     `executions` is optional), hence `anyOf`; tell them apart by structure (`data.data`/`data.event` vs `data.executions`).
 */
export type ActivityLog = KycProviderEventLog | ScenarioExecutionLog;
/** @description An event reported by the KYC provider (Synaps) for the customer's session (docs "MOD1"). */
export interface KycProviderEventLog {
  data: {
    /** @description The provider's webhook identifiers (e.g. session and step ids); the docs list no member names. */
    data: {
      [key: string]: unknown;
    };
    /** @description The provider's event; absent or null when the log carries none. */
    event?: SynapsEvent | null;
  };
}
/** @description A Synaps session event or step event (the docs' "MOD1"/"MOD2" under `event`). */
export type SynapsEvent = SynapsSessionEvent | SynapsStepEvent;
/** @description A change of status of the whole Synaps session. */
export interface SynapsSessionEvent {
  status: SynapsStatus;
  alias: string;
  sandbox: boolean;
}
/** @description A change of status of one step of a Synaps session. */
export interface SynapsStepEvent {
  status: SynapsStatus;
  type: SynapsStepType;
  sandbox: boolean;
  metadata: SynapsStepMetadata;
}
/** @description Where the customer did the step from. */
export interface SynapsStepMetadata {
  ip: string;
  user_agent: string;
  platform: string;
  browser_name: string;
  browser_version: string;
  device: string;
  customer_language: string;
}
/**
 * @description Status of a Synaps session or step.
 * @enum {string}
 */
export type SynapsStatus =
  | "APPROVED"
  | "SUBMISSION_REQUIRED"
  | "RESUBMISSION_REQUIRED"
  | "REJECTED"
  | "PENDING_VERIFICATION";
/**
 * @description Kind of Synaps step.
 * @enum {string}
 */
export type SynapsStepType =
  | "ID_DOCUMENT"
  | "LIVENESS"
  | "PROOF_OF_ADDRESS"
  | "PHONE"
  | "EMAIL";
/** @description The result of running the customer through compliance scenarios (docs "MOD2"). */
export interface ScenarioExecutionLog {
  data: {
    /** @description One entry per scenario run; absent or null when none ran. */
    executions?: ScenarioExecution[] | null;
    /** @description Overall status of the execution. */
    execution_status?: RuleResultStatus;
  };
}
/** @description One scenario's run, with the rules it evaluated. */
export interface ScenarioExecution {
  rules: RuleExecution[];
  /** @description Id of the scenario that ran. */
  scenarioId?: string;
  /** @description Status of this scenario's run. */
  scenarioStatus?: RuleResultStatus;
}
/** @description One rule's evaluation. */
export interface RuleExecution {
  /** @description The rule engine's answer; null when the rule did not run. */
  result?: RuleResult | null;
  /** @description The rule as configured. */
  rule_data?: RuleData | null;
  /** @description Status of this rule. */
  status?: RuleResultStatus | null;
}
/** @description Wrapper of the query result. */
export interface RuleResult {
  /** @description The query result; null when there is none. */
  result?: QueryResult | null;
}
/** @description Whether the customer's data passed the rule, and why not. */
export interface QueryResult {
  is_valid?: boolean;
  reasons?: string[];
}
/**
 * @description A rule: which attribute of the customer's vault is compared, with which operator, against which value.
 *     The keys after `type` are not on the docs page; the vendor's `RuleResultQueryConfig` has them.
 */
export interface RuleData {
  /** @description Unique ID for the query */
  queryId?: string;
  /** @description Unique ID for the query */
  id?: string;
  /** @description Request ID for ZKPs */
  requestId?: number | null;
  attribute: RuleAttribute;
  /** @description The value the attribute is compared with; absent or null for operators that take none ($noop, $exists). */
  value?: RuleValue | null;
  operator: RuleOperator;
  /** @description Credential type the rule reads. */
  type?: CredentialType | null;
  /** @description A second compared attribute, as a plain string or as a vault link. */
  secondaryAttribute?: RuleAttribute | null;
  /** @description Whether a dataset rule compares an amount or a percentage. */
  displayMode?: DisplayMode | null;
  /** @description The period a rule aggregates over. */
  timeframe?: RuleTimeframe | null;
  /** @description Dataset column the rule reads (a "datasetc_…" id upstream; the prefix is not enforced here). */
  datasetColumnId?: string | null;
  /** @description Dataset column the compared values come from (a "datasetc_…" id upstream; the prefix is not enforced here). */
  sourceDatasetColumnId?: string | null;
  /** @description A built-in dataset the rule reads instead of a dataset column. */
  specialDataSetType?: SpecialDataSetType | null;
}
/** @description The compared attribute, as a plain string or as a link into the customer's vault (the docs' "MOD1"/"MOD2" under `attribute`). */
export type RuleAttribute = string | VaultMetadataLink;
/** @description A pointer into the customer's vault. */
export interface VaultMetadataLink {
  version: VaultSchemaVersion;
  schema: VaultSchemaName;
  path: VaultPath;
}
/**
 * @description Version of the vault's schema.
 * @enum {string}
 */
export type VaultSchemaVersion = "v1";
/**
 * @description Vault schema the link points into. The docs page's four values, then the two the vendor's schemas add
 *     (the vendor lists them as Customer, KycSession, Transaction, TfheKycSession, Tfhe, Web3Transaction).
 * @enum {string}
 */
export type VaultSchemaName =
  | "Customer"
  | "KycSession"
  | "Transaction"
  | "Tfhe"
  | "TfheKycSession"
  | "Web3Transaction";
/**
 * @description Path inside the vault schema: any string. Its known values (`KnownVaultPath`: the docs page's paths and the
 *     vendor's own generated ones) are kept so that generated types offer them for autocomplete; the vendor's schema
 *     is a plain string.
 */
export type VaultPath = KnownVaultPath | (string & {});
/**
 * @description The known vault paths: the docs page's (in the docs' order), then the vendor's own generated paths the page
 *     lacks (in the generator's order).
 * @enum {string}
 */
export type KnownVaultPath =
  | "Customer"
  | "Customer/identityData"
  | "Customer/identityData/age"
  | "Customer/identityData/nationality"
  | "Customer/identityData/residence"
  | "Customer/identityData/email"
  | "Customer/identityData/phone"
  | "Customer/kycStatus"
  | "Customer/kycStatus/allCheckStatus"
  | "Customer/kycStatus/selfieCheckStatus"
  | "Customer/kycStatus/idImageCheckStatus"
  | "Customer/kycStatus/idInformationCheckStatus"
  | "Customer/kycStatus/proofOfResidenceCheckStatus"
  | "Customer/amlScreening"
  | "Customer/amlScreening/amlHits"
  | "Customer/amlScreening/pepHits"
  | "Customer/amlScreening/sanctionsHits"
  | "Customer/amlScreening/adverseMediaHits"
  | "Customer/amlScreening/pepAttribute"
  | "Customer/amlScreening/sanctionsStatus"
  | "Customer/amlScreening/adverseMediaStatus"
  | "Customer/duplicates"
  | "Customer/duplicates/duplicateHits"
  | "Customer/duplicates/hasDuplicates"
  | "Customer/walletScreening"
  | "Customer/walletScreening/riskScore"
  | "Customer/fraudAnalytics"
  | "Customer/fraudAnalytics/ipCountry"
  | "Customer/fraudAnalytics/ipVpn"
  | "Customer/fraudAnalytics/ipScore"
  | "Customer/fraudAnalytics/emailScore"
  | "Customer/fraudAnalytics/phoneScore"
  | "KycSession"
  | "KycSession/vcs"
  | "KycSession/vcs/IDInformation"
  | "KycSession/vcs/IDInformation/v1"
  | "KycSession/vcs/IDInformation/v1/id"
  | "KycSession/vcs/IDInformation/v1/@context"
  | "KycSession/vcs/IDInformation/v1/type"
  | "KycSession/vcs/IDInformation/v1/expirationDate"
  | "KycSession/vcs/IDInformation/v1/issuanceDate"
  | "KycSession/vcs/IDInformation/v1/credentialSubject"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/id"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/journeyId"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/reviewAnswer"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectType"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectLabels"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/documentType"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/entryDate"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/entryTime"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/firstName"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/middleName"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/lastName"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/gender"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/age"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/citizenship"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/country"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/fullName"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/birthDate"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/countryOfBirth"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/stateOfBirth"
  | "KycSession/vcs/IDInformation/v1/credentialSubject/isSandbox"
  | "KycSession/vcs/IDInformation/v1/credentialStatus"
  | "KycSession/vcs/IDInformation/v1/credentialStatus/id"
  | "KycSession/vcs/IDInformation/v1/credentialStatus/type"
  | "KycSession/vcs/IDInformation/v1/credentialStatus/revocationNonce"
  | "KycSession/vcs/IDInformation/v1/issuer"
  | "KycSession/vcs/IDInformation/v1/credentialSchema"
  | "KycSession/vcs/IDInformation/v1/credentialSchema/id"
  | "KycSession/vcs/IDInformation/v1/credentialSchema/type"
  | "KycSession/vcs/IDInformation/v1/proof"
  | "KycSession/vcs/IDImage"
  | "KycSession/vcs/IDImage/v1"
  | "KycSession/vcs/IDImage/v1/id"
  | "KycSession/vcs/IDImage/v1/@context"
  | "KycSession/vcs/IDImage/v1/type"
  | "KycSession/vcs/IDImage/v1/expirationDate"
  | "KycSession/vcs/IDImage/v1/issuanceDate"
  | "KycSession/vcs/IDImage/v1/credentialSubject"
  | "KycSession/vcs/IDImage/v1/credentialSubject/id"
  | "KycSession/vcs/IDImage/v1/credentialSubject/journeyId"
  | "KycSession/vcs/IDImage/v1/credentialSubject/base64_front"
  | "KycSession/vcs/IDImage/v1/credentialSubject/base64_back"
  | "KycSession/vcs/IDImage/v1/credentialSubject/name"
  | "KycSession/vcs/IDImage/v1/credentialSubject/documentType"
  | "KycSession/vcs/IDImage/v1/credentialSubject/entryDate"
  | "KycSession/vcs/IDImage/v1/credentialSubject/entryTime"
  | "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_front"
  | "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_back"
  | "KycSession/vcs/IDImage/v1/credentialSubject/reviewAnswer"
  | "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectType"
  | "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectLabels"
  | "KycSession/vcs/IDImage/v1/credentialSubject/isSandbox"
  | "KycSession/vcs/IDImage/v1/credentialStatus"
  | "KycSession/vcs/IDImage/v1/credentialStatus/id"
  | "KycSession/vcs/IDImage/v1/credentialStatus/type"
  | "KycSession/vcs/IDImage/v1/credentialStatus/revocationNonce"
  | "KycSession/vcs/IDImage/v1/issuer"
  | "KycSession/vcs/IDImage/v1/credentialSchema"
  | "KycSession/vcs/IDImage/v1/credentialSchema/id"
  | "KycSession/vcs/IDImage/v1/credentialSchema/type"
  | "KycSession/vcs/IDImage/v1/proof"
  | "KycSession/vcs/SelfieImage"
  | "KycSession/vcs/SelfieImage/v1"
  | "KycSession/vcs/SelfieImage/v1/id"
  | "KycSession/vcs/SelfieImage/v1/@context"
  | "KycSession/vcs/SelfieImage/v1/type"
  | "KycSession/vcs/SelfieImage/v1/expirationDate"
  | "KycSession/vcs/SelfieImage/v1/issuanceDate"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject/id"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject/journeyId"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject/base64"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject/name"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject/mediaType"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject/entryDate"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject/entryTime"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewAnswer"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectType"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectLabels"
  | "KycSession/vcs/SelfieImage/v1/credentialSubject/isSandbox"
  | "KycSession/vcs/SelfieImage/v1/credentialStatus"
  | "KycSession/vcs/SelfieImage/v1/credentialStatus/id"
  | "KycSession/vcs/SelfieImage/v1/credentialStatus/type"
  | "KycSession/vcs/SelfieImage/v1/credentialStatus/revocationNonce"
  | "KycSession/vcs/SelfieImage/v1/issuer"
  | "KycSession/vcs/SelfieImage/v1/credentialSchema"
  | "KycSession/vcs/SelfieImage/v1/credentialSchema/id"
  | "KycSession/vcs/SelfieImage/v1/credentialSchema/type"
  | "KycSession/vcs/SelfieImage/v1/proof"
  | "KycSession/vcs/ProofOfResidence"
  | "KycSession/vcs/ProofOfResidence/v1"
  | "KycSession/vcs/ProofOfResidence/v1/id"
  | "KycSession/vcs/ProofOfResidence/v1/@context"
  | "KycSession/vcs/ProofOfResidence/v1/type"
  | "KycSession/vcs/ProofOfResidence/v1/expirationDate"
  | "KycSession/vcs/ProofOfResidence/v1/issuanceDate"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/id"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/journeyId"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/country"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/base64"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/name"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/documentType"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryDate"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryTime"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/mediaType"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/county"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/city"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/streetName"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/postalCode"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSubject/isSandbox"
  | "KycSession/vcs/ProofOfResidence/v1/credentialStatus"
  | "KycSession/vcs/ProofOfResidence/v1/credentialStatus/id"
  | "KycSession/vcs/ProofOfResidence/v1/credentialStatus/type"
  | "KycSession/vcs/ProofOfResidence/v1/credentialStatus/revocationNonce"
  | "KycSession/vcs/ProofOfResidence/v1/issuer"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSchema"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSchema/id"
  | "KycSession/vcs/ProofOfResidence/v1/credentialSchema/type"
  | "KycSession/vcs/ProofOfResidence/v1/proof"
  | "Transaction"
  | "Transaction/amount"
  | "Transaction/amount/USD"
  | "Transaction/amount/EUR"
  | "Transaction/amount/GBP"
  | "Transaction/event"
  | "Transaction/event/transactionDate"
  | "Transaction/event/amount"
  | "Transaction/event/riskScore"
  | "Transaction/event/riskLevel"
  | "Transaction/event/type"
  | "Transaction/event/assets"
  | "Transaction/originator"
  | "Transaction/originator/countryOfResidence"
  | "Transaction/originator/nationality"
  | "Transaction/originator/riskScore"
  | "Transaction/originator/riskLevel"
  | "Transaction/originator/type"
  | "Transaction/originator/address"
  | "Transaction/beneficiary"
  | "Transaction/beneficiary/countryOfResidence"
  | "Transaction/beneficiary/nationality"
  | "Transaction/beneficiary/riskScore"
  | "Transaction/beneficiary/riskLevel"
  | "Transaction/beneficiary/type"
  | "Transaction/beneficiary/address"
  | "Transaction/transactionStats"
  | "Transaction/transactionStats/last1D"
  | "Transaction/transactionStats/last1D/count"
  | "Transaction/transactionStats/last1D/totalAmountUsd"
  | "Transaction/transactionStats/last1D/maxAmountUsd"
  | "Transaction/transactionStats/last7D"
  | "Transaction/transactionStats/last7D/count"
  | "Transaction/transactionStats/last7D/totalAmountUsd"
  | "Transaction/transactionStats/last7D/maxAmountUsd"
  | "Transaction/transactionStats/last14D"
  | "Transaction/transactionStats/last14D/count"
  | "Transaction/transactionStats/last14D/totalAmountUsd"
  | "Transaction/transactionStats/last14D/maxAmountUsd"
  | "Transaction/transactionStats/last30D"
  | "Transaction/transactionStats/last30D/count"
  | "Transaction/transactionStats/last30D/totalAmountUsd"
  | "Transaction/transactionStats/last30D/maxAmountUsd"
  | "Transaction/transactionStats/yearToDate"
  | "Transaction/transactionStats/yearToDate/count"
  | "Transaction/transactionStats/yearToDate/totalAmountUsd"
  | "Transaction/transactionStats/yearToDate/maxAmountUsd"
  | "Transaction/transactionStats/monthToDate"
  | "Transaction/transactionStats/monthToDate/count"
  | "Transaction/transactionStats/monthToDate/totalAmountUsd"
  | "Transaction/transactionStats/monthToDate/maxAmountUsd"
  | "Tfhe"
  | "Tfhe/vcs"
  | "Tfhe/vcs/IDInformationTfhe"
  | "Tfhe/vcs/IDInformationTfhe/v1"
  | "Tfhe/vcs/IDInformationTfhe/v1/id"
  | "Tfhe/vcs/IDInformationTfhe/v1/@context"
  | "Tfhe/vcs/IDInformationTfhe/v1/type"
  | "Tfhe/vcs/IDInformationTfhe/v1/expirationDate"
  | "Tfhe/vcs/IDInformationTfhe/v1/issuanceDate"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/id"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/journeyId"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewAnswer"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectType"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectLabels"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/documentType"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryDate"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryTime"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/firstName"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/middleName"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/lastName"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/gender"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/age"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/citizenship"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/country"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/fullName"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/birthDate"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/countryOfBirth"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/stateOfBirth"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/isSandbox"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/id"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/type"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/revocationNonce"
  | "Tfhe/vcs/IDInformationTfhe/v1/issuer"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/id"
  | "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/type"
  | "Tfhe/vcs/IDInformationTfhe/v1/proof"
  | "Customer/kycStatus/flowDecisionCheckStatus"
  | "Customer/kycStatus/flowDecisionCheckRejectType"
  | "Customer/kycStatus/selfieCheckRejectType"
  | "Customer/kycStatus/idInformationRejectType"
  | "Customer/amlScreening/amlResults"
  | "Customer/duplicates/detectedDuplicates"
  | "Customer/walletScreening/riskLevel"
  | "Customer/walletScreening/firstActive"
  | "Customer/walletScreening/lastActive"
  | "Customer/walletScreening/lastScreened"
  | "Customer/walletScreening/entities"
  | "Customer/walletScreening/entities/name"
  | "Customer/walletScreening/entities/entityType"
  | "Customer/walletScreening/blockchainsActive"
  | "Customer/walletScreening/countries"
  | "Customer/walletScreening/relatedCountries"
  | "Customer/walletScreening/relatedEntities"
  | "Customer/walletScreening/relatedEntities/name"
  | "Customer/walletScreening/relatedEntities/entityType"
  | "Customer/companyIdentity"
  | "Customer/companyIdentity/companyName"
  | "Customer/companyIdentity/registrationNumber"
  | "Customer/companyIdentity/country"
  | "Customer/companyIdentity/legalAddress"
  | "Customer/companyIdentity/incorporatedOn"
  | "Customer/companyIdentity/type"
  | "Customer/companyIdentity/email"
  | "Customer/companyIdentity/phone"
  | "Customer/companyIdentity/controlScheme"
  | "Customer/companyIdentity/taxId"
  | "Customer/companyIdentity/registrationLocation"
  | "Customer/companyIdentity/website"
  | "Customer/companyIdentity/postalAddress"
  | "Customer/attributes"
  | "Customer/attributes/status"
  | "Customer/attributes/riskLevel"
  | "Customer/attributes/onboarding"
  | "Customer/attributes/customerType"
  | "Customer/attributes/tags"
  | "Customer/distinctWithdrawalWalletAddresses30d"
  | "Customer/distinctIpAddresses1h"
  | "Transaction/event/direction"
  | "Transaction/customer"
  | "Transaction/customer/status"
  | "Transaction/customer/riskLevel"
  | "Transaction/customer/onboarding"
  | "Transaction/customer/customerType"
  | "Transaction/customer/tags"
  | "Transaction/customer/countryOfResidence"
  | "Transaction/customer/distinctWithdrawalWalletAddresses30d"
  | "Transaction/customer/distinctIpAddresses1h"
  | "Transaction/counterparty"
  | "Transaction/counterparty/countryOfResidence"
  | "Transaction/amlScreening"
  | "Transaction/amlScreening/amlResults"
  | "Transaction/counterpartyAmlScreening"
  | "Transaction/counterpartyAmlScreening/amlResults"
  | "Transaction/walletScreening"
  | "Transaction/walletScreening/riskLevel"
  | "Transaction/walletScreening/riskScore"
  | "Transaction/walletScreening/firstActive"
  | "Transaction/walletScreening/lastActive"
  | "Transaction/walletScreening/lastScreened"
  | "Transaction/walletScreening/entities"
  | "Transaction/walletScreening/entities/name"
  | "Transaction/walletScreening/entities/entityType"
  | "Transaction/walletScreening/blockchainsActive"
  | "Transaction/walletScreening/countries"
  | "Transaction/walletScreening/relatedCountries"
  | "Transaction/walletScreening/relatedEntities"
  | "Transaction/walletScreening/relatedEntities/name"
  | "Transaction/walletScreening/relatedEntities/entityType"
  | "Transaction/counterpartyWalletScreening"
  | "Transaction/counterpartyWalletScreening/riskLevel"
  | "Transaction/counterpartyWalletScreening/riskScore"
  | "Transaction/counterpartyWalletScreening/firstActive"
  | "Transaction/counterpartyWalletScreening/lastActive"
  | "Transaction/counterpartyWalletScreening/lastScreened"
  | "Transaction/counterpartyWalletScreening/entities"
  | "Transaction/counterpartyWalletScreening/entities/name"
  | "Transaction/counterpartyWalletScreening/entities/entityType"
  | "Transaction/counterpartyWalletScreening/blockchainsActive"
  | "Transaction/counterpartyWalletScreening/countries"
  | "Transaction/counterpartyWalletScreening/relatedCountries"
  | "Transaction/counterpartyWalletScreening/relatedEntities"
  | "Transaction/counterpartyWalletScreening/relatedEntities/name"
  | "Transaction/counterpartyWalletScreening/relatedEntities/entityType"
  | "Transaction/transactionScreening"
  | "Transaction/transactionScreening/riskLevel"
  | "Transaction/transactionScreening/riskScore"
  | "Transaction/transactionScreening/firstActive"
  | "Transaction/transactionScreening/lastActive"
  | "Transaction/transactionScreening/lastScreened"
  | "Transaction/transactionScreening/entities"
  | "Transaction/transactionScreening/entities/name"
  | "Transaction/transactionScreening/entities/entityType"
  | "Transaction/transactionScreening/blockchainsActive"
  | "Transaction/transactionScreening/countries"
  | "Transaction/transactionScreening/relatedCountries"
  | "Transaction/transactionScreening/relatedEntities"
  | "Transaction/transactionScreening/relatedEntities/name"
  | "Transaction/transactionScreening/relatedEntities/entityType"
  | "Transaction/historicalAverages"
  | "Transaction/historicalAverages/amount"
  | "Transaction/historicalAverages/amount/USD"
  | "Transaction/historicalAverages/amount/EUR"
  | "Transaction/historicalAverages/amount/GBP"
  | "Transaction/historicalAverages/maa"
  | "Transaction/historicalAverages/maa/USD"
  | "Transaction/historicalAverages/maa/EUR"
  | "Transaction/historicalAverages/maa/GBP"
  | "Transaction/historicalAverages/maaExt"
  | "Transaction/historicalAverages/maaExt/USD"
  | "Transaction/historicalAverages/maaExt/EUR"
  | "Transaction/historicalAverages/maaExt/GBP"
  | "Transaction/historicalAverages/maaInt"
  | "Transaction/historicalAverages/maaInt/USD"
  | "Transaction/historicalAverages/maaInt/EUR"
  | "Transaction/historicalAverages/maaInt/GBP"
  | "Transaction/historicalAverages/gmaa"
  | "Transaction/historicalAverages/gmaa/USD"
  | "Transaction/historicalAverages/gmaa/EUR"
  | "Transaction/historicalAverages/gmaa/GBP"
  | "Transaction/historicalAverages/daaIn"
  | "Transaction/historicalAverages/daaIn/USD"
  | "Transaction/historicalAverages/daaIn/EUR"
  | "Transaction/historicalAverages/daaIn/GBP"
  | "Transaction/historicalAverages/average"
  | "Transaction/historicalAverages/average/USD"
  | "Transaction/historicalAverages/average/EUR"
  | "Transaction/historicalAverages/average/GBP"
  | "Transaction/historicalAverages/median"
  | "Transaction/historicalAverages/median/USD"
  | "Transaction/historicalAverages/median/EUR"
  | "Transaction/historicalAverages/median/GBP"
  | "Transaction/timeframed"
  | "Transaction/timeframed/inboundCount"
  | "Transaction/timeframed/inboundCount/daily"
  | "Transaction/timeframed/inboundCount/weekly"
  | "Transaction/timeframed/inboundCount/monthly"
  | "Transaction/timeframed/inboundCount/yearly"
  | "Transaction/timeframed/outboundCount"
  | "Transaction/timeframed/outboundCount/daily"
  | "Transaction/timeframed/outboundCount/weekly"
  | "Transaction/timeframed/outboundCount/monthly"
  | "Transaction/timeframed/outboundCount/yearly"
  | "Transaction/timeframed/exchangeCount"
  | "Transaction/timeframed/exchangeCount/daily"
  | "Transaction/timeframed/exchangeCount/weekly"
  | "Transaction/timeframed/exchangeCount/monthly"
  | "Transaction/timeframed/exchangeCount/yearly"
  | "Transaction/timeframed/inOutCount"
  | "Transaction/timeframed/inOutCount/daily"
  | "Transaction/timeframed/inOutCount/weekly"
  | "Transaction/timeframed/inOutCount/monthly"
  | "Transaction/timeframed/inOutCount/yearly"
  | "Transaction/timeframed/allDirectionCount"
  | "Transaction/timeframed/allDirectionCount/daily"
  | "Transaction/timeframed/allDirectionCount/weekly"
  | "Transaction/timeframed/allDirectionCount/monthly"
  | "Transaction/timeframed/allDirectionCount/yearly"
  | "TfheKycSession"
  | "TfheKycSession/vcs"
  | "TfheKycSession/vcs/IDInformationTfhe"
  | "TfheKycSession/vcs/IDInformationTfhe/v1"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/id"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/@context"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/type"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/expirationDate"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/issuanceDate"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/id"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/journeyId"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/reviewAnswer"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectType"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectLabels"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/documentType"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/entryDate"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/entryTime"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData/firstName"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData/middleName"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData/lastName"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData/gender"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData/age"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData/citizenship"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData/country"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData/fullName"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData/birthDate"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData/countryOfBirth"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/personalData/stateOfBirth"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSubject/isSandbox"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialStatus"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialStatus/id"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialStatus/type"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialStatus/revocationNonce"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/issuer"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSchema"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSchema/id"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/credentialSchema/type"
  | "TfheKycSession/vcs/IDInformationTfhe/v1/proof"
  | "Tfhe/encryptedData"
  | "Tfhe/descriptor"
  | "Web3Transaction"
  | "Web3Transaction/senderAddress"
  | "Web3Transaction/contractAddress"
  | "Web3Transaction/functionName"
  | "Web3Transaction/functionArgs"
  | "Web3Transaction/transactionRequestDate";
/**
 * @description The value a rule compares with (the docs' "MOD1".."MOD5" under `value`): a boolean, a string, a number,
 *     a list of strings or a list of numbers.
 */
export type RuleValue = boolean | string | number | string[] | number[];
/**
 * @description Comparison operator. The docs page's ten values, then the two the vendor's schemas add.
 * @enum {string}
 */
export type RuleOperator =
  | "$noop"
  | "$eq"
  | "$lt"
  | "$lte"
  | "$gt"
  | "$gte"
  | "$in"
  | "$nin"
  | "$ne"
  | "$exists"
  | "$has"
  | "$nhas";
/**
 * @description How a dataset rule's value reads.
 * @enum {string}
 */
export type DisplayMode = "amount" | "percentage";
/**
 * @description Period a rule aggregates over.
 * @enum {string}
 */
export type RuleTimeframe = "daily" | "weekly" | "monthly" | "yearly";
/**
 * @description A built-in dataset.
 * @enum {string}
 */
export type SpecialDataSetType = "ACTIVE_USERS_ADDRESSES";
/**
 * @description Type of verifiable credential a rule reads.
 * @enum {string}
 */
export type CredentialType =
  | "IDInformation"
  | "IDInformationTfhe"
  | "SelfieImage"
  | "IDImage"
  | "ProofOfResidence"
  | "AMLScreeningsResults"
  | "ID3"
  | "IDScan"
  | "IDScanSelfie"
  | "IDScanPassport";
/**
 * @description Outcome of a rule, a scenario or an execution. The docs page's four values, then `skipped`, which the vendor's schemas add.
 * @enum {string}
 */
export type RuleResultStatus =
  | "valid"
  | "not-valid"
  | "error"
  | "unknown"
  | "skipped";
/** @description The error body of every non-2xx response (trpc-openapi's error shape). */
export interface ApiErrorBody {
  /** @description Human-readable message, e.g. "Input validation failed" or "Not found". */
  message: string;
  /** @description The tRPC error code, e.g. BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, INTERNAL_SERVER_ERROR. */
  code: string;
  /** @description Input validation issues (present on validation errors only). */
  issues?: ApiErrorIssue[];
}
/** @description One validation issue; zod issues carry more keys (code, path, expected, received, ...). */
export type ApiErrorIssue = {
  message: string;
} & {
  [key: string]: unknown;
};
export type $defs = Record<string, never>;
export interface operations {
  getCustomerActivityLogs: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        currentPage?: number;
        /** @description Page size. */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The customer's id (a UUID upstream; not enforced here). */
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Successful response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": ActivityLogsResponse;
        };
      };
      400: components["responses"]["error"];
      401: components["responses"]["error"];
      403: components["responses"]["error"];
      404: components["responses"]["error"];
      500: components["responses"]["error"];
      default: components["responses"]["error"];
    };
  };
}
