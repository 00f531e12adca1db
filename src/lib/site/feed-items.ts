// Which papers a feed carries. A feed tells readers what is new: the newest dated papers, not the
// whole collection (which would grow to megabytes at tens of thousands of papers).
import { compareNewestFirst, type DatedLike } from '../content/dates.ts';

export const FEED_ITEMS = 50;

export function newestForFeed<T extends { data: DatedLike & { title: string } }>(papers: readonly T[], limit = FEED_ITEMS): T[] {
  return papers
    .filter((p) => p.data.date)
    .sort((a, b) => compareNewestFirst(a.data, b.data))
    .slice(0, limit);
}
