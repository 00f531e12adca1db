// Reciprocal rank fusion of several ranked result lists, each with a weight. A plain question
// rarely has every word in one abstract; fusing the all-words list with one list per concept
// ranks first the papers that match the rarest concepts best, as BM25 would, while still
// rewarding papers that match everything.

/** Smoothing of reciprocal rank fusion: rank 1 earns 1/(K+1). */
export const RRF_K = 10;

export interface RankedList<T> {
  ids: T[];
  weight: number;
  /** An unordered set (an exact phrase search, whose scores are all equal): every id counts as rank 1. */
  flat?: boolean;
}

/** Ids by fused score, best first; ties keep the order of first appearance. */
export function fuseRankings<T>(lists: RankedList<T>[]): T[] {
  const scores = new Map<T, number>();
  for (const { ids, weight, flat } of lists) {
    ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (RRF_K + (flat ? 0 : rank) + 1)));
  }
  return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** How telling a concept is: rare across the collection weighs more (an IDF). */
export function rarityWeight(matches: number, collection: number): number {
  return Math.log(1 + collection / Math.max(1, matches));
}

/** Merges the lists of a concept's phrases into one: each id at its best rank over the phrases. */
export function mergeVariants<T>(lists: T[][]): T[] {
  const best = new Map<T, number>();
  for (const ids of lists) ids.forEach((id, rank) => best.set(id, Math.min(best.get(id) ?? Infinity, rank)));
  return [...best.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}
