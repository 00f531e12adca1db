// /search-vocabulary/<letter>.json: the words of titles, gists, technique names and authors
// that start with that letter, most frequent first. The search fetches one letter's file when
// a query word is unknown, to search the closest known word instead ("did you mean"); split by
// letter so that costs a few kilobytes, not the whole vocabulary.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPapers } from '../../data/papers.ts';
import { getTechniques } from '../../data/techniques.ts';
import { buildVocabulary, vocabularyShelf } from '../../lib/search-spelling.ts';

export const getStaticPaths = (async () => {
  const texts = [
    ...(await getPapers()).flatMap((p) => [p.data.title, p.data.gist, ...p.data.authors]),
    ...(await getTechniques()).flatMap((t) => [t.entry.data.name, ...t.entry.data.aliases]),
  ];
  const shelves = new Map<string, string[]>();
  for (const word of buildVocabulary(texts)) {
    const shelf = vocabularyShelf(word);
    shelves.set(shelf, [...(shelves.get(shelf) ?? []), word]);
  }
  return [...shelves].map(([letter, words]) => ({ params: { letter }, props: { words } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: string[] }> = ({ props }) => new Response(JSON.stringify(props.words), { headers: { 'Content-Type': 'application/json' } });
