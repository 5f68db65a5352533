// This file is generated, do not edit it by hand.
// Source: openapi/compilot-activity-logs.yaml. Change the spec or scripts/, then run `npm run generate`.

"use strict";
export const validateActivityLogsResponse = validate20;
const schema31 = {
  $id: "fast-ActivityLogsResponse",
  type: "object",
  required: ["totalCount", "customerId", "activityLogs"],
  properties: {
    totalCount: { type: "integer", minimum: 0 },
    customerId: { type: "string" },
    activityLogs: {
      type: "array",
      items: {
        if: {
          required: ["data"],
          properties: {
            data: { anyOf: [{ required: ["data"] }, { required: ["event"] }] },
          },
        },
        then: {
          type: "object",
          required: ["data"],
          properties: {
            data: {
              type: "object",
              required: ["data"],
              properties: {
                data: { type: "object", additionalProperties: true },
                event: {
                  anyOf: [
                    {
                      required: ["status", "alias", "sandbox"],
                      properties: {
                        status: {
                          type: "string",
                          enum: [
                            "APPROVED",
                            "SUBMISSION_REQUIRED",
                            "RESUBMISSION_REQUIRED",
                            "REJECTED",
                            "PENDING_VERIFICATION",
                          ],
                        },
                        alias: { type: "string" },
                        sandbox: { type: "boolean" },
                      },
                      type: ["object", "null"],
                    },
                    {
                      type: "object",
                      required: ["status", "type", "sandbox", "metadata"],
                      properties: {
                        status: {
                          type: "string",
                          enum: [
                            "APPROVED",
                            "SUBMISSION_REQUIRED",
                            "RESUBMISSION_REQUIRED",
                            "REJECTED",
                            "PENDING_VERIFICATION",
                          ],
                        },
                        type: {
                          type: "string",
                          enum: [
                            "ID_DOCUMENT",
                            "LIVENESS",
                            "PROOF_OF_ADDRESS",
                            "PHONE",
                            "EMAIL",
                          ],
                        },
                        sandbox: { type: "boolean" },
                        metadata: {
                          type: "object",
                          required: [
                            "ip",
                            "user_agent",
                            "platform",
                            "browser_name",
                            "browser_version",
                            "device",
                            "customer_language",
                          ],
                          properties: {
                            ip: { type: "string" },
                            user_agent: { type: "string" },
                            platform: { type: "string" },
                            browser_name: { type: "string" },
                            browser_version: { type: "string" },
                            device: { type: "string" },
                            customer_language: { type: "string" },
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
        },
        else: {
          type: "object",
          required: ["data"],
          properties: {
            data: {
              type: "object",
              properties: {
                executions: {
                  type: ["array", "null"],
                  items: {
                    type: "object",
                    required: ["rules"],
                    properties: {
                      rules: {
                        type: "array",
                        items: {
                          type: "object",
                          properties: {
                            result: {
                              properties: {
                                result: {
                                  properties: {
                                    is_valid: { type: "boolean" },
                                    reasons: {
                                      type: "array",
                                      items: { type: "string" },
                                    },
                                  },
                                  type: ["object", "null"],
                                },
                              },
                              type: ["object", "null"],
                            },
                            rule_data: {
                              required: ["attribute", "operator"],
                              properties: {
                                queryId: { type: "string" },
                                id: { type: "string" },
                                requestId: { type: ["number", "null"] },
                                attribute: {
                                  required: ["version", "schema", "path"],
                                  properties: {
                                    version: { type: "string", enum: ["v1"] },
                                    schema: {
                                      type: "string",
                                      enum: [
                                        "Customer",
                                        "KycSession",
                                        "Transaction",
                                        "Tfhe",
                                      ],
                                    },
                                    path: {
                                      type: "string",
                                      "x-stringSet": [
                                        "Customer",
                                        "Customer/identityData",
                                        "Customer/identityData/age",
                                        "Customer/identityData/nationality",
                                        "Customer/identityData/residence",
                                        "Customer/identityData/email",
                                        "Customer/identityData/phone",
                                        "Customer/kycStatus",
                                        "Customer/kycStatus/allCheckStatus",
                                        "Customer/kycStatus/selfieCheckStatus",
                                        "Customer/kycStatus/idImageCheckStatus",
                                        "Customer/kycStatus/idInformationCheckStatus",
                                        "Customer/kycStatus/proofOfResidenceCheckStatus",
                                        "Customer/amlScreening",
                                        "Customer/amlScreening/amlHits",
                                        "Customer/amlScreening/pepHits",
                                        "Customer/amlScreening/sanctionsHits",
                                        "Customer/amlScreening/adverseMediaHits",
                                        "Customer/amlScreening/pepAttribute",
                                        "Customer/amlScreening/sanctionsStatus",
                                        "Customer/amlScreening/adverseMediaStatus",
                                        "Customer/duplicates",
                                        "Customer/duplicates/duplicateHits",
                                        "Customer/duplicates/hasDuplicates",
                                        "Customer/walletScreening",
                                        "Customer/walletScreening/riskScore",
                                        "Customer/fraudAnalytics",
                                        "Customer/fraudAnalytics/ipCountry",
                                        "Customer/fraudAnalytics/ipVpn",
                                        "Customer/fraudAnalytics/ipScore",
                                        "Customer/fraudAnalytics/emailScore",
                                        "Customer/fraudAnalytics/phoneScore",
                                        "KycSession",
                                        "KycSession/vcs",
                                        "KycSession/vcs/IDInformation",
                                        "KycSession/vcs/IDInformation/v1",
                                        "KycSession/vcs/IDInformation/v1/id",
                                        "KycSession/vcs/IDInformation/v1/@context",
                                        "KycSession/vcs/IDInformation/v1/type",
                                        "KycSession/vcs/IDInformation/v1/expirationDate",
                                        "KycSession/vcs/IDInformation/v1/issuanceDate",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/id",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/journeyId",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/reviewAnswer",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectType",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectLabels",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/documentType",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/entryDate",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/entryTime",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/firstName",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/middleName",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/lastName",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/gender",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/age",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/citizenship",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/country",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/fullName",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/birthDate",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/countryOfBirth",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/stateOfBirth",
                                        "KycSession/vcs/IDInformation/v1/credentialSubject/isSandbox",
                                        "KycSession/vcs/IDInformation/v1/credentialStatus",
                                        "KycSession/vcs/IDInformation/v1/credentialStatus/id",
                                        "KycSession/vcs/IDInformation/v1/credentialStatus/type",
                                        "KycSession/vcs/IDInformation/v1/credentialStatus/revocationNonce",
                                        "KycSession/vcs/IDInformation/v1/issuer",
                                        "KycSession/vcs/IDInformation/v1/credentialSchema",
                                        "KycSession/vcs/IDInformation/v1/credentialSchema/id",
                                        "KycSession/vcs/IDInformation/v1/credentialSchema/type",
                                        "KycSession/vcs/IDInformation/v1/proof",
                                        "KycSession/vcs/IDImage",
                                        "KycSession/vcs/IDImage/v1",
                                        "KycSession/vcs/IDImage/v1/id",
                                        "KycSession/vcs/IDImage/v1/@context",
                                        "KycSession/vcs/IDImage/v1/type",
                                        "KycSession/vcs/IDImage/v1/expirationDate",
                                        "KycSession/vcs/IDImage/v1/issuanceDate",
                                        "KycSession/vcs/IDImage/v1/credentialSubject",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/id",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/journeyId",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/base64_front",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/base64_back",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/name",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/documentType",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/entryDate",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/entryTime",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_front",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_back",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/reviewAnswer",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectType",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectLabels",
                                        "KycSession/vcs/IDImage/v1/credentialSubject/isSandbox",
                                        "KycSession/vcs/IDImage/v1/credentialStatus",
                                        "KycSession/vcs/IDImage/v1/credentialStatus/id",
                                        "KycSession/vcs/IDImage/v1/credentialStatus/type",
                                        "KycSession/vcs/IDImage/v1/credentialStatus/revocationNonce",
                                        "KycSession/vcs/IDImage/v1/issuer",
                                        "KycSession/vcs/IDImage/v1/credentialSchema",
                                        "KycSession/vcs/IDImage/v1/credentialSchema/id",
                                        "KycSession/vcs/IDImage/v1/credentialSchema/type",
                                        "KycSession/vcs/IDImage/v1/proof",
                                        "KycSession/vcs/SelfieImage",
                                        "KycSession/vcs/SelfieImage/v1",
                                        "KycSession/vcs/SelfieImage/v1/id",
                                        "KycSession/vcs/SelfieImage/v1/@context",
                                        "KycSession/vcs/SelfieImage/v1/type",
                                        "KycSession/vcs/SelfieImage/v1/expirationDate",
                                        "KycSession/vcs/SelfieImage/v1/issuanceDate",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject/id",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject/journeyId",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject/base64",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject/name",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject/mediaType",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject/entryDate",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject/entryTime",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewAnswer",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectType",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectLabels",
                                        "KycSession/vcs/SelfieImage/v1/credentialSubject/isSandbox",
                                        "KycSession/vcs/SelfieImage/v1/credentialStatus",
                                        "KycSession/vcs/SelfieImage/v1/credentialStatus/id",
                                        "KycSession/vcs/SelfieImage/v1/credentialStatus/type",
                                        "KycSession/vcs/SelfieImage/v1/credentialStatus/revocationNonce",
                                        "KycSession/vcs/SelfieImage/v1/issuer",
                                        "KycSession/vcs/SelfieImage/v1/credentialSchema",
                                        "KycSession/vcs/SelfieImage/v1/credentialSchema/id",
                                        "KycSession/vcs/SelfieImage/v1/credentialSchema/type",
                                        "KycSession/vcs/SelfieImage/v1/proof",
                                        "KycSession/vcs/ProofOfResidence",
                                        "KycSession/vcs/ProofOfResidence/v1",
                                        "KycSession/vcs/ProofOfResidence/v1/id",
                                        "KycSession/vcs/ProofOfResidence/v1/@context",
                                        "KycSession/vcs/ProofOfResidence/v1/type",
                                        "KycSession/vcs/ProofOfResidence/v1/expirationDate",
                                        "KycSession/vcs/ProofOfResidence/v1/issuanceDate",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/id",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/journeyId",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/country",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/base64",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/name",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/documentType",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryDate",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryTime",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/mediaType",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/county",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/city",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/streetName",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/postalCode",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSubject/isSandbox",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialStatus",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialStatus/id",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialStatus/type",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialStatus/revocationNonce",
                                        "KycSession/vcs/ProofOfResidence/v1/issuer",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSchema",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSchema/id",
                                        "KycSession/vcs/ProofOfResidence/v1/credentialSchema/type",
                                        "KycSession/vcs/ProofOfResidence/v1/proof",
                                        "Transaction",
                                        "Transaction/amount",
                                        "Transaction/amount/USD",
                                        "Transaction/amount/EUR",
                                        "Transaction/amount/GBP",
                                        "Transaction/event",
                                        "Transaction/event/transactionDate",
                                        "Transaction/event/amount",
                                        "Transaction/event/riskScore",
                                        "Transaction/event/riskLevel",
                                        "Transaction/event/type",
                                        "Transaction/event/assets",
                                        "Transaction/originator",
                                        "Transaction/originator/countryOfResidence",
                                        "Transaction/originator/nationality",
                                        "Transaction/originator/riskScore",
                                        "Transaction/originator/riskLevel",
                                        "Transaction/originator/type",
                                        "Transaction/originator/address",
                                        "Transaction/beneficiary",
                                        "Transaction/beneficiary/countryOfResidence",
                                        "Transaction/beneficiary/nationality",
                                        "Transaction/beneficiary/riskScore",
                                        "Transaction/beneficiary/riskLevel",
                                        "Transaction/beneficiary/type",
                                        "Transaction/beneficiary/address",
                                        "Transaction/transactionStats",
                                        "Transaction/transactionStats/last1D",
                                        "Transaction/transactionStats/last1D/count",
                                        "Transaction/transactionStats/last1D/totalAmountUsd",
                                        "Transaction/transactionStats/last1D/maxAmountUsd",
                                        "Transaction/transactionStats/last7D",
                                        "Transaction/transactionStats/last7D/count",
                                        "Transaction/transactionStats/last7D/totalAmountUsd",
                                        "Transaction/transactionStats/last7D/maxAmountUsd",
                                        "Transaction/transactionStats/last14D",
                                        "Transaction/transactionStats/last14D/count",
                                        "Transaction/transactionStats/last14D/totalAmountUsd",
                                        "Transaction/transactionStats/last14D/maxAmountUsd",
                                        "Transaction/transactionStats/last30D",
                                        "Transaction/transactionStats/last30D/count",
                                        "Transaction/transactionStats/last30D/totalAmountUsd",
                                        "Transaction/transactionStats/last30D/maxAmountUsd",
                                        "Transaction/transactionStats/yearToDate",
                                        "Transaction/transactionStats/yearToDate/count",
                                        "Transaction/transactionStats/yearToDate/totalAmountUsd",
                                        "Transaction/transactionStats/yearToDate/maxAmountUsd",
                                        "Transaction/transactionStats/monthToDate",
                                        "Transaction/transactionStats/monthToDate/count",
                                        "Transaction/transactionStats/monthToDate/totalAmountUsd",
                                        "Transaction/transactionStats/monthToDate/maxAmountUsd",
                                        "Tfhe",
                                        "Tfhe/vcs",
                                        "Tfhe/vcs/IDInformationTfhe",
                                        "Tfhe/vcs/IDInformationTfhe/v1",
                                        "Tfhe/vcs/IDInformationTfhe/v1/id",
                                        "Tfhe/vcs/IDInformationTfhe/v1/@context",
                                        "Tfhe/vcs/IDInformationTfhe/v1/type",
                                        "Tfhe/vcs/IDInformationTfhe/v1/expirationDate",
                                        "Tfhe/vcs/IDInformationTfhe/v1/issuanceDate",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/id",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/journeyId",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewAnswer",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectType",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectLabels",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/documentType",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryDate",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryTime",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/firstName",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/middleName",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/lastName",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/gender",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/age",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/citizenship",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/country",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/fullName",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/birthDate",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/countryOfBirth",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/stateOfBirth",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/isSandbox",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/id",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/type",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/revocationNonce",
                                        "Tfhe/vcs/IDInformationTfhe/v1/issuer",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/id",
                                        "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/type",
                                        "Tfhe/vcs/IDInformationTfhe/v1/proof",
                                      ],
                                    },
                                  },
                                  type: ["string", "object"],
                                },
                                value: {
                                  anyOf: [
                                    {
                                      items: { type: "string" },
                                      type: [
                                        "boolean",
                                        "string",
                                        "number",
                                        "array",
                                        "null",
                                      ],
                                    },
                                    {
                                      type: "array",
                                      items: { type: "number" },
                                    },
                                  ],
                                },
                                operator: {
                                  type: "string",
                                  enum: [
                                    "$noop",
                                    "$eq",
                                    "$lt",
                                    "$lte",
                                    "$gt",
                                    "$gte",
                                    "$in",
                                    "$nin",
                                    "$ne",
                                    "$exists",
                                  ],
                                },
                                type: {
                                  type: ["string", "null"],
                                  enum: [
                                    "IDInformation",
                                    "IDInformationTfhe",
                                    "SelfieImage",
                                    "IDImage",
                                    "ProofOfResidence",
                                    "AMLScreeningsResults",
                                    "ID3",
                                    "IDScan",
                                    "IDScanSelfie",
                                    "IDScanPassport",
                                    null,
                                  ],
                                },
                              },
                              type: ["object", "null"],
                            },
                            status: {
                              type: ["string", "null"],
                              enum: [
                                "valid",
                                "not-valid",
                                "error",
                                "unknown",
                                null,
                              ],
                            },
                          },
                        },
                      },
                      scenarioId: { type: "string" },
                      scenarioStatus: {
                        type: "string",
                        enum: ["valid", "not-valid", "error", "unknown"],
                      },
                    },
                  },
                },
                execution_status: {
                  type: "string",
                  enum: ["valid", "not-valid", "error", "unknown"],
                },
              },
            },
          },
        },
      },
    },
  },
};
const obj0 = new Set([
  "Customer",
  "Customer/identityData",
  "Customer/identityData/age",
  "Customer/identityData/nationality",
  "Customer/identityData/residence",
  "Customer/identityData/email",
  "Customer/identityData/phone",
  "Customer/kycStatus",
  "Customer/kycStatus/allCheckStatus",
  "Customer/kycStatus/selfieCheckStatus",
  "Customer/kycStatus/idImageCheckStatus",
  "Customer/kycStatus/idInformationCheckStatus",
  "Customer/kycStatus/proofOfResidenceCheckStatus",
  "Customer/amlScreening",
  "Customer/amlScreening/amlHits",
  "Customer/amlScreening/pepHits",
  "Customer/amlScreening/sanctionsHits",
  "Customer/amlScreening/adverseMediaHits",
  "Customer/amlScreening/pepAttribute",
  "Customer/amlScreening/sanctionsStatus",
  "Customer/amlScreening/adverseMediaStatus",
  "Customer/duplicates",
  "Customer/duplicates/duplicateHits",
  "Customer/duplicates/hasDuplicates",
  "Customer/walletScreening",
  "Customer/walletScreening/riskScore",
  "Customer/fraudAnalytics",
  "Customer/fraudAnalytics/ipCountry",
  "Customer/fraudAnalytics/ipVpn",
  "Customer/fraudAnalytics/ipScore",
  "Customer/fraudAnalytics/emailScore",
  "Customer/fraudAnalytics/phoneScore",
  "KycSession",
  "KycSession/vcs",
  "KycSession/vcs/IDInformation",
  "KycSession/vcs/IDInformation/v1",
  "KycSession/vcs/IDInformation/v1/id",
  "KycSession/vcs/IDInformation/v1/@context",
  "KycSession/vcs/IDInformation/v1/type",
  "KycSession/vcs/IDInformation/v1/expirationDate",
  "KycSession/vcs/IDInformation/v1/issuanceDate",
  "KycSession/vcs/IDInformation/v1/credentialSubject",
  "KycSession/vcs/IDInformation/v1/credentialSubject/id",
  "KycSession/vcs/IDInformation/v1/credentialSubject/journeyId",
  "KycSession/vcs/IDInformation/v1/credentialSubject/reviewAnswer",
  "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectType",
  "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectLabels",
  "KycSession/vcs/IDInformation/v1/credentialSubject/documentType",
  "KycSession/vcs/IDInformation/v1/credentialSubject/entryDate",
  "KycSession/vcs/IDInformation/v1/credentialSubject/entryTime",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/firstName",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/middleName",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/lastName",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/gender",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/age",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/citizenship",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/country",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/fullName",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/birthDate",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/countryOfBirth",
  "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/stateOfBirth",
  "KycSession/vcs/IDInformation/v1/credentialSubject/isSandbox",
  "KycSession/vcs/IDInformation/v1/credentialStatus",
  "KycSession/vcs/IDInformation/v1/credentialStatus/id",
  "KycSession/vcs/IDInformation/v1/credentialStatus/type",
  "KycSession/vcs/IDInformation/v1/credentialStatus/revocationNonce",
  "KycSession/vcs/IDInformation/v1/issuer",
  "KycSession/vcs/IDInformation/v1/credentialSchema",
  "KycSession/vcs/IDInformation/v1/credentialSchema/id",
  "KycSession/vcs/IDInformation/v1/credentialSchema/type",
  "KycSession/vcs/IDInformation/v1/proof",
  "KycSession/vcs/IDImage",
  "KycSession/vcs/IDImage/v1",
  "KycSession/vcs/IDImage/v1/id",
  "KycSession/vcs/IDImage/v1/@context",
  "KycSession/vcs/IDImage/v1/type",
  "KycSession/vcs/IDImage/v1/expirationDate",
  "KycSession/vcs/IDImage/v1/issuanceDate",
  "KycSession/vcs/IDImage/v1/credentialSubject",
  "KycSession/vcs/IDImage/v1/credentialSubject/id",
  "KycSession/vcs/IDImage/v1/credentialSubject/journeyId",
  "KycSession/vcs/IDImage/v1/credentialSubject/base64_front",
  "KycSession/vcs/IDImage/v1/credentialSubject/base64_back",
  "KycSession/vcs/IDImage/v1/credentialSubject/name",
  "KycSession/vcs/IDImage/v1/credentialSubject/documentType",
  "KycSession/vcs/IDImage/v1/credentialSubject/entryDate",
  "KycSession/vcs/IDImage/v1/credentialSubject/entryTime",
  "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_front",
  "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_back",
  "KycSession/vcs/IDImage/v1/credentialSubject/reviewAnswer",
  "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectType",
  "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectLabels",
  "KycSession/vcs/IDImage/v1/credentialSubject/isSandbox",
  "KycSession/vcs/IDImage/v1/credentialStatus",
  "KycSession/vcs/IDImage/v1/credentialStatus/id",
  "KycSession/vcs/IDImage/v1/credentialStatus/type",
  "KycSession/vcs/IDImage/v1/credentialStatus/revocationNonce",
  "KycSession/vcs/IDImage/v1/issuer",
  "KycSession/vcs/IDImage/v1/credentialSchema",
  "KycSession/vcs/IDImage/v1/credentialSchema/id",
  "KycSession/vcs/IDImage/v1/credentialSchema/type",
  "KycSession/vcs/IDImage/v1/proof",
  "KycSession/vcs/SelfieImage",
  "KycSession/vcs/SelfieImage/v1",
  "KycSession/vcs/SelfieImage/v1/id",
  "KycSession/vcs/SelfieImage/v1/@context",
  "KycSession/vcs/SelfieImage/v1/type",
  "KycSession/vcs/SelfieImage/v1/expirationDate",
  "KycSession/vcs/SelfieImage/v1/issuanceDate",
  "KycSession/vcs/SelfieImage/v1/credentialSubject",
  "KycSession/vcs/SelfieImage/v1/credentialSubject/id",
  "KycSession/vcs/SelfieImage/v1/credentialSubject/journeyId",
  "KycSession/vcs/SelfieImage/v1/credentialSubject/base64",
  "KycSession/vcs/SelfieImage/v1/credentialSubject/name",
  "KycSession/vcs/SelfieImage/v1/credentialSubject/mediaType",
  "KycSession/vcs/SelfieImage/v1/credentialSubject/entryDate",
  "KycSession/vcs/SelfieImage/v1/credentialSubject/entryTime",
  "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewAnswer",
  "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectType",
  "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectLabels",
  "KycSession/vcs/SelfieImage/v1/credentialSubject/isSandbox",
  "KycSession/vcs/SelfieImage/v1/credentialStatus",
  "KycSession/vcs/SelfieImage/v1/credentialStatus/id",
  "KycSession/vcs/SelfieImage/v1/credentialStatus/type",
  "KycSession/vcs/SelfieImage/v1/credentialStatus/revocationNonce",
  "KycSession/vcs/SelfieImage/v1/issuer",
  "KycSession/vcs/SelfieImage/v1/credentialSchema",
  "KycSession/vcs/SelfieImage/v1/credentialSchema/id",
  "KycSession/vcs/SelfieImage/v1/credentialSchema/type",
  "KycSession/vcs/SelfieImage/v1/proof",
  "KycSession/vcs/ProofOfResidence",
  "KycSession/vcs/ProofOfResidence/v1",
  "KycSession/vcs/ProofOfResidence/v1/id",
  "KycSession/vcs/ProofOfResidence/v1/@context",
  "KycSession/vcs/ProofOfResidence/v1/type",
  "KycSession/vcs/ProofOfResidence/v1/expirationDate",
  "KycSession/vcs/ProofOfResidence/v1/issuanceDate",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/id",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/journeyId",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/country",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/base64",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/name",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/documentType",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryDate",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryTime",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/mediaType",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/county",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/city",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/streetName",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/postalCode",
  "KycSession/vcs/ProofOfResidence/v1/credentialSubject/isSandbox",
  "KycSession/vcs/ProofOfResidence/v1/credentialStatus",
  "KycSession/vcs/ProofOfResidence/v1/credentialStatus/id",
  "KycSession/vcs/ProofOfResidence/v1/credentialStatus/type",
  "KycSession/vcs/ProofOfResidence/v1/credentialStatus/revocationNonce",
  "KycSession/vcs/ProofOfResidence/v1/issuer",
  "KycSession/vcs/ProofOfResidence/v1/credentialSchema",
  "KycSession/vcs/ProofOfResidence/v1/credentialSchema/id",
  "KycSession/vcs/ProofOfResidence/v1/credentialSchema/type",
  "KycSession/vcs/ProofOfResidence/v1/proof",
  "Transaction",
  "Transaction/amount",
  "Transaction/amount/USD",
  "Transaction/amount/EUR",
  "Transaction/amount/GBP",
  "Transaction/event",
  "Transaction/event/transactionDate",
  "Transaction/event/amount",
  "Transaction/event/riskScore",
  "Transaction/event/riskLevel",
  "Transaction/event/type",
  "Transaction/event/assets",
  "Transaction/originator",
  "Transaction/originator/countryOfResidence",
  "Transaction/originator/nationality",
  "Transaction/originator/riskScore",
  "Transaction/originator/riskLevel",
  "Transaction/originator/type",
  "Transaction/originator/address",
  "Transaction/beneficiary",
  "Transaction/beneficiary/countryOfResidence",
  "Transaction/beneficiary/nationality",
  "Transaction/beneficiary/riskScore",
  "Transaction/beneficiary/riskLevel",
  "Transaction/beneficiary/type",
  "Transaction/beneficiary/address",
  "Transaction/transactionStats",
  "Transaction/transactionStats/last1D",
  "Transaction/transactionStats/last1D/count",
  "Transaction/transactionStats/last1D/totalAmountUsd",
  "Transaction/transactionStats/last1D/maxAmountUsd",
  "Transaction/transactionStats/last7D",
  "Transaction/transactionStats/last7D/count",
  "Transaction/transactionStats/last7D/totalAmountUsd",
  "Transaction/transactionStats/last7D/maxAmountUsd",
  "Transaction/transactionStats/last14D",
  "Transaction/transactionStats/last14D/count",
  "Transaction/transactionStats/last14D/totalAmountUsd",
  "Transaction/transactionStats/last14D/maxAmountUsd",
  "Transaction/transactionStats/last30D",
  "Transaction/transactionStats/last30D/count",
  "Transaction/transactionStats/last30D/totalAmountUsd",
  "Transaction/transactionStats/last30D/maxAmountUsd",
  "Transaction/transactionStats/yearToDate",
  "Transaction/transactionStats/yearToDate/count",
  "Transaction/transactionStats/yearToDate/totalAmountUsd",
  "Transaction/transactionStats/yearToDate/maxAmountUsd",
  "Transaction/transactionStats/monthToDate",
  "Transaction/transactionStats/monthToDate/count",
  "Transaction/transactionStats/monthToDate/totalAmountUsd",
  "Transaction/transactionStats/monthToDate/maxAmountUsd",
  "Tfhe",
  "Tfhe/vcs",
  "Tfhe/vcs/IDInformationTfhe",
  "Tfhe/vcs/IDInformationTfhe/v1",
  "Tfhe/vcs/IDInformationTfhe/v1/id",
  "Tfhe/vcs/IDInformationTfhe/v1/@context",
  "Tfhe/vcs/IDInformationTfhe/v1/type",
  "Tfhe/vcs/IDInformationTfhe/v1/expirationDate",
  "Tfhe/vcs/IDInformationTfhe/v1/issuanceDate",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/id",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/journeyId",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewAnswer",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectType",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectLabels",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/documentType",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryDate",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryTime",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/firstName",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/middleName",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/lastName",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/gender",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/age",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/citizenship",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/country",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/fullName",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/birthDate",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/countryOfBirth",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/stateOfBirth",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/isSandbox",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/id",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/type",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/revocationNonce",
  "Tfhe/vcs/IDInformationTfhe/v1/issuer",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/id",
  "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/type",
  "Tfhe/vcs/IDInformationTfhe/v1/proof",
]);
function validate20(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="fast-ActivityLogsResponse" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.totalCount === undefined && (missing0 = "totalCount")) ||
        (data.customerId === undefined && (missing0 = "customerId")) ||
        (data.activityLogs === undefined && (missing0 = "activityLogs"))
      ) {
        validate20.errors = [
          {
            instancePath,
            schemaPath: "#/required",
            keyword: "required",
            params: { missingProperty: missing0 },
          },
        ];
        return false;
      } else {
        if (data.totalCount !== undefined) {
          let data0 = data.totalCount;
          const _errs1 = errors;
          if (
            !(
              typeof data0 == "number" &&
              !(data0 % 1) &&
              !isNaN(data0) &&
              isFinite(data0)
            )
          ) {
            validate20.errors = [
              {
                instancePath: instancePath + "/totalCount",
                schemaPath: "#/properties/totalCount/type",
                keyword: "type",
                params: { type: "integer" },
              },
            ];
            return false;
          }
          if (errors === _errs1) {
            if (typeof data0 == "number" && isFinite(data0)) {
              if (data0 < 0 || isNaN(data0)) {
                validate20.errors = [
                  {
                    instancePath: instancePath + "/totalCount",
                    schemaPath: "#/properties/totalCount/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                  },
                ];
                return false;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.customerId !== undefined) {
            const _errs3 = errors;
            if (typeof data.customerId !== "string") {
              validate20.errors = [
                {
                  instancePath: instancePath + "/customerId",
                  schemaPath: "#/properties/customerId/type",
                  keyword: "type",
                  params: { type: "string" },
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.activityLogs !== undefined) {
              let data2 = data.activityLogs;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs7 = errors;
                    const _errs8 = errors;
                    let valid2 = true;
                    const _errs9 = errors;
                    if (
                      data3 &&
                      typeof data3 == "object" &&
                      !Array.isArray(data3)
                    ) {
                      let missing1;
                      if (data3.data === undefined && (missing1 = "data")) {
                        const err0 = {};
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      } else {
                        if (data3.data !== undefined) {
                          let data4 = data3.data;
                          const _errs11 = errors;
                          let valid4 = false;
                          const _errs12 = errors;
                          if (
                            data4 &&
                            typeof data4 == "object" &&
                            !Array.isArray(data4)
                          ) {
                            let missing2;
                            if (
                              data4.data === undefined &&
                              (missing2 = "data")
                            ) {
                              const err1 = {};
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                            }
                          }
                          var _valid1 = _errs12 === errors;
                          valid4 = valid4 || _valid1;
                          if (!valid4) {
                            const _errs13 = errors;
                            if (
                              data4 &&
                              typeof data4 == "object" &&
                              !Array.isArray(data4)
                            ) {
                              let missing3;
                              if (
                                data4.event === undefined &&
                                (missing3 = "event")
                              ) {
                                const err2 = {};
                                if (vErrors === null) {
                                  vErrors = [err2];
                                } else {
                                  vErrors.push(err2);
                                }
                                errors++;
                              }
                            }
                            var _valid1 = _errs13 === errors;
                            valid4 = valid4 || _valid1;
                          }
                          if (!valid4) {
                            const err3 = {};
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                          } else {
                            errors = _errs11;
                            if (vErrors !== null) {
                              if (_errs11) {
                                vErrors.length = _errs11;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                      }
                    }
                    var _valid0 = _errs9 === errors;
                    errors = _errs8;
                    if (vErrors !== null) {
                      if (_errs8) {
                        vErrors.length = _errs8;
                      } else {
                        vErrors = null;
                      }
                    }
                    let ifClause0;
                    if (_valid0) {
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (
                          data3 &&
                          typeof data3 == "object" &&
                          !Array.isArray(data3)
                        ) {
                          let missing4;
                          if (data3.data === undefined && (missing4 = "data")) {
                            validate20.errors = [
                              {
                                instancePath:
                                  instancePath + "/activityLogs/" + i0,
                                schemaPath:
                                  "#/properties/activityLogs/items/then/required",
                                keyword: "required",
                                params: { missingProperty: missing4 },
                              },
                            ];
                            return false;
                          } else {
                            if (data3.data !== undefined) {
                              let data5 = data3.data;
                              const _errs16 = errors;
                              if (errors === _errs16) {
                                if (
                                  data5 &&
                                  typeof data5 == "object" &&
                                  !Array.isArray(data5)
                                ) {
                                  let missing5;
                                  if (
                                    data5.data === undefined &&
                                    (missing5 = "data")
                                  ) {
                                    validate20.errors = [
                                      {
                                        instancePath:
                                          instancePath +
                                          "/activityLogs/" +
                                          i0 +
                                          "/data",
                                        schemaPath:
                                          "#/properties/activityLogs/items/then/properties/data/required",
                                        keyword: "required",
                                        params: { missingProperty: missing5 },
                                      },
                                    ];
                                    return false;
                                  } else {
                                    if (data5.data !== undefined) {
                                      let data6 = data5.data;
                                      const _errs18 = errors;
                                      if (errors === _errs18) {
                                        if (
                                          data6 &&
                                          typeof data6 == "object" &&
                                          !Array.isArray(data6)
                                        ) {
                                        } else {
                                          validate20.errors = [
                                            {
                                              instancePath:
                                                instancePath +
                                                "/activityLogs/" +
                                                i0 +
                                                "/data/data",
                                              schemaPath:
                                                "#/properties/activityLogs/items/then/properties/data/properties/data/type",
                                              keyword: "type",
                                              params: { type: "object" },
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid6 = _errs18 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data5.event !== undefined) {
                                        let data7 = data5.event;
                                        const _errs21 = errors;
                                        const _errs22 = errors;
                                        let valid7 = false;
                                        const _errs23 = errors;
                                        if (
                                          !(
                                            data7 &&
                                            typeof data7 == "object" &&
                                            !Array.isArray(data7)
                                          ) &&
                                          data7 !== null
                                        ) {
                                          const err4 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/event",
                                            schemaPath:
                                              "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/type",
                                            keyword: "type",
                                            params: {
                                              type: schema31.properties
                                                .activityLogs.items.then
                                                .properties.data.properties
                                                .event.anyOf[0].type,
                                            },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err4];
                                          } else {
                                            vErrors.push(err4);
                                          }
                                          errors++;
                                        }
                                        if (errors === _errs23) {
                                          if (
                                            data7 &&
                                            typeof data7 == "object" &&
                                            !Array.isArray(data7)
                                          ) {
                                            let missing6;
                                            if (
                                              (data7.status === undefined &&
                                                (missing6 = "status")) ||
                                              (data7.alias === undefined &&
                                                (missing6 = "alias")) ||
                                              (data7.sandbox === undefined &&
                                                (missing6 = "sandbox"))
                                            ) {
                                              const err5 = {
                                                instancePath:
                                                  instancePath +
                                                  "/activityLogs/" +
                                                  i0 +
                                                  "/data/event",
                                                schemaPath:
                                                  "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/required",
                                                keyword: "required",
                                                params: {
                                                  missingProperty: missing6,
                                                },
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err5];
                                              } else {
                                                vErrors.push(err5);
                                              }
                                              errors++;
                                            } else {
                                              if (data7.status !== undefined) {
                                                let data8 = data7.status;
                                                const _errs25 = errors;
                                                if (typeof data8 !== "string") {
                                                  const err6 = {
                                                    instancePath:
                                                      instancePath +
                                                      "/activityLogs/" +
                                                      i0 +
                                                      "/data/event/status",
                                                    schemaPath:
                                                      "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/properties/status/type",
                                                    keyword: "type",
                                                    params: { type: "string" },
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err6];
                                                  } else {
                                                    vErrors.push(err6);
                                                  }
                                                  errors++;
                                                }
                                                if (
                                                  !(
                                                    data8 === "APPROVED" ||
                                                    data8 ===
                                                      "SUBMISSION_REQUIRED" ||
                                                    data8 ===
                                                      "RESUBMISSION_REQUIRED" ||
                                                    data8 === "REJECTED" ||
                                                    data8 ===
                                                      "PENDING_VERIFICATION"
                                                  )
                                                ) {
                                                  const err7 = {
                                                    instancePath:
                                                      instancePath +
                                                      "/activityLogs/" +
                                                      i0 +
                                                      "/data/event/status",
                                                    schemaPath:
                                                      "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/properties/status/enum",
                                                    keyword: "enum",
                                                    params: {
                                                      allowedValues:
                                                        schema31.properties
                                                          .activityLogs.items
                                                          .then.properties.data
                                                          .properties.event
                                                          .anyOf[0].properties
                                                          .status.enum,
                                                    },
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err7];
                                                  } else {
                                                    vErrors.push(err7);
                                                  }
                                                  errors++;
                                                }
                                                var valid8 = _errs25 === errors;
                                              } else {
                                                var valid8 = true;
                                              }
                                              if (valid8) {
                                                if (data7.alias !== undefined) {
                                                  const _errs27 = errors;
                                                  if (
                                                    typeof data7.alias !==
                                                    "string"
                                                  ) {
                                                    const err8 = {
                                                      instancePath:
                                                        instancePath +
                                                        "/activityLogs/" +
                                                        i0 +
                                                        "/data/event/alias",
                                                      schemaPath:
                                                        "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/properties/alias/type",
                                                      keyword: "type",
                                                      params: {
                                                        type: "string",
                                                      },
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err8];
                                                    } else {
                                                      vErrors.push(err8);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid8 =
                                                    _errs27 === errors;
                                                } else {
                                                  var valid8 = true;
                                                }
                                                if (valid8) {
                                                  if (
                                                    data7.sandbox !== undefined
                                                  ) {
                                                    const _errs29 = errors;
                                                    if (
                                                      typeof data7.sandbox !==
                                                      "boolean"
                                                    ) {
                                                      const err9 = {
                                                        instancePath:
                                                          instancePath +
                                                          "/activityLogs/" +
                                                          i0 +
                                                          "/data/event/sandbox",
                                                        schemaPath:
                                                          "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/properties/sandbox/type",
                                                        keyword: "type",
                                                        params: {
                                                          type: "boolean",
                                                        },
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err9];
                                                      } else {
                                                        vErrors.push(err9);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid8 =
                                                      _errs29 === errors;
                                                  } else {
                                                    var valid8 = true;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                        var _valid2 = _errs23 === errors;
                                        valid7 = valid7 || _valid2;
                                        if (!valid7) {
                                          const _errs31 = errors;
                                          if (errors === _errs31) {
                                            if (
                                              data7 &&
                                              typeof data7 == "object" &&
                                              !Array.isArray(data7)
                                            ) {
                                              let missing7;
                                              if (
                                                (data7.status === undefined &&
                                                  (missing7 = "status")) ||
                                                (data7.type === undefined &&
                                                  (missing7 = "type")) ||
                                                (data7.sandbox === undefined &&
                                                  (missing7 = "sandbox")) ||
                                                (data7.metadata === undefined &&
                                                  (missing7 = "metadata"))
                                              ) {
                                                const err10 = {
                                                  instancePath:
                                                    instancePath +
                                                    "/activityLogs/" +
                                                    i0 +
                                                    "/data/event",
                                                  schemaPath:
                                                    "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/required",
                                                  keyword: "required",
                                                  params: {
                                                    missingProperty: missing7,
                                                  },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err10];
                                                } else {
                                                  vErrors.push(err10);
                                                }
                                                errors++;
                                              } else {
                                                if (
                                                  data7.status !== undefined
                                                ) {
                                                  let data11 = data7.status;
                                                  const _errs33 = errors;
                                                  if (
                                                    typeof data11 !== "string"
                                                  ) {
                                                    const err11 = {
                                                      instancePath:
                                                        instancePath +
                                                        "/activityLogs/" +
                                                        i0 +
                                                        "/data/event/status",
                                                      schemaPath:
                                                        "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/status/type",
                                                      keyword: "type",
                                                      params: {
                                                        type: "string",
                                                      },
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err11];
                                                    } else {
                                                      vErrors.push(err11);
                                                    }
                                                    errors++;
                                                  }
                                                  if (
                                                    !(
                                                      data11 === "APPROVED" ||
                                                      data11 ===
                                                        "SUBMISSION_REQUIRED" ||
                                                      data11 ===
                                                        "RESUBMISSION_REQUIRED" ||
                                                      data11 === "REJECTED" ||
                                                      data11 ===
                                                        "PENDING_VERIFICATION"
                                                    )
                                                  ) {
                                                    const err12 = {
                                                      instancePath:
                                                        instancePath +
                                                        "/activityLogs/" +
                                                        i0 +
                                                        "/data/event/status",
                                                      schemaPath:
                                                        "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/status/enum",
                                                      keyword: "enum",
                                                      params: {
                                                        allowedValues:
                                                          schema31.properties
                                                            .activityLogs.items
                                                            .then.properties
                                                            .data.properties
                                                            .event.anyOf[1]
                                                            .properties.status
                                                            .enum,
                                                      },
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err12];
                                                    } else {
                                                      vErrors.push(err12);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid9 =
                                                    _errs33 === errors;
                                                } else {
                                                  var valid9 = true;
                                                }
                                                if (valid9) {
                                                  if (
                                                    data7.type !== undefined
                                                  ) {
                                                    let data12 = data7.type;
                                                    const _errs35 = errors;
                                                    if (
                                                      typeof data12 !== "string"
                                                    ) {
                                                      const err13 = {
                                                        instancePath:
                                                          instancePath +
                                                          "/activityLogs/" +
                                                          i0 +
                                                          "/data/event/type",
                                                        schemaPath:
                                                          "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/type/type",
                                                        keyword: "type",
                                                        params: {
                                                          type: "string",
                                                        },
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err13];
                                                      } else {
                                                        vErrors.push(err13);
                                                      }
                                                      errors++;
                                                    }
                                                    if (
                                                      !(
                                                        data12 ===
                                                          "ID_DOCUMENT" ||
                                                        data12 === "LIVENESS" ||
                                                        data12 ===
                                                          "PROOF_OF_ADDRESS" ||
                                                        data12 === "PHONE" ||
                                                        data12 === "EMAIL"
                                                      )
                                                    ) {
                                                      const err14 = {
                                                        instancePath:
                                                          instancePath +
                                                          "/activityLogs/" +
                                                          i0 +
                                                          "/data/event/type",
                                                        schemaPath:
                                                          "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/type/enum",
                                                        keyword: "enum",
                                                        params: {
                                                          allowedValues:
                                                            schema31.properties
                                                              .activityLogs
                                                              .items.then
                                                              .properties.data
                                                              .properties.event
                                                              .anyOf[1]
                                                              .properties.type
                                                              .enum,
                                                        },
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err14];
                                                      } else {
                                                        vErrors.push(err14);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid9 =
                                                      _errs35 === errors;
                                                  } else {
                                                    var valid9 = true;
                                                  }
                                                  if (valid9) {
                                                    if (
                                                      data7.sandbox !==
                                                      undefined
                                                    ) {
                                                      const _errs37 = errors;
                                                      if (
                                                        typeof data7.sandbox !==
                                                        "boolean"
                                                      ) {
                                                        const err15 = {
                                                          instancePath:
                                                            instancePath +
                                                            "/activityLogs/" +
                                                            i0 +
                                                            "/data/event/sandbox",
                                                          schemaPath:
                                                            "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/sandbox/type",
                                                          keyword: "type",
                                                          params: {
                                                            type: "boolean",
                                                          },
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err15];
                                                        } else {
                                                          vErrors.push(err15);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid9 =
                                                        _errs37 === errors;
                                                    } else {
                                                      var valid9 = true;
                                                    }
                                                    if (valid9) {
                                                      if (
                                                        data7.metadata !==
                                                        undefined
                                                      ) {
                                                        let data14 =
                                                          data7.metadata;
                                                        const _errs39 = errors;
                                                        if (
                                                          errors === _errs39
                                                        ) {
                                                          if (
                                                            data14 &&
                                                            typeof data14 ==
                                                              "object" &&
                                                            !Array.isArray(
                                                              data14,
                                                            )
                                                          ) {
                                                            let missing8;
                                                            if (
                                                              (data14.ip ===
                                                                undefined &&
                                                                (missing8 =
                                                                  "ip")) ||
                                                              (data14.user_agent ===
                                                                undefined &&
                                                                (missing8 =
                                                                  "user_agent")) ||
                                                              (data14.platform ===
                                                                undefined &&
                                                                (missing8 =
                                                                  "platform")) ||
                                                              (data14.browser_name ===
                                                                undefined &&
                                                                (missing8 =
                                                                  "browser_name")) ||
                                                              (data14.browser_version ===
                                                                undefined &&
                                                                (missing8 =
                                                                  "browser_version")) ||
                                                              (data14.device ===
                                                                undefined &&
                                                                (missing8 =
                                                                  "device")) ||
                                                              (data14.customer_language ===
                                                                undefined &&
                                                                (missing8 =
                                                                  "customer_language"))
                                                            ) {
                                                              const err16 = {
                                                                instancePath:
                                                                  instancePath +
                                                                  "/activityLogs/" +
                                                                  i0 +
                                                                  "/data/event/metadata",
                                                                schemaPath:
                                                                  "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/metadata/required",
                                                                keyword:
                                                                  "required",
                                                                params: {
                                                                  missingProperty:
                                                                    missing8,
                                                                },
                                                              };
                                                              if (
                                                                vErrors === null
                                                              ) {
                                                                vErrors = [
                                                                  err16,
                                                                ];
                                                              } else {
                                                                vErrors.push(
                                                                  err16,
                                                                );
                                                              }
                                                              errors++;
                                                            } else {
                                                              if (
                                                                data14.ip !==
                                                                undefined
                                                              ) {
                                                                const _errs41 =
                                                                  errors;
                                                                if (
                                                                  typeof data14.ip !==
                                                                  "string"
                                                                ) {
                                                                  const err17 =
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        "/activityLogs/" +
                                                                        i0 +
                                                                        "/data/event/metadata/ip",
                                                                      schemaPath:
                                                                        "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/metadata/properties/ip/type",
                                                                      keyword:
                                                                        "type",
                                                                      params: {
                                                                        type: "string",
                                                                      },
                                                                    };
                                                                  if (
                                                                    vErrors ===
                                                                    null
                                                                  ) {
                                                                    vErrors = [
                                                                      err17,
                                                                    ];
                                                                  } else {
                                                                    vErrors.push(
                                                                      err17,
                                                                    );
                                                                  }
                                                                  errors++;
                                                                }
                                                                var valid10 =
                                                                  _errs41 ===
                                                                  errors;
                                                              } else {
                                                                var valid10 = true;
                                                              }
                                                              if (valid10) {
                                                                if (
                                                                  data14.user_agent !==
                                                                  undefined
                                                                ) {
                                                                  const _errs43 =
                                                                    errors;
                                                                  if (
                                                                    typeof data14.user_agent !==
                                                                    "string"
                                                                  ) {
                                                                    const err18 =
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          "/activityLogs/" +
                                                                          i0 +
                                                                          "/data/event/metadata/user_agent",
                                                                        schemaPath:
                                                                          "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/metadata/properties/user_agent/type",
                                                                        keyword:
                                                                          "type",
                                                                        params:
                                                                          {
                                                                            type: "string",
                                                                          },
                                                                      };
                                                                    if (
                                                                      vErrors ===
                                                                      null
                                                                    ) {
                                                                      vErrors =
                                                                        [err18];
                                                                    } else {
                                                                      vErrors.push(
                                                                        err18,
                                                                      );
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var valid10 =
                                                                    _errs43 ===
                                                                    errors;
                                                                } else {
                                                                  var valid10 = true;
                                                                }
                                                                if (valid10) {
                                                                  if (
                                                                    data14.platform !==
                                                                    undefined
                                                                  ) {
                                                                    const _errs45 =
                                                                      errors;
                                                                    if (
                                                                      typeof data14.platform !==
                                                                      "string"
                                                                    ) {
                                                                      const err19 =
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            "/activityLogs/" +
                                                                            i0 +
                                                                            "/data/event/metadata/platform",
                                                                          schemaPath:
                                                                            "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/metadata/properties/platform/type",
                                                                          keyword:
                                                                            "type",
                                                                          params:
                                                                            {
                                                                              type: "string",
                                                                            },
                                                                        };
                                                                      if (
                                                                        vErrors ===
                                                                        null
                                                                      ) {
                                                                        vErrors =
                                                                          [
                                                                            err19,
                                                                          ];
                                                                      } else {
                                                                        vErrors.push(
                                                                          err19,
                                                                        );
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    var valid10 =
                                                                      _errs45 ===
                                                                      errors;
                                                                  } else {
                                                                    var valid10 = true;
                                                                  }
                                                                  if (valid10) {
                                                                    if (
                                                                      data14.browser_name !==
                                                                      undefined
                                                                    ) {
                                                                      const _errs47 =
                                                                        errors;
                                                                      if (
                                                                        typeof data14.browser_name !==
                                                                        "string"
                                                                      ) {
                                                                        const err20 =
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              "/activityLogs/" +
                                                                              i0 +
                                                                              "/data/event/metadata/browser_name",
                                                                            schemaPath:
                                                                              "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/metadata/properties/browser_name/type",
                                                                            keyword:
                                                                              "type",
                                                                            params:
                                                                              {
                                                                                type: "string",
                                                                              },
                                                                          };
                                                                        if (
                                                                          vErrors ===
                                                                          null
                                                                        ) {
                                                                          vErrors =
                                                                            [
                                                                              err20,
                                                                            ];
                                                                        } else {
                                                                          vErrors.push(
                                                                            err20,
                                                                          );
                                                                        }
                                                                        errors++;
                                                                      }
                                                                      var valid10 =
                                                                        _errs47 ===
                                                                        errors;
                                                                    } else {
                                                                      var valid10 = true;
                                                                    }
                                                                    if (
                                                                      valid10
                                                                    ) {
                                                                      if (
                                                                        data14.browser_version !==
                                                                        undefined
                                                                      ) {
                                                                        const _errs49 =
                                                                          errors;
                                                                        if (
                                                                          typeof data14.browser_version !==
                                                                          "string"
                                                                        ) {
                                                                          const err21 =
                                                                            {
                                                                              instancePath:
                                                                                instancePath +
                                                                                "/activityLogs/" +
                                                                                i0 +
                                                                                "/data/event/metadata/browser_version",
                                                                              schemaPath:
                                                                                "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/metadata/properties/browser_version/type",
                                                                              keyword:
                                                                                "type",
                                                                              params:
                                                                                {
                                                                                  type: "string",
                                                                                },
                                                                            };
                                                                          if (
                                                                            vErrors ===
                                                                            null
                                                                          ) {
                                                                            vErrors =
                                                                              [
                                                                                err21,
                                                                              ];
                                                                          } else {
                                                                            vErrors.push(
                                                                              err21,
                                                                            );
                                                                          }
                                                                          errors++;
                                                                        }
                                                                        var valid10 =
                                                                          _errs49 ===
                                                                          errors;
                                                                      } else {
                                                                        var valid10 = true;
                                                                      }
                                                                      if (
                                                                        valid10
                                                                      ) {
                                                                        if (
                                                                          data14.device !==
                                                                          undefined
                                                                        ) {
                                                                          const _errs51 =
                                                                            errors;
                                                                          if (
                                                                            typeof data14.device !==
                                                                            "string"
                                                                          ) {
                                                                            const err22 =
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  "/activityLogs/" +
                                                                                  i0 +
                                                                                  "/data/event/metadata/device",
                                                                                schemaPath:
                                                                                  "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/metadata/properties/device/type",
                                                                                keyword:
                                                                                  "type",
                                                                                params:
                                                                                  {
                                                                                    type: "string",
                                                                                  },
                                                                              };
                                                                            if (
                                                                              vErrors ===
                                                                              null
                                                                            ) {
                                                                              vErrors =
                                                                                [
                                                                                  err22,
                                                                                ];
                                                                            } else {
                                                                              vErrors.push(
                                                                                err22,
                                                                              );
                                                                            }
                                                                            errors++;
                                                                          }
                                                                          var valid10 =
                                                                            _errs51 ===
                                                                            errors;
                                                                        } else {
                                                                          var valid10 = true;
                                                                        }
                                                                        if (
                                                                          valid10
                                                                        ) {
                                                                          if (
                                                                            data14.customer_language !==
                                                                            undefined
                                                                          ) {
                                                                            const _errs53 =
                                                                              errors;
                                                                            if (
                                                                              typeof data14.customer_language !==
                                                                              "string"
                                                                            ) {
                                                                              const err23 =
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    "/activityLogs/" +
                                                                                    i0 +
                                                                                    "/data/event/metadata/customer_language",
                                                                                  schemaPath:
                                                                                    "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/metadata/properties/customer_language/type",
                                                                                  keyword:
                                                                                    "type",
                                                                                  params:
                                                                                    {
                                                                                      type: "string",
                                                                                    },
                                                                                };
                                                                              if (
                                                                                vErrors ===
                                                                                null
                                                                              ) {
                                                                                vErrors =
                                                                                  [
                                                                                    err23,
                                                                                  ];
                                                                              } else {
                                                                                vErrors.push(
                                                                                  err23,
                                                                                );
                                                                              }
                                                                              errors++;
                                                                            }
                                                                            var valid10 =
                                                                              _errs53 ===
                                                                              errors;
                                                                          } else {
                                                                            var valid10 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          } else {
                                                            const err24 = {
                                                              instancePath:
                                                                instancePath +
                                                                "/activityLogs/" +
                                                                i0 +
                                                                "/data/event/metadata",
                                                              schemaPath:
                                                                "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/properties/metadata/type",
                                                              keyword: "type",
                                                              params: {
                                                                type: "object",
                                                              },
                                                            };
                                                            if (
                                                              vErrors === null
                                                            ) {
                                                              vErrors = [err24];
                                                            } else {
                                                              vErrors.push(
                                                                err24,
                                                              );
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                        var valid9 =
                                                          _errs39 === errors;
                                                      } else {
                                                        var valid9 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              const err25 = {
                                                instancePath:
                                                  instancePath +
                                                  "/activityLogs/" +
                                                  i0 +
                                                  "/data/event",
                                                schemaPath:
                                                  "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/type",
                                                keyword: "type",
                                                params: { type: "object" },
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err25];
                                              } else {
                                                vErrors.push(err25);
                                              }
                                              errors++;
                                            }
                                          }
                                          var _valid2 = _errs31 === errors;
                                          valid7 = valid7 || _valid2;
                                        }
                                        if (!valid7) {
                                          const err26 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/event",
                                            schemaPath:
                                              "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf",
                                            keyword: "anyOf",
                                            params: {},
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err26];
                                          } else {
                                            vErrors.push(err26);
                                          }
                                          errors++;
                                          validate20.errors = vErrors;
                                          return false;
                                        } else {
                                          errors = _errs22;
                                          if (vErrors !== null) {
                                            if (_errs22) {
                                              vErrors.length = _errs22;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid6 = _errs21 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                    }
                                  }
                                } else {
                                  validate20.errors = [
                                    {
                                      instancePath:
                                        instancePath +
                                        "/activityLogs/" +
                                        i0 +
                                        "/data",
                                      schemaPath:
                                        "#/properties/activityLogs/items/then/properties/data/type",
                                      keyword: "type",
                                      params: { type: "object" },
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                        } else {
                          validate20.errors = [
                            {
                              instancePath:
                                instancePath + "/activityLogs/" + i0,
                              schemaPath:
                                "#/properties/activityLogs/items/then/type",
                              keyword: "type",
                              params: { type: "object" },
                            },
                          ];
                          return false;
                        }
                      }
                      var _valid0 = _errs14 === errors;
                      valid2 = _valid0;
                      ifClause0 = "then";
                    } else {
                      const _errs55 = errors;
                      if (errors === _errs55) {
                        if (
                          data3 &&
                          typeof data3 == "object" &&
                          !Array.isArray(data3)
                        ) {
                          let missing9;
                          if (data3.data === undefined && (missing9 = "data")) {
                            validate20.errors = [
                              {
                                instancePath:
                                  instancePath + "/activityLogs/" + i0,
                                schemaPath:
                                  "#/properties/activityLogs/items/else/required",
                                keyword: "required",
                                params: { missingProperty: missing9 },
                              },
                            ];
                            return false;
                          } else {
                            if (data3.data !== undefined) {
                              let data22 = data3.data;
                              const _errs57 = errors;
                              if (errors === _errs57) {
                                if (
                                  data22 &&
                                  typeof data22 == "object" &&
                                  !Array.isArray(data22)
                                ) {
                                  if (data22.executions !== undefined) {
                                    let data23 = data22.executions;
                                    const _errs59 = errors;
                                    if (
                                      !Array.isArray(data23) &&
                                      data23 !== null
                                    ) {
                                      validate20.errors = [
                                        {
                                          instancePath:
                                            instancePath +
                                            "/activityLogs/" +
                                            i0 +
                                            "/data/executions",
                                          schemaPath:
                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/type",
                                          keyword: "type",
                                          params: {
                                            type: schema31.properties
                                              .activityLogs.items.else
                                              .properties.data.properties
                                              .executions.type,
                                          },
                                        },
                                      ];
                                      return false;
                                    }
                                    if (errors === _errs59) {
                                      if (Array.isArray(data23)) {
                                        var valid13 = true;
                                        const len1 = data23.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let data24 = data23[i1];
                                          const _errs61 = errors;
                                          if (errors === _errs61) {
                                            if (
                                              data24 &&
                                              typeof data24 == "object" &&
                                              !Array.isArray(data24)
                                            ) {
                                              let missing10;
                                              if (
                                                data24.rules === undefined &&
                                                (missing10 = "rules")
                                              ) {
                                                validate20.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      "/activityLogs/" +
                                                      i0 +
                                                      "/data/executions/" +
                                                      i1,
                                                    schemaPath:
                                                      "#/properties/activityLogs/items/else/properties/data/properties/executions/items/required",
                                                    keyword: "required",
                                                    params: {
                                                      missingProperty:
                                                        missing10,
                                                    },
                                                  },
                                                ];
                                                return false;
                                              } else {
                                                if (
                                                  data24.rules !== undefined
                                                ) {
                                                  let data25 = data24.rules;
                                                  const _errs63 = errors;
                                                  if (errors === _errs63) {
                                                    if (Array.isArray(data25)) {
                                                      var valid15 = true;
                                                      const len2 =
                                                        data25.length;
                                                      for (
                                                        let i2 = 0;
                                                        i2 < len2;
                                                        i2++
                                                      ) {
                                                        let data26 = data25[i2];
                                                        const _errs65 = errors;
                                                        if (
                                                          errors === _errs65
                                                        ) {
                                                          if (
                                                            data26 &&
                                                            typeof data26 ==
                                                              "object" &&
                                                            !Array.isArray(
                                                              data26,
                                                            )
                                                          ) {
                                                            if (
                                                              data26.result !==
                                                              undefined
                                                            ) {
                                                              let data27 =
                                                                data26.result;
                                                              const _errs67 =
                                                                errors;
                                                              if (
                                                                !(
                                                                  data27 &&
                                                                  typeof data27 ==
                                                                    "object" &&
                                                                  !Array.isArray(
                                                                    data27,
                                                                  )
                                                                ) &&
                                                                data27 !== null
                                                              ) {
                                                                validate20.errors =
                                                                  [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        "/activityLogs/" +
                                                                        i0 +
                                                                        "/data/executions/" +
                                                                        i1 +
                                                                        "/rules/" +
                                                                        i2 +
                                                                        "/result",
                                                                      schemaPath:
                                                                        "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/result/type",
                                                                      keyword:
                                                                        "type",
                                                                      params: {
                                                                        type: schema31
                                                                          .properties
                                                                          .activityLogs
                                                                          .items
                                                                          .else
                                                                          .properties
                                                                          .data
                                                                          .properties
                                                                          .executions
                                                                          .items
                                                                          .properties
                                                                          .rules
                                                                          .items
                                                                          .properties
                                                                          .result
                                                                          .type,
                                                                      },
                                                                    },
                                                                  ];
                                                                return false;
                                                              }
                                                              if (
                                                                errors ===
                                                                _errs67
                                                              ) {
                                                                if (
                                                                  data27 &&
                                                                  typeof data27 ==
                                                                    "object" &&
                                                                  !Array.isArray(
                                                                    data27,
                                                                  )
                                                                ) {
                                                                  if (
                                                                    data27.result !==
                                                                    undefined
                                                                  ) {
                                                                    let data28 =
                                                                      data27.result;
                                                                    const _errs69 =
                                                                      errors;
                                                                    if (
                                                                      !(
                                                                        data28 &&
                                                                        typeof data28 ==
                                                                          "object" &&
                                                                        !Array.isArray(
                                                                          data28,
                                                                        )
                                                                      ) &&
                                                                      data28 !==
                                                                        null
                                                                    ) {
                                                                      validate20.errors =
                                                                        [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              "/activityLogs/" +
                                                                              i0 +
                                                                              "/data/executions/" +
                                                                              i1 +
                                                                              "/rules/" +
                                                                              i2 +
                                                                              "/result/result",
                                                                            schemaPath:
                                                                              "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/result/properties/result/type",
                                                                            keyword:
                                                                              "type",
                                                                            params:
                                                                              {
                                                                                type: schema31
                                                                                  .properties
                                                                                  .activityLogs
                                                                                  .items
                                                                                  .else
                                                                                  .properties
                                                                                  .data
                                                                                  .properties
                                                                                  .executions
                                                                                  .items
                                                                                  .properties
                                                                                  .rules
                                                                                  .items
                                                                                  .properties
                                                                                  .result
                                                                                  .properties
                                                                                  .result
                                                                                  .type,
                                                                              },
                                                                          },
                                                                        ];
                                                                      return false;
                                                                    }
                                                                    if (
                                                                      errors ===
                                                                      _errs69
                                                                    ) {
                                                                      if (
                                                                        data28 &&
                                                                        typeof data28 ==
                                                                          "object" &&
                                                                        !Array.isArray(
                                                                          data28,
                                                                        )
                                                                      ) {
                                                                        if (
                                                                          data28.is_valid !==
                                                                          undefined
                                                                        ) {
                                                                          const _errs71 =
                                                                            errors;
                                                                          if (
                                                                            typeof data28.is_valid !==
                                                                            "boolean"
                                                                          ) {
                                                                            validate20.errors =
                                                                              [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    "/activityLogs/" +
                                                                                    i0 +
                                                                                    "/data/executions/" +
                                                                                    i1 +
                                                                                    "/rules/" +
                                                                                    i2 +
                                                                                    "/result/result/is_valid",
                                                                                  schemaPath:
                                                                                    "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/result/properties/result/properties/is_valid/type",
                                                                                  keyword:
                                                                                    "type",
                                                                                  params:
                                                                                    {
                                                                                      type: "boolean",
                                                                                    },
                                                                                },
                                                                              ];
                                                                            return false;
                                                                          }
                                                                          var valid18 =
                                                                            _errs71 ===
                                                                            errors;
                                                                        } else {
                                                                          var valid18 = true;
                                                                        }
                                                                        if (
                                                                          valid18
                                                                        ) {
                                                                          if (
                                                                            data28.reasons !==
                                                                            undefined
                                                                          ) {
                                                                            let data30 =
                                                                              data28.reasons;
                                                                            const _errs73 =
                                                                              errors;
                                                                            if (
                                                                              errors ===
                                                                              _errs73
                                                                            ) {
                                                                              if (
                                                                                Array.isArray(
                                                                                  data30,
                                                                                )
                                                                              ) {
                                                                                var valid19 = true;
                                                                                const len3 =
                                                                                  data30.length;
                                                                                for (
                                                                                  let i3 = 0;
                                                                                  i3 <
                                                                                  len3;
                                                                                  i3++
                                                                                ) {
                                                                                  const _errs75 =
                                                                                    errors;
                                                                                  if (
                                                                                    typeof data30[
                                                                                      i3
                                                                                    ] !==
                                                                                    "string"
                                                                                  ) {
                                                                                    validate20.errors =
                                                                                      [
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            "/activityLogs/" +
                                                                                            i0 +
                                                                                            "/data/executions/" +
                                                                                            i1 +
                                                                                            "/rules/" +
                                                                                            i2 +
                                                                                            "/result/result/reasons/" +
                                                                                            i3,
                                                                                          schemaPath:
                                                                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/result/properties/result/properties/reasons/items/type",
                                                                                          keyword:
                                                                                            "type",
                                                                                          params:
                                                                                            {
                                                                                              type: "string",
                                                                                            },
                                                                                        },
                                                                                      ];
                                                                                    return false;
                                                                                  }
                                                                                  var valid19 =
                                                                                    _errs75 ===
                                                                                    errors;
                                                                                  if (
                                                                                    !valid19
                                                                                  ) {
                                                                                    break;
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                validate20.errors =
                                                                                  [
                                                                                    {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        "/activityLogs/" +
                                                                                        i0 +
                                                                                        "/data/executions/" +
                                                                                        i1 +
                                                                                        "/rules/" +
                                                                                        i2 +
                                                                                        "/result/result/reasons",
                                                                                      schemaPath:
                                                                                        "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/result/properties/result/properties/reasons/type",
                                                                                      keyword:
                                                                                        "type",
                                                                                      params:
                                                                                        {
                                                                                          type: "array",
                                                                                        },
                                                                                    },
                                                                                  ];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid18 =
                                                                              _errs73 ===
                                                                              errors;
                                                                          } else {
                                                                            var valid18 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid16 =
                                                                _errs67 ===
                                                                errors;
                                                            } else {
                                                              var valid16 = true;
                                                            }
                                                            if (valid16) {
                                                              if (
                                                                data26.rule_data !==
                                                                undefined
                                                              ) {
                                                                let data32 =
                                                                  data26.rule_data;
                                                                const _errs77 =
                                                                  errors;
                                                                if (
                                                                  !(
                                                                    data32 &&
                                                                    typeof data32 ==
                                                                      "object" &&
                                                                    !Array.isArray(
                                                                      data32,
                                                                    )
                                                                  ) &&
                                                                  data32 !==
                                                                    null
                                                                ) {
                                                                  validate20.errors =
                                                                    [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          "/activityLogs/" +
                                                                          i0 +
                                                                          "/data/executions/" +
                                                                          i1 +
                                                                          "/rules/" +
                                                                          i2 +
                                                                          "/rule_data",
                                                                        schemaPath:
                                                                          "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/type",
                                                                        keyword:
                                                                          "type",
                                                                        params:
                                                                          {
                                                                            type: schema31
                                                                              .properties
                                                                              .activityLogs
                                                                              .items
                                                                              .else
                                                                              .properties
                                                                              .data
                                                                              .properties
                                                                              .executions
                                                                              .items
                                                                              .properties
                                                                              .rules
                                                                              .items
                                                                              .properties
                                                                              .rule_data
                                                                              .type,
                                                                          },
                                                                      },
                                                                    ];
                                                                  return false;
                                                                }
                                                                if (
                                                                  errors ===
                                                                  _errs77
                                                                ) {
                                                                  if (
                                                                    data32 &&
                                                                    typeof data32 ==
                                                                      "object" &&
                                                                    !Array.isArray(
                                                                      data32,
                                                                    )
                                                                  ) {
                                                                    let missing11;
                                                                    if (
                                                                      (data32.attribute ===
                                                                        undefined &&
                                                                        (missing11 =
                                                                          "attribute")) ||
                                                                      (data32.operator ===
                                                                        undefined &&
                                                                        (missing11 =
                                                                          "operator"))
                                                                    ) {
                                                                      validate20.errors =
                                                                        [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              "/activityLogs/" +
                                                                              i0 +
                                                                              "/data/executions/" +
                                                                              i1 +
                                                                              "/rules/" +
                                                                              i2 +
                                                                              "/rule_data",
                                                                            schemaPath:
                                                                              "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/required",
                                                                            keyword:
                                                                              "required",
                                                                            params:
                                                                              {
                                                                                missingProperty:
                                                                                  missing11,
                                                                              },
                                                                          },
                                                                        ];
                                                                      return false;
                                                                    } else {
                                                                      if (
                                                                        data32.queryId !==
                                                                        undefined
                                                                      ) {
                                                                        const _errs79 =
                                                                          errors;
                                                                        if (
                                                                          typeof data32.queryId !==
                                                                          "string"
                                                                        ) {
                                                                          validate20.errors =
                                                                            [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  "/activityLogs/" +
                                                                                  i0 +
                                                                                  "/data/executions/" +
                                                                                  i1 +
                                                                                  "/rules/" +
                                                                                  i2 +
                                                                                  "/rule_data/queryId",
                                                                                schemaPath:
                                                                                  "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/queryId/type",
                                                                                keyword:
                                                                                  "type",
                                                                                params:
                                                                                  {
                                                                                    type: "string",
                                                                                  },
                                                                              },
                                                                            ];
                                                                          return false;
                                                                        }
                                                                        var valid20 =
                                                                          _errs79 ===
                                                                          errors;
                                                                      } else {
                                                                        var valid20 = true;
                                                                      }
                                                                      if (
                                                                        valid20
                                                                      ) {
                                                                        if (
                                                                          data32.id !==
                                                                          undefined
                                                                        ) {
                                                                          const _errs81 =
                                                                            errors;
                                                                          if (
                                                                            typeof data32.id !==
                                                                            "string"
                                                                          ) {
                                                                            validate20.errors =
                                                                              [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    "/activityLogs/" +
                                                                                    i0 +
                                                                                    "/data/executions/" +
                                                                                    i1 +
                                                                                    "/rules/" +
                                                                                    i2 +
                                                                                    "/rule_data/id",
                                                                                  schemaPath:
                                                                                    "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/id/type",
                                                                                  keyword:
                                                                                    "type",
                                                                                  params:
                                                                                    {
                                                                                      type: "string",
                                                                                    },
                                                                                },
                                                                              ];
                                                                            return false;
                                                                          }
                                                                          var valid20 =
                                                                            _errs81 ===
                                                                            errors;
                                                                        } else {
                                                                          var valid20 = true;
                                                                        }
                                                                        if (
                                                                          valid20
                                                                        ) {
                                                                          if (
                                                                            data32.requestId !==
                                                                            undefined
                                                                          ) {
                                                                            let data35 =
                                                                              data32.requestId;
                                                                            const _errs83 =
                                                                              errors;
                                                                            if (
                                                                              !(
                                                                                typeof data35 ==
                                                                                  "number" &&
                                                                                isFinite(
                                                                                  data35,
                                                                                )
                                                                              ) &&
                                                                              data35 !==
                                                                                null
                                                                            ) {
                                                                              validate20.errors =
                                                                                [
                                                                                  {
                                                                                    instancePath:
                                                                                      instancePath +
                                                                                      "/activityLogs/" +
                                                                                      i0 +
                                                                                      "/data/executions/" +
                                                                                      i1 +
                                                                                      "/rules/" +
                                                                                      i2 +
                                                                                      "/rule_data/requestId",
                                                                                    schemaPath:
                                                                                      "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/requestId/type",
                                                                                    keyword:
                                                                                      "type",
                                                                                    params:
                                                                                      {
                                                                                        type: schema31
                                                                                          .properties
                                                                                          .activityLogs
                                                                                          .items
                                                                                          .else
                                                                                          .properties
                                                                                          .data
                                                                                          .properties
                                                                                          .executions
                                                                                          .items
                                                                                          .properties
                                                                                          .rules
                                                                                          .items
                                                                                          .properties
                                                                                          .rule_data
                                                                                          .properties
                                                                                          .requestId
                                                                                          .type,
                                                                                      },
                                                                                  },
                                                                                ];
                                                                              return false;
                                                                            }
                                                                            var valid20 =
                                                                              _errs83 ===
                                                                              errors;
                                                                          } else {
                                                                            var valid20 = true;
                                                                          }
                                                                          if (
                                                                            valid20
                                                                          ) {
                                                                            if (
                                                                              data32.attribute !==
                                                                              undefined
                                                                            ) {
                                                                              let data36 =
                                                                                data32.attribute;
                                                                              const _errs85 =
                                                                                errors;
                                                                              if (
                                                                                typeof data36 !==
                                                                                  "string" &&
                                                                                !(
                                                                                  data36 &&
                                                                                  typeof data36 ==
                                                                                    "object" &&
                                                                                  !Array.isArray(
                                                                                    data36,
                                                                                  )
                                                                                )
                                                                              ) {
                                                                                validate20.errors =
                                                                                  [
                                                                                    {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        "/activityLogs/" +
                                                                                        i0 +
                                                                                        "/data/executions/" +
                                                                                        i1 +
                                                                                        "/rules/" +
                                                                                        i2 +
                                                                                        "/rule_data/attribute",
                                                                                      schemaPath:
                                                                                        "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/type",
                                                                                      keyword:
                                                                                        "type",
                                                                                      params:
                                                                                        {
                                                                                          type: schema31
                                                                                            .properties
                                                                                            .activityLogs
                                                                                            .items
                                                                                            .else
                                                                                            .properties
                                                                                            .data
                                                                                            .properties
                                                                                            .executions
                                                                                            .items
                                                                                            .properties
                                                                                            .rules
                                                                                            .items
                                                                                            .properties
                                                                                            .rule_data
                                                                                            .properties
                                                                                            .attribute
                                                                                            .type,
                                                                                        },
                                                                                    },
                                                                                  ];
                                                                                return false;
                                                                              }
                                                                              if (
                                                                                errors ===
                                                                                _errs85
                                                                              ) {
                                                                                if (
                                                                                  data36 &&
                                                                                  typeof data36 ==
                                                                                    "object" &&
                                                                                  !Array.isArray(
                                                                                    data36,
                                                                                  )
                                                                                ) {
                                                                                  let missing12;
                                                                                  if (
                                                                                    (data36.version ===
                                                                                      undefined &&
                                                                                      (missing12 =
                                                                                        "version")) ||
                                                                                    (data36.schema ===
                                                                                      undefined &&
                                                                                      (missing12 =
                                                                                        "schema")) ||
                                                                                    (data36.path ===
                                                                                      undefined &&
                                                                                      (missing12 =
                                                                                        "path"))
                                                                                  ) {
                                                                                    validate20.errors =
                                                                                      [
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            "/activityLogs/" +
                                                                                            i0 +
                                                                                            "/data/executions/" +
                                                                                            i1 +
                                                                                            "/rules/" +
                                                                                            i2 +
                                                                                            "/rule_data/attribute",
                                                                                          schemaPath:
                                                                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/required",
                                                                                          keyword:
                                                                                            "required",
                                                                                          params:
                                                                                            {
                                                                                              missingProperty:
                                                                                                missing12,
                                                                                            },
                                                                                        },
                                                                                      ];
                                                                                    return false;
                                                                                  } else {
                                                                                    if (
                                                                                      data36.version !==
                                                                                      undefined
                                                                                    ) {
                                                                                      let data37 =
                                                                                        data36.version;
                                                                                      const _errs87 =
                                                                                        errors;
                                                                                      if (
                                                                                        typeof data37 !==
                                                                                        "string"
                                                                                      ) {
                                                                                        validate20.errors =
                                                                                          [
                                                                                            {
                                                                                              instancePath:
                                                                                                instancePath +
                                                                                                "/activityLogs/" +
                                                                                                i0 +
                                                                                                "/data/executions/" +
                                                                                                i1 +
                                                                                                "/rules/" +
                                                                                                i2 +
                                                                                                "/rule_data/attribute/version",
                                                                                              schemaPath:
                                                                                                "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/properties/version/type",
                                                                                              keyword:
                                                                                                "type",
                                                                                              params:
                                                                                                {
                                                                                                  type: "string",
                                                                                                },
                                                                                            },
                                                                                          ];
                                                                                        return false;
                                                                                      }
                                                                                      if (
                                                                                        !(
                                                                                          data37 ===
                                                                                          "v1"
                                                                                        )
                                                                                      ) {
                                                                                        validate20.errors =
                                                                                          [
                                                                                            {
                                                                                              instancePath:
                                                                                                instancePath +
                                                                                                "/activityLogs/" +
                                                                                                i0 +
                                                                                                "/data/executions/" +
                                                                                                i1 +
                                                                                                "/rules/" +
                                                                                                i2 +
                                                                                                "/rule_data/attribute/version",
                                                                                              schemaPath:
                                                                                                "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/properties/version/enum",
                                                                                              keyword:
                                                                                                "enum",
                                                                                              params:
                                                                                                {
                                                                                                  allowedValues:
                                                                                                    schema31
                                                                                                      .properties
                                                                                                      .activityLogs
                                                                                                      .items
                                                                                                      .else
                                                                                                      .properties
                                                                                                      .data
                                                                                                      .properties
                                                                                                      .executions
                                                                                                      .items
                                                                                                      .properties
                                                                                                      .rules
                                                                                                      .items
                                                                                                      .properties
                                                                                                      .rule_data
                                                                                                      .properties
                                                                                                      .attribute
                                                                                                      .properties
                                                                                                      .version
                                                                                                      .enum,
                                                                                                },
                                                                                            },
                                                                                          ];
                                                                                        return false;
                                                                                      }
                                                                                      var valid21 =
                                                                                        _errs87 ===
                                                                                        errors;
                                                                                    } else {
                                                                                      var valid21 = true;
                                                                                    }
                                                                                    if (
                                                                                      valid21
                                                                                    ) {
                                                                                      if (
                                                                                        data36.schema !==
                                                                                        undefined
                                                                                      ) {
                                                                                        let data38 =
                                                                                          data36.schema;
                                                                                        const _errs89 =
                                                                                          errors;
                                                                                        if (
                                                                                          typeof data38 !==
                                                                                          "string"
                                                                                        ) {
                                                                                          validate20.errors =
                                                                                            [
                                                                                              {
                                                                                                instancePath:
                                                                                                  instancePath +
                                                                                                  "/activityLogs/" +
                                                                                                  i0 +
                                                                                                  "/data/executions/" +
                                                                                                  i1 +
                                                                                                  "/rules/" +
                                                                                                  i2 +
                                                                                                  "/rule_data/attribute/schema",
                                                                                                schemaPath:
                                                                                                  "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/properties/schema/type",
                                                                                                keyword:
                                                                                                  "type",
                                                                                                params:
                                                                                                  {
                                                                                                    type: "string",
                                                                                                  },
                                                                                              },
                                                                                            ];
                                                                                          return false;
                                                                                        }
                                                                                        if (
                                                                                          !(
                                                                                            data38 ===
                                                                                              "Customer" ||
                                                                                            data38 ===
                                                                                              "KycSession" ||
                                                                                            data38 ===
                                                                                              "Transaction" ||
                                                                                            data38 ===
                                                                                              "Tfhe"
                                                                                          )
                                                                                        ) {
                                                                                          validate20.errors =
                                                                                            [
                                                                                              {
                                                                                                instancePath:
                                                                                                  instancePath +
                                                                                                  "/activityLogs/" +
                                                                                                  i0 +
                                                                                                  "/data/executions/" +
                                                                                                  i1 +
                                                                                                  "/rules/" +
                                                                                                  i2 +
                                                                                                  "/rule_data/attribute/schema",
                                                                                                schemaPath:
                                                                                                  "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/properties/schema/enum",
                                                                                                keyword:
                                                                                                  "enum",
                                                                                                params:
                                                                                                  {
                                                                                                    allowedValues:
                                                                                                      schema31
                                                                                                        .properties
                                                                                                        .activityLogs
                                                                                                        .items
                                                                                                        .else
                                                                                                        .properties
                                                                                                        .data
                                                                                                        .properties
                                                                                                        .executions
                                                                                                        .items
                                                                                                        .properties
                                                                                                        .rules
                                                                                                        .items
                                                                                                        .properties
                                                                                                        .rule_data
                                                                                                        .properties
                                                                                                        .attribute
                                                                                                        .properties
                                                                                                        .schema
                                                                                                        .enum,
                                                                                                  },
                                                                                              },
                                                                                            ];
                                                                                          return false;
                                                                                        }
                                                                                        var valid21 =
                                                                                          _errs89 ===
                                                                                          errors;
                                                                                      } else {
                                                                                        var valid21 = true;
                                                                                      }
                                                                                      if (
                                                                                        valid21
                                                                                      ) {
                                                                                        if (
                                                                                          data36.path !==
                                                                                          undefined
                                                                                        ) {
                                                                                          let data39 =
                                                                                            data36.path;
                                                                                          const _errs91 =
                                                                                            errors;
                                                                                          if (
                                                                                            errors ===
                                                                                            _errs91
                                                                                          ) {
                                                                                            if (
                                                                                              typeof data39 ===
                                                                                              "string"
                                                                                            ) {
                                                                                              if (
                                                                                                !obj0.has(
                                                                                                  data39,
                                                                                                )
                                                                                              ) {
                                                                                                validate20.errors =
                                                                                                  [
                                                                                                    {
                                                                                                      instancePath:
                                                                                                        instancePath +
                                                                                                        "/activityLogs/" +
                                                                                                        i0 +
                                                                                                        "/data/executions/" +
                                                                                                        i1 +
                                                                                                        "/rules/" +
                                                                                                        i2 +
                                                                                                        "/rule_data/attribute/path",
                                                                                                      schemaPath:
                                                                                                        "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/properties/path/x-stringSet",
                                                                                                      keyword:
                                                                                                        "x-stringSet",
                                                                                                      params:
                                                                                                        {},
                                                                                                    },
                                                                                                  ];
                                                                                                return false;
                                                                                              }
                                                                                            } else {
                                                                                              validate20.errors =
                                                                                                [
                                                                                                  {
                                                                                                    instancePath:
                                                                                                      instancePath +
                                                                                                      "/activityLogs/" +
                                                                                                      i0 +
                                                                                                      "/data/executions/" +
                                                                                                      i1 +
                                                                                                      "/rules/" +
                                                                                                      i2 +
                                                                                                      "/rule_data/attribute/path",
                                                                                                    schemaPath:
                                                                                                      "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/properties/path/type",
                                                                                                    keyword:
                                                                                                      "type",
                                                                                                    params:
                                                                                                      {
                                                                                                        type: "string",
                                                                                                      },
                                                                                                  },
                                                                                                ];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                          var valid21 =
                                                                                            _errs91 ===
                                                                                            errors;
                                                                                        } else {
                                                                                          var valid21 = true;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                              var valid20 =
                                                                                _errs85 ===
                                                                                errors;
                                                                            } else {
                                                                              var valid20 = true;
                                                                            }
                                                                            if (
                                                                              valid20
                                                                            ) {
                                                                              if (
                                                                                data32.value !==
                                                                                undefined
                                                                              ) {
                                                                                let data40 =
                                                                                  data32.value;
                                                                                const _errs93 =
                                                                                  errors;
                                                                                const _errs94 =
                                                                                  errors;
                                                                                let valid22 = false;
                                                                                const _errs95 =
                                                                                  errors;
                                                                                if (
                                                                                  typeof data40 !==
                                                                                    "boolean" &&
                                                                                  typeof data40 !==
                                                                                    "string" &&
                                                                                  !(
                                                                                    typeof data40 ==
                                                                                      "number" &&
                                                                                    isFinite(
                                                                                      data40,
                                                                                    )
                                                                                  ) &&
                                                                                  !Array.isArray(
                                                                                    data40,
                                                                                  ) &&
                                                                                  data40 !==
                                                                                    null
                                                                                ) {
                                                                                  const err27 =
                                                                                    {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        "/activityLogs/" +
                                                                                        i0 +
                                                                                        "/data/executions/" +
                                                                                        i1 +
                                                                                        "/rules/" +
                                                                                        i2 +
                                                                                        "/rule_data/value",
                                                                                      schemaPath:
                                                                                        "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/0/type",
                                                                                      keyword:
                                                                                        "type",
                                                                                      params:
                                                                                        {
                                                                                          type: schema31
                                                                                            .properties
                                                                                            .activityLogs
                                                                                            .items
                                                                                            .else
                                                                                            .properties
                                                                                            .data
                                                                                            .properties
                                                                                            .executions
                                                                                            .items
                                                                                            .properties
                                                                                            .rules
                                                                                            .items
                                                                                            .properties
                                                                                            .rule_data
                                                                                            .properties
                                                                                            .value
                                                                                            .anyOf[0]
                                                                                            .type,
                                                                                        },
                                                                                    };
                                                                                  if (
                                                                                    vErrors ===
                                                                                    null
                                                                                  ) {
                                                                                    vErrors =
                                                                                      [
                                                                                        err27,
                                                                                      ];
                                                                                  } else {
                                                                                    vErrors.push(
                                                                                      err27,
                                                                                    );
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                                if (
                                                                                  errors ===
                                                                                  _errs95
                                                                                ) {
                                                                                  if (
                                                                                    Array.isArray(
                                                                                      data40,
                                                                                    )
                                                                                  ) {
                                                                                    var valid23 = true;
                                                                                    const len4 =
                                                                                      data40.length;
                                                                                    for (
                                                                                      let i4 = 0;
                                                                                      i4 <
                                                                                      len4;
                                                                                      i4++
                                                                                    ) {
                                                                                      const _errs97 =
                                                                                        errors;
                                                                                      if (
                                                                                        typeof data40[
                                                                                          i4
                                                                                        ] !==
                                                                                        "string"
                                                                                      ) {
                                                                                        const err28 =
                                                                                          {
                                                                                            instancePath:
                                                                                              instancePath +
                                                                                              "/activityLogs/" +
                                                                                              i0 +
                                                                                              "/data/executions/" +
                                                                                              i1 +
                                                                                              "/rules/" +
                                                                                              i2 +
                                                                                              "/rule_data/value/" +
                                                                                              i4,
                                                                                            schemaPath:
                                                                                              "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/0/items/type",
                                                                                            keyword:
                                                                                              "type",
                                                                                            params:
                                                                                              {
                                                                                                type: "string",
                                                                                              },
                                                                                          };
                                                                                        if (
                                                                                          vErrors ===
                                                                                          null
                                                                                        ) {
                                                                                          vErrors =
                                                                                            [
                                                                                              err28,
                                                                                            ];
                                                                                        } else {
                                                                                          vErrors.push(
                                                                                            err28,
                                                                                          );
                                                                                        }
                                                                                        errors++;
                                                                                      }
                                                                                      var valid23 =
                                                                                        _errs97 ===
                                                                                        errors;
                                                                                      if (
                                                                                        !valid23
                                                                                      ) {
                                                                                        break;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var _valid3 =
                                                                                  _errs95 ===
                                                                                  errors;
                                                                                valid22 =
                                                                                  valid22 ||
                                                                                  _valid3;
                                                                                if (
                                                                                  !valid22
                                                                                ) {
                                                                                  const _errs99 =
                                                                                    errors;
                                                                                  if (
                                                                                    errors ===
                                                                                    _errs99
                                                                                  ) {
                                                                                    if (
                                                                                      Array.isArray(
                                                                                        data40,
                                                                                      )
                                                                                    ) {
                                                                                      var valid24 = true;
                                                                                      const len5 =
                                                                                        data40.length;
                                                                                      for (
                                                                                        let i5 = 0;
                                                                                        i5 <
                                                                                        len5;
                                                                                        i5++
                                                                                      ) {
                                                                                        let data42 =
                                                                                          data40[
                                                                                            i5
                                                                                          ];
                                                                                        const _errs101 =
                                                                                          errors;
                                                                                        if (
                                                                                          !(
                                                                                            typeof data42 ==
                                                                                              "number" &&
                                                                                            isFinite(
                                                                                              data42,
                                                                                            )
                                                                                          )
                                                                                        ) {
                                                                                          const err29 =
                                                                                            {
                                                                                              instancePath:
                                                                                                instancePath +
                                                                                                "/activityLogs/" +
                                                                                                i0 +
                                                                                                "/data/executions/" +
                                                                                                i1 +
                                                                                                "/rules/" +
                                                                                                i2 +
                                                                                                "/rule_data/value/" +
                                                                                                i5,
                                                                                              schemaPath:
                                                                                                "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/1/items/type",
                                                                                              keyword:
                                                                                                "type",
                                                                                              params:
                                                                                                {
                                                                                                  type: "number",
                                                                                                },
                                                                                            };
                                                                                          if (
                                                                                            vErrors ===
                                                                                            null
                                                                                          ) {
                                                                                            vErrors =
                                                                                              [
                                                                                                err29,
                                                                                              ];
                                                                                          } else {
                                                                                            vErrors.push(
                                                                                              err29,
                                                                                            );
                                                                                          }
                                                                                          errors++;
                                                                                        }
                                                                                        var valid24 =
                                                                                          _errs101 ===
                                                                                          errors;
                                                                                        if (
                                                                                          !valid24
                                                                                        ) {
                                                                                          break;
                                                                                        }
                                                                                      }
                                                                                    } else {
                                                                                      const err30 =
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            "/activityLogs/" +
                                                                                            i0 +
                                                                                            "/data/executions/" +
                                                                                            i1 +
                                                                                            "/rules/" +
                                                                                            i2 +
                                                                                            "/rule_data/value",
                                                                                          schemaPath:
                                                                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/1/type",
                                                                                          keyword:
                                                                                            "type",
                                                                                          params:
                                                                                            {
                                                                                              type: "array",
                                                                                            },
                                                                                        };
                                                                                      if (
                                                                                        vErrors ===
                                                                                        null
                                                                                      ) {
                                                                                        vErrors =
                                                                                          [
                                                                                            err30,
                                                                                          ];
                                                                                      } else {
                                                                                        vErrors.push(
                                                                                          err30,
                                                                                        );
                                                                                      }
                                                                                      errors++;
                                                                                    }
                                                                                  }
                                                                                  var _valid3 =
                                                                                    _errs99 ===
                                                                                    errors;
                                                                                  valid22 =
                                                                                    valid22 ||
                                                                                    _valid3;
                                                                                }
                                                                                if (
                                                                                  !valid22
                                                                                ) {
                                                                                  const err31 =
                                                                                    {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        "/activityLogs/" +
                                                                                        i0 +
                                                                                        "/data/executions/" +
                                                                                        i1 +
                                                                                        "/rules/" +
                                                                                        i2 +
                                                                                        "/rule_data/value",
                                                                                      schemaPath:
                                                                                        "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf",
                                                                                      keyword:
                                                                                        "anyOf",
                                                                                      params:
                                                                                        {},
                                                                                    };
                                                                                  if (
                                                                                    vErrors ===
                                                                                    null
                                                                                  ) {
                                                                                    vErrors =
                                                                                      [
                                                                                        err31,
                                                                                      ];
                                                                                  } else {
                                                                                    vErrors.push(
                                                                                      err31,
                                                                                    );
                                                                                  }
                                                                                  errors++;
                                                                                  validate20.errors =
                                                                                    vErrors;
                                                                                  return false;
                                                                                } else {
                                                                                  errors =
                                                                                    _errs94;
                                                                                  if (
                                                                                    vErrors !==
                                                                                    null
                                                                                  ) {
                                                                                    if (
                                                                                      _errs94
                                                                                    ) {
                                                                                      vErrors.length =
                                                                                        _errs94;
                                                                                    } else {
                                                                                      vErrors =
                                                                                        null;
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var valid20 =
                                                                                  _errs93 ===
                                                                                  errors;
                                                                              } else {
                                                                                var valid20 = true;
                                                                              }
                                                                              if (
                                                                                valid20
                                                                              ) {
                                                                                if (
                                                                                  data32.operator !==
                                                                                  undefined
                                                                                ) {
                                                                                  let data43 =
                                                                                    data32.operator;
                                                                                  const _errs103 =
                                                                                    errors;
                                                                                  if (
                                                                                    typeof data43 !==
                                                                                    "string"
                                                                                  ) {
                                                                                    validate20.errors =
                                                                                      [
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            "/activityLogs/" +
                                                                                            i0 +
                                                                                            "/data/executions/" +
                                                                                            i1 +
                                                                                            "/rules/" +
                                                                                            i2 +
                                                                                            "/rule_data/operator",
                                                                                          schemaPath:
                                                                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/operator/type",
                                                                                          keyword:
                                                                                            "type",
                                                                                          params:
                                                                                            {
                                                                                              type: "string",
                                                                                            },
                                                                                        },
                                                                                      ];
                                                                                    return false;
                                                                                  }
                                                                                  if (
                                                                                    !(
                                                                                      data43 ===
                                                                                        "$noop" ||
                                                                                      data43 ===
                                                                                        "$eq" ||
                                                                                      data43 ===
                                                                                        "$lt" ||
                                                                                      data43 ===
                                                                                        "$lte" ||
                                                                                      data43 ===
                                                                                        "$gt" ||
                                                                                      data43 ===
                                                                                        "$gte" ||
                                                                                      data43 ===
                                                                                        "$in" ||
                                                                                      data43 ===
                                                                                        "$nin" ||
                                                                                      data43 ===
                                                                                        "$ne" ||
                                                                                      data43 ===
                                                                                        "$exists"
                                                                                    )
                                                                                  ) {
                                                                                    validate20.errors =
                                                                                      [
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            "/activityLogs/" +
                                                                                            i0 +
                                                                                            "/data/executions/" +
                                                                                            i1 +
                                                                                            "/rules/" +
                                                                                            i2 +
                                                                                            "/rule_data/operator",
                                                                                          schemaPath:
                                                                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/operator/enum",
                                                                                          keyword:
                                                                                            "enum",
                                                                                          params:
                                                                                            {
                                                                                              allowedValues:
                                                                                                schema31
                                                                                                  .properties
                                                                                                  .activityLogs
                                                                                                  .items
                                                                                                  .else
                                                                                                  .properties
                                                                                                  .data
                                                                                                  .properties
                                                                                                  .executions
                                                                                                  .items
                                                                                                  .properties
                                                                                                  .rules
                                                                                                  .items
                                                                                                  .properties
                                                                                                  .rule_data
                                                                                                  .properties
                                                                                                  .operator
                                                                                                  .enum,
                                                                                            },
                                                                                        },
                                                                                      ];
                                                                                    return false;
                                                                                  }
                                                                                  var valid20 =
                                                                                    _errs103 ===
                                                                                    errors;
                                                                                } else {
                                                                                  var valid20 = true;
                                                                                }
                                                                                if (
                                                                                  valid20
                                                                                ) {
                                                                                  if (
                                                                                    data32.type !==
                                                                                    undefined
                                                                                  ) {
                                                                                    let data44 =
                                                                                      data32.type;
                                                                                    const _errs105 =
                                                                                      errors;
                                                                                    if (
                                                                                      typeof data44 !==
                                                                                        "string" &&
                                                                                      data44 !==
                                                                                        null
                                                                                    ) {
                                                                                      validate20.errors =
                                                                                        [
                                                                                          {
                                                                                            instancePath:
                                                                                              instancePath +
                                                                                              "/activityLogs/" +
                                                                                              i0 +
                                                                                              "/data/executions/" +
                                                                                              i1 +
                                                                                              "/rules/" +
                                                                                              i2 +
                                                                                              "/rule_data/type",
                                                                                            schemaPath:
                                                                                              "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/type/type",
                                                                                            keyword:
                                                                                              "type",
                                                                                            params:
                                                                                              {
                                                                                                type: schema31
                                                                                                  .properties
                                                                                                  .activityLogs
                                                                                                  .items
                                                                                                  .else
                                                                                                  .properties
                                                                                                  .data
                                                                                                  .properties
                                                                                                  .executions
                                                                                                  .items
                                                                                                  .properties
                                                                                                  .rules
                                                                                                  .items
                                                                                                  .properties
                                                                                                  .rule_data
                                                                                                  .properties
                                                                                                  .type
                                                                                                  .type,
                                                                                              },
                                                                                          },
                                                                                        ];
                                                                                      return false;
                                                                                    }
                                                                                    if (
                                                                                      !(
                                                                                        data44 ===
                                                                                          "IDInformation" ||
                                                                                        data44 ===
                                                                                          "IDInformationTfhe" ||
                                                                                        data44 ===
                                                                                          "SelfieImage" ||
                                                                                        data44 ===
                                                                                          "IDImage" ||
                                                                                        data44 ===
                                                                                          "ProofOfResidence" ||
                                                                                        data44 ===
                                                                                          "AMLScreeningsResults" ||
                                                                                        data44 ===
                                                                                          "ID3" ||
                                                                                        data44 ===
                                                                                          "IDScan" ||
                                                                                        data44 ===
                                                                                          "IDScanSelfie" ||
                                                                                        data44 ===
                                                                                          "IDScanPassport" ||
                                                                                        data44 ===
                                                                                          null
                                                                                      )
                                                                                    ) {
                                                                                      validate20.errors =
                                                                                        [
                                                                                          {
                                                                                            instancePath:
                                                                                              instancePath +
                                                                                              "/activityLogs/" +
                                                                                              i0 +
                                                                                              "/data/executions/" +
                                                                                              i1 +
                                                                                              "/rules/" +
                                                                                              i2 +
                                                                                              "/rule_data/type",
                                                                                            schemaPath:
                                                                                              "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/type/enum",
                                                                                            keyword:
                                                                                              "enum",
                                                                                            params:
                                                                                              {
                                                                                                allowedValues:
                                                                                                  schema31
                                                                                                    .properties
                                                                                                    .activityLogs
                                                                                                    .items
                                                                                                    .else
                                                                                                    .properties
                                                                                                    .data
                                                                                                    .properties
                                                                                                    .executions
                                                                                                    .items
                                                                                                    .properties
                                                                                                    .rules
                                                                                                    .items
                                                                                                    .properties
                                                                                                    .rule_data
                                                                                                    .properties
                                                                                                    .type
                                                                                                    .enum,
                                                                                              },
                                                                                          },
                                                                                        ];
                                                                                      return false;
                                                                                    }
                                                                                    var valid20 =
                                                                                      _errs105 ===
                                                                                      errors;
                                                                                  } else {
                                                                                    var valid20 = true;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                                var valid16 =
                                                                  _errs77 ===
                                                                  errors;
                                                              } else {
                                                                var valid16 = true;
                                                              }
                                                              if (valid16) {
                                                                if (
                                                                  data26.status !==
                                                                  undefined
                                                                ) {
                                                                  let data45 =
                                                                    data26.status;
                                                                  const _errs107 =
                                                                    errors;
                                                                  if (
                                                                    typeof data45 !==
                                                                      "string" &&
                                                                    data45 !==
                                                                      null
                                                                  ) {
                                                                    validate20.errors =
                                                                      [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            "/activityLogs/" +
                                                                            i0 +
                                                                            "/data/executions/" +
                                                                            i1 +
                                                                            "/rules/" +
                                                                            i2 +
                                                                            "/status",
                                                                          schemaPath:
                                                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/status/type",
                                                                          keyword:
                                                                            "type",
                                                                          params:
                                                                            {
                                                                              type: schema31
                                                                                .properties
                                                                                .activityLogs
                                                                                .items
                                                                                .else
                                                                                .properties
                                                                                .data
                                                                                .properties
                                                                                .executions
                                                                                .items
                                                                                .properties
                                                                                .rules
                                                                                .items
                                                                                .properties
                                                                                .status
                                                                                .type,
                                                                            },
                                                                        },
                                                                      ];
                                                                    return false;
                                                                  }
                                                                  if (
                                                                    !(
                                                                      data45 ===
                                                                        "valid" ||
                                                                      data45 ===
                                                                        "not-valid" ||
                                                                      data45 ===
                                                                        "error" ||
                                                                      data45 ===
                                                                        "unknown" ||
                                                                      data45 ===
                                                                        null
                                                                    )
                                                                  ) {
                                                                    validate20.errors =
                                                                      [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            "/activityLogs/" +
                                                                            i0 +
                                                                            "/data/executions/" +
                                                                            i1 +
                                                                            "/rules/" +
                                                                            i2 +
                                                                            "/status",
                                                                          schemaPath:
                                                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/status/enum",
                                                                          keyword:
                                                                            "enum",
                                                                          params:
                                                                            {
                                                                              allowedValues:
                                                                                schema31
                                                                                  .properties
                                                                                  .activityLogs
                                                                                  .items
                                                                                  .else
                                                                                  .properties
                                                                                  .data
                                                                                  .properties
                                                                                  .executions
                                                                                  .items
                                                                                  .properties
                                                                                  .rules
                                                                                  .items
                                                                                  .properties
                                                                                  .status
                                                                                  .enum,
                                                                            },
                                                                        },
                                                                      ];
                                                                    return false;
                                                                  }
                                                                  var valid16 =
                                                                    _errs107 ===
                                                                    errors;
                                                                } else {
                                                                  var valid16 = true;
                                                                }
                                                              }
                                                            }
                                                          } else {
                                                            validate20.errors =
                                                              [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    "/activityLogs/" +
                                                                    i0 +
                                                                    "/data/executions/" +
                                                                    i1 +
                                                                    "/rules/" +
                                                                    i2,
                                                                  schemaPath:
                                                                    "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/type",
                                                                  keyword:
                                                                    "type",
                                                                  params: {
                                                                    type: "object",
                                                                  },
                                                                },
                                                              ];
                                                            return false;
                                                          }
                                                        }
                                                        var valid15 =
                                                          _errs65 === errors;
                                                        if (!valid15) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate20.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            "/activityLogs/" +
                                                            i0 +
                                                            "/data/executions/" +
                                                            i1 +
                                                            "/rules",
                                                          schemaPath:
                                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/type",
                                                          keyword: "type",
                                                          params: {
                                                            type: "array",
                                                          },
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                  var valid14 =
                                                    _errs63 === errors;
                                                } else {
                                                  var valid14 = true;
                                                }
                                                if (valid14) {
                                                  if (
                                                    data24.scenarioId !==
                                                    undefined
                                                  ) {
                                                    const _errs109 = errors;
                                                    if (
                                                      typeof data24.scenarioId !==
                                                      "string"
                                                    ) {
                                                      validate20.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            "/activityLogs/" +
                                                            i0 +
                                                            "/data/executions/" +
                                                            i1 +
                                                            "/scenarioId",
                                                          schemaPath:
                                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/scenarioId/type",
                                                          keyword: "type",
                                                          params: {
                                                            type: "string",
                                                          },
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid14 =
                                                      _errs109 === errors;
                                                  } else {
                                                    var valid14 = true;
                                                  }
                                                  if (valid14) {
                                                    if (
                                                      data24.scenarioStatus !==
                                                      undefined
                                                    ) {
                                                      let data47 =
                                                        data24.scenarioStatus;
                                                      const _errs111 = errors;
                                                      if (
                                                        typeof data47 !==
                                                        "string"
                                                      ) {
                                                        validate20.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              "/activityLogs/" +
                                                              i0 +
                                                              "/data/executions/" +
                                                              i1 +
                                                              "/scenarioStatus",
                                                            schemaPath:
                                                              "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/scenarioStatus/type",
                                                            keyword: "type",
                                                            params: {
                                                              type: "string",
                                                            },
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      if (
                                                        !(
                                                          data47 === "valid" ||
                                                          data47 ===
                                                            "not-valid" ||
                                                          data47 === "error" ||
                                                          data47 === "unknown"
                                                        )
                                                      ) {
                                                        validate20.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              "/activityLogs/" +
                                                              i0 +
                                                              "/data/executions/" +
                                                              i1 +
                                                              "/scenarioStatus",
                                                            schemaPath:
                                                              "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/scenarioStatus/enum",
                                                            keyword: "enum",
                                                            params: {
                                                              allowedValues:
                                                                schema31
                                                                  .properties
                                                                  .activityLogs
                                                                  .items.else
                                                                  .properties
                                                                  .data
                                                                  .properties
                                                                  .executions
                                                                  .items
                                                                  .properties
                                                                  .scenarioStatus
                                                                  .enum,
                                                            },
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid14 =
                                                        _errs111 === errors;
                                                    } else {
                                                      var valid14 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate20.errors = [
                                                {
                                                  instancePath:
                                                    instancePath +
                                                    "/activityLogs/" +
                                                    i0 +
                                                    "/data/executions/" +
                                                    i1,
                                                  schemaPath:
                                                    "#/properties/activityLogs/items/else/properties/data/properties/executions/items/type",
                                                  keyword: "type",
                                                  params: { type: "object" },
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                          var valid13 = _errs61 === errors;
                                          if (!valid13) {
                                            break;
                                          }
                                        }
                                      }
                                    }
                                    var valid12 = _errs59 === errors;
                                  } else {
                                    var valid12 = true;
                                  }
                                  if (valid12) {
                                    if (data22.execution_status !== undefined) {
                                      let data48 = data22.execution_status;
                                      const _errs113 = errors;
                                      if (typeof data48 !== "string") {
                                        validate20.errors = [
                                          {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/execution_status",
                                            schemaPath:
                                              "#/properties/activityLogs/items/else/properties/data/properties/execution_status/type",
                                            keyword: "type",
                                            params: { type: "string" },
                                          },
                                        ];
                                        return false;
                                      }
                                      if (
                                        !(
                                          data48 === "valid" ||
                                          data48 === "not-valid" ||
                                          data48 === "error" ||
                                          data48 === "unknown"
                                        )
                                      ) {
                                        validate20.errors = [
                                          {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/execution_status",
                                            schemaPath:
                                              "#/properties/activityLogs/items/else/properties/data/properties/execution_status/enum",
                                            keyword: "enum",
                                            params: {
                                              allowedValues:
                                                schema31.properties.activityLogs
                                                  .items.else.properties.data
                                                  .properties.execution_status
                                                  .enum,
                                            },
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid12 = _errs113 === errors;
                                    } else {
                                      var valid12 = true;
                                    }
                                  }
                                } else {
                                  validate20.errors = [
                                    {
                                      instancePath:
                                        instancePath +
                                        "/activityLogs/" +
                                        i0 +
                                        "/data",
                                      schemaPath:
                                        "#/properties/activityLogs/items/else/properties/data/type",
                                      keyword: "type",
                                      params: { type: "object" },
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                        } else {
                          validate20.errors = [
                            {
                              instancePath:
                                instancePath + "/activityLogs/" + i0,
                              schemaPath:
                                "#/properties/activityLogs/items/else/type",
                              keyword: "type",
                              params: { type: "object" },
                            },
                          ];
                          return false;
                        }
                      }
                      var _valid0 = _errs55 === errors;
                      valid2 = _valid0;
                      ifClause0 = "else";
                    }
                    if (!valid2) {
                      const err32 = {
                        instancePath: instancePath + "/activityLogs/" + i0,
                        schemaPath: "#/properties/activityLogs/items/if",
                        keyword: "if",
                        params: { failingKeyword: ifClause0 },
                      };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                      validate20.errors = vErrors;
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate20.errors = [
                    {
                      instancePath: instancePath + "/activityLogs",
                      schemaPath: "#/properties/activityLogs/type",
                      keyword: "type",
                      params: { type: "array" },
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate20.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "object" },
        },
      ];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
export const validateApiErrorBody = validate21;
const schema32 = {
  $id: "fast-ApiErrorBody",
  type: "object",
  required: ["message", "code"],
  properties: {
    message: { type: "string" },
    code: { type: "string" },
    issues: {
      type: "array",
      items: {
        type: "object",
        required: ["message"],
        additionalProperties: true,
        properties: { message: { type: "string" } },
      },
    },
  },
};
function validate21(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="fast-ApiErrorBody" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.message === undefined && (missing0 = "message")) ||
        (data.code === undefined && (missing0 = "code"))
      ) {
        validate21.errors = [
          {
            instancePath,
            schemaPath: "#/required",
            keyword: "required",
            params: { missingProperty: missing0 },
          },
        ];
        return false;
      } else {
        if (data.message !== undefined) {
          const _errs1 = errors;
          if (typeof data.message !== "string") {
            validate21.errors = [
              {
                instancePath: instancePath + "/message",
                schemaPath: "#/properties/message/type",
                keyword: "type",
                params: { type: "string" },
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.code !== undefined) {
            const _errs3 = errors;
            if (typeof data.code !== "string") {
              validate21.errors = [
                {
                  instancePath: instancePath + "/code",
                  schemaPath: "#/properties/code/type",
                  keyword: "type",
                  params: { type: "string" },
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.issues !== undefined) {
              let data2 = data.issues;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (
                        data3 &&
                        typeof data3 == "object" &&
                        !Array.isArray(data3)
                      ) {
                        let missing1;
                        if (
                          data3.message === undefined &&
                          (missing1 = "message")
                        ) {
                          validate21.errors = [
                            {
                              instancePath: instancePath + "/issues/" + i0,
                              schemaPath: "#/properties/issues/items/required",
                              keyword: "required",
                              params: { missingProperty: missing1 },
                            },
                          ];
                          return false;
                        } else {
                          if (data3.message !== undefined) {
                            if (typeof data3.message !== "string") {
                              validate21.errors = [
                                {
                                  instancePath:
                                    instancePath + "/issues/" + i0 + "/message",
                                  schemaPath:
                                    "#/properties/issues/items/properties/message/type",
                                  keyword: "type",
                                  params: { type: "string" },
                                },
                              ];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate21.errors = [
                          {
                            instancePath: instancePath + "/issues/" + i0,
                            schemaPath: "#/properties/issues/items/type",
                            keyword: "type",
                            params: { type: "object" },
                          },
                        ];
                        return false;
                      }
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [
                    {
                      instancePath: instancePath + "/issues",
                      schemaPath: "#/properties/issues/type",
                      keyword: "type",
                      params: { type: "array" },
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate21.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "object" },
        },
      ];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
export const explainActivityLogsResponse = validate22;
const schema33 = {
  $id: "explain-ActivityLogsResponse",
  type: "object",
  required: ["totalCount", "customerId", "activityLogs"],
  properties: {
    totalCount: { type: "integer", minimum: 0 },
    customerId: { type: "string" },
    activityLogs: { type: "array" },
  },
};
function validate22(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="explain-ActivityLogsResponse" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.totalCount === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "totalCount" },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.customerId === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "customerId" },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.activityLogs === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "activityLogs" },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.totalCount !== undefined) {
      let data0 = data.totalCount;
      if (
        !(
          typeof data0 == "number" &&
          !(data0 % 1) &&
          !isNaN(data0) &&
          isFinite(data0)
        )
      ) {
        const err3 = {
          instancePath: instancePath + "/totalCount",
          schemaPath: "#/properties/totalCount/type",
          keyword: "type",
          params: { type: "integer" },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err4 = {
            instancePath: instancePath + "/totalCount",
            schemaPath: "#/properties/totalCount/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.customerId !== undefined) {
      if (typeof data.customerId !== "string") {
        const err5 = {
          instancePath: instancePath + "/customerId",
          schemaPath: "#/properties/customerId/type",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.activityLogs !== undefined) {
      if (!Array.isArray(data.activityLogs)) {
        const err6 = {
          instancePath: instancePath + "/activityLogs",
          schemaPath: "#/properties/activityLogs/type",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
export const explainKycProviderEventLog = validate23;
const schema34 = {
  $id: "explain-KycProviderEventLog",
  type: "object",
  required: ["data"],
  properties: {
    data: {
      type: "object",
      required: ["data"],
      properties: {
        data: { type: "object", additionalProperties: true },
        event: {
          if: { type: "null" },
          else: {
            anyOf: [
              {
                type: "object",
                required: ["status", "alias", "sandbox"],
                properties: {
                  status: {
                    type: "string",
                    enum: [
                      "APPROVED",
                      "SUBMISSION_REQUIRED",
                      "RESUBMISSION_REQUIRED",
                      "REJECTED",
                      "PENDING_VERIFICATION",
                    ],
                  },
                  alias: { type: "string" },
                  sandbox: { type: "boolean" },
                },
              },
              {
                type: "object",
                required: ["status", "type", "sandbox", "metadata"],
                properties: {
                  status: {
                    type: "string",
                    enum: [
                      "APPROVED",
                      "SUBMISSION_REQUIRED",
                      "RESUBMISSION_REQUIRED",
                      "REJECTED",
                      "PENDING_VERIFICATION",
                    ],
                  },
                  type: {
                    type: "string",
                    enum: [
                      "ID_DOCUMENT",
                      "LIVENESS",
                      "PROOF_OF_ADDRESS",
                      "PHONE",
                      "EMAIL",
                    ],
                  },
                  sandbox: { type: "boolean" },
                  metadata: {
                    type: "object",
                    required: [
                      "ip",
                      "user_agent",
                      "platform",
                      "browser_name",
                      "browser_version",
                      "device",
                      "customer_language",
                    ],
                    properties: {
                      ip: { type: "string" },
                      user_agent: { type: "string" },
                      platform: { type: "string" },
                      browser_name: { type: "string" },
                      browser_version: { type: "string" },
                      device: { type: "string" },
                      customer_language: { type: "string" },
                    },
                  },
                },
              },
            ],
          },
        },
      },
    },
  },
};
function validate23(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="explain-KycProviderEventLog" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.data === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "data" },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data !== undefined) {
      let data0 = data.data;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.data === undefined) {
          const err1 = {
            instancePath: instancePath + "/data",
            schemaPath: "#/properties/data/required",
            keyword: "required",
            params: { missingProperty: "data" },
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.data !== undefined) {
          let data1 = data0.data;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          } else {
            const err2 = {
              instancePath: instancePath + "/data/data",
              schemaPath: "#/properties/data/properties/data/type",
              keyword: "type",
              params: { type: "object" },
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.event !== undefined) {
          let data2 = data0.event;
          const _errs7 = errors;
          let valid2 = true;
          const _errs8 = errors;
          if (data2 !== null) {
            const err3 = {};
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var _valid0 = _errs8 === errors;
          errors = _errs7;
          if (vErrors !== null) {
            if (_errs7) {
              vErrors.length = _errs7;
            } else {
              vErrors = null;
            }
          }
          if (!_valid0) {
            const _errs10 = errors;
            const _errs11 = errors;
            let valid3 = false;
            const _errs12 = errors;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              if (data2.status === undefined) {
                const err4 = {
                  instancePath: instancePath + "/data/event",
                  schemaPath:
                    "#/properties/data/properties/event/else/anyOf/0/required",
                  keyword: "required",
                  params: { missingProperty: "status" },
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              if (data2.alias === undefined) {
                const err5 = {
                  instancePath: instancePath + "/data/event",
                  schemaPath:
                    "#/properties/data/properties/event/else/anyOf/0/required",
                  keyword: "required",
                  params: { missingProperty: "alias" },
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              if (data2.sandbox === undefined) {
                const err6 = {
                  instancePath: instancePath + "/data/event",
                  schemaPath:
                    "#/properties/data/properties/event/else/anyOf/0/required",
                  keyword: "required",
                  params: { missingProperty: "sandbox" },
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              if (data2.status !== undefined) {
                let data3 = data2.status;
                if (typeof data3 !== "string") {
                  const err7 = {
                    instancePath: instancePath + "/data/event/status",
                    schemaPath:
                      "#/properties/data/properties/event/else/anyOf/0/properties/status/type",
                    keyword: "type",
                    params: { type: "string" },
                  };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                if (
                  !(
                    data3 === "APPROVED" ||
                    data3 === "SUBMISSION_REQUIRED" ||
                    data3 === "RESUBMISSION_REQUIRED" ||
                    data3 === "REJECTED" ||
                    data3 === "PENDING_VERIFICATION"
                  )
                ) {
                  const err8 = {
                    instancePath: instancePath + "/data/event/status",
                    schemaPath:
                      "#/properties/data/properties/event/else/anyOf/0/properties/status/enum",
                    keyword: "enum",
                    params: {
                      allowedValues:
                        schema34.properties.data.properties.event.else.anyOf[0]
                          .properties.status.enum,
                    },
                  };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              }
              if (data2.alias !== undefined) {
                if (typeof data2.alias !== "string") {
                  const err9 = {
                    instancePath: instancePath + "/data/event/alias",
                    schemaPath:
                      "#/properties/data/properties/event/else/anyOf/0/properties/alias/type",
                    keyword: "type",
                    params: { type: "string" },
                  };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              if (data2.sandbox !== undefined) {
                if (typeof data2.sandbox !== "boolean") {
                  const err10 = {
                    instancePath: instancePath + "/data/event/sandbox",
                    schemaPath:
                      "#/properties/data/properties/event/else/anyOf/0/properties/sandbox/type",
                    keyword: "type",
                    params: { type: "boolean" },
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
            } else {
              const err11 = {
                instancePath: instancePath + "/data/event",
                schemaPath:
                  "#/properties/data/properties/event/else/anyOf/0/type",
                keyword: "type",
                params: { type: "object" },
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            var _valid1 = _errs12 === errors;
            valid3 = valid3 || _valid1;
            if (!valid3) {
              const _errs20 = errors;
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.status === undefined) {
                  const err12 = {
                    instancePath: instancePath + "/data/event",
                    schemaPath:
                      "#/properties/data/properties/event/else/anyOf/1/required",
                    keyword: "required",
                    params: { missingProperty: "status" },
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                if (data2.type === undefined) {
                  const err13 = {
                    instancePath: instancePath + "/data/event",
                    schemaPath:
                      "#/properties/data/properties/event/else/anyOf/1/required",
                    keyword: "required",
                    params: { missingProperty: "type" },
                  };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                if (data2.sandbox === undefined) {
                  const err14 = {
                    instancePath: instancePath + "/data/event",
                    schemaPath:
                      "#/properties/data/properties/event/else/anyOf/1/required",
                    keyword: "required",
                    params: { missingProperty: "sandbox" },
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (data2.metadata === undefined) {
                  const err15 = {
                    instancePath: instancePath + "/data/event",
                    schemaPath:
                      "#/properties/data/properties/event/else/anyOf/1/required",
                    keyword: "required",
                    params: { missingProperty: "metadata" },
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data2.status !== undefined) {
                  let data6 = data2.status;
                  if (typeof data6 !== "string") {
                    const err16 = {
                      instancePath: instancePath + "/data/event/status",
                      schemaPath:
                        "#/properties/data/properties/event/else/anyOf/1/properties/status/type",
                      keyword: "type",
                      params: { type: "string" },
                    };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  if (
                    !(
                      data6 === "APPROVED" ||
                      data6 === "SUBMISSION_REQUIRED" ||
                      data6 === "RESUBMISSION_REQUIRED" ||
                      data6 === "REJECTED" ||
                      data6 === "PENDING_VERIFICATION"
                    )
                  ) {
                    const err17 = {
                      instancePath: instancePath + "/data/event/status",
                      schemaPath:
                        "#/properties/data/properties/event/else/anyOf/1/properties/status/enum",
                      keyword: "enum",
                      params: {
                        allowedValues:
                          schema34.properties.data.properties.event.else
                            .anyOf[1].properties.status.enum,
                      },
                    };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data2.type !== undefined) {
                  let data7 = data2.type;
                  if (typeof data7 !== "string") {
                    const err18 = {
                      instancePath: instancePath + "/data/event/type",
                      schemaPath:
                        "#/properties/data/properties/event/else/anyOf/1/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                    };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                  if (
                    !(
                      data7 === "ID_DOCUMENT" ||
                      data7 === "LIVENESS" ||
                      data7 === "PROOF_OF_ADDRESS" ||
                      data7 === "PHONE" ||
                      data7 === "EMAIL"
                    )
                  ) {
                    const err19 = {
                      instancePath: instancePath + "/data/event/type",
                      schemaPath:
                        "#/properties/data/properties/event/else/anyOf/1/properties/type/enum",
                      keyword: "enum",
                      params: {
                        allowedValues:
                          schema34.properties.data.properties.event.else
                            .anyOf[1].properties.type.enum,
                      },
                    };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data2.sandbox !== undefined) {
                  if (typeof data2.sandbox !== "boolean") {
                    const err20 = {
                      instancePath: instancePath + "/data/event/sandbox",
                      schemaPath:
                        "#/properties/data/properties/event/else/anyOf/1/properties/sandbox/type",
                      keyword: "type",
                      params: { type: "boolean" },
                    };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data2.metadata !== undefined) {
                  let data9 = data2.metadata;
                  if (
                    data9 &&
                    typeof data9 == "object" &&
                    !Array.isArray(data9)
                  ) {
                    if (data9.ip === undefined) {
                      const err21 = {
                        instancePath: instancePath + "/data/event/metadata",
                        schemaPath:
                          "#/properties/data/properties/event/else/anyOf/1/properties/metadata/required",
                        keyword: "required",
                        params: { missingProperty: "ip" },
                      };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    if (data9.user_agent === undefined) {
                      const err22 = {
                        instancePath: instancePath + "/data/event/metadata",
                        schemaPath:
                          "#/properties/data/properties/event/else/anyOf/1/properties/metadata/required",
                        keyword: "required",
                        params: { missingProperty: "user_agent" },
                      };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                    if (data9.platform === undefined) {
                      const err23 = {
                        instancePath: instancePath + "/data/event/metadata",
                        schemaPath:
                          "#/properties/data/properties/event/else/anyOf/1/properties/metadata/required",
                        keyword: "required",
                        params: { missingProperty: "platform" },
                      };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                    if (data9.browser_name === undefined) {
                      const err24 = {
                        instancePath: instancePath + "/data/event/metadata",
                        schemaPath:
                          "#/properties/data/properties/event/else/anyOf/1/properties/metadata/required",
                        keyword: "required",
                        params: { missingProperty: "browser_name" },
                      };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                    if (data9.browser_version === undefined) {
                      const err25 = {
                        instancePath: instancePath + "/data/event/metadata",
                        schemaPath:
                          "#/properties/data/properties/event/else/anyOf/1/properties/metadata/required",
                        keyword: "required",
                        params: { missingProperty: "browser_version" },
                      };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                    if (data9.device === undefined) {
                      const err26 = {
                        instancePath: instancePath + "/data/event/metadata",
                        schemaPath:
                          "#/properties/data/properties/event/else/anyOf/1/properties/metadata/required",
                        keyword: "required",
                        params: { missingProperty: "device" },
                      };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                    if (data9.customer_language === undefined) {
                      const err27 = {
                        instancePath: instancePath + "/data/event/metadata",
                        schemaPath:
                          "#/properties/data/properties/event/else/anyOf/1/properties/metadata/required",
                        keyword: "required",
                        params: { missingProperty: "customer_language" },
                      };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                    if (data9.ip !== undefined) {
                      if (typeof data9.ip !== "string") {
                        const err28 = {
                          instancePath:
                            instancePath + "/data/event/metadata/ip",
                          schemaPath:
                            "#/properties/data/properties/event/else/anyOf/1/properties/metadata/properties/ip/type",
                          keyword: "type",
                          params: { type: "string" },
                        };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                    }
                    if (data9.user_agent !== undefined) {
                      if (typeof data9.user_agent !== "string") {
                        const err29 = {
                          instancePath:
                            instancePath + "/data/event/metadata/user_agent",
                          schemaPath:
                            "#/properties/data/properties/event/else/anyOf/1/properties/metadata/properties/user_agent/type",
                          keyword: "type",
                          params: { type: "string" },
                        };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                    }
                    if (data9.platform !== undefined) {
                      if (typeof data9.platform !== "string") {
                        const err30 = {
                          instancePath:
                            instancePath + "/data/event/metadata/platform",
                          schemaPath:
                            "#/properties/data/properties/event/else/anyOf/1/properties/metadata/properties/platform/type",
                          keyword: "type",
                          params: { type: "string" },
                        };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                    if (data9.browser_name !== undefined) {
                      if (typeof data9.browser_name !== "string") {
                        const err31 = {
                          instancePath:
                            instancePath + "/data/event/metadata/browser_name",
                          schemaPath:
                            "#/properties/data/properties/event/else/anyOf/1/properties/metadata/properties/browser_name/type",
                          keyword: "type",
                          params: { type: "string" },
                        };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    }
                    if (data9.browser_version !== undefined) {
                      if (typeof data9.browser_version !== "string") {
                        const err32 = {
                          instancePath:
                            instancePath +
                            "/data/event/metadata/browser_version",
                          schemaPath:
                            "#/properties/data/properties/event/else/anyOf/1/properties/metadata/properties/browser_version/type",
                          keyword: "type",
                          params: { type: "string" },
                        };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                      }
                    }
                    if (data9.device !== undefined) {
                      if (typeof data9.device !== "string") {
                        const err33 = {
                          instancePath:
                            instancePath + "/data/event/metadata/device",
                          schemaPath:
                            "#/properties/data/properties/event/else/anyOf/1/properties/metadata/properties/device/type",
                          keyword: "type",
                          params: { type: "string" },
                        };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                    if (data9.customer_language !== undefined) {
                      if (typeof data9.customer_language !== "string") {
                        const err34 = {
                          instancePath:
                            instancePath +
                            "/data/event/metadata/customer_language",
                          schemaPath:
                            "#/properties/data/properties/event/else/anyOf/1/properties/metadata/properties/customer_language/type",
                          keyword: "type",
                          params: { type: "string" },
                        };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err35 = {
                      instancePath: instancePath + "/data/event/metadata",
                      schemaPath:
                        "#/properties/data/properties/event/else/anyOf/1/properties/metadata/type",
                      keyword: "type",
                      params: { type: "object" },
                    };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = {
                  instancePath: instancePath + "/data/event",
                  schemaPath:
                    "#/properties/data/properties/event/else/anyOf/1/type",
                  keyword: "type",
                  params: { type: "object" },
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              var _valid1 = _errs20 === errors;
              valid3 = valid3 || _valid1;
            }
            if (!valid3) {
              const err37 = {
                instancePath: instancePath + "/data/event",
                schemaPath: "#/properties/data/properties/event/else/anyOf",
                keyword: "anyOf",
                params: {},
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            } else {
              errors = _errs11;
              if (vErrors !== null) {
                if (_errs11) {
                  vErrors.length = _errs11;
                } else {
                  vErrors = null;
                }
              }
            }
            var _valid0 = _errs10 === errors;
            valid2 = _valid0;
          }
          if (!valid2) {
            const err38 = {
              instancePath: instancePath + "/data/event",
              schemaPath: "#/properties/data/properties/event/if",
              keyword: "if",
              params: { failingKeyword: "else" },
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = {
          instancePath: instancePath + "/data",
          schemaPath: "#/properties/data/type",
          keyword: "type",
          params: { type: "object" },
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
    };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
export const explainScenarioExecutionLog = validate24;
const schema35 = {
  $id: "explain-ScenarioExecutionLog",
  type: "object",
  required: ["data"],
  properties: {
    data: {
      type: "object",
      properties: {
        executions: {
          type: ["array", "null"],
          items: {
            type: "object",
            required: ["rules"],
            properties: {
              rules: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    result: {
                      if: { type: "null" },
                      else: {
                        type: "object",
                        properties: {
                          result: {
                            if: { type: "null" },
                            else: {
                              type: "object",
                              properties: {
                                is_valid: { type: "boolean" },
                                reasons: {
                                  type: "array",
                                  items: { type: "string" },
                                },
                              },
                            },
                          },
                        },
                      },
                    },
                    rule_data: {
                      if: { type: "null" },
                      else: {
                        type: "object",
                        required: ["attribute", "operator"],
                        properties: {
                          queryId: { type: "string" },
                          id: { type: "string" },
                          requestId: { type: ["number", "null"] },
                          attribute: {
                            anyOf: [
                              { type: "string" },
                              {
                                type: "object",
                                required: ["version", "schema", "path"],
                                properties: {
                                  version: { type: "string", enum: ["v1"] },
                                  schema: {
                                    type: "string",
                                    enum: [
                                      "Customer",
                                      "KycSession",
                                      "Transaction",
                                      "Tfhe",
                                    ],
                                  },
                                  path: {
                                    type: "string",
                                    enum: [
                                      "Customer",
                                      "Customer/identityData",
                                      "Customer/identityData/age",
                                      "Customer/identityData/nationality",
                                      "Customer/identityData/residence",
                                      "Customer/identityData/email",
                                      "Customer/identityData/phone",
                                      "Customer/kycStatus",
                                      "Customer/kycStatus/allCheckStatus",
                                      "Customer/kycStatus/selfieCheckStatus",
                                      "Customer/kycStatus/idImageCheckStatus",
                                      "Customer/kycStatus/idInformationCheckStatus",
                                      "Customer/kycStatus/proofOfResidenceCheckStatus",
                                      "Customer/amlScreening",
                                      "Customer/amlScreening/amlHits",
                                      "Customer/amlScreening/pepHits",
                                      "Customer/amlScreening/sanctionsHits",
                                      "Customer/amlScreening/adverseMediaHits",
                                      "Customer/amlScreening/pepAttribute",
                                      "Customer/amlScreening/sanctionsStatus",
                                      "Customer/amlScreening/adverseMediaStatus",
                                      "Customer/duplicates",
                                      "Customer/duplicates/duplicateHits",
                                      "Customer/duplicates/hasDuplicates",
                                      "Customer/walletScreening",
                                      "Customer/walletScreening/riskScore",
                                      "Customer/fraudAnalytics",
                                      "Customer/fraudAnalytics/ipCountry",
                                      "Customer/fraudAnalytics/ipVpn",
                                      "Customer/fraudAnalytics/ipScore",
                                      "Customer/fraudAnalytics/emailScore",
                                      "Customer/fraudAnalytics/phoneScore",
                                      "KycSession",
                                      "KycSession/vcs",
                                      "KycSession/vcs/IDInformation",
                                      "KycSession/vcs/IDInformation/v1",
                                      "KycSession/vcs/IDInformation/v1/id",
                                      "KycSession/vcs/IDInformation/v1/@context",
                                      "KycSession/vcs/IDInformation/v1/type",
                                      "KycSession/vcs/IDInformation/v1/expirationDate",
                                      "KycSession/vcs/IDInformation/v1/issuanceDate",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/id",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/journeyId",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/reviewAnswer",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectType",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectLabels",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/documentType",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/entryDate",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/entryTime",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/firstName",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/middleName",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/lastName",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/gender",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/age",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/citizenship",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/country",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/fullName",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/birthDate",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/countryOfBirth",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/stateOfBirth",
                                      "KycSession/vcs/IDInformation/v1/credentialSubject/isSandbox",
                                      "KycSession/vcs/IDInformation/v1/credentialStatus",
                                      "KycSession/vcs/IDInformation/v1/credentialStatus/id",
                                      "KycSession/vcs/IDInformation/v1/credentialStatus/type",
                                      "KycSession/vcs/IDInformation/v1/credentialStatus/revocationNonce",
                                      "KycSession/vcs/IDInformation/v1/issuer",
                                      "KycSession/vcs/IDInformation/v1/credentialSchema",
                                      "KycSession/vcs/IDInformation/v1/credentialSchema/id",
                                      "KycSession/vcs/IDInformation/v1/credentialSchema/type",
                                      "KycSession/vcs/IDInformation/v1/proof",
                                      "KycSession/vcs/IDImage",
                                      "KycSession/vcs/IDImage/v1",
                                      "KycSession/vcs/IDImage/v1/id",
                                      "KycSession/vcs/IDImage/v1/@context",
                                      "KycSession/vcs/IDImage/v1/type",
                                      "KycSession/vcs/IDImage/v1/expirationDate",
                                      "KycSession/vcs/IDImage/v1/issuanceDate",
                                      "KycSession/vcs/IDImage/v1/credentialSubject",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/id",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/journeyId",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/base64_front",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/base64_back",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/name",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/documentType",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/entryDate",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/entryTime",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_front",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_back",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/reviewAnswer",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectType",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectLabels",
                                      "KycSession/vcs/IDImage/v1/credentialSubject/isSandbox",
                                      "KycSession/vcs/IDImage/v1/credentialStatus",
                                      "KycSession/vcs/IDImage/v1/credentialStatus/id",
                                      "KycSession/vcs/IDImage/v1/credentialStatus/type",
                                      "KycSession/vcs/IDImage/v1/credentialStatus/revocationNonce",
                                      "KycSession/vcs/IDImage/v1/issuer",
                                      "KycSession/vcs/IDImage/v1/credentialSchema",
                                      "KycSession/vcs/IDImage/v1/credentialSchema/id",
                                      "KycSession/vcs/IDImage/v1/credentialSchema/type",
                                      "KycSession/vcs/IDImage/v1/proof",
                                      "KycSession/vcs/SelfieImage",
                                      "KycSession/vcs/SelfieImage/v1",
                                      "KycSession/vcs/SelfieImage/v1/id",
                                      "KycSession/vcs/SelfieImage/v1/@context",
                                      "KycSession/vcs/SelfieImage/v1/type",
                                      "KycSession/vcs/SelfieImage/v1/expirationDate",
                                      "KycSession/vcs/SelfieImage/v1/issuanceDate",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject/id",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject/journeyId",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject/base64",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject/name",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject/mediaType",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject/entryDate",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject/entryTime",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewAnswer",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectType",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectLabels",
                                      "KycSession/vcs/SelfieImage/v1/credentialSubject/isSandbox",
                                      "KycSession/vcs/SelfieImage/v1/credentialStatus",
                                      "KycSession/vcs/SelfieImage/v1/credentialStatus/id",
                                      "KycSession/vcs/SelfieImage/v1/credentialStatus/type",
                                      "KycSession/vcs/SelfieImage/v1/credentialStatus/revocationNonce",
                                      "KycSession/vcs/SelfieImage/v1/issuer",
                                      "KycSession/vcs/SelfieImage/v1/credentialSchema",
                                      "KycSession/vcs/SelfieImage/v1/credentialSchema/id",
                                      "KycSession/vcs/SelfieImage/v1/credentialSchema/type",
                                      "KycSession/vcs/SelfieImage/v1/proof",
                                      "KycSession/vcs/ProofOfResidence",
                                      "KycSession/vcs/ProofOfResidence/v1",
                                      "KycSession/vcs/ProofOfResidence/v1/id",
                                      "KycSession/vcs/ProofOfResidence/v1/@context",
                                      "KycSession/vcs/ProofOfResidence/v1/type",
                                      "KycSession/vcs/ProofOfResidence/v1/expirationDate",
                                      "KycSession/vcs/ProofOfResidence/v1/issuanceDate",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/id",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/journeyId",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/country",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/base64",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/name",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/documentType",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryDate",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryTime",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/mediaType",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/county",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/city",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/streetName",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/postalCode",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSubject/isSandbox",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialStatus",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialStatus/id",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialStatus/type",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialStatus/revocationNonce",
                                      "KycSession/vcs/ProofOfResidence/v1/issuer",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSchema",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSchema/id",
                                      "KycSession/vcs/ProofOfResidence/v1/credentialSchema/type",
                                      "KycSession/vcs/ProofOfResidence/v1/proof",
                                      "Transaction",
                                      "Transaction/amount",
                                      "Transaction/amount/USD",
                                      "Transaction/amount/EUR",
                                      "Transaction/amount/GBP",
                                      "Transaction/event",
                                      "Transaction/event/transactionDate",
                                      "Transaction/event/amount",
                                      "Transaction/event/riskScore",
                                      "Transaction/event/riskLevel",
                                      "Transaction/event/type",
                                      "Transaction/event/assets",
                                      "Transaction/originator",
                                      "Transaction/originator/countryOfResidence",
                                      "Transaction/originator/nationality",
                                      "Transaction/originator/riskScore",
                                      "Transaction/originator/riskLevel",
                                      "Transaction/originator/type",
                                      "Transaction/originator/address",
                                      "Transaction/beneficiary",
                                      "Transaction/beneficiary/countryOfResidence",
                                      "Transaction/beneficiary/nationality",
                                      "Transaction/beneficiary/riskScore",
                                      "Transaction/beneficiary/riskLevel",
                                      "Transaction/beneficiary/type",
                                      "Transaction/beneficiary/address",
                                      "Transaction/transactionStats",
                                      "Transaction/transactionStats/last1D",
                                      "Transaction/transactionStats/last1D/count",
                                      "Transaction/transactionStats/last1D/totalAmountUsd",
                                      "Transaction/transactionStats/last1D/maxAmountUsd",
                                      "Transaction/transactionStats/last7D",
                                      "Transaction/transactionStats/last7D/count",
                                      "Transaction/transactionStats/last7D/totalAmountUsd",
                                      "Transaction/transactionStats/last7D/maxAmountUsd",
                                      "Transaction/transactionStats/last14D",
                                      "Transaction/transactionStats/last14D/count",
                                      "Transaction/transactionStats/last14D/totalAmountUsd",
                                      "Transaction/transactionStats/last14D/maxAmountUsd",
                                      "Transaction/transactionStats/last30D",
                                      "Transaction/transactionStats/last30D/count",
                                      "Transaction/transactionStats/last30D/totalAmountUsd",
                                      "Transaction/transactionStats/last30D/maxAmountUsd",
                                      "Transaction/transactionStats/yearToDate",
                                      "Transaction/transactionStats/yearToDate/count",
                                      "Transaction/transactionStats/yearToDate/totalAmountUsd",
                                      "Transaction/transactionStats/yearToDate/maxAmountUsd",
                                      "Transaction/transactionStats/monthToDate",
                                      "Transaction/transactionStats/monthToDate/count",
                                      "Transaction/transactionStats/monthToDate/totalAmountUsd",
                                      "Transaction/transactionStats/monthToDate/maxAmountUsd",
                                      "Tfhe",
                                      "Tfhe/vcs",
                                      "Tfhe/vcs/IDInformationTfhe",
                                      "Tfhe/vcs/IDInformationTfhe/v1",
                                      "Tfhe/vcs/IDInformationTfhe/v1/id",
                                      "Tfhe/vcs/IDInformationTfhe/v1/@context",
                                      "Tfhe/vcs/IDInformationTfhe/v1/type",
                                      "Tfhe/vcs/IDInformationTfhe/v1/expirationDate",
                                      "Tfhe/vcs/IDInformationTfhe/v1/issuanceDate",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/id",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/journeyId",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewAnswer",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectType",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectLabels",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/documentType",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryDate",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryTime",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/firstName",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/middleName",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/lastName",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/gender",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/age",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/citizenship",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/country",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/fullName",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/birthDate",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/countryOfBirth",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/stateOfBirth",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/isSandbox",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/id",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/type",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/revocationNonce",
                                      "Tfhe/vcs/IDInformationTfhe/v1/issuer",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/id",
                                      "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/type",
                                      "Tfhe/vcs/IDInformationTfhe/v1/proof",
                                    ],
                                  },
                                },
                              },
                            ],
                          },
                          value: {
                            if: { type: "null" },
                            else: {
                              anyOf: [
                                { type: "boolean" },
                                { type: "string" },
                                { type: "number" },
                                { type: "array", items: { type: "string" } },
                                { type: "array", items: { type: "number" } },
                              ],
                            },
                          },
                          operator: {
                            type: "string",
                            enum: [
                              "$noop",
                              "$eq",
                              "$lt",
                              "$lte",
                              "$gt",
                              "$gte",
                              "$in",
                              "$nin",
                              "$ne",
                              "$exists",
                            ],
                          },
                          type: {
                            if: { type: "null" },
                            else: {
                              type: "string",
                              enum: [
                                "IDInformation",
                                "IDInformationTfhe",
                                "SelfieImage",
                                "IDImage",
                                "ProofOfResidence",
                                "AMLScreeningsResults",
                                "ID3",
                                "IDScan",
                                "IDScanSelfie",
                                "IDScanPassport",
                              ],
                            },
                          },
                        },
                      },
                    },
                    status: {
                      if: { type: "null" },
                      else: {
                        type: "string",
                        enum: ["valid", "not-valid", "error", "unknown"],
                      },
                    },
                  },
                },
              },
              scenarioId: { type: "string" },
              scenarioStatus: {
                type: "string",
                enum: ["valid", "not-valid", "error", "unknown"],
              },
            },
          },
        },
        execution_status: {
          type: "string",
          enum: ["valid", "not-valid", "error", "unknown"],
        },
      },
    },
  },
};
function validate24(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="explain-ScenarioExecutionLog" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.data === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "data" },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data !== undefined) {
      let data0 = data.data;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.executions !== undefined) {
          let data1 = data0.executions;
          if (!Array.isArray(data1) && data1 !== null) {
            const err1 = {
              instancePath: instancePath + "/data/executions",
              schemaPath: "#/properties/data/properties/executions/type",
              keyword: "type",
              params: {
                type: schema35.properties.data.properties.executions.type,
              },
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.rules === undefined) {
                  const err2 = {
                    instancePath: instancePath + "/data/executions/" + i0,
                    schemaPath:
                      "#/properties/data/properties/executions/items/required",
                    keyword: "required",
                    params: { missingProperty: "rules" },
                  };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
                if (data2.rules !== undefined) {
                  let data3 = data2.rules;
                  if (Array.isArray(data3)) {
                    const len1 = data3.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data4 = data3[i1];
                      if (
                        data4 &&
                        typeof data4 == "object" &&
                        !Array.isArray(data4)
                      ) {
                        if (data4.result !== undefined) {
                          let data5 = data4.result;
                          const _errs12 = errors;
                          let valid8 = true;
                          const _errs13 = errors;
                          if (data5 !== null) {
                            const err3 = {};
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                          }
                          var _valid0 = _errs13 === errors;
                          errors = _errs12;
                          if (vErrors !== null) {
                            if (_errs12) {
                              vErrors.length = _errs12;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid0) {
                            const _errs15 = errors;
                            if (
                              data5 &&
                              typeof data5 == "object" &&
                              !Array.isArray(data5)
                            ) {
                              if (data5.result !== undefined) {
                                let data6 = data5.result;
                                const _errs18 = errors;
                                let valid10 = true;
                                const _errs19 = errors;
                                if (data6 !== null) {
                                  const err4 = {};
                                  if (vErrors === null) {
                                    vErrors = [err4];
                                  } else {
                                    vErrors.push(err4);
                                  }
                                  errors++;
                                }
                                var _valid1 = _errs19 === errors;
                                errors = _errs18;
                                if (vErrors !== null) {
                                  if (_errs18) {
                                    vErrors.length = _errs18;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                                if (!_valid1) {
                                  const _errs21 = errors;
                                  if (
                                    data6 &&
                                    typeof data6 == "object" &&
                                    !Array.isArray(data6)
                                  ) {
                                    if (data6.is_valid !== undefined) {
                                      if (typeof data6.is_valid !== "boolean") {
                                        const err5 = {
                                          instancePath:
                                            instancePath +
                                            "/data/executions/" +
                                            i0 +
                                            "/rules/" +
                                            i1 +
                                            "/result/result/is_valid",
                                          schemaPath:
                                            "#/properties/data/properties/executions/items/properties/rules/items/properties/result/else/properties/result/else/properties/is_valid/type",
                                          keyword: "type",
                                          params: { type: "boolean" },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err5];
                                        } else {
                                          vErrors.push(err5);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data6.reasons !== undefined) {
                                      let data8 = data6.reasons;
                                      if (Array.isArray(data8)) {
                                        const len2 = data8.length;
                                        for (let i2 = 0; i2 < len2; i2++) {
                                          if (typeof data8[i2] !== "string") {
                                            const err6 = {
                                              instancePath:
                                                instancePath +
                                                "/data/executions/" +
                                                i0 +
                                                "/rules/" +
                                                i1 +
                                                "/result/result/reasons/" +
                                                i2,
                                              schemaPath:
                                                "#/properties/data/properties/executions/items/properties/rules/items/properties/result/else/properties/result/else/properties/reasons/items/type",
                                              keyword: "type",
                                              params: { type: "string" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err6];
                                            } else {
                                              vErrors.push(err6);
                                            }
                                            errors++;
                                          }
                                        }
                                      } else {
                                        const err7 = {
                                          instancePath:
                                            instancePath +
                                            "/data/executions/" +
                                            i0 +
                                            "/rules/" +
                                            i1 +
                                            "/result/result/reasons",
                                          schemaPath:
                                            "#/properties/data/properties/executions/items/properties/rules/items/properties/result/else/properties/result/else/properties/reasons/type",
                                          keyword: "type",
                                          params: { type: "array" },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err7];
                                        } else {
                                          vErrors.push(err7);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err8 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/result/result",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/result/else/properties/result/else/type",
                                      keyword: "type",
                                      params: { type: "object" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err8];
                                    } else {
                                      vErrors.push(err8);
                                    }
                                    errors++;
                                  }
                                  var _valid1 = _errs21 === errors;
                                  valid10 = _valid1;
                                }
                                if (!valid10) {
                                  const err9 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/result/result",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/result/else/properties/result/if",
                                    keyword: "if",
                                    params: { failingKeyword: "else" },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err9];
                                  } else {
                                    vErrors.push(err9);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err10 = {
                                instancePath:
                                  instancePath +
                                  "/data/executions/" +
                                  i0 +
                                  "/rules/" +
                                  i1 +
                                  "/result",
                                schemaPath:
                                  "#/properties/data/properties/executions/items/properties/rules/items/properties/result/else/type",
                                keyword: "type",
                                params: { type: "object" },
                              };
                              if (vErrors === null) {
                                vErrors = [err10];
                              } else {
                                vErrors.push(err10);
                              }
                              errors++;
                            }
                            var _valid0 = _errs15 === errors;
                            valid8 = _valid0;
                          }
                          if (!valid8) {
                            const err11 = {
                              instancePath:
                                instancePath +
                                "/data/executions/" +
                                i0 +
                                "/rules/" +
                                i1 +
                                "/result",
                              schemaPath:
                                "#/properties/data/properties/executions/items/properties/rules/items/properties/result/if",
                              keyword: "if",
                              params: { failingKeyword: "else" },
                            };
                            if (vErrors === null) {
                              vErrors = [err11];
                            } else {
                              vErrors.push(err11);
                            }
                            errors++;
                          }
                        }
                        if (data4.rule_data !== undefined) {
                          let data10 = data4.rule_data;
                          const _errs30 = errors;
                          let valid14 = true;
                          const _errs31 = errors;
                          if (data10 !== null) {
                            const err12 = {};
                            if (vErrors === null) {
                              vErrors = [err12];
                            } else {
                              vErrors.push(err12);
                            }
                            errors++;
                          }
                          var _valid2 = _errs31 === errors;
                          errors = _errs30;
                          if (vErrors !== null) {
                            if (_errs30) {
                              vErrors.length = _errs30;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid2) {
                            const _errs33 = errors;
                            if (
                              data10 &&
                              typeof data10 == "object" &&
                              !Array.isArray(data10)
                            ) {
                              if (data10.attribute === undefined) {
                                const err13 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/required",
                                  keyword: "required",
                                  params: { missingProperty: "attribute" },
                                };
                                if (vErrors === null) {
                                  vErrors = [err13];
                                } else {
                                  vErrors.push(err13);
                                }
                                errors++;
                              }
                              if (data10.operator === undefined) {
                                const err14 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/required",
                                  keyword: "required",
                                  params: { missingProperty: "operator" },
                                };
                                if (vErrors === null) {
                                  vErrors = [err14];
                                } else {
                                  vErrors.push(err14);
                                }
                                errors++;
                              }
                              if (data10.queryId !== undefined) {
                                if (typeof data10.queryId !== "string") {
                                  const err15 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/queryId",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/queryId/type",
                                    keyword: "type",
                                    params: { type: "string" },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err15];
                                  } else {
                                    vErrors.push(err15);
                                  }
                                  errors++;
                                }
                              }
                              if (data10.id !== undefined) {
                                if (typeof data10.id !== "string") {
                                  const err16 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/id",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/id/type",
                                    keyword: "type",
                                    params: { type: "string" },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err16];
                                  } else {
                                    vErrors.push(err16);
                                  }
                                  errors++;
                                }
                              }
                              if (data10.requestId !== undefined) {
                                let data13 = data10.requestId;
                                if (
                                  !(
                                    typeof data13 == "number" &&
                                    isFinite(data13)
                                  ) &&
                                  data13 !== null
                                ) {
                                  const err17 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/requestId",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/requestId/type",
                                    keyword: "type",
                                    params: {
                                      type: schema35.properties.data.properties
                                        .executions.items.properties.rules.items
                                        .properties.rule_data.else.properties
                                        .requestId.type,
                                    },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err17];
                                  } else {
                                    vErrors.push(err17);
                                  }
                                  errors++;
                                }
                              }
                              if (data10.attribute !== undefined) {
                                let data14 = data10.attribute;
                                const _errs42 = errors;
                                let valid16 = false;
                                const _errs43 = errors;
                                if (typeof data14 !== "string") {
                                  const err18 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/attribute",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf/0/type",
                                    keyword: "type",
                                    params: { type: "string" },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err18];
                                  } else {
                                    vErrors.push(err18);
                                  }
                                  errors++;
                                }
                                var _valid3 = _errs43 === errors;
                                valid16 = valid16 || _valid3;
                                if (!valid16) {
                                  const _errs45 = errors;
                                  if (
                                    data14 &&
                                    typeof data14 == "object" &&
                                    !Array.isArray(data14)
                                  ) {
                                    if (data14.version === undefined) {
                                      const err19 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/attribute",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf/1/required",
                                        keyword: "required",
                                        params: { missingProperty: "version" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err19];
                                      } else {
                                        vErrors.push(err19);
                                      }
                                      errors++;
                                    }
                                    if (data14.schema === undefined) {
                                      const err20 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/attribute",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf/1/required",
                                        keyword: "required",
                                        params: { missingProperty: "schema" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err20];
                                      } else {
                                        vErrors.push(err20);
                                      }
                                      errors++;
                                    }
                                    if (data14.path === undefined) {
                                      const err21 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/attribute",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf/1/required",
                                        keyword: "required",
                                        params: { missingProperty: "path" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err21];
                                      } else {
                                        vErrors.push(err21);
                                      }
                                      errors++;
                                    }
                                    if (data14.version !== undefined) {
                                      let data15 = data14.version;
                                      if (typeof data15 !== "string") {
                                        const err22 = {
                                          instancePath:
                                            instancePath +
                                            "/data/executions/" +
                                            i0 +
                                            "/rules/" +
                                            i1 +
                                            "/rule_data/attribute/version",
                                          schemaPath:
                                            "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf/1/properties/version/type",
                                          keyword: "type",
                                          params: { type: "string" },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err22];
                                        } else {
                                          vErrors.push(err22);
                                        }
                                        errors++;
                                      }
                                      if (!(data15 === "v1")) {
                                        const err23 = {
                                          instancePath:
                                            instancePath +
                                            "/data/executions/" +
                                            i0 +
                                            "/rules/" +
                                            i1 +
                                            "/rule_data/attribute/version",
                                          schemaPath:
                                            "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf/1/properties/version/enum",
                                          keyword: "enum",
                                          params: {
                                            allowedValues:
                                              schema35.properties.data
                                                .properties.executions.items
                                                .properties.rules.items
                                                .properties.rule_data.else
                                                .properties.attribute.anyOf[1]
                                                .properties.version.enum,
                                          },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err23];
                                        } else {
                                          vErrors.push(err23);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data14.schema !== undefined) {
                                      let data16 = data14.schema;
                                      if (typeof data16 !== "string") {
                                        const err24 = {
                                          instancePath:
                                            instancePath +
                                            "/data/executions/" +
                                            i0 +
                                            "/rules/" +
                                            i1 +
                                            "/rule_data/attribute/schema",
                                          schemaPath:
                                            "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf/1/properties/schema/type",
                                          keyword: "type",
                                          params: { type: "string" },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err24];
                                        } else {
                                          vErrors.push(err24);
                                        }
                                        errors++;
                                      }
                                      if (
                                        !(
                                          data16 === "Customer" ||
                                          data16 === "KycSession" ||
                                          data16 === "Transaction" ||
                                          data16 === "Tfhe"
                                        )
                                      ) {
                                        const err25 = {
                                          instancePath:
                                            instancePath +
                                            "/data/executions/" +
                                            i0 +
                                            "/rules/" +
                                            i1 +
                                            "/rule_data/attribute/schema",
                                          schemaPath:
                                            "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf/1/properties/schema/enum",
                                          keyword: "enum",
                                          params: {
                                            allowedValues:
                                              schema35.properties.data
                                                .properties.executions.items
                                                .properties.rules.items
                                                .properties.rule_data.else
                                                .properties.attribute.anyOf[1]
                                                .properties.schema.enum,
                                          },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err25];
                                        } else {
                                          vErrors.push(err25);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data14.path !== undefined) {
                                      let data17 = data14.path;
                                      if (typeof data17 !== "string") {
                                        const err26 = {
                                          instancePath:
                                            instancePath +
                                            "/data/executions/" +
                                            i0 +
                                            "/rules/" +
                                            i1 +
                                            "/rule_data/attribute/path",
                                          schemaPath:
                                            "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf/1/properties/path/type",
                                          keyword: "type",
                                          params: { type: "string" },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err26];
                                        } else {
                                          vErrors.push(err26);
                                        }
                                        errors++;
                                      }
                                      if (
                                        !(
                                          data17 === "Customer" ||
                                          data17 === "Customer/identityData" ||
                                          data17 ===
                                            "Customer/identityData/age" ||
                                          data17 ===
                                            "Customer/identityData/nationality" ||
                                          data17 ===
                                            "Customer/identityData/residence" ||
                                          data17 ===
                                            "Customer/identityData/email" ||
                                          data17 ===
                                            "Customer/identityData/phone" ||
                                          data17 === "Customer/kycStatus" ||
                                          data17 ===
                                            "Customer/kycStatus/allCheckStatus" ||
                                          data17 ===
                                            "Customer/kycStatus/selfieCheckStatus" ||
                                          data17 ===
                                            "Customer/kycStatus/idImageCheckStatus" ||
                                          data17 ===
                                            "Customer/kycStatus/idInformationCheckStatus" ||
                                          data17 ===
                                            "Customer/kycStatus/proofOfResidenceCheckStatus" ||
                                          data17 === "Customer/amlScreening" ||
                                          data17 ===
                                            "Customer/amlScreening/amlHits" ||
                                          data17 ===
                                            "Customer/amlScreening/pepHits" ||
                                          data17 ===
                                            "Customer/amlScreening/sanctionsHits" ||
                                          data17 ===
                                            "Customer/amlScreening/adverseMediaHits" ||
                                          data17 ===
                                            "Customer/amlScreening/pepAttribute" ||
                                          data17 ===
                                            "Customer/amlScreening/sanctionsStatus" ||
                                          data17 ===
                                            "Customer/amlScreening/adverseMediaStatus" ||
                                          data17 === "Customer/duplicates" ||
                                          data17 ===
                                            "Customer/duplicates/duplicateHits" ||
                                          data17 ===
                                            "Customer/duplicates/hasDuplicates" ||
                                          data17 ===
                                            "Customer/walletScreening" ||
                                          data17 ===
                                            "Customer/walletScreening/riskScore" ||
                                          data17 ===
                                            "Customer/fraudAnalytics" ||
                                          data17 ===
                                            "Customer/fraudAnalytics/ipCountry" ||
                                          data17 ===
                                            "Customer/fraudAnalytics/ipVpn" ||
                                          data17 ===
                                            "Customer/fraudAnalytics/ipScore" ||
                                          data17 ===
                                            "Customer/fraudAnalytics/emailScore" ||
                                          data17 ===
                                            "Customer/fraudAnalytics/phoneScore" ||
                                          data17 === "KycSession" ||
                                          data17 === "KycSession/vcs" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/id" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/@context" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/type" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/expirationDate" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/issuanceDate" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/id" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/journeyId" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/reviewAnswer" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectType" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectLabels" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/documentType" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/entryDate" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/entryTime" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/firstName" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/middleName" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/lastName" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/gender" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/age" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/citizenship" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/country" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/fullName" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/birthDate" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/countryOfBirth" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/stateOfBirth" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSubject/isSandbox" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialStatus" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialStatus/id" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialStatus/type" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialStatus/revocationNonce" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/issuer" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSchema" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSchema/id" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/credentialSchema/type" ||
                                          data17 ===
                                            "KycSession/vcs/IDInformation/v1/proof" ||
                                          data17 === "KycSession/vcs/IDImage" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/id" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/@context" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/type" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/expirationDate" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/issuanceDate" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/id" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/journeyId" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/base64_front" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/base64_back" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/name" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/documentType" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/entryDate" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/entryTime" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_front" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_back" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/reviewAnswer" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectType" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectLabels" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSubject/isSandbox" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialStatus" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialStatus/id" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialStatus/type" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialStatus/revocationNonce" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/issuer" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSchema" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSchema/id" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/credentialSchema/type" ||
                                          data17 ===
                                            "KycSession/vcs/IDImage/v1/proof" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/id" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/@context" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/type" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/expirationDate" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/issuanceDate" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject/id" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject/journeyId" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject/base64" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject/name" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject/mediaType" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject/entryDate" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject/entryTime" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewAnswer" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectType" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectLabels" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSubject/isSandbox" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialStatus" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialStatus/id" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialStatus/type" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialStatus/revocationNonce" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/issuer" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSchema" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSchema/id" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/credentialSchema/type" ||
                                          data17 ===
                                            "KycSession/vcs/SelfieImage/v1/proof" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/id" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/@context" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/type" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/expirationDate" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/issuanceDate" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/id" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/journeyId" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/country" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/base64" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/name" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/documentType" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryDate" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryTime" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/mediaType" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/county" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/city" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/streetName" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/postalCode" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSubject/isSandbox" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialStatus" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialStatus/id" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialStatus/type" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialStatus/revocationNonce" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/issuer" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSchema" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSchema/id" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/credentialSchema/type" ||
                                          data17 ===
                                            "KycSession/vcs/ProofOfResidence/v1/proof" ||
                                          data17 === "Transaction" ||
                                          data17 === "Transaction/amount" ||
                                          data17 === "Transaction/amount/USD" ||
                                          data17 === "Transaction/amount/EUR" ||
                                          data17 === "Transaction/amount/GBP" ||
                                          data17 === "Transaction/event" ||
                                          data17 ===
                                            "Transaction/event/transactionDate" ||
                                          data17 ===
                                            "Transaction/event/amount" ||
                                          data17 ===
                                            "Transaction/event/riskScore" ||
                                          data17 ===
                                            "Transaction/event/riskLevel" ||
                                          data17 === "Transaction/event/type" ||
                                          data17 ===
                                            "Transaction/event/assets" ||
                                          data17 === "Transaction/originator" ||
                                          data17 ===
                                            "Transaction/originator/countryOfResidence" ||
                                          data17 ===
                                            "Transaction/originator/nationality" ||
                                          data17 ===
                                            "Transaction/originator/riskScore" ||
                                          data17 ===
                                            "Transaction/originator/riskLevel" ||
                                          data17 ===
                                            "Transaction/originator/type" ||
                                          data17 ===
                                            "Transaction/originator/address" ||
                                          data17 ===
                                            "Transaction/beneficiary" ||
                                          data17 ===
                                            "Transaction/beneficiary/countryOfResidence" ||
                                          data17 ===
                                            "Transaction/beneficiary/nationality" ||
                                          data17 ===
                                            "Transaction/beneficiary/riskScore" ||
                                          data17 ===
                                            "Transaction/beneficiary/riskLevel" ||
                                          data17 ===
                                            "Transaction/beneficiary/type" ||
                                          data17 ===
                                            "Transaction/beneficiary/address" ||
                                          data17 ===
                                            "Transaction/transactionStats" ||
                                          data17 ===
                                            "Transaction/transactionStats/last1D" ||
                                          data17 ===
                                            "Transaction/transactionStats/last1D/count" ||
                                          data17 ===
                                            "Transaction/transactionStats/last1D/totalAmountUsd" ||
                                          data17 ===
                                            "Transaction/transactionStats/last1D/maxAmountUsd" ||
                                          data17 ===
                                            "Transaction/transactionStats/last7D" ||
                                          data17 ===
                                            "Transaction/transactionStats/last7D/count" ||
                                          data17 ===
                                            "Transaction/transactionStats/last7D/totalAmountUsd" ||
                                          data17 ===
                                            "Transaction/transactionStats/last7D/maxAmountUsd" ||
                                          data17 ===
                                            "Transaction/transactionStats/last14D" ||
                                          data17 ===
                                            "Transaction/transactionStats/last14D/count" ||
                                          data17 ===
                                            "Transaction/transactionStats/last14D/totalAmountUsd" ||
                                          data17 ===
                                            "Transaction/transactionStats/last14D/maxAmountUsd" ||
                                          data17 ===
                                            "Transaction/transactionStats/last30D" ||
                                          data17 ===
                                            "Transaction/transactionStats/last30D/count" ||
                                          data17 ===
                                            "Transaction/transactionStats/last30D/totalAmountUsd" ||
                                          data17 ===
                                            "Transaction/transactionStats/last30D/maxAmountUsd" ||
                                          data17 ===
                                            "Transaction/transactionStats/yearToDate" ||
                                          data17 ===
                                            "Transaction/transactionStats/yearToDate/count" ||
                                          data17 ===
                                            "Transaction/transactionStats/yearToDate/totalAmountUsd" ||
                                          data17 ===
                                            "Transaction/transactionStats/yearToDate/maxAmountUsd" ||
                                          data17 ===
                                            "Transaction/transactionStats/monthToDate" ||
                                          data17 ===
                                            "Transaction/transactionStats/monthToDate/count" ||
                                          data17 ===
                                            "Transaction/transactionStats/monthToDate/totalAmountUsd" ||
                                          data17 ===
                                            "Transaction/transactionStats/monthToDate/maxAmountUsd" ||
                                          data17 === "Tfhe" ||
                                          data17 === "Tfhe/vcs" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/id" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/@context" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/type" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/expirationDate" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/issuanceDate" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/id" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/journeyId" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewAnswer" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectType" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectLabels" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/documentType" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryDate" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryTime" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/firstName" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/middleName" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/lastName" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/gender" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/age" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/citizenship" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/country" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/fullName" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/birthDate" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/countryOfBirth" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/stateOfBirth" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/isSandbox" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/id" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/type" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/revocationNonce" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/issuer" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/id" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/type" ||
                                          data17 ===
                                            "Tfhe/vcs/IDInformationTfhe/v1/proof"
                                        )
                                      ) {
                                        const err27 = {
                                          instancePath:
                                            instancePath +
                                            "/data/executions/" +
                                            i0 +
                                            "/rules/" +
                                            i1 +
                                            "/rule_data/attribute/path",
                                          schemaPath:
                                            "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf/1/properties/path/enum",
                                          keyword: "enum",
                                          params: {
                                            allowedValues:
                                              schema35.properties.data
                                                .properties.executions.items
                                                .properties.rules.items
                                                .properties.rule_data.else
                                                .properties.attribute.anyOf[1]
                                                .properties.path.enum,
                                          },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err27];
                                        } else {
                                          vErrors.push(err27);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err28 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/attribute",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf/1/type",
                                      keyword: "type",
                                      params: { type: "object" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err28];
                                    } else {
                                      vErrors.push(err28);
                                    }
                                    errors++;
                                  }
                                  var _valid3 = _errs45 === errors;
                                  valid16 = valid16 || _valid3;
                                }
                                if (!valid16) {
                                  const err29 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/attribute",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf",
                                    keyword: "anyOf",
                                    params: {},
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err29];
                                  } else {
                                    vErrors.push(err29);
                                  }
                                  errors++;
                                } else {
                                  errors = _errs42;
                                  if (vErrors !== null) {
                                    if (_errs42) {
                                      vErrors.length = _errs42;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                              }
                              if (data10.value !== undefined) {
                                let data18 = data10.value;
                                const _errs54 = errors;
                                let valid18 = true;
                                const _errs55 = errors;
                                if (data18 !== null) {
                                  const err30 = {};
                                  if (vErrors === null) {
                                    vErrors = [err30];
                                  } else {
                                    vErrors.push(err30);
                                  }
                                  errors++;
                                }
                                var _valid4 = _errs55 === errors;
                                errors = _errs54;
                                if (vErrors !== null) {
                                  if (_errs54) {
                                    vErrors.length = _errs54;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                                if (!_valid4) {
                                  const _errs57 = errors;
                                  const _errs58 = errors;
                                  let valid19 = false;
                                  const _errs59 = errors;
                                  if (typeof data18 !== "boolean") {
                                    const err31 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/value",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/value/else/anyOf/0/type",
                                      keyword: "type",
                                      params: { type: "boolean" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err31];
                                    } else {
                                      vErrors.push(err31);
                                    }
                                    errors++;
                                  }
                                  var _valid5 = _errs59 === errors;
                                  valid19 = valid19 || _valid5;
                                  if (!valid19) {
                                    const _errs61 = errors;
                                    if (typeof data18 !== "string") {
                                      const err32 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/value",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/value/else/anyOf/1/type",
                                        keyword: "type",
                                        params: { type: "string" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err32];
                                      } else {
                                        vErrors.push(err32);
                                      }
                                      errors++;
                                    }
                                    var _valid5 = _errs61 === errors;
                                    valid19 = valid19 || _valid5;
                                    if (!valid19) {
                                      const _errs63 = errors;
                                      if (
                                        !(
                                          typeof data18 == "number" &&
                                          isFinite(data18)
                                        )
                                      ) {
                                        const err33 = {
                                          instancePath:
                                            instancePath +
                                            "/data/executions/" +
                                            i0 +
                                            "/rules/" +
                                            i1 +
                                            "/rule_data/value",
                                          schemaPath:
                                            "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/value/else/anyOf/2/type",
                                          keyword: "type",
                                          params: { type: "number" },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err33];
                                        } else {
                                          vErrors.push(err33);
                                        }
                                        errors++;
                                      }
                                      var _valid5 = _errs63 === errors;
                                      valid19 = valid19 || _valid5;
                                      if (!valid19) {
                                        const _errs65 = errors;
                                        if (Array.isArray(data18)) {
                                          const len3 = data18.length;
                                          for (let i3 = 0; i3 < len3; i3++) {
                                            if (
                                              typeof data18[i3] !== "string"
                                            ) {
                                              const err34 = {
                                                instancePath:
                                                  instancePath +
                                                  "/data/executions/" +
                                                  i0 +
                                                  "/rules/" +
                                                  i1 +
                                                  "/rule_data/value/" +
                                                  i3,
                                                schemaPath:
                                                  "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/value/else/anyOf/3/items/type",
                                                keyword: "type",
                                                params: { type: "string" },
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err34];
                                              } else {
                                                vErrors.push(err34);
                                              }
                                              errors++;
                                            }
                                          }
                                        } else {
                                          const err35 = {
                                            instancePath:
                                              instancePath +
                                              "/data/executions/" +
                                              i0 +
                                              "/rules/" +
                                              i1 +
                                              "/rule_data/value",
                                            schemaPath:
                                              "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/value/else/anyOf/3/type",
                                            keyword: "type",
                                            params: { type: "array" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err35];
                                          } else {
                                            vErrors.push(err35);
                                          }
                                          errors++;
                                        }
                                        var _valid5 = _errs65 === errors;
                                        valid19 = valid19 || _valid5;
                                        if (!valid19) {
                                          const _errs69 = errors;
                                          if (Array.isArray(data18)) {
                                            const len4 = data18.length;
                                            for (let i4 = 0; i4 < len4; i4++) {
                                              let data20 = data18[i4];
                                              if (
                                                !(
                                                  typeof data20 == "number" &&
                                                  isFinite(data20)
                                                )
                                              ) {
                                                const err36 = {
                                                  instancePath:
                                                    instancePath +
                                                    "/data/executions/" +
                                                    i0 +
                                                    "/rules/" +
                                                    i1 +
                                                    "/rule_data/value/" +
                                                    i4,
                                                  schemaPath:
                                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/value/else/anyOf/4/items/type",
                                                  keyword: "type",
                                                  params: { type: "number" },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err36];
                                                } else {
                                                  vErrors.push(err36);
                                                }
                                                errors++;
                                              }
                                            }
                                          } else {
                                            const err37 = {
                                              instancePath:
                                                instancePath +
                                                "/data/executions/" +
                                                i0 +
                                                "/rules/" +
                                                i1 +
                                                "/rule_data/value",
                                              schemaPath:
                                                "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/value/else/anyOf/4/type",
                                              keyword: "type",
                                              params: { type: "array" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err37];
                                            } else {
                                              vErrors.push(err37);
                                            }
                                            errors++;
                                          }
                                          var _valid5 = _errs69 === errors;
                                          valid19 = valid19 || _valid5;
                                        }
                                      }
                                    }
                                  }
                                  if (!valid19) {
                                    const err38 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/value",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/value/else/anyOf",
                                      keyword: "anyOf",
                                      params: {},
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err38];
                                    } else {
                                      vErrors.push(err38);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs58;
                                    if (vErrors !== null) {
                                      if (_errs58) {
                                        vErrors.length = _errs58;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var _valid4 = _errs57 === errors;
                                  valid18 = _valid4;
                                }
                                if (!valid18) {
                                  const err39 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/value",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/value/if",
                                    keyword: "if",
                                    params: { failingKeyword: "else" },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err39];
                                  } else {
                                    vErrors.push(err39);
                                  }
                                  errors++;
                                }
                              }
                              if (data10.operator !== undefined) {
                                let data21 = data10.operator;
                                if (typeof data21 !== "string") {
                                  const err40 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/operator",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/operator/type",
                                    keyword: "type",
                                    params: { type: "string" },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err40];
                                  } else {
                                    vErrors.push(err40);
                                  }
                                  errors++;
                                }
                                if (
                                  !(
                                    data21 === "$noop" ||
                                    data21 === "$eq" ||
                                    data21 === "$lt" ||
                                    data21 === "$lte" ||
                                    data21 === "$gt" ||
                                    data21 === "$gte" ||
                                    data21 === "$in" ||
                                    data21 === "$nin" ||
                                    data21 === "$ne" ||
                                    data21 === "$exists"
                                  )
                                ) {
                                  const err41 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/operator",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/operator/enum",
                                    keyword: "enum",
                                    params: {
                                      allowedValues:
                                        schema35.properties.data.properties
                                          .executions.items.properties.rules
                                          .items.properties.rule_data.else
                                          .properties.operator.enum,
                                    },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err41];
                                  } else {
                                    vErrors.push(err41);
                                  }
                                  errors++;
                                }
                              }
                              if (data10.type !== undefined) {
                                let data22 = data10.type;
                                const _errs76 = errors;
                                let valid24 = true;
                                const _errs77 = errors;
                                if (data22 !== null) {
                                  const err42 = {};
                                  if (vErrors === null) {
                                    vErrors = [err42];
                                  } else {
                                    vErrors.push(err42);
                                  }
                                  errors++;
                                }
                                var _valid6 = _errs77 === errors;
                                errors = _errs76;
                                if (vErrors !== null) {
                                  if (_errs76) {
                                    vErrors.length = _errs76;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                                if (!_valid6) {
                                  const _errs79 = errors;
                                  if (typeof data22 !== "string") {
                                    const err43 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/type",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/type/else/type",
                                      keyword: "type",
                                      params: { type: "string" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err43];
                                    } else {
                                      vErrors.push(err43);
                                    }
                                    errors++;
                                  }
                                  if (
                                    !(
                                      data22 === "IDInformation" ||
                                      data22 === "IDInformationTfhe" ||
                                      data22 === "SelfieImage" ||
                                      data22 === "IDImage" ||
                                      data22 === "ProofOfResidence" ||
                                      data22 === "AMLScreeningsResults" ||
                                      data22 === "ID3" ||
                                      data22 === "IDScan" ||
                                      data22 === "IDScanSelfie" ||
                                      data22 === "IDScanPassport"
                                    )
                                  ) {
                                    const err44 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/type",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/type/else/enum",
                                      keyword: "enum",
                                      params: {
                                        allowedValues:
                                          schema35.properties.data.properties
                                            .executions.items.properties.rules
                                            .items.properties.rule_data.else
                                            .properties.type.else.enum,
                                      },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err44];
                                    } else {
                                      vErrors.push(err44);
                                    }
                                    errors++;
                                  }
                                  var _valid6 = _errs79 === errors;
                                  valid24 = _valid6;
                                }
                                if (!valid24) {
                                  const err45 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/type",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/type/if",
                                    keyword: "if",
                                    params: { failingKeyword: "else" },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err45];
                                  } else {
                                    vErrors.push(err45);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err46 = {
                                instancePath:
                                  instancePath +
                                  "/data/executions/" +
                                  i0 +
                                  "/rules/" +
                                  i1 +
                                  "/rule_data",
                                schemaPath:
                                  "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/type",
                                keyword: "type",
                                params: { type: "object" },
                              };
                              if (vErrors === null) {
                                vErrors = [err46];
                              } else {
                                vErrors.push(err46);
                              }
                              errors++;
                            }
                            var _valid2 = _errs33 === errors;
                            valid14 = _valid2;
                          }
                          if (!valid14) {
                            const err47 = {
                              instancePath:
                                instancePath +
                                "/data/executions/" +
                                i0 +
                                "/rules/" +
                                i1 +
                                "/rule_data",
                              schemaPath:
                                "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/if",
                              keyword: "if",
                              params: { failingKeyword: "else" },
                            };
                            if (vErrors === null) {
                              vErrors = [err47];
                            } else {
                              vErrors.push(err47);
                            }
                            errors++;
                          }
                        }
                        if (data4.status !== undefined) {
                          let data23 = data4.status;
                          const _errs82 = errors;
                          let valid25 = true;
                          const _errs83 = errors;
                          if (data23 !== null) {
                            const err48 = {};
                            if (vErrors === null) {
                              vErrors = [err48];
                            } else {
                              vErrors.push(err48);
                            }
                            errors++;
                          }
                          var _valid7 = _errs83 === errors;
                          errors = _errs82;
                          if (vErrors !== null) {
                            if (_errs82) {
                              vErrors.length = _errs82;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid7) {
                            const _errs85 = errors;
                            if (typeof data23 !== "string") {
                              const err49 = {
                                instancePath:
                                  instancePath +
                                  "/data/executions/" +
                                  i0 +
                                  "/rules/" +
                                  i1 +
                                  "/status",
                                schemaPath:
                                  "#/properties/data/properties/executions/items/properties/rules/items/properties/status/else/type",
                                keyword: "type",
                                params: { type: "string" },
                              };
                              if (vErrors === null) {
                                vErrors = [err49];
                              } else {
                                vErrors.push(err49);
                              }
                              errors++;
                            }
                            if (
                              !(
                                data23 === "valid" ||
                                data23 === "not-valid" ||
                                data23 === "error" ||
                                data23 === "unknown"
                              )
                            ) {
                              const err50 = {
                                instancePath:
                                  instancePath +
                                  "/data/executions/" +
                                  i0 +
                                  "/rules/" +
                                  i1 +
                                  "/status",
                                schemaPath:
                                  "#/properties/data/properties/executions/items/properties/rules/items/properties/status/else/enum",
                                keyword: "enum",
                                params: {
                                  allowedValues:
                                    schema35.properties.data.properties
                                      .executions.items.properties.rules.items
                                      .properties.status.else.enum,
                                },
                              };
                              if (vErrors === null) {
                                vErrors = [err50];
                              } else {
                                vErrors.push(err50);
                              }
                              errors++;
                            }
                            var _valid7 = _errs85 === errors;
                            valid25 = _valid7;
                          }
                          if (!valid25) {
                            const err51 = {
                              instancePath:
                                instancePath +
                                "/data/executions/" +
                                i0 +
                                "/rules/" +
                                i1 +
                                "/status",
                              schemaPath:
                                "#/properties/data/properties/executions/items/properties/rules/items/properties/status/if",
                              keyword: "if",
                              params: { failingKeyword: "else" },
                            };
                            if (vErrors === null) {
                              vErrors = [err51];
                            } else {
                              vErrors.push(err51);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err52 = {
                          instancePath:
                            instancePath +
                            "/data/executions/" +
                            i0 +
                            "/rules/" +
                            i1,
                          schemaPath:
                            "#/properties/data/properties/executions/items/properties/rules/items/type",
                          keyword: "type",
                          params: { type: "object" },
                        };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err53 = {
                      instancePath:
                        instancePath + "/data/executions/" + i0 + "/rules",
                      schemaPath:
                        "#/properties/data/properties/executions/items/properties/rules/type",
                      keyword: "type",
                      params: { type: "array" },
                    };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data2.scenarioId !== undefined) {
                  if (typeof data2.scenarioId !== "string") {
                    const err54 = {
                      instancePath:
                        instancePath + "/data/executions/" + i0 + "/scenarioId",
                      schemaPath:
                        "#/properties/data/properties/executions/items/properties/scenarioId/type",
                      keyword: "type",
                      params: { type: "string" },
                    };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data2.scenarioStatus !== undefined) {
                  let data25 = data2.scenarioStatus;
                  if (typeof data25 !== "string") {
                    const err55 = {
                      instancePath:
                        instancePath +
                        "/data/executions/" +
                        i0 +
                        "/scenarioStatus",
                      schemaPath:
                        "#/properties/data/properties/executions/items/properties/scenarioStatus/type",
                      keyword: "type",
                      params: { type: "string" },
                    };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                  if (
                    !(
                      data25 === "valid" ||
                      data25 === "not-valid" ||
                      data25 === "error" ||
                      data25 === "unknown"
                    )
                  ) {
                    const err56 = {
                      instancePath:
                        instancePath +
                        "/data/executions/" +
                        i0 +
                        "/scenarioStatus",
                      schemaPath:
                        "#/properties/data/properties/executions/items/properties/scenarioStatus/enum",
                      keyword: "enum",
                      params: {
                        allowedValues:
                          schema35.properties.data.properties.executions.items
                            .properties.scenarioStatus.enum,
                      },
                    };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
              } else {
                const err57 = {
                  instancePath: instancePath + "/data/executions/" + i0,
                  schemaPath:
                    "#/properties/data/properties/executions/items/type",
                  keyword: "type",
                  params: { type: "object" },
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          }
        }
        if (data0.execution_status !== undefined) {
          let data26 = data0.execution_status;
          if (typeof data26 !== "string") {
            const err58 = {
              instancePath: instancePath + "/data/execution_status",
              schemaPath: "#/properties/data/properties/execution_status/type",
              keyword: "type",
              params: { type: "string" },
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (
            !(
              data26 === "valid" ||
              data26 === "not-valid" ||
              data26 === "error" ||
              data26 === "unknown"
            )
          ) {
            const err59 = {
              instancePath: instancePath + "/data/execution_status",
              schemaPath: "#/properties/data/properties/execution_status/enum",
              keyword: "enum",
              params: {
                allowedValues:
                  schema35.properties.data.properties.execution_status.enum,
              },
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = {
          instancePath: instancePath + "/data",
          schemaPath: "#/properties/data/type",
          keyword: "type",
          params: { type: "object" },
        };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
  } else {
    const err61 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
    };
    if (vErrors === null) {
      vErrors = [err61];
    } else {
      vErrors.push(err61);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
export const explainApiErrorBody = validate25;
const schema36 = {
  $id: "explain-ApiErrorBody",
  type: "object",
  required: ["message", "code"],
  properties: {
    message: { type: "string" },
    code: { type: "string" },
    issues: {
      type: "array",
      items: {
        type: "object",
        required: ["message"],
        additionalProperties: true,
        properties: { message: { type: "string" } },
      },
    },
  },
};
function validate25(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="explain-ApiErrorBody" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "message" },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.code === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "code" },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.message !== undefined) {
      if (typeof data.message !== "string") {
        const err2 = {
          instancePath: instancePath + "/message",
          schemaPath: "#/properties/message/type",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.code !== undefined) {
      if (typeof data.code !== "string") {
        const err3 = {
          instancePath: instancePath + "/code",
          schemaPath: "#/properties/code/type",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.issues !== undefined) {
      let data2 = data.issues;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.message === undefined) {
              const err4 = {
                instancePath: instancePath + "/issues/" + i0,
                schemaPath: "#/properties/issues/items/required",
                keyword: "required",
                params: { missingProperty: "message" },
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data3.message !== undefined) {
              if (typeof data3.message !== "string") {
                const err5 = {
                  instancePath: instancePath + "/issues/" + i0 + "/message",
                  schemaPath:
                    "#/properties/issues/items/properties/message/type",
                  keyword: "type",
                  params: { type: "string" },
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = {
              instancePath: instancePath + "/issues/" + i0,
              schemaPath: "#/properties/issues/items/type",
              keyword: "type",
              params: { type: "object" },
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/issues",
          schemaPath: "#/properties/issues/type",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
/** Every `anyOf` of the explain validators, by its `schemaPath` (see `explainUnions` in validators.d.ts). */
export const explainUnions = {
  ActivityLogsResponse: {},
  KycProviderEventLog: {
    "#/properties/data/properties/event/else/anyOf": {
      name: "SynapsEvent",
      branches: ["SynapsSessionEvent", "SynapsStepEvent"],
    },
    "#/properties/data/properties/event/else": {
      branches: ["SynapsEvent", "null"],
    },
  },
  ScenarioExecutionLog: {
    "#/properties/data/properties/executions/items/properties/rules/items/properties/result/else/properties/result/else":
      { branches: ["QueryResult", "null"] },
    "#/properties/data/properties/executions/items/properties/rules/items/properties/result/else":
      { branches: ["RuleResult", "null"] },
    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/attribute/anyOf":
      { name: "RuleAttribute", branches: ["string", "VaultMetadataLink"] },
    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/value/else/anyOf":
      {
        name: "RuleValue",
        branches: ["boolean", "string", "number", "string[]", "number[]"],
      },
    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/value/else":
      { branches: ["RuleValue", "null"] },
    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else/properties/type/else":
      { branches: ["CredentialType", "null"] },
    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/else":
      { branches: ["RuleData", "null"] },
    "#/properties/data/properties/executions/items/properties/rules/items/properties/status/else":
      { branches: ["RuleResultStatus", "null"] },
  },
  ApiErrorBody: {},
};
