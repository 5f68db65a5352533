// Alignment of a docs page with the spec's projection, both in document order: one weighted longest common
// subsequence, used for the items and, inside a pair of enums, for their values.
import type { DocsPage, PageItem } from "../seed-parse.ts";
import type { SpecItem } from "./project.ts";

/**
 * The pairs `[i, j]`, in order, that maximise the summed `weight(a[i], b[j])` (weighted longest common subsequence);
 * a weight of 0 means the two cannot pair. With weights 0/1 it is the classic LCS.
 */
export function lcs<A, B>(a: readonly A[], b: readonly B[], weight: (x: A, y: B) => number): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  // score[i * (m + 1) + j]: the best total for a[i..] and b[j..].
  const score = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => score[i * (m + 1) + j] as number;
  const weights = new Float64Array(n * m);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const w = weight(a[i] as A, b[j] as B);
      weights[i * m + j] = w;
      const skip = Math.max(at(i + 1, j), at(i, j + 1));
      score[i * (m + 1) + j] = w > 0 ? Math.max(skip, w + at(i + 1, j + 1)) : skip;
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const w = weights[i * m + j] as number;
    if (w > 0 && at(i, j) === w + at(i + 1, j + 1)) pairs.push([i++, j++]);
    else if (at(i, j) === at(i + 1, j)) i++;
    else j++;
  }
  return pairs;
}

/** One page item paired with a spec item. */
export interface Pair {
  page: PageItem;
  spec: SpecItem;
  /** For enums: the [page index, spec index] pairs of values kept in order. */
  valuePairs?: Array<[number, number]>;
}

/** The page and the projection, aligned in document order. */
export interface Alignment {
  pairs: Pair[];
  /** Page items with no counterpart in the spec. */
  pageOnly: PageItem[];
  /** Spec items with no counterpart on the page (optional ones included). */
  specOnly: SpecItem[];
}

const same = (x: string, y: string): number => (x === y ? 1 : 0);

const valuePairsCache = new WeakMap<PageItem, Map<SpecItem, Array<[number, number]>>>();
function valuePairs(a: PageItem, b: SpecItem): Array<[number, number]> {
  let byPage = valuePairsCache.get(a);
  if (!byPage) valuePairsCache.set(a, (byPage = new Map()));
  let pairs = byPage.get(b);
  if (!pairs) byPage.set(b, (pairs = lcs(a.values ?? [], b.values ?? [], same)));
  return pairs;
}

// How much pairing a and b is worth; 0 when they cannot be the same element.
function weight(a: PageItem, b: SpecItem): number {
  if (a.kind !== b.kind || a.section !== b.section) return 0;
  if (a.kind === "enum") {
    const kept = valuePairs(a, b).length;
    // Same enum if at least half its values survive in order: enough to follow additions, removals and reorders.
    return kept * 2 >= Math.max(a.values?.length ?? 0, b.values?.length ?? 0) ? kept : 0;
  }
  return a.text === b.text ? 1 : 0;
}

/** Aligns the page with the projection. */
export function align(page: DocsPage, projection: readonly SpecItem[]): Alignment {
  const matched = lcs(page.items, projection, weight);
  const pairs = matched.map(([i, j]): Pair => {
    const pa = page.items[i] as PageItem;
    const sb = projection[j] as SpecItem;
    return { page: pa, spec: sb, ...(pa.kind === "enum" ? { valuePairs: valuePairs(pa, sb) } : {}) };
  });
  const pagePaired = new Set(matched.map(([i]) => i));
  const specPaired = new Set(matched.map(([, j]) => j));
  return {
    pairs,
    pageOnly: page.items.filter((_, i) => !pagePaired.has(i)),
    specOnly: projection.filter((_, j) => !specPaired.has(j)),
  };
}
