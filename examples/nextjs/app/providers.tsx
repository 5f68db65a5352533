"use client";
// One QueryClient per browser tab (a new one per server render), as TanStack Query's SSR guide sets it up.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

export function Providers({ children }: { children: ReactNode }) {
  // A minute before the prefetched pages count as stale: the browser does not fetch them again at once.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } }));
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
