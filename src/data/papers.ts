// All queries of the papers collection, so pages never repeat them.
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNewestFirst } from '../lib/content/dates.ts';

export type PaperEntry = CollectionEntry<'papers'>;

let cache: PaperEntry[] | undefined;

/** Every paper, newest first (unknown dates last). */
export async function getPapers(): Promise<PaperEntry[]> {
  cache ??= (await getCollection('papers')).sort((a, b) => compareNewestFirst(a.data, b.data));
  return cache;
}
