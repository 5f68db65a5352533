// lib/client.ts: the browser's client, keyless, made at module level (server rendering included)
import { createActivityLogsClient } from "compilot-activity-logs";

export const client = createActivityLogsClient({ baseUrl: "/api/compilot" });
