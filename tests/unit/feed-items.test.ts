import { describe, expect, it } from 'vitest';
import { newestForFeed } from '../../src/lib/site/feed-items.ts';

const paper = (title: string, date: string | null) => ({ data: { title, date, datePrecision: date ? ('day' as const) : null } });

describe('newestForFeed', () => {
  it('keeps the newest dated papers, newest first, up to the limit', () => {
    const papers = [paper('a', '2023-01-05'), paper('b', null), paper('c', '2025-02-01'), paper('d', '2024-07-09'), paper('e', '2022-12-31')];
    expect(newestForFeed(papers, 3).map((p) => p.data.title)).toEqual(['c', 'd', 'a']);
    expect(newestForFeed(papers).map((p) => p.data.title)).toEqual(['c', 'd', 'a', 'e']);
  });
});
