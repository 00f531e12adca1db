// The global timeline when the collection is too large for one mark per paper: counts per
// month, stacked by theme, so the page's size depends on the span of years, not on the papers.
import { TIMELINE_MARGIN } from './timeline-axis.ts';

/** Above this many dated papers the global timeline is drawn as a density. */
export const TIMELINE_MARK_LIMIT = 800;

/** Above this many marks a timeline leaves its table version to the all-papers table: at 718
 * papers the table alone was a third of /timeline/'s 106 KB gzip, over the 100 KB page budget. */
export const TIMELINE_TABLE_LIMIT = 300;

export interface DensitySegment {
  group: string;
  count: number;
  y: number;
  height: number;
}

export interface DensityBar {
  /** YYYY-MM */
  month: string;
  x: number;
  total: number;
  segments: DensitySegment[];
}

export interface DensityLayout {
  width: number;
  height: number;
  axisY: number;
  barWidth: number;
  maxCount: number;
  bars: DensityBar[];
  years: { year: number; x: number; counts: Map<string, number>; total: number }[];
}

export function layoutDensity(
  papers: readonly { date: string | null; group: string }[],
  groups: readonly string[],
  options: { width: number; height: number },
): DensityLayout {
  const perMonth = new Map<string, Map<string, number>>();
  for (const p of papers) {
    if (!p.date) continue;
    const month = p.date.slice(0, 7);
    const counts = perMonth.get(month) ?? new Map<string, number>();
    counts.set(p.group, (counts.get(p.group) ?? 0) + 1);
    perMonth.set(month, counts);
  }
  const months = [...perMonth.keys()].sort();
  const firstYear = months.length ? Number(months[0]!.slice(0, 4)) : 2020;
  const lastYear = months.length ? Number(months[months.length - 1]!.slice(0, 4)) : firstYear;
  const slots = (lastYear - firstYear + 1) * 12;
  const left = TIMELINE_MARGIN.left;
  const plotWidth = options.width - left - TIMELINE_MARGIN.right;
  const barWidth = plotWidth / slots;
  const axisY = options.height - TIMELINE_MARGIN.bottom;
  const plotHeight = axisY - TIMELINE_MARGIN.top;
  const totals = months.map((m) => [...perMonth.get(m)!.values()].reduce((a, b) => a + b, 0));
  const maxCount = Math.max(1, ...totals);
  const slotOf = (month: string) => (Number(month.slice(0, 4)) - firstYear) * 12 + Number(month.slice(5, 7)) - 1;
  const bars = months.map((month, i) => {
    let y = axisY;
    const segments = groups.flatMap((group) => {
      const count = perMonth.get(month)!.get(group) ?? 0;
      if (!count) return [];
      const height = (count / maxCount) * plotHeight;
      y -= height;
      return [{ group, count, y, height }];
    });
    return { month, x: left + slotOf(month) * barWidth, total: totals[i]!, segments };
  });
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => {
    const year = firstYear + i;
    const counts = new Map<string, number>();
    for (const bar of bars) if (bar.month.startsWith(`${year}-`)) for (const s of bar.segments) counts.set(s.group, (counts.get(s.group) ?? 0) + s.count);
    return { year, x: left + i * 12 * barWidth, counts, total: [...counts.values()].reduce((a, b) => a + b, 0) };
  });
  return { width: options.width, height: options.height, axisY, barWidth, maxCount, bars, years };
}
