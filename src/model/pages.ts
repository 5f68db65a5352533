// The API's page arithmetic (`currentPage` from 1, `limit` per page, `totalCount` in all), in one place for the mock
// kit, the demo, the bench server and the tests.

/** The logs of page `currentPage` (from 1) when pages hold `limit` logs each. */
export function pageOf<T>(items: readonly T[], currentPage: number, limit: number): T[] {
  return items.slice((currentPage - 1) * limit, currentPage * limit);
}

/** How many pages of `limit` logs hold `totalCount` logs (at least one: an empty history is one empty page). */
export function pageCount(totalCount: number, limit: number): number {
  return Math.max(1, Math.ceil(totalCount / limit));
}
