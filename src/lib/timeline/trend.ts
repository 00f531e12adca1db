// Papers per year per theme (each paper counted once, under the theme of its primary
// technique), and the small-multiple area paths drawn from those counts.
import { area } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import { themeOfTechnique, THEMES, type TechniqueId, type ThemeId } from '../content/taxonomy.ts';
import { yearOf } from '../content/dates.ts';

export interface ThemeTrend {
  theme: ThemeId;
  counts: { year: number; count: number }[];
  total: number;
}

export function countPapersPerYearByTheme(papers: readonly { date: string | null; primary: TechniqueId }[]): { years: number[]; trends: ThemeTrend[] } {
  const years = papers.map((p) => yearOf(p.date)).filter((y): y is number => y !== null);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const trends = THEMES.map((theme) => {
    const own = papers.filter((p) => themeOfTechnique(p.primary).id === theme.id);
    const counts = span.map((year) => ({ year, count: own.filter((p) => yearOf(p.date) === year).length }));
    return { theme: theme.id, counts, total: own.length };
  });
  return { years: span, trends };
}

/** SVG path of one small multiple; all multiples share `maxCount` so they compare honestly. */
export function trendAreaPath(counts: ThemeTrend['counts'], width: number, height: number, maxCount: number): string {
  const x = scaleLinear()
    .domain([counts[0]!.year, counts[counts.length - 1]!.year])
    .range([0, width]);
  const y = scaleLinear().domain([0, maxCount]).range([height, 0]);
  return (
    area<{ year: number; count: number }>()
      .x((d) => x(d.year))
      .y0(height)
      .y1((d) => y(d.count))(counts) ?? ''
  );
}
