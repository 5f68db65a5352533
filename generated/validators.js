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
                                        "TfheKycSession",
                                        "Web3Transaction",
                                      ],
                                    },
                                    path: {
                                      anyOf: [
                                        {
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
                                        { type: "string" },
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
                                    "$has",
                                    "$nhas",
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
                                secondaryAttribute: {
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
                                        "TfheKycSession",
                                        "Web3Transaction",
                                      ],
                                    },
                                    path: {
                                      anyOf: [
                                        {
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
                                        { type: "string" },
                                      ],
                                    },
                                  },
                                  type: ["string", "object", "null"],
                                },
                                displayMode: {
                                  type: ["string", "null"],
                                  enum: ["amount", "percentage", null],
                                },
                                timeframe: {
                                  type: ["string", "null"],
                                  enum: [
                                    "daily",
                                    "weekly",
                                    "monthly",
                                    "yearly",
                                    null,
                                  ],
                                },
                                datasetColumnId: { type: ["string", "null"] },
                                sourceDatasetColumnId: {
                                  type: ["string", "null"],
                                },
                                specialDataSetType: {
                                  type: ["string", "null"],
                                  enum: ["ACTIVE_USERS_ADDRESSES", null],
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
                                "skipped",
                                null,
                              ],
                            },
                          },
                        },
                      },
                      scenarioId: { type: "string" },
                      scenarioStatus: {
                        type: "string",
                        enum: [
                          "valid",
                          "not-valid",
                          "error",
                          "unknown",
                          "skipped",
                        ],
                      },
                    },
                  },
                },
                execution_status: {
                  type: "string",
                  enum: ["valid", "not-valid", "error", "unknown", "skipped"],
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
const obj1 = new Set([
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
                                                                                              "Tfhe" ||
                                                                                            data38 ===
                                                                                              "TfheKycSession" ||
                                                                                            data38 ===
                                                                                              "Web3Transaction"
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
                                                                                          const _errs92 =
                                                                                            errors;
                                                                                          let valid22 = false;
                                                                                          const _errs93 =
                                                                                            errors;
                                                                                          if (
                                                                                            errors ===
                                                                                            _errs93
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
                                                                                                      "/rule_data/attribute/path",
                                                                                                    schemaPath:
                                                                                                      "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/properties/path/anyOf/0/x-stringSet",
                                                                                                    keyword:
                                                                                                      "x-stringSet",
                                                                                                    params:
                                                                                                      {},
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
                                                                                            } else {
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
                                                                                                    "/rule_data/attribute/path",
                                                                                                  schemaPath:
                                                                                                    "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/properties/path/anyOf/0/type",
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
                                                                                          }
                                                                                          var _valid3 =
                                                                                            _errs93 ===
                                                                                            errors;
                                                                                          valid22 =
                                                                                            valid22 ||
                                                                                            _valid3;
                                                                                          if (
                                                                                            !valid22
                                                                                          ) {
                                                                                            const _errs95 =
                                                                                              errors;
                                                                                            if (
                                                                                              typeof data39 !==
                                                                                              "string"
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
                                                                                                    "/rule_data/attribute/path",
                                                                                                  schemaPath:
                                                                                                    "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/properties/path/anyOf/1/type",
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
                                                                                                    err29,
                                                                                                  ];
                                                                                              } else {
                                                                                                vErrors.push(
                                                                                                  err29,
                                                                                                );
                                                                                              }
                                                                                              errors++;
                                                                                            }
                                                                                            var _valid3 =
                                                                                              _errs95 ===
                                                                                              errors;
                                                                                            valid22 =
                                                                                              valid22 ||
                                                                                              _valid3;
                                                                                          }
                                                                                          if (
                                                                                            !valid22
                                                                                          ) {
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
                                                                                                  "/rule_data/attribute/path",
                                                                                                schemaPath:
                                                                                                  "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/properties/path/anyOf",
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
                                                                                                  err30,
                                                                                                ];
                                                                                            } else {
                                                                                              vErrors.push(
                                                                                                err30,
                                                                                              );
                                                                                            }
                                                                                            errors++;
                                                                                            validate20.errors =
                                                                                              vErrors;
                                                                                            return false;
                                                                                          } else {
                                                                                            errors =
                                                                                              _errs92;
                                                                                            if (
                                                                                              vErrors !==
                                                                                              null
                                                                                            ) {
                                                                                              if (
                                                                                                _errs92
                                                                                              ) {
                                                                                                vErrors.length =
                                                                                                  _errs92;
                                                                                              } else {
                                                                                                vErrors =
                                                                                                  null;
                                                                                              }
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
                                                                                const _errs97 =
                                                                                  errors;
                                                                                const _errs98 =
                                                                                  errors;
                                                                                let valid23 = false;
                                                                                const _errs99 =
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
                                                                                        err31,
                                                                                      ];
                                                                                  } else {
                                                                                    vErrors.push(
                                                                                      err31,
                                                                                    );
                                                                                  }
                                                                                  errors++;
                                                                                }
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
                                                                                    const len4 =
                                                                                      data40.length;
                                                                                    for (
                                                                                      let i4 = 0;
                                                                                      i4 <
                                                                                      len4;
                                                                                      i4++
                                                                                    ) {
                                                                                      const _errs101 =
                                                                                        errors;
                                                                                      if (
                                                                                        typeof data40[
                                                                                          i4
                                                                                        ] !==
                                                                                        "string"
                                                                                      ) {
                                                                                        const err32 =
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
                                                                                              err32,
                                                                                            ];
                                                                                        } else {
                                                                                          vErrors.push(
                                                                                            err32,
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
                                                                                  }
                                                                                }
                                                                                var _valid4 =
                                                                                  _errs99 ===
                                                                                  errors;
                                                                                valid23 =
                                                                                  valid23 ||
                                                                                  _valid4;
                                                                                if (
                                                                                  !valid23
                                                                                ) {
                                                                                  const _errs103 =
                                                                                    errors;
                                                                                  if (
                                                                                    errors ===
                                                                                    _errs103
                                                                                  ) {
                                                                                    if (
                                                                                      Array.isArray(
                                                                                        data40,
                                                                                      )
                                                                                    ) {
                                                                                      var valid25 = true;
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
                                                                                        const _errs105 =
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
                                                                                          const err33 =
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
                                                                                                err33,
                                                                                              ];
                                                                                          } else {
                                                                                            vErrors.push(
                                                                                              err33,
                                                                                            );
                                                                                          }
                                                                                          errors++;
                                                                                        }
                                                                                        var valid25 =
                                                                                          _errs105 ===
                                                                                          errors;
                                                                                        if (
                                                                                          !valid25
                                                                                        ) {
                                                                                          break;
                                                                                        }
                                                                                      }
                                                                                    } else {
                                                                                      const err34 =
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
                                                                                            err34,
                                                                                          ];
                                                                                      } else {
                                                                                        vErrors.push(
                                                                                          err34,
                                                                                        );
                                                                                      }
                                                                                      errors++;
                                                                                    }
                                                                                  }
                                                                                  var _valid4 =
                                                                                    _errs103 ===
                                                                                    errors;
                                                                                  valid23 =
                                                                                    valid23 ||
                                                                                    _valid4;
                                                                                }
                                                                                if (
                                                                                  !valid23
                                                                                ) {
                                                                                  const err35 =
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
                                                                                        err35,
                                                                                      ];
                                                                                  } else {
                                                                                    vErrors.push(
                                                                                      err35,
                                                                                    );
                                                                                  }
                                                                                  errors++;
                                                                                  validate20.errors =
                                                                                    vErrors;
                                                                                  return false;
                                                                                } else {
                                                                                  errors =
                                                                                    _errs98;
                                                                                  if (
                                                                                    vErrors !==
                                                                                    null
                                                                                  ) {
                                                                                    if (
                                                                                      _errs98
                                                                                    ) {
                                                                                      vErrors.length =
                                                                                        _errs98;
                                                                                    } else {
                                                                                      vErrors =
                                                                                        null;
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var valid20 =
                                                                                  _errs97 ===
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
                                                                                  const _errs107 =
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
                                                                                        "$exists" ||
                                                                                      data43 ===
                                                                                        "$has" ||
                                                                                      data43 ===
                                                                                        "$nhas"
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
                                                                                    _errs107 ===
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
                                                                                    const _errs109 =
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
                                                                                      _errs109 ===
                                                                                      errors;
                                                                                  } else {
                                                                                    var valid20 = true;
                                                                                  }
                                                                                  if (
                                                                                    valid20
                                                                                  ) {
                                                                                    if (
                                                                                      data32.secondaryAttribute !==
                                                                                      undefined
                                                                                    ) {
                                                                                      let data45 =
                                                                                        data32.secondaryAttribute;
                                                                                      const _errs111 =
                                                                                        errors;
                                                                                      if (
                                                                                        typeof data45 !==
                                                                                          "string" &&
                                                                                        !(
                                                                                          data45 &&
                                                                                          typeof data45 ==
                                                                                            "object" &&
                                                                                          !Array.isArray(
                                                                                            data45,
                                                                                          )
                                                                                        ) &&
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
                                                                                                "/rule_data/secondaryAttribute",
                                                                                              schemaPath:
                                                                                                "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/type",
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
                                                                                                    .secondaryAttribute
                                                                                                    .type,
                                                                                                },
                                                                                            },
                                                                                          ];
                                                                                        return false;
                                                                                      }
                                                                                      if (
                                                                                        errors ===
                                                                                        _errs111
                                                                                      ) {
                                                                                        if (
                                                                                          data45 &&
                                                                                          typeof data45 ==
                                                                                            "object" &&
                                                                                          !Array.isArray(
                                                                                            data45,
                                                                                          )
                                                                                        ) {
                                                                                          let missing13;
                                                                                          if (
                                                                                            (data45.version ===
                                                                                              undefined &&
                                                                                              (missing13 =
                                                                                                "version")) ||
                                                                                            (data45.schema ===
                                                                                              undefined &&
                                                                                              (missing13 =
                                                                                                "schema")) ||
                                                                                            (data45.path ===
                                                                                              undefined &&
                                                                                              (missing13 =
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
                                                                                                    "/rule_data/secondaryAttribute",
                                                                                                  schemaPath:
                                                                                                    "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/required",
                                                                                                  keyword:
                                                                                                    "required",
                                                                                                  params:
                                                                                                    {
                                                                                                      missingProperty:
                                                                                                        missing13,
                                                                                                    },
                                                                                                },
                                                                                              ];
                                                                                            return false;
                                                                                          } else {
                                                                                            if (
                                                                                              data45.version !==
                                                                                              undefined
                                                                                            ) {
                                                                                              let data46 =
                                                                                                data45.version;
                                                                                              const _errs113 =
                                                                                                errors;
                                                                                              if (
                                                                                                typeof data46 !==
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
                                                                                                        "/rule_data/secondaryAttribute/version",
                                                                                                      schemaPath:
                                                                                                        "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/properties/version/type",
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
                                                                                                  data46 ===
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
                                                                                                        "/rule_data/secondaryAttribute/version",
                                                                                                      schemaPath:
                                                                                                        "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/properties/version/enum",
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
                                                                                                              .secondaryAttribute
                                                                                                              .properties
                                                                                                              .version
                                                                                                              .enum,
                                                                                                        },
                                                                                                    },
                                                                                                  ];
                                                                                                return false;
                                                                                              }
                                                                                              var valid26 =
                                                                                                _errs113 ===
                                                                                                errors;
                                                                                            } else {
                                                                                              var valid26 = true;
                                                                                            }
                                                                                            if (
                                                                                              valid26
                                                                                            ) {
                                                                                              if (
                                                                                                data45.schema !==
                                                                                                undefined
                                                                                              ) {
                                                                                                let data47 =
                                                                                                  data45.schema;
                                                                                                const _errs115 =
                                                                                                  errors;
                                                                                                if (
                                                                                                  typeof data47 !==
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
                                                                                                          "/rule_data/secondaryAttribute/schema",
                                                                                                        schemaPath:
                                                                                                          "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/properties/schema/type",
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
                                                                                                    data47 ===
                                                                                                      "Customer" ||
                                                                                                    data47 ===
                                                                                                      "KycSession" ||
                                                                                                    data47 ===
                                                                                                      "Transaction" ||
                                                                                                    data47 ===
                                                                                                      "Tfhe" ||
                                                                                                    data47 ===
                                                                                                      "TfheKycSession" ||
                                                                                                    data47 ===
                                                                                                      "Web3Transaction"
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
                                                                                                          "/rule_data/secondaryAttribute/schema",
                                                                                                        schemaPath:
                                                                                                          "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/properties/schema/enum",
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
                                                                                                                .secondaryAttribute
                                                                                                                .properties
                                                                                                                .schema
                                                                                                                .enum,
                                                                                                          },
                                                                                                      },
                                                                                                    ];
                                                                                                  return false;
                                                                                                }
                                                                                                var valid26 =
                                                                                                  _errs115 ===
                                                                                                  errors;
                                                                                              } else {
                                                                                                var valid26 = true;
                                                                                              }
                                                                                              if (
                                                                                                valid26
                                                                                              ) {
                                                                                                if (
                                                                                                  data45.path !==
                                                                                                  undefined
                                                                                                ) {
                                                                                                  let data48 =
                                                                                                    data45.path;
                                                                                                  const _errs117 =
                                                                                                    errors;
                                                                                                  const _errs118 =
                                                                                                    errors;
                                                                                                  let valid27 = false;
                                                                                                  const _errs119 =
                                                                                                    errors;
                                                                                                  if (
                                                                                                    errors ===
                                                                                                    _errs119
                                                                                                  ) {
                                                                                                    if (
                                                                                                      typeof data48 ===
                                                                                                      "string"
                                                                                                    ) {
                                                                                                      if (
                                                                                                        !obj1.has(
                                                                                                          data48,
                                                                                                        )
                                                                                                      ) {
                                                                                                        const err36 =
                                                                                                          {
                                                                                                            instancePath:
                                                                                                              instancePath +
                                                                                                              "/activityLogs/" +
                                                                                                              i0 +
                                                                                                              "/data/executions/" +
                                                                                                              i1 +
                                                                                                              "/rules/" +
                                                                                                              i2 +
                                                                                                              "/rule_data/secondaryAttribute/path",
                                                                                                            schemaPath:
                                                                                                              "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/properties/path/anyOf/0/x-stringSet",
                                                                                                            keyword:
                                                                                                              "x-stringSet",
                                                                                                            params:
                                                                                                              {},
                                                                                                          };
                                                                                                        if (
                                                                                                          vErrors ===
                                                                                                          null
                                                                                                        ) {
                                                                                                          vErrors =
                                                                                                            [
                                                                                                              err36,
                                                                                                            ];
                                                                                                        } else {
                                                                                                          vErrors.push(
                                                                                                            err36,
                                                                                                          );
                                                                                                        }
                                                                                                        errors++;
                                                                                                      }
                                                                                                    } else {
                                                                                                      const err37 =
                                                                                                        {
                                                                                                          instancePath:
                                                                                                            instancePath +
                                                                                                            "/activityLogs/" +
                                                                                                            i0 +
                                                                                                            "/data/executions/" +
                                                                                                            i1 +
                                                                                                            "/rules/" +
                                                                                                            i2 +
                                                                                                            "/rule_data/secondaryAttribute/path",
                                                                                                          schemaPath:
                                                                                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/properties/path/anyOf/0/type",
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
                                                                                                            err37,
                                                                                                          ];
                                                                                                      } else {
                                                                                                        vErrors.push(
                                                                                                          err37,
                                                                                                        );
                                                                                                      }
                                                                                                      errors++;
                                                                                                    }
                                                                                                  }
                                                                                                  var _valid5 =
                                                                                                    _errs119 ===
                                                                                                    errors;
                                                                                                  valid27 =
                                                                                                    valid27 ||
                                                                                                    _valid5;
                                                                                                  if (
                                                                                                    !valid27
                                                                                                  ) {
                                                                                                    const _errs121 =
                                                                                                      errors;
                                                                                                    if (
                                                                                                      typeof data48 !==
                                                                                                      "string"
                                                                                                    ) {
                                                                                                      const err38 =
                                                                                                        {
                                                                                                          instancePath:
                                                                                                            instancePath +
                                                                                                            "/activityLogs/" +
                                                                                                            i0 +
                                                                                                            "/data/executions/" +
                                                                                                            i1 +
                                                                                                            "/rules/" +
                                                                                                            i2 +
                                                                                                            "/rule_data/secondaryAttribute/path",
                                                                                                          schemaPath:
                                                                                                            "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/properties/path/anyOf/1/type",
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
                                                                                                            err38,
                                                                                                          ];
                                                                                                      } else {
                                                                                                        vErrors.push(
                                                                                                          err38,
                                                                                                        );
                                                                                                      }
                                                                                                      errors++;
                                                                                                    }
                                                                                                    var _valid5 =
                                                                                                      _errs121 ===
                                                                                                      errors;
                                                                                                    valid27 =
                                                                                                      valid27 ||
                                                                                                      _valid5;
                                                                                                  }
                                                                                                  if (
                                                                                                    !valid27
                                                                                                  ) {
                                                                                                    const err39 =
                                                                                                      {
                                                                                                        instancePath:
                                                                                                          instancePath +
                                                                                                          "/activityLogs/" +
                                                                                                          i0 +
                                                                                                          "/data/executions/" +
                                                                                                          i1 +
                                                                                                          "/rules/" +
                                                                                                          i2 +
                                                                                                          "/rule_data/secondaryAttribute/path",
                                                                                                        schemaPath:
                                                                                                          "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/properties/path/anyOf",
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
                                                                                                          err39,
                                                                                                        ];
                                                                                                    } else {
                                                                                                      vErrors.push(
                                                                                                        err39,
                                                                                                      );
                                                                                                    }
                                                                                                    errors++;
                                                                                                    validate20.errors =
                                                                                                      vErrors;
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    errors =
                                                                                                      _errs118;
                                                                                                    if (
                                                                                                      vErrors !==
                                                                                                      null
                                                                                                    ) {
                                                                                                      if (
                                                                                                        _errs118
                                                                                                      ) {
                                                                                                        vErrors.length =
                                                                                                          _errs118;
                                                                                                      } else {
                                                                                                        vErrors =
                                                                                                          null;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                  var valid26 =
                                                                                                    _errs117 ===
                                                                                                    errors;
                                                                                                } else {
                                                                                                  var valid26 = true;
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                      var valid20 =
                                                                                        _errs111 ===
                                                                                        errors;
                                                                                    } else {
                                                                                      var valid20 = true;
                                                                                    }
                                                                                    if (
                                                                                      valid20
                                                                                    ) {
                                                                                      if (
                                                                                        data32.displayMode !==
                                                                                        undefined
                                                                                      ) {
                                                                                        let data49 =
                                                                                          data32.displayMode;
                                                                                        const _errs123 =
                                                                                          errors;
                                                                                        if (
                                                                                          typeof data49 !==
                                                                                            "string" &&
                                                                                          data49 !==
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
                                                                                                  "/rule_data/displayMode",
                                                                                                schemaPath:
                                                                                                  "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/displayMode/type",
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
                                                                                                      .displayMode
                                                                                                      .type,
                                                                                                  },
                                                                                              },
                                                                                            ];
                                                                                          return false;
                                                                                        }
                                                                                        if (
                                                                                          !(
                                                                                            data49 ===
                                                                                              "amount" ||
                                                                                            data49 ===
                                                                                              "percentage" ||
                                                                                            data49 ===
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
                                                                                                  "/rule_data/displayMode",
                                                                                                schemaPath:
                                                                                                  "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/displayMode/enum",
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
                                                                                                        .displayMode
                                                                                                        .enum,
                                                                                                  },
                                                                                              },
                                                                                            ];
                                                                                          return false;
                                                                                        }
                                                                                        var valid20 =
                                                                                          _errs123 ===
                                                                                          errors;
                                                                                      } else {
                                                                                        var valid20 = true;
                                                                                      }
                                                                                      if (
                                                                                        valid20
                                                                                      ) {
                                                                                        if (
                                                                                          data32.timeframe !==
                                                                                          undefined
                                                                                        ) {
                                                                                          let data50 =
                                                                                            data32.timeframe;
                                                                                          const _errs125 =
                                                                                            errors;
                                                                                          if (
                                                                                            typeof data50 !==
                                                                                              "string" &&
                                                                                            data50 !==
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
                                                                                                    "/rule_data/timeframe",
                                                                                                  schemaPath:
                                                                                                    "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/timeframe/type",
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
                                                                                                        .timeframe
                                                                                                        .type,
                                                                                                    },
                                                                                                },
                                                                                              ];
                                                                                            return false;
                                                                                          }
                                                                                          if (
                                                                                            !(
                                                                                              data50 ===
                                                                                                "daily" ||
                                                                                              data50 ===
                                                                                                "weekly" ||
                                                                                              data50 ===
                                                                                                "monthly" ||
                                                                                              data50 ===
                                                                                                "yearly" ||
                                                                                              data50 ===
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
                                                                                                    "/rule_data/timeframe",
                                                                                                  schemaPath:
                                                                                                    "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/timeframe/enum",
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
                                                                                                          .timeframe
                                                                                                          .enum,
                                                                                                    },
                                                                                                },
                                                                                              ];
                                                                                            return false;
                                                                                          }
                                                                                          var valid20 =
                                                                                            _errs125 ===
                                                                                            errors;
                                                                                        } else {
                                                                                          var valid20 = true;
                                                                                        }
                                                                                        if (
                                                                                          valid20
                                                                                        ) {
                                                                                          if (
                                                                                            data32.datasetColumnId !==
                                                                                            undefined
                                                                                          ) {
                                                                                            let data51 =
                                                                                              data32.datasetColumnId;
                                                                                            const _errs127 =
                                                                                              errors;
                                                                                            if (
                                                                                              typeof data51 !==
                                                                                                "string" &&
                                                                                              data51 !==
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
                                                                                                      "/rule_data/datasetColumnId",
                                                                                                    schemaPath:
                                                                                                      "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/datasetColumnId/type",
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
                                                                                                          .datasetColumnId
                                                                                                          .type,
                                                                                                      },
                                                                                                  },
                                                                                                ];
                                                                                              return false;
                                                                                            }
                                                                                            var valid20 =
                                                                                              _errs127 ===
                                                                                              errors;
                                                                                          } else {
                                                                                            var valid20 = true;
                                                                                          }
                                                                                          if (
                                                                                            valid20
                                                                                          ) {
                                                                                            if (
                                                                                              data32.sourceDatasetColumnId !==
                                                                                              undefined
                                                                                            ) {
                                                                                              let data52 =
                                                                                                data32.sourceDatasetColumnId;
                                                                                              const _errs129 =
                                                                                                errors;
                                                                                              if (
                                                                                                typeof data52 !==
                                                                                                  "string" &&
                                                                                                data52 !==
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
                                                                                                        "/rule_data/sourceDatasetColumnId",
                                                                                                      schemaPath:
                                                                                                        "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/sourceDatasetColumnId/type",
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
                                                                                                            .sourceDatasetColumnId
                                                                                                            .type,
                                                                                                        },
                                                                                                    },
                                                                                                  ];
                                                                                                return false;
                                                                                              }
                                                                                              var valid20 =
                                                                                                _errs129 ===
                                                                                                errors;
                                                                                            } else {
                                                                                              var valid20 = true;
                                                                                            }
                                                                                            if (
                                                                                              valid20
                                                                                            ) {
                                                                                              if (
                                                                                                data32.specialDataSetType !==
                                                                                                undefined
                                                                                              ) {
                                                                                                let data53 =
                                                                                                  data32.specialDataSetType;
                                                                                                const _errs131 =
                                                                                                  errors;
                                                                                                if (
                                                                                                  typeof data53 !==
                                                                                                    "string" &&
                                                                                                  data53 !==
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
                                                                                                          "/rule_data/specialDataSetType",
                                                                                                        schemaPath:
                                                                                                          "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/specialDataSetType/type",
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
                                                                                                              .specialDataSetType
                                                                                                              .type,
                                                                                                          },
                                                                                                      },
                                                                                                    ];
                                                                                                  return false;
                                                                                                }
                                                                                                if (
                                                                                                  !(
                                                                                                    data53 ===
                                                                                                      "ACTIVE_USERS_ADDRESSES" ||
                                                                                                    data53 ===
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
                                                                                                          "/rule_data/specialDataSetType",
                                                                                                        schemaPath:
                                                                                                          "#/properties/activityLogs/items/else/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/specialDataSetType/enum",
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
                                                                                                                .specialDataSetType
                                                                                                                .enum,
                                                                                                          },
                                                                                                      },
                                                                                                    ];
                                                                                                  return false;
                                                                                                }
                                                                                                var valid20 =
                                                                                                  _errs131 ===
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
                                                                  let data54 =
                                                                    data26.status;
                                                                  const _errs133 =
                                                                    errors;
                                                                  if (
                                                                    typeof data54 !==
                                                                      "string" &&
                                                                    data54 !==
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
                                                                      data54 ===
                                                                        "valid" ||
                                                                      data54 ===
                                                                        "not-valid" ||
                                                                      data54 ===
                                                                        "error" ||
                                                                      data54 ===
                                                                        "unknown" ||
                                                                      data54 ===
                                                                        "skipped" ||
                                                                      data54 ===
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
                                                                    _errs133 ===
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
                                                    const _errs135 = errors;
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
                                                      _errs135 === errors;
                                                  } else {
                                                    var valid14 = true;
                                                  }
                                                  if (valid14) {
                                                    if (
                                                      data24.scenarioStatus !==
                                                      undefined
                                                    ) {
                                                      let data56 =
                                                        data24.scenarioStatus;
                                                      const _errs137 = errors;
                                                      if (
                                                        typeof data56 !==
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
                                                          data56 === "valid" ||
                                                          data56 ===
                                                            "not-valid" ||
                                                          data56 === "error" ||
                                                          data56 ===
                                                            "unknown" ||
                                                          data56 === "skipped"
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
                                                        _errs137 === errors;
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
                                      let data57 = data22.execution_status;
                                      const _errs139 = errors;
                                      if (typeof data57 !== "string") {
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
                                          data57 === "valid" ||
                                          data57 === "not-valid" ||
                                          data57 === "error" ||
                                          data57 === "unknown" ||
                                          data57 === "skipped"
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
                                      var valid12 = _errs139 === errors;
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
                      const err40 = {
                        instancePath: instancePath + "/activityLogs/" + i0,
                        schemaPath: "#/properties/activityLogs/items/if",
                        keyword: "if",
                        params: { failingKeyword: ifClause0 },
                      };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
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
    activityLogs: {
      type: "array",
      items: {
        anyOf: [
          {
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
                      { type: "null" },
                    ],
                  },
                },
              },
            },
          },
          {
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
                                anyOf: [
                                  {
                                    type: "object",
                                    properties: {
                                      result: {
                                        anyOf: [
                                          {
                                            type: "object",
                                            properties: {
                                              is_valid: { type: "boolean" },
                                              reasons: {
                                                type: "array",
                                                items: { type: "string" },
                                              },
                                            },
                                          },
                                          { type: "null" },
                                        ],
                                      },
                                    },
                                  },
                                  { type: "null" },
                                ],
                              },
                              rule_data: {
                                anyOf: [
                                  {
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
                                            required: [
                                              "version",
                                              "schema",
                                              "path",
                                            ],
                                            properties: {
                                              version: {
                                                type: "string",
                                                enum: ["v1"],
                                              },
                                              schema: {
                                                type: "string",
                                                enum: [
                                                  "Customer",
                                                  "KycSession",
                                                  "Transaction",
                                                  "Tfhe",
                                                  "TfheKycSession",
                                                  "Web3Transaction",
                                                ],
                                              },
                                              path: {
                                                anyOf: [
                                                  {
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
                                                  { type: "string" },
                                                ],
                                              },
                                            },
                                          },
                                        ],
                                      },
                                      value: {
                                        anyOf: [
                                          {
                                            anyOf: [
                                              { type: "boolean" },
                                              { type: "string" },
                                              { type: "number" },
                                              {
                                                type: "array",
                                                items: { type: "string" },
                                              },
                                              {
                                                type: "array",
                                                items: { type: "number" },
                                              },
                                            ],
                                          },
                                          { type: "null" },
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
                                          "$has",
                                          "$nhas",
                                        ],
                                      },
                                      type: {
                                        anyOf: [
                                          {
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
                                          { type: "null" },
                                        ],
                                      },
                                      secondaryAttribute: {
                                        anyOf: [
                                          {
                                            anyOf: [
                                              { type: "string" },
                                              {
                                                type: "object",
                                                required: [
                                                  "version",
                                                  "schema",
                                                  "path",
                                                ],
                                                properties: {
                                                  version: {
                                                    type: "string",
                                                    enum: ["v1"],
                                                  },
                                                  schema: {
                                                    type: "string",
                                                    enum: [
                                                      "Customer",
                                                      "KycSession",
                                                      "Transaction",
                                                      "Tfhe",
                                                      "TfheKycSession",
                                                      "Web3Transaction",
                                                    ],
                                                  },
                                                  path: {
                                                    anyOf: [
                                                      {
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
                                                      { type: "string" },
                                                    ],
                                                  },
                                                },
                                              },
                                            ],
                                          },
                                          { type: "null" },
                                        ],
                                      },
                                      displayMode: {
                                        anyOf: [
                                          {
                                            type: "string",
                                            enum: ["amount", "percentage"],
                                          },
                                          { type: "null" },
                                        ],
                                      },
                                      timeframe: {
                                        anyOf: [
                                          {
                                            type: "string",
                                            enum: [
                                              "daily",
                                              "weekly",
                                              "monthly",
                                              "yearly",
                                            ],
                                          },
                                          { type: "null" },
                                        ],
                                      },
                                      datasetColumnId: {
                                        type: ["string", "null"],
                                      },
                                      sourceDatasetColumnId: {
                                        type: ["string", "null"],
                                      },
                                      specialDataSetType: {
                                        anyOf: [
                                          {
                                            type: "string",
                                            enum: ["ACTIVE_USERS_ADDRESSES"],
                                          },
                                          { type: "null" },
                                        ],
                                      },
                                    },
                                  },
                                  { type: "null" },
                                ],
                              },
                              status: {
                                anyOf: [
                                  {
                                    type: "string",
                                    enum: [
                                      "valid",
                                      "not-valid",
                                      "error",
                                      "unknown",
                                      "skipped",
                                    ],
                                  },
                                  { type: "null" },
                                ],
                              },
                            },
                          },
                        },
                        scenarioId: { type: "string" },
                        scenarioStatus: {
                          type: "string",
                          enum: [
                            "valid",
                            "not-valid",
                            "error",
                            "unknown",
                            "skipped",
                          ],
                        },
                      },
                    },
                  },
                  execution_status: {
                    type: "string",
                    enum: ["valid", "not-valid", "error", "unknown", "skipped"],
                  },
                },
              },
            },
          },
        ],
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
                    { type: "null" },
                  ],
                },
              },
            },
          },
        },
      },
    },
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
      let data2 = data.activityLogs;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          const _errs8 = errors;
          let valid3 = false;
          const _errs9 = errors;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.data === undefined) {
              const err6 = {
                instancePath: instancePath + "/activityLogs/" + i0,
                schemaPath: "#/properties/activityLogs/items/anyOf/0/required",
                keyword: "required",
                params: { missingProperty: "data" },
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data3.data !== undefined) {
              let data4 = data3.data;
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                if (data4.data === undefined) {
                  const err7 = {
                    instancePath:
                      instancePath + "/activityLogs/" + i0 + "/data",
                    schemaPath:
                      "#/properties/activityLogs/items/anyOf/0/properties/data/required",
                    keyword: "required",
                    params: { missingProperty: "data" },
                  };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                if (data4.data !== undefined) {
                  let data5 = data4.data;
                  if (
                    data5 &&
                    typeof data5 == "object" &&
                    !Array.isArray(data5)
                  ) {
                  } else {
                    const err8 = {
                      instancePath:
                        instancePath + "/activityLogs/" + i0 + "/data/data",
                      schemaPath:
                        "#/properties/activityLogs/items/anyOf/0/properties/data/properties/data/type",
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
                }
                if (data4.event !== undefined) {
                  let data6 = data4.event;
                  const _errs17 = errors;
                  let valid6 = false;
                  const _errs18 = errors;
                  const _errs19 = errors;
                  let valid7 = false;
                  const _errs20 = errors;
                  if (
                    data6 &&
                    typeof data6 == "object" &&
                    !Array.isArray(data6)
                  ) {
                    if (data6.status === undefined) {
                      const err9 = {
                        instancePath:
                          instancePath + "/activityLogs/" + i0 + "/data/event",
                        schemaPath:
                          "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/0/required",
                        keyword: "required",
                        params: { missingProperty: "status" },
                      };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                    if (data6.alias === undefined) {
                      const err10 = {
                        instancePath:
                          instancePath + "/activityLogs/" + i0 + "/data/event",
                        schemaPath:
                          "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/0/required",
                        keyword: "required",
                        params: { missingProperty: "alias" },
                      };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                    if (data6.sandbox === undefined) {
                      const err11 = {
                        instancePath:
                          instancePath + "/activityLogs/" + i0 + "/data/event",
                        schemaPath:
                          "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/0/required",
                        keyword: "required",
                        params: { missingProperty: "sandbox" },
                      };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                    if (data6.status !== undefined) {
                      let data7 = data6.status;
                      if (typeof data7 !== "string") {
                        const err12 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event/status",
                          schemaPath:
                            "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/0/properties/status/type",
                          keyword: "type",
                          params: { type: "string" },
                        };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                      if (
                        !(
                          data7 === "APPROVED" ||
                          data7 === "SUBMISSION_REQUIRED" ||
                          data7 === "RESUBMISSION_REQUIRED" ||
                          data7 === "REJECTED" ||
                          data7 === "PENDING_VERIFICATION"
                        )
                      ) {
                        const err13 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event/status",
                          schemaPath:
                            "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/0/properties/status/enum",
                          keyword: "enum",
                          params: {
                            allowedValues:
                              schema33.properties.activityLogs.items.anyOf[0]
                                .properties.data.properties.event.anyOf[0]
                                .anyOf[0].properties.status.enum,
                          },
                        };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                    if (data6.alias !== undefined) {
                      if (typeof data6.alias !== "string") {
                        const err14 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event/alias",
                          schemaPath:
                            "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/0/properties/alias/type",
                          keyword: "type",
                          params: { type: "string" },
                        };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                    }
                    if (data6.sandbox !== undefined) {
                      if (typeof data6.sandbox !== "boolean") {
                        const err15 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event/sandbox",
                          schemaPath:
                            "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/0/properties/sandbox/type",
                          keyword: "type",
                          params: { type: "boolean" },
                        };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err16 = {
                      instancePath:
                        instancePath + "/activityLogs/" + i0 + "/data/event",
                      schemaPath:
                        "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/0/type",
                      keyword: "type",
                      params: { type: "object" },
                    };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var _valid2 = _errs20 === errors;
                  valid7 = valid7 || _valid2;
                  if (!valid7) {
                    const _errs28 = errors;
                    if (
                      data6 &&
                      typeof data6 == "object" &&
                      !Array.isArray(data6)
                    ) {
                      if (data6.status === undefined) {
                        const err17 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event",
                          schemaPath:
                            "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/required",
                          keyword: "required",
                          params: { missingProperty: "status" },
                        };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                      if (data6.type === undefined) {
                        const err18 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event",
                          schemaPath:
                            "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/required",
                          keyword: "required",
                          params: { missingProperty: "type" },
                        };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                      if (data6.sandbox === undefined) {
                        const err19 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event",
                          schemaPath:
                            "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/required",
                          keyword: "required",
                          params: { missingProperty: "sandbox" },
                        };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                      if (data6.metadata === undefined) {
                        const err20 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event",
                          schemaPath:
                            "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/required",
                          keyword: "required",
                          params: { missingProperty: "metadata" },
                        };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                      if (data6.status !== undefined) {
                        let data10 = data6.status;
                        if (typeof data10 !== "string") {
                          const err21 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event/status",
                            schemaPath:
                              "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/status/type",
                            keyword: "type",
                            params: { type: "string" },
                          };
                          if (vErrors === null) {
                            vErrors = [err21];
                          } else {
                            vErrors.push(err21);
                          }
                          errors++;
                        }
                        if (
                          !(
                            data10 === "APPROVED" ||
                            data10 === "SUBMISSION_REQUIRED" ||
                            data10 === "RESUBMISSION_REQUIRED" ||
                            data10 === "REJECTED" ||
                            data10 === "PENDING_VERIFICATION"
                          )
                        ) {
                          const err22 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event/status",
                            schemaPath:
                              "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/status/enum",
                            keyword: "enum",
                            params: {
                              allowedValues:
                                schema33.properties.activityLogs.items.anyOf[0]
                                  .properties.data.properties.event.anyOf[0]
                                  .anyOf[1].properties.status.enum,
                            },
                          };
                          if (vErrors === null) {
                            vErrors = [err22];
                          } else {
                            vErrors.push(err22);
                          }
                          errors++;
                        }
                      }
                      if (data6.type !== undefined) {
                        let data11 = data6.type;
                        if (typeof data11 !== "string") {
                          const err23 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event/type",
                            schemaPath:
                              "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/type/type",
                            keyword: "type",
                            params: { type: "string" },
                          };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                        if (
                          !(
                            data11 === "ID_DOCUMENT" ||
                            data11 === "LIVENESS" ||
                            data11 === "PROOF_OF_ADDRESS" ||
                            data11 === "PHONE" ||
                            data11 === "EMAIL"
                          )
                        ) {
                          const err24 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event/type",
                            schemaPath:
                              "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/type/enum",
                            keyword: "enum",
                            params: {
                              allowedValues:
                                schema33.properties.activityLogs.items.anyOf[0]
                                  .properties.data.properties.event.anyOf[0]
                                  .anyOf[1].properties.type.enum,
                            },
                          };
                          if (vErrors === null) {
                            vErrors = [err24];
                          } else {
                            vErrors.push(err24);
                          }
                          errors++;
                        }
                      }
                      if (data6.sandbox !== undefined) {
                        if (typeof data6.sandbox !== "boolean") {
                          const err25 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event/sandbox",
                            schemaPath:
                              "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/sandbox/type",
                            keyword: "type",
                            params: { type: "boolean" },
                          };
                          if (vErrors === null) {
                            vErrors = [err25];
                          } else {
                            vErrors.push(err25);
                          }
                          errors++;
                        }
                      }
                      if (data6.metadata !== undefined) {
                        let data13 = data6.metadata;
                        if (
                          data13 &&
                          typeof data13 == "object" &&
                          !Array.isArray(data13)
                        ) {
                          if (data13.ip === undefined) {
                            const err26 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/metadata",
                              schemaPath:
                                "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                              keyword: "required",
                              params: { missingProperty: "ip" },
                            };
                            if (vErrors === null) {
                              vErrors = [err26];
                            } else {
                              vErrors.push(err26);
                            }
                            errors++;
                          }
                          if (data13.user_agent === undefined) {
                            const err27 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/metadata",
                              schemaPath:
                                "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                              keyword: "required",
                              params: { missingProperty: "user_agent" },
                            };
                            if (vErrors === null) {
                              vErrors = [err27];
                            } else {
                              vErrors.push(err27);
                            }
                            errors++;
                          }
                          if (data13.platform === undefined) {
                            const err28 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/metadata",
                              schemaPath:
                                "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                              keyword: "required",
                              params: { missingProperty: "platform" },
                            };
                            if (vErrors === null) {
                              vErrors = [err28];
                            } else {
                              vErrors.push(err28);
                            }
                            errors++;
                          }
                          if (data13.browser_name === undefined) {
                            const err29 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/metadata",
                              schemaPath:
                                "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                              keyword: "required",
                              params: { missingProperty: "browser_name" },
                            };
                            if (vErrors === null) {
                              vErrors = [err29];
                            } else {
                              vErrors.push(err29);
                            }
                            errors++;
                          }
                          if (data13.browser_version === undefined) {
                            const err30 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/metadata",
                              schemaPath:
                                "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                              keyword: "required",
                              params: { missingProperty: "browser_version" },
                            };
                            if (vErrors === null) {
                              vErrors = [err30];
                            } else {
                              vErrors.push(err30);
                            }
                            errors++;
                          }
                          if (data13.device === undefined) {
                            const err31 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/metadata",
                              schemaPath:
                                "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                              keyword: "required",
                              params: { missingProperty: "device" },
                            };
                            if (vErrors === null) {
                              vErrors = [err31];
                            } else {
                              vErrors.push(err31);
                            }
                            errors++;
                          }
                          if (data13.customer_language === undefined) {
                            const err32 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/metadata",
                              schemaPath:
                                "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                              keyword: "required",
                              params: { missingProperty: "customer_language" },
                            };
                            if (vErrors === null) {
                              vErrors = [err32];
                            } else {
                              vErrors.push(err32);
                            }
                            errors++;
                          }
                          if (data13.ip !== undefined) {
                            if (typeof data13.ip !== "string") {
                              const err33 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata/ip",
                                schemaPath:
                                  "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/ip/type",
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
                          if (data13.user_agent !== undefined) {
                            if (typeof data13.user_agent !== "string") {
                              const err34 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata/user_agent",
                                schemaPath:
                                  "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/user_agent/type",
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
                          if (data13.platform !== undefined) {
                            if (typeof data13.platform !== "string") {
                              const err35 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata/platform",
                                schemaPath:
                                  "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/platform/type",
                                keyword: "type",
                                params: { type: "string" },
                              };
                              if (vErrors === null) {
                                vErrors = [err35];
                              } else {
                                vErrors.push(err35);
                              }
                              errors++;
                            }
                          }
                          if (data13.browser_name !== undefined) {
                            if (typeof data13.browser_name !== "string") {
                              const err36 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata/browser_name",
                                schemaPath:
                                  "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/browser_name/type",
                                keyword: "type",
                                params: { type: "string" },
                              };
                              if (vErrors === null) {
                                vErrors = [err36];
                              } else {
                                vErrors.push(err36);
                              }
                              errors++;
                            }
                          }
                          if (data13.browser_version !== undefined) {
                            if (typeof data13.browser_version !== "string") {
                              const err37 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata/browser_version",
                                schemaPath:
                                  "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/browser_version/type",
                                keyword: "type",
                                params: { type: "string" },
                              };
                              if (vErrors === null) {
                                vErrors = [err37];
                              } else {
                                vErrors.push(err37);
                              }
                              errors++;
                            }
                          }
                          if (data13.device !== undefined) {
                            if (typeof data13.device !== "string") {
                              const err38 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata/device",
                                schemaPath:
                                  "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/device/type",
                                keyword: "type",
                                params: { type: "string" },
                              };
                              if (vErrors === null) {
                                vErrors = [err38];
                              } else {
                                vErrors.push(err38);
                              }
                              errors++;
                            }
                          }
                          if (data13.customer_language !== undefined) {
                            if (typeof data13.customer_language !== "string") {
                              const err39 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata/customer_language",
                                schemaPath:
                                  "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/customer_language/type",
                                keyword: "type",
                                params: { type: "string" },
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
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event/metadata",
                            schemaPath:
                              "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/type",
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
                      }
                    } else {
                      const err41 = {
                        instancePath:
                          instancePath + "/activityLogs/" + i0 + "/data/event",
                        schemaPath:
                          "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf/1/type",
                        keyword: "type",
                        params: { type: "object" },
                      };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                    var _valid2 = _errs28 === errors;
                    valid7 = valid7 || _valid2;
                  }
                  if (!valid7) {
                    const err42 = {
                      instancePath:
                        instancePath + "/activityLogs/" + i0 + "/data/event",
                      schemaPath:
                        "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/0/anyOf",
                      keyword: "anyOf",
                      params: {},
                    };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  } else {
                    errors = _errs19;
                    if (vErrors !== null) {
                      if (_errs19) {
                        vErrors.length = _errs19;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var _valid1 = _errs18 === errors;
                  valid6 = valid6 || _valid1;
                  if (!valid6) {
                    const _errs52 = errors;
                    if (data6 !== null) {
                      const err43 = {
                        instancePath:
                          instancePath + "/activityLogs/" + i0 + "/data/event",
                        schemaPath:
                          "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf/1/type",
                        keyword: "type",
                        params: { type: "null" },
                      };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    var _valid1 = _errs52 === errors;
                    valid6 = valid6 || _valid1;
                  }
                  if (!valid6) {
                    const err44 = {
                      instancePath:
                        instancePath + "/activityLogs/" + i0 + "/data/event",
                      schemaPath:
                        "#/properties/activityLogs/items/anyOf/0/properties/data/properties/event/anyOf",
                      keyword: "anyOf",
                      params: {},
                    };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  } else {
                    errors = _errs17;
                    if (vErrors !== null) {
                      if (_errs17) {
                        vErrors.length = _errs17;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err45 = {
                  instancePath: instancePath + "/activityLogs/" + i0 + "/data",
                  schemaPath:
                    "#/properties/activityLogs/items/anyOf/0/properties/data/type",
                  keyword: "type",
                  params: { type: "object" },
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
              instancePath: instancePath + "/activityLogs/" + i0,
              schemaPath: "#/properties/activityLogs/items/anyOf/0/type",
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
          var _valid0 = _errs9 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs54 = errors;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.data === undefined) {
                const err47 = {
                  instancePath: instancePath + "/activityLogs/" + i0,
                  schemaPath:
                    "#/properties/activityLogs/items/anyOf/1/required",
                  keyword: "required",
                  params: { missingProperty: "data" },
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              if (data3.data !== undefined) {
                let data21 = data3.data;
                if (
                  data21 &&
                  typeof data21 == "object" &&
                  !Array.isArray(data21)
                ) {
                  if (data21.executions !== undefined) {
                    let data22 = data21.executions;
                    if (!Array.isArray(data22) && data22 !== null) {
                      const err48 = {
                        instancePath:
                          instancePath +
                          "/activityLogs/" +
                          i0 +
                          "/data/executions",
                        schemaPath:
                          "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/type",
                        keyword: "type",
                        params: {
                          type: schema33.properties.activityLogs.items.anyOf[1]
                            .properties.data.properties.executions.type,
                        },
                      };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (Array.isArray(data22)) {
                      const len1 = data22.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        let data23 = data22[i1];
                        if (
                          data23 &&
                          typeof data23 == "object" &&
                          !Array.isArray(data23)
                        ) {
                          if (data23.rules === undefined) {
                            const err49 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/executions/" +
                                i1,
                              schemaPath:
                                "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/required",
                              keyword: "required",
                              params: { missingProperty: "rules" },
                            };
                            if (vErrors === null) {
                              vErrors = [err49];
                            } else {
                              vErrors.push(err49);
                            }
                            errors++;
                          }
                          if (data23.rules !== undefined) {
                            let data24 = data23.rules;
                            if (Array.isArray(data24)) {
                              const len2 = data24.length;
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data25 = data24[i2];
                                if (
                                  data25 &&
                                  typeof data25 == "object" &&
                                  !Array.isArray(data25)
                                ) {
                                  if (data25.result !== undefined) {
                                    let data26 = data25.result;
                                    const _errs67 = errors;
                                    let valid19 = false;
                                    const _errs68 = errors;
                                    if (
                                      data26 &&
                                      typeof data26 == "object" &&
                                      !Array.isArray(data26)
                                    ) {
                                      if (data26.result !== undefined) {
                                        let data27 = data26.result;
                                        const _errs71 = errors;
                                        let valid21 = false;
                                        const _errs72 = errors;
                                        if (
                                          data27 &&
                                          typeof data27 == "object" &&
                                          !Array.isArray(data27)
                                        ) {
                                          if (data27.is_valid !== undefined) {
                                            if (
                                              typeof data27.is_valid !==
                                              "boolean"
                                            ) {
                                              const err50 = {
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
                                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/result/anyOf/0/properties/result/anyOf/0/properties/is_valid/type",
                                                keyword: "type",
                                                params: { type: "boolean" },
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err50];
                                              } else {
                                                vErrors.push(err50);
                                              }
                                              errors++;
                                            }
                                          }
                                          if (data27.reasons !== undefined) {
                                            let data29 = data27.reasons;
                                            if (Array.isArray(data29)) {
                                              const len3 = data29.length;
                                              for (
                                                let i3 = 0;
                                                i3 < len3;
                                                i3++
                                              ) {
                                                if (
                                                  typeof data29[i3] !== "string"
                                                ) {
                                                  const err51 = {
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
                                                      "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/result/anyOf/0/properties/result/anyOf/0/properties/reasons/items/type",
                                                    keyword: "type",
                                                    params: { type: "string" },
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
                                                  "/activityLogs/" +
                                                  i0 +
                                                  "/data/executions/" +
                                                  i1 +
                                                  "/rules/" +
                                                  i2 +
                                                  "/result/result/reasons",
                                                schemaPath:
                                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/result/anyOf/0/properties/result/anyOf/0/properties/reasons/type",
                                                keyword: "type",
                                                params: { type: "array" },
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
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/result/result",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/result/anyOf/0/properties/result/anyOf/0/type",
                                            keyword: "type",
                                            params: { type: "object" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err53];
                                          } else {
                                            vErrors.push(err53);
                                          }
                                          errors++;
                                        }
                                        var _valid4 = _errs72 === errors;
                                        valid21 = valid21 || _valid4;
                                        if (!valid21) {
                                          const _errs80 = errors;
                                          if (data27 !== null) {
                                            const err54 = {
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
                                                "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/result/anyOf/0/properties/result/anyOf/1/type",
                                              keyword: "type",
                                              params: { type: "null" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err54];
                                            } else {
                                              vErrors.push(err54);
                                            }
                                            errors++;
                                          }
                                          var _valid4 = _errs80 === errors;
                                          valid21 = valid21 || _valid4;
                                        }
                                        if (!valid21) {
                                          const err55 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/result/anyOf/0/properties/result/anyOf",
                                            keyword: "anyOf",
                                            params: {},
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err55];
                                          } else {
                                            vErrors.push(err55);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs71;
                                          if (vErrors !== null) {
                                            if (_errs71) {
                                              vErrors.length = _errs71;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      const err56 = {
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
                                          "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/result/anyOf/0/type",
                                        keyword: "type",
                                        params: { type: "object" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err56];
                                      } else {
                                        vErrors.push(err56);
                                      }
                                      errors++;
                                    }
                                    var _valid3 = _errs68 === errors;
                                    valid19 = valid19 || _valid3;
                                    if (!valid19) {
                                      const _errs82 = errors;
                                      if (data26 !== null) {
                                        const err57 = {
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
                                            "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/result/anyOf/1/type",
                                          keyword: "type",
                                          params: { type: "null" },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err57];
                                        } else {
                                          vErrors.push(err57);
                                        }
                                        errors++;
                                      }
                                      var _valid3 = _errs82 === errors;
                                      valid19 = valid19 || _valid3;
                                    }
                                    if (!valid19) {
                                      const err58 = {
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
                                          "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/result/anyOf",
                                        keyword: "anyOf",
                                        params: {},
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err58];
                                      } else {
                                        vErrors.push(err58);
                                      }
                                      errors++;
                                    } else {
                                      errors = _errs67;
                                      if (vErrors !== null) {
                                        if (_errs67) {
                                          vErrors.length = _errs67;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                  }
                                  if (data25.rule_data !== undefined) {
                                    let data31 = data25.rule_data;
                                    const _errs85 = errors;
                                    let valid25 = false;
                                    const _errs86 = errors;
                                    if (
                                      data31 &&
                                      typeof data31 == "object" &&
                                      !Array.isArray(data31)
                                    ) {
                                      if (data31.attribute === undefined) {
                                        const err59 = {
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
                                            "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/required",
                                          keyword: "required",
                                          params: {
                                            missingProperty: "attribute",
                                          },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err59];
                                        } else {
                                          vErrors.push(err59);
                                        }
                                        errors++;
                                      }
                                      if (data31.operator === undefined) {
                                        const err60 = {
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
                                            "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/required",
                                          keyword: "required",
                                          params: {
                                            missingProperty: "operator",
                                          },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err60];
                                        } else {
                                          vErrors.push(err60);
                                        }
                                        errors++;
                                      }
                                      if (data31.queryId !== undefined) {
                                        if (
                                          typeof data31.queryId !== "string"
                                        ) {
                                          const err61 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/queryId/type",
                                            keyword: "type",
                                            params: { type: "string" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err61];
                                          } else {
                                            vErrors.push(err61);
                                          }
                                          errors++;
                                        }
                                      }
                                      if (data31.id !== undefined) {
                                        if (typeof data31.id !== "string") {
                                          const err62 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/id/type",
                                            keyword: "type",
                                            params: { type: "string" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err62];
                                          } else {
                                            vErrors.push(err62);
                                          }
                                          errors++;
                                        }
                                      }
                                      if (data31.requestId !== undefined) {
                                        let data34 = data31.requestId;
                                        if (
                                          !(
                                            typeof data34 == "number" &&
                                            isFinite(data34)
                                          ) &&
                                          data34 !== null
                                        ) {
                                          const err63 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/requestId/type",
                                            keyword: "type",
                                            params: {
                                              type: schema33.properties
                                                .activityLogs.items.anyOf[1]
                                                .properties.data.properties
                                                .executions.items.properties
                                                .rules.items.properties
                                                .rule_data.anyOf[0].properties
                                                .requestId.type,
                                            },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err63];
                                          } else {
                                            vErrors.push(err63);
                                          }
                                          errors++;
                                        }
                                      }
                                      if (data31.attribute !== undefined) {
                                        let data35 = data31.attribute;
                                        const _errs95 = errors;
                                        let valid27 = false;
                                        const _errs96 = errors;
                                        if (typeof data35 !== "string") {
                                          const err64 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/0/type",
                                            keyword: "type",
                                            params: { type: "string" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err64];
                                          } else {
                                            vErrors.push(err64);
                                          }
                                          errors++;
                                        }
                                        var _valid6 = _errs96 === errors;
                                        valid27 = valid27 || _valid6;
                                        if (!valid27) {
                                          const _errs98 = errors;
                                          if (
                                            data35 &&
                                            typeof data35 == "object" &&
                                            !Array.isArray(data35)
                                          ) {
                                            if (data35.version === undefined) {
                                              const err65 = {
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
                                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/required",
                                                keyword: "required",
                                                params: {
                                                  missingProperty: "version",
                                                },
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err65];
                                              } else {
                                                vErrors.push(err65);
                                              }
                                              errors++;
                                            }
                                            if (data35.schema === undefined) {
                                              const err66 = {
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
                                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/required",
                                                keyword: "required",
                                                params: {
                                                  missingProperty: "schema",
                                                },
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err66];
                                              } else {
                                                vErrors.push(err66);
                                              }
                                              errors++;
                                            }
                                            if (data35.path === undefined) {
                                              const err67 = {
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
                                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/required",
                                                keyword: "required",
                                                params: {
                                                  missingProperty: "path",
                                                },
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err67];
                                              } else {
                                                vErrors.push(err67);
                                              }
                                              errors++;
                                            }
                                            if (data35.version !== undefined) {
                                              let data36 = data35.version;
                                              if (typeof data36 !== "string") {
                                                const err68 = {
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
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/properties/version/type",
                                                  keyword: "type",
                                                  params: { type: "string" },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err68];
                                                } else {
                                                  vErrors.push(err68);
                                                }
                                                errors++;
                                              }
                                              if (!(data36 === "v1")) {
                                                const err69 = {
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
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/properties/version/enum",
                                                  keyword: "enum",
                                                  params: {
                                                    allowedValues:
                                                      schema33.properties
                                                        .activityLogs.items
                                                        .anyOf[1].properties
                                                        .data.properties
                                                        .executions.items
                                                        .properties.rules.items
                                                        .properties.rule_data
                                                        .anyOf[0].properties
                                                        .attribute.anyOf[1]
                                                        .properties.version
                                                        .enum,
                                                  },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err69];
                                                } else {
                                                  vErrors.push(err69);
                                                }
                                                errors++;
                                              }
                                            }
                                            if (data35.schema !== undefined) {
                                              let data37 = data35.schema;
                                              if (typeof data37 !== "string") {
                                                const err70 = {
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
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/properties/schema/type",
                                                  keyword: "type",
                                                  params: { type: "string" },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err70];
                                                } else {
                                                  vErrors.push(err70);
                                                }
                                                errors++;
                                              }
                                              if (
                                                !(
                                                  data37 === "Customer" ||
                                                  data37 === "KycSession" ||
                                                  data37 === "Transaction" ||
                                                  data37 === "Tfhe" ||
                                                  data37 === "TfheKycSession" ||
                                                  data37 === "Web3Transaction"
                                                )
                                              ) {
                                                const err71 = {
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
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/properties/schema/enum",
                                                  keyword: "enum",
                                                  params: {
                                                    allowedValues:
                                                      schema33.properties
                                                        .activityLogs.items
                                                        .anyOf[1].properties
                                                        .data.properties
                                                        .executions.items
                                                        .properties.rules.items
                                                        .properties.rule_data
                                                        .anyOf[0].properties
                                                        .attribute.anyOf[1]
                                                        .properties.schema.enum,
                                                  },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err71];
                                                } else {
                                                  vErrors.push(err71);
                                                }
                                                errors++;
                                              }
                                            }
                                            if (data35.path !== undefined) {
                                              let data38 = data35.path;
                                              const _errs105 = errors;
                                              let valid29 = false;
                                              const _errs106 = errors;
                                              if (typeof data38 !== "string") {
                                                const err72 = {
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
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/properties/path/anyOf/0/type",
                                                  keyword: "type",
                                                  params: { type: "string" },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err72];
                                                } else {
                                                  vErrors.push(err72);
                                                }
                                                errors++;
                                              }
                                              if (
                                                !(
                                                  data38 === "Customer" ||
                                                  data38 ===
                                                    "Customer/identityData" ||
                                                  data38 ===
                                                    "Customer/identityData/age" ||
                                                  data38 ===
                                                    "Customer/identityData/nationality" ||
                                                  data38 ===
                                                    "Customer/identityData/residence" ||
                                                  data38 ===
                                                    "Customer/identityData/email" ||
                                                  data38 ===
                                                    "Customer/identityData/phone" ||
                                                  data38 ===
                                                    "Customer/kycStatus" ||
                                                  data38 ===
                                                    "Customer/kycStatus/allCheckStatus" ||
                                                  data38 ===
                                                    "Customer/kycStatus/selfieCheckStatus" ||
                                                  data38 ===
                                                    "Customer/kycStatus/idImageCheckStatus" ||
                                                  data38 ===
                                                    "Customer/kycStatus/idInformationCheckStatus" ||
                                                  data38 ===
                                                    "Customer/kycStatus/proofOfResidenceCheckStatus" ||
                                                  data38 ===
                                                    "Customer/amlScreening" ||
                                                  data38 ===
                                                    "Customer/amlScreening/amlHits" ||
                                                  data38 ===
                                                    "Customer/amlScreening/pepHits" ||
                                                  data38 ===
                                                    "Customer/amlScreening/sanctionsHits" ||
                                                  data38 ===
                                                    "Customer/amlScreening/adverseMediaHits" ||
                                                  data38 ===
                                                    "Customer/amlScreening/pepAttribute" ||
                                                  data38 ===
                                                    "Customer/amlScreening/sanctionsStatus" ||
                                                  data38 ===
                                                    "Customer/amlScreening/adverseMediaStatus" ||
                                                  data38 ===
                                                    "Customer/duplicates" ||
                                                  data38 ===
                                                    "Customer/duplicates/duplicateHits" ||
                                                  data38 ===
                                                    "Customer/duplicates/hasDuplicates" ||
                                                  data38 ===
                                                    "Customer/walletScreening" ||
                                                  data38 ===
                                                    "Customer/walletScreening/riskScore" ||
                                                  data38 ===
                                                    "Customer/fraudAnalytics" ||
                                                  data38 ===
                                                    "Customer/fraudAnalytics/ipCountry" ||
                                                  data38 ===
                                                    "Customer/fraudAnalytics/ipVpn" ||
                                                  data38 ===
                                                    "Customer/fraudAnalytics/ipScore" ||
                                                  data38 ===
                                                    "Customer/fraudAnalytics/emailScore" ||
                                                  data38 ===
                                                    "Customer/fraudAnalytics/phoneScore" ||
                                                  data38 === "KycSession" ||
                                                  data38 === "KycSession/vcs" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/@context" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/expirationDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/issuanceDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/journeyId" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/reviewAnswer" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectType" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectLabels" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/documentType" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/entryDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/entryTime" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/firstName" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/middleName" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/lastName" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/gender" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/age" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/citizenship" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/country" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/fullName" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/birthDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/countryOfBirth" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/stateOfBirth" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/isSandbox" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialStatus" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialStatus/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialStatus/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialStatus/revocationNonce" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/issuer" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSchema" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSchema/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSchema/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDInformation/v1/proof" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/@context" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/expirationDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/issuanceDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/journeyId" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/base64_front" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/base64_back" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/name" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/documentType" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/entryDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/entryTime" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_front" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_back" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/reviewAnswer" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectType" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectLabels" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/isSandbox" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialStatus" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialStatus/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialStatus/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialStatus/revocationNonce" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/issuer" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSchema" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSchema/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSchema/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/IDImage/v1/proof" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/@context" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/expirationDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/issuanceDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/journeyId" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/base64" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/name" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/mediaType" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/entryDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/entryTime" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewAnswer" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectType" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectLabels" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/isSandbox" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialStatus" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialStatus/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialStatus/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialStatus/revocationNonce" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/issuer" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSchema" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSchema/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSchema/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/SelfieImage/v1/proof" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/@context" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/expirationDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/issuanceDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/journeyId" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/country" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/base64" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/name" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/documentType" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryDate" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryTime" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/mediaType" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/county" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/city" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/streetName" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/postalCode" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/isSandbox" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialStatus" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialStatus/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialStatus/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialStatus/revocationNonce" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/issuer" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSchema" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSchema/id" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSchema/type" ||
                                                  data38 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/proof" ||
                                                  data38 === "Transaction" ||
                                                  data38 ===
                                                    "Transaction/amount" ||
                                                  data38 ===
                                                    "Transaction/amount/USD" ||
                                                  data38 ===
                                                    "Transaction/amount/EUR" ||
                                                  data38 ===
                                                    "Transaction/amount/GBP" ||
                                                  data38 ===
                                                    "Transaction/event" ||
                                                  data38 ===
                                                    "Transaction/event/transactionDate" ||
                                                  data38 ===
                                                    "Transaction/event/amount" ||
                                                  data38 ===
                                                    "Transaction/event/riskScore" ||
                                                  data38 ===
                                                    "Transaction/event/riskLevel" ||
                                                  data38 ===
                                                    "Transaction/event/type" ||
                                                  data38 ===
                                                    "Transaction/event/assets" ||
                                                  data38 ===
                                                    "Transaction/originator" ||
                                                  data38 ===
                                                    "Transaction/originator/countryOfResidence" ||
                                                  data38 ===
                                                    "Transaction/originator/nationality" ||
                                                  data38 ===
                                                    "Transaction/originator/riskScore" ||
                                                  data38 ===
                                                    "Transaction/originator/riskLevel" ||
                                                  data38 ===
                                                    "Transaction/originator/type" ||
                                                  data38 ===
                                                    "Transaction/originator/address" ||
                                                  data38 ===
                                                    "Transaction/beneficiary" ||
                                                  data38 ===
                                                    "Transaction/beneficiary/countryOfResidence" ||
                                                  data38 ===
                                                    "Transaction/beneficiary/nationality" ||
                                                  data38 ===
                                                    "Transaction/beneficiary/riskScore" ||
                                                  data38 ===
                                                    "Transaction/beneficiary/riskLevel" ||
                                                  data38 ===
                                                    "Transaction/beneficiary/type" ||
                                                  data38 ===
                                                    "Transaction/beneficiary/address" ||
                                                  data38 ===
                                                    "Transaction/transactionStats" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last1D" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last1D/count" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last1D/totalAmountUsd" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last1D/maxAmountUsd" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last7D" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last7D/count" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last7D/totalAmountUsd" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last7D/maxAmountUsd" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last14D" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last14D/count" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last14D/totalAmountUsd" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last14D/maxAmountUsd" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last30D" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last30D/count" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last30D/totalAmountUsd" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/last30D/maxAmountUsd" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/yearToDate" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/yearToDate/count" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/yearToDate/totalAmountUsd" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/yearToDate/maxAmountUsd" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/monthToDate" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/monthToDate/count" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/monthToDate/totalAmountUsd" ||
                                                  data38 ===
                                                    "Transaction/transactionStats/monthToDate/maxAmountUsd" ||
                                                  data38 === "Tfhe" ||
                                                  data38 === "Tfhe/vcs" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/id" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/@context" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/type" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/expirationDate" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/issuanceDate" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/id" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/journeyId" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewAnswer" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectType" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectLabels" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/documentType" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryDate" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryTime" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/firstName" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/middleName" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/lastName" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/gender" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/age" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/citizenship" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/country" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/fullName" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/birthDate" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/countryOfBirth" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/stateOfBirth" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/isSandbox" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/id" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/type" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/revocationNonce" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/issuer" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/id" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/type" ||
                                                  data38 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/proof"
                                                )
                                              ) {
                                                const err73 = {
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
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/properties/path/anyOf/0/enum",
                                                  keyword: "enum",
                                                  params: {
                                                    allowedValues:
                                                      schema33.properties
                                                        .activityLogs.items
                                                        .anyOf[1].properties
                                                        .data.properties
                                                        .executions.items
                                                        .properties.rules.items
                                                        .properties.rule_data
                                                        .anyOf[0].properties
                                                        .attribute.anyOf[1]
                                                        .properties.path
                                                        .anyOf[0].enum,
                                                  },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err73];
                                                } else {
                                                  vErrors.push(err73);
                                                }
                                                errors++;
                                              }
                                              var _valid7 = _errs106 === errors;
                                              valid29 = valid29 || _valid7;
                                              if (!valid29) {
                                                const _errs108 = errors;
                                                if (
                                                  typeof data38 !== "string"
                                                ) {
                                                  const err74 = {
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
                                                      "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/properties/path/anyOf/1/type",
                                                    keyword: "type",
                                                    params: { type: "string" },
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err74];
                                                  } else {
                                                    vErrors.push(err74);
                                                  }
                                                  errors++;
                                                }
                                                var _valid7 =
                                                  _errs108 === errors;
                                                valid29 = valid29 || _valid7;
                                              }
                                              if (!valid29) {
                                                const err75 = {
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
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/properties/path/anyOf",
                                                  keyword: "anyOf",
                                                  params: {},
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err75];
                                                } else {
                                                  vErrors.push(err75);
                                                }
                                                errors++;
                                              } else {
                                                errors = _errs105;
                                                if (vErrors !== null) {
                                                  if (_errs105) {
                                                    vErrors.length = _errs105;
                                                  } else {
                                                    vErrors = null;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            const err76 = {
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
                                                "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf/1/type",
                                              keyword: "type",
                                              params: { type: "object" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err76];
                                            } else {
                                              vErrors.push(err76);
                                            }
                                            errors++;
                                          }
                                          var _valid6 = _errs98 === errors;
                                          valid27 = valid27 || _valid6;
                                        }
                                        if (!valid27) {
                                          const err77 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/attribute/anyOf",
                                            keyword: "anyOf",
                                            params: {},
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err77];
                                          } else {
                                            vErrors.push(err77);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs95;
                                          if (vErrors !== null) {
                                            if (_errs95) {
                                              vErrors.length = _errs95;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                      }
                                      if (data31.value !== undefined) {
                                        let data39 = data31.value;
                                        const _errs111 = errors;
                                        let valid30 = false;
                                        const _errs112 = errors;
                                        const _errs113 = errors;
                                        let valid31 = false;
                                        const _errs114 = errors;
                                        if (typeof data39 !== "boolean") {
                                          const err78 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/value/anyOf/0/anyOf/0/type",
                                            keyword: "type",
                                            params: { type: "boolean" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err78];
                                          } else {
                                            vErrors.push(err78);
                                          }
                                          errors++;
                                        }
                                        var _valid9 = _errs114 === errors;
                                        valid31 = valid31 || _valid9;
                                        if (!valid31) {
                                          const _errs116 = errors;
                                          if (typeof data39 !== "string") {
                                            const err79 = {
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
                                                "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/value/anyOf/0/anyOf/1/type",
                                              keyword: "type",
                                              params: { type: "string" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err79];
                                            } else {
                                              vErrors.push(err79);
                                            }
                                            errors++;
                                          }
                                          var _valid9 = _errs116 === errors;
                                          valid31 = valid31 || _valid9;
                                          if (!valid31) {
                                            const _errs118 = errors;
                                            if (
                                              !(
                                                typeof data39 == "number" &&
                                                isFinite(data39)
                                              )
                                            ) {
                                              const err80 = {
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
                                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/value/anyOf/0/anyOf/2/type",
                                                keyword: "type",
                                                params: { type: "number" },
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err80];
                                              } else {
                                                vErrors.push(err80);
                                              }
                                              errors++;
                                            }
                                            var _valid9 = _errs118 === errors;
                                            valid31 = valid31 || _valid9;
                                            if (!valid31) {
                                              const _errs120 = errors;
                                              if (Array.isArray(data39)) {
                                                const len4 = data39.length;
                                                for (
                                                  let i4 = 0;
                                                  i4 < len4;
                                                  i4++
                                                ) {
                                                  if (
                                                    typeof data39[i4] !==
                                                    "string"
                                                  ) {
                                                    const err81 = {
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
                                                        "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/value/anyOf/0/anyOf/3/items/type",
                                                      keyword: "type",
                                                      params: {
                                                        type: "string",
                                                      },
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err81];
                                                    } else {
                                                      vErrors.push(err81);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                              } else {
                                                const err82 = {
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
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/value/anyOf/0/anyOf/3/type",
                                                  keyword: "type",
                                                  params: { type: "array" },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err82];
                                                } else {
                                                  vErrors.push(err82);
                                                }
                                                errors++;
                                              }
                                              var _valid9 = _errs120 === errors;
                                              valid31 = valid31 || _valid9;
                                              if (!valid31) {
                                                const _errs124 = errors;
                                                if (Array.isArray(data39)) {
                                                  const len5 = data39.length;
                                                  for (
                                                    let i5 = 0;
                                                    i5 < len5;
                                                    i5++
                                                  ) {
                                                    let data41 = data39[i5];
                                                    if (
                                                      !(
                                                        typeof data41 ==
                                                          "number" &&
                                                        isFinite(data41)
                                                      )
                                                    ) {
                                                      const err83 = {
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
                                                          "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/value/anyOf/0/anyOf/4/items/type",
                                                        keyword: "type",
                                                        params: {
                                                          type: "number",
                                                        },
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err83];
                                                      } else {
                                                        vErrors.push(err83);
                                                      }
                                                      errors++;
                                                    }
                                                  }
                                                } else {
                                                  const err84 = {
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
                                                      "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/value/anyOf/0/anyOf/4/type",
                                                    keyword: "type",
                                                    params: { type: "array" },
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err84];
                                                  } else {
                                                    vErrors.push(err84);
                                                  }
                                                  errors++;
                                                }
                                                var _valid9 =
                                                  _errs124 === errors;
                                                valid31 = valid31 || _valid9;
                                              }
                                            }
                                          }
                                        }
                                        if (!valid31) {
                                          const err85 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/value/anyOf/0/anyOf",
                                            keyword: "anyOf",
                                            params: {},
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err85];
                                          } else {
                                            vErrors.push(err85);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs113;
                                          if (vErrors !== null) {
                                            if (_errs113) {
                                              vErrors.length = _errs113;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var _valid8 = _errs112 === errors;
                                        valid30 = valid30 || _valid8;
                                        if (!valid30) {
                                          const _errs128 = errors;
                                          if (data39 !== null) {
                                            const err86 = {
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
                                                "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/value/anyOf/1/type",
                                              keyword: "type",
                                              params: { type: "null" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err86];
                                            } else {
                                              vErrors.push(err86);
                                            }
                                            errors++;
                                          }
                                          var _valid8 = _errs128 === errors;
                                          valid30 = valid30 || _valid8;
                                        }
                                        if (!valid30) {
                                          const err87 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/value/anyOf",
                                            keyword: "anyOf",
                                            params: {},
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err87];
                                          } else {
                                            vErrors.push(err87);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs111;
                                          if (vErrors !== null) {
                                            if (_errs111) {
                                              vErrors.length = _errs111;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                      }
                                      if (data31.operator !== undefined) {
                                        let data42 = data31.operator;
                                        if (typeof data42 !== "string") {
                                          const err88 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/operator/type",
                                            keyword: "type",
                                            params: { type: "string" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err88];
                                          } else {
                                            vErrors.push(err88);
                                          }
                                          errors++;
                                        }
                                        if (
                                          !(
                                            data42 === "$noop" ||
                                            data42 === "$eq" ||
                                            data42 === "$lt" ||
                                            data42 === "$lte" ||
                                            data42 === "$gt" ||
                                            data42 === "$gte" ||
                                            data42 === "$in" ||
                                            data42 === "$nin" ||
                                            data42 === "$ne" ||
                                            data42 === "$exists" ||
                                            data42 === "$has" ||
                                            data42 === "$nhas"
                                          )
                                        ) {
                                          const err89 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/operator/enum",
                                            keyword: "enum",
                                            params: {
                                              allowedValues:
                                                schema33.properties.activityLogs
                                                  .items.anyOf[1].properties
                                                  .data.properties.executions
                                                  .items.properties.rules.items
                                                  .properties.rule_data.anyOf[0]
                                                  .properties.operator.enum,
                                            },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err89];
                                          } else {
                                            vErrors.push(err89);
                                          }
                                          errors++;
                                        }
                                      }
                                      if (data31.type !== undefined) {
                                        let data43 = data31.type;
                                        const _errs133 = errors;
                                        let valid36 = false;
                                        const _errs134 = errors;
                                        if (typeof data43 !== "string") {
                                          const err90 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/type/anyOf/0/type",
                                            keyword: "type",
                                            params: { type: "string" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err90];
                                          } else {
                                            vErrors.push(err90);
                                          }
                                          errors++;
                                        }
                                        if (
                                          !(
                                            data43 === "IDInformation" ||
                                            data43 === "IDInformationTfhe" ||
                                            data43 === "SelfieImage" ||
                                            data43 === "IDImage" ||
                                            data43 === "ProofOfResidence" ||
                                            data43 === "AMLScreeningsResults" ||
                                            data43 === "ID3" ||
                                            data43 === "IDScan" ||
                                            data43 === "IDScanSelfie" ||
                                            data43 === "IDScanPassport"
                                          )
                                        ) {
                                          const err91 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/type/anyOf/0/enum",
                                            keyword: "enum",
                                            params: {
                                              allowedValues:
                                                schema33.properties.activityLogs
                                                  .items.anyOf[1].properties
                                                  .data.properties.executions
                                                  .items.properties.rules.items
                                                  .properties.rule_data.anyOf[0]
                                                  .properties.type.anyOf[0]
                                                  .enum,
                                            },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err91];
                                          } else {
                                            vErrors.push(err91);
                                          }
                                          errors++;
                                        }
                                        var _valid10 = _errs134 === errors;
                                        valid36 = valid36 || _valid10;
                                        if (!valid36) {
                                          const _errs136 = errors;
                                          if (data43 !== null) {
                                            const err92 = {
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
                                                "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/type/anyOf/1/type",
                                              keyword: "type",
                                              params: { type: "null" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err92];
                                            } else {
                                              vErrors.push(err92);
                                            }
                                            errors++;
                                          }
                                          var _valid10 = _errs136 === errors;
                                          valid36 = valid36 || _valid10;
                                        }
                                        if (!valid36) {
                                          const err93 = {
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
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/type/anyOf",
                                            keyword: "anyOf",
                                            params: {},
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err93];
                                          } else {
                                            vErrors.push(err93);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs133;
                                          if (vErrors !== null) {
                                            if (_errs133) {
                                              vErrors.length = _errs133;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                      }
                                      if (
                                        data31.secondaryAttribute !== undefined
                                      ) {
                                        let data44 = data31.secondaryAttribute;
                                        const _errs139 = errors;
                                        let valid37 = false;
                                        const _errs140 = errors;
                                        const _errs141 = errors;
                                        let valid38 = false;
                                        const _errs142 = errors;
                                        if (typeof data44 !== "string") {
                                          const err94 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/secondaryAttribute",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/0/type",
                                            keyword: "type",
                                            params: { type: "string" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err94];
                                          } else {
                                            vErrors.push(err94);
                                          }
                                          errors++;
                                        }
                                        var _valid12 = _errs142 === errors;
                                        valid38 = valid38 || _valid12;
                                        if (!valid38) {
                                          const _errs144 = errors;
                                          if (
                                            data44 &&
                                            typeof data44 == "object" &&
                                            !Array.isArray(data44)
                                          ) {
                                            if (data44.version === undefined) {
                                              const err95 = {
                                                instancePath:
                                                  instancePath +
                                                  "/activityLogs/" +
                                                  i0 +
                                                  "/data/executions/" +
                                                  i1 +
                                                  "/rules/" +
                                                  i2 +
                                                  "/rule_data/secondaryAttribute",
                                                schemaPath:
                                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/required",
                                                keyword: "required",
                                                params: {
                                                  missingProperty: "version",
                                                },
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err95];
                                              } else {
                                                vErrors.push(err95);
                                              }
                                              errors++;
                                            }
                                            if (data44.schema === undefined) {
                                              const err96 = {
                                                instancePath:
                                                  instancePath +
                                                  "/activityLogs/" +
                                                  i0 +
                                                  "/data/executions/" +
                                                  i1 +
                                                  "/rules/" +
                                                  i2 +
                                                  "/rule_data/secondaryAttribute",
                                                schemaPath:
                                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/required",
                                                keyword: "required",
                                                params: {
                                                  missingProperty: "schema",
                                                },
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err96];
                                              } else {
                                                vErrors.push(err96);
                                              }
                                              errors++;
                                            }
                                            if (data44.path === undefined) {
                                              const err97 = {
                                                instancePath:
                                                  instancePath +
                                                  "/activityLogs/" +
                                                  i0 +
                                                  "/data/executions/" +
                                                  i1 +
                                                  "/rules/" +
                                                  i2 +
                                                  "/rule_data/secondaryAttribute",
                                                schemaPath:
                                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/required",
                                                keyword: "required",
                                                params: {
                                                  missingProperty: "path",
                                                },
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err97];
                                              } else {
                                                vErrors.push(err97);
                                              }
                                              errors++;
                                            }
                                            if (data44.version !== undefined) {
                                              let data45 = data44.version;
                                              if (typeof data45 !== "string") {
                                                const err98 = {
                                                  instancePath:
                                                    instancePath +
                                                    "/activityLogs/" +
                                                    i0 +
                                                    "/data/executions/" +
                                                    i1 +
                                                    "/rules/" +
                                                    i2 +
                                                    "/rule_data/secondaryAttribute/version",
                                                  schemaPath:
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/properties/version/type",
                                                  keyword: "type",
                                                  params: { type: "string" },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err98];
                                                } else {
                                                  vErrors.push(err98);
                                                }
                                                errors++;
                                              }
                                              if (!(data45 === "v1")) {
                                                const err99 = {
                                                  instancePath:
                                                    instancePath +
                                                    "/activityLogs/" +
                                                    i0 +
                                                    "/data/executions/" +
                                                    i1 +
                                                    "/rules/" +
                                                    i2 +
                                                    "/rule_data/secondaryAttribute/version",
                                                  schemaPath:
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/properties/version/enum",
                                                  keyword: "enum",
                                                  params: {
                                                    allowedValues:
                                                      schema33.properties
                                                        .activityLogs.items
                                                        .anyOf[1].properties
                                                        .data.properties
                                                        .executions.items
                                                        .properties.rules.items
                                                        .properties.rule_data
                                                        .anyOf[0].properties
                                                        .secondaryAttribute
                                                        .anyOf[0].anyOf[1]
                                                        .properties.version
                                                        .enum,
                                                  },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err99];
                                                } else {
                                                  vErrors.push(err99);
                                                }
                                                errors++;
                                              }
                                            }
                                            if (data44.schema !== undefined) {
                                              let data46 = data44.schema;
                                              if (typeof data46 !== "string") {
                                                const err100 = {
                                                  instancePath:
                                                    instancePath +
                                                    "/activityLogs/" +
                                                    i0 +
                                                    "/data/executions/" +
                                                    i1 +
                                                    "/rules/" +
                                                    i2 +
                                                    "/rule_data/secondaryAttribute/schema",
                                                  schemaPath:
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/properties/schema/type",
                                                  keyword: "type",
                                                  params: { type: "string" },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err100];
                                                } else {
                                                  vErrors.push(err100);
                                                }
                                                errors++;
                                              }
                                              if (
                                                !(
                                                  data46 === "Customer" ||
                                                  data46 === "KycSession" ||
                                                  data46 === "Transaction" ||
                                                  data46 === "Tfhe" ||
                                                  data46 === "TfheKycSession" ||
                                                  data46 === "Web3Transaction"
                                                )
                                              ) {
                                                const err101 = {
                                                  instancePath:
                                                    instancePath +
                                                    "/activityLogs/" +
                                                    i0 +
                                                    "/data/executions/" +
                                                    i1 +
                                                    "/rules/" +
                                                    i2 +
                                                    "/rule_data/secondaryAttribute/schema",
                                                  schemaPath:
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/properties/schema/enum",
                                                  keyword: "enum",
                                                  params: {
                                                    allowedValues:
                                                      schema33.properties
                                                        .activityLogs.items
                                                        .anyOf[1].properties
                                                        .data.properties
                                                        .executions.items
                                                        .properties.rules.items
                                                        .properties.rule_data
                                                        .anyOf[0].properties
                                                        .secondaryAttribute
                                                        .anyOf[0].anyOf[1]
                                                        .properties.schema.enum,
                                                  },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err101];
                                                } else {
                                                  vErrors.push(err101);
                                                }
                                                errors++;
                                              }
                                            }
                                            if (data44.path !== undefined) {
                                              let data47 = data44.path;
                                              const _errs151 = errors;
                                              let valid40 = false;
                                              const _errs152 = errors;
                                              if (typeof data47 !== "string") {
                                                const err102 = {
                                                  instancePath:
                                                    instancePath +
                                                    "/activityLogs/" +
                                                    i0 +
                                                    "/data/executions/" +
                                                    i1 +
                                                    "/rules/" +
                                                    i2 +
                                                    "/rule_data/secondaryAttribute/path",
                                                  schemaPath:
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/properties/path/anyOf/0/type",
                                                  keyword: "type",
                                                  params: { type: "string" },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err102];
                                                } else {
                                                  vErrors.push(err102);
                                                }
                                                errors++;
                                              }
                                              if (
                                                !(
                                                  data47 === "Customer" ||
                                                  data47 ===
                                                    "Customer/identityData" ||
                                                  data47 ===
                                                    "Customer/identityData/age" ||
                                                  data47 ===
                                                    "Customer/identityData/nationality" ||
                                                  data47 ===
                                                    "Customer/identityData/residence" ||
                                                  data47 ===
                                                    "Customer/identityData/email" ||
                                                  data47 ===
                                                    "Customer/identityData/phone" ||
                                                  data47 ===
                                                    "Customer/kycStatus" ||
                                                  data47 ===
                                                    "Customer/kycStatus/allCheckStatus" ||
                                                  data47 ===
                                                    "Customer/kycStatus/selfieCheckStatus" ||
                                                  data47 ===
                                                    "Customer/kycStatus/idImageCheckStatus" ||
                                                  data47 ===
                                                    "Customer/kycStatus/idInformationCheckStatus" ||
                                                  data47 ===
                                                    "Customer/kycStatus/proofOfResidenceCheckStatus" ||
                                                  data47 ===
                                                    "Customer/amlScreening" ||
                                                  data47 ===
                                                    "Customer/amlScreening/amlHits" ||
                                                  data47 ===
                                                    "Customer/amlScreening/pepHits" ||
                                                  data47 ===
                                                    "Customer/amlScreening/sanctionsHits" ||
                                                  data47 ===
                                                    "Customer/amlScreening/adverseMediaHits" ||
                                                  data47 ===
                                                    "Customer/amlScreening/pepAttribute" ||
                                                  data47 ===
                                                    "Customer/amlScreening/sanctionsStatus" ||
                                                  data47 ===
                                                    "Customer/amlScreening/adverseMediaStatus" ||
                                                  data47 ===
                                                    "Customer/duplicates" ||
                                                  data47 ===
                                                    "Customer/duplicates/duplicateHits" ||
                                                  data47 ===
                                                    "Customer/duplicates/hasDuplicates" ||
                                                  data47 ===
                                                    "Customer/walletScreening" ||
                                                  data47 ===
                                                    "Customer/walletScreening/riskScore" ||
                                                  data47 ===
                                                    "Customer/fraudAnalytics" ||
                                                  data47 ===
                                                    "Customer/fraudAnalytics/ipCountry" ||
                                                  data47 ===
                                                    "Customer/fraudAnalytics/ipVpn" ||
                                                  data47 ===
                                                    "Customer/fraudAnalytics/ipScore" ||
                                                  data47 ===
                                                    "Customer/fraudAnalytics/emailScore" ||
                                                  data47 ===
                                                    "Customer/fraudAnalytics/phoneScore" ||
                                                  data47 === "KycSession" ||
                                                  data47 === "KycSession/vcs" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/@context" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/expirationDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/issuanceDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/journeyId" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/reviewAnswer" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectType" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/reviewRejectLabels" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/documentType" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/entryDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/entryTime" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/firstName" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/middleName" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/lastName" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/gender" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/age" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/citizenship" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/country" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/fullName" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/birthDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/countryOfBirth" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/personalData/stateOfBirth" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSubject/isSandbox" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialStatus" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialStatus/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialStatus/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialStatus/revocationNonce" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/issuer" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSchema" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSchema/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/credentialSchema/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDInformation/v1/proof" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/@context" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/expirationDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/issuanceDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/journeyId" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/base64_front" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/base64_back" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/name" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/documentType" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/entryDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/entryTime" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_front" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/mediaType_back" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/reviewAnswer" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectType" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/reviewRejectLabels" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSubject/isSandbox" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialStatus" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialStatus/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialStatus/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialStatus/revocationNonce" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/issuer" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSchema" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSchema/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/credentialSchema/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/IDImage/v1/proof" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/@context" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/expirationDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/issuanceDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/journeyId" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/base64" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/name" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/mediaType" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/entryDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/entryTime" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewAnswer" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectType" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/reviewRejectLabels" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSubject/isSandbox" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialStatus" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialStatus/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialStatus/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialStatus/revocationNonce" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/issuer" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSchema" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSchema/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/credentialSchema/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/SelfieImage/v1/proof" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/@context" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/expirationDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/issuanceDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/journeyId" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/country" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/base64" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/name" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/documentType" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryDate" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/entryTime" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/mediaType" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/county" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/city" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/streetName" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/postalCode" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSubject/isSandbox" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialStatus" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialStatus/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialStatus/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialStatus/revocationNonce" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/issuer" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSchema" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSchema/id" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/credentialSchema/type" ||
                                                  data47 ===
                                                    "KycSession/vcs/ProofOfResidence/v1/proof" ||
                                                  data47 === "Transaction" ||
                                                  data47 ===
                                                    "Transaction/amount" ||
                                                  data47 ===
                                                    "Transaction/amount/USD" ||
                                                  data47 ===
                                                    "Transaction/amount/EUR" ||
                                                  data47 ===
                                                    "Transaction/amount/GBP" ||
                                                  data47 ===
                                                    "Transaction/event" ||
                                                  data47 ===
                                                    "Transaction/event/transactionDate" ||
                                                  data47 ===
                                                    "Transaction/event/amount" ||
                                                  data47 ===
                                                    "Transaction/event/riskScore" ||
                                                  data47 ===
                                                    "Transaction/event/riskLevel" ||
                                                  data47 ===
                                                    "Transaction/event/type" ||
                                                  data47 ===
                                                    "Transaction/event/assets" ||
                                                  data47 ===
                                                    "Transaction/originator" ||
                                                  data47 ===
                                                    "Transaction/originator/countryOfResidence" ||
                                                  data47 ===
                                                    "Transaction/originator/nationality" ||
                                                  data47 ===
                                                    "Transaction/originator/riskScore" ||
                                                  data47 ===
                                                    "Transaction/originator/riskLevel" ||
                                                  data47 ===
                                                    "Transaction/originator/type" ||
                                                  data47 ===
                                                    "Transaction/originator/address" ||
                                                  data47 ===
                                                    "Transaction/beneficiary" ||
                                                  data47 ===
                                                    "Transaction/beneficiary/countryOfResidence" ||
                                                  data47 ===
                                                    "Transaction/beneficiary/nationality" ||
                                                  data47 ===
                                                    "Transaction/beneficiary/riskScore" ||
                                                  data47 ===
                                                    "Transaction/beneficiary/riskLevel" ||
                                                  data47 ===
                                                    "Transaction/beneficiary/type" ||
                                                  data47 ===
                                                    "Transaction/beneficiary/address" ||
                                                  data47 ===
                                                    "Transaction/transactionStats" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last1D" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last1D/count" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last1D/totalAmountUsd" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last1D/maxAmountUsd" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last7D" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last7D/count" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last7D/totalAmountUsd" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last7D/maxAmountUsd" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last14D" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last14D/count" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last14D/totalAmountUsd" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last14D/maxAmountUsd" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last30D" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last30D/count" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last30D/totalAmountUsd" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/last30D/maxAmountUsd" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/yearToDate" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/yearToDate/count" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/yearToDate/totalAmountUsd" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/yearToDate/maxAmountUsd" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/monthToDate" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/monthToDate/count" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/monthToDate/totalAmountUsd" ||
                                                  data47 ===
                                                    "Transaction/transactionStats/monthToDate/maxAmountUsd" ||
                                                  data47 === "Tfhe" ||
                                                  data47 === "Tfhe/vcs" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/id" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/@context" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/type" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/expirationDate" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/issuanceDate" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/id" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/journeyId" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewAnswer" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectType" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/reviewRejectLabels" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/documentType" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryDate" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/entryTime" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/firstName" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/middleName" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/lastName" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/gender" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/age" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/citizenship" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/country" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/fullName" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/birthDate" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/countryOfBirth" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/personalData/stateOfBirth" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSubject/isSandbox" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/id" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/type" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialStatus/revocationNonce" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/issuer" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/id" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/credentialSchema/type" ||
                                                  data47 ===
                                                    "Tfhe/vcs/IDInformationTfhe/v1/proof"
                                                )
                                              ) {
                                                const err103 = {
                                                  instancePath:
                                                    instancePath +
                                                    "/activityLogs/" +
                                                    i0 +
                                                    "/data/executions/" +
                                                    i1 +
                                                    "/rules/" +
                                                    i2 +
                                                    "/rule_data/secondaryAttribute/path",
                                                  schemaPath:
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/properties/path/anyOf/0/enum",
                                                  keyword: "enum",
                                                  params: {
                                                    allowedValues:
                                                      schema33.properties
                                                        .activityLogs.items
                                                        .anyOf[1].properties
                                                        .data.properties
                                                        .executions.items
                                                        .properties.rules.items
                                                        .properties.rule_data
                                                        .anyOf[0].properties
                                                        .secondaryAttribute
                                                        .anyOf[0].anyOf[1]
                                                        .properties.path
                                                        .anyOf[0].enum,
                                                  },
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err103];
                                                } else {
                                                  vErrors.push(err103);
                                                }
                                                errors++;
                                              }
                                              var _valid13 =
                                                _errs152 === errors;
                                              valid40 = valid40 || _valid13;
                                              if (!valid40) {
                                                const _errs154 = errors;
                                                if (
                                                  typeof data47 !== "string"
                                                ) {
                                                  const err104 = {
                                                    instancePath:
                                                      instancePath +
                                                      "/activityLogs/" +
                                                      i0 +
                                                      "/data/executions/" +
                                                      i1 +
                                                      "/rules/" +
                                                      i2 +
                                                      "/rule_data/secondaryAttribute/path",
                                                    schemaPath:
                                                      "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/properties/path/anyOf/1/type",
                                                    keyword: "type",
                                                    params: { type: "string" },
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err104];
                                                  } else {
                                                    vErrors.push(err104);
                                                  }
                                                  errors++;
                                                }
                                                var _valid13 =
                                                  _errs154 === errors;
                                                valid40 = valid40 || _valid13;
                                              }
                                              if (!valid40) {
                                                const err105 = {
                                                  instancePath:
                                                    instancePath +
                                                    "/activityLogs/" +
                                                    i0 +
                                                    "/data/executions/" +
                                                    i1 +
                                                    "/rules/" +
                                                    i2 +
                                                    "/rule_data/secondaryAttribute/path",
                                                  schemaPath:
                                                    "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/properties/path/anyOf",
                                                  keyword: "anyOf",
                                                  params: {},
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err105];
                                                } else {
                                                  vErrors.push(err105);
                                                }
                                                errors++;
                                              } else {
                                                errors = _errs151;
                                                if (vErrors !== null) {
                                                  if (_errs151) {
                                                    vErrors.length = _errs151;
                                                  } else {
                                                    vErrors = null;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            const err106 = {
                                              instancePath:
                                                instancePath +
                                                "/activityLogs/" +
                                                i0 +
                                                "/data/executions/" +
                                                i1 +
                                                "/rules/" +
                                                i2 +
                                                "/rule_data/secondaryAttribute",
                                              schemaPath:
                                                "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf/1/type",
                                              keyword: "type",
                                              params: { type: "object" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err106];
                                            } else {
                                              vErrors.push(err106);
                                            }
                                            errors++;
                                          }
                                          var _valid12 = _errs144 === errors;
                                          valid38 = valid38 || _valid12;
                                        }
                                        if (!valid38) {
                                          const err107 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/secondaryAttribute",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/0/anyOf",
                                            keyword: "anyOf",
                                            params: {},
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err107];
                                          } else {
                                            vErrors.push(err107);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs141;
                                          if (vErrors !== null) {
                                            if (_errs141) {
                                              vErrors.length = _errs141;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var _valid11 = _errs140 === errors;
                                        valid37 = valid37 || _valid11;
                                        if (!valid37) {
                                          const _errs156 = errors;
                                          if (data44 !== null) {
                                            const err108 = {
                                              instancePath:
                                                instancePath +
                                                "/activityLogs/" +
                                                i0 +
                                                "/data/executions/" +
                                                i1 +
                                                "/rules/" +
                                                i2 +
                                                "/rule_data/secondaryAttribute",
                                              schemaPath:
                                                "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf/1/type",
                                              keyword: "type",
                                              params: { type: "null" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err108];
                                            } else {
                                              vErrors.push(err108);
                                            }
                                            errors++;
                                          }
                                          var _valid11 = _errs156 === errors;
                                          valid37 = valid37 || _valid11;
                                        }
                                        if (!valid37) {
                                          const err109 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/secondaryAttribute",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/secondaryAttribute/anyOf",
                                            keyword: "anyOf",
                                            params: {},
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err109];
                                          } else {
                                            vErrors.push(err109);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs139;
                                          if (vErrors !== null) {
                                            if (_errs139) {
                                              vErrors.length = _errs139;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                      }
                                      if (data31.displayMode !== undefined) {
                                        let data48 = data31.displayMode;
                                        const _errs159 = errors;
                                        let valid41 = false;
                                        const _errs160 = errors;
                                        if (typeof data48 !== "string") {
                                          const err110 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/displayMode",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/displayMode/anyOf/0/type",
                                            keyword: "type",
                                            params: { type: "string" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err110];
                                          } else {
                                            vErrors.push(err110);
                                          }
                                          errors++;
                                        }
                                        if (
                                          !(
                                            data48 === "amount" ||
                                            data48 === "percentage"
                                          )
                                        ) {
                                          const err111 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/displayMode",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/displayMode/anyOf/0/enum",
                                            keyword: "enum",
                                            params: {
                                              allowedValues:
                                                schema33.properties.activityLogs
                                                  .items.anyOf[1].properties
                                                  .data.properties.executions
                                                  .items.properties.rules.items
                                                  .properties.rule_data.anyOf[0]
                                                  .properties.displayMode
                                                  .anyOf[0].enum,
                                            },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err111];
                                          } else {
                                            vErrors.push(err111);
                                          }
                                          errors++;
                                        }
                                        var _valid14 = _errs160 === errors;
                                        valid41 = valid41 || _valid14;
                                        if (!valid41) {
                                          const _errs162 = errors;
                                          if (data48 !== null) {
                                            const err112 = {
                                              instancePath:
                                                instancePath +
                                                "/activityLogs/" +
                                                i0 +
                                                "/data/executions/" +
                                                i1 +
                                                "/rules/" +
                                                i2 +
                                                "/rule_data/displayMode",
                                              schemaPath:
                                                "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/displayMode/anyOf/1/type",
                                              keyword: "type",
                                              params: { type: "null" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err112];
                                            } else {
                                              vErrors.push(err112);
                                            }
                                            errors++;
                                          }
                                          var _valid14 = _errs162 === errors;
                                          valid41 = valid41 || _valid14;
                                        }
                                        if (!valid41) {
                                          const err113 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/displayMode",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/displayMode/anyOf",
                                            keyword: "anyOf",
                                            params: {},
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err113];
                                          } else {
                                            vErrors.push(err113);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs159;
                                          if (vErrors !== null) {
                                            if (_errs159) {
                                              vErrors.length = _errs159;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                      }
                                      if (data31.timeframe !== undefined) {
                                        let data49 = data31.timeframe;
                                        const _errs165 = errors;
                                        let valid42 = false;
                                        const _errs166 = errors;
                                        if (typeof data49 !== "string") {
                                          const err114 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/timeframe",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/timeframe/anyOf/0/type",
                                            keyword: "type",
                                            params: { type: "string" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err114];
                                          } else {
                                            vErrors.push(err114);
                                          }
                                          errors++;
                                        }
                                        if (
                                          !(
                                            data49 === "daily" ||
                                            data49 === "weekly" ||
                                            data49 === "monthly" ||
                                            data49 === "yearly"
                                          )
                                        ) {
                                          const err115 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/timeframe",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/timeframe/anyOf/0/enum",
                                            keyword: "enum",
                                            params: {
                                              allowedValues:
                                                schema33.properties.activityLogs
                                                  .items.anyOf[1].properties
                                                  .data.properties.executions
                                                  .items.properties.rules.items
                                                  .properties.rule_data.anyOf[0]
                                                  .properties.timeframe.anyOf[0]
                                                  .enum,
                                            },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err115];
                                          } else {
                                            vErrors.push(err115);
                                          }
                                          errors++;
                                        }
                                        var _valid15 = _errs166 === errors;
                                        valid42 = valid42 || _valid15;
                                        if (!valid42) {
                                          const _errs168 = errors;
                                          if (data49 !== null) {
                                            const err116 = {
                                              instancePath:
                                                instancePath +
                                                "/activityLogs/" +
                                                i0 +
                                                "/data/executions/" +
                                                i1 +
                                                "/rules/" +
                                                i2 +
                                                "/rule_data/timeframe",
                                              schemaPath:
                                                "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/timeframe/anyOf/1/type",
                                              keyword: "type",
                                              params: { type: "null" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err116];
                                            } else {
                                              vErrors.push(err116);
                                            }
                                            errors++;
                                          }
                                          var _valid15 = _errs168 === errors;
                                          valid42 = valid42 || _valid15;
                                        }
                                        if (!valid42) {
                                          const err117 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/timeframe",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/timeframe/anyOf",
                                            keyword: "anyOf",
                                            params: {},
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err117];
                                          } else {
                                            vErrors.push(err117);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs165;
                                          if (vErrors !== null) {
                                            if (_errs165) {
                                              vErrors.length = _errs165;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                      }
                                      if (
                                        data31.datasetColumnId !== undefined
                                      ) {
                                        let data50 = data31.datasetColumnId;
                                        if (
                                          typeof data50 !== "string" &&
                                          data50 !== null
                                        ) {
                                          const err118 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/datasetColumnId",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/datasetColumnId/type",
                                            keyword: "type",
                                            params: {
                                              type: schema33.properties
                                                .activityLogs.items.anyOf[1]
                                                .properties.data.properties
                                                .executions.items.properties
                                                .rules.items.properties
                                                .rule_data.anyOf[0].properties
                                                .datasetColumnId.type,
                                            },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err118];
                                          } else {
                                            vErrors.push(err118);
                                          }
                                          errors++;
                                        }
                                      }
                                      if (
                                        data31.sourceDatasetColumnId !==
                                        undefined
                                      ) {
                                        let data51 =
                                          data31.sourceDatasetColumnId;
                                        if (
                                          typeof data51 !== "string" &&
                                          data51 !== null
                                        ) {
                                          const err119 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/sourceDatasetColumnId",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/sourceDatasetColumnId/type",
                                            keyword: "type",
                                            params: {
                                              type: schema33.properties
                                                .activityLogs.items.anyOf[1]
                                                .properties.data.properties
                                                .executions.items.properties
                                                .rules.items.properties
                                                .rule_data.anyOf[0].properties
                                                .sourceDatasetColumnId.type,
                                            },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err119];
                                          } else {
                                            vErrors.push(err119);
                                          }
                                          errors++;
                                        }
                                      }
                                      if (
                                        data31.specialDataSetType !== undefined
                                      ) {
                                        let data52 = data31.specialDataSetType;
                                        const _errs175 = errors;
                                        let valid43 = false;
                                        const _errs176 = errors;
                                        if (typeof data52 !== "string") {
                                          const err120 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/specialDataSetType",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/specialDataSetType/anyOf/0/type",
                                            keyword: "type",
                                            params: { type: "string" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err120];
                                          } else {
                                            vErrors.push(err120);
                                          }
                                          errors++;
                                        }
                                        if (
                                          !(data52 === "ACTIVE_USERS_ADDRESSES")
                                        ) {
                                          const err121 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/specialDataSetType",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/specialDataSetType/anyOf/0/enum",
                                            keyword: "enum",
                                            params: {
                                              allowedValues:
                                                schema33.properties.activityLogs
                                                  .items.anyOf[1].properties
                                                  .data.properties.executions
                                                  .items.properties.rules.items
                                                  .properties.rule_data.anyOf[0]
                                                  .properties.specialDataSetType
                                                  .anyOf[0].enum,
                                            },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err121];
                                          } else {
                                            vErrors.push(err121);
                                          }
                                          errors++;
                                        }
                                        var _valid16 = _errs176 === errors;
                                        valid43 = valid43 || _valid16;
                                        if (!valid43) {
                                          const _errs178 = errors;
                                          if (data52 !== null) {
                                            const err122 = {
                                              instancePath:
                                                instancePath +
                                                "/activityLogs/" +
                                                i0 +
                                                "/data/executions/" +
                                                i1 +
                                                "/rules/" +
                                                i2 +
                                                "/rule_data/specialDataSetType",
                                              schemaPath:
                                                "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/specialDataSetType/anyOf/1/type",
                                              keyword: "type",
                                              params: { type: "null" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err122];
                                            } else {
                                              vErrors.push(err122);
                                            }
                                            errors++;
                                          }
                                          var _valid16 = _errs178 === errors;
                                          valid43 = valid43 || _valid16;
                                        }
                                        if (!valid43) {
                                          const err123 = {
                                            instancePath:
                                              instancePath +
                                              "/activityLogs/" +
                                              i0 +
                                              "/data/executions/" +
                                              i1 +
                                              "/rules/" +
                                              i2 +
                                              "/rule_data/specialDataSetType",
                                            schemaPath:
                                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/properties/specialDataSetType/anyOf",
                                            keyword: "anyOf",
                                            params: {},
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err123];
                                          } else {
                                            vErrors.push(err123);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs175;
                                          if (vErrors !== null) {
                                            if (_errs175) {
                                              vErrors.length = _errs175;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      const err124 = {
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
                                          "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/0/type",
                                        keyword: "type",
                                        params: { type: "object" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err124];
                                      } else {
                                        vErrors.push(err124);
                                      }
                                      errors++;
                                    }
                                    var _valid5 = _errs86 === errors;
                                    valid25 = valid25 || _valid5;
                                    if (!valid25) {
                                      const _errs180 = errors;
                                      if (data31 !== null) {
                                        const err125 = {
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
                                            "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf/1/type",
                                          keyword: "type",
                                          params: { type: "null" },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err125];
                                        } else {
                                          vErrors.push(err125);
                                        }
                                        errors++;
                                      }
                                      var _valid5 = _errs180 === errors;
                                      valid25 = valid25 || _valid5;
                                    }
                                    if (!valid25) {
                                      const err126 = {
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
                                          "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/anyOf",
                                        keyword: "anyOf",
                                        params: {},
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err126];
                                      } else {
                                        vErrors.push(err126);
                                      }
                                      errors++;
                                    } else {
                                      errors = _errs85;
                                      if (vErrors !== null) {
                                        if (_errs85) {
                                          vErrors.length = _errs85;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                  }
                                  if (data25.status !== undefined) {
                                    let data53 = data25.status;
                                    const _errs183 = errors;
                                    let valid44 = false;
                                    const _errs184 = errors;
                                    if (typeof data53 !== "string") {
                                      const err127 = {
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
                                          "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/status/anyOf/0/type",
                                        keyword: "type",
                                        params: { type: "string" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err127];
                                      } else {
                                        vErrors.push(err127);
                                      }
                                      errors++;
                                    }
                                    if (
                                      !(
                                        data53 === "valid" ||
                                        data53 === "not-valid" ||
                                        data53 === "error" ||
                                        data53 === "unknown" ||
                                        data53 === "skipped"
                                      )
                                    ) {
                                      const err128 = {
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
                                          "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/status/anyOf/0/enum",
                                        keyword: "enum",
                                        params: {
                                          allowedValues:
                                            schema33.properties.activityLogs
                                              .items.anyOf[1].properties.data
                                              .properties.executions.items
                                              .properties.rules.items.properties
                                              .status.anyOf[0].enum,
                                        },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err128];
                                      } else {
                                        vErrors.push(err128);
                                      }
                                      errors++;
                                    }
                                    var _valid17 = _errs184 === errors;
                                    valid44 = valid44 || _valid17;
                                    if (!valid44) {
                                      const _errs186 = errors;
                                      if (data53 !== null) {
                                        const err129 = {
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
                                            "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/status/anyOf/1/type",
                                          keyword: "type",
                                          params: { type: "null" },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err129];
                                        } else {
                                          vErrors.push(err129);
                                        }
                                        errors++;
                                      }
                                      var _valid17 = _errs186 === errors;
                                      valid44 = valid44 || _valid17;
                                    }
                                    if (!valid44) {
                                      const err130 = {
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
                                          "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/properties/status/anyOf",
                                        keyword: "anyOf",
                                        params: {},
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err130];
                                      } else {
                                        vErrors.push(err130);
                                      }
                                      errors++;
                                    } else {
                                      errors = _errs183;
                                      if (vErrors !== null) {
                                        if (_errs183) {
                                          vErrors.length = _errs183;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  const err131 = {
                                    instancePath:
                                      instancePath +
                                      "/activityLogs/" +
                                      i0 +
                                      "/data/executions/" +
                                      i1 +
                                      "/rules/" +
                                      i2,
                                    schemaPath:
                                      "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/items/type",
                                    keyword: "type",
                                    params: { type: "object" },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err131];
                                  } else {
                                    vErrors.push(err131);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err132 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/executions/" +
                                  i1 +
                                  "/rules",
                                schemaPath:
                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/rules/type",
                                keyword: "type",
                                params: { type: "array" },
                              };
                              if (vErrors === null) {
                                vErrors = [err132];
                              } else {
                                vErrors.push(err132);
                              }
                              errors++;
                            }
                          }
                          if (data23.scenarioId !== undefined) {
                            if (typeof data23.scenarioId !== "string") {
                              const err133 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/executions/" +
                                  i1 +
                                  "/scenarioId",
                                schemaPath:
                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/scenarioId/type",
                                keyword: "type",
                                params: { type: "string" },
                              };
                              if (vErrors === null) {
                                vErrors = [err133];
                              } else {
                                vErrors.push(err133);
                              }
                              errors++;
                            }
                          }
                          if (data23.scenarioStatus !== undefined) {
                            let data55 = data23.scenarioStatus;
                            if (typeof data55 !== "string") {
                              const err134 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/executions/" +
                                  i1 +
                                  "/scenarioStatus",
                                schemaPath:
                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/scenarioStatus/type",
                                keyword: "type",
                                params: { type: "string" },
                              };
                              if (vErrors === null) {
                                vErrors = [err134];
                              } else {
                                vErrors.push(err134);
                              }
                              errors++;
                            }
                            if (
                              !(
                                data55 === "valid" ||
                                data55 === "not-valid" ||
                                data55 === "error" ||
                                data55 === "unknown" ||
                                data55 === "skipped"
                              )
                            ) {
                              const err135 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/executions/" +
                                  i1 +
                                  "/scenarioStatus",
                                schemaPath:
                                  "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/properties/scenarioStatus/enum",
                                keyword: "enum",
                                params: {
                                  allowedValues:
                                    schema33.properties.activityLogs.items
                                      .anyOf[1].properties.data.properties
                                      .executions.items.properties
                                      .scenarioStatus.enum,
                                },
                              };
                              if (vErrors === null) {
                                vErrors = [err135];
                              } else {
                                vErrors.push(err135);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err136 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/executions/" +
                              i1,
                            schemaPath:
                              "#/properties/activityLogs/items/anyOf/1/properties/data/properties/executions/items/type",
                            keyword: "type",
                            params: { type: "object" },
                          };
                          if (vErrors === null) {
                            vErrors = [err136];
                          } else {
                            vErrors.push(err136);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                  if (data21.execution_status !== undefined) {
                    let data56 = data21.execution_status;
                    if (typeof data56 !== "string") {
                      const err137 = {
                        instancePath:
                          instancePath +
                          "/activityLogs/" +
                          i0 +
                          "/data/execution_status",
                        schemaPath:
                          "#/properties/activityLogs/items/anyOf/1/properties/data/properties/execution_status/type",
                        keyword: "type",
                        params: { type: "string" },
                      };
                      if (vErrors === null) {
                        vErrors = [err137];
                      } else {
                        vErrors.push(err137);
                      }
                      errors++;
                    }
                    if (
                      !(
                        data56 === "valid" ||
                        data56 === "not-valid" ||
                        data56 === "error" ||
                        data56 === "unknown" ||
                        data56 === "skipped"
                      )
                    ) {
                      const err138 = {
                        instancePath:
                          instancePath +
                          "/activityLogs/" +
                          i0 +
                          "/data/execution_status",
                        schemaPath:
                          "#/properties/activityLogs/items/anyOf/1/properties/data/properties/execution_status/enum",
                        keyword: "enum",
                        params: {
                          allowedValues:
                            schema33.properties.activityLogs.items.anyOf[1]
                              .properties.data.properties.execution_status.enum,
                        },
                      };
                      if (vErrors === null) {
                        vErrors = [err138];
                      } else {
                        vErrors.push(err138);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err139 = {
                    instancePath:
                      instancePath + "/activityLogs/" + i0 + "/data",
                    schemaPath:
                      "#/properties/activityLogs/items/anyOf/1/properties/data/type",
                    keyword: "type",
                    params: { type: "object" },
                  };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              }
            } else {
              const err140 = {
                instancePath: instancePath + "/activityLogs/" + i0,
                schemaPath: "#/properties/activityLogs/items/anyOf/1/type",
                keyword: "type",
                params: { type: "object" },
              };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
            var _valid0 = _errs54 === errors;
            valid3 = valid3 || _valid0;
          }
          if (!valid3) {
            const err141 = {
              instancePath: instancePath + "/activityLogs/" + i0,
              schemaPath: "#/properties/activityLogs/items/anyOf",
              keyword: "anyOf",
              params: {},
            };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          } else {
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
          }
          const _errs194 = errors;
          let valid45 = true;
          const _errs195 = errors;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            let missing0;
            if (data3.data === undefined && (missing0 = "data")) {
              const err142 = {};
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            } else {
              if (data3.data !== undefined) {
                let data57 = data3.data;
                const _errs197 = errors;
                let valid47 = false;
                const _errs198 = errors;
                if (
                  data57 &&
                  typeof data57 == "object" &&
                  !Array.isArray(data57)
                ) {
                  let missing1;
                  if (data57.data === undefined && (missing1 = "data")) {
                    const err143 = {};
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                var _valid19 = _errs198 === errors;
                valid47 = valid47 || _valid19;
                if (!valid47) {
                  const _errs199 = errors;
                  if (
                    data57 &&
                    typeof data57 == "object" &&
                    !Array.isArray(data57)
                  ) {
                    let missing2;
                    if (data57.event === undefined && (missing2 = "event")) {
                      const err144 = {};
                      if (vErrors === null) {
                        vErrors = [err144];
                      } else {
                        vErrors.push(err144);
                      }
                      errors++;
                    }
                  }
                  var _valid19 = _errs199 === errors;
                  valid47 = valid47 || _valid19;
                }
                if (!valid47) {
                  const err145 = {};
                  if (vErrors === null) {
                    vErrors = [err145];
                  } else {
                    vErrors.push(err145);
                  }
                  errors++;
                } else {
                  errors = _errs197;
                  if (vErrors !== null) {
                    if (_errs197) {
                      vErrors.length = _errs197;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            }
          }
          var _valid18 = _errs195 === errors;
          errors = _errs194;
          if (vErrors !== null) {
            if (_errs194) {
              vErrors.length = _errs194;
            } else {
              vErrors = null;
            }
          }
          if (_valid18) {
            const _errs200 = errors;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.data === undefined) {
                const err146 = {
                  instancePath: instancePath + "/activityLogs/" + i0,
                  schemaPath: "#/properties/activityLogs/items/then/required",
                  keyword: "required",
                  params: { missingProperty: "data" },
                };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
              if (data3.data !== undefined) {
                let data58 = data3.data;
                if (
                  data58 &&
                  typeof data58 == "object" &&
                  !Array.isArray(data58)
                ) {
                  if (data58.data === undefined) {
                    const err147 = {
                      instancePath:
                        instancePath + "/activityLogs/" + i0 + "/data",
                      schemaPath:
                        "#/properties/activityLogs/items/then/properties/data/required",
                      keyword: "required",
                      params: { missingProperty: "data" },
                    };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                  if (data58.data !== undefined) {
                    let data59 = data58.data;
                    if (
                      data59 &&
                      typeof data59 == "object" &&
                      !Array.isArray(data59)
                    ) {
                    } else {
                      const err148 = {
                        instancePath:
                          instancePath + "/activityLogs/" + i0 + "/data/data",
                        schemaPath:
                          "#/properties/activityLogs/items/then/properties/data/properties/data/type",
                        keyword: "type",
                        params: { type: "object" },
                      };
                      if (vErrors === null) {
                        vErrors = [err148];
                      } else {
                        vErrors.push(err148);
                      }
                      errors++;
                    }
                  }
                  if (data58.event !== undefined) {
                    let data60 = data58.event;
                    const _errs208 = errors;
                    let valid50 = false;
                    const _errs209 = errors;
                    const _errs210 = errors;
                    let valid51 = false;
                    const _errs211 = errors;
                    if (
                      data60 &&
                      typeof data60 == "object" &&
                      !Array.isArray(data60)
                    ) {
                      if (data60.status === undefined) {
                        const err149 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event",
                          schemaPath:
                            "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/0/required",
                          keyword: "required",
                          params: { missingProperty: "status" },
                        };
                        if (vErrors === null) {
                          vErrors = [err149];
                        } else {
                          vErrors.push(err149);
                        }
                        errors++;
                      }
                      if (data60.alias === undefined) {
                        const err150 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event",
                          schemaPath:
                            "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/0/required",
                          keyword: "required",
                          params: { missingProperty: "alias" },
                        };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                      if (data60.sandbox === undefined) {
                        const err151 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event",
                          schemaPath:
                            "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/0/required",
                          keyword: "required",
                          params: { missingProperty: "sandbox" },
                        };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                      }
                      if (data60.status !== undefined) {
                        let data61 = data60.status;
                        if (typeof data61 !== "string") {
                          const err152 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event/status",
                            schemaPath:
                              "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/0/properties/status/type",
                            keyword: "type",
                            params: { type: "string" },
                          };
                          if (vErrors === null) {
                            vErrors = [err152];
                          } else {
                            vErrors.push(err152);
                          }
                          errors++;
                        }
                        if (
                          !(
                            data61 === "APPROVED" ||
                            data61 === "SUBMISSION_REQUIRED" ||
                            data61 === "RESUBMISSION_REQUIRED" ||
                            data61 === "REJECTED" ||
                            data61 === "PENDING_VERIFICATION"
                          )
                        ) {
                          const err153 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event/status",
                            schemaPath:
                              "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/0/properties/status/enum",
                            keyword: "enum",
                            params: {
                              allowedValues:
                                schema33.properties.activityLogs.items.then
                                  .properties.data.properties.event.anyOf[0]
                                  .anyOf[0].properties.status.enum,
                            },
                          };
                          if (vErrors === null) {
                            vErrors = [err153];
                          } else {
                            vErrors.push(err153);
                          }
                          errors++;
                        }
                      }
                      if (data60.alias !== undefined) {
                        if (typeof data60.alias !== "string") {
                          const err154 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event/alias",
                            schemaPath:
                              "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/0/properties/alias/type",
                            keyword: "type",
                            params: { type: "string" },
                          };
                          if (vErrors === null) {
                            vErrors = [err154];
                          } else {
                            vErrors.push(err154);
                          }
                          errors++;
                        }
                      }
                      if (data60.sandbox !== undefined) {
                        if (typeof data60.sandbox !== "boolean") {
                          const err155 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event/sandbox",
                            schemaPath:
                              "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/0/properties/sandbox/type",
                            keyword: "type",
                            params: { type: "boolean" },
                          };
                          if (vErrors === null) {
                            vErrors = [err155];
                          } else {
                            vErrors.push(err155);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err156 = {
                        instancePath:
                          instancePath + "/activityLogs/" + i0 + "/data/event",
                        schemaPath:
                          "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/0/type",
                        keyword: "type",
                        params: { type: "object" },
                      };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                    var _valid21 = _errs211 === errors;
                    valid51 = valid51 || _valid21;
                    if (!valid51) {
                      const _errs219 = errors;
                      if (
                        data60 &&
                        typeof data60 == "object" &&
                        !Array.isArray(data60)
                      ) {
                        if (data60.status === undefined) {
                          const err157 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event",
                            schemaPath:
                              "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/required",
                            keyword: "required",
                            params: { missingProperty: "status" },
                          };
                          if (vErrors === null) {
                            vErrors = [err157];
                          } else {
                            vErrors.push(err157);
                          }
                          errors++;
                        }
                        if (data60.type === undefined) {
                          const err158 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event",
                            schemaPath:
                              "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/required",
                            keyword: "required",
                            params: { missingProperty: "type" },
                          };
                          if (vErrors === null) {
                            vErrors = [err158];
                          } else {
                            vErrors.push(err158);
                          }
                          errors++;
                        }
                        if (data60.sandbox === undefined) {
                          const err159 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event",
                            schemaPath:
                              "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/required",
                            keyword: "required",
                            params: { missingProperty: "sandbox" },
                          };
                          if (vErrors === null) {
                            vErrors = [err159];
                          } else {
                            vErrors.push(err159);
                          }
                          errors++;
                        }
                        if (data60.metadata === undefined) {
                          const err160 = {
                            instancePath:
                              instancePath +
                              "/activityLogs/" +
                              i0 +
                              "/data/event",
                            schemaPath:
                              "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/required",
                            keyword: "required",
                            params: { missingProperty: "metadata" },
                          };
                          if (vErrors === null) {
                            vErrors = [err160];
                          } else {
                            vErrors.push(err160);
                          }
                          errors++;
                        }
                        if (data60.status !== undefined) {
                          let data64 = data60.status;
                          if (typeof data64 !== "string") {
                            const err161 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/status",
                              schemaPath:
                                "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/status/type",
                              keyword: "type",
                              params: { type: "string" },
                            };
                            if (vErrors === null) {
                              vErrors = [err161];
                            } else {
                              vErrors.push(err161);
                            }
                            errors++;
                          }
                          if (
                            !(
                              data64 === "APPROVED" ||
                              data64 === "SUBMISSION_REQUIRED" ||
                              data64 === "RESUBMISSION_REQUIRED" ||
                              data64 === "REJECTED" ||
                              data64 === "PENDING_VERIFICATION"
                            )
                          ) {
                            const err162 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/status",
                              schemaPath:
                                "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/status/enum",
                              keyword: "enum",
                              params: {
                                allowedValues:
                                  schema33.properties.activityLogs.items.then
                                    .properties.data.properties.event.anyOf[0]
                                    .anyOf[1].properties.status.enum,
                              },
                            };
                            if (vErrors === null) {
                              vErrors = [err162];
                            } else {
                              vErrors.push(err162);
                            }
                            errors++;
                          }
                        }
                        if (data60.type !== undefined) {
                          let data65 = data60.type;
                          if (typeof data65 !== "string") {
                            const err163 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/type",
                              schemaPath:
                                "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/type/type",
                              keyword: "type",
                              params: { type: "string" },
                            };
                            if (vErrors === null) {
                              vErrors = [err163];
                            } else {
                              vErrors.push(err163);
                            }
                            errors++;
                          }
                          if (
                            !(
                              data65 === "ID_DOCUMENT" ||
                              data65 === "LIVENESS" ||
                              data65 === "PROOF_OF_ADDRESS" ||
                              data65 === "PHONE" ||
                              data65 === "EMAIL"
                            )
                          ) {
                            const err164 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/type",
                              schemaPath:
                                "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/type/enum",
                              keyword: "enum",
                              params: {
                                allowedValues:
                                  schema33.properties.activityLogs.items.then
                                    .properties.data.properties.event.anyOf[0]
                                    .anyOf[1].properties.type.enum,
                              },
                            };
                            if (vErrors === null) {
                              vErrors = [err164];
                            } else {
                              vErrors.push(err164);
                            }
                            errors++;
                          }
                        }
                        if (data60.sandbox !== undefined) {
                          if (typeof data60.sandbox !== "boolean") {
                            const err165 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/sandbox",
                              schemaPath:
                                "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/sandbox/type",
                              keyword: "type",
                              params: { type: "boolean" },
                            };
                            if (vErrors === null) {
                              vErrors = [err165];
                            } else {
                              vErrors.push(err165);
                            }
                            errors++;
                          }
                        }
                        if (data60.metadata !== undefined) {
                          let data67 = data60.metadata;
                          if (
                            data67 &&
                            typeof data67 == "object" &&
                            !Array.isArray(data67)
                          ) {
                            if (data67.ip === undefined) {
                              const err166 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata",
                                schemaPath:
                                  "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                                keyword: "required",
                                params: { missingProperty: "ip" },
                              };
                              if (vErrors === null) {
                                vErrors = [err166];
                              } else {
                                vErrors.push(err166);
                              }
                              errors++;
                            }
                            if (data67.user_agent === undefined) {
                              const err167 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata",
                                schemaPath:
                                  "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                                keyword: "required",
                                params: { missingProperty: "user_agent" },
                              };
                              if (vErrors === null) {
                                vErrors = [err167];
                              } else {
                                vErrors.push(err167);
                              }
                              errors++;
                            }
                            if (data67.platform === undefined) {
                              const err168 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata",
                                schemaPath:
                                  "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                                keyword: "required",
                                params: { missingProperty: "platform" },
                              };
                              if (vErrors === null) {
                                vErrors = [err168];
                              } else {
                                vErrors.push(err168);
                              }
                              errors++;
                            }
                            if (data67.browser_name === undefined) {
                              const err169 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata",
                                schemaPath:
                                  "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                                keyword: "required",
                                params: { missingProperty: "browser_name" },
                              };
                              if (vErrors === null) {
                                vErrors = [err169];
                              } else {
                                vErrors.push(err169);
                              }
                              errors++;
                            }
                            if (data67.browser_version === undefined) {
                              const err170 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata",
                                schemaPath:
                                  "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                                keyword: "required",
                                params: { missingProperty: "browser_version" },
                              };
                              if (vErrors === null) {
                                vErrors = [err170];
                              } else {
                                vErrors.push(err170);
                              }
                              errors++;
                            }
                            if (data67.device === undefined) {
                              const err171 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata",
                                schemaPath:
                                  "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                                keyword: "required",
                                params: { missingProperty: "device" },
                              };
                              if (vErrors === null) {
                                vErrors = [err171];
                              } else {
                                vErrors.push(err171);
                              }
                              errors++;
                            }
                            if (data67.customer_language === undefined) {
                              const err172 = {
                                instancePath:
                                  instancePath +
                                  "/activityLogs/" +
                                  i0 +
                                  "/data/event/metadata",
                                schemaPath:
                                  "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/required",
                                keyword: "required",
                                params: {
                                  missingProperty: "customer_language",
                                },
                              };
                              if (vErrors === null) {
                                vErrors = [err172];
                              } else {
                                vErrors.push(err172);
                              }
                              errors++;
                            }
                            if (data67.ip !== undefined) {
                              if (typeof data67.ip !== "string") {
                                const err173 = {
                                  instancePath:
                                    instancePath +
                                    "/activityLogs/" +
                                    i0 +
                                    "/data/event/metadata/ip",
                                  schemaPath:
                                    "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/ip/type",
                                  keyword: "type",
                                  params: { type: "string" },
                                };
                                if (vErrors === null) {
                                  vErrors = [err173];
                                } else {
                                  vErrors.push(err173);
                                }
                                errors++;
                              }
                            }
                            if (data67.user_agent !== undefined) {
                              if (typeof data67.user_agent !== "string") {
                                const err174 = {
                                  instancePath:
                                    instancePath +
                                    "/activityLogs/" +
                                    i0 +
                                    "/data/event/metadata/user_agent",
                                  schemaPath:
                                    "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/user_agent/type",
                                  keyword: "type",
                                  params: { type: "string" },
                                };
                                if (vErrors === null) {
                                  vErrors = [err174];
                                } else {
                                  vErrors.push(err174);
                                }
                                errors++;
                              }
                            }
                            if (data67.platform !== undefined) {
                              if (typeof data67.platform !== "string") {
                                const err175 = {
                                  instancePath:
                                    instancePath +
                                    "/activityLogs/" +
                                    i0 +
                                    "/data/event/metadata/platform",
                                  schemaPath:
                                    "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/platform/type",
                                  keyword: "type",
                                  params: { type: "string" },
                                };
                                if (vErrors === null) {
                                  vErrors = [err175];
                                } else {
                                  vErrors.push(err175);
                                }
                                errors++;
                              }
                            }
                            if (data67.browser_name !== undefined) {
                              if (typeof data67.browser_name !== "string") {
                                const err176 = {
                                  instancePath:
                                    instancePath +
                                    "/activityLogs/" +
                                    i0 +
                                    "/data/event/metadata/browser_name",
                                  schemaPath:
                                    "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/browser_name/type",
                                  keyword: "type",
                                  params: { type: "string" },
                                };
                                if (vErrors === null) {
                                  vErrors = [err176];
                                } else {
                                  vErrors.push(err176);
                                }
                                errors++;
                              }
                            }
                            if (data67.browser_version !== undefined) {
                              if (typeof data67.browser_version !== "string") {
                                const err177 = {
                                  instancePath:
                                    instancePath +
                                    "/activityLogs/" +
                                    i0 +
                                    "/data/event/metadata/browser_version",
                                  schemaPath:
                                    "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/browser_version/type",
                                  keyword: "type",
                                  params: { type: "string" },
                                };
                                if (vErrors === null) {
                                  vErrors = [err177];
                                } else {
                                  vErrors.push(err177);
                                }
                                errors++;
                              }
                            }
                            if (data67.device !== undefined) {
                              if (typeof data67.device !== "string") {
                                const err178 = {
                                  instancePath:
                                    instancePath +
                                    "/activityLogs/" +
                                    i0 +
                                    "/data/event/metadata/device",
                                  schemaPath:
                                    "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/device/type",
                                  keyword: "type",
                                  params: { type: "string" },
                                };
                                if (vErrors === null) {
                                  vErrors = [err178];
                                } else {
                                  vErrors.push(err178);
                                }
                                errors++;
                              }
                            }
                            if (data67.customer_language !== undefined) {
                              if (
                                typeof data67.customer_language !== "string"
                              ) {
                                const err179 = {
                                  instancePath:
                                    instancePath +
                                    "/activityLogs/" +
                                    i0 +
                                    "/data/event/metadata/customer_language",
                                  schemaPath:
                                    "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/properties/customer_language/type",
                                  keyword: "type",
                                  params: { type: "string" },
                                };
                                if (vErrors === null) {
                                  vErrors = [err179];
                                } else {
                                  vErrors.push(err179);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err180 = {
                              instancePath:
                                instancePath +
                                "/activityLogs/" +
                                i0 +
                                "/data/event/metadata",
                              schemaPath:
                                "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/properties/metadata/type",
                              keyword: "type",
                              params: { type: "object" },
                            };
                            if (vErrors === null) {
                              vErrors = [err180];
                            } else {
                              vErrors.push(err180);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err181 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event",
                          schemaPath:
                            "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf/1/type",
                          keyword: "type",
                          params: { type: "object" },
                        };
                        if (vErrors === null) {
                          vErrors = [err181];
                        } else {
                          vErrors.push(err181);
                        }
                        errors++;
                      }
                      var _valid21 = _errs219 === errors;
                      valid51 = valid51 || _valid21;
                    }
                    if (!valid51) {
                      const err182 = {
                        instancePath:
                          instancePath + "/activityLogs/" + i0 + "/data/event",
                        schemaPath:
                          "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/0/anyOf",
                        keyword: "anyOf",
                        params: {},
                      };
                      if (vErrors === null) {
                        vErrors = [err182];
                      } else {
                        vErrors.push(err182);
                      }
                      errors++;
                    } else {
                      errors = _errs210;
                      if (vErrors !== null) {
                        if (_errs210) {
                          vErrors.length = _errs210;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var _valid20 = _errs209 === errors;
                    valid50 = valid50 || _valid20;
                    if (!valid50) {
                      const _errs243 = errors;
                      if (data60 !== null) {
                        const err183 = {
                          instancePath:
                            instancePath +
                            "/activityLogs/" +
                            i0 +
                            "/data/event",
                          schemaPath:
                            "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf/1/type",
                          keyword: "type",
                          params: { type: "null" },
                        };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                      var _valid20 = _errs243 === errors;
                      valid50 = valid50 || _valid20;
                    }
                    if (!valid50) {
                      const err184 = {
                        instancePath:
                          instancePath + "/activityLogs/" + i0 + "/data/event",
                        schemaPath:
                          "#/properties/activityLogs/items/then/properties/data/properties/event/anyOf",
                        keyword: "anyOf",
                        params: {},
                      };
                      if (vErrors === null) {
                        vErrors = [err184];
                      } else {
                        vErrors.push(err184);
                      }
                      errors++;
                    } else {
                      errors = _errs208;
                      if (vErrors !== null) {
                        if (_errs208) {
                          vErrors.length = _errs208;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                } else {
                  const err185 = {
                    instancePath:
                      instancePath + "/activityLogs/" + i0 + "/data",
                    schemaPath:
                      "#/properties/activityLogs/items/then/properties/data/type",
                    keyword: "type",
                    params: { type: "object" },
                  };
                  if (vErrors === null) {
                    vErrors = [err185];
                  } else {
                    vErrors.push(err185);
                  }
                  errors++;
                }
              }
            } else {
              const err186 = {
                instancePath: instancePath + "/activityLogs/" + i0,
                schemaPath: "#/properties/activityLogs/items/then/type",
                keyword: "type",
                params: { type: "object" },
              };
              if (vErrors === null) {
                vErrors = [err186];
              } else {
                vErrors.push(err186);
              }
              errors++;
            }
            var _valid18 = _errs200 === errors;
            valid45 = _valid18;
          }
          if (!valid45) {
            const err187 = {
              instancePath: instancePath + "/activityLogs/" + i0,
              schemaPath: "#/properties/activityLogs/items/if",
              keyword: "if",
              params: { failingKeyword: "then" },
            };
            if (vErrors === null) {
              vErrors = [err187];
            } else {
              vErrors.push(err187);
            }
            errors++;
          }
        }
      } else {
        const err188 = {
          instancePath: instancePath + "/activityLogs",
          schemaPath: "#/properties/activityLogs/type",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err188];
        } else {
          vErrors.push(err188);
        }
        errors++;
      }
    }
  } else {
    const err189 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
    };
    if (vErrors === null) {
      vErrors = [err189];
    } else {
      vErrors.push(err189);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
export const explainApiErrorBody = validate23;
const schema34 = {
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
function validate23(
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
  validate23.errors = vErrors;
  return errors === 0;
}
