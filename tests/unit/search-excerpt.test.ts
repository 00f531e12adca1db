// Search hits quote the abstract where the words occur there, else the paper's gist with the
// words marked, else Pagefind's page excerpt.
import { describe, expect, it } from 'vitest';
import { chooseExcerpt, highlightTerms } from '../../src/lib/search/search-excerpt.ts';

const page = 'MoETuner: Optimized <mark>Mixture</mark> of Expert Serving. <mark>MoE</mark>, sparse <mark>MoE</mark>';
const abstractHit = { url: '/papers/x/#abstract', excerpt: 'we balance <mark>MoE</mark> expert placement', locations: [120] };

describe('chooseExcerpt', () => {
  it('takes the abstract section when the words occur in it', () => {
    const data = {
      excerpt: page,
      meta: { gist: 'A gist' },
      sub_results: [abstractHit, { url: '/papers/x/#other', excerpt: 'elsewhere <mark>MoE</mark>', locations: [300] }],
    };
    expect(chooseExcerpt(data, 'abstract', 'moe')).toBe('we balance <mark>MoE</mark> expert placement');
  });

  it('falls back to the gist with the words marked, then to the page excerpt', () => {
    const noAbstractMatch = [{ url: '/papers/x/#abstract', excerpt: 'no hits here', locations: [] }];
    expect(chooseExcerpt({ excerpt: page, sub_results: noAbstractMatch, meta: { gist: 'Places MoE experts on GPUs' } }, 'abstract', 'moe')).toBe(
      'Places <mark>MoE</mark> experts on GPUs',
    );
    expect(chooseExcerpt({ excerpt: page, sub_results: noAbstractMatch }, 'abstract', 'moe')).toBe(page);
    expect(chooseExcerpt({ excerpt: page }, 'abstract', 'moe')).toBe(page);
  });

  it('matches the anchor exactly at the end of the URL', () => {
    const data = { excerpt: page, sub_results: [{ url: '/papers/x/#abstract-notes', excerpt: 'wrong section', locations: [5] }] };
    expect(chooseExcerpt(data, 'abstract', 'x')).toBe(page);
  });
});

describe('highlightTerms', () => {
  it('marks words that start with a query word, case-insensitively, and escapes the text', () => {
    expect(highlightTerms('Speculative decoding <fast> & cheap, decoder-side', 'speculative DECOD')).toBe(
      '<mark>Speculative</mark> <mark>decoding</mark> &lt;fast&gt; &amp; cheap, <mark>decoder</mark>-side',
    );
  });

  it('does not mark inside words or single letters, and treats regex characters in the query as text', () => {
    expect(highlightTerms('Premoe and MoE', 'moe')).toBe('Premoe and <mark>MoE</mark>');
    expect(highlightTerms('a (kv) cache', '(kv)+')).toBe('a (<mark>kv</mark>) cache');
    expect(highlightTerms('a b c', 'b')).toBe('a b c');
  });

  it('leaves stop words of a plain-words query unmarked', () => {
    expect(highlightTerms('Cheaper attention for the long documents', 'make attention cheaper for the long documents')).toBe(
      '<mark>Cheaper</mark> <mark>attention</mark> for the <mark>long</mark> <mark>documents</mark>',
    );
  });
});
