// Loads the Pagefind bundle once (under the site's base path) and runs searches with it.
import { pagefindOptions, type SearchState } from '../lib/search-state.ts';
import { ABSTRACT_ANCHOR } from '../lib/urls.ts';
import { chooseExcerpt, type ExcerptSource } from '../lib/search-excerpt.ts';
import { escapeRegExp, meaningfulWords, queryPhrases } from '../lib/search-words.ts';
import { queryConcepts } from '../lib/search-synonyms.ts';
import { fuseRankings, mergeVariants, rarityWeight } from '../lib/search-fusion.ts';
import { foldWord, suggestWord, vocabularyShelf } from '../lib/search-spelling.ts';

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
  /** Words the index's vocabulary does not know, each with the known word searched instead. */
  corrections: [string, string][];
}

/** A technique is offered above the papers only when the words name it (or an alias), not
 * when they merely occur somewhere in its long overview. */
function namesTechnique(hit: SearchHit, term: string): boolean {
  const names = hit.aliases.toLowerCase();
  return meaningfulWords(term).some((word) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}`, 'u').test(names));
}

/** The query's concepts, each to be searched through its phrases (synonyms included). A word
 * the index's vocabulary does not know (nor starts), close to one it does, is searched as that
 * word instead: Pagefind would otherwise match any indexed word sharing its first letters. */
async function correctedConcepts(term: string) {
  const concepts = queryConcepts(term);
  const corrections: [string, string][] = [];
  const unsure = concepts.filter((c) => !c.text.includes(' ') && c.variants.length === 1 && c.text.length >= MIN_CORRECTED);
  await Promise.all(
    unsure.map(async (concept) => {
      const fix = correction(concept.text, await loadVocabulary(vocabularyShelf(foldWord(concept.text))));
      if (!fix) return;
      corrections.push([concept.text, fix]);
      concept.text = fix;
      concept.variants = [fix];
    }),
  );
  return { concepts, corrections, corrected: corrections.length ? concepts.map((c) => c.text).join(' ') : term };
}

/** Words shorter than this are never corrected (too many close neighbours). */
const MIN_CORRECTED = 4;

function correction(word: string, known: Vocabulary): string | null {
  const folded = foldWord(word);
  if (known.words.has(folded) || known.list.some((w) => w.startsWith(folded))) return null;
  return suggestWord(folded, known.list);
}

interface Vocabulary {
  list: string[];
  words: Set<string>;
}

const vocabularies = new Map<string, Promise<Vocabulary>>();
function loadVocabulary(shelf: string): Promise<Vocabulary> {
  if (!vocabularies.has(shelf)) {
    const loading = fetch(`${import.meta.env.BASE_URL}search-vocabulary/${shelf}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .then((list) => ({ list, words: new Set(list) }));
    vocabularies.set(shelf, loading);
  }
  return vocabularies.get(shelf)!;
}

let paperCount: Promise<number> | undefined;

/** Papers ranked by fusing the all-words list with one list per concept, rarer concepts
 * weighing more. A paper must match at least half of the concepts to be listed. */
async function fusedPapers(pagefind: Pagefind, term: string, options: object) {
  paperCount ??= pagefind.search(null, { filters: { kind: 'paper' } }).then((r) => r?.results.length ?? 0);
  const { concepts, corrections, corrected } = await correctedConcepts(term);
  // Every search at once, each distinct wording once (a one-word query is its own concept).
  const searches = new Map<string, Promise<PagefindResult[]>>();
  const search = (text: string) => {
    const key = text.toLowerCase();
    if (!searches.has(key))
      searches.set(
        key,
        pagefind.search(text, options).then((r) => r?.results ?? []),
      );
    return searches.get(key)!;
  };
  const [collection, lists, all, phraseResults] = await Promise.all([
    paperCount,
    Promise.all(concepts.map((c) => Promise.all(c.variants.map(search)))),
    search(corrected),
    Promise.all(queryPhrases(corrected).map((p) => search(`"${p}"`))),
  ]);
  const byId = new Map<string, PagefindResult>();
  const ids = (results: PagefindResult[]) => results.map((r) => (byId.set(r.id, r), r.id));
  const conceptLists = lists.map((variants) => mergeVariants(variants.map(ids)));
  const weights = conceptLists.map((l) => (l.length ? rarityWeight(l.length, Math.max(collection, l.length)) : 0));
  const allWords = ids(all);
  const inAll = new Set(allWords);
  const fused = fuseRankings([
    { ids: allWords, weight: weights.reduce((a, b) => a + b, 0) * ALL_WORDS_WEIGHT },
    ...conceptLists.map((l, i) => ({ ids: l, weight: weights[i]! })),
    // Words side by side as typed: a paper that has the phrase is about it.
    ...phraseResults.map((r) => ({ ids: ids(r), weight: (weights.reduce((a, b) => a + b, 0) / weights.length) * PHRASE_WEIGHT, flat: true })),
  ]);
  const matched = new Map<string, number>();
  for (const l of conceptLists) for (const id of l) matched.set(id, (matched.get(id) ?? 0) + 1);
  const needed = Math.ceil(concepts.length / 2);
  const results = fused.filter((id) => inAll.has(id) || (matched.get(id) ?? 0) >= needed).map((id) => byId.get(id)!);
  return { results, partial: allWords.length === 0 && results.length > 0, corrections };
}

/** How much an exact phrase counts, against one concept of average rarity. */
const PHRASE_WEIGHT = 1;

/** How much the all-words list counts against the concept lists together. */
const ALL_WORDS_WEIGHT = 1;

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
  if (term === null && Object.keys(filters).length === 0) return { techniques: [], total: 0, hits: [], partial: false, corrections: [] };
  const paperOptions = { filters: { ...filters, kind: 'paper' }, ...(sort ? { sort } : {}) };
  // Relevance order fuses several lists; a date order or a filter-only listing is one search.
  const [techniques, papers] = await Promise.all([
    term && !state.year ? pagefind.search(term, { filters: { ...filters, kind: 'technique' } }) : null,
    term && !sort
      ? fusedPapers(pagefind, term, paperOptions)
      : pagefind.search(term, paperOptions).then((r) => ({ results: r?.results ?? [], partial: false, corrections: [] })),
  ]);
  const paperResults = papers.results;
  const { partial, corrections } = papers;
  const read = async (results: PagefindResult[], count: number) =>
    (await Promise.all(results.slice(0, count).map((r) => r.data()))).map((d) => toHit(d, term ?? ''));
  return {
    techniques: (await read(techniques?.results ?? [], TECHNIQUE_LIMIT)).filter((hit) => namesTechnique(hit, term ?? '')).slice(0, TECHNIQUE_LIMIT),
    total: paperResults.length,
    hits: await read(paperResults, limit),
    partial,
    corrections,
  };
}
