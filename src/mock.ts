// Entry of `compilot-activity-logs/mock`: the typed payload factories on their own, with no msw import, for tests that
// mock with something else (nock, a local server, a stubbed fetch) or build fixtures without msw installed.
// `compilot-activity-logs/msw` re-exports the same list next to its handlers.
export {
  makeActivityLogsResponse,
  makeApiErrorBody,
  makeKycProviderEventLog,
  makeRuleExecution,
  makeScenarioExecution,
  makeScenarioExecutionLog,
  makeSynapsSessionEvent,
  makeSynapsStepEvent,
  mockCustomerId,
  resetMockSequence,
} from "./mock/factories.ts";
export type { DeepPartial } from "./mock/factories.ts";
