// app/page.tsx: a server component prefetches the first page with the keyed client and hands the cache to the browser
import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import { activityLogsInfiniteQueryOptions } from "compilot-activity-logs/query";
import { cookies } from "next/headers";
import { serverClient } from "@/lib/server-client";
import { SESSION_COOKIE } from "@/lib/session-cookie";
import { ActivityLogs } from "./activity-logs";

export default async function Page() {
  const customerId = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!customerId) return <p>Not signed in.</p>;
  const queryClient = new QueryClient();
  // The same query key as the browser's: the browser starts from this page and fetches the next ones itself.
  await queryClient.prefetchInfiniteQuery(activityLogsInfiniteQueryOptions(serverClient, customerId, { limit: 20 }));
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ActivityLogs customerId={customerId} />
    </HydrationBoundary>
  );
}
