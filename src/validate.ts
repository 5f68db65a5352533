// Entry of `compilot-activity-logs/validate`: the runtime contract checks (src/model/validate.ts). The compiled
// validators are large, so the core never imports this entry: the client loads the checks on demand.
export {
  MAX_ISSUES,
  checkActivityLogsResponse,
  checkApiErrorBody,
  checkBody,
  isValidActivityLogsResponse,
  isValidApiErrorBody,
  type BodyCheck,
  type ContractIssue,
  type ContractViolation,
} from "./model/validate.ts";
