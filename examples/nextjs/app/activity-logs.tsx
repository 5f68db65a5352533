// app/activity-logs.tsx: every log of the customer, a page at a time, through the proxy
"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { matchActivityLog, matchSynapsEvent, type ActivityLog } from "compilot-activity-logs";
import { activityLogsInfiniteQueryOptions } from "compilot-activity-logs/query";
import { client } from "@/lib/client";

const describe = (log: ActivityLog) =>
  matchActivityLog(log, {
    kycProviderEvent: ({ data }) =>
      matchSynapsEvent(data.event, {
        step: (event) => `KYC step ${event.type}: ${event.status}`,
        session: (event) => `KYC session: ${event.status}`,
        none: () => "KYC: no event",
        unknown: () => "KYC: an event this version does not know",
      }),
    scenarioExecution: ({ data }) =>
      `Scenarios: ${data.execution_status ?? "no status"} (${(data.executions ?? []).flatMap((e) => e.rules).length} rules)`,
    unknown: () => "A log this version does not know",
  });

export function ActivityLogs({ customerId }: { customerId: string }) {
  const query = useInfiniteQuery(activityLogsInfiniteQueryOptions(client, customerId, { limit: 20 }));
  if (query.isPending) return <p>Loading…</p>;
  if (query.isError) return <p role="alert">{query.error.message}</p>;
  const logs = query.data.pages.flatMap((page) => page.activityLogs);
  return (
    <main>
      <h1>
        {logs.length} of {query.data.pages[0]?.totalCount} activity logs
      </h1>
      <ol>
        {logs.map((log, i) => (
          <li key={i}>{describe(log)}</li>
        ))}
      </ol>
      <button disabled={!query.hasNextPage || query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
        {query.hasNextPage ? "Load more" : "All loaded"}
      </button>
    </main>
  );
}
