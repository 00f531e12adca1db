// Similar papers: TF-IDF over title + abstract, cosine, top 5, never the paper itself; known pairs
// in the real collection.
import { describe, expect, it } from 'vitest';
import { similarPapers, terms } from '../../src/lib/similar-papers.ts';
import { splitPaperFile } from '../../src/lib/paper-file.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';

describe('similarPapers on a small collection', () => {
  const papers = [
    { slug: 'moe', title: 'Sparse mixture of experts routing', abstract: 'Experts are chosen by a router; load balancing of experts.' },
    { slug: 'moe-2', title: 'Expert routing with capacity', abstract: 'A router sends tokens to experts with a capacity limit.' },
    { slug: 'quant', title: 'Weight quantization to four bits', abstract: 'Post-training quantization of weights with outlier handling.' },
    { slug: 'quant-2', title: 'Activation quantization', abstract: 'Quantization of activations and weights to eight bits.' },
    { slug: 'kv', title: 'KV cache eviction', abstract: 'Evicting cache entries of attention keys and values.' },
  ];

  it('ranks papers sharing rare words first, excludes the paper itself and honours k', () => {
    const result = similarPapers(papers, { k: 2 });
    expect(result.get('moe')!.map((s) => s.slug)[0]).toBe('moe-2');
    expect(result.get('quant')!.map((s) => s.slug)[0]).toBe('quant-2');
    for (const [slug, list] of result) {
      expect(list.length).toBeLessThanOrEqual(2);
      expect(list.map((s) => s.slug)).not.toContain(slug);
      expect(list.map((s) => s.score)).toEqual([...list.map((s) => s.score)].sort((a, b) => b - a));
    }
  });

  it('gives scores between 0 and 1 and is symmetric for a pair', () => {
    const result = similarPapers(papers);
    const score = (a: string, b: string) => result.get(a)!.find((s) => s.slug === b)?.score;
    expect(score('moe', 'moe-2')).toBeCloseTo(score('moe-2', 'moe')!, 10);
    for (const list of result.values()) for (const { score: s } of list) (expect(s).toBeGreaterThanOrEqual(0), expect(s).toBeLessThanOrEqual(1 + 1e-9));
  });

  it('reads words without stopwords, digits alone or plural -s', () => {
    expect(terms('The experts of 2024 use FlashAttention-2 kernels')).toEqual(['expert', 'flashattention', 'kernel']);
  });
});

describe('similar papers in the collection', () => {
  const papers = readContentFiles().papers.map((f) => {
    const { data, body } = splitPaperFile(f.text);
    return { slug: String(data.slug), title: String(data.title), abstract: body };
  });
  const result = similarPapers(papers);
  const bySlugTitle = (start: string) => papers.find((p) => p.title.startsWith(start))!.slug;

  it('gives every paper five others', () => {
    for (const p of papers) expect(result.get(p.slug)!.filter((s) => s.slug !== p.slug)).toHaveLength(5);
  });

  it('lists FlashAttention-3 for FlashAttention-2, and the follow-up by the same name both ways (GhostNet, GhostNetV2)', () => {
    const similar = (start: string) => result.get(bySlugTitle(start))!.map((s) => s.slug);
    expect(similar('FlashAttention-2:')).toContain(bySlugTitle('FlashAttention-3:'));
    expect(similar('GhostNetV2:')).toContain(bySlugTitle('GhostNet:'));
    expect(similar('GhostNet:')).toContain(bySlugTitle('GhostNetV2:'));
  });
});
