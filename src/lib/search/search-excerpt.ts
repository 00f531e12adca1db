// Which excerpt a search hit shows. Pagefind's page-wide excerpt leans to the heavily weighted
// title and technique aliases, which the hit shows anyway. Where the words occur in the paper's
// abstract, the excerpt from that section says more; where they do not (the title or an alias
// matched), the paper's one-line gist does, with the words marked.

import { escapeRegExp, meaningfulWords } from './search-words.ts';

export interface ExcerptSource {
  /** Pagefind's excerpt: escaped text with <mark> around matches. */
  excerpt: string;
  /** Pagefind's sub-results: one per heading with an id that has matches below it. */
  sub_results?: { url: string; excerpt: string; locations?: number[] }[];
  meta?: Record<string, string>;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `text` escaped like a Pagefind excerpt, with each meaningful word of the query marked where a word starts with it. */
export function highlightTerms(text: string, query: string): string {
  const words = meaningfulWords(query);
  const escaped = escapeHtml(text);
  if (words.length === 0) return escaped;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])((?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*)`, 'giu');
  return escaped.replace(pattern, '<mark>$1</mark>');
}

export function chooseExcerpt(data: ExcerptSource, sectionAnchor: string, query: string): string {
  const section = data.sub_results?.find((s) => s.url.endsWith(`#${sectionAnchor}`) && (s.locations?.length ?? 0) > 0);
  if (section) return section.excerpt;
  const gist = data.meta?.gist;
  return gist ? highlightTerms(gist, query) : data.excerpt;
}
