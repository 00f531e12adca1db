// How papers connect, computed once per build and shared by every page: the most similar
// papers of each, and the lineage (builds on / built upon by) from the papers' buildsOn fields.
import { similarPapers } from '../lib/similar-papers.ts';
import { lineageIndex, type LineageIndex } from '../lib/lineage.ts';
import { getPapers, type PaperEntry } from './papers.ts';

let similar: Map<string, PaperEntry[]> | undefined;
let bySlug: Map<string, PaperEntry> | undefined;
let lineage: LineageIndex | undefined;

export async function getPapersBySlug(): Promise<Map<string, PaperEntry>> {
  bySlug ??= new Map((await getPapers()).map((p) => [p.id, p]));
  return bySlug;
}

/** The five papers most like each paper (title + abstract), by slug. */
export async function getSimilarPapers(): Promise<Map<string, PaperEntry[]>> {
  if (!similar) {
    const papers = await getPapers();
    const index = await getPapersBySlug();
    const ranked = similarPapers(papers.map((p) => ({ slug: p.id, title: p.data.title, abstract: p.body ?? '' })));
    similar = new Map([...ranked].map(([slug, list]) => [slug, list.map((s) => index.get(s.slug)!)]));
  }
  return similar;
}

/** Each paper's earlier papers (with evidence) and later papers that name it. */
export async function getLineage(): Promise<LineageIndex> {
  lineage ??= lineageIndex((await getPapers()).map((p) => ({ slug: p.id, buildsOn: p.data.buildsOn })));
  return lineage;
}
