// All queries of the techniques collection, joined with the papers that carry each technique.
import { getCollection, type CollectionEntry } from 'astro:content';
import { THEMES, TECHNIQUE_IDS, type TechniqueId } from '../lib/content/taxonomy.ts';
import { neighboursOfAll, papersOfTechnique, yearSpan, type Neighbours, type TechniquePapers } from '../lib/content/technique-papers.ts';
import { TECHNIQUE_PAGE_SIZE, pageOfIndex } from '../lib/site/pagination.ts';
import { getPapers, type PaperEntry } from './papers.ts';

export type TechniqueEntry = CollectionEntry<'techniques'> & { id: TechniqueId };

export interface TechniqueSummary {
  entry: TechniqueEntry;
  papers: TechniquePapers<PaperEntry>;
  span: [number, number] | null;
  /** Primary papers, then related ones. */
  all: PaperEntry[];
  /** Primary plus related papers. */
  total: number;
}

let cache: Map<TechniqueId, TechniqueSummary> | undefined;

/** Every technique in taxonomy order, with its papers. */
export async function getTechniques(): Promise<TechniqueSummary[]> {
  if (!cache) {
    const papers = await getPapers();
    const entries = new Map((await getCollection('techniques')).map((e) => [e.id, e as TechniqueEntry]));
    cache = new Map(
      TECHNIQUE_IDS.map((id) => {
        const entry = entries.get(id);
        if (!entry) throw new Error(`content/techniques/${id}.mdx is missing`);
        const own = papersOfTechnique(papers, id);
        const all = [...own.primary, ...own.related];
        return [id, { entry, papers: own, all, span: yearSpan(all), total: all.length }];
      }),
    );
  }
  return [...cache.values()];
}

/** getStaticPaths of every per-technique route: one page per technique, its summary as props. */
export async function techniqueStaticPaths() {
  return (await getTechniques()).map((technique) => ({ params: { id: technique.entry.id }, props: { technique } }));
}

export async function getThemesWithTechniques() {
  const all = await getTechniques();
  return THEMES.map((theme) => ({ ...theme, summaries: all.filter((t) => t.entry.data.theme === theme.id) }));
}

/** Technique names by id, for labels and badges. */
export async function getTechniqueNames(): Promise<Map<string, string>> {
  return new Map((await getTechniques()).map((t) => [t.entry.id as string, t.entry.data.name]));
}

/** Where a paper stands in its primary technique: neighbours in time, and the page of the
 * technique's list that holds it. */
export type PaperPlace = Neighbours<PaperEntry> & { page: number };

let places: Map<string, PaperPlace> | undefined;

/** Computed once for every paper; a per-page scan of all papers would make the build O(n²). */
export async function getPaperPlace(slug: string): Promise<PaperPlace> {
  if (!places) {
    places = new Map();
    for (const { entry, all } of await getTechniques()) {
      const neighbours = neighboursOfAll(all);
      all.forEach((paper, index) => {
        if (paper.data.primary === entry.id) places!.set(paper.id, { ...neighbours.get(paper.id)!, page: pageOfIndex(index, TECHNIQUE_PAGE_SIZE) });
      });
    }
  }
  const place = places.get(slug);
  if (!place) throw new Error(`No paper called ${slug}`);
  return place;
}
