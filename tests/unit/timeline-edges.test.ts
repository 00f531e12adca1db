// Lineage arcs on a timeline: only between two placed marks, from the later to the earlier one,
// and never above the top of the drawing.
import { describe, expect, it } from 'vitest';
import { edgePath, timelineEdges } from '../../src/lib/timeline-edges.ts';
import { layoutTimeline, type TimelineInput } from '../../src/lib/timeline-layout.ts';

const input = (slug: string, date: string | null): TimelineInput => ({
  slug,
  title: slug,
  date,
  datePrecision: date ? 'day' : null,
  group: 'primary',
  label: null,
  techniques: [],
});

describe('timelineEdges', () => {
  const layout = layoutTimeline([input('old', '2020-01-01'), input('new', '2023-06-01'), input('undated', null)], { width: 600 });

  it('draws an edge only when both papers are marks, starting at the later mark and ending at the earlier', () => {
    const edges = timelineEdges(layout.marks, [
      { from: 'new', to: 'old' },
      { from: 'undated', to: 'old' },
      { from: 'new', to: 'elsewhere' },
    ]);
    expect(edges.map((e) => [e.from, e.to])).toEqual([['new', 'old']]);
    const [later, earlier] = ['new', 'old'].map((s) => layout.marks.find((m) => m.slug === s)!);
    expect(edges[0]!.d.startsWith(`M${later!.x.toFixed(1)},${later!.y.toFixed(1)} Q`)).toBe(true);
    expect(edges[0]!.d.endsWith(` ${earlier!.x.toFixed(1)},${earlier!.y.toFixed(1)}`)).toBe(true);
  });

  it('keeps the arc (which peaks halfway to its control point) below the top', () => {
    const d = edgePath(590, 40, 10, 40, 4);
    const controlY = Number(/Q[\d.]+,(-?[\d.]+)/.exec(d)![1]);
    expect((40 + controlY) / 2).toBeGreaterThanOrEqual(4);
    expect(controlY).toBeLessThan(40);
  });
});
