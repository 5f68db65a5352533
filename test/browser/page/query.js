// The query page: TanStack Query (query-core, no framework) with the package's option factories, against the
// same-origin proxy (`compilot-activity-logs/server` in the page's Node server), which holds the key and calls the
// mock API on another port. The page has no key. Query: ?customer=<customer id>&forbidden=<a customer it may not read>
import { QueryClient } from "@tanstack/query-core";
import { createActivityLogsClient, isApiError, isKycProviderEventLog } from "compilot-activity-logs";
import {
  activityLogsInfiniteQueryOptions,
  activityLogsKeys,
  activityLogsQueryOptions,
} from "compilot-activity-logs/query";
import { finish, print } from "./report.js";

const params = new URLSearchParams(location.search);
const customer = params.get("customer");

async function main() {
  const client = createActivityLogsClient({ baseUrl: `${location.origin}/api/compilot` });
  const queryClient = new QueryClient();

  const first = await queryClient.fetchQuery(activityLogsQueryOptions(client, customer, { currentPage: 1, limit: 2 }));
  print(
    `page 1: ${first.activityLogs.length} of ${first.totalCount}, kyc ${first.activityLogs.filter(isKycProviderEventLog).length}`,
  );
  const cached = queryClient.getQueryData(activityLogsKeys.page(customer, { currentPage: 1, limit: 2 }));
  print(`cached: ${cached === first}`);

  const all = await queryClient.fetchInfiniteQuery({
    ...activityLogsInfiniteQueryOptions(client, customer, { limit: 3 }),
    pages: 5,
  });
  print(`infinite: ${all.pages.length} pages, ${all.pages.flatMap((page) => page.activityLogs).length} logs`);

  try {
    await queryClient.fetchQuery(activityLogsQueryOptions(client, params.get("forbidden")));
    print("forbidden: answered");
  } catch (error) {
    print(`forbidden: ${isApiError(error) ? `ApiError ${error.status}` : `other ${error}`}`);
  }
  queryClient.clear();
}

finish(main());
