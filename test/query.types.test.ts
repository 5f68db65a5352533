// The factories as a React or Vue app uses them. Type-level only: the hooks are never called (no component renders
// here), the assertions are checked by `npm run typecheck`, which compiles every file of test/.
import { readFileSync } from "node:fs";
import type { InfiniteData } from "@tanstack/query-core";
import { computed, ref } from "vue";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createActivityLogsClient, type ActivityLogsResponse } from "../src/index.ts";
import {
  activityLogsInfiniteQueryOptions,
  activityLogsQueryOptions,
  type ActivityLogsQueryError,
} from "../src/query.ts";

declare const react: typeof import("@tanstack/react-query");
declare const vue: typeof import("@tanstack/vue-query");
const client = createActivityLogsClient();

describe("query factories in @tanstack/react-query", () => {
  it("fit useQuery with typed data and error", () => {
    expectTypeOf(() => {
      const { data, error } = react.useQuery(activityLogsQueryOptions(client, "c-1", { currentPage: 2 }));
      expectTypeOf(data).toEqualTypeOf<ActivityLogsResponse | undefined>();
      expectTypeOf(error).toEqualTypeOf<ActivityLogsQueryError | null>();
      // @ts-expect-error data may be undefined until the first page arrives
      void data.totalCount;
    }).toBeFunction();
  });

  it("fit useQuery with spread overrides (enabled, select, staleTime)", () => {
    expectTypeOf(() => {
      const id: string | undefined = undefined;
      const { data } = react.useQuery({
        ...activityLogsQueryOptions(client, id ?? ""),
        enabled: id !== undefined,
        staleTime: 30_000,
        select: (page) => page.activityLogs.length,
      });
      expectTypeOf(data).toEqualTypeOf<number | undefined>();
    }).toBeFunction();
  });

  it("fit useSuspenseQuery and queryOptions", () => {
    expectTypeOf(() => {
      expectTypeOf(
        react.useSuspenseQuery(activityLogsQueryOptions(client, "c-1")).data,
      ).toEqualTypeOf<ActivityLogsResponse>();
      const options = react.queryOptions(activityLogsQueryOptions(client, "c-1"));
      expectTypeOf(react.useQueryClient().getQueryData(options.queryKey)).toEqualTypeOf<
        ActivityLogsResponse | undefined
      >();
    }).toBeFunction();
  });

  it("fit useInfiniteQuery with typed pages and error", () => {
    expectTypeOf(() => {
      const { data, error, fetchNextPage, hasNextPage } = react.useInfiniteQuery(
        activityLogsInfiniteQueryOptions(client, "c-1", { limit: 50 }),
      );
      expectTypeOf(data).toEqualTypeOf<InfiniteData<ActivityLogsResponse> | undefined>();
      expectTypeOf(error).toEqualTypeOf<ActivityLogsQueryError | null>();
      expectTypeOf(hasNextPage).toEqualTypeOf<boolean>();
      expectTypeOf(fetchNextPage).toBeFunction();
      expectTypeOf(
        react.useSuspenseInfiniteQuery(activityLogsInfiniteQueryOptions(client, "c-1")).data.pages,
      ).toEqualTypeOf<ActivityLogsResponse[]>();
    }).toBeFunction();
  });

  it("refuse a page query where an infinite one is expected", () => {
    expectTypeOf(() => {
      // @ts-expect-error no initialPageParam nor getNextPageParam
      react.useInfiniteQuery(activityLogsQueryOptions(client, "c-1"));
    }).toBeFunction();
  });
});

describe("query factories in @tanstack/vue-query", () => {
  it("fit useQuery, also as a computed of a reactive id", () => {
    expectTypeOf(() => {
      const { data, error } = vue.useQuery(activityLogsQueryOptions(client, "c-1"));
      expectTypeOf(data.value).toEqualTypeOf<ActivityLogsResponse | undefined>();
      expectTypeOf(error.value).toEqualTypeOf<ActivityLogsQueryError | null>();
      const id = ref("c-1");
      const reactive = vue.useQuery(computed(() => activityLogsQueryOptions(client, id.value)));
      expectTypeOf(reactive.data.value).toEqualTypeOf<ActivityLogsResponse | undefined>();
    }).toBeFunction();
  });

  it("fit useInfiniteQuery", () => {
    expectTypeOf(() => {
      const { data, error } = vue.useInfiniteQuery(activityLogsInfiniteQueryOptions(client, "c-1"));
      expectTypeOf(data.value).toEqualTypeOf<InfiniteData<ActivityLogsResponse> | undefined>();
      expectTypeOf(error.value).toEqualTypeOf<ActivityLogsQueryError | null>();
    }).toBeFunction();
  });
});

describe("query entry at run time", () => {
  it("imports nothing of TanStack's at run time (types only), so the peer stays optional", () => {
    const source = readFileSync(new URL("../src/query/tanstack-query.ts", import.meta.url), "utf8");
    const imports = source.match(/^import .* from "@tanstack\/[^"]+";$/gm) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((line) => !line.startsWith("import type "))).toEqual([]);
  });
});
