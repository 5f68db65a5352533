// This file is generated, do not edit it by hand.
// Source: openapi/compilot-activity-logs.yaml. Change the spec or scripts/, then run `npm run generate`.

"use strict";
export const validateEnvelope = validate20;
const schema31 = {
  $id: "validateEnvelope",
  type: "object",
  required: ["totalCount", "customerId", "activityLogs"],
  properties: {
    totalCount: { type: "integer", minimum: 0 },
    customerId: { type: "string" },
    activityLogs: { type: "array" },
  },
};
function validate20(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="validateEnvelope" */ let vErrors = null;
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
  validate20.errors = vErrors;
  return errors === 0;
}
export const validateKycProviderEventLog = validate21;
const schema32 = {
  $id: "validateKycProviderEventLog",
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
            { type: "null" },
          ],
        },
      },
    },
  },
};
function validate21(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="validateKycProviderEventLog" */ let vErrors = null;
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
          let valid2 = false;
          const _errs8 = errors;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.status === undefined) {
              const err3 = {
                instancePath: instancePath + "/data/event",
                schemaPath:
                  "#/properties/data/properties/event/anyOf/0/required",
                keyword: "required",
                params: { missingProperty: "status" },
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.alias === undefined) {
              const err4 = {
                instancePath: instancePath + "/data/event",
                schemaPath:
                  "#/properties/data/properties/event/anyOf/0/required",
                keyword: "required",
                params: { missingProperty: "alias" },
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.sandbox === undefined) {
              const err5 = {
                instancePath: instancePath + "/data/event",
                schemaPath:
                  "#/properties/data/properties/event/anyOf/0/required",
                keyword: "required",
                params: { missingProperty: "sandbox" },
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.status !== undefined) {
              let data3 = data2.status;
              if (typeof data3 !== "string") {
                const err6 = {
                  instancePath: instancePath + "/data/event/status",
                  schemaPath:
                    "#/properties/data/properties/event/anyOf/0/properties/status/type",
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
                  data3 === "APPROVED" ||
                  data3 === "SUBMISSION_REQUIRED" ||
                  data3 === "RESUBMISSION_REQUIRED" ||
                  data3 === "REJECTED" ||
                  data3 === "PENDING_VERIFICATION"
                )
              ) {
                const err7 = {
                  instancePath: instancePath + "/data/event/status",
                  schemaPath:
                    "#/properties/data/properties/event/anyOf/0/properties/status/enum",
                  keyword: "enum",
                  params: {
                    allowedValues:
                      schema32.properties.data.properties.event.anyOf[0]
                        .properties.status.enum,
                  },
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.alias !== undefined) {
              if (typeof data2.alias !== "string") {
                const err8 = {
                  instancePath: instancePath + "/data/event/alias",
                  schemaPath:
                    "#/properties/data/properties/event/anyOf/0/properties/alias/type",
                  keyword: "type",
                  params: { type: "string" },
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.sandbox !== undefined) {
              if (typeof data2.sandbox !== "boolean") {
                const err9 = {
                  instancePath: instancePath + "/data/event/sandbox",
                  schemaPath:
                    "#/properties/data/properties/event/anyOf/0/properties/sandbox/type",
                  keyword: "type",
                  params: { type: "boolean" },
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
              instancePath: instancePath + "/data/event",
              schemaPath: "#/properties/data/properties/event/anyOf/0/type",
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
          var _valid0 = _errs8 === errors;
          valid2 = valid2 || _valid0;
          if (!valid2) {
            const _errs16 = errors;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              if (data2.status === undefined) {
                const err11 = {
                  instancePath: instancePath + "/data/event",
                  schemaPath:
                    "#/properties/data/properties/event/anyOf/1/required",
                  keyword: "required",
                  params: { missingProperty: "status" },
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (data2.type === undefined) {
                const err12 = {
                  instancePath: instancePath + "/data/event",
                  schemaPath:
                    "#/properties/data/properties/event/anyOf/1/required",
                  keyword: "required",
                  params: { missingProperty: "type" },
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (data2.sandbox === undefined) {
                const err13 = {
                  instancePath: instancePath + "/data/event",
                  schemaPath:
                    "#/properties/data/properties/event/anyOf/1/required",
                  keyword: "required",
                  params: { missingProperty: "sandbox" },
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (data2.metadata === undefined) {
                const err14 = {
                  instancePath: instancePath + "/data/event",
                  schemaPath:
                    "#/properties/data/properties/event/anyOf/1/required",
                  keyword: "required",
                  params: { missingProperty: "metadata" },
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (data2.status !== undefined) {
                let data6 = data2.status;
                if (typeof data6 !== "string") {
                  const err15 = {
                    instancePath: instancePath + "/data/event/status",
                    schemaPath:
                      "#/properties/data/properties/event/anyOf/1/properties/status/type",
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
                if (
                  !(
                    data6 === "APPROVED" ||
                    data6 === "SUBMISSION_REQUIRED" ||
                    data6 === "RESUBMISSION_REQUIRED" ||
                    data6 === "REJECTED" ||
                    data6 === "PENDING_VERIFICATION"
                  )
                ) {
                  const err16 = {
                    instancePath: instancePath + "/data/event/status",
                    schemaPath:
                      "#/properties/data/properties/event/anyOf/1/properties/status/enum",
                    keyword: "enum",
                    params: {
                      allowedValues:
                        schema32.properties.data.properties.event.anyOf[1]
                          .properties.status.enum,
                    },
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              if (data2.type !== undefined) {
                let data7 = data2.type;
                if (typeof data7 !== "string") {
                  const err17 = {
                    instancePath: instancePath + "/data/event/type",
                    schemaPath:
                      "#/properties/data/properties/event/anyOf/1/properties/type/type",
                    keyword: "type",
                    params: { type: "string" },
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
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
                  const err18 = {
                    instancePath: instancePath + "/data/event/type",
                    schemaPath:
                      "#/properties/data/properties/event/anyOf/1/properties/type/enum",
                    keyword: "enum",
                    params: {
                      allowedValues:
                        schema32.properties.data.properties.event.anyOf[1]
                          .properties.type.enum,
                    },
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              if (data2.sandbox !== undefined) {
                if (typeof data2.sandbox !== "boolean") {
                  const err19 = {
                    instancePath: instancePath + "/data/event/sandbox",
                    schemaPath:
                      "#/properties/data/properties/event/anyOf/1/properties/sandbox/type",
                    keyword: "type",
                    params: { type: "boolean" },
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
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
                    const err20 = {
                      instancePath: instancePath + "/data/event/metadata",
                      schemaPath:
                        "#/properties/data/properties/event/anyOf/1/properties/metadata/required",
                      keyword: "required",
                      params: { missingProperty: "ip" },
                    };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                  if (data9.user_agent === undefined) {
                    const err21 = {
                      instancePath: instancePath + "/data/event/metadata",
                      schemaPath:
                        "#/properties/data/properties/event/anyOf/1/properties/metadata/required",
                      keyword: "required",
                      params: { missingProperty: "user_agent" },
                    };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  if (data9.platform === undefined) {
                    const err22 = {
                      instancePath: instancePath + "/data/event/metadata",
                      schemaPath:
                        "#/properties/data/properties/event/anyOf/1/properties/metadata/required",
                      keyword: "required",
                      params: { missingProperty: "platform" },
                    };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                  if (data9.browser_name === undefined) {
                    const err23 = {
                      instancePath: instancePath + "/data/event/metadata",
                      schemaPath:
                        "#/properties/data/properties/event/anyOf/1/properties/metadata/required",
                      keyword: "required",
                      params: { missingProperty: "browser_name" },
                    };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                  if (data9.browser_version === undefined) {
                    const err24 = {
                      instancePath: instancePath + "/data/event/metadata",
                      schemaPath:
                        "#/properties/data/properties/event/anyOf/1/properties/metadata/required",
                      keyword: "required",
                      params: { missingProperty: "browser_version" },
                    };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                  if (data9.device === undefined) {
                    const err25 = {
                      instancePath: instancePath + "/data/event/metadata",
                      schemaPath:
                        "#/properties/data/properties/event/anyOf/1/properties/metadata/required",
                      keyword: "required",
                      params: { missingProperty: "device" },
                    };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                  if (data9.customer_language === undefined) {
                    const err26 = {
                      instancePath: instancePath + "/data/event/metadata",
                      schemaPath:
                        "#/properties/data/properties/event/anyOf/1/properties/metadata/required",
                      keyword: "required",
                      params: { missingProperty: "customer_language" },
                    };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                  if (data9.ip !== undefined) {
                    if (typeof data9.ip !== "string") {
                      const err27 = {
                        instancePath: instancePath + "/data/event/metadata/ip",
                        schemaPath:
                          "#/properties/data/properties/event/anyOf/1/properties/metadata/properties/ip/type",
                        keyword: "type",
                        params: { type: "string" },
                      };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  }
                  if (data9.user_agent !== undefined) {
                    if (typeof data9.user_agent !== "string") {
                      const err28 = {
                        instancePath:
                          instancePath + "/data/event/metadata/user_agent",
                        schemaPath:
                          "#/properties/data/properties/event/anyOf/1/properties/metadata/properties/user_agent/type",
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
                  if (data9.platform !== undefined) {
                    if (typeof data9.platform !== "string") {
                      const err29 = {
                        instancePath:
                          instancePath + "/data/event/metadata/platform",
                        schemaPath:
                          "#/properties/data/properties/event/anyOf/1/properties/metadata/properties/platform/type",
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
                  if (data9.browser_name !== undefined) {
                    if (typeof data9.browser_name !== "string") {
                      const err30 = {
                        instancePath:
                          instancePath + "/data/event/metadata/browser_name",
                        schemaPath:
                          "#/properties/data/properties/event/anyOf/1/properties/metadata/properties/browser_name/type",
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
                  if (data9.browser_version !== undefined) {
                    if (typeof data9.browser_version !== "string") {
                      const err31 = {
                        instancePath:
                          instancePath + "/data/event/metadata/browser_version",
                        schemaPath:
                          "#/properties/data/properties/event/anyOf/1/properties/metadata/properties/browser_version/type",
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
                  if (data9.device !== undefined) {
                    if (typeof data9.device !== "string") {
                      const err32 = {
                        instancePath:
                          instancePath + "/data/event/metadata/device",
                        schemaPath:
                          "#/properties/data/properties/event/anyOf/1/properties/metadata/properties/device/type",
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
                  if (data9.customer_language !== undefined) {
                    if (typeof data9.customer_language !== "string") {
                      const err33 = {
                        instancePath:
                          instancePath +
                          "/data/event/metadata/customer_language",
                        schemaPath:
                          "#/properties/data/properties/event/anyOf/1/properties/metadata/properties/customer_language/type",
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
                } else {
                  const err34 = {
                    instancePath: instancePath + "/data/event/metadata",
                    schemaPath:
                      "#/properties/data/properties/event/anyOf/1/properties/metadata/type",
                    keyword: "type",
                    params: { type: "object" },
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
                instancePath: instancePath + "/data/event",
                schemaPath: "#/properties/data/properties/event/anyOf/1/type",
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
            var _valid0 = _errs16 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
              const _errs40 = errors;
              if (data2 !== null) {
                const err36 = {
                  instancePath: instancePath + "/data/event",
                  schemaPath: "#/properties/data/properties/event/anyOf/2/type",
                  keyword: "type",
                  params: { type: "null" },
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              var _valid0 = _errs40 === errors;
              valid2 = valid2 || _valid0;
            }
          }
          if (!valid2) {
            const err37 = {
              instancePath: instancePath + "/data/event",
              schemaPath: "#/properties/data/properties/event/anyOf",
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
            errors = _errs7;
            if (vErrors !== null) {
              if (_errs7) {
                vErrors.length = _errs7;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err38 = {
          instancePath: instancePath + "/data",
          schemaPath: "#/properties/data/type",
          keyword: "type",
          params: { type: "object" },
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
      instancePath,
      schemaPath: "#/type",
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
  validate21.errors = vErrors;
  return errors === 0;
}
export const validateScenarioExecutionLog = validate22;
const schema33 = {
  $id: "validateScenarioExecutionLog",
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
                      type: ["object", "null"],
                      properties: {
                        result: {
                          type: ["object", "null"],
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
                    rule_data: {
                      type: ["object", "null"],
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
                                    "TfheKycSession",
                                    "Web3Transaction",
                                  ],
                                },
                                path: { type: "string" },
                              },
                            },
                          ],
                        },
                        value: {
                          anyOf: [
                            { type: "boolean" },
                            { type: "string" },
                            { type: "number" },
                            { type: "array", items: { type: "string" } },
                            { type: "array", items: { type: "number" } },
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
                                    "TfheKycSession",
                                    "Web3Transaction",
                                  ],
                                },
                                path: { type: "string" },
                              },
                            },
                            { type: "null" },
                          ],
                        },
                        displayMode: {
                          type: ["string", "null"],
                          enum: ["amount", "percentage", null],
                        },
                        timeframe: {
                          type: ["string", "null"],
                          enum: ["daily", "weekly", "monthly", "yearly", null],
                        },
                        datasetColumnId: { type: ["string", "null"] },
                        sourceDatasetColumnId: { type: ["string", "null"] },
                        specialDataSetType: {
                          type: ["string", "null"],
                          enum: ["ACTIVE_USERS_ADDRESSES", null],
                        },
                      },
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
                enum: ["valid", "not-valid", "error", "unknown", "skipped"],
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
};
function validate22(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="validateScenarioExecutionLog" */ let vErrors = null;
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
                type: schema33.properties.data.properties.executions.type,
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
                          if (
                            !(
                              data5 &&
                              typeof data5 == "object" &&
                              !Array.isArray(data5)
                            ) &&
                            data5 !== null
                          ) {
                            const err3 = {
                              instancePath:
                                instancePath +
                                "/data/executions/" +
                                i0 +
                                "/rules/" +
                                i1 +
                                "/result",
                              schemaPath:
                                "#/properties/data/properties/executions/items/properties/rules/items/properties/result/type",
                              keyword: "type",
                              params: {
                                type: schema33.properties.data.properties
                                  .executions.items.properties.rules.items
                                  .properties.result.type,
                              },
                            };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                          }
                          if (
                            data5 &&
                            typeof data5 == "object" &&
                            !Array.isArray(data5)
                          ) {
                            if (data5.result !== undefined) {
                              let data6 = data5.result;
                              if (
                                !(
                                  data6 &&
                                  typeof data6 == "object" &&
                                  !Array.isArray(data6)
                                ) &&
                                data6 !== null
                              ) {
                                const err4 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/result/result",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/result/properties/result/type",
                                  keyword: "type",
                                  params: {
                                    type: schema33.properties.data.properties
                                      .executions.items.properties.rules.items
                                      .properties.result.properties.result.type,
                                  },
                                };
                                if (vErrors === null) {
                                  vErrors = [err4];
                                } else {
                                  vErrors.push(err4);
                                }
                                errors++;
                              }
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
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/result/properties/result/properties/is_valid/type",
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
                                            "#/properties/data/properties/executions/items/properties/rules/items/properties/result/properties/result/properties/reasons/items/type",
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
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/result/properties/result/properties/reasons/type",
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
                              }
                            }
                          }
                        }
                        if (data4.rule_data !== undefined) {
                          let data10 = data4.rule_data;
                          if (
                            !(
                              data10 &&
                              typeof data10 == "object" &&
                              !Array.isArray(data10)
                            ) &&
                            data10 !== null
                          ) {
                            const err8 = {
                              instancePath:
                                instancePath +
                                "/data/executions/" +
                                i0 +
                                "/rules/" +
                                i1 +
                                "/rule_data",
                              schemaPath:
                                "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/type",
                              keyword: "type",
                              params: {
                                type: schema33.properties.data.properties
                                  .executions.items.properties.rules.items
                                  .properties.rule_data.type,
                              },
                            };
                            if (vErrors === null) {
                              vErrors = [err8];
                            } else {
                              vErrors.push(err8);
                            }
                            errors++;
                          }
                          if (
                            data10 &&
                            typeof data10 == "object" &&
                            !Array.isArray(data10)
                          ) {
                            if (data10.attribute === undefined) {
                              const err9 = {
                                instancePath:
                                  instancePath +
                                  "/data/executions/" +
                                  i0 +
                                  "/rules/" +
                                  i1 +
                                  "/rule_data",
                                schemaPath:
                                  "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/required",
                                keyword: "required",
                                params: { missingProperty: "attribute" },
                              };
                              if (vErrors === null) {
                                vErrors = [err9];
                              } else {
                                vErrors.push(err9);
                              }
                              errors++;
                            }
                            if (data10.operator === undefined) {
                              const err10 = {
                                instancePath:
                                  instancePath +
                                  "/data/executions/" +
                                  i0 +
                                  "/rules/" +
                                  i1 +
                                  "/rule_data",
                                schemaPath:
                                  "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/required",
                                keyword: "required",
                                params: { missingProperty: "operator" },
                              };
                              if (vErrors === null) {
                                vErrors = [err10];
                              } else {
                                vErrors.push(err10);
                              }
                              errors++;
                            }
                            if (data10.queryId !== undefined) {
                              if (typeof data10.queryId !== "string") {
                                const err11 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/queryId",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/queryId/type",
                                  keyword: "type",
                                  params: { type: "string" },
                                };
                                if (vErrors === null) {
                                  vErrors = [err11];
                                } else {
                                  vErrors.push(err11);
                                }
                                errors++;
                              }
                            }
                            if (data10.id !== undefined) {
                              if (typeof data10.id !== "string") {
                                const err12 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/id",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/id/type",
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
                            }
                            if (data10.requestId !== undefined) {
                              let data13 = data10.requestId;
                              if (
                                !(
                                  typeof data13 == "number" && isFinite(data13)
                                ) &&
                                data13 !== null
                              ) {
                                const err13 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/requestId",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/requestId/type",
                                  keyword: "type",
                                  params: {
                                    type: schema33.properties.data.properties
                                      .executions.items.properties.rules.items
                                      .properties.rule_data.properties.requestId
                                      .type,
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
                            if (data10.attribute !== undefined) {
                              let data14 = data10.attribute;
                              const _errs30 = errors;
                              let valid13 = false;
                              const _errs31 = errors;
                              if (typeof data14 !== "string") {
                                const err14 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/attribute",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf/0/type",
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
                              var _valid0 = _errs31 === errors;
                              valid13 = valid13 || _valid0;
                              if (!valid13) {
                                const _errs33 = errors;
                                if (
                                  data14 &&
                                  typeof data14 == "object" &&
                                  !Array.isArray(data14)
                                ) {
                                  if (data14.version === undefined) {
                                    const err15 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/attribute",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf/1/required",
                                      keyword: "required",
                                      params: { missingProperty: "version" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err15];
                                    } else {
                                      vErrors.push(err15);
                                    }
                                    errors++;
                                  }
                                  if (data14.schema === undefined) {
                                    const err16 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/attribute",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf/1/required",
                                      keyword: "required",
                                      params: { missingProperty: "schema" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err16];
                                    } else {
                                      vErrors.push(err16);
                                    }
                                    errors++;
                                  }
                                  if (data14.path === undefined) {
                                    const err17 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/attribute",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf/1/required",
                                      keyword: "required",
                                      params: { missingProperty: "path" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err17];
                                    } else {
                                      vErrors.push(err17);
                                    }
                                    errors++;
                                  }
                                  if (data14.version !== undefined) {
                                    let data15 = data14.version;
                                    if (typeof data15 !== "string") {
                                      const err18 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/attribute/version",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf/1/properties/version/type",
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
                                    if (!(data15 === "v1")) {
                                      const err19 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/attribute/version",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf/1/properties/version/enum",
                                        keyword: "enum",
                                        params: {
                                          allowedValues:
                                            schema33.properties.data.properties
                                              .executions.items.properties.rules
                                              .items.properties.rule_data
                                              .properties.attribute.anyOf[1]
                                              .properties.version.enum,
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
                                  if (data14.schema !== undefined) {
                                    let data16 = data14.schema;
                                    if (typeof data16 !== "string") {
                                      const err20 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/attribute/schema",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf/1/properties/schema/type",
                                        keyword: "type",
                                        params: { type: "string" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err20];
                                      } else {
                                        vErrors.push(err20);
                                      }
                                      errors++;
                                    }
                                    if (
                                      !(
                                        data16 === "Customer" ||
                                        data16 === "KycSession" ||
                                        data16 === "Transaction" ||
                                        data16 === "Tfhe" ||
                                        data16 === "TfheKycSession" ||
                                        data16 === "Web3Transaction"
                                      )
                                    ) {
                                      const err21 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/attribute/schema",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf/1/properties/schema/enum",
                                        keyword: "enum",
                                        params: {
                                          allowedValues:
                                            schema33.properties.data.properties
                                              .executions.items.properties.rules
                                              .items.properties.rule_data
                                              .properties.attribute.anyOf[1]
                                              .properties.schema.enum,
                                        },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err21];
                                      } else {
                                        vErrors.push(err21);
                                      }
                                      errors++;
                                    }
                                  }
                                  if (data14.path !== undefined) {
                                    if (typeof data14.path !== "string") {
                                      const err22 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/attribute/path",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf/1/properties/path/type",
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
                                  }
                                } else {
                                  const err23 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/attribute",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf/1/type",
                                    keyword: "type",
                                    params: { type: "object" },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err23];
                                  } else {
                                    vErrors.push(err23);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs33 === errors;
                                valid13 = valid13 || _valid0;
                              }
                              if (!valid13) {
                                const err24 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/attribute",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf",
                                  keyword: "anyOf",
                                  params: {},
                                };
                                if (vErrors === null) {
                                  vErrors = [err24];
                                } else {
                                  vErrors.push(err24);
                                }
                                errors++;
                              } else {
                                errors = _errs30;
                                if (vErrors !== null) {
                                  if (_errs30) {
                                    vErrors.length = _errs30;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data10.value !== undefined) {
                              let data18 = data10.value;
                              const _errs42 = errors;
                              let valid15 = false;
                              const _errs43 = errors;
                              if (typeof data18 !== "boolean") {
                                const err25 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/value",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/0/type",
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
                              var _valid1 = _errs43 === errors;
                              valid15 = valid15 || _valid1;
                              if (!valid15) {
                                const _errs45 = errors;
                                if (typeof data18 !== "string") {
                                  const err26 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/value",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/1/type",
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
                                var _valid1 = _errs45 === errors;
                                valid15 = valid15 || _valid1;
                                if (!valid15) {
                                  const _errs47 = errors;
                                  if (
                                    !(
                                      typeof data18 == "number" &&
                                      isFinite(data18)
                                    )
                                  ) {
                                    const err27 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/value",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/2/type",
                                      keyword: "type",
                                      params: { type: "number" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err27];
                                    } else {
                                      vErrors.push(err27);
                                    }
                                    errors++;
                                  }
                                  var _valid1 = _errs47 === errors;
                                  valid15 = valid15 || _valid1;
                                  if (!valid15) {
                                    const _errs49 = errors;
                                    if (Array.isArray(data18)) {
                                      const len3 = data18.length;
                                      for (let i3 = 0; i3 < len3; i3++) {
                                        if (typeof data18[i3] !== "string") {
                                          const err28 = {
                                            instancePath:
                                              instancePath +
                                              "/data/executions/" +
                                              i0 +
                                              "/rules/" +
                                              i1 +
                                              "/rule_data/value/" +
                                              i3,
                                            schemaPath:
                                              "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/3/items/type",
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
                                    } else {
                                      const err29 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/value",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/3/type",
                                        keyword: "type",
                                        params: { type: "array" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err29];
                                      } else {
                                        vErrors.push(err29);
                                      }
                                      errors++;
                                    }
                                    var _valid1 = _errs49 === errors;
                                    valid15 = valid15 || _valid1;
                                    if (!valid15) {
                                      const _errs53 = errors;
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
                                            const err30 = {
                                              instancePath:
                                                instancePath +
                                                "/data/executions/" +
                                                i0 +
                                                "/rules/" +
                                                i1 +
                                                "/rule_data/value/" +
                                                i4,
                                              schemaPath:
                                                "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/4/items/type",
                                              keyword: "type",
                                              params: { type: "number" },
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err30];
                                            } else {
                                              vErrors.push(err30);
                                            }
                                            errors++;
                                          }
                                        }
                                      } else {
                                        const err31 = {
                                          instancePath:
                                            instancePath +
                                            "/data/executions/" +
                                            i0 +
                                            "/rules/" +
                                            i1 +
                                            "/rule_data/value",
                                          schemaPath:
                                            "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/4/type",
                                          keyword: "type",
                                          params: { type: "array" },
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err31];
                                        } else {
                                          vErrors.push(err31);
                                        }
                                        errors++;
                                      }
                                      var _valid1 = _errs53 === errors;
                                      valid15 = valid15 || _valid1;
                                      if (!valid15) {
                                        const _errs57 = errors;
                                        if (data18 !== null) {
                                          const err32 = {
                                            instancePath:
                                              instancePath +
                                              "/data/executions/" +
                                              i0 +
                                              "/rules/" +
                                              i1 +
                                              "/rule_data/value",
                                            schemaPath:
                                              "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf/5/type",
                                            keyword: "type",
                                            params: { type: "null" },
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err32];
                                          } else {
                                            vErrors.push(err32);
                                          }
                                          errors++;
                                        }
                                        var _valid1 = _errs57 === errors;
                                        valid15 = valid15 || _valid1;
                                      }
                                    }
                                  }
                                }
                              }
                              if (!valid15) {
                                const err33 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/value",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf",
                                  keyword: "anyOf",
                                  params: {},
                                };
                                if (vErrors === null) {
                                  vErrors = [err33];
                                } else {
                                  vErrors.push(err33);
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
                            if (data10.operator !== undefined) {
                              let data21 = data10.operator;
                              if (typeof data21 !== "string") {
                                const err34 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/operator",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/operator/type",
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
                                  data21 === "$exists" ||
                                  data21 === "$has" ||
                                  data21 === "$nhas"
                                )
                              ) {
                                const err35 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/operator",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/operator/enum",
                                  keyword: "enum",
                                  params: {
                                    allowedValues:
                                      schema33.properties.data.properties
                                        .executions.items.properties.rules.items
                                        .properties.rule_data.properties
                                        .operator.enum,
                                  },
                                };
                                if (vErrors === null) {
                                  vErrors = [err35];
                                } else {
                                  vErrors.push(err35);
                                }
                                errors++;
                              }
                            }
                            if (data10.type !== undefined) {
                              let data22 = data10.type;
                              if (
                                typeof data22 !== "string" &&
                                data22 !== null
                              ) {
                                const err36 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/type",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/type/type",
                                  keyword: "type",
                                  params: {
                                    type: schema33.properties.data.properties
                                      .executions.items.properties.rules.items
                                      .properties.rule_data.properties.type
                                      .type,
                                  },
                                };
                                if (vErrors === null) {
                                  vErrors = [err36];
                                } else {
                                  vErrors.push(err36);
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
                                  data22 === "IDScanPassport" ||
                                  data22 === null
                                )
                              ) {
                                const err37 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/type",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/type/enum",
                                  keyword: "enum",
                                  params: {
                                    allowedValues:
                                      schema33.properties.data.properties
                                        .executions.items.properties.rules.items
                                        .properties.rule_data.properties.type
                                        .enum,
                                  },
                                };
                                if (vErrors === null) {
                                  vErrors = [err37];
                                } else {
                                  vErrors.push(err37);
                                }
                                errors++;
                              }
                            }
                            if (data10.secondaryAttribute !== undefined) {
                              let data23 = data10.secondaryAttribute;
                              const _errs64 = errors;
                              let valid20 = false;
                              const _errs65 = errors;
                              if (typeof data23 !== "string") {
                                const err38 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/secondaryAttribute",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf/0/type",
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
                              var _valid2 = _errs65 === errors;
                              valid20 = valid20 || _valid2;
                              if (!valid20) {
                                const _errs67 = errors;
                                if (
                                  data23 &&
                                  typeof data23 == "object" &&
                                  !Array.isArray(data23)
                                ) {
                                  if (data23.version === undefined) {
                                    const err39 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/secondaryAttribute",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf/1/required",
                                      keyword: "required",
                                      params: { missingProperty: "version" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err39];
                                    } else {
                                      vErrors.push(err39);
                                    }
                                    errors++;
                                  }
                                  if (data23.schema === undefined) {
                                    const err40 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/secondaryAttribute",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf/1/required",
                                      keyword: "required",
                                      params: { missingProperty: "schema" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err40];
                                    } else {
                                      vErrors.push(err40);
                                    }
                                    errors++;
                                  }
                                  if (data23.path === undefined) {
                                    const err41 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/secondaryAttribute",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf/1/required",
                                      keyword: "required",
                                      params: { missingProperty: "path" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err41];
                                    } else {
                                      vErrors.push(err41);
                                    }
                                    errors++;
                                  }
                                  if (data23.version !== undefined) {
                                    let data24 = data23.version;
                                    if (typeof data24 !== "string") {
                                      const err42 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/secondaryAttribute/version",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf/1/properties/version/type",
                                        keyword: "type",
                                        params: { type: "string" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err42];
                                      } else {
                                        vErrors.push(err42);
                                      }
                                      errors++;
                                    }
                                    if (!(data24 === "v1")) {
                                      const err43 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/secondaryAttribute/version",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf/1/properties/version/enum",
                                        keyword: "enum",
                                        params: {
                                          allowedValues:
                                            schema33.properties.data.properties
                                              .executions.items.properties.rules
                                              .items.properties.rule_data
                                              .properties.secondaryAttribute
                                              .anyOf[1].properties.version.enum,
                                        },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err43];
                                      } else {
                                        vErrors.push(err43);
                                      }
                                      errors++;
                                    }
                                  }
                                  if (data23.schema !== undefined) {
                                    let data25 = data23.schema;
                                    if (typeof data25 !== "string") {
                                      const err44 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/secondaryAttribute/schema",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf/1/properties/schema/type",
                                        keyword: "type",
                                        params: { type: "string" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err44];
                                      } else {
                                        vErrors.push(err44);
                                      }
                                      errors++;
                                    }
                                    if (
                                      !(
                                        data25 === "Customer" ||
                                        data25 === "KycSession" ||
                                        data25 === "Transaction" ||
                                        data25 === "Tfhe" ||
                                        data25 === "TfheKycSession" ||
                                        data25 === "Web3Transaction"
                                      )
                                    ) {
                                      const err45 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/secondaryAttribute/schema",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf/1/properties/schema/enum",
                                        keyword: "enum",
                                        params: {
                                          allowedValues:
                                            schema33.properties.data.properties
                                              .executions.items.properties.rules
                                              .items.properties.rule_data
                                              .properties.secondaryAttribute
                                              .anyOf[1].properties.schema.enum,
                                        },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err45];
                                      } else {
                                        vErrors.push(err45);
                                      }
                                      errors++;
                                    }
                                  }
                                  if (data23.path !== undefined) {
                                    if (typeof data23.path !== "string") {
                                      const err46 = {
                                        instancePath:
                                          instancePath +
                                          "/data/executions/" +
                                          i0 +
                                          "/rules/" +
                                          i1 +
                                          "/rule_data/secondaryAttribute/path",
                                        schemaPath:
                                          "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf/1/properties/path/type",
                                        keyword: "type",
                                        params: { type: "string" },
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err46];
                                      } else {
                                        vErrors.push(err46);
                                      }
                                      errors++;
                                    }
                                  }
                                } else {
                                  const err47 = {
                                    instancePath:
                                      instancePath +
                                      "/data/executions/" +
                                      i0 +
                                      "/rules/" +
                                      i1 +
                                      "/rule_data/secondaryAttribute",
                                    schemaPath:
                                      "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf/1/type",
                                    keyword: "type",
                                    params: { type: "object" },
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err47];
                                  } else {
                                    vErrors.push(err47);
                                  }
                                  errors++;
                                }
                                var _valid2 = _errs67 === errors;
                                valid20 = valid20 || _valid2;
                                if (!valid20) {
                                  const _errs75 = errors;
                                  if (data23 !== null) {
                                    const err48 = {
                                      instancePath:
                                        instancePath +
                                        "/data/executions/" +
                                        i0 +
                                        "/rules/" +
                                        i1 +
                                        "/rule_data/secondaryAttribute",
                                      schemaPath:
                                        "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf/2/type",
                                      keyword: "type",
                                      params: { type: "null" },
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err48];
                                    } else {
                                      vErrors.push(err48);
                                    }
                                    errors++;
                                  }
                                  var _valid2 = _errs75 === errors;
                                  valid20 = valid20 || _valid2;
                                }
                              }
                              if (!valid20) {
                                const err49 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/secondaryAttribute",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf",
                                  keyword: "anyOf",
                                  params: {},
                                };
                                if (vErrors === null) {
                                  vErrors = [err49];
                                } else {
                                  vErrors.push(err49);
                                }
                                errors++;
                              } else {
                                errors = _errs64;
                                if (vErrors !== null) {
                                  if (_errs64) {
                                    vErrors.length = _errs64;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data10.displayMode !== undefined) {
                              let data27 = data10.displayMode;
                              if (
                                typeof data27 !== "string" &&
                                data27 !== null
                              ) {
                                const err50 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/displayMode",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/displayMode/type",
                                  keyword: "type",
                                  params: {
                                    type: schema33.properties.data.properties
                                      .executions.items.properties.rules.items
                                      .properties.rule_data.properties
                                      .displayMode.type,
                                  },
                                };
                                if (vErrors === null) {
                                  vErrors = [err50];
                                } else {
                                  vErrors.push(err50);
                                }
                                errors++;
                              }
                              if (
                                !(
                                  data27 === "amount" ||
                                  data27 === "percentage" ||
                                  data27 === null
                                )
                              ) {
                                const err51 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/displayMode",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/displayMode/enum",
                                  keyword: "enum",
                                  params: {
                                    allowedValues:
                                      schema33.properties.data.properties
                                        .executions.items.properties.rules.items
                                        .properties.rule_data.properties
                                        .displayMode.enum,
                                  },
                                };
                                if (vErrors === null) {
                                  vErrors = [err51];
                                } else {
                                  vErrors.push(err51);
                                }
                                errors++;
                              }
                            }
                            if (data10.timeframe !== undefined) {
                              let data28 = data10.timeframe;
                              if (
                                typeof data28 !== "string" &&
                                data28 !== null
                              ) {
                                const err52 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/timeframe",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/timeframe/type",
                                  keyword: "type",
                                  params: {
                                    type: schema33.properties.data.properties
                                      .executions.items.properties.rules.items
                                      .properties.rule_data.properties.timeframe
                                      .type,
                                  },
                                };
                                if (vErrors === null) {
                                  vErrors = [err52];
                                } else {
                                  vErrors.push(err52);
                                }
                                errors++;
                              }
                              if (
                                !(
                                  data28 === "daily" ||
                                  data28 === "weekly" ||
                                  data28 === "monthly" ||
                                  data28 === "yearly" ||
                                  data28 === null
                                )
                              ) {
                                const err53 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/timeframe",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/timeframe/enum",
                                  keyword: "enum",
                                  params: {
                                    allowedValues:
                                      schema33.properties.data.properties
                                        .executions.items.properties.rules.items
                                        .properties.rule_data.properties
                                        .timeframe.enum,
                                  },
                                };
                                if (vErrors === null) {
                                  vErrors = [err53];
                                } else {
                                  vErrors.push(err53);
                                }
                                errors++;
                              }
                            }
                            if (data10.datasetColumnId !== undefined) {
                              let data29 = data10.datasetColumnId;
                              if (
                                typeof data29 !== "string" &&
                                data29 !== null
                              ) {
                                const err54 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/datasetColumnId",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/datasetColumnId/type",
                                  keyword: "type",
                                  params: {
                                    type: schema33.properties.data.properties
                                      .executions.items.properties.rules.items
                                      .properties.rule_data.properties
                                      .datasetColumnId.type,
                                  },
                                };
                                if (vErrors === null) {
                                  vErrors = [err54];
                                } else {
                                  vErrors.push(err54);
                                }
                                errors++;
                              }
                            }
                            if (data10.sourceDatasetColumnId !== undefined) {
                              let data30 = data10.sourceDatasetColumnId;
                              if (
                                typeof data30 !== "string" &&
                                data30 !== null
                              ) {
                                const err55 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/sourceDatasetColumnId",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/sourceDatasetColumnId/type",
                                  keyword: "type",
                                  params: {
                                    type: schema33.properties.data.properties
                                      .executions.items.properties.rules.items
                                      .properties.rule_data.properties
                                      .sourceDatasetColumnId.type,
                                  },
                                };
                                if (vErrors === null) {
                                  vErrors = [err55];
                                } else {
                                  vErrors.push(err55);
                                }
                                errors++;
                              }
                            }
                            if (data10.specialDataSetType !== undefined) {
                              let data31 = data10.specialDataSetType;
                              if (
                                typeof data31 !== "string" &&
                                data31 !== null
                              ) {
                                const err56 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/specialDataSetType",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/specialDataSetType/type",
                                  keyword: "type",
                                  params: {
                                    type: schema33.properties.data.properties
                                      .executions.items.properties.rules.items
                                      .properties.rule_data.properties
                                      .specialDataSetType.type,
                                  },
                                };
                                if (vErrors === null) {
                                  vErrors = [err56];
                                } else {
                                  vErrors.push(err56);
                                }
                                errors++;
                              }
                              if (
                                !(
                                  data31 === "ACTIVE_USERS_ADDRESSES" ||
                                  data31 === null
                                )
                              ) {
                                const err57 = {
                                  instancePath:
                                    instancePath +
                                    "/data/executions/" +
                                    i0 +
                                    "/rules/" +
                                    i1 +
                                    "/rule_data/specialDataSetType",
                                  schemaPath:
                                    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/specialDataSetType/enum",
                                  keyword: "enum",
                                  params: {
                                    allowedValues:
                                      schema33.properties.data.properties
                                        .executions.items.properties.rules.items
                                        .properties.rule_data.properties
                                        .specialDataSetType.enum,
                                  },
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
                        if (data4.status !== undefined) {
                          let data32 = data4.status;
                          if (typeof data32 !== "string" && data32 !== null) {
                            const err58 = {
                              instancePath:
                                instancePath +
                                "/data/executions/" +
                                i0 +
                                "/rules/" +
                                i1 +
                                "/status",
                              schemaPath:
                                "#/properties/data/properties/executions/items/properties/rules/items/properties/status/type",
                              keyword: "type",
                              params: {
                                type: schema33.properties.data.properties
                                  .executions.items.properties.rules.items
                                  .properties.status.type,
                              },
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
                              data32 === "valid" ||
                              data32 === "not-valid" ||
                              data32 === "error" ||
                              data32 === "unknown" ||
                              data32 === "skipped" ||
                              data32 === null
                            )
                          ) {
                            const err59 = {
                              instancePath:
                                instancePath +
                                "/data/executions/" +
                                i0 +
                                "/rules/" +
                                i1 +
                                "/status",
                              schemaPath:
                                "#/properties/data/properties/executions/items/properties/rules/items/properties/status/enum",
                              keyword: "enum",
                              params: {
                                allowedValues:
                                  schema33.properties.data.properties.executions
                                    .items.properties.rules.items.properties
                                    .status.enum,
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
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err61 = {
                      instancePath:
                        instancePath + "/data/executions/" + i0 + "/rules",
                      schemaPath:
                        "#/properties/data/properties/executions/items/properties/rules/type",
                      keyword: "type",
                      params: { type: "array" },
                    };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data2.scenarioId !== undefined) {
                  if (typeof data2.scenarioId !== "string") {
                    const err62 = {
                      instancePath:
                        instancePath + "/data/executions/" + i0 + "/scenarioId",
                      schemaPath:
                        "#/properties/data/properties/executions/items/properties/scenarioId/type",
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
                if (data2.scenarioStatus !== undefined) {
                  let data34 = data2.scenarioStatus;
                  if (typeof data34 !== "string") {
                    const err63 = {
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
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                  if (
                    !(
                      data34 === "valid" ||
                      data34 === "not-valid" ||
                      data34 === "error" ||
                      data34 === "unknown" ||
                      data34 === "skipped"
                    )
                  ) {
                    const err64 = {
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
                          schema33.properties.data.properties.executions.items
                            .properties.scenarioStatus.enum,
                      },
                    };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
              } else {
                const err65 = {
                  instancePath: instancePath + "/data/executions/" + i0,
                  schemaPath:
                    "#/properties/data/properties/executions/items/type",
                  keyword: "type",
                  params: { type: "object" },
                };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          }
        }
        if (data0.execution_status !== undefined) {
          let data35 = data0.execution_status;
          if (typeof data35 !== "string") {
            const err66 = {
              instancePath: instancePath + "/data/execution_status",
              schemaPath: "#/properties/data/properties/execution_status/type",
              keyword: "type",
              params: { type: "string" },
            };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (
            !(
              data35 === "valid" ||
              data35 === "not-valid" ||
              data35 === "error" ||
              data35 === "unknown" ||
              data35 === "skipped"
            )
          ) {
            const err67 = {
              instancePath: instancePath + "/data/execution_status",
              schemaPath: "#/properties/data/properties/execution_status/enum",
              keyword: "enum",
              params: {
                allowedValues:
                  schema33.properties.data.properties.execution_status.enum,
              },
            };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = {
          instancePath: instancePath + "/data",
          schemaPath: "#/properties/data/type",
          keyword: "type",
          params: { type: "object" },
        };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
  } else {
    const err69 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
    };
    if (vErrors === null) {
      vErrors = [err69];
    } else {
      vErrors.push(err69);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
export const validateApiErrorBody = validate23;
const schema34 = {
  $id: "validateApiErrorBody",
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
  /*# sourceURL="validateApiErrorBody" */ let vErrors = null;
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
export const unions = {
  validateEnvelope: {},
  validateKycProviderEventLog: {
    "#/properties/data/properties/event/anyOf": {
      name: "SynapsEvent",
      branches: ["SynapsSessionEvent", "SynapsStepEvent", "null"],
    },
  },
  validateScenarioExecutionLog: {
    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/attribute/anyOf":
      { name: "RuleAttribute", branches: ["string", "VaultMetadataLink"] },
    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/value/anyOf":
      {
        name: "RuleValue",
        branches: [
          "boolean",
          "string",
          "number",
          "string[]",
          "number[]",
          "null",
        ],
      },
    "#/properties/data/properties/executions/items/properties/rules/items/properties/rule_data/properties/secondaryAttribute/anyOf":
      {
        name: "RuleAttribute",
        branches: ["string", "VaultMetadataLink", "null"],
      },
  },
  validateApiErrorBody: {},
};
