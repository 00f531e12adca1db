import { describe, expect, it } from 'vitest';
import { chunkCount, chunkItems, paperRow } from '../../src/lib/site/paper-rows.ts';

describe('paper rows and chunks', () => {
  it('describes a paper as a table row with sort keys and labels', () => {
    const row = paperRow(
      { id: 'x', data: { title: 'X', date: '2024-03', datePrecision: 'month', primary: 'moe', listings: ['004_abc.txt'] } },
      new Map([['moe', 'Mixture of experts']]),
    );
    expect(row).toMatchObject({ slug: 'x', sortDate: '2024-03-15', dateLabel: 'Mar 2024', techniqueName: 'Mixture of experts', listingsLabel: 'Listing 004' });
  });

  it('chunks cover every row after the first page exactly once', () => {
    const items = Array.from({ length: 2345 }, (_, i) => i);
    const count = chunkCount(items.length, 100, 1000);
    const chunks = Array.from({ length: count }, (_, i) => chunkItems(items, i + 1, 100, 1000));
    expect([...items.slice(0, 100), ...chunks.flat()]).toEqual(items);
    expect(chunkCount(80, 100, 1000)).toBe(0);
  });
});
