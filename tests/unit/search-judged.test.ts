// The judged query set behind npm run search:eval: every slug it names is a paper, every
// query has a defining paper, and each class is present in both splits.
import { describe, expect, it } from 'vitest';
import { readPaperSlugs } from '../../src/lib/content-files.ts';
import { isHeldOut, parseJudgedQueries, QUERY_CLASSES, readJudgedQueries } from '../../scripts/search-eval/judged.ts';

describe('tests/search/queries.json', () => {
  const queries = readJudgedQueries(readPaperSlugs());

  it('holds at least 120 queries of every class, in both the development and held-out parts', () => {
    expect(queries.length).toBeGreaterThanOrEqual(120);
    for (const kind of QUERY_CLASSES) {
      const ofClass = queries.filter((q) => q.class === kind);
      expect(ofClass.filter(isHeldOut).length, kind).toBeGreaterThan(0);
      expect(ofClass.filter((q) => !isHeldOut(q)).length, kind).toBeGreaterThan(0);
    }
  });

  it('holds out about a third, fixed by id', () => {
    const share = queries.filter(isHeldOut).length / queries.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.4);
  });
});

describe('parseJudgedQueries', () => {
  const slugs = new Set(['a-paper', 'b-paper']);
  const file = (relevant: Record<string, number>, id = 'q001') => ({ queries: [{ id, class: 'topic', q: 'x', relevant }] });

  it('accepts known slugs with grades 1 and 2', () => {
    expect(parseJudgedQueries(file({ 'a-paper': 2, 'b-paper': 1 }), slugs)).toHaveLength(1);
  });

  it('names the query and the slug that is no paper', () => {
    expect(() => parseJudgedQueries(file({ 'a-paper': 2, 'no-such-paper': 1 }), slugs)).toThrow(/q001 \("x"\) names "no-such-paper"/);
  });

  it('wants a defining paper and grades 1 or 2 only', () => {
    expect(() => parseJudgedQueries(file({ 'a-paper': 1 }), slugs)).toThrow(/defining paper/);
    expect(() => parseJudgedQueries(file({ 'a-paper': 3 }), slugs)).toThrow(/queries\.0\.relevant/);
  });

  it('rejects a repeated id', () => {
    const twice = { queries: [...file({ 'a-paper': 2 }).queries, ...file({ 'b-paper': 2 }).queries] };
    expect(() => parseJudgedQueries(twice, slugs)).toThrow(/q001 is used twice/);
  });
});
