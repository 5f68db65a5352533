// Entry of `compilot-activity-logs/query`: TanStack Query v5 option factories (src/query/tanstack-query.ts).
export {
  activityLogsInfiniteQueryOptions,
  activityLogsKeys,
  activityLogsQueryOptions,
  type ActivityLogsInfiniteKey,
  type ActivityLogsInfiniteParams,
  type ActivityLogsInfiniteQueryOptions,
  type ActivityLogsPageKey,
  type ActivityLogsPageParams,
  type ActivityLogsQueryError,
  type ActivityLogsQueryOptions,
} from "./query/tanstack-query.ts";
