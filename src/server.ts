// Entry of `compilot-activity-logs/server`: the same-origin proxy (src/proxy/), so browsers read activity logs without
// ever holding the API key, and its adapter for node:http and Express.
export { createActivityLogsProxy, type ActivityLogsProxy, type ActivityLogsProxyOptions } from "./proxy/proxy.ts";
export { toNodeListener, type NodeListenerRequest, type NodeListenerResponse } from "./proxy/node-listener.ts";
