// Loads the Pagefind bundle once (under the site's base path) and runs searches with it.
import { pagefindOptions, type SearchState } from '../lib/search-state.ts';
import { ABSTRACT_ANCHOR } from '../lib/urls.ts';
import { chooseExcerpt, type ExcerptSource } from '../lib/search-excerpt.ts';
import { escapeRegExp, meaningfulWords } from '../lib/search-words.ts';

export interface SearchHit {
  url: string;
  title: string;
  date: string;
  kind: string;
  techniques: string;
  /** The technique's name and aliases (technique pages only). */
  aliases: string;
  /** Pagefind's excerpt: text with <mark> around matches (render with renderExcerpt). */
  excerpt: string;
}

interface PagefindData extends ExcerptSource {
  url: string;
  meta: Record<string, string>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: object): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string): Promise<void>;
}

const BUNDLE = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as Pagefind;
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL, highlightParam: 'highlight', excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

export interface SearchOutcome {
  /** Techniques matching the words, shown above the papers (at most TECHNIQUE_LIMIT). */
  techniques: SearchHit[];
  /** Number of matching papers; `hits` holds the first `limit` of them. */
  total: number;
  hits: SearchHit[];
  /** True when no paper had every word, so papers with most of the words are shown. */
  partial: boolean;
}

/** A technique is offered above the papers only when the words name it (or an alias), not
 * when they merely occur somewhere in its long overview. */
function namesTechnique(hit: SearchHit, term: string): boolean {
  const names = hit.aliases.toLowerCase();
  return meaningfulWords(term).some((word) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}`, 'u').test(names));
}

/** Pagefind wants every word; a question in plain words rarely matches them all. Rank pages
 * by how many of the meaningful words they contain, then by their best score. */
async function searchMostWords(pagefind: Pagefind, term: string, options: object): Promise<PagefindResult[]> {
  const words = meaningfulWords(term);
  if (words.length < 2) return [];
  const responses = await Promise.all(words.map((word) => pagefind.search(word, options)));
  const tally = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const response of responses) {
    for (const result of response?.results ?? []) {
      const entry = tally.get(result.id) ?? { result, words: 0, score: 0 };
      entry.words++;
      entry.score = Math.max(entry.score, result.score);
      tally.set(result.id, entry);
    }
  }
  return [...tally.values()]
    .filter((e) => e.words >= 2)
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map((e) => e.result);
}

const TECHNIQUE_LIMIT = 2;

function toHit(d: PagefindData, query: string): SearchHit {
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    date: d.meta.date ?? '',
    kind: d.meta.kind ?? '',
    techniques: d.meta.techniques ?? '',
    aliases: d.meta.aliases ?? '',
    excerpt: chooseExcerpt(d, ABSTRACT_ANCHOR, query),
  };
}

/** Runs a search: techniques that match the words, then papers. A `null` query with
 * filters lists every paper that matches them. */
export async function runSearch(state: SearchState, limit: number): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const term = state.q.trim() || null;
  const { filters, sort } = pagefindOptions(state);
  if (term === null && Object.keys(filters).length === 0) return { techniques: [], total: 0, hits: [], partial: false };
  const paperOptions = { filters: { ...filters, kind: 'paper' }, ...(sort ? { sort } : {}) };
  const [techniques, papers] = await Promise.all([
    term && !state.year ? pagefind.search(term, { filters: { ...filters, kind: 'technique' } }) : null,
    pagefind.search(term, paperOptions),
  ]);
  let paperResults = papers?.results ?? [];
  const partial = paperResults.length === 0 && term !== null;
  if (partial) paperResults = await searchMostWords(pagefind, term, paperOptions);
  const read = async (results: PagefindResult[], count: number) =>
    (await Promise.all(results.slice(0, count).map((r) => r.data()))).map((d) => toHit(d, term ?? ''));
  return {
    techniques: (await read(techniques?.results ?? [], 5)).filter((hit) => namesTechnique(hit, term ?? '')).slice(0, TECHNIQUE_LIMIT),
    total: paperResults.length,
    hits: await read(paperResults, limit),
    partial: partial && paperResults.length > 0,
  };
}
