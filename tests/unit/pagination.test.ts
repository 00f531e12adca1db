import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageItems, pageOfIndex, pageOfSlug, pagePath, pagerPages } from '../../src/lib/site/pagination.ts';

const items = Array.from({ length: 23 }, (_, i) => ({ id: `p${i}` }));

describe('pagination', () => {
  it('counts pages, at least one even when empty', () => {
    expect(pageCount(23, 10)).toBe(3);
    expect(pageCount(20, 10)).toBe(2);
    expect(pageCount(0, 10)).toBe(1);
  });

  it('puts every item on exactly one page, in order', () => {
    const pages = [1, 2, 3].map((n) => pageItems(items, n, 10));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 3]);
    expect(pages.flat()).toEqual(items);
  });

  it('finds the page of a slug where pageItems puts it', () => {
    for (const [index, item] of items.entries()) {
      const page = pageOfSlug(items, item.id, 10)!;
      expect(pageItems(items, page, 10)).toContain(item);
      expect(page).toBe(pageOfIndex(index, 10));
    }
    expect(pageOfSlug(items, 'missing', 10)).toBeNull();
  });

  it('keeps page 1 at the list path and numbers the rest', () => {
    expect(pagePath('/papers/', 1)).toBe('/papers/');
    expect(pagePath('/papers/', 3)).toBe('/papers/page/3/');
    expect(laterPages(3)).toEqual([2, 3]);
    expect(laterPages(1)).toEqual([]);
  });
});

describe('pagerPages', () => {
  it('shows every page of a short list', () => {
    expect(pagerPages(2, 4)).toEqual([1, 2, 3, 4]);
  });
  it('keeps first, last and the neighbourhood of the current page, with gaps', () => {
    expect(pagerPages(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pagerPages(1, 20)).toEqual([1, 2, 3, null, 20]);
  });
});
