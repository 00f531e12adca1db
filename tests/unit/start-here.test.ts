// A technique's reading path: steps resolve to papers in order, and the timeline marks and
// labels exactly those papers (before any other label competes for the space).
import { describe, expect, it } from 'vitest';
import { readingStepLabel, resolveStartHere } from '../../src/lib/start-here.ts';
import { techniqueTimelineInput } from '../../src/lib/technique-timeline.ts';
import { layoutTimeline } from '../../src/lib/timeline-layout.ts';
import type { LabelledPaper } from '../../src/lib/technique-papers.ts';

const paper = (id: string, date: string | null, primary: LabelledPaper['primary'] = 'kv-cache') => ({
  id,
  data: { title: `Paper ${id}: a title`, date, datePrecision: date ? ('day' as const) : null, primary, related: [] },
});

describe('resolveStartHere', () => {
  const papers = ['a', 'b', 'c', 'd'].map((id, i) => paper(id, `2024-0${i + 1}-01`));

  it('keeps the reading order of the steps, not the papers’ order', () => {
    const steps = resolveStartHere(
      [
        { paper: 'c', why: 'first' },
        { paper: 'a', why: 'second' },
        { paper: 'd', why: 'third' },
      ],
      papers,
      'kv-cache',
    );
    expect(steps.map((s) => [s.position, s.paper.id, s.why])).toEqual([
      [1, 'c', 'first'],
      [2, 'a', 'second'],
      [3, 'd', 'third'],
    ]);
  });

  it('has no steps when the technique has no reading path yet', () => {
    expect(resolveStartHere(undefined, papers, 'kv-cache')).toEqual([]);
  });

  it('names the technique file and step when a slug is unknown', () => {
    expect(() => resolveStartHere([{ paper: 'zzz', why: 'x' }], papers, 'kv-cache')).toThrow(
      "content/techniques/kv-cache.mdx: field `startHere.0.paper`: no paper has the slug 'zzz'",
    );
  });

  it('labels a step for screen readers and the table', () => {
    expect(readingStepLabel(2, 5)).toBe('start here, 2 of 5');
  });
});

describe('the timeline marks the reading path', () => {
  // Many papers in one month: labels compete for space, and the path must win it.
  const primary = Array.from({ length: 12 }, (_, i) => paper(`p${i}`, `2023-05-${String(i + 10)}`));
  const related = [paper('r0', '2023-05-15', 'quantization')];
  const overview = primary.map((p) => `[x](paper:${p.id})`).join(' ');

  it('gives each step its place in the order, and no other paper one', () => {
    const input = techniqueTimelineInput(primary, related, overview, ['p7', 'r0', 'p2']);
    expect(input.filter((p) => p.startHere).map((p) => [p.slug, p.startHere])).toEqual([
      ['p2', 3],
      ['p7', 1],
      ['r0', 2],
    ]);
    expect(input.find((p) => p.slug === 'r0')!.label).not.toBeNull();
  });

  it('labels the steps first when labels collide', () => {
    const withoutPath = layoutTimeline(techniqueTimelineInput(primary, related, overview), { width: 760 });
    expect(withoutPath.labels.map((l) => l.slug)).not.toContain('p7');
    const withPath = layoutTimeline(techniqueTimelineInput(primary, related, overview, ['p7', 'r0']), { width: 760 });
    expect(withPath.labels.map((l) => l.slug)).toEqual(['p7']);
    expect(withPath.marks.filter((m) => m.startHere).map((m) => [m.slug, m.startHere])).toEqual([
      ['r0', 2],
      ['p7', 1],
    ]);
  });
});
