// One evaluation run: the judged queries through our search page and through the BM25
// yardstick, scored per split (development, held-out) and per query class.
import type { Page } from 'playwright';
import { isHeldOut, QUERY_CLASSES, readJudgedQueries, type JudgedQuery } from './judged.ts';
import { scoreQueries, type Scores } from './metrics.ts';
import { rankOnSite } from './site.ts';
import { bm25Ranker, readPaperTexts } from './yardstick.ts';

export const SPLITS = ['development', 'held-out', 'all'] as const;
export type Split = (typeof SPLITS)[number];

export interface QueryRun {
  query: JudgedQuery;
  ours: string[];
  yardstick: string[];
}

export interface Evaluation {
  runs: QueryRun[];
  /** scores[split][class or 'overall'] for ours and the yardstick. */
  scores: Record<Split, Record<string, { ours: Scores; yardstick: Scores }>>;
}

const inSplit = (split: Split, q: JudgedQuery) => split === 'all' || (split === 'held-out') === isHeldOut(q);

/** Summary rows: all queries, all but author queries (BM25 sees no authors), then each class. */
export const GROUPS = ['overall', 'overall without authors', ...QUERY_CLASSES];

export function scoreRuns(runs: QueryRun[]): Evaluation['scores'] {
  const groups = GROUPS;
  const entries = SPLITS.map((split) => {
    const bySplit = runs.filter((r) => inSplit(split, r.query));
    const perGroup = groups.map((group) => {
      const chosen = bySplit.filter((r) => group === 'overall' || (group === 'overall without authors' ? r.query.class !== 'author' : r.query.class === group));
      const score = (side: 'ours' | 'yardstick') => scoreQueries(chosen.map((r) => ({ ranked: r[side], grades: r.query.relevant })));
      return [group, { ours: score('ours'), yardstick: score('yardstick') }] as const;
    });
    return [split, Object.fromEntries(perGroup)] as const;
  });
  return Object.fromEntries(entries) as Evaluation['scores'];
}

/** `page` must have the built site's search page open. */
export async function evaluateSearch(page: Page): Promise<Evaluation> {
  const papers = readPaperTexts();
  const queries = readJudgedQueries(new Set(papers.map((p) => p.slug)));
  const bm25 = bm25Ranker(papers);
  const ours = await rankOnSite(
    page,
    queries.map((q) => q.q),
  );
  const runs = queries.map((query, i) => ({ query, ours: ours[i]!, yardstick: bm25(query.q).slice(0, 10) }));
  return { runs, scores: scoreRuns(runs) };
}
