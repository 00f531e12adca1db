// A paper page's "older / newer in this technique" links.
import { describe, expect, it } from 'vitest';
import { neighboursInTechnique, type LabelledPaper } from '../../src/lib/technique-papers.ts';
import type { TechniqueId } from '../../src/lib/taxonomy.ts';

const paper = (id: string, date: string | null, primary: TechniqueId, related: TechniqueId[] = []) => ({
  id,
  data: { title: id, date, datePrecision: date ? (date.length === 7 ? 'month' : 'day') : null, primary, related } satisfies LabelledPaper,
});

const papers = [
  paper('switch', '2021-01-11', 'mixture-of-experts'),
  paper('gshard', '2020-06', 'mixture-of-experts', ['distributed-training']),
  paper('megablocks', '2022-11-29', 'inference-systems', ['mixture-of-experts']),
  paper('lora', '2021-06-17', 'parameter-efficient-tuning'),
  paper('undated-moe', null, 'mixture-of-experts'),
  paper('expert-choice', '2022-02', 'mixture-of-experts'),
];

describe('neighboursInTechnique', () => {
  it('finds the next older and newer paper carrying the technique, related papers included', () => {
    const { older, newer, count } = neighboursInTechnique(papers, 'expert-choice', 'mixture-of-experts');
    expect([older?.id, newer?.id, count]).toEqual(['switch', 'megablocks', 5]);
  });

  it('has no older neighbour for the first paper and no newer one for the last; other techniques do not count', () => {
    expect(neighboursInTechnique(papers, 'gshard', 'mixture-of-experts').older).toBeNull();
    expect(neighboursInTechnique(papers, 'megablocks', 'mixture-of-experts').newer).toBeNull();
    expect(neighboursInTechnique(papers, 'switch', 'mixture-of-experts').newer?.id).toBe('expert-choice');
  });

  it('gives a paper of unknown date no neighbours, and never offers one as a neighbour', () => {
    expect(neighboursInTechnique(papers, 'undated-moe', 'mixture-of-experts')).toMatchObject({ older: null, newer: null });
    for (const { id } of papers) {
      const { older, newer } = neighboursInTechnique(papers, id, 'mixture-of-experts');
      expect([older?.id, newer?.id], id).not.toContain('undated-moe');
    }
  });
});
