// Entry of `compilot-activity-logs/msw`: fixture factories and msw handlers for testing code that calls the API.
// Node-only code (node:http) stays out of this import graph so browser test bundles can use it. The factories are the
// ones `./mock` exports, from the same module (test/mock-entry.test.ts holds the two lists together).
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
export {
  activityLogsErrorHandler,
  activityLogsHandler,
  activityLogsHandlers,
  activityLogsRoute,
} from "./mock/handlers.ts";
export type {
  ActivityLogsHandlersOptions,
  ActivityLogsMockBody,
  ActivityLogsPathParams,
  ActivityLogsResolver,
  ActivityLogsRouteOptions,
} from "./mock/handlers.ts";
