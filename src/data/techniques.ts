// All queries of the techniques collection, joined with the papers that carry each technique.
import { getCollection, type CollectionEntry } from 'astro:content';
import { THEMES, TECHNIQUE_IDS, type TechniqueId } from '../lib/taxonomy.ts';
import { papersOfTechnique, yearSpan, type TechniquePapers } from '../lib/technique-papers.ts';
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
