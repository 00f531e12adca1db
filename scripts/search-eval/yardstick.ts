// The yardstick: plain BM25 (MiniSearch's scoring) over each paper's title and abstract, no
// synonyms, no fuzzy or prefix matching, no field boosts. Our search must beat it.
import MiniSearch from 'minisearch';
import { readPaperSources } from '../../src/lib/content-files.ts';
import { unescapeMdxText } from '../../src/lib/mdx-text.ts';

export interface PaperText {
  slug: string;
  title: string;
  abstract: string;
}

export function readPaperTexts(): PaperText[] {
  return readPaperSources().map(({ data, body }) => ({ slug: String(data.slug), title: String(data.title), abstract: unescapeMdxText(body).trim() }));
}

/** A ranker: the query in, paper slugs out, best first. */
export function bm25Ranker(papers: PaperText[]): (query: string) => string[] {
  const index = new MiniSearch<PaperText>({ idField: 'slug', fields: ['title', 'abstract'] });
  index.addAll(papers);
  return (query) => index.search(query).map((r) => String(r.id));
}
