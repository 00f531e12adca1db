import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { timeOfDate } from '../../src/lib/content/dates.ts';
import { layoutTimeline, type TimelineInput } from '../../src/lib/timeline/timeline-layout.ts';

const paper = (slug: string, date: string | null, label: string | null = null): TimelineInput => ({
  slug,
  title: slug,
  date,
  datePrecision: date === null ? null : date.length === 7 ? 'month' : 'day',
  group: 'primary',
  label,
  techniques: [],
});

const dateArb = fc
  .record({ year: fc.integer({ min: 2017, max: 2025 }), month: fc.integer({ min: 1, max: 12 }), day: fc.option(fc.integer({ min: 1, max: 28 })) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}${day === null ? '' : `-${String(day).padStart(2, '0')}`}`);
const papersArb = fc.array(fc.option(dateArb, { freq: 5 }), { maxLength: 120 }).map((dates) => dates.map((d, i) => paper(`p${i}`, d)));

describe('layoutTimeline', () => {
  it('never lets two marks overlap', () => {
    fc.assert(
      fc.property(papersArb, fc.integer({ min: 320, max: 1200 }), (papers, width) => {
        const { marks, radius } = layoutTimeline(papers, { width });
        for (let i = 0; i < marks.length; i++) {
          for (let j = i + 1; j < marks.length; j++) {
            const distance = Math.hypot(marks[i]!.x - marks[j]!.x, marks[i]!.y - marks[j]!.y);
            expect(distance).toBeGreaterThanOrEqual(2 * radius);
          }
        }
      }),
    );
  });

  it('orders marks by date along x', () => {
    fc.assert(
      fc.property(papersArb, (papers) => {
        const { marks } = layoutTimeline(papers, { width: 800 });
        for (let i = 1; i < marks.length; i++) {
          expect(timeOfDate(marks[i]!.date).getTime()).toBeGreaterThanOrEqual(timeOfDate(marks[i - 1]!.date).getTime());
          expect(marks[i]!.x).toBeGreaterThanOrEqual(marks[i - 1]!.x);
        }
      }),
    );
  });

  it('never places a paper with an unknown date, and returns every one of them apart', () => {
    fc.assert(
      fc.property(papersArb, (papers) => {
        const { marks, undated } = layoutTimeline(papers, { width: 800 });
        expect(marks.map((m) => m.slug).sort()).toEqual(
          papers
            .filter((p) => p.date)
            .map((p) => p.slug)
            .sort(),
        );
        expect(undated.map((p) => p.slug)).toEqual(papers.filter((p) => !p.date).map((p) => p.slug));
      }),
    );
  });

  it('keeps every mark inside the drawing', () => {
    fc.assert(
      fc.property(papersArb, fc.integer({ min: 320, max: 1200 }), (papers, width) => {
        const layout = layoutTimeline(papers, { width });
        for (const m of layout.marks) {
          expect(m.x).toBeGreaterThanOrEqual(0);
          expect(m.x).toBeLessThanOrEqual(width);
          expect(m.y - layout.radius).toBeGreaterThanOrEqual(0);
          expect(m.y + layout.radius).toBeLessThanOrEqual(layout.axisY);
        }
      }),
    );
  });

  it('places a month-precision paper in the middle of its month', () => {
    const { marks } = layoutTimeline([paper('a', '2021-01-01'), paper('b', '2021-06'), paper('c', '2021-12-31')], { width: 1000 });
    const [a, b, c] = marks;
    expect(b!.x - a!.x).toBeGreaterThan(0.4 * (c!.x - a!.x));
    expect(b!.x - a!.x).toBeLessThan(0.5 * (c!.x - a!.x));
  });

  it('draws labels only where they do not collide', () => {
    const { labels } = layoutTimeline(
      [paper('a', '2021-01-01', 'First long label'), paper('b', '2021-01-02', 'Second long label'), paper('c', '2024-01-01', 'Far')],
      { width: 800 },
    );
    expect(labels.map((l) => l.slug)).toEqual(['a', 'c']);
  });
});
