// Entry of `compilot-activity-logs/server`: the same-origin proxy (src/proxy/), so browsers read activity logs without
// ever holding the API key.
export { createActivityLogsProxy, type ActivityLogsProxy, type ActivityLogsProxyOptions } from "./proxy/proxy.ts";
