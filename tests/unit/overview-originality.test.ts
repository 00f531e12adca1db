// An overview may discuss a paper but not repeat its abstract's sentences.
import { describe, expect, it } from 'vitest';
import { findCopiedRuns, indexAbstractRuns } from '../../src/lib/content/overview-originality.ts';

const ABSTRACTS = [
  { source: 'content/papers/a.mdx', text: 'We propose a sparse layer that sends each token to the two best experts of \\{64\\}.' },
  { source: 'content/papers/b.mdx', text: 'Quantization to four bits keeps accuracy within one point of the baseline.' },
];
const abstracts = indexAbstractRuns(ABSTRACTS);

describe('findCopiedRuns', () => {
  it('finds a run of eight words from an abstract, with its line and paper, whatever the case, links or escapes', () => {
    const overview = 'A first line of our own.\n\nThe [layer](paper:a) *Sends each token* to the two best experts of 64 in one step.';
    expect(findCopiedRuns(overview, abstracts)).toEqual([{ line: 3, words: 'sends each token to the two best experts', source: 'content/papers/a.mdx' }]);
  });

  it('accepts our own words about the same idea, and runs shorter than eight words', () => {
    const overview = 'Each token goes to a couple of experts. Four-bit weights keep accuracy within one point of baselines.';
    expect(findCopiedRuns(overview, abstracts)).toEqual([]);
  });

  it('reports a copied run once per line', () => {
    const overview = 'Quantization to four bits keeps accuracy within one point of the baseline, they say.';
    expect(findCopiedRuns(overview, abstracts)).toHaveLength(1);
  });
});

describe('indexAbstractRuns limited to the texts to check', () => {
  it('keeps just the runs those texts hold, so each finds what the full index finds', () => {
    const overviews = [
      'A first line of our own.\n\nThe [layer](paper:a) *Sends each token* to the two best experts of 64 in one step.',
      'Each token goes to a couple of experts.',
      'Quantization to four bits keeps accuracy within one point of the baseline, they say.',
    ];
    const limited = indexAbstractRuns(ABSTRACTS, overviews);
    for (const overview of overviews) expect(findCopiedRuns(overview, limited)).toEqual(findCopiedRuns(overview, abstracts));
    expect(limited.size).toBeLessThan(abstracts.size);
    expect([...limited.keys()].every((run) => abstracts.has(run))).toBe(true);
  });
});
