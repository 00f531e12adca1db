// /search-vocabulary.json: the words of titles, gists, technique names and authors, most
// frequent first. The search page fetches it only when a query word matches nothing, to
// offer the closest word instead ("did you mean").
import type { APIRoute } from 'astro';
import { getPapers } from '../data/papers.ts';
import { getTechniques } from '../data/techniques.ts';
import { buildVocabulary } from '../lib/search-spelling.ts';

export const GET: APIRoute = async () => {
  const texts = [
    ...(await getPapers()).flatMap((p) => [p.data.title, p.data.gist, ...p.data.authors]),
    ...(await getTechniques()).flatMap((t) => [t.entry.data.name, ...t.entry.data.aliases]),
  ];
  return new Response(JSON.stringify(buildVocabulary(texts)), { headers: { 'Content-Type': 'application/json' } });
};
