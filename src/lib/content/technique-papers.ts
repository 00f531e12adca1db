// Shapes the papers of one technique for its page: primary before related, grouped by year,
// year span, and the techniques that share papers with it.
import { compareNewestFirst, yearOf } from './dates.ts';
import type { TechniqueId } from './taxonomy.ts';

export interface LabelledPaper {
  title: string;
  date: string | null;
  datePrecision: 'day' | 'month' | null;
  primary: TechniqueId;
  related: TechniqueId[];
}

export interface TechniquePapers<P> {
  primary: P[];
  related: P[];
}

/** Papers whose primary label is `id`, then those that list it as related; each newest first. */
export function papersOfTechnique<P extends { data: LabelledPaper }>(papers: readonly P[], id: TechniqueId): TechniquePapers<P> {
  const byDate = (a: P, b: P) => compareNewestFirst(a.data, b.data);
  return {
    primary: papers.filter((p) => p.data.primary === id).sort(byDate),
    related: papers.filter((p) => p.data.primary !== id && p.data.related.includes(id)).sort(byDate),
  };
}

export interface YearGroup<P> {
  /** null holds the papers whose date is unknown. */
  year: number | null;
  papers: P[];
}

/** Groups papers (already sorted) by year, keeping their order; unknown dates last. */
export function groupByYear<P extends { data: { date: string | null } }>(papers: readonly P[]): YearGroup<P>[] {
  const groups = new Map<number | null, P[]>();
  for (const paper of papers) {
    const year = yearOf(paper.data.date);
    groups.set(year, [...(groups.get(year) ?? []), paper]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b - a)).map(([year, list]) => ({ year, papers: list }));
}

export function yearSpan(papers: readonly { data: { date: string | null } }[]): [number, number] | null {
  const years = papers.map((p) => yearOf(p.data.date)).filter((y): y is number => y !== null);
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

export function formatYearSpan(span: [number, number] | null): string {
  if (!span) return 'no dated papers';
  return span[0] === span[1] ? String(span[0]) : `${span[0]}–${span[1]}`;
}

/** Other techniques ranked by how many papers they share with `id` (as primary or related). */
export function techniquesSharingPapers(papers: readonly { data: LabelledPaper }[], id: TechniqueId): { id: TechniqueId; shared: number }[] {
  const counts = new Map<TechniqueId, number>();
  for (const { data } of papers) {
    const labels = new Set([data.primary, ...data.related]);
    if (!labels.has(id)) continue;
    for (const other of labels) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts.entries()].map(([other, shared]) => ({ id: other, shared })).sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id));
}

export interface Neighbours<P> {
  /** The next paper back in time that carries the technique, or null. */
  older: P | null;
  newer: P | null;
  /** How many papers carry the technique, this one included. */
  count: number;
}

/** A paper's neighbours in time among the papers labelled with technique `id` (primary or
 * related). Papers of unknown date have no place in time, so they have no neighbours either. */
export function neighboursInTechnique<P extends { id: string; data: LabelledPaper }>(papers: readonly P[], slug: string, id: TechniqueId): Neighbours<P> {
  const carrying = papers.filter((p) => p.data.primary === id || p.data.related.includes(id));
  return neighboursOfAll(carrying).get(slug) ?? { older: null, newer: null, count: carrying.length };
}

/** The neighbours of every paper in `carrying` (the papers of one technique) at once: one
 * sort per technique instead of one filter and sort per paper page. */
export function neighboursOfAll<P extends { id: string; data: LabelledPaper }>(carrying: readonly P[]): Map<string, Neighbours<P>> {
  const dated = carrying.filter((p) => p.data.date !== null).sort((a, b) => compareNewestFirst(a.data, b.data));
  const count = carrying.length;
  const result = new Map<string, Neighbours<P>>(carrying.map((p) => [p.id, { older: null, newer: null, count }]));
  dated.forEach((p, at) => result.set(p.id, { older: dated[at + 1] ?? null, newer: dated[at - 1] ?? null, count }));
  return result;
}
