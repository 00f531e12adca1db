// The ranking metrics of the relevance harness, checked against values worked out by hand.
import { describe, expect, it } from 'vitest';
import { ndcgAt, recallAt, reciprocalRankAt, relative, scoreQueries } from '../../scripts/search-eval/metrics.ts';

const grades = { a: 2, b: 1, c: 1 };

describe('ranking metrics', () => {
  it('recall@k counts the relevant papers found in the first k', () => {
    expect(recallAt(['x', 'a', 'y', 'b'], grades, 5)).toBeCloseTo(2 / 3);
    expect(recallAt(['x', 'a', 'y', 'b'], grades, 1)).toBe(0);
  });

  it('MRR@k is 1 / rank of the first relevant result, 0 past k', () => {
    expect(reciprocalRankAt(['x', 'y', 'b'], grades, 10)).toBeCloseTo(1 / 3);
    expect(reciprocalRankAt(['x', 'y', 'b'], grades, 2)).toBe(0);
  });

  it('nDCG@k is 1 for the ideal order and lower when the defining paper comes late', () => {
    expect(ndcgAt(['a', 'b', 'c'], grades, 10)).toBeCloseTo(1);
    // DCG of [b, x, a] = 1/log2(2) + 3/log2(4) = 2.5; ideal [a, b, c] = 3 + 1/log2(3) + 1/2.
    expect(ndcgAt(['b', 'x', 'a'], grades, 10)).toBeCloseTo(2.5 / (3 + 1 / Math.log2(3) + 0.5));
    expect(ndcgAt(['x'], grades, 10)).toBe(0);
  });

  it('averages over queries and counts queries with a relevant paper in the top 5', () => {
    const scores = scoreQueries([
      { ranked: ['a'], grades },
      { ranked: ['x'], grades },
    ]);
    expect(scores.queries).toBe(2);
    expect(scores.hit5).toBe(0.5);
    expect(scores.mrr10).toBe(0.5);
  });

  it('writes the relative difference with its sign', () => {
    expect(relative(1.1, 1)).toBe('+10.0%');
    expect(relative(0.9, 1)).toBe('-10.0%');
  });
});
