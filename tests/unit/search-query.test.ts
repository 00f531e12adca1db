// Query-side ranking helpers: synonym concepts, phrases, rank fusion and "did you mean".
import { describe, expect, it } from 'vitest';
import { americanSpelling, queryConcepts, SYNONYMS } from '../../src/lib/search-synonyms.ts';
import { queryPhrases } from '../../src/lib/search-words.ts';
import { fuseRankings, mergeVariants, rarityWeight } from '../../src/lib/search-fusion.ts';
import { buildVocabulary, editDistance, foldWord, suggestWord, vocabularyShelf } from '../../src/lib/search-spelling.ts';

describe('queryConcepts', () => {
  it('groups a table phrase into one concept with its synonyms, other words alone', () => {
    const concepts = queryConcepts('Large Language Models on edge devices');
    expect(concepts.map((c) => c.text)).toEqual(['large language models', 'edge devices']);
    expect(concepts[0]!.variants).toContain('llm');
    expect(concepts[1]!.variants).toEqual(expect.arrayContaining(['edge devices', 'on-device', 'mobile']));
  });

  it('expands an abbreviation and keeps the reader’s words first', () => {
    const [moe] = queryConcepts('MoE');
    expect(moe!.variants[0]).toBe('moe');
    expect(moe!.variants.length).toBeGreaterThan(1);
  });

  it('drops stop words and reads British spellings the American way', () => {
    expect(queryConcepts('the quantisation of weights').map((c) => c.text)).toEqual(['quantization', 'weights']);
    expect(americanSpelling('optimise')).toBe('optimize');
  });

  it('has each phrase in one row only, so a phrase has one meaning', () => {
    const phrases = SYNONYMS.flat();
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

describe('queryPhrases', () => {
  it('pairs neighbouring meaningful words and adds the whole query when longer', () => {
    expect(queryPhrases('kv cache eviction')).toEqual(['kv cache', 'cache eviction', 'kv cache eviction']);
    expect(queryPhrases('attention is all you need')).toContain('attention is all you need');
    expect(queryPhrases('moe')).toEqual([]);
  });
});

describe('rank fusion', () => {
  it('ranks first what several lists agree on, weighted', () => {
    expect(
      fuseRankings([
        { ids: ['a', 'b'], weight: 1 },
        { ids: ['b', 'c'], weight: 1 },
      ])[0],
    ).toBe('b');
    expect(
      fuseRankings([
        { ids: ['a'], weight: 1 },
        { ids: ['c'], weight: 3 },
      ]),
    ).toEqual(['c', 'a']);
  });

  it('treats a flat list as an unordered set', () => {
    const fused = fuseRankings([
      { ids: ['a', 'b'], weight: 1, flat: true },
      { ids: ['b', 'a'], weight: 1 },
    ]);
    expect(fused[0]).toBe('b');
  });

  it('merges the lists of a concept’s phrases at each paper’s best rank', () => {
    expect(mergeVariants([['a', 'b', 'c'], ['c']])).toEqual(['a', 'c', 'b']);
  });

  it('weighs a rare concept above a common one', () => {
    expect(rarityWeight(3, 600)).toBeGreaterThan(rarityWeight(300, 600));
  });
});

describe('did you mean', () => {
  const vocabulary = buildVocabulary(['Mixture of Experts', 'mixture models', 'Pipeline parallelism', 'Christopher Ré', 'Transformers']);

  it('builds a vocabulary of folded words, the most frequent first', () => {
    expect(vocabulary[0]).toBe('mixture');
    expect(vocabulary).toContain('christopher');
    expect(vocabulary).not.toContain('of');
  });

  it('suggests the closest known word, swapped letters included', () => {
    expect(suggestWord('mixtrue', vocabulary)).toBe('mixture');
    expect(suggestWord('pipline', vocabulary)).toBe('pipeline');
    expect(suggestWord('tranformers', vocabulary)).toBe('transformers');
  });

  it('suggests nothing for short words or words far from any known one', () => {
    expect(suggestWord('moe', vocabulary)).toBeNull();
    expect(suggestWord('quantization', vocabulary)).toBeNull();
  });

  it('files each word under its first letter, anything else under 0', () => {
    expect(vocabularyShelf('mixture')).toBe('m');
    expect(vocabularyShelf('1-bit')).toBe('0');
  });

  it('measures edit distance and folds accents', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('ab', 'ba', 2)).toBe(1);
    expect(foldWord('Ré')).toBe('re');
  });
});
