// Which timeline the collection gets: one mark per paper, or (past TIMELINE_MARK_LIMIT dated
// papers) a density with a page per year that is small enough to draw mark by mark.
import { TIMELINE_MARK_LIMIT } from '../lib/timeline/timeline-density.ts';
import { getPapers, type PaperEntry } from './papers.ts';

/** Past this many dated papers a timeline counts months instead of drawing marks. A test build
 * lowers it (ATLAS_TIMELINE_MARK_LIMIT) to see the density on a collection of hundreds. */
export const timelineMarkLimit = Number(process.env.ATLAS_TIMELINE_MARK_LIMIT) || TIMELINE_MARK_LIMIT;

let cache: { dense: boolean; years: Map<number, PaperEntry[]> } | undefined;

export async function getTimelinePlan(): Promise<{ dense: boolean; years: Map<number, PaperEntry[]> }> {
  if (!cache) {
    const dated = (await getPapers()).filter((p) => p.data.date);
    const years = new Map<number, PaperEntry[]>();
    for (const p of dated) {
      const year = Number(p.data.date!.slice(0, 4));
      years.set(year, [...(years.get(year) ?? []), p]);
    }
    const dense = dated.length > timelineMarkLimit;
    // Year pages only where the year itself stays under the limit.
    cache = { dense, years: dense ? new Map([...years].filter(([, papers]) => papers.length <= timelineMarkLimit)) : new Map() };
  }
  return cache;
}
