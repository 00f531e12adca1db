import { describe, expect, it } from 'vitest';
import { layoutDensity } from '../../src/lib/timeline/timeline-density.ts';

const papers = [
  { date: '2020-01-05', group: 'a' },
  { date: '2020-01', group: 'b' },
  { date: '2020-01-20', group: 'a' },
  { date: '2021-12-01', group: 'b' },
  { date: null, group: 'a' },
];

describe('layoutDensity', () => {
  const layout = layoutDensity(papers, ['a', 'b'], { width: 500, height: 200 });

  it('counts dated papers per month and theme; undated ones are left out', () => {
    expect(layout.bars.map((b) => [b.month, b.total])).toEqual([
      ['2020-01', 3],
      ['2021-12', 1],
    ]);
    expect(layout.bars[0]!.segments.map((s) => [s.group, s.count])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(layout.years.map((y) => y.total)).toEqual([3, 1]);
  });

  it('stacks segments up from the axis, the fullest month reaching the top of the plot', () => {
    const [a, b] = layout.bars[0]!.segments;
    expect(a!.y + a!.height).toBeCloseTo(layout.axisY);
    expect(b!.y + b!.height).toBeCloseTo(a!.y);
    expect(layout.bars[1]!.segments[0]!.height).toBeCloseTo(a!.height / 2);
  });

  it('places months in order along the axis, one slot per month of the years covered', () => {
    expect(layout.bars[1]!.x - layout.bars[0]!.x).toBeCloseTo(23 * layout.barWidth);
  });
});
