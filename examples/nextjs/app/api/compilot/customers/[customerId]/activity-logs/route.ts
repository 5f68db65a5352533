// app/api/compilot/customers/[customerId]/activity-logs/route.ts
import { createActivityLogsProxy } from "compilot-activity-logs/server";
import { getSession } from "./session"; // your own session lookup

export const GET = createActivityLogsProxy({
  // Read when the route module loads, which Next.js also does while building: a missing key only warns, and each
  // request then gets a 500 until the key is set. A malformed one throws a TypeError here.
  apiKey: process.env.COMPILOT_API_KEY,
  // Unset: https://api.compilot.ai. In development, `npx compilot-activity-logs mock` and http://127.0.0.1:4010.
  baseUrl: process.env.COMPILOT_BASE_URL,
  // Required: without it, any visitor could read any customer.
  // A falsy answer (or a throw) is a 403, with no upstream call.
  authorize: async (request, customerId) => (await getSession(request))?.customerId === customerId,
});
