// Entry of `compilot-activity-logs/msw`: fixture factories and msw handlers for testing code that calls the API.
// Node-only code (node:http) stays out of this import graph so browser test bundles can use it. The factories are
// `./mock`'s, re-exported whole.
export * from "./mock.ts";
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
