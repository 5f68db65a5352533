// lib/server-client.ts: the server's client, with the key; `server-only` makes importing it from a client component a build error
import "server-only";
import { createActivityLogsClient } from "compilot-activity-logs";

export const serverClient = createActivityLogsClient({
  apiKey: process.env.COMPILOT_API_KEY,
  baseUrl: process.env.COMPILOT_BASE_URL,
});
