// Ranking metrics over graded judgments (2 = the defining paper, 1 = also relevant), and the
// per-class summary the harness prints. Pure functions: the unit tests check them by hand.

export type Grades = Record<string, number>;

/** Share of the relevant papers found in the first k results. */
export function recallAt(ranked: string[], grades: Grades, k: number): number {
  const relevant = Object.keys(grades).filter((slug) => grades[slug]! > 0);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((slug) => top.has(slug)).length / relevant.length;
}

/** 1 / rank of the first relevant result within the first k, else 0. */
export function reciprocalRankAt(ranked: string[], grades: Grades, k: number): number {
  const index = ranked.slice(0, k).findIndex((slug) => (grades[slug] ?? 0) > 0);
  return index < 0 ? 0 : 1 / (index + 1);
}

const dcg = (gains: number[]) => gains.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);

/** Normalised discounted cumulative gain at k, with exponential gain 2^grade - 1. */
export function ndcgAt(ranked: string[], grades: Grades, k: number): number {
  const ideal = dcg(
    Object.values(grades)
      .filter((g) => g > 0)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  if (ideal === 0) return 0;
  return dcg(ranked.slice(0, k).map((slug) => grades[slug] ?? 0)) / ideal;
}

export interface Scores {
  recall5: number;
  mrr10: number;
  ndcg10: number;
  /** Share of queries with at least one relevant paper in the top 5. */
  hit5: number;
  queries: number;
}

export function scoreQueries(runs: { ranked: string[]; grades: Grades }[]): Scores {
  const mean = (f: (r: (typeof runs)[number]) => number) => (runs.length ? runs.reduce((s, r) => s + f(r), 0) / runs.length : 0);
  return {
    recall5: mean((r) => recallAt(r.ranked, r.grades, 5)),
    mrr10: mean((r) => reciprocalRankAt(r.ranked, r.grades, 10)),
    ndcg10: mean((r) => ndcgAt(r.ranked, r.grades, 10)),
    hit5: mean((r) => (recallAt(r.ranked, r.grades, 5) > 0 ? 1 : 0)),
    queries: runs.length,
  };
}

/** Relative difference of ours over the yardstick, as "+12.3%". */
export function relative(ours: number, yardstick: number): string {
  if (yardstick === 0) return ours === 0 ? '0%' : '+inf';
  const d = ((ours - yardstick) / yardstick) * 100;
  return `${d >= 0 ? '+' : ''}${d.toFixed(1)}%`;
}
