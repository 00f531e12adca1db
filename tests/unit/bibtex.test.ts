import { describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { paperToBibtex, uniqueBibtexKeys } from '../../src/lib/site/bibtex.ts';

const matformer = {
  title: 'MatFormer: Nested Transformer for Elastic Inference',
  slug: 'matformer-nested-transformer-for-elastic-inference',
  date: '2023-10-11',
  arxivId: '2310.07707',
  authors: ['Ada Lovelace', 'Alan Turing'],
};

describe('paperToBibtex', () => {
  it('writes an @misc entry with eprint and archivePrefix that a BibTeX parser reads back', () => {
    const bib = paperToBibtex(matformer);
    const { entries, errors } = parse(bib, { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.type).toBe('misc');
    expect(entry!.key).toBe('matformer2023');
    expect(entry!.fields.title).toBe(matformer.title);
    expect(entry!.fields.eprint).toBe('2310.07707');
    expect(entry!.fields.archiveprefix).toBe('arXiv');
    expect(entry!.fields.year).toBe('2023');
    expect(entry!.fields.author).toEqual([
      { firstName: 'Ada', lastName: 'Lovelace' },
      { firstName: 'Alan', lastName: 'Turing' },
    ]);
  });

  it('escapes characters that are special in BibTeX so titles survive the round trip', () => {
    const title = 'D^{2}MoE & 100% of $O(n^2)$ #1 under_score ~tilde <b> back\\slash';
    const { entries, errors } = parse(paperToBibtex({ ...matformer, title }), { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries[0]!.fields.title).toBe(title);
  });

  it('leaves out what is unknown instead of inventing it', () => {
    const bib = paperToBibtex({ ...matformer, date: null, arxivId: null, authors: [] }, 'k', 'https://example.org/papers/x/');
    expect(bib).not.toMatch(/author|year|eprint/);
    expect(parse(bib, { sentenceCase: false }).entries[0]!.fields.url).toBe('https://example.org/papers/x/');
  });
});

describe('uniqueBibtexKeys', () => {
  it('suffixes repeated keys', () => {
    expect(uniqueBibtexKeys([matformer, matformer, { ...matformer, date: '2024-01' }])).toEqual(['matformer2023', 'matformer2023a', 'matformer2024']);
  });
});
