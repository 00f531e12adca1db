// Search hits quote the abstract where the words occur there, else Pagefind's page excerpt.
import { describe, expect, it } from 'vitest';
import { chooseExcerpt } from '../../src/lib/search-excerpt.ts';

const page = 'MoETuner: Optimized <mark>Mixture</mark> of Expert Serving. <mark>MoE</mark>, sparse <mark>MoE</mark>';

describe('chooseExcerpt', () => {
  it('takes the abstract section when the words occur in it', () => {
    const data = {
      excerpt: page,
      sub_results: [
        { url: '/papers/x/#abstract', excerpt: 'we balance <mark>MoE</mark> expert placement', locations: [120] },
        { url: '/papers/x/#other', excerpt: 'elsewhere <mark>MoE</mark>', locations: [300] },
      ],
    };
    expect(chooseExcerpt(data, 'abstract')).toBe('we balance <mark>MoE</mark> expert placement');
  });

  it('keeps the page excerpt when the abstract has no match or there are no sections', () => {
    expect(chooseExcerpt({ excerpt: page, sub_results: [{ url: '/papers/x/#abstract', excerpt: 'no hits here', locations: [] }] }, 'abstract')).toBe(page);
    expect(chooseExcerpt({ excerpt: page }, 'abstract')).toBe(page);
  });

  it('matches the anchor exactly at the end of the URL', () => {
    const data = { excerpt: page, sub_results: [{ url: '/papers/x/#abstract-notes', excerpt: 'wrong section', locations: [5] }] };
    expect(chooseExcerpt(data, 'abstract')).toBe(page);
  });
});
