// Turns a technique's papers into timeline input: primary vs related, and labels for the
// papers its overview cites (the ones the survey text treats as landmarks).
import { findCrossReferences } from './cross-references.ts';
import { shortLabel, type TimelineInput } from './timeline-layout.ts';
import type { LabelledPaper } from './technique-papers.ts';

interface PaperLike {
  id: string;
  data: LabelledPaper;
}

/** `startHere`: the slugs of the technique's reading path, in order; they are marked and labelled. */
export function techniqueTimelineInput(
  primary: readonly PaperLike[],
  related: readonly PaperLike[],
  overview: string,
  startHere: readonly string[] = [],
): TimelineInput[] {
  const cited = new Set(
    findCrossReferences(overview)
      .filter((r) => r.kind === 'paper')
      .map((r) => r.target),
  );
  const toInput = (paper: PaperLike, group: 'primary' | 'related'): TimelineInput => {
    const step = startHere.indexOf(paper.id) + 1;
    return {
      slug: paper.id,
      title: paper.data.title,
      date: paper.data.date,
      datePrecision: paper.data.datePrecision,
      group,
      label: step > 0 || (group === 'primary' && cited.has(paper.id)) ? shortLabel(paper.data.title) : null,
      techniques: [paper.data.primary, ...paper.data.related],
      ...(step > 0 ? { startHere: step } : {}),
    };
  };
  return [...primary.map((p) => toInput(p, 'primary')), ...related.map((p) => toInput(p, 'related'))];
}
